/*
 * test_seqset_scan.c - the fast set reader against a plain model.
 *
 * src/seqset.c reads a sequence-set from masks of 64-byte blocks (the
 * parse's check and the iterator, whose first block comes from a padded copy
 * and whose last partial block is read as the 64 bytes ending at the set's
 * end), and with the element loop that reports errors.  Here thousands of
 * random sets, long and short, valid and damaged, go through the public API
 * in three positions (a bare fragment, a VANISHED line, a UID FETCH command)
 * and every verdict, element count, flag and element read back must equal
 * the model's.  Every input sits against a guard page, so a read past a
 * set's end faults.
 */
#include "support.h"

/* sequence-set (RFC 3501 section 9) read the obvious way: elements
 * separated by ',', each seq-number or seq-number ':' seq-number, a
 * seq-number being '*' or an nz-number (no leading 0, at most 4294967295). */
typedef struct model_set {
    int valid;
    size_t n;
    qrs_range elem[4096];
    uint32_t flags;
    int ascending; /* no '*', ranges low:high, each element above the one before */
} model_set;

static int model_number(const char *s, size_t len, size_t *i, uint32_t *v, int *star)
{
    uint64_t x = 0;
    size_t start = *i;
    *star = 0;
    *v = 0;
    if (*i < len && s[*i] == '*') {
        *star = 1;
        (*i)++;
        return 1;
    }
    if (*i >= len || s[*i] < '1' || s[*i] > '9')
        return 0;
    while (*i < len && s[*i] >= '0' && s[*i] <= '9') {
        x = x * 10 + (uint64_t)(s[*i] - '0');
        if (x > UINT32_MAX || *i - start >= 10)
            return 0;
        (*i)++;
    }
    *v = (uint32_t)x;
    return 1;
}

static void model_parse(const char *s, size_t len, model_set *m)
{
    size_t i = 0;
    uint64_t prev_high = 0;
    int ascending = 1, star = 0;
    m->valid = 0;
    m->n = 0;
    for (;;) {
        qrs_range r;
        memset(&r, 0, sizeof r);
        if (!model_number(s, len, &i, &r.first, &r.first_star))
            return;
        r.last = r.first;
        r.last_star = r.first_star;
        if (i < len && s[i] == ':') {
            i++;
            r.is_range = 1;
            if (!model_number(s, len, &i, &r.last, &r.last_star))
                return;
        }
        if (m->n == sizeof m->elem / sizeof m->elem[0])
            return;
        m->elem[m->n++] = r;
        uint64_t lo = r.first_star ? UINT32_MAX : r.first, hi = r.last_star ? UINT32_MAX : r.last;
        star |= r.first_star | r.last_star;
        if (r.first_star || r.last_star || lo > hi || lo <= prev_high)
            ascending = 0;
        if (hi > prev_high)
            prev_high = hi;
        if (i == len)
            break;
        if (s[i] != ',')
            return;
        i++;
    }
    m->valid = 1;
    m->flags = star ? QRS_SET_HAS_STAR : 0u;
    m->ascending = ascending;
}

/* A small deterministic generator (xorshift64*), so a failure repeats. */
static uint64_t rng_state = 88172645463325252u;
static uint64_t rnd(void)
{
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 2685821657736338717u;
}
static uint64_t below(uint64_t n)
{
    return rnd() % n;
}

/* A number of 1 to 10 digits, or one of the values at the edges of the range. */
static size_t put_number(char *out, uint32_t *last, int ascending)
{
    static const char *const edges[] = {"4294967295", "4294967296", "9999999999", "10000000000", "1", "9",
                                        "0",          "01",         "42949672950"};
    if (!ascending && below(12) == 0) {
        const char *e = edges[below(sizeof edges / sizeof edges[0])];
        memcpy(out, e, strlen(e));
        return strlen(e);
    }
    uint64_t v;
    if (ascending) {
        /* Steps of varied size, so that lengths vary but the order holds. */
        uint64_t step = 1 + (below(3) == 0 ? below(10) : below(4) == 0 ? below(1000000) : below(100000000));
        v = (uint64_t)*last + step;
        if (v > UINT32_MAX)
            v = UINT32_MAX;
    } else {
        unsigned digits = 1 + (unsigned)below(10);
        uint64_t top = 1;
        for (unsigned d = 0; d < digits; d++)
            top *= 10;
        v = 1 + below(top - 1);
        if (v > UINT32_MAX)
            v = UINT32_MAX - below(1000);
    }
    *last = (uint32_t)v;
    return (size_t)sprintf(out, "%llu", (unsigned long long)v);
}

