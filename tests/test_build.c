/*
 * test_build.c - the builders (qrs_build_*): what they write parses with the
 * strict parser of the same dialect and carries exactly the values given;
 * what the grammar forbids is refused with its typed error and nothing
 * written; output follows the snprintf contract; the line-budget builders
 * (qrs_build_vanished_split, qrs_build_select_budget) keep every line within
 * max_line without losing a UID.
 *
 * Peer bugs these tests guard against (shared/design/peers.md, (c) 7):
 * Dovecot emitted "VANISHED 0:1", James sent an empty VANISHED, go-imap put
 * the VANISHED modifier outside the modifier list.
 */
#include <inttypes.h>

#include "support.h"

#define TOP 4294967295u                     /* the largest UID: a number, never '*' */
#define LIM_7162 ((uint64_t)INT64_MAX)      /* 2^63-1 */
#define LIM_4551 (UINT64_MAX - 1u)          /* 2^64-2: rfc5162 and draft03 */
#define SENT 'Z'                            /* what an untouched buffer byte holds */
#define BIG (1u << 21)

static const qrs_dialect dialects[3] = {QRS_DIALECT_RFC7162, QRS_DIALECT_RFC5162, QRS_DIALECT_DRAFT03};

static uint64_t limit_of(qrs_dialect d)
{
    return d == QRS_DIALECT_RFC7162 ? LIM_7162 : LIM_4551;
}

/* MARK: - Helpers */

/* Fixed-seed PRNG (splitmix64). */
static uint64_t rng_state;

static uint64_t rng_next(void)
{
    uint64_t z = (rng_state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

static uint32_t rng_below(uint32_t n)
{
    return (uint32_t)(rng_next() % n);
}

#define RANGES(name, ...)                                                                                          \
    qrs_urange name##_v[] = {__VA_ARGS__};                                                                         \
    qrs_ranges name = {name##_v, sizeof name##_v / sizeof name##_v[0], sizeof name##_v / sizeof name##_v[0]}

static char out[BIG];  /* builder output */
static parsed P;       /* one strict parse at a time */
static qrs_urange st_a[200000], st_b[200000], st_c[200000];

/* Strict parse of s[0..len) under dialect d; fails the test when it does not parse. */
static const qrs_message *parse_strict(qrs_dialect d, const char *s, size_t len)
{
    qrs_options o = opts_of(d, 0);
    parse_with(&P, s, len, &o);
    if (P.rc != QRS_OK)
        cr_assert_fail("[%s] builder output does not parse strictly: %s (%s) at %zu, rule %s: %.300s",
                       qrs_dialect_name(d), qrs_code_name(P.rc), P.err.message, P.err.offset, P.err.rule, s);
    cr_assert_not_null(P.msg);
    return P.msg;
}

static void parse_done(void)
{
    guarded_free(&P.in);
}

/* A '*'-free parsed set as a normalized range list (in storage st). */
static void ranges_of(const qrs_seqset *s, qrs_ranges *r, qrs_urange *st, size_t cap)
{
    qrs_ranges_init(r, st, cap);
    cr_assert(!(s->flags & QRS_SET_HAS_STAR), "set %.*s holds '*'", (int)s->text.len, s->text.ptr);
    qrs_code rc = qrs_ranges_from_seqset(r, s, 0);
    cr_assert_eq(rc, QRS_OK, "ranges of %.100s: %s", s->text.ptr, qrs_code_name(rc));
}

static int ranges_eq(const qrs_ranges *a, const qrs_ranges *b)
{
    if (a->n != b->n)
        return 0;
    for (size_t i = 0; i < a->n; i++)
        if (a->v[i].lo != b->v[i].lo || a->v[i].hi != b->v[i].hi)
            return 0;
    return 1;
}

/* The parsed set s holds exactly the values of want. */
static void expect_set(const qrs_seqset *s, const qrs_ranges *want, const char *what)
{
    qrs_ranges got;
    ranges_of(s, &got, st_c, sizeof st_c / sizeof st_c[0]);
    cr_expect(ranges_eq(&got, want), "%s: parsed set %.*s differs from the values given", what, (int)s->text.len,
              s->text.ptr);
}

/* The elements of a set in the order written (ranges expanded as written). */
static size_t expand(const qrs_seqset *s, uint32_t *dst, size_t cap)
{
    qrs_seqset_iter it;
    qrs_range e;
    size_t k = 0;
    qrs_seqset_iter_init(&it, s);
    while (qrs_seqset_next(&it, &e)) {
        cr_assert(!e.first_star && !e.last_star, "'*' in %.*s", (int)s->text.len, s->text.ptr);
        int64_t step = e.last >= e.first ? 1 : -1;
        for (int64_t v = e.first;; v += step) {
            cr_assert(k < cap, "set %.*s larger than expected", (int)s->text.len, s->text.ptr);
            dst[k++] = (uint32_t)v;
            if (v == (int64_t)e.last)
                break;
        }
    }
    return k;
}

/* A successful build: *len is strlen(out), one message ending in its only CRLF. */
static void expect_one_line(qrs_code rc, size_t len, const char *what)
{
    cr_assert_eq(rc, QRS_OK, "%s: %s", what, qrs_code_name(rc));
    cr_assert_eq(len, strlen(out), "%s: *len %zu, text %zu", what, len, strlen(out));
    cr_assert(len >= 2 && out[len - 2] == '\r' && out[len - 1] == '\n', "%s: no CRLF at the end: %s", what, out);
    cr_assert_eq(strchr(out, '\r'), out + len - 2, "%s: CR inside the line: %s", what, out);
    cr_assert_eq(strchr(out, '\n'), out + len - 1, "%s: LF inside the line: %s", what, out);
}

/* Refusal checks: the right code, and the buffer holds no text (only a NUL
 * at most in its first byte; everything else untouched). */
static void fill_out(void)
{
    memset(out, SENT, 512);
}

static void expect_nothing_written(const char *what)
{
    cr_expect(out[0] == SENT || out[0] == 0, "%s: wrote %.40s", what, out);
    for (size_t i = 1; i < 512; i++)
        if (out[i] != SENT) {
            cr_expect_fail("%s: byte %zu written although refused", what, i);
            break;
        }
}

#define REFUSE(want, call)                                                                                         \
    do {                                                                                                           \
        size_t len = 99999;                                                                                        \
        fill_out();                                                                                                \
        qrs_code rc_ = (call);                                                                                     \
        (void)len;                                                                                                 \
        cr_expect_eq(rc_, (want), "%s:%d: %s -> %s, want %s", __FILE__, __LINE__, #call, qrs_code_name(rc_),     \
                     qrs_code_name(want));                                                                         \
        expect_nothing_written(#call);                                                                             \
    } while (0)

/* Builds into out (cap 512 bytes, enough for the fixed cases) and checks the line. */
#define BUILD(call)                                                                                                \
    do {                                                                                                           \
        size_t len = 99999;                                                                                        \
        memset(out, SENT, 1024);                                                                                   \
        qrs_code rc_ = (call);                                                                                     \
        expect_one_line(rc_, len, #call);                                                                          \
    } while (0)

/* RFC 3501 quoted string value (escapes in place) or atom -> the name it carries. */
static void unquote(const qrs_string *s, char *dst, size_t cap)
{
    size_t k = 0;
    for (size_t i = 0; i < s->value.len; i++) {
        char c = s->value.ptr[i];
        if (s->form == QRS_STR_QUOTED && c == '\\') {
            cr_assert(i + 1 < s->value.len, "dangling escape");
            c = s->value.ptr[++i];
        }
        cr_assert(k + 1 < cap);
        dst[k++] = c;
    }
    dst[k] = 0;
}

/* MARK: - VANISHED */

Test(build_vanished, plain_in_every_dialect)
{
    RANGES(u, {1, 3}, {5, 5}, {7, 9}, {300, 310});
    for (int i = 0; i < 3; i++) {
        BUILD(qrs_build_vanished(dialects[i], 0, NULL, &u, out, 512, &len));
        cr_expect_str_eq(out, "* VANISHED 1:3,5,7:9,300:310\r\n");
        const qrs_message *m = parse_strict(dialects[i], out, strlen(out));
        cr_expect_eq(m->kind, QRS_RESP_VANISHED);
        cr_expect_eq(m->u.vanished.earlier, 0);
        cr_expect_eq(m->u.vanished.has_tag, 0);
        expect_set(&m->u.vanished.uids, &u, "VANISHED");
        parse_done();
    }
}

Test(build_vanished, earlier_in_rfc5162_and_rfc7162)
{
    RANGES(u, {41, 41}, {43, 116}, {118, 118}, {120, 211}, {214, 540});
    for (int i = 0; i < 2; i++) {
        BUILD(qrs_build_vanished(dialects[i], 1, NULL, &u, out, 512, &len));
        cr_expect_str_eq(out, "* VANISHED (EARLIER) 41,43:116,118,120:211,214:540\r\n");
        const qrs_message *m = parse_strict(dialects[i], out, strlen(out));
        cr_expect_eq(m->kind, QRS_RESP_VANISHED);
        cr_expect_eq(m->u.vanished.earlier, 1);
        cr_expect_eq(m->u.vanished.has_tag, 0);
        expect_set(&m->u.vanished.uids, &u, "VANISHED (EARLIER)");
        parse_done();
    }
}

Test(build_vanished, draft03_marks_with_the_command_tag)
{
    RANGES(u, {5, 5}, {8, 12});
    BUILD(qrs_build_vanished(QRS_DIALECT_DRAFT03, 1, "s100", &u, out, 512, &len));
    cr_expect_str_eq(out, "* VANISHED (TAG \"s100\") 5,8:12\r\n");
    const qrs_message *m = parse_strict(QRS_DIALECT_DRAFT03, out, strlen(out));
    cr_expect_eq(m->kind, QRS_RESP_VANISHED);
    cr_expect_eq(m->u.vanished.has_tag, 1);
    cr_expect_eq(m->u.vanished.earlier, 0, "draft03 has no (EARLIER)");
    cr_expect(slice_eq(m->u.vanished.tag.value, "s100"));
    expect_set(&m->u.vanished.uids, &u, "VANISHED (TAG)");
    parse_done();
    /* a tag with ']' (an ASTRING-CHAR) inside the quoted tag-string */
    BUILD(qrs_build_vanished(QRS_DIALECT_DRAFT03, 1, "x]1", &u, out, 512, &len));
    m = parse_strict(QRS_DIALECT_DRAFT03, out, strlen(out));
    cr_expect_eq(m->u.vanished.has_tag, 1);
    cr_expect(slice_eq(m->u.vanished.tag.value, "x]1"));
    parse_done();
}

Test(build_vanished, top_uid_is_a_number_not_star)
{
    RANGES(one, {TOP, TOP});
    RANGES(all, {1, TOP});
    RANGES(two, {4294967294u, TOP});
    const qrs_ranges *sets[] = {&one, &all, &two};
    const char *want[] = {"* VANISHED 4294967295\r\n", "* VANISHED 1:4294967295\r\n",
                          "* VANISHED 4294967294:4294967295\r\n"};
    for (int i = 0; i < 3; i++) {
        BUILD(qrs_build_vanished(QRS_DIALECT_RFC7162, 0, NULL, sets[i], out, 512, &len));
        cr_expect_str_eq(out, want[i]);
        cr_expect_null(strchr(out + 1, '*'), "'*' written: %s", out);
        const qrs_message *m = parse_strict(QRS_DIALECT_RFC7162, out, strlen(out));
        cr_expect_eq(m->u.vanished.uids.flags & QRS_SET_HAS_STAR, 0u);
        expect_set(&m->u.vanished.uids, sets[i], "top UID");
        parse_done();
    }
}

Test(build_vanished, refusals)
{
    RANGES(ok, {1, 2});
    RANGES(zero, {0, 1}); /* Dovecot's "VANISHED 0:1" */
    RANGES(zero_alone, {0, 0});
    RANGES(overlap, {1, 5}, {3, 8});
    RANGES(touching, {1, 3}, {4, 6});
    RANGES(unsorted, {5, 5}, {1, 1});
    RANGES(reversed, {5, 2});
    RANGES(dup, {7, 7}, {7, 7});
    qrs_ranges empty = {ok_v, 0, 2}; /* James's empty VANISHED */
    for (int i = 0; i < 3; i++) {
        qrs_dialect d = dialects[i];
        REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_vanished(d, 0, NULL, &empty, out, 512, &len));
        REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_vanished(d, 0, NULL, NULL, out, 512, &len));
        REFUSE(QRS_E_NUMBER_RANGE, qrs_build_vanished(d, 0, NULL, &zero, out, 512, &len));
        REFUSE(QRS_E_NUMBER_RANGE, qrs_build_vanished(d, 0, NULL, &zero_alone, out, 512, &len));
        REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_vanished(d, 0, NULL, &overlap, out, 512, &len));
        REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_vanished(d, 0, NULL, &touching, out, 512, &len));
        REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_vanished(d, 0, NULL, &unsorted, out, 512, &len));
        REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_vanished(d, 0, NULL, &reversed, out, 512, &len));
        REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_vanished(d, 0, NULL, &dup, out, 512, &len));
        /* len is required */
        fill_out();
        cr_expect_eq(qrs_build_vanished(d, 0, NULL, &ok, out, 512, NULL), QRS_E_INVALID_ARGUMENT);
        expect_nothing_written("len NULL");
    }
    /* (TAG ...) outside draft03 */
    REFUSE(QRS_E_DIALECT, qrs_build_vanished(QRS_DIALECT_RFC7162, 1, "a1", &ok, out, 512, &len));
    REFUSE(QRS_E_DIALECT, qrs_build_vanished(QRS_DIALECT_RFC5162, 1, "a1", &ok, out, 512, &len));
    REFUSE(QRS_E_DIALECT, qrs_build_vanished(QRS_DIALECT_RFC7162, 0, "a1", &ok, out, 512, &len));
    /* draft03: a tag that is no tag */
    REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_vanished(QRS_DIALECT_DRAFT03, 1, "a+b", &ok, out, 512, &len));
    REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_vanished(QRS_DIALECT_DRAFT03, 1, "", &ok, out, 512, &len));
    REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_vanished(QRS_DIALECT_DRAFT03, 1, "a b", &ok, out, 512, &len));
    REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_vanished(QRS_DIALECT_DRAFT03, 1, "a\"b", &ok, out, 512, &len));
    REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_vanished(QRS_DIALECT_DRAFT03, 1, "a\\b", &ok, out, 512, &len));
    /* draft03 has no (EARLIER): an earlier-marked response needs the tag.  The
     * header allows reading this as "(EARLIER) in draft03" (QRS_E_DIALECT) or as
     * a missing argument (QRS_E_INVALID_ARGUMENT); either refusal is fine. */
    {
        fill_out();
        size_t len = 0;
        qrs_code rc = qrs_build_vanished(QRS_DIALECT_DRAFT03, 1, NULL, &ok, out, 512, &len);
        cr_expect(rc == QRS_E_DIALECT || rc == QRS_E_INVALID_ARGUMENT, "draft03 earlier without tag: %s",
                  qrs_code_name(rc));
        expect_nothing_written("draft03 earlier without tag");
    }
}

