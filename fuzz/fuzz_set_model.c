/*
 * fuzz_set_model.c - libFuzzer target: the library's sequence-set reading
 * against a small parser of our own, written from RFC 3501 section 9:
 *
 *   sequence-set = (seq-number / seq-range) ["," sequence-set]
 *   seq-range    = seq-number ":" seq-number   ; either order
 *   seq-number   = nz-number / "*"
 *   nz-number    = digit-nz *DIGIT              ; 1..4294967295, no leading 0
 *
 * The set text is made of tokens picked by the input bytes, most of them
 * numbers at the edges of the 32-bit range: 1, 2, 4294967294, 4294967295,
 * 4294967296, 9999999999, 0, 01, 04294967295, 2^64, '*', ':', ',', and
 * single digits that glue onto them.  The library reads it three ways:
 * qrs_parse_fragment() with the sequence-set rule, the same with the
 * known-uids rule (no '*': RFC 7162 section 3.2.5.1), and inside a command
 * "A1 UID FETCH <set> (FLAGS)".  Each must give the model's verdict and,
 * on a refusal, the model's error code at the model's offset (shifted by the
 * command's prefix in the line): the code is that of the first offending
 * token from the left, with the codes qresync.h documents (NUMBER_RANGE
 * for 0 and for a number above 4294967295, SYNTAX for a leading zero,
 * STAR_FORBIDDEN, TOO_MANY_ELEMENTS past max_set_elements).  On success
 * the elements read through qrs_seqset_next() and through
 * qrs_seqset_next_n() (in chunks the input sizes) must be the model's
 * elements as written, the element count and the '*' flag the model's,
 * qrs_seqset_ascends() the model's answer, and qrs_ranges_from_seqset()
 * must cover as many values as the model's union of the ranges, '*' taken
 * as 4294967295 or as 1.
 *
 * Input layout:
 *   byte 0     bits 0-2: max_set_elements (0: the default, else 1..7);
 *              bits 3-7: chunk size for qrs_seqset_next_n() minus 1
 *   the rest   one token per byte: b % 32 picks it (see token_of), b / 32
 *              is the digit of the single-digit tokens
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "qresync.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define TEXT_CAP 1024u
#define MAX_ELEMS (TEXT_CAP / 2 + 1)

static unsigned char arena_buf[1 << 16];

static void must(int cond, const char *why)
{
    if (!cond) {
        fprintf(stderr, "fuzz_set_model: %s\n", why);
        abort();
    }
}

/* MARK: - The model */

typedef struct melem {
    uint32_t first, last; /* 0 for '*' */
    int first_star, last_star, is_range;
} melem;

typedef struct verdict {
    qrs_code code;
    size_t offset; /* of the first offending token */
    size_t n;      /* elements */
    int has_star;
} verdict;

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* seq-number at s[*i]: 1 with *v (0 for '*') and *star, or 0 with v->code set. */
static int model_number(const char *s, size_t len, size_t *i, int no_star, uint32_t *v, int *star, verdict *out)
{
    size_t at = *i;
    if (at < len && s[at] == '*') {
        if (no_star) {
            out->code = QRS_E_STAR_FORBIDDEN;
            out->offset = at;
            return 0;
        }
        *v = 0;
        *star = 1;
        *i = at + 1;
        return 1;
    }
    if (at >= len || !is_digit(s[at])) {
        out->code = QRS_E_SYNTAX;
        out->offset = at;
        return 0;
    }
    size_t j = at;
    uint64_t value = 0;
    int over = 0;
    while (j < len && is_digit(s[j])) {
        value = value * 10u + (uint64_t)(s[j] - '0');
        if (value > 4294967295u) {
            over = 1;
            value = 4294967296u; /* kept from wrapping */
        }
        j++;
    }
    if (s[at] == '0') {
        /* "0" is a number outside nz-number's range; "01" is no nz-number at all */
        out->code = j - at == 1 ? QRS_E_NUMBER_RANGE : QRS_E_SYNTAX;
        out->offset = at;
        return 0;
    }
    if (over) {
        out->code = QRS_E_NUMBER_RANGE;
        out->offset = at;
        return 0;
    }
    *v = (uint32_t)value;
    *star = 0;
    *i = j;
    return 1;
}

