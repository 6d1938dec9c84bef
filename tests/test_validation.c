/*
 * test_validation.c - the rules beyond the ABNF, the dialect differences,
 * the leniency flags, resource limits and argument checks.
 *
 * Every failure is checked for its error code AND the byte offset of the
 * offending token; the caret comment under each input marks that byte.
 * Every failure also checks that the poisoned qrs_error (support.h fills it
 * with 0xff) was completely written: rule and message are real strings, the
 * expected[] list is sane, and out was set to NULL.
 */
#include <stdio.h>

#include "support.h"

/* MARK: - Helpers */

#define RFC7162 QRS_DIALECT_RFC7162
#define RFC5162 QRS_DIALECT_RFC5162
#define DRAFT03 QRS_DIALECT_DRAFT03

/* Options for one dialect with some leniency flags (compound literal, valid in the enclosing block). */
#define OPT(d, l) (&(qrs_options){.dialect = (d), .lenient = (l)})

/* The qrs_error must be entirely written, not left as support.h's 0xff poison. */
static void check_err_written(int line, const parsed *p)
{
    cr_assert_eq(p->err.code, p->rc, "line %d: err.code %d, returned %d", line, p->err.code, p->rc);
    cr_assert_not_null(p->err.rule, "line %d: err.rule is NULL", line);
    cr_assert_not_null(p->err.message, "line %d: err.message is NULL", line);
    cr_assert(strlen(p->err.rule) < 200, "line %d: err.rule is not a short string", line);
    cr_assert(strlen(p->err.message) > 0 && strlen(p->err.message) < 500, "line %d: err.message empty or unterminated",
              line);
    cr_assert_leq(p->err.n_expected, QRS_MAX_EXPECTED, "line %d: n_expected %u", line, p->err.n_expected);
    for (unsigned i = 0; i < p->err.n_expected; i++) {
        cr_assert_not_null(p->err.expected[i], "line %d: expected[%u] is NULL", line, i);
        cr_assert(strlen(p->err.expected[i]) < 100, "line %d: expected[%u] unterminated", line, i);
    }
    cr_assert_leq(p->err.offset, p->in.len, "line %d: offset %zu beyond the input (%zu)", line, p->err.offset, p->in.len);
    cr_assert_null(p->msg, "line %d: out must be NULL on failure", line);
}

static void expect_err_at(int line, const qrs_options *o, qrs_code code, size_t offset, const char *rule, const char *s,
                          size_t len)
{
    parsed p;
    parse_with(&p, s, len, o);
    cr_assert_eq(p.rc, code, "line %d: \"%.*s\": got %s at %zu (rule %s: %s), expected %s at %zu", line, (int)len, s,
                 qrs_code_name(p.rc), p.rc ? p.err.offset : 0, p.rc ? p.err.rule : "-", p.rc ? p.err.message : "-",
                 qrs_code_name(code), offset);
    check_err_written(line, &p);
    cr_assert_eq(p.err.offset, offset, "line %d: \"%.*s\": %s at offset %zu, expected %zu (%s)", line, (int)len, s,
                 qrs_code_name(code), p.err.offset, offset, p.err.message);
    if (rule)
        cr_assert_str_eq(p.err.rule, rule, "line %d: rule \"%s\", expected \"%s\"", line, p.err.rule, rule);
    guarded_free(&p.in);
}

static qrs_kind expect_ok_at(int line, const qrs_options *o, const char *s, size_t len)
{
    parsed p;
    parse_with(&p, s, len, o);
    cr_assert_eq(p.rc, QRS_OK, "line %d: \"%.*s\" failed: %s at %zu (rule %s): %s", line, (int)len, s,
                 qrs_code_name(p.rc), p.err.offset, p.err.rule, p.err.message);
    cr_assert_not_null(p.msg);
    qrs_kind k = p.msg->kind;
    guarded_free(&p.in);
    return k;
}

/* The input must be a string literal: sizeof keeps embedded NUL bytes. */
#define ERR(opts, code, off, input) expect_err_at(__LINE__, opts, code, off, NULL, input, sizeof(input) - 1)
#define ERR_RULE(opts, code, off, rule, input) expect_err_at(__LINE__, opts, code, off, rule, input, sizeof(input) - 1)
#define OK(opts, input) expect_ok_at(__LINE__, opts, input, sizeof(input) - 1)

/* MARK: - '*' where a set of literal UIDs is required */

Test(val_star, in_known_uids)
{
    ERR_RULE(NULL, QRS_E_STAR_FORBIDDEN, 31, "known-uids",
             "a SELECT INBOX (QRESYNC (1 2 1:*))\r\n");
    //                                       ^
    ERR_RULE(NULL, QRS_E_STAR_FORBIDDEN, 29, "known-uids",
             "a SELECT INBOX (QRESYNC (1 2 *))\r\n");
    //                                     ^
    cr_assert_eq(OK(OPT(RFC7162, QRS_LENIENT_STAR_IN_KNOWN), "a SELECT INBOX (QRESYNC (1 2 1:*))\r\n"), QRS_CMD_SELECT);
}

Test(val_star, lenient_known_uids_keeps_the_star)
{
    parsed p;
    parse_with(&p, "a SELECT INBOX (QRESYNC (1 2 5:*))\r\n", 36, OPT(RFC7162, QRS_LENIENT_STAR_IN_KNOWN));
    cr_assert_eq(p.rc, QRS_OK);
    const qrs_seqset *s = &p.msg->u.select.qresync->qresync.known_uids;
    cr_assert(slice_eq(s->text, "5:*"));
    cr_assert(s->flags & QRS_SET_HAS_STAR);
    cr_assert_eq(qrs_seqset_ascends(s), 0);
    qrs_seqset_iter it;
    qrs_range r;
    qrs_seqset_iter_init(&it, s);
    cr_assert(qrs_seqset_next(&it, &r));
    cr_assert_eq(r.first, 5u);
    cr_assert_eq(r.first_star, 0);
    cr_assert_eq(r.last_star, 1);
    guarded_free(&p.in);
}

Test(val_star, in_known_sequence_set)
{
    ERR_RULE(NULL, QRS_E_STAR_FORBIDDEN, 36, "known-sequence-set",
             "a SELECT INBOX (QRESYNC (1 2 1:5 (1,* 1,5)))\r\n");
    //                                            ^
    OK(OPT(RFC7162, QRS_LENIENT_STAR_IN_KNOWN), "a SELECT INBOX (QRESYNC (1 2 1:5 (1,* 1,5)))\r\n");
    OK(OPT(RFC5162, QRS_LENIENT_STAR_IN_KNOWN), "a SELECT INBOX (QRESYNC (1 2 1:5 (* 5)))\r\n");
}

Test(val_star, in_known_uid_set)
{
    ERR_RULE(NULL, QRS_E_STAR_FORBIDDEN, 40, "known-uid-set",
             "a SELECT INBOX (QRESYNC (1 2 1:5 (1,3 5,*)))\r\n");
    //                                                ^
    ERR_RULE(OPT(DRAFT03, 0), QRS_E_STAR_FORBIDDEN, 36, "known-uid-set",
             "a SELECT INBOX (QRESYNC (1 2 (1,3 5,*)))\r\n");
    //                                            ^
    OK(OPT(RFC7162, QRS_LENIENT_STAR_IN_KNOWN), "a SELECT INBOX (QRESYNC (1 2 1:5 (1,3 5,*)))\r\n");
}

Test(val_star, in_vanished_never_allowed)
{
    static const qrs_dialect ds[] = {RFC7162, RFC5162};
    for (size_t i = 0; i < 2; i++) {
        ERR(OPT(ds[i], 0), QRS_E_STAR_FORBIDDEN, 13,
            "* VANISHED 1:*\r\n");
        //                ^
        ERR(OPT(ds[i], QRS_LENIENT_ALL), QRS_E_STAR_FORBIDDEN, 13,
            "* VANISHED 1:*\r\n");
        //                ^
        ERR(OPT(ds[i], QRS_LENIENT_STAR_IN_KNOWN), QRS_E_STAR_FORBIDDEN, 21,
            "* VANISHED (EARLIER) *\r\n");
        //                        ^
    }
    ERR(OPT(DRAFT03, QRS_LENIENT_ALL), QRS_E_STAR_FORBIDDEN, 24,
        "* VANISHED (TAG \"a1\") 1:*\r\n");
    //                             ^
    ERR(OPT(DRAFT03, QRS_LENIENT_ALL), QRS_E_STAR_FORBIDDEN, 13,
        "* VANISHED 3,*:4\r\n");
    //                ^
}

Test(val_star, allowed_in_plain_sets)
{
    /* '*' is fine in an ordinary sequence-set, and in MODIFIED (the ABNF allows it) */
    OK(NULL, "a UID FETCH 1:* (FLAGS) (CHANGEDSINCE 5 VANISHED)\r\n");
    OK(NULL, "a STORE * (UNCHANGEDSINCE 5) +FLAGS (\\Seen)\r\n");
    OK(NULL, "a OK [MODIFIED *] done\r\n");
}

/* MARK: - 32-bit numbers */

