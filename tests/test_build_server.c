/*
 * test_build_server.c - the ENABLE, FETCH (UID, MODSEQ) and SEARCH (MODSEQ)
 * builders: what they write parses strictly to the values given, and what
 * the grammar forbids is refused with its code.
 */
#include "support.h"

static char out[512];
static size_t len;

/* Parse out strictly and return the message (the parse stays valid until the next call). */
static const qrs_message *reparse(qrs_dialect d)
{
    static parsed p;
    static int used;
    if (used)
        guarded_free(&p.in);
    used = 1;
    qrs_options o = opts_of(d, 0);
    parse_with(&p, out, len, &o);
    cr_assert_eq(p.rc, QRS_OK, "%s: %s at %zu", out, qrs_code_name(p.rc), p.err.offset);
    return p.msg;
}

Test(build_server, enable)
{
    const char *caps[] = {"QRESYNC", "CONDSTORE"};
    cr_assert_eq(qrs_build_enable(QRS_DIALECT_RFC7162, "e1", caps, 2, out, sizeof out, &len), QRS_OK);
    cr_assert_str_eq(out, "e1 ENABLE QRESYNC CONDSTORE\r\n");
    const qrs_message *m = reparse(QRS_DIALECT_RFC7162);
    cr_assert_eq(m->kind, QRS_CMD_ENABLE);
    cr_assert(slice_eq(m->u.words->text, "QRESYNC") && slice_eq(m->u.words->next->text, "CONDSTORE"));

    cr_assert_eq(qrs_build_enable(QRS_DIALECT_DRAFT03, "e1", caps, 2, out, sizeof out, &len), QRS_E_DIALECT);
    cr_assert_eq(qrs_build_enable(QRS_DIALECT_RFC7162, "e1", caps, 0, out, sizeof out, &len), QRS_E_INVALID_ARGUMENT);
    const char *bad[] = {"QRE SYNC"};
    cr_assert_eq(qrs_build_enable(QRS_DIALECT_RFC7162, "e1", bad, 1, out, sizeof out, &len), QRS_E_INVALID_ARGUMENT);
    cr_assert_eq(qrs_build_enable(QRS_DIALECT_RFC7162, "e+1", caps, 1, out, sizeof out, &len), QRS_E_INVALID_ARGUMENT);
}

Test(build_server, fetch_with_uid_and_modseq)
{
    cr_assert_eq(qrs_build_fetch_modseq(QRS_DIALECT_RFC7162, 3, 4294967295u, 9223372036854775807u, "(\\Seen $Junk)",
                                        out, sizeof out, &len), QRS_OK);
    const qrs_message *m = reparse(QRS_DIALECT_RFC7162);
    cr_assert_eq(m->kind, QRS_RESP_FETCH);
    cr_assert_eq(m->u.fetch_resp.number, 3);
    cr_assert(m->u.fetch_resp.has_uid && m->u.fetch_resp.uid == 4294967295u);
    cr_assert(m->u.fetch_resp.has_modseq && m->u.fetch_resp.modseq == 9223372036854775807u);

    cr_assert_eq(qrs_build_fetch_modseq(QRS_DIALECT_RFC7162, 3, 5, 9, NULL, out, sizeof out, &len), QRS_OK);
    cr_assert_str_eq(out, "* 3 FETCH (UID 5 MODSEQ (9))\r\n");

    cr_assert_eq(qrs_build_fetch_modseq(QRS_DIALECT_RFC7162, 0, 5, 9, NULL, out, sizeof out, &len), QRS_E_NUMBER_RANGE);
    cr_assert_eq(qrs_build_fetch_modseq(QRS_DIALECT_RFC7162, 1, 0, 9, NULL, out, sizeof out, &len), QRS_E_NUMBER_RANGE);
    cr_assert_eq(qrs_build_fetch_modseq(QRS_DIALECT_RFC7162, 1, 5, 0, NULL, out, sizeof out, &len), QRS_E_MODSEQ_ZERO);
    cr_assert_eq(qrs_build_fetch_modseq(QRS_DIALECT_RFC7162, 1, 5, 9223372036854775808u, NULL, out, sizeof out, &len),
                 QRS_E_MODSEQ_RANGE);
    /* RFC 4551's 64-bit limit in the older dialects */
    cr_assert_eq(qrs_build_fetch_modseq(QRS_DIALECT_RFC5162, 1, 5, 9223372036854775808u, NULL, out, sizeof out, &len),
                 QRS_OK);
    reparse(QRS_DIALECT_RFC5162);
    /* FLAGS in a FETCH response is a parenthesized flag-fetch list: \Recent allowed */
    cr_assert_eq(qrs_build_fetch_modseq(QRS_DIALECT_RFC7162, 1, 5, 9, "\\Seen", out, sizeof out, &len), QRS_E_SYNTAX);
    cr_assert_eq(qrs_build_fetch_modseq(QRS_DIALECT_RFC7162, 1, 5, 9, "(\\Recent \\Seen)", out, sizeof out, &len),
                 QRS_OK);
    reparse(QRS_DIALECT_RFC7162);
}

Test(build_server, search_with_modseq)
{
    const uint32_t nums[] = {2, 5, 6, 7, 11, 12, 18, 19, 20, 23};
    cr_assert_eq(qrs_build_search_modseq(QRS_DIALECT_RFC7162, nums, 10, 917162500, out, sizeof out, &len), QRS_OK);
    cr_assert_str_eq(out, "* SEARCH 2 5 6 7 11 12 18 19 20 23 (MODSEQ 917162500)\r\n");
    const qrs_message *m = reparse(QRS_DIALECT_RFC7162);
    cr_assert_eq(m->kind, QRS_RESP_SEARCH);
    cr_assert_eq(m->u.search_resp.count, 10);
    cr_assert(m->u.search_resp.has_modseq && m->u.search_resp.modseq == 917162500);

    /* An empty result has no (MODSEQ n) (RFC 7162 section 3.1.5): not what Cyrus 3.6 sends. */
    cr_assert_eq(qrs_build_search_modseq(QRS_DIALECT_RFC7162, NULL, 0, 1, out, sizeof out, &len), QRS_OK);
    cr_assert_str_eq(out, "* SEARCH\r\n");
    reparse(QRS_DIALECT_RFC7162);

    const uint32_t zero[] = {3, 0};
    cr_assert_eq(qrs_build_search_modseq(QRS_DIALECT_RFC7162, zero, 2, 5, out, sizeof out, &len), QRS_E_NUMBER_RANGE);
    cr_assert_eq(qrs_build_search_modseq(QRS_DIALECT_RFC7162, nums, 1, 0, out, sizeof out, &len), QRS_E_MODSEQ_ZERO);
}