static void model_parse(const char *s, size_t len, int no_star, uint32_t max_elements, melem *el, verdict *out)
{
    size_t i = 0;
    out->code = QRS_OK;
    out->offset = 0;
    out->n = 0;
    out->has_star = 0;
    for (;;) {
        size_t start = i;
        melem e;
        if (!model_number(s, len, &i, no_star, &e.first, &e.first_star, out))
            return;
        e.is_range = i < len && s[i] == ':';
        if (e.is_range) {
            i++;
            if (!model_number(s, len, &i, no_star, &e.last, &e.last_star, out))
                return;
        } else {
            e.last = e.first;
            e.last_star = e.first_star;
        }
        if (out->n == max_elements) {
            out->code = QRS_E_TOO_MANY_ELEMENTS;
            out->offset = start;
            return;
        }
        out->has_star |= e.first_star | e.last_star;
        el[out->n++] = e;
        if (i == len)
            return;
        if (s[i] != ',') {
            out->code = QRS_E_SYNTAX;
            out->offset = i;
            return;
        }
        i++;
    }
}

/* RFC 7162 section 3.2.5.2's order as qresync.h defines it for
 * qrs_seqset_ascends(): no '*', every range low:high, each element above
 * the one before. */
static int model_ascends(const melem *el, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        if (el[k].first_star || el[k].last_star || el[k].first > el[k].last)
            return 0;
        if (k && el[k].first <= el[k - 1].last)
            return 0;
    }
    return 1;
}

typedef struct span {
    uint32_t lo, hi;
} span;

static int by_lo(const void *a, const void *b)
{
    const span *x = a, *y = b;
    return x->lo < y->lo ? -1 : x->lo > y->lo;
}

/* How many values the union of the elements covers, '*' being star. */
static uint64_t model_count(const melem *el, size_t n, uint32_t star)
{
    static span sp[MAX_ELEMS];
    for (size_t k = 0; k < n; k++) {
        uint32_t a = el[k].first_star ? star : el[k].first, b = el[k].last_star ? star : el[k].last;
        sp[k].lo = a < b ? a : b;
        sp[k].hi = a < b ? b : a;
    }
    qsort(sp, n, sizeof sp[0], by_lo);
    uint64_t total = 0, cur_lo = 0, cur_hi = 0;
    int open = 0;
    for (size_t k = 0; k < n; k++) {
        if (open && sp[k].lo <= cur_hi + 1u) {
            if (sp[k].hi > cur_hi)
                cur_hi = sp[k].hi;
            continue;
        }
        if (open)
            total += cur_hi - cur_lo + 1u;
        cur_lo = sp[k].lo;
        cur_hi = sp[k].hi;
        open = 1;
    }
    if (open)
        total += cur_hi - cur_lo + 1u;
    return total;
}

/* MARK: - Comparing */

static int same_range(const qrs_range *r, const melem *e)
{
    return r->first == e->first && r->last == e->last && !r->first_star == !e->first_star &&
           !r->last_star == !e->last_star && !r->is_range == !e->is_range;
}

static void check_set(const qrs_seqset *set, const melem *el, const verdict *v, size_t chunk)
{
    must(set->elements == v->n, "element count differs from the model");
    must(!(set->flags & QRS_SET_HAS_STAR) == !v->has_star, "'*' flag differs from the model");
    must(qrs_seqset_ascends(set) == model_ascends(el, v->n), "qrs_seqset_ascends differs from the model");

    qrs_seqset_iter it;
    qrs_range r;
    size_t k = 0;
    qrs_seqset_iter_init(&it, set);
    while (qrs_seqset_next(&it, &r)) {
        must(k < v->n && same_range(&r, &el[k]), "qrs_seqset_next gives another element than the model");
        k++;
    }
    must(k == v->n && !qrs_seqset_next(&it, &r), "qrs_seqset_next gives another number of elements");

    static qrs_range chunk_buf[32];
    size_t got;
    k = 0;
    qrs_seqset_iter_init(&it, set);
    while ((got = qrs_seqset_next_n(&it, chunk_buf, chunk)) > 0) {
        must(got <= chunk, "qrs_seqset_next_n stores more than asked");
        for (size_t i = 0; i < got; i++, k++)
            must(k < v->n && same_range(&chunk_buf[i], &el[k]), "qrs_seqset_next_n gives another element");
        if (got < chunk)
            break;
    }
    must(k == v->n && qrs_seqset_next_n(&it, chunk_buf, chunk) == 0,
         "qrs_seqset_next_n gives another number of elements");

    static qrs_urange storage[MAX_ELEMS];
    static const uint32_t stars[2] = {4294967295u, 1u};
    for (int s = 0; s < 2; s++) {
        qrs_ranges out;
        qrs_ranges_init(&out, storage, MAX_ELEMS);
        must(qrs_ranges_from_seqset(&out, set, stars[s]) == QRS_OK, "qrs_ranges_from_seqset refuses a valid set");
        must(qrs_ranges_count(&out) == model_count(el, v->n, stars[s]),
             "qrs_ranges_from_seqset covers another number of values than the model");
    }
}

