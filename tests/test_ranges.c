/*
 * test_ranges.c - the range-list algebra (qrs_ranges_*) against a bitmap
 * model.
 *
 * Random lists over small universes (1..64 and 1..300) are built with
 * reversed pairs, duplicates, overlaps and adjacent ranges, and every
 * operation is compared value by value with a plain bitmap.  Edge tests cover
 * the top of the UID space (4294967294, 4294967295) and '*', which is never
 * 4294967295.  The big tests check results for 100000 ranges; the Criterion
 * timeout there only catches a runaway loop (one that counts through a range
 * or never stops at 4294967295); no test measures time.
 */
#include <stdio.h>

#include "support.h"

#define TOP 4294967295u /* the largest UID, which is not '*' */
#define MAXV 1100u      /* bitmap model size: universes up to 300, complements up to 1100 */
#define CAP 128u        /* room for any result over the small universes */

/* MARK: - Helpers */

/* splitmix64: deterministic, fixed seeds below. */
typedef struct rng {
    uint64_t s;
} rng;

static uint64_t rng_next(rng *r)
{
    uint64_t z = (r->s += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

/* Uniform enough value in lo..hi (inclusive). */
static uint32_t rng_in(rng *r, uint32_t lo, uint32_t hi)
{
    return lo + (uint32_t)(rng_next(r) % ((uint64_t)hi - lo + 1u));
}

/* Membership of v in a model bitmap valid over 1..limit (0 outside). */
static int bit(const unsigned char *bits, uint32_t limit, uint64_t v)
{
    return v >= 1 && v <= limit && bits[v];
}

/* Expected normalized list of a bitmap: its maximal runs. */
static size_t runs_of(const unsigned char *bits, uint32_t limit, qrs_urange *out, size_t cap)
{
    size_t n = 0;
    for (uint32_t v = 1; v <= limit; v++) {
        if (!bits[v])
            continue;
        uint32_t lo = v;
        while (v + 1 <= limit && bits[v + 1])
            v++;
        cr_assert(n < cap, "model has more runs than the test's buffer");
        out[n].lo = lo;
        out[n].hi = v;
        n++;
    }
    return n;
}

/* Human-readable dump of a list (for failure messages only; not qrs_ranges_format). */
static const char *dump(const qrs_urange *v, size_t n, char *buf, size_t cap)
{
    size_t len = 0;
    buf[0] = 0;
    for (size_t i = 0; i < n && len + 32 < cap; i++)
        len += (size_t)snprintf(buf + len, cap - len, "%s%u:%u", i ? "," : "", v[i].lo, v[i].hi);
    if (n && len + 32 >= cap)
        snprintf(buf + len, cap - len, "...");
    return buf;
}

/*
 * r must be normalized (sorted, lo <= hi, no two ranges overlapping or
 * touching), hold only values in 1..limit, and hold exactly the values set in
 * bits; contains() and count() must agree.
 */
static void check_model(const qrs_ranges *r, const unsigned char *bits, uint32_t limit, const char *what,
                        unsigned round)
{
    static qrs_urange want[MAXV];
    char got_s[2048], want_s[2048];
    size_t want_n = runs_of(bits, limit, want, MAXV);

    for (size_t i = 0; i < r->n; i++) {
        cr_assert(r->v[i].lo >= 1 && r->v[i].lo <= r->v[i].hi && r->v[i].hi <= limit,
                  "%s (round %u): range %zu is %u:%u (limit %u); got %s", what, round, i, r->v[i].lo, r->v[i].hi,
                  limit, dump(r->v, r->n, got_s, sizeof got_s));
        if (i)
            cr_assert((uint64_t)r->v[i - 1].hi + 1u < r->v[i].lo,
                      "%s (round %u): ranges %zu and %zu not sorted/disjoint/non-touching; got %s", what, round,
                      i - 1, i, dump(r->v, r->n, got_s, sizeof got_s));
    }
    int same = r->n == want_n;
    for (size_t i = 0; same && i < want_n; i++)
        same = r->v[i].lo == want[i].lo && r->v[i].hi == want[i].hi;
    cr_assert(same, "%s (round %u): got %s, want %s", what, round, dump(r->v, r->n, got_s, sizeof got_s),
              dump(want, want_n, want_s, sizeof want_s));

    uint64_t pop = 0;
    for (uint32_t v = 1; v <= limit; v++)
        pop += bits[v] ? 1u : 0u;
    cr_assert_eq(qrs_ranges_count(r), pop, "%s (round %u): count %llu, want %llu", what, round,
                 (unsigned long long)qrs_ranges_count(r), (unsigned long long)pop);

    long bad = -1;
    for (uint32_t v = 0; v <= limit + 2u && bad < 0; v++)
        if (!qrs_ranges_contains(r, v) != !bit(bits, limit, v))
            bad = (long)v;
    cr_assert(bad < 0, "%s (round %u): contains(%ld) is %d, want %d; list %s", what, round, bad,
              qrs_ranges_contains(r, (uint32_t)bad), bit(bits, limit, (uint64_t)bad),
              dump(r->v, r->n, got_s, sizeof got_s));
    cr_assert(!qrs_ranges_contains(r, TOP), "%s (round %u): contains(4294967295) on a small set", what, round);
}

/* Exact comparison with a literal list. */
static void expect_list(const qrs_ranges *r, const qrs_urange *want, size_t want_n, const char *what)
{
    char got_s[512], want_s[512];
    int same = r->n == want_n;
    for (size_t i = 0; same && i < want_n; i++)
        same = r->v[i].lo == want[i].lo && r->v[i].hi == want[i].hi;
    cr_assert(same, "%s: got [%s], want [%s]", what, dump(r->v, r->n, got_s, sizeof got_s),
              dump(want, want_n, want_s, sizeof want_s));
}

/* A normalized list from literal pairs (either order). */
static void set_of(qrs_ranges *r, qrs_urange *storage, size_t cap, const qrs_urange *pairs, size_t n)
{
    qrs_ranges_init(r, storage, cap);
    for (size_t i = 0; i < n; i++)
        cr_assert_eq(qrs_ranges_add(r, pairs[i].lo, pairs[i].hi), QRS_OK, "add %u:%u", pairs[i].lo, pairs[i].hi);
    qrs_ranges_normalize(r);
}

#define L(...) ((const qrs_urange[]){__VA_ARGS__})
#define NL(...) (sizeof((const qrs_urange[]){__VA_ARGS__}) / sizeof(qrs_urange))
#define SET(r, st, ...) set_of(r, st, sizeof st / sizeof st[0], L(__VA_ARGS__), NL(__VA_ARGS__))
#define EXPECT(r, what, ...) expect_list(r, L(__VA_ARGS__), NL(__VA_ARGS__), what)
#define EXPECT_EMPTY(r, what) expect_list(r, NULL, 0, what)

/* A sequence-set parsed from text; the set points into g, which must stay mapped. */
typedef struct pset {
    guarded g;
    qrs_seqset set;
    qrs_error err;
    qrs_code rc;
} pset;

static qrs_code parse_set(pset *p, const char *text, size_t len)
{
    unsigned char abuf[4096];
    qrs_arena a;
    qrs_fragment f;
    p->g = guarded_copy(text, len);
    qrs_arena_init(&a, abuf, sizeof abuf);
    p->rc = qrs_parse_fragment(QRS_RULE_SEQUENCE_SET, p->g.data, p->g.len, NULL, &a, &f, &p->err);
    p->set = f.set;
    return p->rc;
}

/* qrs_ranges_from_seqset on text, into a fresh list over storage[0..cap). */
static qrs_code ranges_of_text(qrs_ranges *out, qrs_urange *storage, size_t cap, const char *text, uint32_t star)
{
    pset p;
    cr_assert_eq(parse_set(&p, text, strlen(text)), QRS_OK, "parse \"%s\": %s", text, qrs_code_name(p.rc));
    qrs_ranges_init(out, storage, cap);
    qrs_code rc = qrs_ranges_from_seqset(out, &p.set, star);
    guarded_free(&p.g);
    return rc;
}

/* A random list (not yet normalized) over 1..u, recorded in bits and desc. */
typedef struct rlist {
    qrs_urange st[CAP];
    qrs_ranges r;
    unsigned char bits[MAXV + 3];
    char desc[1024];
} rlist;

static void gen_list(rng *g, uint32_t u, rlist *l)
{
    size_t n = rng_in(g, 0, 3) == 0 ? rng_in(g, 0, 30) : rng_in(g, 0, 8), len = 0;
    uint32_t pa = 0, pb = 0; /* previous pair as added */
    qrs_ranges_init(&l->r, l->st, CAP);
    memset(l->bits, 0, sizeof l->bits);
    l->desc[0] = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t a, b, plo = pa < pb ? pa : pb, phi = pa < pb ? pb : pa;
        switch (i ? rng_in(g, 0, 6) : rng_in(g, 0, 2)) {
        case 0: /* anywhere, either order */
            a = rng_in(g, 1, u);
            b = rng_in(g, 1, u);
            break;
        case 1: /* a singleton */
            a = b = rng_in(g, 1, u);
            break;
        case 2: { /* short, reversed */
            uint32_t d = rng_in(g, 0, 4);
            b = rng_in(g, 1, u);
            a = b + d > u ? u : b + d;
            break;
        }
        case 3: /* duplicate of the previous pair, maybe flipped */
            a = rng_in(g, 0, 1) ? pa : pb;
            b = a == pa ? pb : pa;
            break;
        case 4: { /* adjacent after the previous one */
            uint32_t d = rng_in(g, 0, 5);
            a = phi < u ? phi + 1 : phi;
            b = a + d > u ? u : a + d;
            break;
        }
        case 5: { /* adjacent before the previous one (reversed) */
            uint32_t d = rng_in(g, 0, 5);
            a = plo > 1 ? plo - 1 : plo;
            b = a > d ? a - d : 1;
            break;
        }
        default: /* overlapping the previous one */
            a = rng_in(g, plo, phi);
            b = rng_in(g, a, u);
            break;
        }
        cr_assert_eq(qrs_ranges_add(&l->r, a, b), QRS_OK, "add %u:%u", a, b);
        for (uint32_t v = a < b ? a : b; v <= (a < b ? b : a); v++)
            l->bits[v] = 1;
        if (len + 24 < sizeof l->desc)
            len += (size_t)snprintf(l->desc + len, sizeof l->desc - len, "%s%u:%u", i ? "," : "", a, b);
        pa = a;
        pb = b;
    }
}

/* Storage of cap ranges followed by canaries that no operation may touch. */
#define CANARIES 4
typedef struct guarded_out {
    qrs_urange st[CAP + CANARIES];
    qrs_ranges r;
} guarded_out;

static void gout_init(guarded_out *o, size_t cap)
{
    memset(o->st, 0xa5, sizeof o->st);
    qrs_ranges_init(&o->r, o->st, cap);
}

static void gout_check_canaries(const guarded_out *o, size_t cap, const char *what, unsigned round)
{
    const unsigned char *p = (const unsigned char *)&o->st[cap];
    for (size_t i = 0; i < CANARIES * sizeof(qrs_urange); i++)
        cr_assert_eq(p[i], 0xa5, "%s (round %u): wrote past cap %zu", what, round, cap);
}

typedef qrs_code (*binop)(const qrs_ranges *, const qrs_ranges *, qrs_ranges *);

/*
 * out = op(a, b) compared with the model; then the same with room for one
 * range fewer than the result (QRS_E_ARENA_FULL, a prefix in out, nothing
 * written past cap) and with exactly enough room (QRS_OK).  a and b must not
 * change.
 */
static void check_binop(binop op, const char *name, const rlist *a, const rlist *b, const unsigned char *want,
                        uint32_t limit, unsigned round)
{
    static guarded_out o;
    static qrs_urange exp[MAXV];
    qrs_urange a_copy[CAP], b_copy[CAP];
    size_t an = a->r.n, bn = b->r.n;
    char what[2400];
    memcpy(a_copy, a->r.v, an * sizeof a_copy[0]);
    memcpy(b_copy, b->r.v, bn * sizeof b_copy[0]);
    snprintf(what, sizeof what, "%s of {%s} and {%s}", name, a->desc, b->desc);

    gout_init(&o, CAP);
    cr_assert_eq(op(&a->r, &b->r, &o.r), QRS_OK, "%s (round %u)", what, round);
    check_model(&o.r, want, limit, what, round);
    cr_assert(a->r.n == an && memcmp(a->r.v, a_copy, an * sizeof a_copy[0]) == 0, "%s: changed a", what);
    cr_assert(b->r.n == bn && memcmp(b->r.v, b_copy, bn * sizeof b_copy[0]) == 0, "%s: changed b", what);

    size_t n = runs_of(want, limit, exp, MAXV);
    gout_init(&o, n);
    cr_assert_eq(op(&a->r, &b->r, &o.r), QRS_OK, "%s (round %u): failed with exactly %zu slots", what, round, n);
    check_model(&o.r, want, limit, what, round);
    gout_check_canaries(&o, n, what, round);
    if (n == 0)
        return;
    gout_init(&o, n - 1);
    qrs_code rc = op(&a->r, &b->r, &o.r);
    cr_assert_eq(rc, QRS_E_ARENA_FULL, "%s (round %u): %zu ranges into %zu slots gave %s", what, round, n, n - 1,
                 qrs_code_name(rc));
    cr_assert(o.r.n <= n - 1, "%s (round %u): n %zu beyond cap %zu", what, round, o.r.n, n - 1);
    for (size_t i = 0; i < o.r.n; i++)
        cr_assert(o.r.v[i].lo == exp[i].lo && o.r.v[i].hi == exp[i].hi,
                  "%s (round %u): on ARENA_FULL, out[%zu] = %u:%u is not the result's %u:%u", what, round, i,
                  o.r.v[i].lo, o.r.v[i].hi, exp[i].lo, exp[i].hi);
    gout_check_canaries(&o, n - 1, what, round);
}

/* MARK: - Random lists against the bitmap model */

Test(ranges_model, normalize_contains_count)
{
    static rlist a;
    rng g = {0x5eed0001u};
    for (unsigned round = 0; round < 4000; round++) {
        uint32_t u = round % 2 ? 300 : 64;
        gen_list(&g, u, &a);
        char what[1100];
        snprintf(what, sizeof what, "normalize {%s}", a.desc);
        qrs_ranges_normalize(&a.r);
        check_model(&a.r, a.bits, u, what, round);
        cr_assert(a.r.v == a.st && a.r.cap == CAP, "%s: storage or cap changed", what);
        /* normalizing a normalized list changes nothing */
        qrs_urange before[CAP];
        size_t n = a.r.n;
        memcpy(before, a.r.v, n * sizeof before[0]);
        qrs_ranges_normalize(&a.r);
        cr_assert(a.r.n == n && memcmp(a.r.v, before, n * sizeof before[0]) == 0, "%s: not idempotent", what);
    }
}

Test(ranges_model, union_intersect_subtract)
{
    static rlist a, b;
    static unsigned char want[MAXV + 3];
    rng g = {0x5eed0002u};
    for (unsigned round = 0; round < 3000; round++) {
        uint32_t u = round % 3 ? 300 : 64;
        gen_list(&g, u, &a);
        gen_list(&g, u, &b);
        if (round % 7 == 0) /* b overlapping a heavily: a copy of a with extra ranges */
            for (size_t i = 0; i < a.r.n && b.r.n < CAP; i++) {
                if (i == 0)
                    strcat(b.desc, " + a's ranges");
                cr_assert_eq(qrs_ranges_add(&b.r, a.r.v[i].lo, a.r.v[i].hi), QRS_OK);
                for (uint32_t v = a.r.v[i].lo; v <= a.r.v[i].hi; v++)
                    b.bits[v] = 1;
            }
        qrs_ranges_normalize(&a.r);
        qrs_ranges_normalize(&b.r);
        check_model(&a.r, a.bits, u, a.desc, round);
        check_model(&b.r, b.bits, u, b.desc, round);

        for (uint32_t v = 0; v <= u; v++)
            want[v] = a.bits[v] | b.bits[v];
        check_binop(qrs_ranges_union, "union", &a, &b, want, u, round);
        check_binop(qrs_ranges_union, "union", &b, &a, want, u, round);
        for (uint32_t v = 0; v <= u; v++)
            want[v] = a.bits[v] & b.bits[v];
        check_binop(qrs_ranges_intersect, "intersect", &a, &b, want, u, round);
        check_binop(qrs_ranges_intersect, "intersect", &b, &a, want, u, round);
        for (uint32_t v = 0; v <= u; v++)
            want[v] = a.bits[v] & !b.bits[v];
        check_binop(qrs_ranges_subtract, "subtract", &a, &b, want, u, round);
        for (uint32_t v = 0; v <= u; v++)
            want[v] = b.bits[v] & !a.bits[v];
        check_binop(qrs_ranges_subtract, "subtract", &b, &a, want, u, round);
        /* with itself */
        check_binop(qrs_ranges_union, "union with itself", &a, &a, a.bits, u, round);
        check_binop(qrs_ranges_intersect, "intersect with itself", &a, &a, a.bits, u, round);
        memset(want, 0, sizeof want);
        check_binop(qrs_ranges_subtract, "subtract itself", &a, &a, want, u, round);
    }
}

Test(ranges_model, complement)
{
    static rlist a;
    static unsigned char want[MAXV + 3];
    static guarded_out o;
    static qrs_urange exp[MAXV];
    qrs_urange all_st[CAP], back_st[CAP];
    rng g = {0x5eed0003u};
    for (unsigned round = 0; round < 3000; round++) {
        uint32_t u = round % 2 ? 300 : 64;
        gen_list(&g, u, &a);
        qrs_ranges_normalize(&a.r);
        const uint32_t maxes[] = {0, 1, 2, u / 2, u - 1, u, u + 1, u + 37, 1000, MAXV, rng_in(&g, 0, MAXV)};
        for (size_t k = 0; k < sizeof maxes / sizeof maxes[0]; k++) {
            uint32_t max = maxes[k];
            char what[1200];
            snprintf(what, sizeof what, "complement of {%s} within %u", a.desc, max);
            memset(want, 0, sizeof want);
            for (uint32_t v = 1; v <= max; v++)
                want[v] = !bit(a.bits, u, v);
            gout_init(&o, CAP);
            cr_assert_eq(qrs_ranges_complement(&a.r, max, &o.r), QRS_OK, "%s (round %u)", what, round);
            check_model(&o.r, want, max, what, round);

            size_t n = runs_of(want, max, exp, MAXV);
            gout_init(&o, n);
            cr_assert_eq(qrs_ranges_complement(&a.r, max, &o.r), QRS_OK, "%s (round %u): exact room", what, round);
            check_model(&o.r, want, max, what, round);
            gout_check_canaries(&o, n, what, round);
            if (n) {
                gout_init(&o, n - 1);
                cr_assert_eq(qrs_ranges_complement(&a.r, max, &o.r), QRS_E_ARENA_FULL, "%s (round %u): short room",
                             what, round);
                cr_assert(o.r.n <= n - 1, "%s: n beyond cap", what);
                for (size_t i = 0; i < o.r.n; i++)
                    cr_assert(o.r.v[i].lo == exp[i].lo && o.r.v[i].hi == exp[i].hi, "%s: ARENA_FULL prefix", what);
                gout_check_canaries(&o, n - 1, what, round);
            }
        }

        /* Within 4294967294 and 4294967295: too wide for the bitmap, so check
         * algebraically: disjoint from a, a | c = [1, max], counts add up. */
        const uint32_t tops[] = {TOP - 1u, TOP};
        for (size_t k = 0; k < 2; k++) {
            uint32_t max = tops[k];
            char what[1200];
            snprintf(what, sizeof what, "complement of {%s} within %u", a.desc, max);
            qrs_ranges all, back;
            gout_init(&o, CAP);
            cr_assert_eq(qrs_ranges_complement(&a.r, max, &o.r), QRS_OK, "%s", what);
            cr_assert(o.r.n >= 1 && o.r.v[o.r.n - 1].hi == max, "%s: must end at %u", what, max);
            for (size_t i = 1; i < o.r.n; i++)
                cr_assert((uint64_t)o.r.v[i - 1].hi + 1u < o.r.v[i].lo, "%s: not normalized", what);
            cr_assert_eq(qrs_ranges_count(&o.r), (uint64_t)max - qrs_ranges_count(&a.r), "%s: count %llu", what,
                         (unsigned long long)qrs_ranges_count(&o.r));
            for (uint32_t v = 0; v <= u + 2; v++)
                cr_assert_eq(qrs_ranges_contains(&o.r, v), v >= 1 && !bit(a.bits, u, v), "%s: contains(%u)", what, v);
            cr_assert_eq(qrs_ranges_contains(&o.r, max), 1, "%s: contains(max)", what);
            cr_assert_eq(qrs_ranges_contains(&o.r, TOP), max == TOP, "%s: contains(4294967295)", what);
            qrs_ranges_init(&all, all_st, CAP);
            cr_assert_eq(qrs_ranges_union(&a.r, &o.r, &all), QRS_OK, "%s: union", what);
            EXPECT(&all, what, {1, max});
            /* complement of the complement is a again */
            qrs_ranges_init(&back, back_st, CAP);
            cr_assert_eq(qrs_ranges_complement(&o.r, max, &back), QRS_OK, "%s: twice", what);
            check_model(&back, a.bits, u, "complement twice", round);
        }
    }
}

Test(ranges_model, from_uids)
{
    static uint32_t uids[200];
    static unsigned char want[MAXV + 3];
    static guarded_out o;
    static qrs_urange exp[MAXV];
    rng g = {0x5eed0004u};
    for (unsigned round = 0; round < 4000; round++) {
        uint32_t u = round % 2 ? 300 : 64;
        size_t n = rng_in(&g, 0, 4) == 0 ? rng_in(&g, 0, 3) : rng_in(&g, 1, 120);
        unsigned mode = rng_in(&g, 0, 4);
        memset(want, 0, sizeof want);
        for (size_t i = 0; i < n; i++) {
            if (mode == 3 && i) /* runs: mostly previous + 1, some repeats */
                uids[i] = rng_in(&g, 0, 5) == 0 ? rng_in(&g, 1, u)
                          : uids[i - 1] < u    ? uids[i - 1] + rng_in(&g, 0, 1)
                                               : uids[i - 1];
            else if (mode == 4) /* many duplicates from a tiny pool */
                uids[i] = rng_in(&g, 1, 6) * (u / 8);
            else
                uids[i] = rng_in(&g, 1, u);
            want[uids[i]] = 1;
        }
        if (mode == 1 || mode == 2) /* sorted ascending (1) or descending (2), duplicates kept */
            for (size_t i = 1; i < n; i++)
                for (size_t j = i; j > 0 && (mode == 1 ? uids[j - 1] > uids[j] : uids[j - 1] < uids[j]); j--) {
                    uint32_t t = uids[j];
                    uids[j] = uids[j - 1];
                    uids[j - 1] = t;
                }
        char what[2048];
        size_t len = (size_t)snprintf(what, sizeof what, "from_uids mode %u [", mode);
        for (size_t i = 0; i < n && len + 16 < sizeof what; i++)
            len += (size_t)snprintf(what + len, sizeof what - len, "%s%u", i ? "," : "", uids[i]);
        if (len + 2 < sizeof what)
            snprintf(what + len, sizeof what - len, "]");

        /* one slot per UID is always enough */
        gout_init(&o, n);
        cr_assert_eq(qrs_ranges_from_uids(&o.r, uids, n), QRS_OK, "%s (round %u)", what, round);
        check_model(&o.r, want, u, what, round);
        gout_check_canaries(&o, n, what, round);

        /* room for fewer ranges than the result cannot do */
        size_t rn = runs_of(want, u, exp, MAXV);
        if (rn) {
            gout_init(&o, rn - 1);
            qrs_code rc = qrs_ranges_from_uids(&o.r, uids, n);
            cr_assert_eq(rc, QRS_E_ARENA_FULL, "%s (round %u): %zu ranges into %zu slots gave %s", what, round, rn,
                         rn - 1, qrs_code_name(rc));
            gout_check_canaries(&o, rn - 1, what, round);
        }
    }
}

/* Random sequence-set text with reversed ranges and '*' (resolved to star). */
Test(ranges_model, from_seqset_with_star)
{
    static rlist pre;
    static unsigned char want[MAXV + 3];
    qrs_urange st[CAP];
    qrs_ranges r;
    rng g = {0x5eed0005u};
    for (unsigned round = 0; round < 3000; round++) {
        uint32_t u = round % 2 ? 300 : 64, star = rng_in(&g, 1, u);
        size_t k = rng_in(&g, 1, 12), len = 0;
        char text[512];
        int has_star = 0;
        memset(want, 0, sizeof want);
        for (size_t i = 0; i < k; i++) {
            uint32_t a = rng_in(&g, 1, u), b = rng_in(&g, 1, u);
            unsigned kind = rng_in(&g, 0, 7);
            const char *sep = i ? "," : "";
            switch (kind) {
            case 0:
            case 1:
                b = a;
                len += (size_t)snprintf(text + len, sizeof text - len, "%s%u", sep, a);
                break;
            case 2:
                b = a = star;
                has_star = 1;
                len += (size_t)snprintf(text + len, sizeof text - len, "%s*", sep);
                break;
            case 3:
                b = star;
                has_star = 1;
                len += (size_t)snprintf(text + len, sizeof text - len, "%s%u:*", sep, a);
                break;
            case 4:
                a = star;
                has_star = 1;
                len += (size_t)snprintf(text + len, sizeof text - len, "%s*:%u", sep, b);
                break;
            case 5:
                a = b = star;
                has_star = 1;
                len += (size_t)snprintf(text + len, sizeof text - len, "%s*:*", sep);
                break;
            default: /* a:b in whatever order it came out */
                len += (size_t)snprintf(text + len, sizeof text - len, "%s%u:%u", sep, a, b);
                break;
            }
            for (uint32_t v = a < b ? a : b; v <= (a < b ? b : a); v++)
                want[v] = 1;
        }
        char what[1200];
        snprintf(what, sizeof what, "from_seqset \"%s\" star %u", text, star);

        pset p;
        cr_assert_eq(parse_set(&p, text, len), QRS_OK, "%s: parse: %s", what, qrs_code_name(p.rc));
        cr_assert_eq(!!(p.set.flags & QRS_SET_HAS_STAR), has_star, "%s: HAS_STAR flag", what);
        qrs_ranges_init(&r, st, CAP);
        cr_assert_eq(qrs_ranges_from_seqset(&r, &p.set, star), QRS_OK, "%s (round %u)", what, round);
        check_model(&r, want, u, what, round);

        qrs_ranges_init(&r, st, CAP);
        qrs_code rc = qrs_ranges_from_seqset(&r, &p.set, 0);
        if (has_star)
            cr_assert_eq(rc, QRS_E_STAR_FORBIDDEN, "%s: star 0 gave %s", what, qrs_code_name(rc));
        else {
            cr_assert_eq(rc, QRS_OK, "%s: star 0 without '*' gave %s", what, qrs_code_name(rc));
            check_model(&r, want, u, what, round);
        }

        /* the values are appended to what out already holds */
        gen_list(&g, u, &pre);
        qrs_ranges_normalize(&pre.r);
        for (uint32_t v = 1; v <= u; v++)
            want[v] |= pre.bits[v];
        cr_assert_eq(qrs_ranges_from_seqset(&pre.r, &p.set, star), QRS_OK, "%s appended to {%s}", what, pre.desc);
        check_model(&pre.r, want, u, "from_seqset appended", round);
        guarded_free(&p.g);
    }
}

/* format: canonical text, snprintf contract, and a strict re-parse. */
Test(ranges_model, format_round_trip)
{
    static rlist a;
    qrs_urange st[CAP];
    qrs_ranges back;
    rng g = {0x5eed0006u};
    for (unsigned round = 0; round < 3000; round++) {
        uint32_t u = round % 2 ? 300 : 64;
        gen_list(&g, u, &a);
        qrs_ranges_normalize(&a.r);
        /* expected text built from the model */
        char want[4096], buf[4200];
        size_t wl = 0;
        for (uint32_t v = 1; v <= u; v++) {
            if (!a.bits[v])
                continue;
            uint32_t lo = v;
            while (v + 1 <= u && a.bits[v + 1])
                v++;
            wl += (size_t)snprintf(want + wl, sizeof want - wl, wl ? ",%u" : "%u", lo);
            if (v != lo)
                wl += (size_t)snprintf(want + wl, sizeof want - wl, ":%u", v);
        }
        want[wl] = 0;
        char what[1200];
        snprintf(what, sizeof what, "format {%s}", a.desc);

        cr_assert_eq(qrs_ranges_format(&a.r, NULL, 0), wl, "%s: size query", what);
        memset(buf, 'Z', sizeof buf);
        cr_assert_eq(qrs_ranges_format(&a.r, buf, sizeof buf), wl, "%s: length", what);
        cr_assert_str_eq(buf, want, "%s", what);
        cr_assert_eq(buf[wl + 1], 'Z', "%s: wrote past the NUL", what);

        /* every cap from 0 to one past the need: NUL-terminated prefix, full
         * length returned, nothing written at or past cap */
        for (size_t cap = 0; cap <= wl + 1; cap++) {
            memset(buf, 'Z', sizeof buf);
            size_t got = qrs_ranges_format(&a.r, buf, cap);
            cr_assert_eq(got, wl, "%s: cap %zu returned %zu", what, cap, got);
            if (cap) {
                size_t keep = cap - 1 < wl ? cap - 1 : wl;
                cr_assert(memcmp(buf, want, keep) == 0 && buf[keep] == 0, "%s: cap %zu gave \"%.*s\"", what, cap,
                          (int)keep, buf);
            }
            for (size_t i = cap; i < cap + 8; i++)
                cr_assert_eq(buf[i], 'Z', "%s: cap %zu wrote buf[%zu]", what, cap, i);
        }

        if (a.r.n == 0) {
            cr_assert_eq(wl, 0u, "%s: empty list", what);
            continue;
        }
        /* the text is a valid sequence-set, ascending, without '*', and reads back as the same list */
        pset p;
        cr_assert_eq(parse_set(&p, want, wl), QRS_OK, "%s: re-parse \"%s\": %s at %zu", what, want,
                     qrs_code_name(p.rc), p.err.offset);
        cr_assert_eq(p.set.elements, (uint32_t)a.r.n, "%s: elements", what);
        cr_assert(qrs_seqset_ascends(&p.set), "%s: not ascending", what);
        cr_assert(!(p.set.flags & QRS_SET_HAS_STAR), "%s: has '*'", what);
        qrs_ranges_init(&back, st, CAP);
        cr_assert_eq(qrs_ranges_from_seqset(&back, &p.set, 0), QRS_OK, "%s: from_seqset", what);
        check_model(&back, a.bits, u, what, round);
        guarded_free(&p.g);
    }
}

/* MARK: - The top of the UID space */

Test(ranges_edge, count_full_space_is_64_bit)
{
    qrs_urange st[4];
    qrs_ranges r;
    SET(&r, st, {1, TOP});
    cr_assert_eq(qrs_ranges_count(&r), 4294967295ull);
    SET(&r, st, {TOP, 1});
    EXPECT(&r, "add 4294967295:1", {1, TOP});
    cr_assert_eq(qrs_ranges_count(&r), 4294967295ull);
    SET(&r, st, {TOP, TOP});
    cr_assert_eq(qrs_ranges_count(&r), 1u);
    SET(&r, st, {1, 1}, {3, TOP});
    cr_assert_eq(qrs_ranges_count(&r), 4294967294ull);
    SET(&r, st, {2, TOP - 1u});
    cr_assert_eq(qrs_ranges_count(&r), 4294967293ull);
    qrs_ranges_init(&r, st, 4);
    cr_assert_eq(qrs_ranges_count(&r), 0u);
}

Test(ranges_edge, normalize_at_the_top)
{
    qrs_urange st[8];
    qrs_ranges r;
    SET(&r, st, {TOP, TOP}, {TOP - 1u, TOP - 1u});
    EXPECT(&r, "4294967295,4294967294", {TOP - 1u, TOP});
    SET(&r, st, {TOP, TOP}, {1, TOP - 1u});
    EXPECT(&r, "4294967295,1:4294967294", {1, TOP});
    SET(&r, st, {TOP, TOP}, {TOP, TOP}, {TOP, TOP});
    EXPECT(&r, "4294967295 three times", {TOP, TOP});
    SET(&r, st, {TOP, 5}, {1, TOP}, {TOP, TOP});
    EXPECT(&r, "4294967295:5,1:4294967295,4294967295", {1, TOP});
    SET(&r, st, {TOP, TOP}, {TOP - 2u, TOP - 2u}, {1, 1});
    EXPECT(&r, "gap below the top", {1, 1}, {TOP - 2u, TOP - 2u}, {TOP, TOP});
    cr_assert(qrs_ranges_contains(&r, TOP));
    cr_assert(!qrs_ranges_contains(&r, TOP - 1u));
    cr_assert(qrs_ranges_contains(&r, TOP - 2u));
    cr_assert(!qrs_ranges_contains(&r, 0));
    cr_assert(!qrs_ranges_contains(&r, 2));
    SET(&r, st, {1, TOP});
    cr_assert(qrs_ranges_contains(&r, TOP) && qrs_ranges_contains(&r, 1) && !qrs_ranges_contains(&r, 0));
}

Test(ranges_edge, union_near_the_top)
{
    qrs_urange sa[4], sb[4], so[4];
    qrs_ranges a, b, o;
    qrs_ranges_init(&o, so, 4);
    SET(&a, sa, {TOP - 1u, TOP - 1u});
    SET(&b, sb, {TOP, TOP});
    cr_assert_eq(qrs_ranges_union(&a, &b, &o), QRS_OK);
    EXPECT(&o, "4294967294 | 4294967295", {TOP - 1u, TOP});
    cr_assert_eq(qrs_ranges_union(&b, &a, &o), QRS_OK);
    EXPECT(&o, "4294967295 | 4294967294", {TOP - 1u, TOP});
    SET(&a, sa, {1, TOP});
    SET(&b, sb, {5, 5}, {TOP, TOP});
    cr_assert_eq(qrs_ranges_union(&a, &b, &o), QRS_OK);
    EXPECT(&o, "1:4294967295 | 5,4294967295", {1, TOP});
    cr_assert_eq(qrs_ranges_union(&b, &a, &o), QRS_OK);
    EXPECT(&o, "5,4294967295 | 1:4294967295", {1, TOP});
    SET(&a, sa, {TOP, TOP});
    SET(&b, sb, {1, 1});
    cr_assert_eq(qrs_ranges_union(&a, &b, &o), QRS_OK);
    EXPECT(&o, "4294967295 | 1 (no wrap to 0)", {1, 1}, {TOP, TOP});
    cr_assert_eq(qrs_ranges_count(&o), 2u);
}

Test(ranges_edge, intersect_near_the_top)
{
    qrs_urange sa[4], sb[4], so[4];
    qrs_ranges a, b, o;
    qrs_ranges_init(&o, so, 4);
    SET(&a, sa, {TOP - 5u, TOP});
    SET(&b, sb, {TOP, TOP});
    cr_assert_eq(qrs_ranges_intersect(&a, &b, &o), QRS_OK);
    EXPECT(&o, "4294967290:4294967295 & 4294967295", {TOP, TOP});
    SET(&a, sa, {1, TOP});
    SET(&b, sb, {1, TOP});
    cr_assert_eq(qrs_ranges_intersect(&a, &b, &o), QRS_OK);
    EXPECT(&o, "full & full", {1, TOP});
    SET(&a, sa, {1, TOP - 1u});
    SET(&b, sb, {TOP, TOP});
    cr_assert_eq(qrs_ranges_intersect(&a, &b, &o), QRS_OK);
    EXPECT_EMPTY(&o, "1:4294967294 & 4294967295");
}

Test(ranges_edge, subtract_near_the_top)
{
    qrs_urange sa[4], sb[4], so[4];
    qrs_ranges a, b, o;
    qrs_ranges_init(&o, so, 4);
    SET(&a, sa, {1, TOP});
    SET(&b, sb, {TOP, TOP});
    cr_assert_eq(qrs_ranges_subtract(&a, &b, &o), QRS_OK);
    EXPECT(&o, "1:4294967295 - 4294967295", {1, TOP - 1u});
    cr_assert_eq(qrs_ranges_count(&o), 4294967294ull);
    SET(&b, sb, {1, 1});
    cr_assert_eq(qrs_ranges_subtract(&a, &b, &o), QRS_OK);
    EXPECT(&o, "1:4294967295 - 1", {2, TOP});
    SET(&b, sb, {TOP - 1u, TOP - 1u});
    cr_assert_eq(qrs_ranges_subtract(&a, &b, &o), QRS_OK);
    EXPECT(&o, "1:4294967295 - 4294967294", {1, TOP - 2u}, {TOP, TOP});
    SET(&b, sb, {1, TOP});
    cr_assert_eq(qrs_ranges_subtract(&a, &b, &o), QRS_OK);
    EXPECT_EMPTY(&o, "1:4294967295 - 1:4294967295");
    SET(&a, sa, {TOP, TOP});
    SET(&b, sb, {TOP - 1u, TOP});
    cr_assert_eq(qrs_ranges_subtract(&a, &b, &o), QRS_OK);
    EXPECT_EMPTY(&o, "4294967295 - 4294967294:4294967295");
    /* a range of b ending at or next to the top: the value after it would be 2^32, not 0 */
    SET(&a, sa, {10, 20}, {TOP - 3u, TOP});
    SET(&b, sb, {15, TOP - 2u});
    cr_assert_eq(qrs_ranges_subtract(&a, &b, &o), QRS_OK);
    EXPECT(&o, "10:20,4294967292:4294967295 - 15:4294967293", {10, 14}, {TOP - 1u, TOP});
    SET(&b, sb, {5, 5}, {TOP, TOP});
    cr_assert_eq(qrs_ranges_subtract(&a, &b, &o), QRS_OK);
    EXPECT(&o, "10:20,4294967292:4294967295 - 5,4294967295", {10, 20}, {TOP - 3u, TOP - 1u});
}

Test(ranges_edge, complement_near_the_top)
{
    qrs_urange sa[4], so[4];
    qrs_ranges a, o;
    qrs_ranges_init(&o, so, 4);
    SET(&a, sa, {1, TOP});
    cr_assert_eq(qrs_ranges_complement(&a, TOP, &o), QRS_OK);
    EXPECT_EMPTY(&o, "complement of 1:4294967295 within 4294967295");
    qrs_ranges_init(&a, sa, 4);
    cr_assert_eq(qrs_ranges_complement(&a, TOP, &o), QRS_OK);
    EXPECT(&o, "complement of {} within 4294967295", {1, TOP});
    cr_assert_eq(qrs_ranges_count(&o), 4294967295ull);
    cr_assert_eq(qrs_ranges_complement(&a, 0, &o), QRS_OK);
    EXPECT_EMPTY(&o, "complement of {} within 0");
    SET(&a, sa, {5, 5});
    cr_assert_eq(qrs_ranges_complement(&a, 0, &o), QRS_OK);
    EXPECT_EMPTY(&o, "complement of 5 within 0");
    SET(&a, sa, {TOP, TOP});
    cr_assert_eq(qrs_ranges_complement(&a, TOP, &o), QRS_OK);
    EXPECT(&o, "complement of 4294967295 within 4294967295", {1, TOP - 1u});
    cr_assert_eq(qrs_ranges_complement(&a, TOP - 1u, &o), QRS_OK);
    EXPECT(&o, "complement of 4294967295 within 4294967294", {1, TOP - 1u});
    SET(&a, sa, {1, 1});
    cr_assert_eq(qrs_ranges_complement(&a, TOP, &o), QRS_OK);
    EXPECT(&o, "complement of 1 within 4294967295", {2, TOP});
    SET(&a, sa, {TOP - 1u, TOP - 1u});
    cr_assert_eq(qrs_ranges_complement(&a, TOP, &o), QRS_OK);
    EXPECT(&o, "complement of 4294967294 within 4294967295", {1, TOP - 2u}, {TOP, TOP});
    SET(&a, sa, {2, TOP});
    cr_assert_eq(qrs_ranges_complement(&a, TOP, &o), QRS_OK);
    EXPECT(&o, "complement of 2:4294967295 within 4294967295", {1, 1});
    SET(&a, sa, {1, TOP - 1u});
    cr_assert_eq(qrs_ranges_complement(&a, TOP, &o), QRS_OK);
    EXPECT(&o, "complement of 1:4294967294 within 4294967295", {TOP, TOP});
    SET(&a, sa, {1, 1});
    cr_assert_eq(qrs_ranges_complement(&a, 1, &o), QRS_OK);
    EXPECT_EMPTY(&o, "complement of 1 within 1");
    cr_assert_eq(qrs_ranges_complement(&a, 2, &o), QRS_OK);
    EXPECT(&o, "complement of 1 within 2", {2, 2});
}

Test(ranges_edge, from_uids_at_the_top)
{
    qrs_urange st[8];
    qrs_ranges r;
    const uint32_t asc[] = {TOP - 2u, TOP - 1u, TOP};
    qrs_ranges_init(&r, st, 8);
    cr_assert_eq(qrs_ranges_from_uids(&r, asc, 3), QRS_OK);
    EXPECT(&r, "4294967293,4294967294,4294967295", {TOP - 2u, TOP});
    const uint32_t mixed[] = {TOP, TOP - 1u, TOP, 1, TOP, 2};
    qrs_ranges_init(&r, st, 8);
    cr_assert_eq(qrs_ranges_from_uids(&r, mixed, 6), QRS_OK);
    EXPECT(&r, "4294967295,4294967294,4294967295,1,4294967295,2", {1, 2}, {TOP - 1u, TOP});
    /* after 4294967295 comes no 0: a 0 is refused, not merged as the next value */
    const uint32_t wrap[] = {TOP, 0};
    qrs_ranges_init(&r, st, 8);
    cr_assert_eq(qrs_ranges_from_uids(&r, wrap, 2), QRS_E_NUMBER_RANGE);
    const uint32_t top_then_1[] = {TOP, 1};
    qrs_ranges_init(&r, st, 8);
    cr_assert_eq(qrs_ranges_from_uids(&r, top_then_1, 2), QRS_OK);
    EXPECT(&r, "4294967295,1", {1, 1}, {TOP, TOP});
}

Test(ranges_edge, format_top_is_a_number_not_star)
{
    qrs_urange st[4], back_st[4];
    qrs_ranges r, back;
    char buf[64];
    SET(&r, st, {1, TOP});
    cr_assert_eq(qrs_ranges_format(&r, buf, sizeof buf), 12u);
    cr_assert_str_eq(buf, "1:4294967295");
    SET(&r, st, {TOP, TOP}, {TOP - 1u, TOP - 1u}, {7, 7});
    cr_assert_eq(qrs_ranges_format(&r, buf, sizeof buf), 23u);
    cr_assert_str_eq(buf, "7,4294967294:4294967295");
    pset p;
    cr_assert_eq(parse_set(&p, buf, strlen(buf)), QRS_OK);
    cr_assert(!(p.set.flags & QRS_SET_HAS_STAR));
    qrs_ranges_init(&back, back_st, 4);
    cr_assert_eq(qrs_ranges_from_seqset(&back, &p.set, 0), QRS_OK, "no '*' in the formatted text");
    EXPECT(&back, "round trip", {7, 7}, {TOP - 1u, TOP});
    guarded_free(&p.g);
    /* the longest piece */
    SET(&r, st, {1, 1}, {TOP - 1u, TOP - 1u}, {4000000000u, 4294967292u});
    cr_assert_eq(qrs_ranges_format(&r, NULL, 0), strlen("1,4000000000:4294967292,4294967294"));
    cr_assert_eq(qrs_ranges_format(&r, buf, sizeof buf), strlen("1,4000000000:4294967292,4294967294"));
    cr_assert_str_eq(buf, "1,4000000000:4294967292,4294967294");
}

Test(ranges_edge, format_empty_and_tiny_caps)
{
    qrs_urange st[4];
    qrs_ranges r;
    char buf[8];
    qrs_ranges_init(&r, st, 4);
    cr_assert_eq(qrs_ranges_format(&r, NULL, 0), 0u);
    memset(buf, 'Z', sizeof buf);
    cr_assert_eq(qrs_ranges_format(&r, buf, 0), 0u);
    cr_assert_eq(buf[0], 'Z', "cap 0 writes nothing");
    cr_assert_eq(qrs_ranges_format(&r, buf, sizeof buf), 0u);
    cr_assert_eq(buf[0], 0, "empty list writes \"\"");
    cr_assert_eq(buf[1], 'Z');
    SET(&r, st, {12, 345});
    memset(buf, 'Z', sizeof buf);
    cr_assert_eq(qrs_ranges_format(&r, buf, 1), 6u);
    cr_assert_eq(buf[0], 0);
    cr_assert_eq(buf[1], 'Z');
    memset(buf, 'Z', sizeof buf);
    cr_assert_eq(qrs_ranges_format(&r, buf, 4), 6u);
    cr_assert_str_eq(buf, "12:");
    cr_assert_eq(buf[4], 'Z');
    memset(buf, 'Z', sizeof buf);
    cr_assert_eq(qrs_ranges_format(&r, buf, 6), 6u);
    cr_assert_str_eq(buf, "12:34");
    cr_assert_eq(buf[6], 'Z');
    memset(buf, 'Z', sizeof buf);
    cr_assert_eq(qrs_ranges_format(&r, buf, 7), 6u);
    cr_assert_str_eq(buf, "12:345");
    cr_assert_eq(buf[7], 'Z');
}

/* MARK: - '*' is not 4294967295 */

Test(ranges_star, refused_when_star_is_zero)
{
    static const char *const texts[] = {"*", "1:*", "*:1", "5,*", "*:*", "1,2,3:*,9", "4294967295:*"};
    qrs_urange st[8];
    qrs_ranges r;
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        qrs_code rc = ranges_of_text(&r, st, 8, texts[i], 0);
        cr_assert_eq(rc, QRS_E_STAR_FORBIDDEN, "\"%s\" with star 0 gave %s", texts[i], qrs_code_name(rc));
    }
    /* 4294967295 is a number, allowed with star 0 */
    cr_assert_eq(ranges_of_text(&r, st, 8, "4294967295", 0), QRS_OK);
    EXPECT(&r, "4294967295 with star 0", {TOP, TOP});
    cr_assert_eq(ranges_of_text(&r, st, 8, "1:4294967295", 0), QRS_OK);
    EXPECT(&r, "1:4294967295 with star 0", {1, TOP});
    cr_assert_eq(qrs_ranges_count(&r), 4294967295ull);
}