Test(val_number, zero_is_out_of_range)
{
    ERR_RULE(NULL, QRS_E_NUMBER_RANGE, 8, "sequence-set",
             "a FETCH 0 FLAGS\r\n");
    //                ^
    ERR(NULL, QRS_E_NUMBER_RANGE, 12,
        "a FETCH 1:3,0 FLAGS\r\n");
    //               ^
    ERR(NULL, QRS_E_NUMBER_RANGE, 10,
        "a FETCH 1:0 FLAGS\r\n");
    //             ^
    ERR_RULE(NULL, QRS_E_NUMBER_RANGE, 25, "uidvalidity",
             "a SELECT INBOX (QRESYNC (0 1))\r\n");
    //                                 ^
    ERR(NULL, QRS_E_NUMBER_RANGE, 11,
        "* VANISHED 0\r\n");
    //              ^
    ERR(NULL, QRS_E_NUMBER_RANGE, 2,
        "* 0 FETCH (UID 1)\r\n");
    //     ^
    ERR(NULL, QRS_E_NUMBER_RANGE, 15,
        "* 1 FETCH (UID 0)\r\n");
    //                  ^
    ERR(NULL, QRS_E_NUMBER_RANGE, 14,
        "* OK [UIDNEXT 0] x\r\n");
    //                 ^
    ERR(NULL, QRS_E_NUMBER_RANGE, 15,
        "a OK [MODIFIED 0] x\r\n");
    //                  ^
    ERR(NULL, QRS_E_NUMBER_RANGE, 9,
        "* SEARCH 0\r\n");
    //            ^
    /* number (not nz-number) admits 0 */
    cr_assert_eq(OK(NULL, "* 0 EXISTS\r\n"), QRS_RESP_OTHER);
    OK(NULL, "* STATUS INBOX (MESSAGES 0)\r\n");
}

/* The 0 message number is the first offending token of the line, before
 * anything its items hold (here a MODSEQ of 0 as well). */
Test(val_number, message_number_before_items)
{
    ERR_RULE(NULL, QRS_E_NUMBER_RANGE, 2, "nz-number",
             "* 0 FETCH (UID 1 MODSEQ (0))\r\n");
    //         ^
    ERR_RULE(NULL, QRS_E_NUMBER_RANGE, 2, "nz-number",
             "* 0 FETCH (FLAGS (\\Seen) MODSEQ (0) UID 0)\r\n");
    //         ^
    /* before the SP, FETCH may still grow into a generic name */
    ERR(OPT(RFC7162, 0), QRS_E_INCOMPLETE, 9,
        "* 0 FETCH");
    //            ^
    OK(NULL, "* 0 FETCHX\r\n");
}

Test(val_number, above_32_bits)
{
    ERR(NULL, QRS_E_NUMBER_RANGE, 8,
        "a FETCH 4294967296 FLAGS\r\n");
    //           ^
    ERR(NULL, QRS_E_NUMBER_RANGE, 10,
        "a FETCH 1:4294967296 FLAGS\r\n");
    //             ^
    ERR(NULL, QRS_E_NUMBER_RANGE, 25,
        "a SELECT INBOX (QRESYNC (4294967296 1))\r\n");
    //                            ^
    ERR(NULL, QRS_E_NUMBER_RANGE, 11,
        "* VANISHED 4294967296\r\n");
    //              ^
    ERR(NULL, QRS_E_NUMBER_RANGE, 15,
        "* 1 FETCH (UID 4294967296)\r\n");
    //                  ^
    ERR(NULL, QRS_E_NUMBER_RANGE, 14,
        "* OK [UIDNEXT 4294967296] x\r\n");
    //                 ^
    ERR(NULL, QRS_E_NUMBER_RANGE, 2,
        "* 4294967296 EXISTS\r\n");
    //     ^
    ERR(NULL, QRS_E_NUMBER_RANGE, 9,
        "a LOGIN {99999999999999999999}\r\nx\r\n");
    //            ^
}

Test(val_number, max_is_accepted)
{
    OK(NULL, "a FETCH 4294967295 FLAGS\r\n");
    OK(NULL, "a FETCH 1:4294967295 FLAGS\r\n");
    OK(NULL, "a SELECT INBOX (QRESYNC (4294967295 1 4294967295))\r\n");
    OK(NULL, "* VANISHED 4294967295\r\n");
    OK(NULL, "* 4294967295 FETCH (UID 4294967295)\r\n");
    OK(NULL, "* OK [UIDNEXT 4294967295] x\r\n");
}

Test(val_number, leading_zero_is_syntax)
{
    /* nz-number = digit-nz *DIGIT: a leading 0 is a syntax error, not a range error */
    ERR(NULL, QRS_E_SYNTAX, 8,
        "a FETCH 01 FLAGS\r\n");
    //           ^
    ERR(NULL, QRS_E_SYNTAX, 10,
        "a FETCH 1:02 FLAGS\r\n");
    //             ^
    ERR(NULL, QRS_E_SYNTAX, 13,
        "* VANISHED 1:05\r\n");
    //                ^
    ERR(NULL, QRS_E_SYNTAX, 34,
        "a SELECT INBOX (QRESYNC (1 2 1:5 (01 5)))\r\n");
    //                                     ^
    /* number = 1*DIGIT and mod-sequence-value = 1*DIGIT admit leading zeros */
    OK(NULL, "* STATUS INBOX (MESSAGES 00003)\r\n");
    OK(NULL, "a FETCH 1 FLAGS (CHANGEDSINCE 0000000000000000000000001)\r\n");
}

static char *million_digits(const char *prefix, const char *suffix, size_t *len)
{
    size_t np = strlen(prefix), ns = strlen(suffix), nd = 1000000;
    char *s = malloc(np + nd + ns);
    cr_assert_not_null(s);
    memcpy(s, prefix, np);
    memset(s + np, '9', nd);
    memcpy(s + np + nd, suffix, ns);
    *len = np + nd + ns;
    return s;
}

Test(val_number, million_digits_fail_fast, .timeout = 10)
{
    static const struct {
        const char *prefix, *suffix;
        qrs_code code;
        size_t offset; /* the first digit */
    } cases[] = {
        {"a FETCH ", " FLAGS\r\n", QRS_E_NUMBER_RANGE, 8},
        {"a SELECT INBOX (QRESYNC (", " 1))\r\n", QRS_E_NUMBER_RANGE, 25},
        {"* ", " EXISTS\r\n", QRS_E_NUMBER_RANGE, 2},
        {"a FETCH 1 FLAGS (CHANGEDSINCE ", ")\r\n", QRS_E_MODSEQ_RANGE, 30},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t len;
        char *s = million_digits(cases[i].prefix, cases[i].suffix, &len);
        parsed p;
        parse_with(&p, s, len, NULL);
        cr_assert_eq(p.rc, cases[i].code, "case %zu: %s", i, qrs_code_name(p.rc));
        check_err_written(__LINE__, &p);
        cr_assert_eq(p.err.offset, cases[i].offset, "case %zu: offset %zu", i, p.err.offset);
        guarded_free(&p.in);
        free(s);
    }
}

/* MARK: - mod-sequence limits per dialect */

Test(val_modseq, rfc7162_is_63_bit)
{
    OK(OPT(RFC7162, 0), "a FETCH 1 (FLAGS) (CHANGEDSINCE 9223372036854775807)\r\n");
    ERR_RULE(OPT(RFC7162, 0), QRS_E_MODSEQ_RANGE, 32, "mod-sequence-value",
             "a FETCH 1 (FLAGS) (CHANGEDSINCE 9223372036854775808)\r\n");
    //                                        ^
    ERR(OPT(RFC7162, 0), QRS_E_MODSEQ_RANGE, 20,
        "* OK [HIGHESTMODSEQ 9223372036854775808] x\r\n");
    //                       ^
    ERR(OPT(RFC7162, 0), QRS_E_MODSEQ_RANGE, 30,
        "* STATUS INBOX (HIGHESTMODSEQ 9223372036854775808)\r\n");
    //                                 ^
    ERR(OPT(RFC7162, 0), QRS_E_MODSEQ_RANGE, 26,
        "a STORE 1 (UNCHANGEDSINCE 9223372036854775808) FLAGS ()\r\n");
    //                             ^
    ERR(OPT(RFC7162, 0), QRS_E_MODSEQ_RANGE, 16,
        "a SEARCH MODSEQ 9223372036854775808\r\n");
    //                   ^
    ERR(OPT(RFC7162, 0), QRS_E_MODSEQ_RANGE, 19,
        "* 1 FETCH (MODSEQ (9223372036854775808))\r\n");
    //                      ^
    ERR(OPT(RFC7162, 0), QRS_E_MODSEQ_RANGE, 27,
        "a SELECT INBOX (QRESYNC (1 9223372036854775808))\r\n");
    //                              ^
    ERR(OPT(RFC7162, 0), QRS_E_MODSEQ_RANGE, 19,
        "* SEARCH 1 (MODSEQ 9223372036854775808)\r\n");
    //                      ^
}

Test(val_modseq, rfc5162_and_draft03_are_64_bit)
{
    static const qrs_dialect ds[] = {RFC5162, DRAFT03};
    for (size_t i = 0; i < 2; i++) {
        OK(OPT(ds[i], 0), "a FETCH 1 (FLAGS) (CHANGEDSINCE 9223372036854775808)\r\n");
        OK(OPT(ds[i], 0), "a FETCH 1 (FLAGS) (CHANGEDSINCE 18446744073709551614)\r\n");
        OK(OPT(ds[i], 0), "* OK [HIGHESTMODSEQ 18446744073709551614] x\r\n");
        /* RFC 4551: 1 <= n < 18,446,744,073,709,551,615 */
        ERR(OPT(ds[i], 0), QRS_E_MODSEQ_RANGE, 32,
            "a FETCH 1 (FLAGS) (CHANGEDSINCE 18446744073709551615)\r\n");
        //                                   ^
        ERR(OPT(ds[i], 0), QRS_E_MODSEQ_RANGE, 32,
            "a FETCH 1 (FLAGS) (CHANGEDSINCE 18446744073709551616)\r\n");
        //                                   ^
        ERR(OPT(ds[i], 0), QRS_E_MODSEQ_RANGE, 19,
            "* 1 FETCH (MODSEQ (18446744073709551615))\r\n");
        //                      ^
    }
}

