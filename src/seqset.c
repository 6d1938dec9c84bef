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
#if defined(__SSE2__) && !defined(QRS_PORTABLE)
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

/* MARK: - Reading digits eight at a time (the iterator)
 *
 * A sequence-set is almost all digits, and a UID has up to 10 of them.  On
 * little-endian machines the digits are read eight bytes at a time (SWAR):
 * one load finds where the run ends, and three multiplications turn up to
 * eight digits into their value, so the time per number barely depends on
 * its length.  Elsewhere (and within 16 bytes of the end, which is never
 * read past) a byte loop does the same. */
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

/* How many of the 8 bytes in x (from load_digits) are digits before the first non-digit. */
static QRS_INLINE unsigned digit_run(uint64_t x)
{
    uint64_t nondigit = nondigit_bytes(x);
    return nondigit ? lowest_bit(nondigit) / 8 : 8;
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

/* One value of a set as written: a run of digits or '*'. */
typedef struct set_token {
    uint64_t value;   /* the digits' value when there are 1 to 10 of them (otherwise any); 0 for '*' */
    size_t len;       /* bytes it takes: the digits, 1 for '*', 0 when p holds neither */
    int star;
} set_token;

#if QRS_SWAR
/* Value of the len digits at p, with 16 bytes readable at p: right for len
 * 1 to 10, which is all a valid number has. */
static QRS_INLINE uint64_t digits_value(const char *p, size_t len)
{
    /* By length: where the last (up to) 8 digits start, the shift that pads
     * fewer than 8 with leading zeros, and the weights of the first two
     * digits when there are 9 or 10.  Tables instead of branches: in a set in
     * random order the lengths come in random order too. */
    static const struct {
        unsigned char last8, pad, first_weight, second_weight;
    } by_len[16] = {{0, 0, 0, 0},  {0, 56, 0, 0}, {0, 48, 0, 0}, {0, 40, 0, 0}, {0, 32, 0, 0}, {0, 24, 0, 0},
                    {0, 16, 0, 0}, {0, 8, 0, 0},  {0, 0, 0, 0},  {1, 0, 1, 0},  {2, 0, 10, 1}};
    size_t i = len & 15; /* a valid number has at most 10 digits */
    uint64_t v = digits_value8(load_digits(p + by_len[i].last8) << by_len[i].pad);
    uint64_t first = (unsigned char)(p[0] - '0'), second = (unsigned char)(p[1] - '0');
    return v + (first * by_len[i].first_weight + second * by_len[i].second_weight) * 100000000u;
}

/* The len digits at p (no '*'), p + 16 <= end: the block scan below already
 * knows where they end. */
static QRS_INLINE set_token token_of_length(const char *p, size_t len)
{
    set_token t;
    t.len = len;
    t.star = 0;
    t.value = digits_value(p, len);
    return t;
}
#endif

/* The token of a validated set at p, p < end, finding its end.  Never reads
 * at or past end. */
static QRS_INLINE set_token read_token(const char *p, const char *end)
{
    set_token t;
    t.star = *p == '*';
#if QRS_SWAR
    if (end - p >= 16) {
        unsigned head = digit_run(load_digits(p));
        t.len = head < 8 ? head : 8 + digit_run(load_digits(p + 8));
        t.value = t.star ? 0 : digits_value(p, t.len);
        t.len = t.star ? 1 : t.len;
        return t;
    }
#endif
    uint64_t v = 0; /* the text was validated: at most 10 digits */
    const char *q = p;
    for (; q < end && (unsigned char)(*q - '0') < 10; q++)
        v = v * 10 + (uint64_t)(*q - '0');
    t.len = t.star ? 1 : (size_t)(q - p);
    t.value = v;
    return t;
}

/* MARK: - Finding separators 64 bytes at a time (the iterator)
 *
 * Reading a set token by token makes a chain: where a number starts depends
 * on where the one before it ended, and finding that takes a load and a few
 * dependent steps per number.  A mask of the non-digit bytes of a 64-byte
 * block breaks the chain: each separator's position comes from the mask in
 * one step, and the numbers between them convert independently. */
#if QRS_SWAR
#define QRS_BLOCKS 1
#define BLOCK 64
/* A block is used only with BLOCK_SLACK more bytes after it, so that the
 * 16-byte read of a number starting at its last byte stays before the end. */
#define BLOCK_SLACK 16

/* Bit i set when b[i] is not a digit, for i in 0..63. */
static QRS_INLINE uint64_t nondigit_mask(const char *b)
{
    uint64_t mask = 0;
#if QRS_SSE2
    /* '0'..'9' plus 0x50 become 0x80..0x89, the 10 lowest signed bytes. */
    const __m128i shift = _mm_set1_epi8(0x50), highest_digit = _mm_set1_epi8(-119);
    for (unsigned i = 0; i < BLOCK; i += 16) {
        __m128i v;
        memcpy(&v, b + i, sizeof v);
        v = _mm_cmpgt_epi8(_mm_add_epi8(v, shift), highest_digit);
        mask |= (uint64_t)(unsigned)_mm_movemask_epi8(v) << i;
    }
#else
    for (unsigned i = 0; i < BLOCK; i += 8) {
        uint64_t nondigit = nondigit_bytes(load_digits(b + i)) >> 7;
        mask |= (nondigit * 0x0102040810204080u) >> 56 << i; /* bit 0 of each byte, gathered */
    }
#endif
    return mask;
}

#else
#define QRS_BLOCKS 0
#endif

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

/* MARK: - The lexer's check of a whole set, 64 bytes at a time
 *
 * Every syntax rule of a sequence-set is a relation between neighbouring
 * bytes, so it can be checked on bit masks of a 64-byte block (bit i for
 * byte i) with no work per number: a separator after a value, a '*' alone
 * between separators, no leading 0, at most 10 digits, one ':' per element.
 * Only a 10-digit number starting with 4 to 9 is compared with 4294967295.
 * Masks of the block before carry what reaches across.  The numbers
 * themselves are converted only when the set is read (qrs_seqset_next_n),
 * and the order the grammar asks of some sets is checked by
 * qrs_seqset_check's element loop. */
#define CHECK_BLOCK 64

/* Classes of the bytes of one block: bit i for byte i. */
typedef struct block_masks {
    uint64_t digit, colon, comma, star, zero;
    uint64_t high; /* digits 4 to 9 */
} block_masks;

static QRS_INLINE block_masks classify_block(const char *b)
{
    block_masks k = {0, 0, 0, 0, 0, 0};
#if QRS_SSE2
    /* Plus 0x50, '0'..'9' become the 10 lowest signed bytes, -128..-119. */
    const __m128i shift = _mm_set1_epi8(0x50), above_digits = _mm_set1_epi8(-118),
                  below_four = _mm_set1_epi8(-125);
    for (unsigned i = 0; i < CHECK_BLOCK; i += 16) {
        __m128i v, s;
        memcpy(&v, b + i, sizeof v);
        s = _mm_add_epi8(v, shift);
        __m128i digit = _mm_cmpgt_epi8(above_digits, s);
        k.digit |= (uint64_t)(unsigned)_mm_movemask_epi8(digit) << i;
        k.high |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_and_si128(digit, _mm_cmpgt_epi8(s, below_four))) << i;
        k.colon |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(':'))) << i;
        k.comma |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(','))) << i;
        k.star |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('*'))) << i;
        k.zero |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('0'))) << i;
    }