Test(ranges_star, resolved_to_star)
{
    qrs_urange st[8];
    qrs_ranges r;
    /* RFC 3501: 3291:* includes the last UID even when it is below 3291 */
    cr_assert_eq(ranges_of_text(&r, st, 8, "3291:*", 100), QRS_OK);
    EXPECT(&r, "3291:* with star 100", {100, 3291});
    cr_assert_eq(ranges_of_text(&r, st, 8, "*:3291", 100), QRS_OK);
    EXPECT(&r, "*:3291 with star 100", {100, 3291});
    cr_assert_eq(ranges_of_text(&r, st, 8, "3291:*", 5000), QRS_OK);
    EXPECT(&r, "3291:* with star 5000", {3291, 5000});
    cr_assert_eq(ranges_of_text(&r, st, 8, "*", 7), QRS_OK);
    EXPECT(&r, "* with star 7", {7, 7});
    cr_assert_eq(ranges_of_text(&r, st, 8, "*:*", 7), QRS_OK);
    EXPECT(&r, "*:* with star 7", {7, 7});
    cr_assert_eq(ranges_of_text(&r, st, 8, "1:*", 1), QRS_OK);
    EXPECT(&r, "1:* with star 1", {1, 1});
    cr_assert_eq(ranges_of_text(&r, st, 8, "5:2,*,9", 3), QRS_OK);
    EXPECT(&r, "5:2,*,9 with star 3", {2, 5}, {9, 9});
    cr_assert_eq(ranges_of_text(&r, st, 8, "1:*", TOP), QRS_OK);
    EXPECT(&r, "1:* with star 4294967295", {1, TOP});
    cr_assert_eq(qrs_ranges_count(&r), 4294967295ull);
    cr_assert_eq(ranges_of_text(&r, st, 8, "*:4294967295", 7), QRS_OK);
    EXPECT(&r, "*:4294967295 with star 7", {7, TOP});
}