Test(val_modseq, rfc5162_value_kept_exactly)
{
    parsed p;
    const char *s = "a FETCH 1 (FLAGS) (CHANGEDSINCE 18446744073709551614)\r\n";
    parse_with(&p, s, strlen(s), OPT(RFC5162, 0));
    cr_assert_eq(p.rc, QRS_OK);
    cr_assert_eq(p.msg->u.fetch.changedsince, UINT64_C(18446744073709551614));
    guarded_free(&p.in);
}

Test(val_modseq, lenient_64bit)
{
    parsed p;
    const char *s = "a FETCH 1 (FLAGS) (CHANGEDSINCE 18446744073709551615)\r\n";
    parse_with(&p, s, strlen(s), OPT(RFC7162, QRS_LENIENT_MODSEQ_64BIT));
    cr_assert_eq(p.rc, QRS_OK);
    cr_assert_eq(p.msg->u.fetch.changedsince, UINT64_MAX);
    guarded_free(&p.in);

    OK(OPT(RFC7162, QRS_LENIENT_MODSEQ_64BIT), "a FETCH 1 (FLAGS) (CHANGEDSINCE 9223372036854775808)\r\n");
    OK(OPT(RFC5162, QRS_LENIENT_MODSEQ_64BIT), "a FETCH 1 (FLAGS) (CHANGEDSINCE 18446744073709551615)\r\n");
    OK(OPT(DRAFT03, QRS_LENIENT_MODSEQ_64BIT), "* OK [HIGHESTMODSEQ 18446744073709551615] x\r\n");
    /* 2^64 never fits */
    ERR(OPT(RFC7162, QRS_LENIENT_MODSEQ_64BIT), QRS_E_MODSEQ_RANGE, 32,
        "a FETCH 1 (FLAGS) (CHANGEDSINCE 18446744073709551616)\r\n");
    //                                   ^
    ERR(OPT(RFC5162, QRS_LENIENT_ALL), QRS_E_MODSEQ_RANGE, 30,
        "* STATUS INBOX (HIGHESTMODSEQ 99999999999999999999)\r\n");
    //                                 ^
}

/* MARK: - mod-sequence 0 */

Test(val_modseq_zero, forbidden_in_mod_sequence_value)
{
    ERR_RULE(NULL, QRS_E_MODSEQ_ZERO, 32, "mod-sequence-value",
             "a FETCH 1 (FLAGS) (CHANGEDSINCE 0)\r\n");
    //                                        ^
    ERR(NULL, QRS_E_MODSEQ_ZERO, 19,
        "* 1 FETCH (MODSEQ (0))\r\n");
    //                      ^
    ERR(NULL, QRS_E_MODSEQ_ZERO, 20,
        "* OK [HIGHESTMODSEQ 0] x\r\n");
    //                       ^
    ERR(NULL, QRS_E_MODSEQ_ZERO, 27,
        "a SELECT INBOX (QRESYNC (1 0))\r\n");
    //                              ^
    ERR(NULL, QRS_E_MODSEQ_ZERO, 19,
        "* SEARCH 1 (MODSEQ 0)\r\n");
    //                      ^
    ERR(NULL, QRS_E_MODSEQ_ZERO, 27,
        "* ESEARCH (TAG \"a\") MODSEQ 0\r\n");
    //                                ^
    ERR(OPT(RFC5162, 0), QRS_E_MODSEQ_ZERO, 32,
        "a FETCH 1 (FLAGS) (CHANGEDSINCE 00)\r\n");
    //                                   ^
}

Test(val_modseq_zero, allowed_in_mod_sequence_valzer)
{
    parsed p;
    const char *s = "a STORE 1 (UNCHANGEDSINCE 0) +FLAGS (\\Seen)\r\n";
    parse_with(&p, s, strlen(s), NULL);
    cr_assert_eq(p.rc, QRS_OK);
    cr_assert_eq(p.msg->u.store.has_unchangedsince, 1);
    cr_assert_eq(p.msg->u.store.unchangedsince, 0u);
    guarded_free(&p.in);

    cr_assert_eq(OK(NULL, "* STATUS INBOX (HIGHESTMODSEQ 0)\r\n"), QRS_RESP_STATUS);
    cr_assert_eq(OK(NULL, "a SEARCH MODSEQ 0\r\n"), QRS_CMD_SEARCH);
    cr_assert_eq(OK(NULL, "a SEARCH MODSEQ \"/flags/\\\\seen\" all 0\r\n"), QRS_CMD_SEARCH);
}

Test(val_modseq_zero, lenient_zero)
{
    const qrs_options *o = OPT(RFC7162, QRS_LENIENT_MODSEQ_ZERO);
    parsed p;
    const char *s = "a FETCH 1 (FLAGS) (CHANGEDSINCE 0)\r\n";
    parse_with(&p, s, strlen(s), o);
    cr_assert_eq(p.rc, QRS_OK);
    cr_assert_eq(p.msg->u.fetch.has_changedsince, 1);
    cr_assert_eq(p.msg->u.fetch.changedsince, 0u);
    guarded_free(&p.in);

    OK(o, "* 1 FETCH (MODSEQ (0))\r\n");
    OK(o, "* OK [HIGHESTMODSEQ 0] x\r\n");
    /* the other flags do not imply this one */
    ERR(OPT(RFC7162, QRS_LENIENT_ALL & ~QRS_LENIENT_MODSEQ_ZERO), QRS_E_MODSEQ_ZERO, 32,
        "a FETCH 1 (FLAGS) (CHANGEDSINCE 0)\r\n");
    //                                   ^
}

/* MARK: - seq-match-data */

Test(val_seq_match, counts_must_match)
{
    ERR_RULE(NULL, QRS_E_SET_MISMATCH, 34, "seq-match-data",
             "a SELECT INBOX (QRESYNC (1 2 (1:3 5,7)))\r\n");
    //                                          ^
    ERR(NULL, QRS_E_SET_MISMATCH, 40,
        "a SELECT INBOX (QRESYNC (1 2 1:9 (1,2,3 5:6)))\r\n");
    //                                           ^
    OK(NULL, "a SELECT INBOX (QRESYNC (1 2 (1,3 5,7)))\r\n");
    OK(NULL, "a SELECT INBOX (QRESYNC (1 2 (1:3 4:6)))\r\n");
    OK(NULL, "a SELECT INBOX (QRESYNC (1 2 (1:3,9 4,10:11,20)))\r\n");
}

Test(val_seq_match, must_ascend)
{
    ERR_RULE(NULL, QRS_E_NOT_ASCENDING, 32, "known-sequence-set",
             "a SELECT INBOX (QRESYNC (1 2 (3,1 5,7)))\r\n");
    //                                        ^
    ERR_RULE(NULL, QRS_E_NOT_ASCENDING, 36, "known-uid-set",
             "a SELECT INBOX (QRESYNC (1 2 (1,3 7,5)))\r\n");
    //                                            ^
    /* a range written high:low */
    ERR(NULL, QRS_E_NOT_ASCENDING, 30,
        "a SELECT INBOX (QRESYNC (1 2 (3:1 5:7)))\r\n");
    //                                 ^
    /* an element equal to, or overlapping, the previous one */
    ERR(NULL, QRS_E_NOT_ASCENDING, 32,
        "a SELECT INBOX (QRESYNC (1 2 (1,1 5,7)))\r\n");
    //                                   ^
    ERR(NULL, QRS_E_NOT_ASCENDING, 34,
        "a SELECT INBOX (QRESYNC (1 2 (1:3,3:5 1:5)))\r\n");
    //                                     ^
    /* known-uids itself need not ascend */
    OK(NULL, "a SELECT INBOX (QRESYNC (1 2 9,5:2))\r\n");
}

/* MARK: - Section-words */

/* A section-word where an astring is due (a mailbox, a search key's
 * string) must consist of ASTRING-CHARs: "BODY[HEADER]" is an astring,
 * "BODY[HEADER.FIELDS (FROM)]" is not (RFC 3501 astring).  The check is
 * qrs_act_astring_chars(). */
Test(val_section, section_word_as_astring)
{
    parsed p;
    parse_with(&p, "a SELECT BODY[HEADER]\r\n", 23, NULL);
    cr_assert_eq(p.rc, QRS_OK, "%s", qrs_code_name(p.rc));
    cr_assert_eq(p.msg->kind, QRS_CMD_SELECT);
    cr_assert(slice_eq(p.msg->u.select.mailbox.value, "BODY[HEADER]"));
    guarded_free(&p.in);
    OK(NULL, "a SEARCH SUBJECT BODY[1]<0.5>\r\n");
    ERR_RULE(NULL, QRS_E_SYNTAX, 27, "astring",
             "a SELECT BODY[HEADER.FIELDS (FROM)]\r\n");
    //                                ^
    ERR_RULE(NULL, QRS_E_SYNTAX, 11, "astring",
             "a STATUS a[ b] (MESSAGES)\r\n");
    //                  ^
    ERR_RULE(NULL, QRS_E_SYNTAX, 12, "astring",
             "a SELECT x[a\"b]\r\n");
    //                   ^
}