/* MARK: - SELECT / EXAMINE */

Test(build_select, qresync_values_in_every_dialect)
{
    RANGES(known, {1, 3}, {5, 5}, {7, 9}, {4294967290u, TOP});
    uint32_t seqs[] = {1, 2, 3, 5, 9}, uids[] = {1, 2, 3, 7, 4294967291u};
    qrs_qresync_values q = {3857529045u, 20010715194045007ull, &known, seqs, uids, 5};
    for (int i = 0; i < 3; i++) {
        for (int condstore = 0; condstore < 2; condstore++) {
            BUILD(qrs_build_select(dialects[i], "A142", 0, "INBOX", &q, condstore, out, 512, &len));
            const qrs_message *m = parse_strict(dialects[i], out, strlen(out));
            cr_assert_eq(m->kind, QRS_CMD_SELECT);
            cr_expect(slice_eq(m->tag, "A142"));
            cr_expect_eq(m->u.select.examine, 0);
            cr_expect(slice_eq(m->u.select.mailbox.value, "INBOX"));
            const qrs_param *p = m->u.select.qresync;
            cr_assert_not_null(p, "%s", out);
            cr_expect_eq(p->kind, QRS_PARAM_QRESYNC);
            cr_expect_eq(p->qresync.uidvalidity, 3857529045u);
            cr_expect_eq(p->qresync.modseq, 20010715194045007ull);
            cr_assert_eq(p->qresync.has_known_uids, 1);
            expect_set(&p->qresync.known_uids, &known, "known-uids");
            cr_assert_eq(p->qresync.has_seq_match, 1);
            uint32_t got[16];
            cr_expect_eq(expand(&p->qresync.known_sequence_set, got, 16), 5u);
            cr_expect_arr_eq(got, seqs, sizeof seqs);
            cr_expect_eq(expand(&p->qresync.known_uid_set, got, 16), 5u);
            cr_expect_arr_eq(got, uids, sizeof uids);
            if (condstore)
                cr_expect_not_null(m->u.select.condstore, "%s", out);
            else
                cr_expect_null(m->u.select.condstore, "%s", out);
            parse_done();
        }
    }
}

Test(build_select, optional_parts)
{
    RANGES(known, {TOP, TOP});
    /* EXAMINE, no known-uids, no seq-match-data */
    qrs_qresync_values q = {67890007u, 90060115194045000ull, NULL, NULL, NULL, 0};
    BUILD(qrs_build_select(QRS_DIALECT_RFC7162, "A02", 1, "INBOX", &q, 0, out, 512, &len));
    cr_expect_str_eq(out, "A02 EXAMINE INBOX (QRESYNC (67890007 90060115194045000))\r\n");
    const qrs_message *m = parse_strict(QRS_DIALECT_RFC7162, out, strlen(out));
    cr_expect_eq(m->u.select.examine, 1);
    cr_assert_not_null(m->u.select.qresync);
    cr_expect_eq(m->u.select.qresync->qresync.uidvalidity, 67890007u);
    cr_expect_eq(m->u.select.qresync->qresync.modseq, 90060115194045000ull);
    cr_expect_eq(m->u.select.qresync->qresync.has_known_uids, 0);
    cr_expect_eq(m->u.select.qresync->qresync.has_seq_match, 0);
    parse_done();

    /* known-uids 4294967295 only: a number, never '*' */
    q.known_uids = &known;
    BUILD(qrs_build_select(QRS_DIALECT_RFC7162, "A02", 0, "INBOX", &q, 0, out, 512, &len));
    cr_expect_str_eq(out, "A02 SELECT INBOX (QRESYNC (67890007 90060115194045000 4294967295))\r\n");
    m = parse_strict(QRS_DIALECT_RFC7162, out, strlen(out));
    cr_assert_not_null(m->u.select.qresync);
    expect_set(&m->u.select.qresync->qresync.known_uids, &known, "known-uids top");
    parse_done();

    /* seq-match-data without known-uids (allowed by the grammar) */
    uint32_t s1[] = {10}, u1[] = {TOP};
    qrs_qresync_values q2 = {1, 1, NULL, s1, u1, 1};
    BUILD(qrs_build_select(QRS_DIALECT_RFC5162, "A03", 0, "INBOX", &q2, 0, out, 512, &len));
    m = parse_strict(QRS_DIALECT_RFC5162, out, strlen(out));
    cr_assert_not_null(m->u.select.qresync);
    cr_expect_eq(m->u.select.qresync->qresync.has_known_uids, 0);
    cr_assert_eq(m->u.select.qresync->qresync.has_seq_match, 1);
    uint32_t got[4];
    cr_expect_eq(expand(&m->u.select.qresync->qresync.known_sequence_set, got, 4), 1u);
    cr_expect_eq(got[0], 10u);
    cr_expect_eq(expand(&m->u.select.qresync->qresync.known_uid_set, got, 4), 1u);
    cr_expect_eq(got[0], TOP);
    parse_done();

    /* no QRESYNC: plain, or CONDSTORE alone */
    BUILD(qrs_build_select(QRS_DIALECT_RFC7162, "a1", 0, "INBOX", NULL, 0, out, 512, &len));
    cr_expect_str_eq(out, "a1 SELECT INBOX\r\n");
    m = parse_strict(QRS_DIALECT_RFC7162, out, strlen(out));
    cr_expect_null(m->u.select.params);
    cr_expect_null(m->u.select.qresync);
    parse_done();
    BUILD(qrs_build_select(QRS_DIALECT_DRAFT03, "a1", 1, "INBOX", NULL, 1, out, 512, &len));
    cr_expect_str_eq(out, "a1 EXAMINE INBOX (CONDSTORE)\r\n");
    m = parse_strict(QRS_DIALECT_DRAFT03, out, strlen(out));
    cr_expect_not_null(m->u.select.condstore);
    cr_expect_null(m->u.select.qresync);
    parse_done();
}

Test(build_select, modseq_limit_per_dialect)
{
    for (int i = 0; i < 3; i++) {
        qrs_dialect d = dialects[i];
        qrs_qresync_values q = {1, limit_of(d), NULL, NULL, NULL, 0};
        BUILD(qrs_build_select(d, "a", 0, "INBOX", &q, 0, out, 512, &len));
        const qrs_message *m = parse_strict(d, out, strlen(out));
        cr_assert_not_null(m->u.select.qresync);
        cr_expect_eq(m->u.select.qresync->qresync.modseq, limit_of(d), "[%s] %s", qrs_dialect_name(d), out);
        parse_done();
        q.modseq = limit_of(d) + 1u;
        REFUSE(QRS_E_MODSEQ_RANGE, qrs_build_select(d, "a", 0, "INBOX", &q, 0, out, 512, &len));
        q.modseq = UINT64_MAX;
        REFUSE(QRS_E_MODSEQ_RANGE, qrs_build_select(d, "a", 0, "INBOX", &q, 0, out, 512, &len));
        q.modseq = 0;
        REFUSE(QRS_E_MODSEQ_ZERO, qrs_build_select(d, "a", 0, "INBOX", &q, 0, out, 512, &len));
    }
    /* 2^63 is fine under RFC 4551 */
    qrs_qresync_values q = {1, LIM_7162 + 1u, NULL, NULL, NULL, 0};
    BUILD(qrs_build_select(QRS_DIALECT_RFC5162, "a", 0, "INBOX", &q, 0, out, 512, &len));
    cr_expect_str_eq(out, "a SELECT INBOX (QRESYNC (1 9223372036854775808))\r\n");
}

