/*
 * test_write.c - qrs_write: lossless output is the parsed bytes; canonical
 * output parses strictly, means the same, and is a fixed point; sets are
 * sorted and merged where their order carries no meaning, '*' is never
 * resolved or confused with 4294967295, and writing never overruns.
 */
#include "support.h"

static unsigned char scratch_buf[1 << 16];

/* Write m in mode into out (a NUL-terminated string); returns the code. */
static qrs_code write_msg(const qrs_message *m, qrs_write_mode mode, char *out, size_t cap, size_t *len)
{
    qrs_arena scratch;
    qrs_arena_init(&scratch, scratch_buf, sizeof scratch_buf);
    return qrs_write(m, mode, &scratch, out, cap, len);
}

/* canonical(s) under opts, or NULL with a test failure. */
static char *canonical(const char *s, const qrs_options *o)
{
    static char out[8192];
    static parsed p;
    size_t len;
    parse_with(&p, s, strlen(s), o);
    cr_assert_eq(p.rc, QRS_OK, "%s at %zu: %s", qrs_code_name(p.rc), p.err.offset, s);
    cr_assert_eq(write_msg(p.msg, QRS_WRITE_CANONICAL, out, sizeof out, &len), QRS_OK);
    cr_assert_eq(len, strlen(out));
    guarded_free(&p.in);
    return out;
}

static void expect_canonical(const char *in, const char *want)
{
    qrs_options o = opts_of(QRS_DIALECT_RFC7162, 0);
    char *got = canonical(in, &o);
    cr_expect_str_eq(got, want);
}

Test(write, canonical_forms)
{
    expect_canonical("* vanished (earlier) 411,300:310,405,5:2,3,301\r\n", "* VANISHED (EARLIER) 2:5,300:310,405,411\r\n");
    expect_canonical("a select inbox (qresync (1 0002 9,8,7,1:3 (1:3 4,5,9)) condstore)\r\n",
                     "a SELECT INBOX (QRESYNC (1 2 1:3,7:9 (1:3 4,5,9)) CONDSTORE)\r\n");
    expect_canonical("a Uid Fetch 9,1:5,6 (flags modseq) (changedsince 0077 vanished)\r\n",
                     "a UID FETCH 1:6,9 (FLAGS MODSEQ) (CHANGEDSINCE 77 VANISHED)\r\n");
    /* "00" is no mod-sequence-valzer ("0" / mod-sequence-value): see test_vectors */
    expect_canonical("a uid store 3,1,2 (unchangedsince 0) +flags.silent (\\Seen)\r\n",
                     "a UID STORE 1:3 (UNCHANGEDSINCE 0) +FLAGS.SILENT (\\Seen)\r\n");
    expect_canonical("a uid store 3,1,2 (unchangedsince 007) +flags.silent (\\Seen)\r\n",
                     "a UID STORE 1:3 (UNCHANGEDSINCE 7) +FLAGS.SILENT (\\Seen)\r\n");
    expect_canonical("* ok [modified 7,5,6] Conditional STORE failed\r\n", "* OK [MODIFIED 5:7] Conditional STORE failed\r\n");
    expect_canonical("* 3 fetch (uid 5 modseq (0010) flags (\\Seen))\r\n", "* 3 FETCH (UID 5 MODSEQ (10) FLAGS (\\Seen))\r\n");
    expect_canonical("* search 5 2 (modseq 077)\r\n", "* SEARCH 5 2 (MODSEQ 77)\r\n");
    expect_canonical("* status blurdybloop (messages 231 highestmodseq 07011231777)\r\n",
                     "* STATUS blurdybloop (MESSAGES 231 HIGHESTMODSEQ 7011231777)\r\n");
    expect_canonical("a enable qresync condstore\r\n", "a ENABLE QRESYNC CONDSTORE\r\n");
    expect_canonical("* Enabled QRESYNC\r\n", "* ENABLED QRESYNC\r\n");
    expect_canonical("a noop\r\n", "a NOOP\r\n");
    expect_canonical("a login \"joe\" {3}\r\nabc\r\n", "a LOGIN \"joe\" {3}\r\nabc\r\n");
    expect_canonical("* ok [closed] Previous mailbox closed\r\n", "* OK [CLOSED] Previous mailbox closed\r\n");
}

Test(write, star_is_kept_and_never_confused_with_the_top_uid)
{
    /* A set with '*' cannot be sorted without a mailbox: it stays as written. */
    expect_canonical("a UID FETCH 5:*,1 (FLAGS)\r\n", "a UID FETCH 5:*,1 (FLAGS)\r\n");
    /* 4294967295 is a number: it sorts and merges like one and never turns into '*'. */
    expect_canonical("* VANISHED 4294967295,4294967294,1\r\n", "* VANISHED 1,4294967294:4294967295\r\n");
    expect_canonical("* VANISHED 1:4294967294,4294967295\r\n", "* VANISHED 1:4294967295\r\n");
}

Test(write, missing_text_gets_the_status_word)
{
    qrs_options o = opts_of(QRS_DIALECT_RFC7162, QRS_LENIENT_MISSING_TEXT);
    cr_expect_str_eq(canonical("* OK [HIGHESTMODSEQ 715194045007]\r\n", &o), "* OK [HIGHESTMODSEQ 715194045007] OK\r\n");
    cr_expect_str_eq(canonical("a107 ok\r\n", &o), "a107 OK OK\r\n");
    /* and the result parses strictly */
    o.lenient = 0;
    cr_expect_str_eq(canonical("* OK [HIGHESTMODSEQ 715194045007] OK\r\n", &o), "* OK [HIGHESTMODSEQ 715194045007] OK\r\n");
}

