/*
 * seqset.c - sequence-sets kept as validated text (O(1) memory whatever their
 * size) and read lazily.  A set is never expanded: every check here is one
 * pass over the elements, and '*' is kept apart from 4294967295.
 */
#include <string.h>

#include "internal.h"

/* make check-portable builds the code other machines get: QRS_PORTABLE=1
 * without SSE2 (as on 64-bit ARM), QRS_PORTABLE=2 also without the SWAR
 * reads and GCC builtins (big-endian machines, other compilers). */
#if defined(__SSE2__) && defined(__x86_64__) && !defined(QRS_PORTABLE)
#define QRS_SSE2 1
#include <emmintrin.h>
#else
#define QRS_SSE2 0
#endif

/* Index of the lowest set bit of x, x != 0. */
#if defined(__GNUC__) && (!defined(QRS_PORTABLE) || QRS_PORTABLE < 2)
#define lowest_bit(x) ((unsigned)__builtin_ctzll(x))
#else
static inline unsigned lowest_bit(uint64_t x)
{
    unsigned n = 0;
    for (; !(x & 1); x >>= 1)
        n++;
    return n;
}
#endif

/* MARK: - Digits eight at a time
 *
 * A sequence-set is almost all digits, and a UID has up to 10 of them.  On
 * little-endian machines the digits are read eight bytes at a time (SWAR):
 * one load tells where a run of digits ends, and three multiplications turn
 * up to eight digits into their value.  Elsewhere a byte loop does the same. */
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ && \
    (!defined(QRS_PORTABLE) || QRS_PORTABLE < 2)
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

/* Bit 7 of each byte of x (from load_digits) that is not a digit.  A byte
 * is a digit when x is below 10: adding 0x76 to its low 7 bits sets bit 7
 * from 10 up, and bit 7 of x itself catches the rest. */
static QRS_INLINE uint64_t nondigit_bytes(uint64_t x)
{
    return (((x & (ONES * 0x7f)) + ONES * 0x76) | x) & (ONES * 0x80);
}

/* Value of the 8 digits of x, the first byte most significant (leading
 * zero bytes pad a shorter number). */
static QRS_INLINE uint32_t digits_value8(uint64_t x)
{
    x = (x * 10 + (x >> 8)) & 0x00ff00ff00ff00ffu;
    x = (x * 100 + (x >> 16)) & 0x0000ffff0000ffffu;
    return (uint32_t)((x * 10000 + (x >> 32)) & 0xffffffffu);
}
#endif

/* The first byte at or after p that is not a digit, or end. */
static QRS_INLINE const char *digits_end(const char *p, const char *end)
{
#if QRS_SWAR
    for (; end - p >= 8; p += 8) {
        uint64_t nondigit = nondigit_bytes(load_digits(p));
        if (nondigit)
            return p + lowest_bit(nondigit) / 8;
    }
#endif
    while (p < end && (unsigned char)(*p - '0') < 10)
        p++;
    return p;
}

/* Value of the len digits at p, a byte at a time. */
static QRS_INLINE uint64_t value_by_bytes(const char *p, size_t len)
{
    uint64_t v = 0;
    for (size_t k = 0; k < len; k++)
        v = v * 10 + (uint64_t)(p[k] - '0');
    return v;
}

/* Value of the len digits at p (1 to 10), with p[0..16) readable: for
 * reading one element at a time, where nothing before p may be readable. */
static QRS_INLINE uint64_t value_at(const char *p, size_t len)
{
#if QRS_SWAR
    /* By length: where the last (up to) 8 digits start, the shift that pads
     * fewer than 8 with leading zeros, and the weights of the first two
     * digits when there are 9 or 10.  A table, not branches: lengths come in
     * random order. */
    static const struct {
        unsigned char last8, pad, first_weight, second_weight;
    } by_len[16] = {{0, 0, 0, 0},  {0, 56, 0, 0}, {0, 48, 0, 0}, {0, 40, 0, 0}, {0, 32, 0, 0}, {0, 24, 0, 0},
                    {0, 16, 0, 0}, {0, 8, 0, 0},  {0, 0, 0, 0},  {1, 0, 1, 0},  {2, 0, 10, 1}};
    size_t i = len & 15;
    uint64_t v = digits_value8(load_digits(p + by_len[i].last8) << by_len[i].pad);
    uint64_t first = (unsigned char)(p[0] - '0'), second = (unsigned char)(p[1] - '0');
    return v + (first * by_len[i].first_weight + second * by_len[i].second_weight) * 100000000u;
#else
    return value_by_bytes(p, len);
#endif
}