/* A malformed partial after a section ("<" 1*DIGIT ["." 1*DIGIT] ">",
 * generic.abnf section-word) makes the word no section-word: the lexer
 * reads the word as it stands, which FETCH refuses where it stands. */
Test(val_section, malformed_partial)
{
    OK(NULL, "a FETCH 1 BODY[]<1.2>\r\n");
    OK(NULL, "a FETCH 1 (BODY[HEADER.FIELDS (A)]<1> UID)\r\n");
    static const char *const bad[] = {"a FETCH 1 BODY[]<0.>\r\n", "a FETCH 1 BODY[]<>\r\n", "a FETCH 1 BODY[]<0\r\n",
                                      "a FETCH 1 BODY[]x\r\n", "a FETCH 1 BODY[]<1>]\r\n", "a FETCH 1 BODY[]<1.2>3\r\n"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        expect_err_at(__LINE__, NULL, QRS_E_SYNTAX, 10, "fetch", bad[i], strlen(bad[i]));
    ERR_RULE(NULL, QRS_E_SYNTAX, 30, "fetch-att",
             "a FETCH 1 (BODY[HEADER.FIELDS (A)]<1.2>x)\r\n");
    //                                 ^ (the word is "BODY[HEADER.FIELDS")
    ERR_RULE(NULL, QRS_E_SYNTAX, 11, "msg-att",
             "* 1 FETCH (BODY[]<0.> \"\")\r\n");
    //                  ^
}

/* MARK: - Order */

/* esearch-response = "ESEARCH" [search-correlator] [SP "UID"]
 * *(SP search-return-data) (RFC 4466 section 2.6.2): the correlator, then
 * UID, then the data, each at most once.  UID after UID or after data, and
 * a correlator anywhere but first, are refused at that item. */
Test(val_order, esearch_items_in_order)
{
    OK(NULL, "* ESEARCH\r\n");
    OK(NULL, "* ESEARCH UID\r\n");
    OK(NULL, "* ESEARCH (TAG \"a\") UID\r\n");
    OK(NULL, "* ESEARCH (TAG \"a\") MIN 1\r\n");
    OK(NULL, "* ESEARCH UID MIN 1 MAX 3\r\n");
    ERR_RULE(NULL, QRS_E_SYNTAX, 16, "esearch-response",
             "* ESEARCH MIN 1 UID\r\n");
    //                       ^
    ERR_RULE(NULL, QRS_E_SYNTAX, 19, "esearch-response",
             "* ESEARCH MODSEQ 5 UID\r\n");
    //                          ^
    ERR_RULE(NULL, QRS_E_SYNTAX, 14, "esearch-response",
             "* ESEARCH UID UID\r\n");
    //                     ^
    ERR_RULE(NULL, QRS_E_SYNTAX, 14, "esearch-response",
             "* ESEARCH UID (TAG \"a\")\r\n");
    //                     ^
    ERR_RULE(NULL, QRS_E_SYNTAX, 20, "esearch-response",
             "* ESEARCH (TAG \"a\") (TAG \"b\")\r\n");
    //                           ^
    ERR_RULE(NULL, QRS_E_SYNTAX, 16, "esearch-response",
             "* ESEARCH MIN 1 (TAG \"a\")\r\n");
    //                       ^
}

/* "SEARCH" [1*(SP nz-number) SP search-sort-mod-seq] (RFC 7162 section 7):
 * one (MODSEQ n), after the numbers, in SEARCH and in SORT. */
Test(val_order, search_modseq_once_and_last)
{
    OK(NULL, "* SEARCH 1 (MODSEQ 2)\r\n");
    ERR_RULE(NULL, QRS_E_SYNTAX, 22, "search-sort-mod-seq",
             "* SEARCH 1 (MODSEQ 2) (MODSEQ 3)\r\n");
    //                             ^
    ERR_RULE(NULL, QRS_E_SYNTAX, 20, "search-sort-mod-seq",
             "* SORT 1 (MODSEQ 2) (MODSEQ 2)\r\n");
    //                           ^
    /* under search-empty-modseq, the first (MODSEQ n) needs no number, the second is still refused */
    ERR_RULE(OPT(RFC7162, QRS_LENIENT_SEARCH_EMPTY_MODSEQ), QRS_E_SYNTAX, 20, "search-sort-mod-seq",
             "* SEARCH (MODSEQ 2) (MODSEQ 3)\r\n");
    //                           ^
    ERR_RULE(NULL, QRS_E_SYNTAX, 22, "mailbox-data",
             "* SEARCH 1 (MODSEQ 2) 3\r\n");
    //                             ^
}

/* MARK: - Parameters given twice */

Test(val_duplicate, unchangedsince_twice)
{
    ERR(NULL, QRS_E_DUPLICATE, 28,
        "a STORE 1 (UNCHANGEDSINCE 1 UNCHANGEDSINCE 2) FLAGS ()\r\n");
    //                               ^
}

Test(val_duplicate, tag_correlator_twice_draft03)
{
    ERR(OPT(DRAFT03, 0), QRS_E_DUPLICATE, 21,
        "* VANISHED (TAG \"a1\" TAG \"b2\") 1:5\r\n");
    //                          ^
}

Test(val_duplicate, other_parameters_twice)
{
    ERR(NULL, QRS_E_DUPLICATE, 36,
        "a UID FETCH 1 FLAGS (CHANGEDSINCE 4 CHANGEDSINCE 5)\r\n");
    //                                       ^
    ERR(NULL, QRS_E_DUPLICATE, 45,
        "a UID FETCH 1 FLAGS (CHANGEDSINCE 4 VANISHED VANISHED)\r\n");
    //                                                ^
    ERR(NULL, QRS_E_DUPLICATE, 26,
        "a SELECT INBOX (CONDSTORE CONDSTORE)\r\n");
    //                             ^
    ERR(NULL, QRS_E_DUPLICATE, 30,
        "a SELECT INBOX (QRESYNC (1 2) QRESYNC (1 2))\r\n");
    //                                 ^
}

/* MARK: - The VANISHED fetch modifier */

Test(val_modifier, vanished_on_plain_fetch)
{
    ERR(NULL, QRS_E_MODIFIER_CONTEXT, 34,
        "a FETCH 1 (FLAGS) (CHANGEDSINCE 1 VANISHED)\r\n");
    //                                     ^
    ERR(OPT(DRAFT03, 0), QRS_E_MODIFIER_CONTEXT, 32,
        "a FETCH 1 FLAGS (CHANGEDSINCE 1 VANISHED)\r\n");
    //                                   ^
}

Test(val_modifier, vanished_without_changedsince)
{
    ERR(NULL, QRS_E_MODIFIER_CONTEXT, 23,
        "a UID FETCH 1 (FLAGS) (VANISHED)\r\n");
    //                          ^
    ERR(OPT(RFC5162, 0), QRS_E_MODIFIER_CONTEXT, 21,
        "a UID FETCH 1 FLAGS (VANISHED)\r\n");
    //                        ^
    OK(NULL, "a UID FETCH 1 FLAGS (VANISHED CHANGEDSINCE 1)\r\n");
}

/* MARK: - Dialects */

Test(val_dialect, earlier_in_draft03)
{
    ERR(OPT(DRAFT03, 0), QRS_E_DIALECT, 12,
        "* VANISHED (EARLIER) 1:5\r\n");
    //               ^
    /* the leniency flags do not cross dialects */
    ERR(OPT(DRAFT03, QRS_LENIENT_ALL), QRS_E_DIALECT, 12,
        "* VANISHED (EARLIER) 1:5\r\n");
    //               ^
}

Test(val_dialect, tag_in_rfcs)
{
    ERR(OPT(RFC7162, 0), QRS_E_DIALECT, 12,
        "* VANISHED (TAG \"a1\") 1:5\r\n");
    //               ^
    ERR(OPT(RFC5162, QRS_LENIENT_ALL), QRS_E_DIALECT, 12,
        "* VANISHED (TAG \"a1\") 1:5\r\n");
    //               ^
    OK(OPT(DRAFT03, 0), "* VANISHED (TAG \"a1\") 1:5\r\n");
    OK(OPT(RFC5162, 0), "* VANISHED (EARLIER) 1:5\r\n");
}

/* The response code of an untagged OK in dialect d; its name must read CLOSED. */
static qrs_code_kind closed_code_in(qrs_dialect d)
{
    parsed p;
    const char *s = "* OK [CLOSED] Previous mailbox closed.\r\n";
    parse_with(&p, s, strlen(s), OPT(d, 0));
    cr_assert_eq(p.rc, QRS_OK, "\"%s\" in %s: %s", s, qrs_dialect_name(d), qrs_code_name(p.rc));
    cr_assert_eq(p.msg->kind, QRS_RESP_COND);
    cr_assert(slice_eq(p.msg->u.cond.text.code_name, "CLOSED"));
    cr_assert(slice_eq(p.msg->u.cond.text.text, "Previous mailbox closed."));
    qrs_code_kind k = p.msg->u.cond.text.code;
    guarded_free(&p.in);
    return k;
}

Test(val_dialect, closed_code)
{
    cr_assert_eq(closed_code_in(RFC7162), QRS_CODE_CLOSED);
    cr_assert_eq(closed_code_in(RFC5162), QRS_CODE_CLOSED);
    /* draft -03 has no CLOSED: it is an unknown code there */
    cr_assert_eq(closed_code_in(DRAFT03), QRS_CODE_OTHER);
}

Test(val_dialect, enable_command)
{
    cr_assert_eq(OK(OPT(RFC7162, 0), "a ENABLE QRESYNC\r\n"), QRS_CMD_ENABLE);
    cr_assert_eq(OK(OPT(RFC5162, 0), "a ENABLE QRESYNC\r\n"), QRS_CMD_ENABLE);
    /* draft -03 predates ENABLE: the command is just well-formed */
    parsed p;
    parse_with(&p, "a ENABLE QRESYNC\r\n", 18, OPT(DRAFT03, 0));
    cr_assert_eq(p.rc, QRS_OK);
    cr_assert_eq(p.msg->kind, QRS_CMD_OTHER);
    cr_assert(slice_eq(p.msg->u.other.name, "ENABLE"));
    cr_assert(slice_eq(p.msg->u.other.args, "QRESYNC"));
    guarded_free(&p.in);
    cr_assert_eq(OK(OPT(DRAFT03, 0), "* ENABLED QRESYNC\r\n"), QRS_RESP_OTHER);
    cr_assert_eq(OK(OPT(RFC5162, 0), "* ENABLED QRESYNC\r\n"), QRS_RESP_ENABLED);
    /* ENABLE needs at least one capability */
    ERR(OPT(RFC7162, 0), QRS_E_SYNTAX, 8,
        "a ENABLE\r\n");
    //           ^
}

/* MARK: - Response text */

Test(val_text, code_without_text)
{
    /* the offset is where the SP and text should start */
    ERR_RULE(NULL, QRS_E_SYNTAX, 22, "resp-text",
             "* OK [HIGHESTMODSEQ 5]\r\n");
    //                              ^
    ERR(NULL, QRS_E_SYNTAX, 13,
        "* OK [CLOSED]\r\n");
    //                ^
    ERR(NULL, QRS_E_SYNTAX, 5,
        "a1 OK\r\n");
    //        ^
    /* an SP followed by nothing is no text either: the text should start after it */
    ERR(NULL, QRS_E_SYNTAX, 23,
        "* OK [HIGHESTMODSEQ 5] \r\n");
    //                          ^
}

Test(val_text, lenient_missing_text)
{
    const qrs_options *o = OPT(RFC7162, QRS_LENIENT_MISSING_TEXT);
    parsed p;
    parse_with(&p, "* OK [HIGHESTMODSEQ 5]\r\n", 24, o);
    cr_assert_eq(p.rc, QRS_OK);
    cr_assert_eq(p.msg->u.cond.text.code, QRS_CODE_HIGHESTMODSEQ);
    cr_assert_eq(p.msg->u.cond.text.number, 5u);
    cr_assert_eq(p.msg->u.cond.text.text.len, 0u);
    guarded_free(&p.in);

    parsed q;
    parse_with(&q, "* OK [CLOSED]\r\n", 15, o);
    cr_assert_eq(q.rc, QRS_OK);
    cr_assert_eq(q.msg->u.cond.text.code, QRS_CODE_CLOSED);
    guarded_free(&q.in);

    cr_assert_eq(OK(o, "a1 OK\r\n"), QRS_RESP_COND);
}

Test(val_text, search_modseq_without_numbers)
{
    ERR(NULL, QRS_E_SYNTAX, 9,
        "* SEARCH (MODSEQ 5)\r\n");
    //            ^
    parsed p;
    parse_with(&p, "* SEARCH (MODSEQ 5)\r\n", 21, OPT(RFC7162, QRS_LENIENT_SEARCH_EMPTY_MODSEQ));
    cr_assert_eq(p.rc, QRS_OK);
    cr_assert_eq(p.msg->kind, QRS_RESP_SEARCH);
    cr_assert_eq(p.msg->u.search_resp.count, 0u);
    cr_assert_eq(p.msg->u.search_resp.has_modseq, 1);
    cr_assert_eq(p.msg->u.search_resp.modseq, 5u);
    guarded_free(&p.in);
}

Test(val_text, preauth_and_bye_are_never_tagged)
{
    qrs_options o = {.side = QRS_SIDE_SERVER};
    ERR(&o, QRS_E_SYNTAX, 3,
        "a1 PREAUTH hello\r\n");
    //      ^
    ERR(&o, QRS_E_SYNTAX, 3,
        "a1 BYE [CLOSED] bye\r\n");
    //      ^
    /* under side detection they are just unknown commands */
    cr_assert_eq(OK(NULL, "a1 BYE now\r\n"), QRS_CMD_OTHER);
}

/* MARK: - A specific keyword commits to its production */

Test(val_commit, qresync_malformed)
{
    /* each of these is derivable as a generic RFC 4466 select-param named QRESYNC */
    ERR_RULE(NULL, QRS_E_NUMBER_RANGE, 25, "uidvalidity",
             "a SELECT INBOX (QRESYNC (0 1))\r\n");
    //                                 ^
    ERR(NULL, QRS_E_SYNTAX, 26,
        "a SELECT INBOX (QRESYNC (1))\r\n");
    //                             ^
    ERR(NULL, QRS_E_SYNTAX, 24,
        "a SELECT INBOX (QRESYNC 1 1)\r\n");
    //                           ^
    ERR(NULL, QRS_E_SYNTAX, 42,
        "a SELECT INBOX (QRESYNC (1 1 1:5 (1:2 1:2) 2))\r\n");
    //                                             ^
    ERR(NULL, QRS_E_SYNTAX, 23,
        "a SELECT INBOX (QRESYNC)\r\n");
    //                          ^
}

Test(val_commit, condstore_takes_no_value)
{
    ERR(NULL, QRS_E_SYNTAX, 26,
        "a SELECT INBOX (CONDSTORE 5)\r\n");
    //                             ^
}

Test(val_commit, modifiers_malformed)
{
    ERR(NULL, QRS_E_SYNTAX, 30,
        "a FETCH 1 FLAGS (CHANGEDSINCE a)\r\n");
    //                                 ^
    ERR(NULL, QRS_E_SYNTAX, 25,
        "a STORE 1 (UNCHANGEDSINCE) FLAGS ()\r\n");
    //                            ^
    ERR(NULL, QRS_E_SYNTAX, 45,
        "a UID FETCH 1 FLAGS (CHANGEDSINCE 1 VANISHED 1)\r\n");
    //                                                ^
}

/* expunged-resp has no message number (RFC 7162 section 7: message-data
 * =/ expunged-resp), and once VANISHED is read only that rule applies (the
 * commit convention of grammar/abnf/README.md): a number before it is
 * refused, not read as a generic numbered response (imap-codec #705). */
Test(val_commit, numbered_vanished_is_refused)
{
    for (qrs_dialect d = QRS_DIALECT_RFC7162; d <= QRS_DIALECT_DRAFT03; d++) {
        ERR_RULE(OPT(d, 0), QRS_E_SYNTAX, 4, "message-data",
                 "* 5 VANISHED 1:3\r\n");
        //           ^
        ERR(OPT(d, QRS_LENIENT_ALL), QRS_E_SYNTAX, 4,
            "* 5 VANISHED (EARLIER) 1:3\r\n");
        //       ^
    }
    /* a longer name is another name */
    OK(NULL, "* 5 VANISHEDX 1:3\r\n");
}

/* MARK: - Bytes */

/* "* OK [HIGHESTMODSEQ n] text" is read without the generated parser when
 * it is written exactly so (src/parse.c); 8-bit text is refused there too,
 * unless QRS_LENIENT_8BIT_TEXT allows it, and gives the same tree then. */
Test(val_bytes, eight_bit_text_after_highestmodseq)
{
    ERR_RULE(NULL, QRS_E_8BIT, 26, "text",
             "* OK [HIGHESTMODSEQ 5] caf\xc3\xa9\r\n");
    //                                 ^
    ERR(NULL, QRS_E_8BIT, 23,
        "* OK [HIGHESTMODSEQ 5] \x80\r\n");
    //                          ^
    parsed p;
    static const char line[] = "* OK [HIGHESTMODSEQ 5] caf\xc3\xa9\r\n";
    parse_with(&p, line, sizeof line - 1, OPT(RFC7162, QRS_LENIENT_8BIT_TEXT));
    cr_assert_eq(p.rc, QRS_OK);
    cr_assert_eq(p.msg->u.cond.text.code, QRS_CODE_HIGHESTMODSEQ);
    cr_assert_eq(p.msg->u.cond.text.number, 5u);
    cr_assert(slice_eq(p.msg->u.cond.text.text, "caf\xc3\xa9"));
    guarded_free(&p.in);
    /* DEL and the control bytes other than CR and LF are TEXT-CHARs (RFC 3501 CHAR is %x01-7F) */
    OK(NULL, "* OK [HIGHESTMODSEQ 5] a\x7f\x01b\r\n");
}

Test(val_bytes, eight_bit_text)
{
    ERR(NULL, QRS_E_8BIT, 8,
        "* OK caf\xc3\xa9\r\n");
    //           ^
    ERR(NULL, QRS_E_8BIT, 10,
        "a LOGIN \"j\xc3\xa9\" x\r\n");
    //              ^
    ERR(NULL, QRS_E_8BIT, 13,
        "* OK [ALERT] \xe2\x9c\x93 ok\r\n");
    //                ^
    OK(OPT(RFC7162, QRS_LENIENT_8BIT_TEXT), "* OK caf\xc3\xa9\r\n");
    OK(OPT(RFC7162, QRS_LENIENT_8BIT_TEXT), "a LOGIN \"j\xc3\xa9\" x\r\n");
    /* 8-bit bytes are fine inside a literal */
    OK(NULL, "a LOGIN {2}\r\n\xc3\xa9 x\r\n");
}

Test(val_bytes, eight_bit_text_in_tag_correlator)
{
    ERR(OPT(DRAFT03, 0), QRS_E_8BIT, 17,
        "* VANISHED (TAG \"\xff\") 1\r\n");
    //                     ^
}

Test(val_bytes, bare_lf_tab_double_space)
{
    ERR(NULL, QRS_E_SYNTAX, 6,
        "a NOOP\n");
    //         ^
    ERR(NULL, QRS_E_SYNTAX, 7,
        "* OK hi\n");
    //          ^
    ERR(NULL, QRS_E_SYNTAX, 1,
        "a\tNOOP\r\n");
    //    ^
    ERR(NULL, QRS_E_SYNTAX, 10,
        "* VANISHED\t1:3\r\n");
    //             ^
    ERR(NULL, QRS_E_SYNTAX, 2,
        "a  NOOP\r\n");
    //     ^
    ERR(NULL, QRS_E_SYNTAX, 29,
        "a SELECT INBOX (QRESYNC (1 2  1:5))\r\n");
    //                                ^
}

Test(val_bytes, nul_byte)
{
    ERR(NULL, QRS_E_SYNTAX, 10,
        "a LOGIN jo\0e x\r\n");
    //             ^
    ERR(NULL, QRS_E_SYNTAX, 8,
        "* OK hel\0lo\r\n");
    //           ^
    ERR(NULL, QRS_E_SYNTAX, 10,
        "a LOGIN \"a\0b\" x\r\n");
    //              ^
    /* literal = {n} CRLF *CHAR8, and CHAR8 excludes NUL */
    ERR(NULL, QRS_E_SYNTAX, 14,
        "a LOGIN {3}\r\na\0b x\r\n");
    //                   ^
    ERR(NULL, QRS_E_SYNTAX, 24,
        "* 1 FETCH (BODY[] {3}\r\na\0b)\r\n");
    //                             ^
}

Test(val_bytes, trailing_bytes_after_crlf)
{
    ERR(NULL, QRS_E_SYNTAX, 8,
        "a NOOP\r\n\0");
    //             ^
    ERR(NULL, QRS_E_SYNTAX, 8,
        "a NOOP\r\nb NOOP\r\n");
    //             ^
}

/* MARK: - Incomplete input */

Test(val_incomplete, literal_short)
{
    ERR(NULL, QRS_E_INCOMPLETE, 8,
        "a LOGIN {5}\r\nabc");
    //           ^
    ERR(NULL, QRS_E_INCOMPLETE, 18,
        "* 1 FETCH (BODY[] {5}\r\nhel");
    //                     ^
    ERR(NULL, QRS_E_INCOMPLETE, 11,
        "a LOGIN {5}");
    //              ^
}

Test(val_incomplete, missing_final_crlf)
{
    ERR(NULL, QRS_E_INCOMPLETE, 6,
        "a NOOP");
    //         ^
    ERR(NULL, QRS_E_INCOMPLETE, 12,
        "* VANISHED 1");
    //               ^
    ERR(NULL, QRS_E_INCOMPLETE, 28,
        "a SELECT INBOX (QRESYNC (1 2");
    //                               ^
    ERR(NULL, QRS_E_INCOMPLETE, 18,
        "a LOGIN {5}\r\nhello");
    //                       ^
    ERR(NULL, QRS_E_INCOMPLETE, 0,
        "");
    //   ^
}

/* The API documents QRS_E_INCOMPLETE as "input ends inside a literal, or
 * before the CRLF", and the library applies it to any truncated message
 * ("a NOOP", "* VANISHED 1", a literal header cut after its CR).  These
 * inputs are truncated in the same way: each is a prefix of a valid message. */
Test(val_incomplete, ends_after_cr)
{
    /* "a LOGIN {5}\r" is INCOMPLETE at its CR; the final CRLF must be treated alike */
    parsed p;
    parse_with(&p, "a NOOP\r", 7, NULL);
    cr_expect_eq(p.rc, QRS_E_INCOMPLETE, "\"a NOOP\\r\" is a prefix of \"a NOOP\\r\\n\": got %s at %zu",
                 qrs_code_name(p.rc), p.err.offset);
    cr_expect(p.err.offset == 6 || p.err.offset == 7, "offset %zu, expected the CR (6) or the end (7)", p.err.offset);
    check_err_written(__LINE__, &p);
    guarded_free(&p.in);

    parsed q;
    parse_with(&q, "* OK [HIGHESTMODSEQ 5] x\r", 25, NULL);
    cr_expect_eq(q.rc, QRS_E_INCOMPLETE, "got %s at %zu", qrs_code_name(q.rc), q.err.offset);
    check_err_written(__LINE__, &q);
    guarded_free(&q.in);
}

Test(val_incomplete, ends_inside_a_token)
{
    /* Each input stops inside a token that more bytes would complete.  The
     * offset may be the token's start or the end of the input. */
    static const struct {
        const char *in, *completion;
        size_t token;
    } cases[] = {
        {"* VANISHED 1:", "2\r\n", 11},
        {"a SELECT INBOX (QRESYNC (1 2 1,", "2))\r\n", 29},
        {"a LOGIN \"abc", "\" x\r\n", 8},
        {"a LOGIN {5", "}\r\nhello x\r\n", 8},
        {"a FETCH 1 BODY[HEAD", "ER]\r\n", 10},
        /* each shape of issue #14: a code cut inside or right after its
         * brackets, a keyword, a flag, a section, a quoted escape and a
         * number cut short, and a set whose last number is cut short so
         * that it looks not ascending */
        {"A011 OK [READ-WRI", "TE] ok\r\n", 9},
        {"A011 OK [READ-WRITE]", " ok\r\n", 19},
        {"a STORE 1 +FLA", "GS (\\Seen)\r\n", 10},
        {"* 1 FETCH (FLAGS (\\", "Seen))\r\n", 18},
        {"a FETCH 1 BODY.PEEK[HEADER.FIELDS (", "Subject)]\r\n", 10},
        {"a LOGIN \"ab\\", "\"\" x\r\n", 8},
        {"a UID FETCH 1 (FLAGS) (CHANGEDSINCE 0", "1)\r\n", 36},
        {"a SELECT INBOX (QRESYNC (1 2 (1,3 2,1", "0)))\r\n", 34},
        {"a SELECT INBOX (QRESYNC (1 2 (4:1", "0 1:7)))\r\n", 30},
        {"* SEARCH 1 (M", "ODSEQ 5)\r\n", 12},
        {"* ESEARCH (T", "AG \"a\")\r\n", 11},
        {"a0 O", "K x\r\n", 3},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        /* the completed message is valid */
        char whole[128];
        snprintf(whole, sizeof whole, "%s%s", cases[i].in, cases[i].completion);
        parsed c;
        parse_with(&c, whole, strlen(whole), NULL);
        cr_assert_eq(c.rc, QRS_OK, "completion \"%s\" must parse: %s", whole, qrs_code_name(c.rc));
        guarded_free(&c.in);

        size_t len = strlen(cases[i].in);
        parsed p;
        parse_with(&p, cases[i].in, len, NULL);
        cr_expect_eq(p.rc, QRS_E_INCOMPLETE, "\"%s\" is a prefix of a valid message: got %s at %zu (%s)",
                     cases[i].in, qrs_code_name(p.rc), p.err.offset, p.err.message);
        cr_expect(p.err.offset >= cases[i].token && p.err.offset <= len, "\"%s\": offset %zu not in %zu..%zu",
                  cases[i].in, p.err.offset, cases[i].token, len);
        check_err_written(__LINE__, &p);
        guarded_free(&p.in);
    }
}

/* Without a CRLF yet, an error stays an error when no continuation of the
 * input could make it valid: it lies before the token the end cuts into,
 * or more bytes cannot cure it. */
Test(val_incomplete, errors_more_bytes_cannot_cure)
{
    ERR(NULL, QRS_E_NUMBER_RANGE, 8,
        "a FETCH 0 FLAGS");
    //           ^
    ERR(NULL, QRS_E_SYNTAX, 6,
        "a NOOP\x01");
    //         ^
    ERR(NULL, QRS_E_NOT_ASCENDING, 32,
        "a SELECT INBOX (QRESYNC (1 2 (5,3,7");
    //                                   ^  (only the last element, 7, may still grow)
    ERR(NULL, QRS_E_STAR_FORBIDDEN, 13,
        "* VANISHED 1:*");
    //                ^
    ERR(NULL, QRS_E_NUMBER_RANGE, 14,
        "* OK [UIDNEXT 0");
    //                 ^
    ERR(NULL, QRS_E_MODSEQ_RANGE, 20,
        "* OK [HIGHESTMODSEQ 99999999999999999999");
    //                       ^
    ERR(NULL, QRS_E_8BIT, 6,
        "* OK x\xff");
    //         ^
}

Test(val_incomplete, literal_plus)
{
    ERR(NULL, QRS_E_SYNTAX, 10,
        "a LOGIN {5+}\r\nhello x\r\n");
    //             ^
    OK(OPT(RFC7162, QRS_LENIENT_LITERAL_PLUS), "a LOGIN {5+}\r\nhello x\r\n");
    /* never in a response: RFC 7888 is for commands */
    ERR(OPT(RFC7162, QRS_LENIENT_ALL), QRS_E_SYNTAX, 20,
        "* 1 FETCH (BODY[] {5+}\r\nhello)\r\n");
    //                       ^
}

/* MARK: - Arena */

Test(val_arena, empty_arena)
{
    guarded g = guarded_copy("a NOOP\r\n", 8);
    qrs_arena a;
    qrs_arena_init(&a, NULL, 0);
    const qrs_message *m = (const qrs_message *)&a;
    qrs_error e;
    memset(&e, 0xff, sizeof e);
    qrs_code rc = qrs_parse(g.data, g.len, NULL, &a, &m, &e);
    cr_assert_eq(rc, QRS_E_ARENA_FULL);
    cr_assert_eq(e.code, QRS_E_ARENA_FULL);
    cr_assert_eq(e.offset, 0u);
    cr_assert_not_null(e.rule);
    cr_assert_not_null(e.message);
    cr_assert_null(m);
    guarded_free(&g);
}

Test(val_arena, too_small_then_retry)
{
    static const char *msgs[] = {
        "a NOOP\r\n",
        "A02 SELECT INBOX (QRESYNC (67890007 90060115194045000 41,43:211,214:541 (1:3,5 41,43,47,214)))\r\n",
        "a UID FETCH 1:* (FLAGS MODSEQ UID) (CHANGEDSINCE 12345 VANISHED)\r\n",
        "* 12 FETCH (UID 5 MODSEQ (624140003) FLAGS (\\Seen) INTERNALDATE \"17-Jul-1996 02:44:25 -0700\")\r\n",
        "* STATUS INBOX (MESSAGES 3 UIDNEXT 4 HIGHESTMODSEQ 7011231777)\r\n",
    };
    static unsigned char big[1 << 16], small[1 << 16];
    for (size_t i = 0; i < sizeof msgs / sizeof msgs[0]; i++) {
        guarded g = guarded_copy(msgs[i], strlen(msgs[i]));
        qrs_arena a;
        const qrs_message *m;
        qrs_error e;
        qrs_arena_init(&a, big, sizeof big);
        cr_assert_eq(qrs_parse(g.data, g.len, NULL, &a, &m, &e), QRS_OK, "%s", msgs[i]);
        size_t need = a.used;
        cr_assert_gt(need, 0u);
        cr_assert_leq(need, sizeof big);
        /* every smaller arena fails cleanly with ARENA_FULL, never overflows */
        for (size_t cap = 0; cap < need; cap++) {
            qrs_arena s;
            qrs_arena_init(&s, small, cap);
            memset(&e, 0xff, sizeof e);
            m = (const qrs_message *)&s;
            qrs_code rc = qrs_parse(g.data, g.len, NULL, &s, &m, &e);
            cr_assert_eq(rc, QRS_E_ARENA_FULL, "%s with %zu of %zu bytes: %s", msgs[i], cap, need, qrs_code_name(rc));
            cr_assert_eq(e.code, QRS_E_ARENA_FULL);
            cr_assert_leq(e.offset, g.len);
            cr_assert_not_null(e.rule);
            cr_assert_not_null(e.message);
            cr_assert_null(m);
            cr_assert_leq(s.used, cap, "arena used %zu beyond cap %zu", s.used, cap);
        }
        /* and the retry with a big enough arena works (after a reset of the same memory, too) */
        qrs_arena r;
        qrs_arena_init(&r, small, need);
        cr_assert_eq(qrs_parse(g.data, g.len, NULL, &r, &m, &e), QRS_OK, "%s with exactly %zu bytes", msgs[i], need);
        cr_assert_not_null(m);
        cr_assert_eq(r.used, need);
        qrs_arena_reset(&r);
        cr_assert_eq(r.used, 0u);
        cr_assert_eq(qrs_parse(g.data, g.len, NULL, &r, &m, &e), QRS_OK);
        guarded_free(&g);
    }
}

/* MARK: - Limits */

Test(val_limits, max_set_elements)
{
    qrs_options o = {.max_set_elements = 2};
    ERR(&o, QRS_E_TOO_MANY_ELEMENTS, 12,
        "a FETCH 1,2,3 FLAGS\r\n");
    //               ^
    ERR(&o, QRS_E_TOO_MANY_ELEMENTS, 15,
        "* VANISHED 1,2,3\r\n");
    //                  ^
    ERR(&o, QRS_E_TOO_MANY_ELEMENTS, 38,
        "a SELECT INBOX (QRESYNC (1 2 1,2 (1,2,5 3,4,6)))\r\n");
    //                                         ^
    ERR(&o, QRS_E_TOO_MANY_ELEMENTS, 19,
        "a OK [MODIFIED 1,2,3] x\r\n");
    //                      ^
    /* the limit is per set; a range counts once */
    OK(&o, "a FETCH 1,2:100000 FLAGS\r\n");
    OK(&o, "a SELECT INBOX (QRESYNC (1 2 1,2 (1,2 3,4)))\r\n");
}

Test(val_limits, max_message_len)
{
    qrs_options o = {.max_message_len = 7};
    ERR(&o, QRS_E_TOO_LONG, 7,
        "a NOOP\r\n");
    //           ^
    o.max_message_len = 8;
    OK(&o, "a NOOP\r\n");
}

Test(val_limits, max_depth)
{
    qrs_options o = {.max_depth = 3};
    ERR(&o, QRS_E_TOO_DEEP, 22,
        "a SELECT INBOX (FOO ((((a)))))\r\n");
    //                         ^
    o.max_depth = 4;
    ERR(&o, QRS_E_TOO_DEEP, 23,
        "a SELECT INBOX (FOO ((((a)))))\r\n");
    //                          ^
    o.max_depth = 5;
    OK(&o, "a SELECT INBOX (FOO ((((a)))))\r\n");
    o.max_depth = 1;
    ERR(&o, QRS_E_TOO_DEEP, 24,
        "a SELECT INBOX (QRESYNC (1 2))\r\n");
    //                           ^
    ERR(&o, QRS_E_TOO_DEEP, 10,
        "a SEARCH ((UNSEEN))\r\n");
    //             ^
}

Test(val_limits, limit_options_out_of_range)
{
    qrs_options o = {.max_depth = QRS_MAX_DEPTH_LIMIT + 1};
    ERR(&o, QRS_E_INVALID_ARGUMENT, 0,
        "a NOOP\r\n");
    //   ^
    o.max_depth = QRS_MAX_DEPTH_LIMIT;
    OK(&o, "a NOOP\r\n");
}

/* MARK: - Arguments */

Test(val_args, null_arena_or_out)
{
    guarded g = guarded_copy("a NOOP\r\n", 8);
    unsigned char buf[4096];
    qrs_arena a;
    qrs_arena_init(&a, buf, sizeof buf);
    const qrs_message *m = (const qrs_message *)&a;
    qrs_error e;

    memset(&e, 0xff, sizeof e);
    cr_assert_eq(qrs_parse(g.data, g.len, NULL, NULL, &m, &e), QRS_E_INVALID_ARGUMENT);
    cr_assert_eq(e.code, QRS_E_INVALID_ARGUMENT);
    cr_assert_not_null(e.rule);
    cr_assert_not_null(e.message);
    cr_assert_null(m, "out must be set to NULL on failure");

    memset(&e, 0xff, sizeof e);
    cr_assert_eq(qrs_parse(g.data, g.len, NULL, &a, NULL, &e), QRS_E_INVALID_ARGUMENT);
    cr_assert_eq(e.code, QRS_E_INVALID_ARGUMENT);
    cr_assert_not_null(e.rule);
    cr_assert_not_null(e.message);

    /* err may be NULL */
    cr_assert_eq(qrs_parse(g.data, g.len, NULL, NULL, &m, NULL), QRS_E_INVALID_ARGUMENT);
    cr_assert_eq(qrs_parse(g.data, 6, NULL, &a, &m, NULL), QRS_E_INCOMPLETE);

    /* buf may be NULL only when len is 0 */
    memset(&e, 0xff, sizeof e);
    cr_assert_eq(qrs_parse(NULL, 5, NULL, &a, &m, &e), QRS_E_INVALID_ARGUMENT);
    cr_assert_not_null(e.message);
    cr_assert_eq(qrs_parse(NULL, 0, NULL, &a, &m, &e), QRS_E_INCOMPLETE);
    guarded_free(&g);
}

Test(val_args, options_out_of_range)
{
    qrs_options o = {.dialect = (qrs_dialect)3};
    ERR(&o, QRS_E_INVALID_ARGUMENT, 0,
        "a NOOP\r\n");
    //   ^
    qrs_options s = {.side = (qrs_side)3};
    ERR(&s, QRS_E_INVALID_ARGUMENT, 0,
        "a NOOP\r\n");
    //   ^
}

Test(val_args, fragment_arguments)
{
    unsigned char buf[4096];
    qrs_arena a;
    qrs_arena_init(&a, buf, sizeof buf);
    qrs_fragment f;
    qrs_error e;
    memset(&e, 0xff, sizeof e);
    cr_assert_eq(qrs_parse_fragment(QRS_RULE_SEQUENCE_SET, "1", 1, NULL, &a, NULL, &e), QRS_E_INVALID_ARGUMENT);
    cr_assert_not_null(e.rule);
    cr_assert_not_null(e.message);
    cr_assert_eq(qrs_parse_fragment(QRS_RULE_SEQUENCE_SET, "1", 1, NULL, NULL, &f, &e), QRS_E_INVALID_ARGUMENT);
    cr_assert_eq(qrs_parse_fragment(QRS_RULE_COUNT_, "1", 1, NULL, &a, &f, &e), QRS_E_INVALID_ARGUMENT);
    cr_assert_eq(qrs_parse_fragment((qrs_rule)-1, "1", 1, NULL, &a, &f, &e), QRS_E_INVALID_ARGUMENT);
}

/* qresync.h: "out is zeroed before parsing and again on failure", so also
 * when the arguments are refused before any parsing. */
static int all_zero(const void *p, size_t n)
{
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++)
        if (b[i])
            return 0;
    return 1;
}