#else
    for (unsigned i = 0; i < CHECK_BLOCK; i++) {
        unsigned char c = (unsigned char)b[i];
        uint64_t bit = (uint64_t)1 << i;
        k.digit |= (unsigned char)(c - '0') < 10 ? bit : 0;
        k.high |= (unsigned char)(c - '4') < 6 ? bit : 0;
        k.colon |= c == ':' ? bit : 0;
        k.comma |= c == ',' ? bit : 0;
        k.star |= c == '*' ? bit : 0;
        k.zero |= c == '0' ? bit : 0;
    }
#endif
    return k;
}

/* Set bits in x.  Without a popcount instruction in the baseline, GCC's
 * builtin is a library call, which costs twice this. */
static QRS_INLINE uint64_t count_bits(uint64_t x)
{
    x -= (x >> 1) & 0x5555555555555555u;
    x = (x & 0x3333333333333333u) + ((x >> 2) & 0x3333333333333333u);
    x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0fu;
    return (x * 0x0101010101010101u) >> 56;
}

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

/* What the check carries from one block to the next. */
typedef struct set_check {
    uint64_t prev_digit, prev_high; /* the block before's masks, for windows reaching back */
    uint64_t bad;                   /* a rule failed somewhere: the general rule will say where */
    uint64_t commas;
    unsigned after_value;  /* the byte before the block is a digit or '*' */
    unsigned after_sep;    /* ... a separator, or the block starts the set */
    unsigned after_star, after_digit, after_colon;
    unsigned carry;        /* of the addition that finds where a range's second value ends */
    unsigned star;
} set_check;