Test(build_select, refusals)
{
    RANGES(known, {1, 9});
    RANGES(zero, {0, 4});
    RANGES(overlap, {1, 5}, {5, 8});
    RANGES(touching, {1, 3}, {4, 6});
    RANGES(reversed, {9, 1});
    qrs_ranges empty = {known_v, 0, 1};
    uint32_t s_ok[] = {1, 2, 5}, u_ok[] = {10, 20, 50};
    uint32_t s_down[] = {1, 5, 2}, u_down[] = {10, 50, 20};
    uint32_t s_dup[] = {1, 1, 2}, u_dup[] = {10, 10, 20};
    uint32_t s_zero[] = {0, 1, 2};
    qrs_qresync_values q;
#define Q(uv, ms, k, s, u, n) (q = (qrs_qresync_values){(uv), (ms), (k), (s), (u), (n)}, &q)
    for (int i = 0; i < 3; i++) {
        qrs_dialect d = dialects[i];
        REFUSE(QRS_E_NUMBER_RANGE, qrs_build_select(d, "a", 0, "INBOX", Q(0, 5, NULL, NULL, NULL, 0), 0, out, 512, &len));
        REFUSE(QRS_E_MODSEQ_ZERO, qrs_build_select(d, "a", 0, "INBOX", Q(1, 0, NULL, NULL, NULL, 0), 0, out, 512, &len));
        REFUSE(QRS_E_INVALID_ARGUMENT,
               qrs_build_select(d, "a", 0, "INBOX", Q(1, 5, &empty, NULL, NULL, 0), 0, out, 512, &len));
        REFUSE(QRS_E_NUMBER_RANGE, qrs_build_select(d, "a", 0, "INBOX", Q(1, 5, &zero, NULL, NULL, 0), 0, out, 512, &len));
        REFUSE(QRS_E_INVALID_ARGUMENT,
               qrs_build_select(d, "a", 0, "INBOX", Q(1, 5, &overlap, NULL, NULL, 0), 0, out, 512, &len));
        REFUSE(QRS_E_INVALID_ARGUMENT,
               qrs_build_select(d, "a", 0, "INBOX", Q(1, 5, &touching, NULL, NULL, 0), 0, out, 512, &len));
        REFUSE(QRS_E_INVALID_ARGUMENT,
               qrs_build_select(d, "a", 0, "INBOX", Q(1, 5, &reversed, NULL, NULL, 0), 0, out, 512, &len));
        REFUSE(QRS_E_NOT_ASCENDING,
               qrs_build_select(d, "a", 0, "INBOX", Q(1, 5, &known, s_down, u_ok, 3), 0, out, 512, &len));
        REFUSE(QRS_E_NOT_ASCENDING,
               qrs_build_select(d, "a", 0, "INBOX", Q(1, 5, &known, s_ok, u_down, 3), 0, out, 512, &len));
        REFUSE(QRS_E_NOT_ASCENDING,
               qrs_build_select(d, "a", 0, "INBOX", Q(1, 5, &known, s_down, u_down, 3), 0, out, 512, &len));
        REFUSE(QRS_E_NOT_ASCENDING,
               qrs_build_select(d, "a", 0, "INBOX", Q(1, 5, &known, s_dup, u_dup, 3), 0, out, 512, &len));
        REFUSE(QRS_E_NUMBER_RANGE,
               qrs_build_select(d, "a", 0, "INBOX", Q(1, 5, &known, s_zero, u_ok, 3), 0, out, 512, &len));
        /* a message number without its UID, or the reverse: the pairs do not pair up */
        REFUSE(QRS_E_SET_MISMATCH,
               qrs_build_select(d, "a", 0, "INBOX", Q(1, 5, &known, s_ok, NULL, 3), 0, out, 512, &len));
        REFUSE(QRS_E_SET_MISMATCH,
               qrs_build_select(d, "a", 0, "INBOX", Q(1, 5, &known, NULL, u_ok, 3), 0, out, 512, &len));
        /* tags and mailboxes */
        const char *bad_tags[] = {"a+b", "", "a b", "a(b", "a*b", "a%b", "a\"b", "a{b", "a\\b", "a\r", NULL};
        for (size_t t = 0; t < sizeof bad_tags / sizeof bad_tags[0]; t++)
            REFUSE(QRS_E_INVALID_ARGUMENT,
                   qrs_build_select(d, bad_tags[t], 0, "INBOX", Q(1, 5, NULL, NULL, NULL, 0), 0, out, 512, &len));
        const char *bad_boxes[] = {"a\rb", "a\nb", "box\r\n", "Entw\xc3\xbcrfe", "\x80", NULL};
        for (size_t b = 0; b < sizeof bad_boxes / sizeof bad_boxes[0]; b++) {
            REFUSE(QRS_E_INVALID_ARGUMENT,
                   qrs_build_select(d, "a", 0, bad_boxes[b], Q(1, 5, NULL, NULL, NULL, 0), 1, out, 512, &len));
            REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_select(d, "a", 0, bad_boxes[b], NULL, 0, out, 512, &len));
        }
        fill_out();
        cr_expect_eq(qrs_build_select(d, "a", 0, "INBOX", NULL, 0, out, 512, NULL), QRS_E_INVALID_ARGUMENT);
        expect_nothing_written("select len NULL");
    }
#undef Q
}

/* Mailbox names: an atom when possible, else a quoted string with escapes;
 * each parses back to the same name. */
Test(build_select, mailbox_encoding)
{
    static const struct {
        const char *name;
        qrs_string_form form;
        const char *raw; /* NULL: not checked */
    } cases[] = {
        {"INBOX", QRS_STR_ATOM, "INBOX"},
        {"Archive.2024", QRS_STR_ATOM, "Archive.2024"},
        {"my box", QRS_STR_QUOTED, "\"my box\""},
        {"say \"hi\" \\ bye", QRS_STR_QUOTED, "\"say \\\"hi\\\" \\\\ bye\""},
        {"\"", QRS_STR_QUOTED, "\"\\\"\""},
        {"\\", QRS_STR_QUOTED, "\"\\\\\""},
        {"", QRS_STR_QUOTED, "\"\""},
        {"a(b)", QRS_STR_QUOTED, NULL},
        {"50%", QRS_STR_QUOTED, NULL},
        {"x*", QRS_STR_QUOTED, NULL},
        {"{5}", QRS_STR_QUOTED, NULL},
        {"tab\there", QRS_STR_QUOTED, NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        for (int k = 0; k < 3; k++) {
            qrs_dialect d = dialects[k];
            qrs_qresync_values q = {7, 9, NULL, NULL, NULL, 0};
            BUILD(qrs_build_select(d, "m1", 0, cases[i].name, k == 1 ? NULL : &q, k == 2, out, 512, &len));
            const qrs_message *m = parse_strict(d, out, strlen(out));
            cr_assert_eq(m->kind, QRS_CMD_SELECT);
            cr_expect_eq(m->u.select.mailbox.form, cases[i].form, "mailbox \"%s\" written as %s", cases[i].name, out);
            if (cases[i].raw)
                cr_expect(slice_eq(m->u.select.mailbox.raw, cases[i].raw), "mailbox \"%s\" written as %s",
                          cases[i].name, out);
            char name[64];
            unquote(&m->u.select.mailbox, name, sizeof name);
            cr_expect_str_eq(name, cases[i].name, "written as %s", out);
            parse_done();
        }
    }
}

/* MARK: - UID FETCH */

Test(build_uid_fetch, values_in_every_dialect)
{
    for (int i = 0; i < 3; i++) {
        qrs_dialect d = dialects[i];
        BUILD(qrs_build_uid_fetch(d, "A03", "300:310,405,411", "(FLAGS)", 12345, 1, out, 512, &len));
        cr_expect_str_eq(out, "A03 UID FETCH 300:310,405,411 (FLAGS) (CHANGEDSINCE 12345 VANISHED)\r\n");
        const qrs_message *m = parse_strict(d, out, strlen(out));
        cr_assert_eq(m->kind, QRS_CMD_FETCH);
        cr_expect_eq(m->uid, 1);
        cr_expect(slice_eq(m->tag, "A03"));
        cr_expect(slice_eq(m->u.fetch.set.text, "300:310,405,411"));
        cr_expect(slice_eq(m->u.fetch.atts_raw, "(FLAGS)"));
        cr_expect_eq(m->u.fetch.has_changedsince, 1);
        cr_expect_eq(m->u.fetch.changedsince, 12345u);
        cr_expect_eq(m->u.fetch.vanished, 1);
        parse_done();

        BUILD(qrs_build_uid_fetch(d, "A04", "1:*", "(FLAGS MODSEQ)", 7, 0, out, 512, &len));
        m = parse_strict(d, out, strlen(out));
        cr_expect(slice_eq(m->u.fetch.set.text, "1:*"));
        cr_expect_neq(m->u.fetch.set.flags & QRS_SET_HAS_STAR, 0u);
        cr_expect_eq(m->u.fetch.has_changedsince, 1);
        cr_expect_eq(m->u.fetch.changedsince, 7u);
        cr_expect_eq(m->u.fetch.vanished, 0);
        parse_done();

        /* changedsince 0 leaves the modifiers out */
        BUILD(qrs_build_uid_fetch(d, "A05", "4294967295", "FLAGS", 0, 0, out, 512, &len));
        cr_expect_str_eq(out, "A05 UID FETCH 4294967295 FLAGS\r\n");
        m = parse_strict(d, out, strlen(out));
        cr_expect_eq(m->u.fetch.has_changedsince, 0);
        cr_expect_eq(m->u.fetch.vanished, 0);
        cr_expect_null(m->u.fetch.modifiers);
        cr_expect_eq(m->u.fetch.set.flags & QRS_SET_HAS_STAR, 0u);
        RANGES(top, {TOP, TOP});
        expect_set(&m->u.fetch.set, &top, "UID FETCH 4294967295");
        parse_done();

        /* the limit itself is fine */
        BUILD(qrs_build_uid_fetch(d, "A06", "1", "(UID)", limit_of(d), 1, out, 512, &len));
        m = parse_strict(d, out, strlen(out));
        cr_expect_eq(m->u.fetch.changedsince, limit_of(d), "[%s] %s", qrs_dialect_name(d), out);
        cr_expect_eq(m->u.fetch.vanished, 1);
        parse_done();
    }
}

Test(build_uid_fetch, refusals)
{
    for (int i = 0; i < 3; i++) {
        qrs_dialect d = dialects[i];
        /* VANISHED without CHANGEDSINCE */
        REFUSE(QRS_E_MODIFIER_CONTEXT, qrs_build_uid_fetch(d, "a", "1:*", "(FLAGS)", 0, 1, out, 512, &len));
        REFUSE(QRS_E_MODSEQ_RANGE, qrs_build_uid_fetch(d, "a", "1:*", "(FLAGS)", limit_of(d) + 1u, 1, out, 512, &len));
        REFUSE(QRS_E_MODSEQ_RANGE, qrs_build_uid_fetch(d, "a", "1:*", "(FLAGS)", UINT64_MAX, 0, out, 512, &len));
        /* sets: 0 and numbers past 32 bits, and text that is no sequence-set */
        REFUSE(QRS_E_NUMBER_RANGE, qrs_build_uid_fetch(d, "a", "0:5", "(FLAGS)", 5, 0, out, 512, &len));
        REFUSE(QRS_E_NUMBER_RANGE, qrs_build_uid_fetch(d, "a", "1,0", "(FLAGS)", 5, 0, out, 512, &len));
        REFUSE(QRS_E_NUMBER_RANGE, qrs_build_uid_fetch(d, "a", "4294967296", "(FLAGS)", 5, 0, out, 512, &len));
        REFUSE(QRS_E_SYNTAX, qrs_build_uid_fetch(d, "a", "1 2", "(FLAGS)", 5, 0, out, 512, &len));
        REFUSE(QRS_E_SYNTAX, qrs_build_uid_fetch(d, "a", "1,", "(FLAGS)", 5, 0, out, 512, &len));
        REFUSE(QRS_E_SYNTAX, qrs_build_uid_fetch(d, "a", "1\r\n", "(FLAGS)", 5, 0, out, 512, &len));
        REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_uid_fetch(d, "a", NULL, "(FLAGS)", 5, 0, out, 512, &len));
        /* the empty set: refused (syntax error of the set text, or the builders' "empty set") */
        {
            fill_out();
            size_t len = 0;
            qrs_code rc = qrs_build_uid_fetch(d, "a", "", "(FLAGS)", 5, 0, out, 512, &len);
            cr_expect(rc == QRS_E_SYNTAX || rc == QRS_E_INVALID_ARGUMENT, "empty set: %s", qrs_code_name(rc));
            expect_nothing_written("uid fetch empty set");
        }
        /* tags and attributes */
        REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_uid_fetch(d, "a+b", "1", "(FLAGS)", 5, 0, out, 512, &len));
        REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_uid_fetch(d, "", "1", "(FLAGS)", 5, 0, out, 512, &len));
        REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_uid_fetch(d, "a b", "1", "(FLAGS)", 5, 0, out, 512, &len));
        REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_uid_fetch(d, NULL, "1", "(FLAGS)", 5, 0, out, 512, &len));
        REFUSE(QRS_E_SYNTAX, qrs_build_uid_fetch(d, "a", "1", "(FLAGS", 5, 0, out, 512, &len));
        REFUSE(QRS_E_SYNTAX, qrs_build_uid_fetch(d, "a", "1", "FLAGS)", 5, 0, out, 512, &len));
        REFUSE(QRS_E_SYNTAX, qrs_build_uid_fetch(d, "a", "1", "(FLAGS)\r\n", 5, 0, out, 512, &len));
        /* the attributes are checked with the parser's fetch-att rule */
        REFUSE(QRS_E_SYNTAX, qrs_build_uid_fetch(d, "a", "1", "(FLAGS\tUID)", 5, 0, out, 512, &len));
        REFUSE(QRS_E_SYNTAX, qrs_build_uid_fetch(d, "a", "1", "()", 5, 0, out, 512, &len));
        REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_uid_fetch(d, "a", "1", "", 5, 0, out, 512, &len));
        REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_uid_fetch(d, "a", "1", NULL, 5, 0, out, 512, &len));
    }
}