Test(val_args, fragment_out_zeroed_on_argument_errors)
{
    unsigned char buf[4096];
    qrs_arena a;
    qrs_arena_init(&a, buf, sizeof buf);
    qrs_fragment f;
    qrs_error e;
    qrs_options bad_dialect = {.dialect = (qrs_dialect)3}, bad_depth = {.max_depth = QRS_MAX_DEPTH_LIMIT + 1},
                short_limit = {.max_message_len = 2};
    static const struct {
        int rule;
        const char *buf;
        size_t len;
        int null_arena;
        int opts; /* 0 none, 1 bad dialect, 2 bad depth, 3 max_message_len 2 */
        qrs_code code;
    } cases[] = {
        {QRS_RULE_SEQUENCE_SET, "1", 1, 1, 0, QRS_E_INVALID_ARGUMENT},
        {QRS_RULE_COUNT_, "1", 1, 0, 0, QRS_E_INVALID_ARGUMENT},
        {-1, "1", 1, 0, 0, QRS_E_INVALID_ARGUMENT},
        {QRS_RULE_SEQUENCE_SET, NULL, 1, 0, 0, QRS_E_INVALID_ARGUMENT},
        {QRS_RULE_SEQUENCE_SET, "1", 1, 0, 1, QRS_E_INVALID_ARGUMENT},
        {QRS_RULE_MOD_SEQUENCE_VALUE, "1", 1, 0, 2, QRS_E_INVALID_ARGUMENT},
        {QRS_RULE_SEQUENCE_SET, "1:3", 3, 0, 3, QRS_E_TOO_LONG},
        {QRS_RULE_MOD_SEQUENCE_VALUE, "123", 3, 0, 3, QRS_E_TOO_LONG},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const qrs_options *o = cases[i].opts == 1   ? &bad_dialect
                               : cases[i].opts == 2 ? &bad_depth
                               : cases[i].opts == 3 ? &short_limit
                                                    : NULL;
        memset(&f, 0xff, sizeof f);
        qrs_code rc = qrs_parse_fragment((qrs_rule)cases[i].rule, cases[i].buf, cases[i].len, o,
                                         cases[i].null_arena ? NULL : &a, &f, &e);
        cr_assert_eq(rc, cases[i].code, "case %zu: %s", i, qrs_code_name(rc));
        cr_assert(all_zero(&f, sizeof f), "case %zu (%s): out is not zeroed", i, qrs_code_name(rc));
    }
}