/* A random set of up to max_elements elements: ranges about 40%, '*' in
 * some sets, ascending in half of them. */
static size_t random_set(char *out, size_t max_elements)
{
    size_t n = 1 + below(max_elements), len = 0;
    int ascending = (int)below(2), stars = !ascending && below(4) == 0;
    uint32_t last = 0;
    for (size_t i = 0; i < n && last < UINT32_MAX - 2; i++) {
        if (i)
            out[len++] = ',';
        if (stars && below(8) == 0)
            out[len++] = '*';
        else
            len += put_number(out + len, &last, ascending);
        if (below(10) < 4) {
            out[len++] = ':';
            if (stars && below(8) == 0)
                out[len++] = '*';
            else
                len += put_number(out + len, &last, ascending);
        }
    }
    return len;
}

/* One to three byte changes (replace, insert, delete) with the bytes a set
 * is made of and two it is not.  No space: in UID FETCH a space would start
 * the next argument, which the command reads as a fetch attribute. */
static size_t damage(char *s, size_t len, size_t cap)
{
    static const char bytes[] = "0123456789:,,::**a]";
    unsigned changes = 1 + (unsigned)below(3);
    for (unsigned c = 0; c < changes; c++) {
        size_t at = len ? (size_t)below(len) : 0;
        char b = bytes[below(sizeof bytes - 1)];
        switch (below(3)) {
        case 0:
            if (len)
                s[at] = b;
            break;
        case 1:
            if (len + 1 < cap) {
                memmove(s + at + 1, s + at, len - at);
                s[at] = b;
                len++;
            }
            break;
        default:
            if (len > 1) {
                memmove(s + at, s + at + 1, len - at - 1);
                len--;
            }
            break;
        }
    }
    return len;
}

static int same_range(const qrs_range *a, const qrs_range *b)
{
    return a->first == b->first && a->last == b->last && a->first_star == b->first_star &&
           a->last_star == b->last_star && a->is_range == b->is_range;
}

/* Walk set with qrs_seqset_next(), then with qrs_seqset_next_n() in chunks of
 * random sizes (mixed with single steps), and compare with the model. */
static void check_elements(const qrs_seqset *set, const model_set *m, const char *what)
{
    qrs_seqset_iter it;
    qrs_range r, chunk[80];
    size_t i = 0;
    qrs_seqset_iter_init(&it, set);
    while (qrs_seqset_next(&it, &r)) {
        cr_assert_lt(i, m->n, "%s: more elements than %zu", what, m->n);
        cr_assert(same_range(&r, &m->elem[i]), "%s: element %zu differs", what, i);
        i++;
    }
    cr_assert_eq(i, m->n, "%s: %zu elements read, %zu written", what, i, m->n);

    qrs_seqset_iter_init(&it, set);
    i = 0;
    for (;;) {
        size_t want = 1 + (size_t)below(sizeof chunk / sizeof chunk[0]), got;
        memset(chunk, 0xa5, sizeof chunk);
        if (below(5) == 0)
            got = qrs_seqset_next(&it, chunk) ? 1 : 0, want = 1;
        else
            got = qrs_seqset_next_n(&it, chunk, want);
        cr_assert_leq(got, want, "%s: more than asked for", what);
        for (size_t k = 0; k < got; k++, i++) {
            cr_assert_lt(i, m->n, "%s: more elements than %zu (chunks)", what, m->n);
            cr_assert(same_range(&chunk[k], &m->elem[i]), "%s: element %zu differs (chunks)", what, i);
        }
        for (size_t k = got; k < sizeof chunk / sizeof chunk[0]; k++)
            cr_assert_eq(((const unsigned char *)&chunk[k])[0], 0xa5, "%s: out[%zu] written past the count", what,
                         k);
        if (got < want)
            break;
    }
    cr_assert_eq(i, m->n, "%s: %zu elements read in chunks, %zu written", what, i, m->n);
    cr_assert_eq(qrs_seqset_next_n(&it, chunk, 5), 0u, "%s: stays at the end", what);
}