/* Check one block from its masks k, whose bits under `in` belong to the
 * set.  `text` is where the block's bytes are in the input (the masks may
 * come from a padded copy). */
static QRS_INLINE void check_block(set_check *c, const block_masks *k, uint64_t in, const char *text)
{
    uint64_t digit = k->digit & in, colon = k->colon & in, comma = k->comma & in, star = k->star & in;
    uint64_t sep = colon | comma, value = digit | star;
    uint64_t before_value = (value << 1) | c->after_value, before_sep = (sep << 1) | c->after_sep;
    uint64_t before_star = (star << 1) | c->after_star, before_digit = (digit << 1) | c->after_digit;
    /* seq-number (RFC 3501): nz-number / "*", between separators. */
    c->bad |= sep & ~before_value;                /* ",,", ":,", a separator first */
    c->bad |= star & ~before_sep;                 /* "5*", "**" */
    c->bad |= value & before_star;                /* "*5", "**" */
    c->bad |= k->zero & in & ~before_digit;       /* nz-number: no leading 0, not 0 */
    /* At most 10 digits: a digit with 10 digits before it is the 11th of a
     * number; one with 9 before it ends a 10-digit number. */
#define DIGIT_BACK(j) ((digit << (j)) | (c->prev_digit >> (64 - (j)))) /* the byte j before is a digit */
    uint64_t nine = digit & DIGIT_BACK(1) & DIGIT_BACK(2) & DIGIT_BACK(3) & DIGIT_BACK(4) & DIGIT_BACK(5) &
                    DIGIT_BACK(6) & DIGIT_BACK(7) & DIGIT_BACK(8) & DIGIT_BACK(9);
    c->bad |= nine & DIGIT_BACK(10);
#undef DIGIT_BACK
    /* A 10-digit number is above 4294967295 only if it starts with 4 to 9. */
    for (uint64_t m = nine & ((k->high << 9) | (c->prev_high >> 55)); m; m &= m - 1)
        c->bad |= (unsigned)above_uint32(text + lowest_bit(m) - 9);
    /* seq-range: one ':' per element.  Adding the bit after each ':' to the
     * value bytes carries it to the end of the value that follows, which must
     * not be another ':'. */
    uint64_t after_colon = (colon << 1) | c->after_colon, ends = after_colon + value;
    unsigned carry = ends < after_colon;
    ends += c->carry;
    carry |= ends < c->carry;
    c->bad |= ends & ~value & colon;
    c->carry = carry;
    c->commas += count_bits(comma);
    c->star |= star != 0;
    c->after_value = (unsigned)(value >> 63);
    c->after_sep = (unsigned)(sep >> 63);
    c->after_star = (unsigned)(star >> 63);
    c->after_digit = (unsigned)(digit >> 63);
    c->after_colon = (unsigned)(colon >> 63);
    c->prev_digit = digit;
    c->prev_high = k->high & in;
}

/* Check the set at start (< end, a digit or '*') up to the first byte that
 * cannot continue it, returned in *set_end.  Returns 0 for anything
 * qrs_seqset_check would refuse. */