/* Value of the len digits that end at s (1 to 10), with s[-16..0)
 * readable: the 16 bytes before a number's end are read whatever precedes
 * it, and the bytes that are not its own masked off, so that where the
 * number starts is needed only to know its length. */
static QRS_INLINE uint64_t value_before(const char *s, size_t len)
{
#if QRS_SWAR
    /* By length, which of the 16 bytes (the 8 before the last 8, then the
     * last 8) belong to the number. */
    static const struct {
        uint64_t before, last8;
    } keep[16] = {{0, 0},
                  {0, 0xff00000000000000u},
                  {0, 0xffff000000000000u},
                  {0, 0xffffff0000000000u},
                  {0, 0xffffffff00000000u},
                  {0, 0xffffffffff000000u},
                  {0, 0xffffffffffff0000u},
                  {0, 0xffffffffffffff00u},
                  {0, 0xffffffffffffffffu},
                  {0xff00000000000000u, 0xffffffffffffffffu},
                  {0xffff000000000000u, 0xffffffffffffffffu}};
    size_t i = len & 15; /* a valid number has at most 10 digits */
#if QRS_SSE2
    /* 4 digits in each 32-bit lane: the even bytes weighed 1000 and 10,
     * the odd ones 100 and 1; then 8 digits in each 64-bit lane. */
    __m128i x, k;
    memcpy(&x, s - 16, sizeof x);
    memcpy(&k, &keep[i], sizeof k);
    x = _mm_and_si128(_mm_sub_epi8(x, _mm_set1_epi8('0')), k);
    x = _mm_add_epi32(_mm_madd_epi16(_mm_and_si128(x, _mm_set1_epi16(0xff)), _mm_set1_epi32(10 << 16 | 1000)),
                      _mm_madd_epi16(_mm_srli_epi16(x, 8), _mm_set1_epi32(1 << 16 | 100)));
    x = _mm_add_epi64(_mm_mul_epu32(x, _mm_set1_epi32(10000)), _mm_srli_epi64(x, 32));
    uint64_t head = (uint64_t)_mm_cvtsi128_si64(x), last8 = (uint64_t)_mm_cvtsi128_si64(_mm_unpackhi_epi64(x, x));
    return head * 100000000u + last8;
#else
    uint64_t head = load_digits(s - 16) & keep[i].before;
    head = ((head * 10 + (head >> 8)) >> 48) & 0xff; /* its top two bytes, as a two-digit number */
    return digits_value8(load_digits(s - 8) & keep[i].last8) + head * 100000000u;
#endif
#else
    return value_by_bytes(s - len, len);
#endif
}

/* MARK: - Where the separators are, 64 bytes at a time
 *
 * Reading a set number by number makes a chain: where a number starts
 * depends on where the one before it ended.  A mask of the non-digit bytes
 * of a 64-byte block breaks the chain: each separator's position comes from
 * the mask in one step, and the numbers between them are handled
 * independently.  Both the lexer's check and the iterator walk sets so. */
#define BLOCK 64

#if QRS_SSE2
/* Bit i set when p[i] is a digit, for i < 16. */
static QRS_INLINE uint64_t digits16(const char *p)
{
    /* '0'..'9' plus 0x50 become 0x80..0x89, the 10 lowest signed bytes. */
    __m128i v;
    memcpy(&v, p, sizeof v);
    v = _mm_cmpgt_epi8(_mm_set1_epi8(-118), _mm_add_epi8(v, _mm_set1_epi8(0x50)));
    return (uint64_t)(unsigned)_mm_movemask_epi8(v);
}
#endif