/* MARK: - STORE */

Test(build_store, values_in_every_dialect)
{
    static const char *const actions[] = {"FLAGS", "+FLAGS", "-FLAGS", "FLAGS.SILENT", "+FLAGS.SILENT",
                                          "-FLAGS.SILENT"};
    for (int i = 0; i < 3; i++) {
        qrs_dialect d = dialects[i];
        for (int uid = 0; uid < 2; uid++) {
            for (size_t a = 0; a < 6; a++) {
                uint64_t uc = a == 0 ? 0 : a == 1 ? limit_of(d) : 200000000000ull + a;
                BUILD(qrs_build_store(d, "A7", uid, "1:*,4294967295", uc, actions[a], "(\\Seen $Junk)", out, 512,
                                      &len));
                const qrs_message *m = parse_strict(d, out, strlen(out));
                cr_assert_eq(m->kind, QRS_CMD_STORE);
                cr_expect_eq(m->uid, uid);
                cr_expect(slice_eq(m->tag, "A7"));
                cr_expect(slice_eq(m->u.store.set.text, "1:*,4294967295"));
                cr_expect_eq(m->u.store.has_unchangedsince, 1);
                cr_expect_eq(m->u.store.unchangedsince, uc, "[%s] %s", qrs_dialect_name(d), out);
                cr_expect(slice_eq(m->u.store.action, actions[a]), "%s", out);
                cr_expect(slice_eq(m->u.store.flags, "(\\Seen $Junk)"), "%s", out);
                parse_done();
            }
        }
    }
    BUILD(qrs_build_store(QRS_DIALECT_RFC7162, "A8", 1, "7,5,9", 0, "+FLAGS.SILENT", "(\\Deleted)", out, 512, &len));
    cr_expect_str_eq(out, "A8 UID STORE 7,5,9 (UNCHANGEDSINCE 0) +FLAGS.SILENT (\\Deleted)\r\n");
}

Test(build_store, refusals)
{
    for (int i = 0; i < 3; i++) {
        qrs_dialect d = dialects[i];
        REFUSE(QRS_E_MODSEQ_RANGE, qrs_build_store(d, "a", 1, "1", limit_of(d) + 1u, "FLAGS", "(\\Seen)", out, 512, &len));
        REFUSE(QRS_E_MODSEQ_RANGE, qrs_build_store(d, "a", 1, "1", UINT64_MAX, "FLAGS", "(\\Seen)", out, 512, &len));
        REFUSE(QRS_E_NUMBER_RANGE, qrs_build_store(d, "a", 1, "0", 5, "FLAGS", "(\\Seen)", out, 512, &len));
        REFUSE(QRS_E_NUMBER_RANGE, qrs_build_store(d, "a", 0, "2:0", 5, "FLAGS", "(\\Seen)", out, 512, &len));
        REFUSE(QRS_E_SYNTAX, qrs_build_store(d, "a", 1, "1:", 5, "FLAGS", "(\\Seen)", out, 512, &len));
        REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_store(d, "a", 1, NULL, 5, "FLAGS", "(\\Seen)", out, 512, &len));
        const char *bad_actions[] = {"XFLAGS", "", "+FLAGS ", "FLAGS.LOUD", "*FLAGS", "FLAGS\r\n", NULL};
        for (size_t a = 0; a < sizeof bad_actions / sizeof bad_actions[0]; a++)
            REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_store(d, "a", 1, "1", 5, bad_actions[a], "(\\Seen)", out, 512, &len));
        REFUSE(QRS_E_SYNTAX, qrs_build_store(d, "a", 1, "1", 5, "FLAGS", "(\\Seen", out, 512, &len));
        REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_store(d, "a", 1, "1", 5, "FLAGS", "", out, 512, &len));
        REFUSE(QRS_E_SYNTAX, qrs_build_store(d, "a", 1, "1", 5, "FLAGS", "(\\Seen)\r\n", out, 512, &len));
        /* the flags are checked with the parser's flag rules: \Recent cannot be stored */
        REFUSE(QRS_E_SYNTAX, qrs_build_store(d, "a", 1, "1", 5, "FLAGS", "(\\Recent)", out, 512, &len));
        REFUSE(QRS_E_SYNTAX, qrs_build_store(d, "a", 1, "1", 5, "FLAGS", "(\\Seen) x", out, 512, &len));
        REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_store(d, "a", 1, "1", 5, "FLAGS", NULL, out, 512, &len));
        REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_store(d, "a+b", 1, "1", 5, "FLAGS", "(\\Seen)", out, 512, &len));
        REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_store(d, "", 1, "1", 5, "FLAGS", "(\\Seen)", out, 512, &len));
        REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_store(d, "a b", 1, "1", 5, "FLAGS", "(\\Seen)", out, 512, &len));
    }
}

/* MARK: - Status responses */

Test(build_status, codes_in_every_dialect)
{
    RANGES(mod, {7, 7}, {9, 9}, {4294967290u, TOP});
    for (int i = 0; i < 3; i++) {
        qrs_dialect d = dialects[i];
        BUILD(qrs_build_status(d, "A1", "OK", QRS_CODE_HIGHESTMODSEQ, 715194045007ull, NULL, "Highest", out, 512,
                               &len));
        cr_expect_str_eq(out, "A1 OK [HIGHESTMODSEQ 715194045007] Highest\r\n");
        const qrs_message *m = parse_strict(d, out, strlen(out));
        cr_assert_eq(m->kind, QRS_RESP_COND);
        cr_expect(slice_eq(m->tag, "A1"));
        cr_expect(slice_eq(m->u.cond.status, "OK"));
        cr_expect_eq(m->u.cond.text.code, QRS_CODE_HIGHESTMODSEQ);
        cr_expect_eq(m->u.cond.text.number, 715194045007ull);
        cr_expect(slice_eq(m->u.cond.text.text, "Highest"));
        parse_done();

        BUILD(qrs_build_status(d, NULL, "OK", QRS_CODE_HIGHESTMODSEQ, limit_of(d), NULL, "Top", out, 512, &len));
        m = parse_strict(d, out, strlen(out));
        cr_expect_eq(m->tag.len, 0u);
        cr_expect_eq(m->u.cond.text.code, QRS_CODE_HIGHESTMODSEQ);
        cr_expect_eq(m->u.cond.text.number, limit_of(d), "[%s] %s", qrs_dialect_name(d), out);
        parse_done();

        BUILD(qrs_build_status(d, NULL, "OK", QRS_CODE_NOMODSEQ, 0, NULL, "Sorry, this mailbox format doesn't support"
                               " modsequences", out, 512, &len));
        m = parse_strict(d, out, strlen(out));
        cr_expect_eq(m->tag.len, 0u);
        cr_expect_eq(m->u.cond.text.code, QRS_CODE_NOMODSEQ);
        cr_expect(slice_eq(m->u.cond.text.text, "Sorry, this mailbox format doesn't support modsequences"));
        parse_done();

        BUILD(qrs_build_status(d, "d105", "OK", QRS_CODE_MODIFIED, 0, &mod, "Conditional STORE failed", out, 512,
                               &len));
        cr_expect_str_eq(out, "d105 OK [MODIFIED 7,9,4294967290:4294967295] Conditional STORE failed\r\n");
        m = parse_strict(d, out, strlen(out));
        cr_expect_eq(m->u.cond.text.code, QRS_CODE_MODIFIED);
        expect_set(&m->u.cond.text.modified, &mod, "MODIFIED");
        parse_done();

        BUILD(qrs_build_status(d, "a9", "NO", QRS_CODE_NONE, 0, NULL, "no such thing", out, 512, &len));
        cr_expect_str_eq(out, "a9 NO no such thing\r\n");
        m = parse_strict(d, out, strlen(out));
        cr_expect(slice_eq(m->u.cond.status, "NO"));
        cr_expect_eq(m->u.cond.text.code, QRS_CODE_NONE);
        cr_expect(slice_eq(m->u.cond.text.text, "no such thing"));
        parse_done();

        /* braces that announce nothing are text like any other */
        const char *braces[] = {"{9} first", "{9 }", "{}", "{+}", "x9}", "{a9}"};
        for (size_t t = 0; t < sizeof braces / sizeof braces[0]; t++) {
            BUILD(qrs_build_status(d, "a9", "NO", QRS_CODE_NONE, 0, NULL, braces[t], out, 512, &len));
            m = parse_strict(d, out, strlen(out));
            cr_expect(slice_eq(m->u.cond.text.text, braces[t]));
            parse_done();
        }

        BUILD(qrs_build_status(d, "a9", "BAD", QRS_CODE_NONE, 0, NULL, "huh]", out, 512, &len));
        m = parse_strict(d, out, strlen(out));
        cr_expect(slice_eq(m->u.cond.status, "BAD"));
        cr_expect(slice_eq(m->u.cond.text.text, "huh]"));
        parse_done();

        const char *untagged[] = {"PREAUTH", "BYE"};
        for (int k = 0; k < 2; k++) {
            BUILD(qrs_build_status(d, NULL, untagged[k], QRS_CODE_NONE, 0, NULL, "bye now", out, 512, &len));
            m = parse_strict(d, out, strlen(out));
            cr_expect_eq(m->kind, QRS_RESP_COND);
            cr_expect_eq(m->tag.len, 0u);
            cr_expect(slice_eq(m->u.cond.status, untagged[k]));
            parse_done();
        }
    }
    /* CLOSED exists from RFC 5162 on */
    for (int i = 0; i < 2; i++) {
        BUILD(qrs_build_status(dialects[i], NULL, "OK", QRS_CODE_CLOSED, 0, NULL, "Previous mailbox closed", out, 512,
                               &len));
        cr_expect_str_eq(out, "* OK [CLOSED] Previous mailbox closed\r\n");
        const qrs_message *m = parse_strict(dialects[i], out, strlen(out));
        cr_expect_eq(m->u.cond.text.code, QRS_CODE_CLOSED);
        parse_done();
    }
    REFUSE(QRS_E_DIALECT, qrs_build_status(QRS_DIALECT_DRAFT03, NULL, "OK", QRS_CODE_CLOSED, 0, NULL, "closed", out, 512,
                                          &len));
}