static unsigned char arena_buf[1 << 14];

/* A parsed set against the model: count, flags, order and every element. */
static void check_against_model(const qrs_seqset *parsed, const model_set *m, const char *what, const char *set,
                                size_t len)
{
    cr_assert_eq(parsed->elements, m->n, "%s %.*s: elements", what, (int)len, set);
    cr_assert_eq(parsed->flags, m->flags, "%s %.*s: flags %u, model %u", what, (int)len, set, parsed->flags,
                 m->flags);
    cr_assert_eq(qrs_seqset_ascends(parsed), m->ascending, "%s %.*s: ascends", what, (int)len, set);
    check_elements(parsed, m, what);
}

/* head, the set and tail as one message, parsed from side in RFC 7162: it
 * must parse exactly when `want`, and its set (VANISHED's UIDs or FETCH's
 * set) must read as the model. */
static void check_in_line(const char *head, const char *set, size_t len, const char *tail, qrs_side side, int want,
                          const model_set *m)
{
    static char line[80000];
    size_t h = strlen(head), t = strlen(tail);
    const qrs_message *msg;
    qrs_arena a;
    qrs_error err;
    qrs_options o = opts_of(QRS_DIALECT_RFC7162, 0);
    o.side = side;
    memcpy(line, head, h);
    memcpy(line + h, set, len);
    memcpy(line + h + len, tail, t);
    guarded g = guarded_copy(line, h + len + t);
    qrs_arena_init(&a, arena_buf, sizeof arena_buf);
    qrs_code rc = qrs_parse(g.data, g.len, &o, &a, &msg, &err);
    cr_assert_eq(rc == QRS_OK, want, "%s%.*s: %s", head, (int)len, set, qrs_code_name(rc));
    if (rc == QRS_OK) {
        cr_assert(msg->kind == QRS_RESP_VANISHED || msg->kind == QRS_CMD_FETCH, "%s: parsed as another kind", head);
        check_against_model(msg->kind == QRS_RESP_VANISHED ? &msg->u.vanished.uids : &msg->u.fetch.set, m, head,
                            set, len);
    }
    guarded_free(&g);
}

static void check_one(const char *set, size_t len)
{
    static model_set m;
    model_parse(set, len, &m);

    /* A bare sequence-set: the whole input. */
    {
        qrs_fragment f;
        qrs_arena a;
        qrs_error err;
        guarded g = guarded_copy(set, len);
        qrs_arena_init(&a, arena_buf, sizeof arena_buf);
        qrs_code rc = qrs_parse_fragment(QRS_RULE_SEQUENCE_SET, g.data, g.len, NULL, &a, &f, &err);
        cr_assert_eq(rc == QRS_OK, m.valid && len > 0, "fragment %.*s: %s, model says %s", (int)len, set,
                     qrs_code_name(rc), m.valid ? "valid" : "invalid");
        if (rc == QRS_OK)
            check_against_model(&f.set, &m, "fragment", set, len);
        else
            cr_assert_leq(err.offset, len, "fragment: error offset past the input");
        guarded_free(&g);
    }
    /* VANISHED (EARLIER): known-uids, so no '*' (the parser's shortcut). */
    check_in_line("* VANISHED (EARLIER) ", set, len, "\r\n", QRS_SIDE_SERVER,
                  m.valid && len > 0 && !(m.flags & QRS_SET_HAS_STAR), &m);
    /* A command's sequence-set, read by the generated parser's lexer. */
    check_in_line("A1 UID FETCH ", set, len, " (FLAGS)\r\n", QRS_SIDE_CLIENT, m.valid && len > 0, &m);
}

