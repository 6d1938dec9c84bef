/*
 * number.c - decimal numbers of the grammar, converted with overflow checks:
 * never a silent wrap or clamp (grammar.md section 4.1 rules 3 and 4).
 * A number of any length is rejected after at most 21 digits of work.
 */
#include "internal.h"

qrs_slice qrs_span(const qrs_ctx *ctx, qrs_loc loc)
{
    qrs_slice s = {ctx->base + loc.start, loc.end - loc.start};
    return s;
}

/* Value of the digits at loc; 0 and *overflow set when it exceeds limit. */
static uint64_t digits_value(const qrs_ctx *ctx, qrs_loc loc, uint64_t limit, int *overflow)
{
    uint64_t v = 0;
    size_t i = loc.start;
    *overflow = 0;
    /* 19 digits never wrap 64 bits, so they need no check inside the loop (a
     * division per digit otherwise); the value only grows with each digit, so
     * one comparison afterwards finds any prefix above the limit. */
    size_t unchecked = loc.end - loc.start < 19 ? loc.end : loc.start + 19;
    for (; i < unchecked; i++)
        v = v * 10u + (uint64_t)(ctx->base[i] - '0');
    if (v > limit) {
        *overflow = 1;
        return 0;
    }
    for (; i < loc.end; i++) {
        uint64_t d = (uint64_t)(ctx->base[i] - '0');
        if (v > (limit - d) / 10u) {
            *overflow = 1;
            return 0;
        }
        v = v * 10u + d;
    }
    return v;
}

/* abnf: nz-number digit-nz */
int qrs_nz_number(qrs_ctx *ctx, qrs_loc loc, const char *rule, uint32_t *out)
{
    int overflow;
    if (ctx->base[loc.start] == '0')
        return qrs_fail(ctx, loc.end - loc.start == 1 ? QRS_E_NUMBER_RANGE : QRS_E_SYNTAX, loc.start, rule,
                        loc.end - loc.start == 1 ? "0 is not a valid nz-number"
                                                 : "nz-number cannot start with 0");
    uint64_t v = digits_value(ctx, loc, UINT32_MAX, &overflow);
    if (overflow)
        return qrs_fail(ctx, QRS_E_NUMBER_RANGE, loc.start, rule, "number above 4294967295");
    *out = (uint32_t)v;
    return 1;
}

/* abnf: number */
int qrs_number(qrs_ctx *ctx, qrs_loc loc, const char *rule, uint32_t *out)
{
    int overflow;
    uint64_t v = digits_value(ctx, loc, UINT32_MAX, &overflow);
    if (overflow)
        return qrs_fail(ctx, QRS_E_NUMBER_RANGE, loc.start, rule, "number above 4294967295");
    *out = (uint32_t)v;
    return 1;
}

uint64_t qrs_modseq_limit(qrs_dialect dialect)
{
    /* RFC 7162: 1 <= n <= 2^63-1.  RFC 4551 (draft -03, RFC 5162): n < 2^64-1. */
    return dialect == QRS_DIALECT_RFC7162 ? (uint64_t)INT64_MAX : UINT64_MAX - 1u;
}

/* abnf: mod-sequence-value mod-sequence-valzer
 * RFC 7162: 1 <= n <= 2^63-1.  RFC 4551 (draft -03, RFC 5162):
 * 1 <= n < 18446744073709551615, i.e. at most 2^64-2. */
int qrs_modseq(qrs_ctx *ctx, qrs_loc loc, const char *rule, int allow_zero, uint64_t *out)
{
    int overflow;
    uint64_t limit = qrs_modseq_limit(ctx->dialect);
    uint64_t v = digits_value(ctx, loc, UINT64_MAX, &overflow);
    if (overflow || (v > limit && !(ctx->lenient & QRS_LENIENT_MODSEQ_64BIT)))
        return qrs_fail(ctx, QRS_E_MODSEQ_RANGE, loc.start, rule,
                        overflow ? "mod-sequence above 18446744073709551615"
                        : ctx->dialect == QRS_DIALECT_RFC7162 ? "mod-sequence above 9223372036854775807 (RFC 7162)"
                                                              : "mod-sequence above 18446744073709551614 (RFC 4551)");
    /* mod-sequence-valzer = "0" / mod-sequence-value: a zero written with more
     * than one digit ("00") is neither. */
    if (v == 0 && (!allow_zero || loc.end - loc.start > 1) && !(ctx->lenient & QRS_LENIENT_MODSEQ_ZERO))
        return qrs_fail(ctx, QRS_E_MODSEQ_ZERO, loc.start, rule, "mod-sequence-value must be at least 1");
    *out = v;
    return 1;
}