Test(build_status, refusals)
{
    qrs_urange ok_v[] = {{1, 2}};
    RANGES(zero, {0, 3});
    RANGES(overlap, {1, 5}, {2, 3});
    RANGES(touching, {1, 1}, {2, 2});
    qrs_ranges empty = {ok_v, 0, 2};
    for (int i = 0; i < 3; i++) {
        qrs_dialect d = dialects[i];
        REFUSE(QRS_E_MODSEQ_ZERO, qrs_build_status(d, NULL, "OK", QRS_CODE_HIGHESTMODSEQ, 0, NULL, "x", out, 512, &len));
        REFUSE(QRS_E_MODSEQ_RANGE,
               qrs_build_status(d, NULL, "OK", QRS_CODE_HIGHESTMODSEQ, limit_of(d) + 1u, NULL, "x", out, 512, &len));
        REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_status(d, "a", "OK", QRS_CODE_MODIFIED, 0, &empty, "x", out, 512, &len));
        REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_status(d, "a", "OK", QRS_CODE_MODIFIED, 0, NULL, "x", out, 512, &len));
        REFUSE(QRS_E_NUMBER_RANGE, qrs_build_status(d, "a", "OK", QRS_CODE_MODIFIED, 0, &zero, "x", out, 512, &len));
        REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_status(d, "a", "OK", QRS_CODE_MODIFIED, 0, &overlap, "x", out, 512, &len));
        REFUSE(QRS_E_INVALID_ARGUMENT,
               qrs_build_status(d, "a", "OK", QRS_CODE_MODIFIED, 0, &touching, "x", out, 512, &len));
        /* PREAUTH and BYE are never tagged; unknown status words */
        REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_status(d, "a1", "PREAUTH", QRS_CODE_NONE, 0, NULL, "x", out, 512, &len));
        REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_status(d, "a1", "BYE", QRS_CODE_NONE, 0, NULL, "x", out, 512, &len));
        REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_status(d, NULL, "MAYBE", QRS_CODE_NONE, 0, NULL, "x", out, 512, &len));
        REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_status(d, NULL, "", QRS_CODE_NONE, 0, NULL, "x", out, 512, &len));
        REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_status(d, NULL, NULL, QRS_CODE_NONE, 0, NULL, "x", out, 512, &len));
        /* text: 1*TEXT-CHAR, not starting with '[', and not ending in a
         * literal announcement that a framer would act on */
        const char *bad_texts[] = {"[ALERT] x", "[", "", "a\rb", "a\nb", "done\r\n", "caf\xc3\xa9", "size {9}",
                                   "{0}", "next {12+}", NULL};
        for (size_t t = 0; t < sizeof bad_texts / sizeof bad_texts[0]; t++) {
            REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_status(d, NULL, "OK", QRS_CODE_NONE, 0, NULL, bad_texts[t], out, 512,
                                                           &len));
            REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_status(d, "a", "NO", QRS_CODE_HIGHESTMODSEQ, 5, NULL, bad_texts[t],
                                                           out, 512, &len));
        }
        /* tags */
        REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_status(d, "a+b", "OK", QRS_CODE_NONE, 0, NULL, "x", out, 512, &len));
        REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_status(d, "", "OK", QRS_CODE_NONE, 0, NULL, "x", out, 512, &len));
        REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_status(d, "a b", "OK", QRS_CODE_NONE, 0, NULL, "x", out, 512, &len));
        /* codes outside the extension */
        REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_status(d, NULL, "OK", QRS_CODE_UIDNEXT, 5, NULL, "x", out, 512, &len));
        REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_status(d, NULL, "OK", QRS_CODE_OTHER, 5, NULL, "x", out, 512, &len));
        fill_out();
        cr_expect_eq(qrs_build_status(d, NULL, "OK", QRS_CODE_NONE, 0, NULL, "x", out, 512, NULL),
                     QRS_E_INVALID_ARGUMENT);
        expect_nothing_written("status len NULL");
    }
}

/* MARK: - snprintf contract, every builder */

typedef qrs_code (*builder_fn)(char *buf, size_t cap, size_t *len);

static qrs_urange snp_v[] = {{1, 3}, {5, 5}, {4294967290u, TOP}};
static qrs_ranges snp = {snp_v, 3, 3};
static uint32_t snp_seqs[] = {1, 2, 3}, snp_uids[] = {1, 2, 4};
static unsigned char snp_scratch[4096];
static uint32_t snp_cache[] = {1, 2, 3, 5, 8, 13, 21, 34};

static qrs_code b_vanished(char *b, size_t c, size_t *l)
{
    return qrs_build_vanished(QRS_DIALECT_RFC7162, 1, NULL, &snp, b, c, l);
}
static qrs_code b_vanished_tag(char *b, size_t c, size_t *l)
{
    return qrs_build_vanished(QRS_DIALECT_DRAFT03, 1, "A1", &snp, b, c, l);
}
static qrs_code b_select(char *b, size_t c, size_t *l)
{
    qrs_qresync_values q = {5, 6, &snp, snp_seqs, snp_uids, 3};
    return qrs_build_select(QRS_DIALECT_RFC7162, "s1", 0, "my \"box\"", &q, 1, b, c, l);
}
static qrs_code b_fetch(char *b, size_t c, size_t *l)
{
    return qrs_build_uid_fetch(QRS_DIALECT_RFC5162, "f1", "1:*", "(FLAGS MODSEQ)", 99, 1, b, c, l);
}
static qrs_code b_store(char *b, size_t c, size_t *l)
{
    return qrs_build_store(QRS_DIALECT_RFC7162, "t1", 1, "2:4", 0, "+FLAGS", "(\\Seen)", b, c, l);
}
static qrs_code b_status(char *b, size_t c, size_t *l)
{
    return qrs_build_status(QRS_DIALECT_RFC7162, NULL, "OK", QRS_CODE_MODIFIED, 0, &snp, "failed", b, c, l);
}
static size_t snp_count;
static qrs_code b_split(char *b, size_t c, size_t *l)
{
    return qrs_build_vanished_split(QRS_DIALECT_RFC7162, 1, NULL, &snp, 44, b, c, l, &snp_count);
}
static qrs_code b_budget(char *b, size_t c, size_t *l)
{
    qrs_arena a;
    qrs_arena_init(&a, snp_scratch, sizeof snp_scratch);
    return qrs_build_select_budget(QRS_DIALECT_RFC7162, "b1", 1, "INBOX", 9, 10, snp_cache, 8, 200, &a, b, c, l);
}

static void snprintf_contract(builder_fn f, const char *name)
{
    static char full[1024], buf[1100];
    size_t full_len = 0, len = 0;
    cr_assert_eq(f(full, sizeof full, &full_len), QRS_OK, "%s", name);
    cr_assert_eq(full_len, strlen(full), "%s", name);
    cr_assert(full_len >= 2 && full[full_len - 2] == '\r' && full[full_len - 1] == '\n', "%s: %s", name, full);
    size_t split_count = snp_count;

    /* size query */
    len = 12345;
    cr_expect_eq(f(NULL, 0, &len), QRS_OK, "%s size query", name);
    cr_expect_eq(len, full_len, "%s size query: %zu, want %zu", name, len, full_len);
    if (f == b_split)
        cr_expect_eq(snp_count, split_count, "split count on a size query");
    /* cap 0 with a buffer: nothing written */
    memset(buf, SENT, sizeof buf);
    len = 0;
    cr_expect_eq(f(buf, 0, &len), QRS_OK, "%s cap 0", name);
    cr_expect_eq(len, full_len, "%s cap 0", name);
    cr_expect_eq(buf[0], SENT, "%s: cap 0 but byte 0 written", name);

    size_t caps[] = {1, 2, 5, full_len / 2, full_len - 1, full_len, full_len + 1, full_len + 50};
    for (size_t k = 0; k < sizeof caps / sizeof caps[0]; k++) {
        size_t cap = caps[k];
        memset(buf, SENT, sizeof buf);
        len = 0;
        cr_expect_eq(f(buf, cap, &len), QRS_OK, "%s cap %zu", name, cap);
        cr_expect_eq(len, full_len, "%s cap %zu: *len %zu, want %zu", name, cap, len, full_len);
        size_t kept = cap <= full_len ? cap - 1 : full_len;
        cr_expect_eq(memcmp(buf, full, kept), 0, "%s cap %zu: prefix differs", name, cap);
        cr_expect_eq(buf[kept], 0, "%s cap %zu: not NUL-terminated at %zu", name, cap, kept);
        for (size_t i = cap; i < sizeof buf; i++)
            if (buf[i] != SENT) {
                cr_expect_fail("%s cap %zu: byte %zu written past cap", name, cap, i);
                break;
            }
        if (f == b_split)
            cr_expect_eq(snp_count, split_count, "split count with cap %zu", cap);
    }
}