Test(seqset_scan, random_sets_read_as_the_model_reads_them)
{
    static char set[70000];
    unsigned valid = 0, long_sets = 0;
    for (unsigned round = 0; round < 3000; round++) {
        /* Mostly sets long enough for the 64-byte blocks, some short ones. */
        size_t max_elements = round % 4 == 0 ? 8 : round % 4 == 1 ? 60 : 600;
        size_t len = random_set(set, max_elements);
        if (below(2))
            len = damage(set, len, sizeof set);
        model_set m;
        model_parse(set, len, &m);
        valid += m.valid;
        long_sets += len >= 160;
        check_one(set, len);
    }
    /* The generator must reach both verdicts and the long sets. */
    cr_assert_gt(valid, 1000u);
    cr_assert_lt(valid, 2700u);
    cr_assert_gt(long_sets, 1000u);
}

/* The iterator reads a number from the 16 bytes before its end, and a
 * call's first block from a copy behind 16 zeros: the numbers that end in
 * its first 16 bytes read zeros.  Elements that end on each side of that
 * line, read one per call and in chunks (ASan watches the single
 * qrs_range). */
Test(seqset_scan, elements_ending_around_the_16th_byte)
{
    static const char *const sets[] = {
        "1234567890:12345,7",   "1234567890:1234,7",    "1234567890:123456,7", "123456789:1234567,7,8",
        "1234567890:12345",     "1,2,3,4,5,6,7,8,9,10", "1:2,3:4,5:6,7:8,9:10", "4294967295:42949672,1:*",
        "*:123456789012,5",     "*,1234567890,4294967295,1",
    };
    for (size_t i = 0; i < sizeof sets / sizeof sets[0]; i++)
        check_one(sets[i], strlen(sets[i]));
}

/* Each damage at each place of one long set: the check's block walk, its
 * last partial block and the element loop meet every kind of fault at every
 * offset modulo 64. */
Test(seqset_scan, every_offset_of_a_long_set)
{
    static char set[4096], copy[4096];
    uint32_t last = 0;
    size_t len = 0;
    for (unsigned i = 0; i < 40; i++) {
        if (i)
            set[len++] = i % 3 ? ',' : ':';
        if (i % 3 == 2)
            set[len++] = ',';
        len += put_number(set + len, &last, 1);
    }
    static const char bytes[] = "0:,*a";
    for (size_t at = 0; at < len; at++) {
        for (size_t b = 0; b < sizeof bytes - 1; b++) {
            memcpy(copy, set, len);
            copy[at] = bytes[b];
            check_one(copy, len);
        }
        /* The set cut short at every length. */
        check_one(set, at);
    }
    check_one(set, len);
}

Test(seqset_scan, long_runs_and_stars_in_the_middle_of_blocks)
{
    static const char *const cases[] = {
        /* 11 and 20 digits after 80 valid bytes */
        "1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,42949672950,5",
        "1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,12345678901234567890,5",
        /* '*' deep inside a long set, then more elements */
        "1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,*,31:*,*:32,33",
        /* a:b:c and a leading 0 far from the start */
        "1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31:32:33,34,35",
        "1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,031,34,35,36,37",
        /* 4294967295 and one above it at a block edge */
        "4294967295,4294967295,4294967295,4294967295,4294967295,4294967295,4294967295,4294967295,4294967296",
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        check_one(cases[i], strlen(cases[i]));
}

/* Numbers next to 4294967295, digit by digit, at every offset of a block:
 * the check compares only 10-digit numbers that start with 4 to 9, by their
 * first 8 digits and then the last 2. */
Test(seqset_scan, numbers_around_the_largest_uid)
{
    static const char *const near[] = {"4294967295", "4294967294", "4294967296", "4294967290", "4294967299",
                                       "4294967305", "4294967395", "4294968295", "4294977295", "4295967295",
                                       "4394967295", "4194967295", "3999999999", "5000000000", "9999999999",
                                       "4000000000", "1000000000", "4294967285"};
    char set[256];
    for (size_t i = 0; i < sizeof near / sizeof near[0]; i++)
        for (size_t pad = 0; pad < 70; pad++) {
            size_t len = 0;
            for (size_t k = 0; k < pad; k++) /* "1,1,1,..." shifts the number through a block */
                set[len++] = k % 2 ? ',' : '1';
            if (len && set[len - 1] != ',')
                set[len++] = ',';
            memcpy(set + len, near[i], 10);
            len += 10;
            memcpy(set + len, ",7:9,11", 7);
            len += 7;
            check_one(set, len);
        }
}