/* Bit i set when b[i] is not a digit, for i < n <= 64; reads only b[0..n). */
static QRS_INLINE uint64_t nondigit_mask(const char *b, size_t n)
{
    uint64_t mask = 0;
#if QRS_SSE2
    if (n == BLOCK) /* written out: GCC keeps a loop, with a shift by a variable */
        return ~(digits16(b) | digits16(b + 16) << 16 | digits16(b + 32) << 32 | digits16(b + 48) << 48);
#endif
#if QRS_SWAR
    if (n >= 8) {
        /* Words of 8 bytes, the last one ending at b + n (it may overlap the
         * one before; the bits it repeats are the same). */
        for (size_t i = 0;; i += 8) {
            size_t at = i + 8 <= n ? i : n - 8;
            uint64_t nondigit = nondigit_bytes(load_digits(b + at)) >> 7;
            mask |= (nondigit * 0x0102040810204080u) >> 56 << at; /* bit 0 of each byte, gathered */
            if (at + 8 == n)
                return mask;
        }
    }
#endif
    for (size_t i = 0; i < n; i++)
        mask |= (uint64_t)((unsigned char)(b[i] - '0') >= 10) << i;
    return mask;
}

/* Non-digit mask of the block at b (bit i for b[i]), for the bytes before
 * hi; [lo, hi) is readable.  Bits at and past hi are clear.  The last,
 * partial block is read as the 64 bytes ending at hi when there are that
 * many, so that it costs what a whole block costs. */