Test(build_snprintf, every_builder)
{
    struct {
        builder_fn f;
        const char *name;
    } all[] = {{b_vanished, "vanished"}, {b_vanished_tag, "vanished draft03"}, {b_select, "select"},
               {b_fetch, "uid fetch"},   {b_store, "store"},                  {b_status, "status"},
               {b_split, "vanished split"}, {b_budget, "select budget"}};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
        snprintf_contract(all[i].f, all[i].name);
}

Test(build_snprintf, outputs_end_in_crlf_and_parse)
{
    static char buf[1024];
    size_t len;
    qrs_dialect d[] = {QRS_DIALECT_RFC7162, QRS_DIALECT_DRAFT03, QRS_DIALECT_RFC7162, QRS_DIALECT_RFC5162,
                       QRS_DIALECT_RFC7162, QRS_DIALECT_RFC7162};
    builder_fn f[] = {b_vanished, b_vanished_tag, b_select, b_fetch, b_store, b_status};
    for (size_t i = 0; i < sizeof f / sizeof f[0]; i++) {
        cr_assert_eq(f[i](buf, sizeof buf, &len), QRS_OK);
        cr_expect(len >= 2 && buf[len - 2] == '\r' && buf[len - 1] == '\n');
        parse_strict(d[i], buf, len);
        parse_done();
    }
}

/* MARK: - VANISHED over several lines */

typedef struct split_mode {
    qrs_dialect dialect;
    int earlier;
    const char *tag;
    size_t head; /* length of "* VANISHED ..." before the UIDs */
} split_mode;

static const split_mode split_modes[] = {
    {QRS_DIALECT_RFC7162, 0, NULL, 11},    {QRS_DIALECT_RFC7162, 1, NULL, 21},   {QRS_DIALECT_RFC5162, 1, NULL, 21},
    {QRS_DIALECT_RFC5162, 0, NULL, 11},    {QRS_DIALECT_DRAFT03, 0, NULL, 11},   {QRS_DIALECT_DRAFT03, 1, "A0042", 25},
};

static size_t range_text_len(const qrs_urange *r)
{
    char tmp[32];
    return r->lo == r->hi ? (size_t)snprintf(tmp, sizeof tmp, "%" PRIu32, r->lo)
                          : (size_t)snprintf(tmp, sizeof tmp, "%" PRIu32 ":%" PRIu32, r->lo, r->hi);
}

/* Random normalized set of about nr ranges, ascending from start; may end at 4294967295. */
static void random_set(qrs_ranges *r, qrs_urange *st, size_t cap, size_t nr, uint32_t start, int to_top)
{
    qrs_ranges_init(r, st, cap);
    uint64_t cur = start;
    for (size_t k = 0; k < nr && cur <= TOP; k++) {
        uint64_t hi = cur;
        switch (rng_below(4)) {
        case 0:
            hi = cur + rng_below(3);
            break;
        case 1:
            hi = cur + rng_below(100000);
            break;
        default:
            break;
        }
        if (hi > TOP)
            hi = TOP;
        cr_assert(r->n < cap);
        r->v[r->n].lo = (uint32_t)cur;
        r->v[r->n].hi = (uint32_t)hi;
        r->n++;
        cur = hi + 2 + rng_below(rng_below(2) ? 10 : 1000000);
    }
    if (to_top && r->v[r->n - 1].hi != TOP) {
        cr_assert(r->n < cap);
        r->v[r->n].lo = (uint64_t)r->v[r->n - 1].hi + 2 > TOP - 3 ? TOP : TOP - 3;
        r->v[r->n].hi = TOP;
        if ((uint64_t)r->v[r->n].lo > (uint64_t)r->v[r->n - 1].hi + 1)
            r->n++;
    }
}

/* Checks one qrs_build_vanished_split run of uids against its oracle. */
static void check_split(const split_mode *md, const qrs_ranges *uids, size_t max_line)
{
    static char sbuf[BIG];
    size_t need = md->head + 2, len = 0, count = 12345;
    for (size_t i = 0; i < uids->n; i++)
        if (md->head + range_text_len(&uids->v[i]) + 2 > need)
            need = md->head + range_text_len(&uids->v[i]) + 2;
    memset(sbuf, SENT, 64);
    qrs_code rc = qrs_build_vanished_split(md->dialect, md->earlier, md->tag, uids, max_line, sbuf, sizeof sbuf, &len,
                                           &count);
    if (need > max_line) {
        cr_expect_eq(rc, QRS_E_TOO_LONG, "[%s earlier=%d] max_line %zu < %zu: %s", qrs_dialect_name(md->dialect),
                     md->earlier, max_line, need, qrs_code_name(rc));
        cr_expect(sbuf[0] == SENT || sbuf[0] == 0, "TOO_LONG but wrote %.40s", sbuf);
        for (size_t i = 1; i < 64; i++)
            cr_assert_eq(sbuf[i], SENT, "TOO_LONG but byte %zu written", i);
        return;
    }
    cr_assert_eq(rc, QRS_OK, "[%s earlier=%d] max_line %zu: %s", qrs_dialect_name(md->dialect), md->earlier, max_line,
                 qrs_code_name(rc));
    cr_assert_lt(len, sizeof sbuf);
    cr_assert_eq(len, strlen(sbuf));

    /* Walk the responses: each <= max_line, CRLF-ended, parsed strictly, disjoint from the others. */
    qrs_ranges acc, part, tmp;
    qrs_ranges_init(&acc, st_a, sizeof st_a / sizeof st_a[0]);
    size_t lines = 0, prev_len = 0, prev_elems_len = 0;
    const char *p = sbuf, *end = sbuf + len;
    while (p < end) {
        const char *crlf = strstr(p, "\r\n");
        cr_assert_not_null(crlf, "response %zu without CRLF", lines);
        size_t llen = (size_t)(crlf + 2 - p);
        cr_assert_leq(llen, max_line, "response %zu is %zu octets, max_line %zu: %.100s", lines, llen, max_line, p);
        cr_assert_null(memchr(p, '\n', llen - 1), "LF inside response %zu", lines);
        const qrs_message *m = parse_strict(md->dialect, p, llen);
        cr_assert_eq(m->kind, QRS_RESP_VANISHED);
        if (md->dialect == QRS_DIALECT_DRAFT03) {
            cr_expect_eq(m->u.vanished.has_tag, md->earlier, "response %zu: TAG", lines);
            if (md->earlier)
                cr_expect(slice_eq(m->u.vanished.tag.value, md->tag));
            cr_expect_eq(m->u.vanished.earlier, 0);
        } else {
            cr_expect_eq(m->u.vanished.earlier, md->earlier, "response %zu: EARLIER", lines);
            cr_expect_eq(m->u.vanished.has_tag, 0);
        }
        ranges_of(&m->u.vanished.uids, &part, st_c, sizeof st_c / sizeof st_c[0]);
        cr_assert_gt(part.n, 0u);
        qrs_ranges_init(&tmp, st_b, sizeof st_b / sizeof st_b[0]);
        cr_assert_eq(qrs_ranges_intersect(&acc, &part, &tmp), QRS_OK);
        cr_assert_eq(tmp.n, 0u, "response %zu repeats UID %" PRIu32, lines, tmp.n ? tmp.v[0].lo : 0);
        qrs_ranges_init(&tmp, st_b, sizeof st_b / sizeof st_b[0]);
        cr_assert_eq(qrs_ranges_union(&acc, &part, &tmp), QRS_OK);
        memcpy(st_a, st_b, tmp.n * sizeof st_b[0]);
        acc.n = tmp.n;
        /* "as many as needed": two neighbouring responses could not have been one */
        size_t elems_len = llen - md->head - 2;
        if (lines)
            cr_expect_gt(md->head + prev_elems_len + 1 + elems_len + 2, max_line,
                         "responses %zu and %zu (%zu + %zu octets) would fit in one line of %zu", lines - 1, lines,
                         prev_len, llen, max_line);
        prev_len = llen;
        prev_elems_len = elems_len;
        parse_done();
        lines++;
        p += llen;
    }
    cr_expect_eq(count, lines, "*count %zu, responses %zu", count, lines);
    cr_expect(ranges_eq(&acc, uids), "union of the responses differs from the input (%zu vs %zu ranges)", acc.n,
              uids->n);
}

Test(build_vanished_split, random_sets_and_budgets)
{
    static qrs_urange in[4000];
    static const size_t max_lines[] = {13, 20, 33, 34, 40, 47, 60, 100, 1000, 8192, 1u << 20};
    rng_state = 0x5eed0001u;
    for (int round = 0; round < 12; round++) {
        qrs_ranges uids;
        size_t nr = round < 3 ? (size_t)round + 1 : round < 8 ? 50 + rng_below(200) : 400 + rng_below(800);
        uint32_t start = round % 3 == 0 ? 1 : round % 3 == 1 ? 1 + rng_below(1000) : 4294000000u;
        random_set(&uids, in, sizeof in / sizeof in[0], nr, start, round % 2);
        for (size_t m = 0; m < sizeof split_modes / sizeof split_modes[0]; m++)
            for (size_t k = 0; k < sizeof max_lines / sizeof max_lines[0]; k++)
                check_split(&split_modes[m], &uids, max_lines[k]);
    }
}

Test(build_vanished_split, edges)
{
    RANGES(top2, {4294967294u, TOP});
    RANGES(single, {7, 7});
    size_t len = 0, count = 0;
    /* "* VANISHED 4294967294:4294967295\r\n" is 34 octets */
    check_split(&split_modes[0], &top2, 34);
    check_split(&split_modes[0], &top2, 33);
    memset(out, SENT, 64);
    cr_expect_eq(qrs_build_vanished_split(QRS_DIALECT_RFC7162, 0, NULL, &top2, 34, out, 512, &len, &count), QRS_OK);
    cr_expect_str_eq(out, "* VANISHED 4294967294:4294967295\r\n");
    cr_expect_eq(count, 1u);
    cr_expect_eq(qrs_build_vanished_split(QRS_DIALECT_RFC7162, 0, NULL, &top2, 33, out, 512, &len, &count),
                 QRS_E_TOO_LONG);
    cr_expect_eq(qrs_build_vanished_split(QRS_DIALECT_RFC7162, 1, NULL, &top2, 43, out, 512, &len, &count),
                 QRS_E_TOO_LONG);
    cr_expect_eq(qrs_build_vanished_split(QRS_DIALECT_RFC7162, 1, NULL, &top2, 44, out, 512, &len, &count), QRS_OK);
    /* one UID per line */
    RANGES(three, {1, 1}, {3, 3}, {5, 5});
    memset(out, SENT, 64);
    cr_expect_eq(qrs_build_vanished_split(QRS_DIALECT_RFC7162, 0, NULL, &three, 14, out, 512, &len, &count), QRS_OK);
    cr_expect_str_eq(out, "* VANISHED 1\r\n* VANISHED 3\r\n* VANISHED 5\r\n");
    cr_expect_eq(count, 3u);
    cr_expect_eq(len, 42u);
    check_split(&split_modes[5], &single, 1000);
    check_split(&split_modes[5], &single, 27);
    check_split(&split_modes[5], &single, 28);
}