static int check_set(const char *start, const char *end, const char **set_end, uint64_t *elements, int *has_star)
{
    set_check c = {0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0};
    const char *b = start;
    for (;;) {
        char copy[CHECK_BLOCK];
        const char *bytes = b;
        if (end - b < CHECK_BLOCK) {
            /* The last bytes, padded with spaces: a space ends a set. */
            memset(copy, ' ', sizeof copy);
            memcpy(copy, b, (size_t)(end - b));
            bytes = copy;
        }
        block_masks k = classify_block(bytes);
        uint64_t other = ~(k.digit | k.colon | k.comma | k.star);
        if (other) {
            unsigned at = lowest_bit(other);
            uint64_t in = ((uint64_t)1 << at) - 1; /* at < 64 */
            check_block(&c, &k, in, b);
            /* The set must not end in a separator. */
            unsigned last_sep = at ? (unsigned)(((k.colon | k.comma) >> (at - 1)) & 1) : c.after_sep;
            if (c.bad || last_sep || (at == 0 && b == start))
                return 0;
            *set_end = b + at;
            *elements = c.commas + 1;
            *has_star = (int)c.star;
            return 1;
        }
        check_block(&c, &k, ~(uint64_t)0, b);
        b += CHECK_BLOCK;
    }
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
    uint64_t elements;
    int has_star;
    if (!check_set(start, end, &p, &elements, &has_star) || elements > ctx->max_set_elements)
        return 0;
    if (!WORD_ENDS_AT(p))
        return 0;
#undef WORD_ENDS_AT
    ctx->scanned.start = (size_t)(start - ctx->base);
    ctx->scanned.end = (size_t)(p - ctx->base);
    ctx->scanned_elements = (uint32_t)elements;
    ctx->scanned_flags = has_star ? QRS_SET_HAS_STAR : 0;
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

/* What the iterator carries from one token to the next. */
typedef struct set_walk {
    qrs_range *out;
    size_t k;         /* elements complete in out[] */
    uint32_t first;   /* value before the ':' of the range being read */
    int first_star;
    int in_range;
} set_walk;

/* Account for token t, followed by a ':' (colon 1) or not.  Whether an
 * element is a range is as random as the data, so the element is written to
 * out[k] either way, and k moves on only when it is complete. */
static QRS_INLINE void walk_step(set_walk *w, set_token t, int colon)
{
    qrs_range r;
    r.first = w->in_range ? w->first : (uint32_t)t.value;
    r.first_star = w->in_range ? w->first_star : t.star;
    r.last = (uint32_t)t.value;
    r.last_star = t.star;
    r.is_range = w->in_range;
    w->out[w->k] = r;
    w->k += !colon;
    w->first = r.first;
    w->first_star = r.first_star;
    w->in_range = colon;
}

/* The text was validated when the set was parsed, so reading is plain: the
 * separators of whole blocks from a mask, then a token loop for the last
 * bytes (which it never reads past) and any '*'; stops after n elements. */
static QRS_INLINE size_t walk(qrs_seqset_iter *it, qrs_range *out, size_t n)
{
    /* Locals, stored once at the end: out might alias it, and every store
     * through it would otherwise make the compiler read it->end again. */
    const char *p = it->cur, *end = it->end;
    set_walk w = {out, 0, 0, 0, 0};
    if (!p || !n)
        return 0;
#if QRS_BLOCKS
    /* Inside the set every non-digit is a separator or a '*'.  One element
     * at a time is left to the token loop: a block's mask costs more. */
    for (const char *b = p; n > 1 && end - b >= BLOCK + BLOCK_SLACK; b += BLOCK) {
        for (uint64_t m = nondigit_mask(b); m; m &= m - 1) {
            const char *sep = b + lowest_bit(m);
            if (*sep == '*')
                goto tokens;
            walk_step(&w, token_of_length(p, (size_t)(sep - p)), *sep == ':');
            p = sep + 1;
            if (w.k == n)
                goto done;
        }
    }
tokens:
#endif
    while (w.k < n && p < end) {
        set_token t = read_token(p, end);
        const char *q = p + t.len;
        walk_step(&w, t, q < end && *q == ':');
        p = q + (q < end);
    }
#if QRS_BLOCKS
done:
#endif
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