static QRS_INLINE uint64_t block_nondigits(const char *b, const char *lo, const char *hi)
{
    size_t n = (size_t)(hi - b);
    if (n >= BLOCK)
        return nondigit_mask(b, BLOCK);
    if (hi - lo >= BLOCK)
        return nondigit_mask(hi - BLOCK, BLOCK) >> (BLOCK - n);
    return nondigit_mask(b, n);
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

/* MARK: - The lexer's check of a whole set
 *
 * The lexer finds where a set ends and checks all of its syntax in the same
 * pass, separator by separator from the blocks' masks; within a block, no
 * branch depends on the digits or separators of a valid set.  Anything it
 * refuses goes to qrs_seqset_check's element loop, which says what and
 * where.  Numbers are converted only when the set is read
 * (qrs_seqset_next_n), and the order some sets must have is checked by the
 * element loop too. */

/* The 10 digits at q spell a number above 4294967295 (never reads past them). */
static QRS_INLINE int above_uint32(const char *q)
{
#if QRS_SWAR
    /* The first 8 digits, most significant byte first, against "42949672". */
    uint64_t head;
    memcpy(&head, q, sizeof head);
    head = __builtin_bswap64(head);
    if (head != 0x3432393439363732u)
        return head > 0x3432393439363732u;
    return (q[8] - '0') * 10 + (q[9] - '0') > 95;
#else
    static const char limit[] = "4294967295";
    for (unsigned i = 0; i < 10; i++)
        if (q[i] != limit[i])
            return q[i] > limit[i];
    return 0;
#endif
}

/* abnf: seq-number nz-number
 * 1 unless the token [p, p + len) is a number from 1 to 4294967295 without
 * a leading 0, or a '*' (which the caller found alone).  Reads p[0] only
 * when len > 0. */
static QRS_INLINE unsigned token_bad(const char *p, size_t len)
{
    if (len - 1 >= 10) /* none, or more than 10 digits */
        return 1;
    unsigned first = (unsigned char)*p, bad = first == '0';
    /* Only 10 digits starting with 4 to 9 can be above 4294967295.  One
     * comparison (len is at most 10 here): two would be a branch on the
     * length, which is as random as the data. */
    if (len * 256 + first >= 10 * 256 + '4')
        bad |= (unsigned)above_uint32(p);
    return bad;
}

/* 1 for ',', 2 for ':', 0 for every other byte. */
static const unsigned char separator_kind[256] = {[','] = 1, [':'] = 2};

/* abnf: sequence-set seq-range seq-number */
int qrs_scan_set(const char *lo, const char *start, const char *lim, const char **set_end, uint64_t *elements,
                 uint32_t *flags)
{
    const char *p = start, *s = lim; /* p: where the current token starts */
    uint64_t commas = 0;
    unsigned bad = 0, after_colon = 0, star = 0;
    for (const char *b = start; b < lim; b += BLOCK) {
        for (uint64_t m = block_nondigits(b, lo, lim); m; m &= m - 1) {
            s = b + lowest_bit(m);
            /* One load and one test for "neither ',' nor ':'": two tests
             * would be a branch on ':', which is as random as the data. */
            unsigned kind = separator_kind[(unsigned char)*s], colon = kind >> 1, comma = kind & 1;
            if (!kind) {
                if (*s != '*')
                    goto done; /* the set ends at s */
                /* A '*' alone in its token: first in it, no digit after it.
                 * The token then ends at the next separator, as a one-byte
                 * token that token_bad accepts. */
                bad |= (s != p) | (s + 1 < lim && (unsigned char)(s[1] - '0') < 10);
                star = 1;
                continue;
            }
            bad |= token_bad(p, (size_t)(s - p));
            bad |= colon & after_colon; /* seq-range: one ':' per element */
            after_colon = colon;
            commas += comma;
            p = s + 1;
        }
    }
    s = lim;
done:
    bad |= token_bad(p, (size_t)(s - p));
    if (bad)
        return 0;
    *set_end = s;
    *elements = commas + 1;
    *flags = star ? QRS_SET_HAS_STAR : 0;
    return 1;
}

int qrs_lex_number_or_set(qrs_ctx *ctx)
{
    const char *start = ctx->cur, *end = ctx->lim, *p = start;
    /* Where a word may end: at the input's end, a byte no word has, or, inside
     * a response code, at the ']' that closes it (as the general rule cuts it). */
#define WORD_ENDS_AT(q) ((q) == end || !is_word_char((unsigned char)*(q)) || \
                         (ctx->mode == QRS_LEX_CODE && *(q) == ']'))
    if ((unsigned char)(*p - '0') < 10) {
        /* number: any length, any value; its rule checks it. */
        const char *q = digits_end(p, end);
        if (WORD_ENDS_AT(q)) {
            ctx->cur = q;
            return QRS_WORD_NUMBER;
        }
        if (*q != ':' && *q != ',')
            return 0;
    }
    uint64_t elements;
    uint32_t flags;
    if (!qrs_scan_set(ctx->base, start, end, &p, &elements, &flags) || elements > ctx->max_set_elements)
        return 0;
    if (!WORD_ENDS_AT(p))
        return 0;
#undef WORD_ENDS_AT
    ctx->scanned.start = (size_t)(start - ctx->base);
    ctx->scanned.end = (size_t)(p - ctx->base);
    ctx->scanned_elements = (uint32_t)elements;
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
        !(checks & QRS_SETCHK_ASCENDING)) {
        out->text.ptr = p;
        out->text.len = loc.end - loc.start;
        out->elements = ctx->scanned_elements;
        out->flags = ctx->scanned_flags;
        return 1;
    }
    uint32_t elements = 0, flags = 0;
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
            flags |= QRS_SET_HAS_STAR;
        if ((checks & QRS_SETCHK_ASCENDING) && (lo > hi || lo <= prev_high))
            return qrs_fail(ctx, QRS_E_NOT_ASCENDING, (size_t)(elem - ctx->base), rule,
                            lo > hi ? "range written high:low in a set that must ascend"
                                    : "element not above the previous one in a set that must ascend");
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

/* MARK: - The iterator */

/* What the iterator carries from one token to the next. */
typedef struct set_walk {
    qrs_range *out;
    size_t k;         /* elements complete in out[] */
    uint32_t first;   /* value before the ':' of the range being read */
    int first_star;
    int in_range;
} set_walk;

/* Account for a token (its value, or '*'), followed by a ':' (colon 1) or
 * not.  Whether an element is a range is as random as the data, so the
 * element is written to out[k] either way, and k moves on only when it is
 * complete. */