Test(build_vanished_split, refusals)
{
    RANGES(ok, {1, 2});
    RANGES(zero, {0, 2});
    RANGES(overlap, {1, 5}, {5, 8});
    RANGES(unsorted, {9, 9}, {1, 1});
    qrs_ranges empty = {ok_v, 0, 2};
    size_t count;
#define SPLIT(d, e, t, u) qrs_build_vanished_split((d), (e), (t), (u), 1000, out, 512, &len, &count)
    for (int i = 0; i < 3; i++) {
        REFUSE(QRS_E_INVALID_ARGUMENT, SPLIT(dialects[i], 0, NULL, &empty));
        REFUSE(QRS_E_INVALID_ARGUMENT, SPLIT(dialects[i], 0, NULL, NULL));
        REFUSE(QRS_E_NUMBER_RANGE, SPLIT(dialects[i], 0, NULL, &zero));
        REFUSE(QRS_E_INVALID_ARGUMENT, SPLIT(dialects[i], 0, NULL, &overlap));
        REFUSE(QRS_E_INVALID_ARGUMENT, SPLIT(dialects[i], 0, NULL, &unsorted));
        REFUSE(QRS_E_INVALID_ARGUMENT,
               qrs_build_vanished_split(dialects[i], 0, NULL, &ok, 1000, out, 512, &len, NULL));
    }
    REFUSE(QRS_E_DIALECT, SPLIT(QRS_DIALECT_RFC7162, 1, "a1", &ok));
    REFUSE(QRS_E_INVALID_ARGUMENT, SPLIT(QRS_DIALECT_DRAFT03, 1, "a+b", &ok));
    REFUSE(QRS_E_INVALID_ARGUMENT, SPLIT(QRS_DIALECT_DRAFT03, 1, "a b", &ok));
    REFUSE(QRS_E_INVALID_ARGUMENT, SPLIT(QRS_DIALECT_DRAFT03, 1, "", &ok));
    REFUSE(QRS_E_TOO_LONG, qrs_build_vanished_split(QRS_DIALECT_RFC7162, 0, NULL, &ok, 12, out, 512, &len, &count));
    REFUSE(QRS_E_TOO_LONG, qrs_build_vanished_split(QRS_DIALECT_RFC7162, 0, NULL, &ok, 0, out, 512, &len, &count));
#undef SPLIT
}

/* MARK: - SELECT within a line budget */

static unsigned char *budget_scratch;
#define SCRATCH_CAP (4u << 20)

/* A cache of n ascending UIDs starting at start: mostly runs, with gaps. */
static void make_cache(uint32_t *uids, size_t n, uint32_t start)
{
    uint64_t u = start;
    for (size_t i = 0; i < n; i++) {
        cr_assert_leq(u, (uint64_t)TOP);
        uids[i] = (uint32_t)u;
        unsigned r = rng_below(100);
        u += r < 70 ? 1 : r < 95 ? 2 + rng_below(5) : 10 + rng_below(5000);
    }
}

static size_t bare_select_len(const char *tag, int examine, const char *mailbox_text, uint32_t uv, uint64_t ms)
{
    char tmp[256];
    return (size_t)snprintf(tmp, sizeof tmp, "%s %s %s (QRESYNC (%" PRIu32 " %" PRIu64 "))\r\n", tag,
                            examine ? "EXAMINE" : "SELECT", mailbox_text, uv, ms);
}

/* One qrs_build_select_budget run checked against the cache. */
static void check_budget(qrs_dialect d, const uint32_t *uids, size_t n, size_t max_line, int examine)
{
    static char bbuf[BIG];
    const uint32_t uv = 3857529045u;
    const uint64_t ms = 20010715194045007ull;
    size_t bare = bare_select_len("A142", examine, "INBOX", uv, ms), len = 0;
    qrs_arena scratch;
    qrs_arena_init(&scratch, budget_scratch, SCRATCH_CAP);
    memset(bbuf, SENT, 64);
    qrs_code rc = qrs_build_select_budget(d, "A142", examine, "INBOX", uv, ms, uids, n, max_line, &scratch, bbuf,
                                          sizeof bbuf, &len);
    if (bare > max_line) {
        cr_expect_eq(rc, QRS_E_TOO_LONG, "n=%zu max_line %zu < bare %zu: %s", n, max_line, bare, qrs_code_name(rc));
        cr_expect(bbuf[0] == SENT || bbuf[0] == 0);
        for (size_t i = 1; i < 64; i++)
            cr_assert_eq(bbuf[i], SENT, "TOO_LONG but byte %zu written", i);
        return;
    }
    cr_assert_eq(rc, QRS_OK, "[%s] n=%zu max_line %zu: %s", qrs_dialect_name(d), n, max_line, qrs_code_name(rc));
    cr_assert_eq(len, strlen(bbuf));
    cr_assert_leq(len, max_line, "n=%zu: %zu octets, max_line %zu", n, len, max_line);
    cr_assert(len >= 2 && bbuf[len - 2] == '\r' && bbuf[len - 1] == '\n');

    const qrs_message *m = parse_strict(d, bbuf, len);
    cr_assert_eq(m->kind, QRS_CMD_SELECT);
    cr_expect_eq(m->u.select.examine, examine);
    cr_expect(slice_eq(m->tag, "A142"));
    cr_expect(slice_eq(m->u.select.mailbox.value, "INBOX"));
    const qrs_param *p = m->u.select.qresync;
    cr_assert_not_null(p, "%.200s", bbuf);
    cr_expect_eq(p->qresync.uidvalidity, uv);
    cr_expect_eq(p->qresync.modseq, ms);

    /* the cache as ranges, and how long its exact text is */
    qrs_ranges cache;
    qrs_ranges_init(&cache, st_a, sizeof st_a / sizeof st_a[0]);
    cr_assert_eq(qrs_ranges_from_uids(&cache, uids, n), QRS_OK);
    size_t exact = n ? bare + 1 + qrs_ranges_format(&cache, NULL, 0) : bare;

    if (n == 0) {
        cr_expect_eq(p->qresync.has_known_uids, 0);
        cr_expect_eq(p->qresync.has_seq_match, 0);
        cr_expect_eq(len, bare);
    }
    if (p->qresync.has_known_uids) {
        cr_assert_gt(n, 0u);
        qrs_ranges known, missing;
        ranges_of(&p->qresync.known_uids, &known, st_b, sizeof st_b / sizeof st_b[0]);
        qrs_ranges_init(&missing, st_c, sizeof st_c / sizeof st_c[0]);
        cr_assert_eq(qrs_ranges_subtract(&cache, &known, &missing), QRS_OK);
        cr_expect_eq(missing.n, 0u, "n=%zu max_line %zu: cache UID %" PRIu32 " not in known-uids", n, max_line,
                     missing.n ? missing.v[0].lo : 0);
        cr_expect_geq(known.v[0].lo, uids[0], "known-uids reach below the cache");
        cr_expect_leq(known.v[known.n - 1].hi, uids[n - 1], "known-uids reach past the cache");
        if (exact <= max_line)
            cr_expect(ranges_eq(&known, &cache), "n=%zu max_line %zu: the exact cache fits (%zu) but was coarsened",
                      n, max_line, exact);
    } else if (n) {
        /* omitted only when not even one range first:last fits */
        char one[32];
        int w = uids[0] == uids[n - 1] ? snprintf(one, sizeof one, "%" PRIu32, uids[0])
                                       : snprintf(one, sizeof one, "%" PRIu32 ":%" PRIu32, uids[0], uids[n - 1]);
        cr_expect_gt(bare + 1 + (size_t)w, max_line, "n=%zu max_line %zu: known-uids omitted though %s fits", n,
                     max_line, one);
    }
    if (p->qresync.has_seq_match) {
        static uint32_t s[4096], u[4096];
        size_t ns = expand(&p->qresync.known_sequence_set, s, 4096);
        size_t nu = expand(&p->qresync.known_uid_set, u, 4096);
        cr_assert_eq(ns, nu, "seq-match-data does not pair up: %zu vs %zu", ns, nu);
        cr_assert_gt(ns, 0u);
        for (size_t i = 0; i < ns; i++) {
            cr_assert(s[i] >= 1 && s[i] <= n, "message number %" PRIu32 " outside 1..%zu", s[i], n);
            cr_expect_eq(uids[s[i] - 1], u[i], "pair (%" PRIu32 ", %" PRIu32 ") but message %" PRIu32 " has UID %" PRIu32,
                         s[i], u[i], s[i], uids[s[i] - 1]);
            if (i) {
                cr_expect_gt(s[i], s[i - 1], "message numbers not ascending");
                cr_expect_gt(u[i], u[i - 1], "UIDs not ascending");
            }
        }
    }
    if (n && max_line >= exact + 200) {
        cr_expect_eq(p->qresync.has_known_uids, 1);
        cr_expect_eq(p->qresync.has_seq_match, 1, "room to spare but no seq-match-data");
    }
    parse_done();
}

Test(build_select_budget, caches_and_budgets, .timeout = 120)
{
    static uint32_t cache[100000];
    static const size_t sizes[] = {0, 1, 2, 10, 1000, 100000};
    static const size_t max_lines[] = {40, 55, 60, 61, 62, 64, 70, 80, 100, 200, 1000, 8192};
    budget_scratch = malloc(SCRATCH_CAP);
    cr_assert_not_null(budget_scratch);
    rng_state = 0x5eed0002u;
    for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
        size_t n = sizes[s];
        make_cache(cache, n, 1 + rng_below(1000));
        for (size_t k = 0; k < sizeof max_lines / sizeof max_lines[0]; k++)
            check_budget(s % 2 ? QRS_DIALECT_RFC5162 : QRS_DIALECT_RFC7162, cache, n, max_lines[k], (int)(k % 2));
        /* a budget the exact cache fits in */
        check_budget(QRS_DIALECT_DRAFT03, cache, n, 1u << 20, 0);
        check_budget(QRS_DIALECT_RFC7162, cache, n, 1u << 20, 1);
    }
    /* a cache at the top of the UID space */
    for (size_t i = 0; i < 6; i++)
        cache[i] = 4294967290u + (uint32_t)i;
    for (size_t k = 0; k < sizeof max_lines / sizeof max_lines[0]; k++)
        check_budget(QRS_DIALECT_RFC7162, cache, 6, max_lines[k], 0);
    check_budget(QRS_DIALECT_RFC7162, cache, 6, 1u << 20, 0);
    free(budget_scratch);
}