Test(val_args, fragment_rules_validate_too)
{
    static unsigned char buf[4096];
    static const struct {
        qrs_rule rule;
        const char *in;
        qrs_code code;
        size_t offset;
    } cases[] = {
        {QRS_RULE_KNOWN_UIDS, "1:*", QRS_E_STAR_FORBIDDEN, 2},
        {QRS_RULE_SEQUENCE_SET, "1,0", QRS_E_NUMBER_RANGE, 2},
        {QRS_RULE_SEQ_MATCH_DATA, "(1:3 5,7)", QRS_E_SET_MISMATCH, 5},
        {QRS_RULE_SEQ_MATCH_DATA, "(3,1 5,7)", QRS_E_NOT_ASCENDING, 3},
        {QRS_RULE_MOD_SEQUENCE_VALUE, "0", QRS_E_MODSEQ_ZERO, 0},
        {QRS_RULE_MOD_SEQUENCE_VALZER, "9223372036854775808", QRS_E_MODSEQ_RANGE, 0},
        {QRS_RULE_FETCH_MOD_RESP, "MODSEQ (0)", QRS_E_MODSEQ_ZERO, 8},
        {QRS_RULE_RESP_TEXT_CODE, "HIGHESTMODSEQ 0", QRS_E_MODSEQ_ZERO, 14},
        {QRS_RULE_EXPUNGED_RESP, "VANISHED 1:*", QRS_E_STAR_FORBIDDEN, 11},
        {QRS_RULE_SELECT_PARAM, "QRESYNC (1)", QRS_E_SYNTAX, 10},
        {QRS_RULE_SEQUENCE_SET, "", QRS_E_SYNTAX, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        guarded g = guarded_copy(cases[i].in, strlen(cases[i].in));
        qrs_arena a;
        qrs_arena_init(&a, buf, sizeof buf);
        qrs_fragment f;
        qrs_error e;
        memset(&e, 0xff, sizeof e);
        qrs_code rc = qrs_parse_fragment(cases[i].rule, g.data, g.len, NULL, &a, &f, &e);
        cr_assert_eq(rc, cases[i].code, "%s \"%s\": %s", qrs_rule_name(cases[i].rule), cases[i].in, qrs_code_name(rc));
        cr_assert_eq(e.code, rc);
        cr_assert_eq(e.offset, cases[i].offset, "%s \"%s\": offset %zu", qrs_rule_name(cases[i].rule), cases[i].in,
                     e.offset);
        cr_assert_not_null(e.rule);
        cr_assert_not_null(e.message);
        guarded_free(&g);
    }
}

/* MARK: - The input is only read */

Test(val_input, never_written)
{
    /* support.h maps the input read-only: a write would fault and crash this test.
     * Here the bytes are also compared with the original after each parse. */
    static const char *msgs[] = {
        "A02 SELECT INBOX (QRESYNC (67890007 90060115194045000 41,43:211,214:541 (1:3,5 41,43,47,214)))\r\n",
        "a LOGIN {5}\r\nhello \"quo\\\"ted\"\r\n",
        "* 1 FETCH (BODY[] {5}\r\nhello UID 3 MODSEQ (7))\r\n",
        "* VANISHED (EARLIER) 5:2,9\r\n",
        "* OK [HIGHESTMODSEQ 5]\r\n",
        "a SELECT INBOX (QRESYNC (1 2 1:*))\r\n",
    };
    for (size_t i = 0; i < sizeof msgs / sizeof msgs[0]; i++) {
        size_t len = strlen(msgs[i]);
        parsed p;
        parse_with(&p, msgs[i], len, OPT(RFC7162, i % 2 ? QRS_LENIENT_ALL : 0));
        cr_assert_eq(memcmp(p.in.data, msgs[i], len), 0, "input %zu changed", i);
        guarded_free(&p.in);
    }
}

/* MARK: - Every failure writes the whole error */

Test(val_error, fully_written_for_every_code)
{
    static const struct {
        const char *in;
        qrs_dialect d;
        qrs_code code;
    } cases[] = {
        {"a FETCH\r\n", RFC7162, QRS_E_SYNTAX},
        {"a NOOP", RFC7162, QRS_E_INCOMPLETE},
        {"a FETCH 0 FLAGS\r\n", RFC7162, QRS_E_NUMBER_RANGE},
        {"* OK [HIGHESTMODSEQ 9223372036854775808] x\r\n", RFC7162, QRS_E_MODSEQ_RANGE},
        {"* OK [HIGHESTMODSEQ 0] x\r\n", RFC7162, QRS_E_MODSEQ_ZERO},
        {"* VANISHED *\r\n", RFC7162, QRS_E_STAR_FORBIDDEN},
        {"a SELECT INBOX (QRESYNC (1 2 (2,1 3,4)))\r\n", RFC7162, QRS_E_NOT_ASCENDING},
        {"a SELECT INBOX (QRESYNC (1 2 (1 3,4)))\r\n", RFC7162, QRS_E_SET_MISMATCH},
        {"a STORE 1 (UNCHANGEDSINCE 1 UNCHANGEDSINCE 1) FLAGS ()\r\n", RFC7162, QRS_E_DUPLICATE},
        {"a FETCH 1 FLAGS (CHANGEDSINCE 1 VANISHED)\r\n", RFC7162, QRS_E_MODIFIER_CONTEXT},
        {"* VANISHED (EARLIER) 1\r\n", DRAFT03, QRS_E_DIALECT},
        {"* OK \x80\r\n", RFC7162, QRS_E_8BIT},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        parsed p;
        parse_with(&p, cases[i].in, strlen(cases[i].in), OPT(cases[i].d, 0));
        cr_assert_eq(p.rc, cases[i].code, "\"%s\": %s", cases[i].in, qrs_code_name(p.rc));
        check_err_written(__LINE__, &p);
        cr_assert_str_eq(qrs_code_name(p.err.code), qrs_code_name(cases[i].code));
        cr_assert_str_neq(qrs_code_name(p.err.code), "unknown");
        guarded_free(&p.in);
    }
}