Test(write, draft03_tag_correlator)
{
    qrs_options o = opts_of(QRS_DIALECT_DRAFT03, 0);
    cr_expect_str_eq(canonical("* vanished (tag \"s100\") 411,300:310\r\n", &o), "* VANISHED (TAG \"s100\") 300:310,411\r\n");
}

Test(write, size_query_and_truncation)
{
    static parsed p;
    const char *s = "* VANISHED (EARLIER) 3,2,1\r\n";
    const char *want = "* VANISHED (EARLIER) 1:3\r\n";
    char small[8];
    size_t len = 0;
    parse_with(&p, s, strlen(s), NULL);
    cr_assert_eq(p.rc, QRS_OK);
    cr_assert_eq(write_msg(p.msg, QRS_WRITE_CANONICAL, NULL, 0, &len), QRS_OK);
    cr_assert_eq(len, strlen(want));
    memset(small, 'x', sizeof small);
    cr_assert_eq(write_msg(p.msg, QRS_WRITE_CANONICAL, small, sizeof small, &len), QRS_OK);
    cr_assert_eq(len, strlen(want));
    cr_assert_eq(small[sizeof small - 1], 0);
    cr_assert(!memcmp(small, want, sizeof small - 1));
    cr_assert_eq(write_msg(p.msg, QRS_WRITE_LOSSLESS, small, sizeof small, &len), QRS_OK);
    cr_assert_eq(len, strlen(s));
    cr_assert_eq(qrs_write(NULL, QRS_WRITE_LOSSLESS, NULL, small, sizeof small, &len), QRS_E_INVALID_ARGUMENT);
    cr_assert_eq(qrs_write(p.msg, QRS_WRITE_LOSSLESS, NULL, small, sizeof small, NULL), QRS_E_INVALID_ARGUMENT);
    guarded_free(&p.in);
}

Test(write, canonical_needs_scratch_for_sets)
{
    static parsed p;
    const char *s = "* VANISHED 3,2,1\r\n";
    unsigned char tiny[8];
    qrs_arena a;
    char out[64];
    size_t len;
    parse_with(&p, s, strlen(s), NULL);
    cr_assert_eq(p.rc, QRS_OK);
    qrs_arena_init(&a, tiny, sizeof tiny);
    cr_expect_eq(qrs_write(p.msg, QRS_WRITE_CANONICAL, &a, out, sizeof out, &len), QRS_E_ARENA_FULL);
    cr_expect_eq(qrs_write(p.msg, QRS_WRITE_CANONICAL, NULL, out, sizeof out, &len), QRS_E_ARENA_FULL);
    /* lossless needs none */
    cr_expect_eq(qrs_write(p.msg, QRS_WRITE_LOSSLESS, NULL, out, sizeof out, &len), QRS_OK);
    cr_expect_str_eq(out, s);
    guarded_free(&p.in);
}

/* Every example line that parses (strictly or leniently): lossless gives the
 * input back; canonical output parses strictly (except for the leniencies that
 * describe values, which canonical keeps) and is a fixed point. */
Test(write, round_trip_on_every_rfc_example)
{
    FILE *f = fopen(VEC_PATH, "r");
    cr_assert(f);
    static parsed p, q;
    static char once[16384], twice[16384];
    static vec v;
    unsigned lineno = 0, lossless = 0, canon = 0;
    while (read_vec(f, VEC_PATH, &v, &lineno)) {
        if (v.lenient != QRS_LENIENT_ALL)
            continue; /* one case per example line: the lenient one, in its own dialect */
        qrs_options o = opts_of(v.dialect, QRS_LENIENT_ALL);
        o.side = v.client ? QRS_SIDE_CLIENT : QRS_SIDE_SERVER;
        parse_with(&p, v.line, v.len, &o);
        if (p.rc != QRS_OK) {
            guarded_free(&p.in);
            continue;
        }
        size_t len;
        cr_assert_eq(write_msg(p.msg, QRS_WRITE_LOSSLESS, once, sizeof once, &len), QRS_OK);
        cr_expect_str_eq(once, v.line, "%s:%u", VEC_PATH, v.lineno);
        lossless++;

        cr_assert_eq(write_msg(p.msg, QRS_WRITE_CANONICAL, once, sizeof once, &len), QRS_OK);
        o.lenient = 0;
        parse_with(&q, once, len, &o);
        cr_expect_eq(q.rc, QRS_OK, "%s:%u: canonical %s does not parse strictly: %s at %zu", VEC_PATH, v.lineno, once,
                     qrs_code_name(q.rc), q.err.offset);
        if (q.rc == QRS_OK) {
            cr_assert_eq(write_msg(q.msg, QRS_WRITE_CANONICAL, twice, sizeof twice, &len), QRS_OK);
            cr_expect_str_eq(twice, once, "%s:%u: canonical is not idempotent", VEC_PATH, v.lineno);
            cr_expect_eq(q.msg->kind, p.msg->kind);
            canon++;
        }
        guarded_free(&q.in);
        guarded_free(&p.in);
    }
    fclose(f);
    cr_expect_gt(lossless, 650);
    cr_expect_eq(canon, lossless);
}