static QRS_INLINE void walk_step(set_walk *w, uint32_t value, int star, int colon)
{
    qrs_range r;
    r.first = w->in_range ? w->first : value;
    r.first_star = w->in_range ? w->first_star : star;
    r.last = value;
    r.last_star = star;
    r.is_range = w->in_range;
    w->out[w->k] = r;
    w->k += !colon;
    w->first = r.first;
    w->first_star = r.first_star;
    w->in_range = colon;
}

/* The text was validated when the set was parsed, so reading is plain.
 * Stops after n elements.  Bytes before it->cur are not read: where the
 * set starts is not known here. */
static QRS_INLINE size_t walk(qrs_seqset_iter *it, qrs_range *out, size_t n)
{
    /* Locals, stored once at the end: out might alias it, and every store
     * through it would otherwise make the compiler read it->end again. */
    const char *p = it->cur, *end = it->end, *lo = p;
    set_walk w = {out, 0, 0, 0, 0};
    if (!p || !n || p == end)
        return 0;
    if (n == 1 && end - p >= 32) {
        /* One element (at most 21 bytes) of a set with more to come: its
         * token or two are read forward, each finding its own end, with 16
         * bytes readable after each start.  A block's mask and window would
         * cost more than the element. */
        do {
            int star = *p == '*';
            const char *s = star ? p + 1 : digits_end(p, end);
            walk_step(&w, star ? 0 : (uint32_t)value_at(p, (size_t)(s - p)), star, *s == ':');
            p = s + 1; /* s < end: an element has at most 21 bytes */
        } while (!w.k);
        goto done;
    }
    /* A number is read from the 16 bytes before its end, but bytes before
     * lo are not to be read: the first block's numbers are read from a copy
     * of its bytes behind 16 zeros. */
    char window[16 + BLOCK];
    memset(window, '0', 16);
    if (end - lo >= BLOCK)
        memcpy(window + 16, lo, BLOCK);
    else
        memcpy(window + 16, lo, (size_t)(end - lo));
    int star = 0; /* the current token is '*' */
    for (const char *b = p; b < end; b += BLOCK) {
        const char *bytes = b == lo ? window + 16 : b; /* where the numbers are read */
        for (uint64_t m = block_nondigits(b, lo, end); m; m &= m - 1) {
            unsigned at = lowest_bit(m);
            const char *s = b + at;
            if (*s == '*') {
                star = 1; /* its token ends at the next separator, right after it */
                continue;
            }
            walk_step(&w, star ? 0 : (uint32_t)value_before(bytes + at, (size_t)(s - p)), star, *s == ':');
            star = 0;
            p = s + 1;
            if (w.k == n)
                goto done;
        }
    }
    /* The last token, which ends the set (a set never ends in a separator). */
    const char *from = end - lo < 16 ? window + 16 + (end - lo) : end;
    walk_step(&w, star ? 0 : (uint32_t)value_before(from, (size_t)(end - p)), star, 0);
    p = end;
done:
    it->cur = p;
    return w.k;
}

int qrs_seqset_next(qrs_seqset_iter *it, qrs_range *out)
{
    return walk(it, out, 1) != 0;
}

size_t qrs_seqset_next_n(qrs_seqset_iter *it, qrs_range *out, size_t n)
{
    return walk(it, out, n);
}

int qrs_seqset_ascends(const qrs_seqset *set)
{
    qrs_seqset_iter it;
    qrs_range r[64];
    uint64_t prev_high = 0; /* 0: nothing yet; every value is at least 1 */
    size_t n;
    if (set->flags & QRS_SET_HAS_STAR)
        return 0;
    qrs_seqset_iter_init(&it, set);
    while ((n = walk(&it, r, sizeof r / sizeof r[0])) != 0)
        for (size_t i = 0; i < n; i++) {
            if (r[i].first > r[i].last || r[i].first <= prev_high)
                return 0;
            prev_high = r[i].last;
        }
    return 1;
}