Test(build_select_budget, exact_cache_and_its_pairs)
{
    uint32_t uids[] = {3, 4, 5, 9, 10, 20, 4294967295u};
    unsigned char sc[1024];
    qrs_arena a;
    size_t len = 0;
    qrs_arena_init(&a, sc, sizeof sc);
    memset(out, SENT, 1024);
    cr_assert_eq(qrs_build_select_budget(QRS_DIALECT_RFC7162, "a1", 0, "INBOX", 99, 1234, uids, 7, 8192, &a, out,
                                         sizeof out, &len),
                 QRS_OK);
    const qrs_message *m = parse_strict(QRS_DIALECT_RFC7162, out, len);
    const qrs_param *p = m->u.select.qresync;
    cr_assert_not_null(p);
    RANGES(want, {3, 5}, {9, 10}, {20, 20}, {TOP, TOP});
    cr_assert_eq(p->qresync.has_known_uids, 1);
    expect_set(&p->qresync.known_uids, &want, "known-uids of the whole cache");
    cr_expect(strstr(out, "*") == NULL, "'*' written: %s", out);
    cr_assert_eq(p->qresync.has_seq_match, 1);
    uint32_t s[64], u[64];
    size_t ns = expand(&p->qresync.known_sequence_set, s, 64);
    cr_assert_eq(expand(&p->qresync.known_uid_set, u, 64), ns);
    int has_last = 0;
    for (size_t i = 0; i < ns; i++) {
        cr_expect_eq(uids[s[i] - 1], u[i]);
        has_last |= s[i] == 7;
    }
    cr_expect(has_last, "the last message is not sampled: %s", out);
    parse_done();
}

Test(build_select_budget, bare_parameter_edges)
{
    uint32_t uids[] = {1, 2, 3, 5, 8};
    unsigned char sc[1024];
    qrs_arena a;
    size_t bare = bare_select_len("a1", 0, "INBOX", 7, 8);
    size_t len = 0;
    /* exactly the bare parameter: fits, with neither known-uids nor seq-match-data */
    for (size_t extra = 0; extra < 4; extra++) {
        qrs_arena_init(&a, sc, sizeof sc);
        memset(out, SENT, 1024);
        cr_assert_eq(qrs_build_select_budget(QRS_DIALECT_RFC7162, "a1", 0, "INBOX", 7, 8, uids, 5, bare + extra, &a,
                                             out, sizeof out, &len),
                     QRS_OK, "max_line bare+%zu", extra);
        cr_expect_leq(len, bare + extra);
        const qrs_message *m = parse_strict(QRS_DIALECT_RFC7162, out, len);
        cr_assert_not_null(m->u.select.qresync);
        cr_expect_eq(m->u.select.qresync->qresync.has_known_uids, 0, "\" 1:8\" does not fit in %zu extra", extra);
        parse_done();
    }
    /* " 1:8" is 4 octets: bare+4 holds it */
    qrs_arena_init(&a, sc, sizeof sc);
    cr_assert_eq(qrs_build_select_budget(QRS_DIALECT_RFC7162, "a1", 0, "INBOX", 7, 8, uids, 5, bare + 4, &a, out,
                                         sizeof out, &len),
                 QRS_OK);
    cr_expect_str_eq(out, "a1 SELECT INBOX (QRESYNC (7 8 1:8))\r\n");
    /* one octet short of the bare parameter */
    qrs_arena_init(&a, sc, sizeof sc);
    REFUSE(QRS_E_TOO_LONG, qrs_build_select_budget(QRS_DIALECT_RFC7162, "a1", 0, "INBOX", 7, 8, uids, 5, bare - 1, &a,
                                                    out, 512, &len));
    qrs_arena_init(&a, sc, sizeof sc);
    REFUSE(QRS_E_TOO_LONG, qrs_build_select_budget(QRS_DIALECT_RFC7162, "a1", 0, "INBOX", 7, 8, NULL, 0, bare - 1, &a,
                                                    out, 512, &len));
    qrs_arena_init(&a, sc, sizeof sc);
    REFUSE(QRS_E_TOO_LONG, qrs_build_select_budget(QRS_DIALECT_RFC7162, "a1", 0, "INBOX", 7, 8, uids, 5, 0, &a, out,
                                                    512, &len));
    /* quoted mailbox names count too */
    size_t qbare = bare_select_len("a1", 1, "\"my \\\"box\\\"\"", 7, 8);
    qrs_arena_init(&a, sc, sizeof sc);
    REFUSE(QRS_E_TOO_LONG, qrs_build_select_budget(QRS_DIALECT_RFC7162, "a1", 1, "my \"box\"", 7, 8, uids, 5, qbare - 1,
                                                    &a, out, 512, &len));
    qrs_arena_init(&a, sc, sizeof sc);
    memset(out, SENT, 1024);
    cr_assert_eq(qrs_build_select_budget(QRS_DIALECT_RFC7162, "a1", 1, "my \"box\"", 7, 8, uids, 5, 1000, &a, out,
                                         sizeof out, &len),
                 QRS_OK);
    const qrs_message *m = parse_strict(QRS_DIALECT_RFC7162, out, len);
    char name[32];
    unquote(&m->u.select.mailbox, name, sizeof name);
    cr_expect_str_eq(name, "my \"box\"");
    cr_expect_eq(m->u.select.examine, 1);
    parse_done();
}

Test(build_select_budget, refusals)
{
    uint32_t ok[] = {1, 2, 3, 5, 8};
    uint32_t down[] = {1, 2, 5, 3, 8};
    uint32_t dup[] = {1, 2, 2, 3};
    uint32_t zero[] = {0, 1, 2};
    static unsigned char sc[1 << 16];
    qrs_arena a;
#define BUDGET(d, tag, box, uv, ms, u, n, arena)                                                                   \
    (qrs_arena_init(&a, sc, sizeof sc),                                                                             \
     qrs_build_select_budget((d), (tag), 0, (box), (uv), (ms), (u), (n), 1000, (arena), out, 512, &len))
    for (int i = 0; i < 3; i++) {
        qrs_dialect d = dialects[i];
        REFUSE(QRS_E_NOT_ASCENDING, BUDGET(d, "a", "INBOX", 1, 1, down, 5, &a));
        REFUSE(QRS_E_NOT_ASCENDING, BUDGET(d, "a", "INBOX", 1, 1, dup, 4, &a));
        REFUSE(QRS_E_NUMBER_RANGE, BUDGET(d, "a", "INBOX", 1, 1, zero, 3, &a));
        REFUSE(QRS_E_NUMBER_RANGE, BUDGET(d, "a", "INBOX", 0, 1, ok, 5, &a));
        REFUSE(QRS_E_MODSEQ_ZERO, BUDGET(d, "a", "INBOX", 1, 0, ok, 5, &a));
        REFUSE(QRS_E_MODSEQ_RANGE, BUDGET(d, "a", "INBOX", 1, limit_of(d) + 1u, ok, 5, &a));
        REFUSE(QRS_E_INVALID_ARGUMENT, BUDGET(d, "a+b", "INBOX", 1, 1, ok, 5, &a));
        REFUSE(QRS_E_INVALID_ARGUMENT, BUDGET(d, "a b", "INBOX", 1, 1, ok, 5, &a));
        REFUSE(QRS_E_INVALID_ARGUMENT, BUDGET(d, "", "INBOX", 1, 1, ok, 5, &a));
        REFUSE(QRS_E_INVALID_ARGUMENT, BUDGET(d, "a", "a\r\nb", 1, 1, ok, 5, &a));
        REFUSE(QRS_E_INVALID_ARGUMENT, BUDGET(d, "a", "Entw\xc3\xbcrfe", 1, 1, ok, 5, &a));
        REFUSE(QRS_E_INVALID_ARGUMENT, BUDGET(d, "a", NULL, 1, 1, ok, 5, &a));
        REFUSE(QRS_E_INVALID_ARGUMENT, BUDGET(d, "a", "INBOX", 1, 1, NULL, 5, &a));
        REFUSE(QRS_E_INVALID_ARGUMENT, BUDGET(d, "a", "INBOX", 1, 1, ok, 5, NULL));
        /* the limit itself is fine */
        size_t len = 0;
        qrs_arena_init(&a, sc, sizeof sc);
        cr_expect_eq(qrs_build_select_budget(d, "a", 0, "INBOX", 1, limit_of(d), ok, 5, 1000, &a, out, 512, &len),
                     QRS_OK);
    }
#undef BUDGET
}

Test(build_select_budget, scratch_too_small)
{
    static uint32_t cache[1000];
    static unsigned char sc[64];
    qrs_arena a;
    rng_state = 0x5eed0003u;
    /* 1000 UIDs, every other one: 1000 ranges, far more than 64 octets of scratch hold */
    for (size_t i = 0; i < 1000; i++)
        cache[i] = 1 + 2 * (uint32_t)i;
    qrs_arena_init(&a, sc, sizeof sc);
    REFUSE(QRS_E_ARENA_FULL, qrs_build_select_budget(QRS_DIALECT_RFC7162, "a", 0, "INBOX", 1, 1, cache, 1000, 8192, &a,
                                                      out, 512, &len));
    qrs_arena_init(&a, NULL, 0);
    REFUSE(QRS_E_ARENA_FULL, qrs_build_select_budget(QRS_DIALECT_RFC7162, "a", 0, "INBOX", 1, 1, cache, 1000, 8192, &a,
                                                      out, 512, &len));
    /* an arena that is almost used up */
    static unsigned char big[1 << 16];
    qrs_arena_init(&a, big, sizeof big);
    a.used = sizeof big - 16;
    REFUSE(QRS_E_ARENA_FULL, qrs_build_select_budget(QRS_DIALECT_RFC7162, "a", 0, "INBOX", 1, 1, cache, 1000, 8192, &a,
                                                      out, 512, &len));
}

Test(build_select_budget, scratch_alignment_and_used_space)
{
    static uint32_t cache[1000];
    static unsigned char raw[1 << 16];
    qrs_arena a;
    size_t len = 0;
    for (size_t i = 0; i < 1000; i++)
        cache[i] = 1 + 3 * (uint32_t)i;
    /* a base that is not 4-byte aligned, and some space already in use */
    for (size_t off = 1; off < 4; off++) {
        qrs_arena_init(&a, raw + off, sizeof raw - off);
        a.used = off * 5;
        memset(out, SENT, 1024);
        cr_assert_eq(qrs_build_select_budget(QRS_DIALECT_RFC7162, "a", 0, "INBOX", 1, 1, cache, 1000, 300, &a, out,
                                             sizeof out, &len),
                     QRS_OK);
        cr_expect_leq(len, 300u);
        parse_strict(QRS_DIALECT_RFC7162, out, len);
        parse_done();
    }
}

/* The header asks for "about 8 bytes per range of the cache" of scratch: a
 * cache of 100000 UIDs in 10 runs has 10 ranges, so 1 KiB (128 ranges' worth)
 * must be plenty. */
Test(build_select_budget, scratch_is_per_range_not_per_uid)
{
    static uint32_t cache[100000];
    static unsigned char sc[1024];
    qrs_arena a;
    size_t len = 0;
    for (size_t i = 0; i < 100000; i++)
        cache[i] = (uint32_t)(i + 1 + (i / 10000) * 5); /* 10 runs of 10000 with gaps of 5 */
    qrs_arena_init(&a, sc, sizeof sc);
    qrs_code rc = qrs_build_select_budget(QRS_DIALECT_RFC7162, "a", 0, "INBOX", 1, 1, cache, 100000, 8192, &a, out,
                                          sizeof out, &len);
    cr_expect_eq(rc, QRS_OK, "10-range cache with 1 KiB scratch: %s (scratch is needed per range, not per UID)",
                 qrs_code_name(rc));
}
