/*
 * seqset.c - sequence-sets kept as validated text (O(1) memory whatever their
 * size) and read lazily.  A set is never expanded: every check here is one
 * pass over the elements, and '*' is kept apart from 4294967295.
 */
#include <string.h>

#include "internal.h"

/* MARK: - Reading digits eight at a time
 *
 * A sequence-set is almost all digits, and a UID has up to 10 of them.  On
 * little-endian machines the digits are read eight bytes at a time (SWAR):
 * one load finds where the run ends, and three multiplications turn up to
 * eight digits into their value, so the time per number barely depends on
 * its length.  Elsewhere (and within 8 bytes of the end, which is never read
 * past) a byte loop does the same. */
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define QRS_SWAR 1
#else
#define QRS_SWAR 0
#endif

#if defined(__GNUC__)
#define QRS_INLINE inline __attribute__((always_inline)) /* per number: a call would cost as much as the work */
#else
#define QRS_INLINE inline
#endif

#if QRS_SWAR
#define ONES 0x0101010101010101u

/* p[0..8) as digit values (byte ^ '0'), first byte lowest. */
static QRS_INLINE uint64_t load_digits(const char *p)
{
    uint64_t w;
    memcpy(&w, p, sizeof w);
    return w ^ (ONES * '0');
}

/* How many of the 8 bytes in x (from load_digits) are digits before the first non-digit. */
static QRS_INLINE unsigned digit_run(uint64_t x)
{
    /* A byte is a digit when x is below 10: adding 0x76 to its low 7 bits sets
     * bit 7 from 10 up, and bit 7 of x itself catches the rest. */
    uint64_t nondigit = (((x & (ONES * 0x7f)) + ONES * 0x76) | x) & (ONES * 0x80);
    return nondigit ? (unsigned)__builtin_ctzll(nondigit) / 8 : 8;
}

/* Value of the first n (1..8) digits of x, the first byte most significant. */
static QRS_INLINE uint32_t digits_value8(uint64_t x, unsigned n)
{
    x <<= 8 * (8 - n); /* pad with leading zeros */
    x = (x * 10 + (x >> 8)) & 0x00ff00ff00ff00ffu;
    x = (x * 100 + (x >> 16)) & 0x0000ffff0000ffffu;
    return (uint32_t)((x * 10000 + (x >> 32)) & 0xffffffffu);
}
#endif

/* Read the digit run at p (p < end): its value (saturated above UINT32_MAX,
 * which only an invalid set reaches) and its end.  No run: returns p. */
static QRS_INLINE const char *read_digits(const char *p, const char *end, uint64_t *value)
{
    uint64_t v = 0;
#if QRS_SWAR
    if (end - p >= 16) {
        uint64_t x = load_digits(p);
        unsigned n = digit_run(x);
        if (n < 8) {
            *value = n ? digits_value8(x, n) : 0;
            return p + n;
        }
        /* Eight digits or more: at most two more make a 32-bit number. */
        uint64_t y = load_digits(p + 8);
        unsigned m = digit_run(y);
        v = digits_value8(x, 8);
        if (m > 2) {
            while (p + 8 + m < end && (unsigned char)(p[8 + m] - '0') < 10)
                m++;
            *value = (uint64_t)UINT32_MAX + 1;
            return p + 8 + m;
        }
        /* 8, 9 or 10 digits, without a branch on which (UIDs have all three). */
        static const uint32_t scale[3] = {1, 10, 100};
        uint64_t d8 = y & 0xff, d9 = (y >> 8) & 0xff;
        uint64_t low = m == 2 ? d8 * 10 + d9 : m == 1 ? d8 : 0;
        *value = v * scale[m] + low;
        return p + 8 + m;
    }
#endif
    for (; p < end && (unsigned char)(*p - '0') < 10; p++)
        v = v > UINT32_MAX ? v : v * 10 + (uint64_t)(*p - '0');
    *value = v;
    return p;
}

/* word_char of the lexer (grammar/lexer.re): printable ASCII except ( ) { " \ and SP. */
static QRS_INLINE int is_word_char(unsigned char b)
{
    return b > 0x20 && b < 0x7f && b != '(' && b != ')' && b != '{' && b != '"' && b != '\\';
}

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

/* One seq-number of a set the lexer scans: nz-number or '*'.  Returns NULL
 * for anything qrs_seqset_check would refuse (the lexer then leaves the word
 * to the general rule, and the parse reports the error as it always did). */
static QRS_INLINE const char *scan_seq_number(const char *p, const char *end, uint64_t *value)
{
    if (*p == '*') {
        *value = (uint64_t)UINT32_MAX + 1; /* '*': above every number, for the order checks */
        return p + 1;
    }
    if (*p == '0')
        return NULL;
    const char *q = read_digits(p, end, value);
    return q == p || *value > UINT32_MAX ? NULL : q;
}

