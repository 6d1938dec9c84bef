/*
 * seqset.c - sequence-sets kept as validated text (O(1) memory whatever their
 * size) and read lazily.  A set is never expanded: every check here is one
 * pass over the elements, and '*' is kept apart from 4294967295.
 */
#include <string.h>

#include "internal.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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
    int leading_zero; /* the digits start with 0 */
} set_token;

#if QRS_SWAR
/* Value of the len digits at p, with 16 bytes readable at p: right for len
 * 1 to 10, which is all a valid number has. */
static QRS_INLINE uint64_t digits_value(const char *p, size_t len)
{
    uint64_t x = load_digits(p);
    if (len <= 8)
        return digits_value8(x << ((64 - 8 * len) & 63)); /* leading zero bytes pad it to 8 */
    uint64_t v = digits_value8(x), d8 = (unsigned char)(p[8] - '0'), d9 = (unsigned char)(p[9] - '0');
    return len == 9 ? v * 10 + d8 : v * 100 + d8 * 10 + d9;
}

/* The len digits at p (no '*'), p + 16 <= end: the block scan below already
 * knows where they end. */
static QRS_INLINE set_token token_of_length(const char *p, size_t len)
{
    set_token t;
    t.len = len;
    t.star = 0;
    t.leading_zero = *p == '0';
    t.value = digits_value(p, len);
    return t;
}
#endif

/* The token at p, p < end, finding its end.  Never reads at or past end. */
static QRS_INLINE set_token read_token(const char *p, const char *end)
{
    set_token t;
    t.star = *p == '*';
    t.leading_zero = *p == '0';
#if QRS_SWAR
    if (end - p >= 16) {
        unsigned head = digit_run(load_digits(p));
        t.len = head < 8 ? head : 8 + digit_run(load_digits(p + 8));
        t.value = t.star ? 0 : digits_value(p, t.len);
        t.len = t.star ? 1 : t.len;
        return t;
    }
#endif
    uint64_t v = 0; /* wraps on a long run, whose length alone makes it invalid */
    const char *q = p;
    for (; q < end && (unsigned char)(*q - '0') < 10; q++)
        v = v * 10 + (uint64_t)(*q - '0');
    t.len = t.star ? 1 : (size_t)(q - p);
    t.value = v;
    return t;
}

/* MARK: - Finding separators 64 bytes at a time
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
#if defined(__SSE2__)
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
        uint64_t x = load_digits(b + i);
        uint64_t nondigit = ((((x & (ONES * 0x7f)) + ONES * 0x76) | x) & (ONES * 0x80)) >> 7;
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

/* MARK: - The lexer's scan of a whole set */

/* What the scan knows after each token. */
typedef struct set_scan {
    uint64_t first;     /* value before the ':' of the range being read */
    uint64_t prev_high; /* last value of the element before */
    uint64_t elements;
    unsigned bad;       /* a rule failed somewhere: the general rule will say where */
    unsigned in_range;  /* a ':' came before this token */
    unsigned ascending, has_star;
} set_scan;

/* Account for token t, followed by a ':' (colon 1) or not.  No branch: each
 * failed rule only sets bad. */
static QRS_INLINE void scan_step(set_scan *s, set_token t, unsigned colon)
{
    unsigned done = !colon;
    /* 1 to 10 digits (or '*'), no leading 0, at most 4294967295, one ':' per element. */
    s->bad |= ((size_t)(t.len - 1) >= 10) | (unsigned)t.leading_zero | (t.value > UINT32_MAX) | (colon & s->in_range);
    /* The order rules of qrs_seqset_check; a '*' anywhere clears the flag at the end. */
    uint64_t low = s->in_range ? s->first : t.value;
    s->ascending &= colon | ((low <= t.value) & (low > s->prev_high));
    s->prev_high = done ? t.value : s->prev_high;
    s->has_star |= (unsigned)t.star;
    s->elements += done;
    s->first = low;
    s->in_range = colon;
}

/* Scan the set at *p (< end) up to the first byte that cannot continue it,
 * left in *p.  Returns 0 when the set ends in a separator. */
static int scan_set(set_scan *s, const char **pp, const char *end)
{
    const char *p = *pp;
#if QRS_BLOCKS
    /* Whole blocks: only numbers followed by ':' or ','; the set's end, a
     * '*' and whatever else is left to the token loop below. */
    for (const char *b = p; end - b >= BLOCK + BLOCK_SLACK; b += BLOCK) {
        for (uint64_t m = nondigit_mask(b); m; m &= m - 1) {
            const char *sep = b + __builtin_ctzll(m);
            if (*sep != ':' && *sep != ',')
                goto tokens;
            scan_step(s, token_of_length(p, (size_t)(sep - p)), *sep == ':');
            p = sep + 1;
        }
    }
tokens:
#endif
    for (;;) {
        set_token t = read_token(p, end);
        const char *q = p + t.len;
        char sep = q < end ? *q : 0;
        scan_step(s, t, sep == ':');
        if (sep != ':' && sep != ',') {
            *pp = q;
            return 1;
        }
        p = q + 1;
        if (p == end)
            return 0;
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
    set_scan s = {0, 0, 0, 0, 0, 1, 0};
    if (!scan_set(&s, &p, end))
        return 0;
    if (s.bad || s.elements > ctx->max_set_elements)
        return 0;
    uint32_t flags = s.has_star ? QRS_SET_HAS_STAR : s.ascending ? QRS_SET_ASCENDING : 0;
    if (!WORD_ENDS_AT(p))
        return 0;
#undef WORD_ENDS_AT
    ctx->scanned.start = (size_t)(start - ctx->base);
    ctx->scanned.end = (size_t)(p - ctx->base);
    ctx->scanned_elements = (uint32_t)s.elements;
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
 * same two loops as scan_set, with no checks, stopping after n elements. */
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
            const char *sep = b + __builtin_ctzll(m);
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
