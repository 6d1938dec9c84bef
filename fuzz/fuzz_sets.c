/*
 * fuzz_sets.c - libFuzzer target: range-list algebra against a bitmap model.
 *
 * The input is read as pairs of bytes, each a range in a small universe of
 * 1..128 that is mapped either to the bottom of the UID space or to its top
 * (ending at 4294967295), where wrap-around bugs live.  Two lists are built
 * from it; normalize, union, intersection, difference, complement, contains,
 * count, format and parse-back, and the value iterator must all agree with
 * the bitmaps.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "qresync.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define UNIVERSE 128u

typedef struct model {
    uint8_t in[UNIVERSE + 1]; /* in[v] for v in 1..UNIVERSE */
} model;

static uint32_t base_of(int top)
{
    /* value v of the universe is base + v: 1..128, or 4294967167..4294967295 */
    return top ? UINT32_MAX - UNIVERSE : 0u;
}

static void must(int cond)
{
    if (!cond)
        abort();
}

static void check_equal(const qrs_ranges *r, const model *m, uint32_t base)
{
    uint64_t count = 0;
    for (uint32_t v = 1; v <= UNIVERSE; v++) {
        must(qrs_ranges_contains(r, base + v) == m->in[v]);
        count += m->in[v];
    }
    must(qrs_ranges_count(r) == count);
    for (size_t i = 0; i < r->n; i++) {
        must(r->v[i].lo <= r->v[i].hi);
        must(i == 0 || (uint64_t)r->v[i].lo > (uint64_t)r->v[i - 1].hi + 1u); /* normalized */
    }
    /* The lazy iterator visits the same values, in order, and stops. */
    qrs_values_iter it;
    uint32_t v, prev = 0, seen = 0;
    qrs_values_iter_init(&it, r);
    while (qrs_values_next(&it, &v)) {
        must(v > prev || seen == 0);
        must(v > base && v - base <= UNIVERSE && m->in[v - base]);
        prev = v;
        seen++;
    }
    must(seen == count);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    qrs_urange sa[256], sb[256], so[512];
    qrs_ranges a, b, out;
    model ma, mb, mo;
    if (size < 1)
        return 0;
    uint32_t base = base_of(data[0] & 1);
    qrs_ranges_init(&a, sa, 256);
    qrs_ranges_init(&b, sb, 256);
    memset(&ma, 0, sizeof ma);
    memset(&mb, 0, sizeof mb);
    for (size_t i = 1; i + 1 < size && i < 1 + 2 * 256 * 2; i += 2) {
        uint32_t x = 1u + data[i] % UNIVERSE, y = 1u + data[i + 1] % UNIVERSE;
        int to_b = ((i - 1) / 2) % 2;
        must(qrs_ranges_add(to_b ? &b : &a, base + x, base + y) == QRS_OK);
        for (uint32_t v = x < y ? x : y; v <= (x < y ? y : x); v++)
            (to_b ? &mb : &ma)->in[v] = 1;
    }
    qrs_ranges_normalize(&a);
    qrs_ranges_normalize(&b);
    check_equal(&a, &ma, base);
    check_equal(&b, &mb, base);

    qrs_ranges_init(&out, so, 512);
    must(qrs_ranges_union(&a, &b, &out) == QRS_OK);
    for (uint32_t v = 1; v <= UNIVERSE; v++)
        mo.in[v] = ma.in[v] | mb.in[v];
    check_equal(&out, &mo, base);
    must(qrs_ranges_intersect(&a, &b, &out) == QRS_OK);
    for (uint32_t v = 1; v <= UNIVERSE; v++)
        mo.in[v] = ma.in[v] & mb.in[v];
    check_equal(&out, &mo, base);
    must(qrs_ranges_subtract(&a, &b, &out) == QRS_OK);
    for (uint32_t v = 1; v <= UNIVERSE; v++)
        mo.in[v] = ma.in[v] & !mb.in[v];
    check_equal(&out, &mo, base);

    /* Complement within [1, max], max somewhere in the universe: its count
     * is max minus the values of a up to max, and inside the universe it holds
     * exactly the values a lacks up to max. */
    uint32_t max = base + 1u + data[size - 1] % UNIVERSE;
    uint64_t below = 0;
    must(qrs_ranges_complement(&a, max, &out) == QRS_OK);
    for (uint32_t v = 1; v <= UNIVERSE; v++) {
        below += ma.in[v] && base + v <= max;
        must(qrs_ranges_contains(&out, base + v) == (!ma.in[v] && base + v <= max));
    }
    must(qrs_ranges_count(&out) == (uint64_t)max - below);

    /* Written as text and parsed back, a list is unchanged. */
    char text[4096];
    size_t len = qrs_ranges_format(&a, text, sizeof text);
    if (a.n && len < sizeof text) {
        qrs_arena none;
        qrs_fragment f;
        qrs_arena_init(&none, NULL, 0);
        must(qrs_parse_fragment(QRS_RULE_SEQUENCE_SET, text, len, NULL, &none, &f, NULL) == QRS_OK);
        qrs_ranges_init(&out, so, 512);
        must(qrs_ranges_from_seqset(&out, &f.set, 0) == QRS_OK);
        check_equal(&out, &ma, base);
    }
    return 0;
}
