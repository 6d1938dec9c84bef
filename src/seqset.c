/*
 * seqset.c - sequence-sets kept as validated text (O(1) memory whatever their
 * size) and read lazily.  A set is never expanded: every check here is one
 * pass over the elements, and '*' is kept apart from 4294967295.
 */
#include "internal.h"

/* abnf: sequence-set seq-number seq-range
 * Read one seq-number at *p: nz-number or "*".  Returns 0 after recording an
 * error. */
static int read_seq_number(qrs_ctx *ctx, const char **p, const char *end, const char *rule, unsigned checks,
                           uint32_t *value, int *star)
{
    const char *s = *p;
    size_t off = (size_t)(s - ctx->base);
    *star = 0;
    if (s < end && *s == '*') {
        if (checks & QRS_SETCHK_NO_STAR)
            return qrs_fail(ctx, QRS_E_STAR_FORBIDDEN, off, rule, "'*' is not allowed in this set");
        *star = 1;
        *value = 0;
        *p = s + 1;
        return 1;
    }
    if (s == end || *s < '0' || *s > '9')
        return qrs_fail(ctx, QRS_E_SYNTAX, off, rule, "expected a number or '*'");
    if (*s == '0') {
        if (s + 1 < end && s[1] >= '0' && s[1] <= '9')
            return qrs_fail(ctx, QRS_E_SYNTAX, off, rule, "nz-number cannot start with 0");
        return qrs_fail(ctx, QRS_E_NUMBER_RANGE, off, rule, "0 is not a valid message number or UID");
    }
    uint64_t v = 0;
    while (s < end && *s >= '0' && *s <= '9') {
        v = v * 10u + (uint64_t)(*s - '0');
        if (v > UINT32_MAX)
            return qrs_fail(ctx, QRS_E_NUMBER_RANGE, off, rule, "number above 4294967295");
        s++;
    }
    *value = (uint32_t)v;
    *p = s;
    return 1;
}

int qrs_seqset_check(qrs_ctx *ctx, qrs_loc loc, const char *rule, unsigned checks, qrs_seqset *out)
{
    const char *p = ctx->base + loc.start, *end = ctx->base + loc.end;
    uint32_t elements = 0, flags = QRS_SET_ASCENDING;
    uint64_t prev_high = 0; /* 0: nothing yet */
    for (;;) {
        const char *elem = p;
        uint32_t a, b;
        int a_star, b_star;
        if (!read_seq_number(ctx, &p, end, rule, checks, &a, &a_star))
            return 0;
        b = a;
        b_star = a_star;
        if (p < end && *p == ':') {
            p++;
            if (!read_seq_number(ctx, &p, end, rule, checks, &b, &b_star))
                return 0;
        }
        if (++elements > ctx->max_set_elements)
            return qrs_fail(ctx, QRS_E_TOO_MANY_ELEMENTS, (size_t)(elem - ctx->base), rule,
                            "sequence-set has more elements than max_set_elements");
        /* For ordering, '*' (allowed only under a leniency here) stands for the largest value. */
        uint64_t lo = a_star ? UINT32_MAX : a, hi = b_star ? UINT32_MAX : b;
        if (a_star || b_star)
            flags = (flags | QRS_SET_HAS_STAR) & ~QRS_SET_ASCENDING;
        if (lo > hi || lo <= prev_high) {
            flags &= ~QRS_SET_ASCENDING;
            if (checks & QRS_SETCHK_ASCENDING)
                return qrs_fail(ctx, QRS_E_NOT_ASCENDING, (size_t)(elem - ctx->base), rule,
                                lo > hi ? "range written high:low in a set that must ascend"
                                        : "element not above the previous one in a set that must ascend");
        }
        if (hi > prev_high)
            prev_high = hi;
        if (p == end)
            break;
        if (*p != ',')
            return qrs_fail(ctx, QRS_E_SYNTAX, (size_t)(p - ctx->base), rule, "expected ',' or ':'");
        p++;
    }
    out->text.ptr = ctx->base + loc.start;
    out->text.len = loc.end - loc.start;
    out->elements = elements;
    out->flags = flags;
    return 1;
}

void qrs_seqset_iter_init(qrs_seqset_iter *it, const qrs_seqset *set)
{
    it->cur = set->text.ptr;
    it->end = set->text.ptr + set->text.len;
}

/* The text was validated when the set was parsed, so reading is plain. */
static const char *read_value(const char *p, const char *end, uint32_t *v, int *star)
{
    uint32_t n = 0;
    if (p < end && *p == '*') {
        *v = 0;
        *star = 1;
        return p + 1;
    }
    *star = 0;
    while (p < end && *p >= '0' && *p <= '9')
        n = n * 10u + (uint32_t)(*p++ - '0');
    *v = n;
    return p;
}

int qrs_seqset_next(qrs_seqset_iter *it, qrs_range *out)
{
    const char *p = it->cur;
    if (!p || p >= it->end)
        return 0;
    p = read_value(p, it->end, &out->first, &out->first_star);
    out->is_range = p < it->end && *p == ':';
    if (out->is_range)
        p = read_value(p + 1, it->end, &out->last, &out->last_star);
    else {
        out->last = out->first;
        out->last_star = out->first_star;
    }
    if (p < it->end && *p == ',')
        p++;
    it->cur = p;
    return 1;
}