static void check_refusal(qrs_code rc, const qrs_error *err, const verdict *v, size_t shift, const char *where)
{
    char why[160];
    snprintf(why, sizeof why, "%s: the library says %s at %zu, the model %s at %zu", where, qrs_code_name(rc),
             err->offset, qrs_code_name(v->code), v->offset + shift);
    must(rc == v->code && err->offset == v->offset + shift, why);
}

/* MARK: - Input to text */

static size_t token_of(unsigned b, char *out)
{
    static const char *const tokens[] = {
        "1", "2", "3", "9", "10", "4294967294", "4294967295", "4294967296", "9999999999", "0", "01",
        "04294967295", "42949672950", "18446744073709551616", "*", "*", ":", ":", ":", ":", ":", ":",
        ",", ",", ",", ",", ",", ",", ",", ",",
    };
    if (b % 32 == 30) {
        out[0] = (char)('0' + b / 32); /* a digit that glues onto a neighbouring number */
        return 1;
    }
    const char *t = b % 32 == 31 ? "42949672" : tokens[b % 32];
    size_t n = strlen(t);
    memcpy(out, t, n);
    return n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static char line[TEXT_CAP + 64];
    static melem el[MAX_ELEMS], el_known[MAX_ELEMS];
    static const char prefix[] = "A1 UID FETCH ";
    if (size < 1)
        return 0;
    uint32_t max_elements = data[0] & 7u;
    size_t chunk = 1u + (data[0] >> 3);
    const size_t pre = sizeof prefix - 1;
    size_t len = 0;
    for (size_t i = 1; i < size && len + 20 <= TEXT_CAP; i++)
        len += token_of(data[i], line + pre + len);
    /* the set alone, in an exact-size block so that ASan sees a read past its end */
    char *text = malloc(len ? len : 1);
    if (!text)
        return 0;
    memcpy(text, line + pre, len);

    qrs_options o;
    memset(&o, 0, sizeof o);
    o.max_set_elements = max_elements;
    uint32_t limit = max_elements ? max_elements : QRS_DEFAULT_MAX_SET_ELEMENTS;
    verdict v, vk;
    model_parse(text, len, 0, limit, el, &v);
    model_parse(text, len, 1, limit, el_known, &vk);

    qrs_arena a;
    qrs_fragment f;
    qrs_error err;
    qrs_arena_init(&a, arena_buf, sizeof arena_buf);
    qrs_code rc = qrs_parse_fragment(QRS_RULE_SEQUENCE_SET, text, len, &o, &a, &f, &err);
    if (v.code == QRS_OK) {
        must(rc == QRS_OK, "sequence-set: the library refuses what the model accepts");
        check_set(&f.set, el, &v, chunk);
    } else {
        check_refusal(rc, &err, &v, 0, "sequence-set");
    }

    qrs_arena_reset(&a);
    rc = qrs_parse_fragment(QRS_RULE_KNOWN_UIDS, text, len, &o, &a, &f, &err);
    if (vk.code == QRS_OK) {
        must(rc == QRS_OK, "known-uids: the library refuses what the model accepts");
        check_set(&f.set, el_known, &vk, chunk);
    } else {
        check_refusal(rc, &err, &vk, 0, "known-uids");
    }

    /* the same set inside a command (RFC 3501 uid / fetch) */
    memcpy(line, prefix, pre);
    memcpy(line + pre + len, " (FLAGS)\r\n", 10);
    size_t line_len = pre + len + 10;
    char *cmd = malloc(line_len);
    if (!cmd) {
        free(text);
        return 0;
    }
    memcpy(cmd, line, line_len);
    const qrs_message *m;
    o.side = QRS_SIDE_CLIENT;
    qrs_arena_reset(&a);
    rc = qrs_parse(cmd, line_len, &o, &a, &m, &err);
    if (v.code == QRS_OK) {
        must(rc == QRS_OK && m->kind == QRS_CMD_FETCH && m->uid, "UID FETCH: the library refuses what the model accepts");
        must(m->u.fetch.set.text.ptr == cmd + pre && m->u.fetch.set.text.len == len, "UID FETCH: another set slice");
        check_set(&m->u.fetch.set, el, &v, chunk);
    } else {
        check_refusal(rc, &err, &v, pre, "UID FETCH");
    }
    free(cmd);
    free(text);
    return 0;
}