Test(ranges_star, star_differs_from_4294967295)
{
    qrs_urange s1[8], s2[8];
    qrs_ranges with_star, with_top;
    static const struct {
        const char *star_text, *top_text;
        uint32_t star;
    } cases[] = {
        {"*", "4294967295", 100},
        {"1:*", "1:4294967295", 100},
        {"*:50", "4294967295:50", 100},
        {"*", "4294967295", TOP - 1u},
        {"10:*", "10:4294967295", 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        cr_assert_eq(ranges_of_text(&with_star, s1, 8, cases[i].star_text, cases[i].star), QRS_OK);
        cr_assert_eq(ranges_of_text(&with_top, s2, 8, cases[i].top_text, cases[i].star), QRS_OK);
        cr_assert(with_star.n != with_top.n || memcmp(s1, s2, with_star.n * sizeof s1[0]) != 0,
                  "\"%s\" and \"%s\" with star %u gave the same list", cases[i].star_text, cases[i].top_text,
                  cases[i].star);
        cr_assert_eq(qrs_ranges_contains(&with_top, TOP), 1, "\"%s\" holds 4294967295", cases[i].top_text);
        cr_assert_eq(qrs_ranges_contains(&with_star, TOP), 0, "\"%s\" with star %u holds 4294967295",
                     cases[i].star_text, cases[i].star);
        cr_assert_eq(qrs_ranges_contains(&with_star, cases[i].star), 1);
    }
    /* and they agree when star is 4294967295 */
    cr_assert_eq(ranges_of_text(&with_star, s1, 8, "1:*", TOP), QRS_OK);
    cr_assert_eq(ranges_of_text(&with_top, s2, 8, "1:4294967295", TOP), QRS_OK);
    cr_assert(with_star.n == 1 && with_top.n == 1 && memcmp(s1, s2, sizeof s1[0]) == 0);
}

Test(ranges_star, reversed_ranges_kept)
{
    qrs_urange st[8];
    qrs_ranges r;
    cr_assert_eq(ranges_of_text(&r, st, 8, "5:2", 0), QRS_OK);
    EXPECT(&r, "5:2", {2, 5});
    cr_assert_eq(ranges_of_text(&r, st, 8, "4294967295:1", 0), QRS_OK);
    EXPECT(&r, "4294967295:1", {1, TOP});
    cr_assert_eq(ranges_of_text(&r, st, 8, "9:7,3:1,5:5,4", 0), QRS_OK);
    EXPECT(&r, "9:7,3:1,5:5,4", {1, 5}, {7, 9});
}

/* MARK: - Errors */

Test(ranges_errors, add_zero_is_number_range)
{
    qrs_urange st[4] = {{77, 78}, {77, 78}, {77, 78}, {77, 78}};
    qrs_ranges r;
    qrs_ranges_init(&r, st, 4);
    cr_assert_eq(qrs_ranges_add(&r, 0, 5), QRS_E_NUMBER_RANGE);
    cr_assert_eq(qrs_ranges_add(&r, 5, 0), QRS_E_NUMBER_RANGE);
    cr_assert_eq(qrs_ranges_add(&r, 0, 0), QRS_E_NUMBER_RANGE);
    cr_assert_eq(qrs_ranges_add(&r, 0, TOP), QRS_E_NUMBER_RANGE);
    cr_assert_eq(r.n, 0u, "a refused add appends nothing");
    cr_assert(st[0].lo == 77 && st[0].hi == 78, "a refused add writes nothing");
    cr_assert_eq(qrs_ranges_add(&r, 9, 3), QRS_OK);
    cr_assert(r.n == 1 && st[0].lo == 3 && st[0].hi == 9, "add 9:3 stores 3:9");
    cr_assert_eq(qrs_ranges_add(&r, 0, 1), QRS_E_NUMBER_RANGE);
    cr_assert_eq(r.n, 1u);
}

Test(ranges_errors, add_to_full_list)
{
    qrs_urange st[3] = {{0, 0}, {0, 0}, {55, 56}};
    qrs_ranges r;
    qrs_ranges_init(&r, st, 2);
    cr_assert_eq(qrs_ranges_add(&r, 1, 2), QRS_OK);
    cr_assert_eq(qrs_ranges_add(&r, 4, 4), QRS_OK);
    cr_assert_eq(qrs_ranges_add(&r, 6, 7), QRS_E_ARENA_FULL);
    cr_assert_eq(qrs_ranges_add(&r, 1, 2), QRS_E_ARENA_FULL, "full even for a duplicate");
    cr_assert_eq(r.n, 2u);
    cr_assert(st[0].lo == 1 && st[0].hi == 2 && st[1].lo == 4 && st[1].hi == 4, "contents kept");
    cr_assert(st[2].lo == 55 && st[2].hi == 56, "nothing written past cap");
    /* no storage at all */
    qrs_ranges_init(&r, NULL, 0);
    cr_assert_eq(qrs_ranges_add(&r, 1, 1), QRS_E_ARENA_FULL);
    cr_assert_eq(r.n, 0u);
    cr_assert_eq(qrs_ranges_count(&r), 0u);
    cr_assert_eq(qrs_ranges_contains(&r, 1), 0);
    cr_assert_eq(qrs_ranges_format(&r, NULL, 0), 0u);
    qrs_ranges_normalize(&r);
    cr_assert_eq(r.n, 0u);
}

Test(ranges_errors, set_operations_into_small_out)
{
    qrs_urange sa[4], sb[4], so[2];
    qrs_ranges a, b, o;
    SET(&a, sa, {1, 1});
    SET(&b, sb, {3, 3});
    qrs_ranges_init(&o, so, 1);
    cr_assert_eq(qrs_ranges_union(&a, &b, &o), QRS_E_ARENA_FULL);
    EXPECT(&o, "union prefix", {1, 1});
    /* a union that merges fits in one slot */
    SET(&a, sa, {1, 2});
    SET(&b, sb, {3, 4});
    qrs_ranges_init(&o, so, 1);
    cr_assert_eq(qrs_ranges_union(&a, &b, &o), QRS_OK);
    EXPECT(&o, "1:2 | 3:4 in one slot", {1, 4});
    qrs_ranges_init(&o, NULL, 0);
    cr_assert_eq(qrs_ranges_union(&a, &b, &o), QRS_E_ARENA_FULL);
    cr_assert_eq(o.n, 0u);

    SET(&a, sa, {1, 10});
    SET(&b, sb, {2, 2}, {4, 4}, {6, 6});
    qrs_ranges_init(&o, so, 2);
    cr_assert_eq(qrs_ranges_intersect(&a, &b, &o), QRS_E_ARENA_FULL);
    EXPECT(&o, "intersect prefix", {2, 2}, {4, 4});
    qrs_ranges_init(&o, so, 1);
    cr_assert_eq(qrs_ranges_subtract(&a, &b, &o), QRS_E_ARENA_FULL);
    EXPECT(&o, "subtract prefix", {1, 1});
    /* an empty result needs no room */
    qrs_ranges_init(&o, NULL, 0);
    cr_assert_eq(qrs_ranges_subtract(&b, &a, &o), QRS_OK);
    cr_assert_eq(qrs_ranges_intersect(&a, &(qrs_ranges){NULL, 0, 0}, &o), QRS_OK);
    cr_assert_eq(o.n, 0u);

    SET(&a, sa, {5, 5});
    qrs_ranges_init(&o, so, 1);
    cr_assert_eq(qrs_ranges_complement(&a, 10, &o), QRS_E_ARENA_FULL);
    EXPECT(&o, "complement prefix", {1, 4});
    SET(&a, sa, {TOP - 1u, TOP - 1u});
    qrs_ranges_init(&o, so, 1);
    cr_assert_eq(qrs_ranges_complement(&a, TOP, &o), QRS_E_ARENA_FULL);
    EXPECT(&o, "complement prefix near the top", {1, TOP - 2u});
}

Test(ranges_errors, from_uids_and_from_seqset_into_small_out)
{
    qrs_urange st[3] = {{0, 0}, {0, 0}, {99, 99}};
    qrs_ranges r;
    const uint32_t odd[] = {1, 3, 5};
    qrs_ranges_init(&r, st, 2);
    cr_assert_eq(qrs_ranges_from_uids(&r, odd, 3), QRS_E_ARENA_FULL);
    cr_assert(st[2].lo == 99 && st[2].hi == 99, "nothing written past cap");
    const uint32_t with_zero[] = {4, 0, 5};
    qrs_ranges_init(&r, st, 2);
    cr_assert_eq(qrs_ranges_from_uids(&r, with_zero, 3), QRS_E_NUMBER_RANGE);
    qrs_ranges_init(&r, st, 2);
    cr_assert_eq(qrs_ranges_from_uids(&r, odd, 0), QRS_OK);
    cr_assert_eq(r.n, 0u);
    qrs_ranges_init(&r, NULL, 0);
    cr_assert_eq(qrs_ranges_from_uids(&r, odd, 1), QRS_E_ARENA_FULL);

    cr_assert_eq(ranges_of_text(&r, st, 2, "1,3,5", 0), QRS_E_ARENA_FULL);
    cr_assert(st[2].lo == 99 && st[2].hi == 99, "nothing written past cap");
    cr_assert_eq(ranges_of_text(&r, st, 2, "5:1,3,9,7", 0), QRS_E_ARENA_FULL);
    cr_assert_eq(ranges_of_text(&r, st, 2, "*,3,5", 0), QRS_E_STAR_FORBIDDEN);
}

/* MARK: - Cost independent of width and order (content checked, never time) */

#define BIG 100000u

Test(ranges_big, descending_singletons, .timeout = 20)
{
    static qrs_urange st[BIG], st2[BIG + 1];
    static uint32_t uids[BIG];
    qrs_ranges r, c;
    /* 200000, 199998, ..., 2: stay apart */
    qrs_ranges_init(&r, st, BIG);
    for (uint32_t i = 0; i < BIG; i++)
        cr_assert_eq(qrs_ranges_add(&r, 2u * (BIG - i), 2u * (BIG - i)), QRS_OK);
    qrs_ranges_normalize(&r);
    cr_assert_eq(r.n, BIG);
    size_t bad = BIG;
    for (size_t i = 0; i < BIG && bad == BIG; i++)
        if (st[i].lo != 2u * (i + 1) || st[i].hi != 2u * (i + 1))
            bad = i;
    cr_assert_eq(bad, BIG, "range %zu is %u:%u", bad, st[bad % BIG].lo, st[bad % BIG].hi);
    cr_assert_eq(qrs_ranges_count(&r), (uint64_t)BIG);
    cr_assert(qrs_ranges_contains(&r, 2) && qrs_ranges_contains(&r, 2u * BIG) && !qrs_ranges_contains(&r, 3) &&
              !qrs_ranges_contains(&r, 2u * BIG + 1u) && qrs_ranges_contains(&r, 123456));
    qrs_ranges_init(&c, st2, BIG + 1u);
    cr_assert_eq(qrs_ranges_complement(&r, 2u * BIG + 1u, &c), QRS_OK);
    cr_assert_eq(c.n, BIG + 1u);
    cr_assert_eq(qrs_ranges_count(&c), (uint64_t)BIG + 1u);
    cr_assert(qrs_ranges_contains(&c, 1) && qrs_ranges_contains(&c, 2u * BIG + 1u) && !qrs_ranges_contains(&c, 4));

    /* 100000, 99999, ..., 1: touch each other, merge into one range */
    qrs_ranges_init(&r, st, BIG);
    for (uint32_t i = 0; i < BIG; i++)
        cr_assert_eq(qrs_ranges_add(&r, BIG - i, BIG - i), QRS_OK);
    qrs_ranges_normalize(&r);
    EXPECT(&r, "100000 descending adjacent singletons", {1, BIG});

    /* the same near the top of the UID space, as UIDs */
    for (uint32_t i = 0; i < BIG; i++)
        uids[i] = TOP - i;
    qrs_ranges_init(&r, st, BIG);
    cr_assert_eq(qrs_ranges_from_uids(&r, uids, BIG), QRS_OK);
    EXPECT(&r, "100000 descending UIDs ending at 4294967295", {TOP - (BIG - 1u), TOP});
    cr_assert_eq(qrs_ranges_count(&r), (uint64_t)BIG);
}

Test(ranges_big, wide_ranges_count_in_64_bits, .timeout = 20)
{
    static qrs_urange st[BIG], st2[BIG + 1], st3[BIG];
    const uint32_t width = 40000u, step = 40001u; /* one value of gap between ranges */
    qrs_ranges r, c, t;
    /* added in descending order, each reversed */
    qrs_ranges_init(&r, st, BIG);
    for (uint32_t i = BIG; i-- > 0;) {
        uint32_t lo = 1u + i * step;
        cr_assert_eq(qrs_ranges_add(&r, lo + width - 1u, lo), QRS_OK);
    }
    qrs_ranges_normalize(&r);
    cr_assert_eq(r.n, BIG);
    size_t bad = BIG;
    for (size_t i = 0; i < BIG && bad == BIG; i++)
        if (st[i].lo != 1u + (uint32_t)i * step || st[i].hi != (uint32_t)i * step + width)
            bad = i;
    cr_assert_eq(bad, BIG, "range %zu is %u:%u", bad, st[bad % BIG].lo, st[bad % BIG].hi);
    uint64_t want = (uint64_t)BIG * width; /* 4000000000: above INT32_MAX */
    cr_assert_eq(qrs_ranges_count(&r), want, "count %llu", (unsigned long long)qrs_ranges_count(&r));
    uint32_t last = (BIG - 1u) * step + width; /* 4000099999 */
    cr_assert(qrs_ranges_contains(&r, 1) && qrs_ranges_contains(&r, width) && !qrs_ranges_contains(&r, width + 1u) &&
              qrs_ranges_contains(&r, width + 2u) && qrs_ranges_contains(&r, last) &&
              !qrs_ranges_contains(&r, last + 1u) && !qrs_ranges_contains(&r, TOP));

    /* complement within 4294967295: the gaps plus the tail */
    qrs_ranges_init(&c, st2, BIG + 1u);
    cr_assert_eq(qrs_ranges_complement(&r, TOP, &c), QRS_OK);
    cr_assert_eq(c.n, BIG);
    cr_assert_eq(qrs_ranges_count(&c), 4294967295ull - want);
    cr_assert(c.v[c.n - 1].lo == last + 1u && c.v[c.n - 1].hi == TOP);
    qrs_ranges_init(&t, st3, BIG);
    cr_assert_eq(qrs_ranges_union(&r, &c, &t), QRS_OK);
    EXPECT(&t, "wide | its complement", {1, TOP});
    cr_assert_eq(qrs_ranges_intersect(&r, &c, &t), QRS_OK);
    EXPECT_EMPTY(&t, "wide & its complement");
    cr_assert_eq(qrs_ranges_subtract(&r, &r, &t), QRS_OK);
    EXPECT_EMPTY(&t, "wide - wide");
    cr_assert_eq(qrs_ranges_intersect(&r, &r, &t), QRS_OK);
    cr_assert(t.n == BIG && memcmp(st3, st, BIG * sizeof st[0]) == 0, "wide & wide");

    /* format and read back */
    size_t len = qrs_ranges_format(&r, NULL, 0);
    char *text = malloc(len + 1);
    cr_assert(text);
    cr_assert_eq(qrs_ranges_format(&r, text, len + 1), len);
    cr_assert_eq(strlen(text), len);
    pset p;
    cr_assert_eq(parse_set(&p, text, len), QRS_OK, "%s at %zu", qrs_code_name(p.rc), p.err.offset);
    free(text);
    cr_assert_eq(p.set.elements, BIG);
    qrs_ranges_init(&t, st3, BIG);
    cr_assert_eq(qrs_ranges_from_seqset(&t, &p.set, 0), QRS_OK);
    guarded_free(&p.g);
    cr_assert(t.n == BIG && memcmp(st3, st, BIG * sizeof st[0]) == 0, "format round trip");

    /* overlapping wide ranges in shuffled order still count each value once */
    rng g = {0x5eed0007u};
    qrs_ranges_init(&r, st, BIG);
    for (uint32_t i = 0; i < BIG; i++) {
        uint32_t lo = 1u + rng_in(&g, 0, BIG - 1u) * step;
        cr_assert_eq(qrs_ranges_add(&r, lo, lo + 2u * step), QRS_OK); /* spans its neighbours */
    }
    qrs_ranges_normalize(&r);
    for (size_t i = 1; i < r.n; i++)
        cr_assert((uint64_t)r.v[i - 1].hi + 1u < r.v[i].lo, "not normalized at %zu", i);
    uint64_t sum = 0;
    for (size_t i = 0; i < r.n; i++)
        sum += (uint64_t)r.v[i].hi - r.v[i].lo + 1u;
    cr_assert_eq(qrs_ranges_count(&r), sum);
    cr_assert(sum > 0xffffffffull / 2u, "random cover too small: %llu", (unsigned long long)sum);
}

Test(ranges_big, full_space_operations, .timeout = 20)
{
    static qrs_urange sa[BIG], so[BIG + 1];
    qrs_urange sf[1];
    qrs_ranges a, full, o;
    /* every other value near the top, against 1:4294967295 */
    qrs_ranges_init(&a, sa, BIG);
    for (uint32_t i = 0; i < BIG; i++)
        cr_assert_eq(qrs_ranges_add(&a, TOP - 2u * i, TOP - 2u * i), QRS_OK);
    qrs_ranges_normalize(&a);
    cr_assert_eq(a.n, BIG);
    SET(&full, sf, {1, TOP});
    qrs_ranges_init(&o, so, BIG + 1u);
    cr_assert_eq(qrs_ranges_subtract(&full, &a, &o), QRS_OK);
    cr_assert_eq(o.n, BIG);
    cr_assert_eq(qrs_ranges_count(&o), 4294967295ull - BIG);
    cr_assert(o.v[0].lo == 1 && o.v[0].hi == TOP - 2u * BIG + 1u, "first gap %u:%u", o.v[0].lo, o.v[0].hi);
    cr_assert(o.v[o.n - 1].lo == TOP - 1u && o.v[o.n - 1].hi == TOP - 1u, "last gap %u:%u", o.v[o.n - 1].lo,
              o.v[o.n - 1].hi);
    cr_assert_eq(qrs_ranges_union(&a, &full, &o), QRS_OK);
    EXPECT(&o, "sparse | full", {1, TOP});
    cr_assert_eq(qrs_ranges_intersect(&full, &a, &o), QRS_OK);
    cr_assert(o.n == BIG && memcmp(so, sa, BIG * sizeof sa[0]) == 0, "full & sparse");
    qrs_ranges_init(&o, so, BIG + 1u);
    cr_assert_eq(qrs_ranges_complement(&a, TOP, &o), QRS_OK);
    cr_assert_eq(qrs_ranges_count(&o), 4294967295ull - BIG);
    cr_assert(!qrs_ranges_contains(&o, TOP) && qrs_ranges_contains(&o, TOP - 1u) && qrs_ranges_contains(&o, 1));
}