int qrs_lex_number_or_set(qrs_ctx *ctx)
{
    const char *start = ctx->cur, *end = ctx->lim, *p = start;
    uint64_t a, b, prev_high = 0;
    uint32_t elements = 0, flags = QRS_SET_ASCENDING;
    /* Where a word may end: at the input's end, a byte no word has, or, inside
     * a response code, at the ']' that closes it (as the general rule cuts it). */
#define WORD_ENDS_AT(q) ((q) == end || !is_word_char((unsigned char)*(q)) || \
                         (ctx->mode == QRS_LEX_CODE && *(q) == ']'))
    if ((unsigned char)(*p - '0') < 10) {
        /* number: any length, any value; its rule checks it. */
        const char *q = p;
        while (q < end && (unsigned char)(*q - '0') < 10) {
#if QRS_SWAR
            if (end - q >= 8) {
                unsigned n = digit_run(load_digits(q));
                q += n;
                if (n < 8)
                    break;
                continue;
            }
#endif
            q++;
        }
        if (WORD_ENDS_AT(q)) {
            ctx->cur = q;
            return QRS_WORD_NUMBER;
        }
        if (*q != ':' && *q != ',')
            return 0;
    }
    for (;;) {
        p = scan_seq_number(p, end, &a);
        if (!p)
            return 0;
        b = a;
        if (p < end && *p == ':') {
            if (++p == end || !(p = scan_seq_number(p, end, &b)))
                return 0;
        }
        if (++elements > ctx->max_set_elements)
            return 0;
        /* The order rules of qrs_seqset_check, with '*' above every number. */
        if (a > UINT32_MAX || b > UINT32_MAX) {
            flags = (flags | QRS_SET_HAS_STAR) & ~QRS_SET_ASCENDING;
            a = a > UINT32_MAX ? UINT32_MAX : a;
            b = b > UINT32_MAX ? UINT32_MAX : b;
        }
        if (a > b || a <= prev_high)
            flags &= ~QRS_SET_ASCENDING;
        if (b > prev_high)
            prev_high = b;
        if (p == end || *p != ',')
            break;
        if (++p == end)
            return 0;
    }
    if (!WORD_ENDS_AT(p))
        return 0;
#undef WORD_ENDS_AT
    ctx->scanned.start = (size_t)(start - ctx->base);
    ctx->scanned.end = (size_t)(p - ctx->base);
    ctx->scanned_elements = elements;
    ctx->scanned_flags = flags;
    ctx->cur = p;
    return QRS_WORD_SET;
}

int qrs_seqset_check(qrs_ctx *ctx, qrs_loc loc, const char *rule, unsigned checks, qrs_seqset *out)
{
    const char *p = ctx->base + loc.start, *end = ctx->base + loc.end;
    /* The lexer already read this set and found it valid: only the position's
     * own rules remain.  When one of them fails, the loop below finds where. */
    if (ctx->scanned.end == loc.end && ctx->scanned.start == loc.start &&
        !((checks & QRS_SETCHK_NO_STAR) && (ctx->scanned_flags & QRS_SET_HAS_STAR)) &&
        !((checks & QRS_SETCHK_ASCENDING) && !(ctx->scanned_flags & QRS_SET_ASCENDING))) {
        out->text.ptr = p;
        out->text.len = loc.end - loc.start;
        out->elements = ctx->scanned_elements;
        out->flags = ctx->scanned_flags;
        return 1;
    }
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
static QRS_INLINE const char *read_value(const char *p, const char *end, uint32_t *v, int *star)
{
    uint64_t n;
    if (p < end && *p == '*') {
        *v = 0;
        *star = 1;
        return p + 1;
    }
    *star = 0;
    p = read_digits(p, end, &n);
    *v = (uint32_t)n;
    return p;
}

int qrs_seqset_next(qrs_seqset_iter *it, qrs_range *out)
{
    /* Locals, stored once at the end: out might alias it, and every store
     * through it would otherwise make the compiler read it->end again. */
    const char *p = it->cur, *end = it->end;
    qrs_range r;
    if (!p || p >= end)
        return 0;
    p = read_value(p, end, &r.first, &r.first_star);
    r.is_range = p < end && *p == ':';
    /* Whether a range follows is as random as the data: the number after the
     * separator is read either way (for a single number it is the next
     * element's, and is dropped), and the result selected without a branch. */
    uint32_t last;
    int last_star;
    const char *after = read_value(p + (p < end), end, &last, &last_star);
    r.last = r.is_range ? last : r.first;
    r.last_star = r.is_range ? last_star : r.first_star;
    p = r.is_range ? after : p;
    if (p < end && *p == ',')
        p++;
    it->cur = p;
    *out = r;
    return 1;
}
