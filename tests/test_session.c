/*
 * test_session.c - the session rules through the library API: findings per
 * dialect, and what happens at the edges (more findings than room, more
 * commands in progress than the session remembers, untagged input).
 */
#include "support.h"

static size_t feed(qrs_session *s, qrs_dialect d, const char *line, qrs_finding *out, size_t max)
{
    static parsed p;
    char buf[512];
    snprintf(buf, sizeof buf, "%s\r\n", line);
    qrs_options o = opts_of(d, 0);
    parse_with(&p, buf, strlen(buf), &o);
    cr_assert_eq(p.rc, QRS_OK, "%s: %s", line, qrs_code_name(p.rc));
    size_t n = qrs_session_feed(s, p.msg->kind < QRS_RESP_COND, p.msg, out, max);
    guarded_free(&p.in);
    return n;
}

/* An rfc7162 session after ENABLE QRESYNC, its ENABLED and its OK: no finding. */
static void enable_qresync(qrs_session *s)
{
    qrs_finding f[4];
    cr_assert_eq(feed(s, QRS_DIALECT_RFC7162, "e1 ENABLE QRESYNC", f, 4), 0);
    cr_assert_eq(feed(s, QRS_DIALECT_RFC7162, "* ENABLED QRESYNC", f, 4), 0);
    cr_assert_eq(feed(s, QRS_DIALECT_RFC7162, "e1 OK done", f, 4), 0);
}

Test(session, rfc5162_enable_sent_is_enough_rfc7162_needs_enabled)
{
    qrs_finding f[4];
    qrs_session s5, s7;
    qrs_session_init(&s5, QRS_DIALECT_RFC5162);
    qrs_session_init(&s7, QRS_DIALECT_RFC7162);
    cr_assert_eq(feed(&s5, QRS_DIALECT_RFC5162, "e1 ENABLE QRESYNC", f, 4), 0);
    cr_assert_eq(feed(&s7, QRS_DIALECT_RFC7162, "e1 ENABLE QRESYNC", f, 4), 0);
    /* the server has not answered ENABLED yet */
    cr_assert_eq(feed(&s5, QRS_DIALECT_RFC5162, "s1 SELECT INBOX (QRESYNC (1 2))", f, 4), 0);
    cr_assert_eq(feed(&s7, QRS_DIALECT_RFC7162, "s1 SELECT INBOX (QRESYNC (1 2))", f, 4), 1);
    cr_assert_str_eq(f[0].rule, "qresync-not-enabled");
    cr_assert_eq(f[0].warning, 0);
    cr_assert_not_null(f[0].message);
}

Test(session, one_vanished_can_break_two_rules_and_room_is_respected)
{
    qrs_finding f[1];
    qrs_session s;
    qrs_session_init(&s, QRS_DIALECT_RFC7162);
    /* not enabled, and not asked for: two findings, room for one */
    cr_assert_eq(feed(&s, QRS_DIALECT_RFC7162, "* VANISHED (EARLIER) 1:3", f, 1), 2);
    cr_assert_str_eq(f[0].rule, "vanished-not-enabled");
    cr_assert_eq(feed(&s, QRS_DIALECT_RFC7162, "* VANISHED (EARLIER) 1:3", NULL, 0), 2);
}

Test(session, uid_fetch_vanished_allows_earlier_until_its_tagged_response)
{
    qrs_finding f[4];
    qrs_session s;
    qrs_session_init(&s, QRS_DIALECT_RFC7162);
    enable_qresync(&s);
    cr_assert_eq(feed(&s, QRS_DIALECT_RFC7162, "f1 UID FETCH 1:* (FLAGS) (CHANGEDSINCE 5 VANISHED)", f, 4), 0);
    cr_assert_eq(feed(&s, QRS_DIALECT_RFC7162, "* VANISHED (EARLIER) 1:3", f, 4), 0);
    cr_assert_eq(feed(&s, QRS_DIALECT_RFC7162, "* 1 FETCH (UID 4 MODSEQ (6) FLAGS ())", f, 4), 0);
    cr_assert_eq(feed(&s, QRS_DIALECT_RFC7162, "* VANISHED (EARLIER) 9", f, 4), 1);
    cr_assert_str_eq(f[0].rule, "earlier-after-fetch");
    cr_assert_eq(feed(&s, QRS_DIALECT_RFC7162, "f1 OK done", f, 4), 0);
    cr_assert_eq(feed(&s, QRS_DIALECT_RFC7162, "* VANISHED (EARLIER) 10", f, 4), 1);
    cr_assert_str_eq(f[0].rule, "earlier-unasked");
    /* plain VANISHED needs no command (11: 10 was just reported, see vanished-repeated) */
    cr_assert_eq(feed(&s, QRS_DIALECT_RFC7162, "* VANISHED 11", f, 4), 0);
}

/* A tag longer than the 31 bytes a session keeps still completes its own
 * command, and only its own: two tags that differ after byte 31 are two
 * commands. */
Test(session, long_tags_complete_their_commands)
{
    qrs_finding f[4];
    qrs_session s;
    const char *a = "t0123456789012345678901234567890123456789a", *b = "t0123456789012345678901234567890123456789b";
    char line[256];
    qrs_session_init(&s, QRS_DIALECT_RFC7162);
    enable_qresync(&s);
    snprintf(line, sizeof line, "%s UID FETCH 1:* (FLAGS) (CHANGEDSINCE 5 VANISHED)", a);
    cr_assert_eq(feed(&s, QRS_DIALECT_RFC7162, line, f, 4), 0);
    cr_assert_eq(feed(&s, QRS_DIALECT_RFC7162, "* 1 FETCH (UID 4 MODSEQ (6) FLAGS ())", f, 4), 0);
    /* b's OK does not end a's command */
    snprintf(line, sizeof line, "%s OK done", b);
    cr_assert_eq(feed(&s, QRS_DIALECT_RFC7162, line, f, 4), 0);
    cr_assert_eq(feed(&s, QRS_DIALECT_RFC7162, "* VANISHED (EARLIER) 9", f, 4), 1);
    cr_assert_str_eq(f[0].rule, "earlier-after-fetch");
    snprintf(line, sizeof line, "%s OK done", a);
    cr_assert_eq(feed(&s, QRS_DIALECT_RFC7162, line, f, 4), 0);
    /* with a's command over, the same line is unasked, not after a FETCH */
    cr_assert_eq(feed(&s, QRS_DIALECT_RFC7162, "* VANISHED (EARLIER) 10", f, 4), 1);
    cr_assert_str_eq(f[0].rule, "earlier-unasked");
}

Test(session, draft03_tag_correlator_and_first_use_enables)
{
    qrs_finding f[4];
    qrs_session s;
    qrs_session_init(&s, QRS_DIALECT_DRAFT03);
    cr_assert_eq(feed(&s, QRS_DIALECT_DRAFT03, "s100 UID FETCH 300:500 (FLAGS) (CHANGEDSINCE 12345 VANISHED)", f, 4), 0);
    cr_assert_eq(feed(&s, QRS_DIALECT_DRAFT03, "* VANISHED (TAG \"s100\") 300:310,405,411", f, 4), 0);
    cr_assert_eq(feed(&s, QRS_DIALECT_DRAFT03, "* 1 FETCH (UID 404 MODSEQ (65402) FLAGS (\\Seen))", f, 4), 0);
    /* draft -03 prints VANISHED after the FETCH responses: no rule against it */
    cr_assert_eq(feed(&s, QRS_DIALECT_DRAFT03, "* VANISHED (TAG \"s100\") 412", f, 4), 0);
    cr_assert_eq(feed(&s, QRS_DIALECT_DRAFT03, "s100 OK done", f, 4), 0);
}

Test(session, many_commands_in_progress_and_untagged_input_are_safe)
{
    qrs_finding f[4];
    qrs_session s;
    char line[64];
    qrs_session_init(&s, QRS_DIALECT_RFC7162);
    for (int i = 0; i < 3 * QRS_SESSION_MAX_COMMANDS; i++) {
        snprintf(line, sizeof line, "t%d NOOP", i);
        cr_assert_eq(feed(&s, QRS_DIALECT_RFC7162, line, f, 4), 0);
    }
    cr_assert_eq(s.n_commands, QRS_SESSION_MAX_COMMANDS);
    /* untagged responses and NULLs are ignored */
    cr_assert_eq(feed(&s, QRS_DIALECT_RFC7162, "* 5 EXISTS", f, 4), 0);
    cr_assert_eq(qrs_session_feed(&s, 0, NULL, f, 4), 0);
    cr_assert_eq(qrs_session_feed(NULL, 0, NULL, f, 4), 0);
}

Test(session, highestmodseq_may_not_go_back_within_a_selection_but_may_after_select)
{
    qrs_finding f[4];
    qrs_session s;
    qrs_session_init(&s, QRS_DIALECT_RFC5162);
    feed(&s, QRS_DIALECT_RFC5162, "s1 SELECT INBOX", f, 4);
    cr_assert_eq(feed(&s, QRS_DIALECT_RFC5162, "* OK [HIGHESTMODSEQ 20] x", f, 4), 0);
    cr_assert_eq(feed(&s, QRS_DIALECT_RFC5162, "s1 OK [HIGHESTMODSEQ 20] x", f, 4), 0); /* equal is fine */
    cr_assert_eq(feed(&s, QRS_DIALECT_RFC5162, "* OK [HIGHESTMODSEQ 19] x", f, 4), 1);
    cr_assert_str_eq(f[0].rule, "highestmodseq-backwards");
    /* the largest value is kept: 19 did not lower the bar */
    cr_assert_eq(feed(&s, QRS_DIALECT_RFC5162, "* OK [HIGHESTMODSEQ 19] x", f, 4), 1);
    feed(&s, QRS_DIALECT_RFC5162, "s2 SELECT Other", f, 4);
    cr_assert_eq(feed(&s, QRS_DIALECT_RFC5162, "* OK [HIGHESTMODSEQ 3] x", f, 4), 0);
}

Test(session, closed_is_needed_only_when_a_mailbox_was_selected_and_qresync_is_on)
{
    qrs_finding f[4];
    qrs_session s;
    qrs_session_init(&s, QRS_DIALECT_RFC7162);
    feed(&s, QRS_DIALECT_RFC7162, "s1 SELECT INBOX", f, 4);
    feed(&s, QRS_DIALECT_RFC7162, "s1 OK done", f, 4);
    feed(&s, QRS_DIALECT_RFC7162, "s2 SELECT INBOX", f, 4);
    cr_assert_eq(feed(&s, QRS_DIALECT_RFC7162, "s2 OK done", f, 4), 0, "QRESYNC is not enabled yet");
    enable_qresync(&s);
    feed(&s, QRS_DIALECT_RFC7162, "s3 EXAMINE Other", f, 4);
    cr_assert_eq(feed(&s, QRS_DIALECT_RFC7162, "s3 NO [NONEXISTENT] no such mailbox", f, 4), 1,
                 "the old mailbox is closed even when SELECT fails");
    cr_assert_str_eq(f[0].rule, "closed-missing");
    /* after the failed EXAMINE no mailbox is selected: no CLOSED is due */
    feed(&s, QRS_DIALECT_RFC7162, "s4 SELECT INBOX", f, 4);
    cr_assert_eq(feed(&s, QRS_DIALECT_RFC7162, "s4 OK done", f, 4), 0);
    feed(&s, QRS_DIALECT_RFC7162, "s5 SELECT Other", f, 4);
    cr_assert_eq(feed(&s, QRS_DIALECT_RFC7162, "* OK [CLOSED] x", f, 4), 0);
    cr_assert_eq(feed(&s, QRS_DIALECT_RFC7162, "s5 OK done", f, 4), 0);
    feed(&s, QRS_DIALECT_RFC7162, "u1 UNSELECT", f, 4);
    feed(&s, QRS_DIALECT_RFC7162, "u1 OK done", f, 4);
    feed(&s, QRS_DIALECT_RFC7162, "s6 SELECT INBOX", f, 4);
    cr_assert_eq(feed(&s, QRS_DIALECT_RFC7162, "s6 OK done", f, 4), 0, "UNSELECT closed it already");
}

Test(session, nomodseq_mailbox_refuses_every_modseq_request_in_rfc7162)
{
    static const char *const requests[] = {
        "a FETCH 1 (FLAGS) (CHANGEDSINCE 4)", "a UID FETCH 1 (MODSEQ)", "a STORE 1 (UNCHANGEDSINCE 4) +FLAGS (x)",
        "a SEARCH MODSEQ 4"};
    for (size_t i = 0; i < sizeof requests / sizeof requests[0]; i++) {
        qrs_finding f[4];
        qrs_session s;
        qrs_session_init(&s, QRS_DIALECT_RFC7162);
        feed(&s, QRS_DIALECT_RFC7162, "s1 SELECT INBOX (CONDSTORE)", f, 4);
        feed(&s, QRS_DIALECT_RFC7162, "* OK [NOMODSEQ] none", f, 4);
        feed(&s, QRS_DIALECT_RFC7162, "s1 OK done", f, 4);
        cr_assert_eq(feed(&s, QRS_DIALECT_RFC7162, "b FETCH 1 (FLAGS)", f, 4), 0);
        cr_assert_eq(feed(&s, QRS_DIALECT_RFC7162, requests[i], f, 4), 1, "%s", requests[i]);
        cr_assert_str_eq(f[0].rule, "nomodseq-misuse");
    }
}

Test(session, plain_vanished_of_an_expunged_uid_is_refused_in_rfc7162)
{
    qrs_finding f[4];
    qrs_session s;
    qrs_session_init(&s, QRS_DIALECT_RFC7162);
    enable_qresync(&s);
    feed(&s, QRS_DIALECT_RFC7162, "s1 SELECT INBOX (QRESYNC (1 5 1:20))", f, 4);
    cr_assert_eq(feed(&s, QRS_DIALECT_RFC7162, "* VANISHED (EARLIER) 3:4,9", f, 4), 0);
    feed(&s, QRS_DIALECT_RFC7162, "s1 OK done", f, 4);
    /* a repeat inside one response is the client's to handle */
    cr_assert_eq(feed(&s, QRS_DIALECT_RFC7162, "* VANISHED 12,12:13", f, 4), 0);
    cr_assert_eq(feed(&s, QRS_DIALECT_RFC7162, "* VANISHED 5:8", f, 4), 0, "8 touches 9 but is new");
    cr_assert_eq(feed(&s, QRS_DIALECT_RFC7162, "* VANISHED 10,4", f, 4), 1);
    cr_assert_str_eq(f[0].rule, "vanished-repeated");
    cr_assert_eq(feed(&s, QRS_DIALECT_RFC7162, "* VANISHED 13", f, 4), 1, "reported by a plain VANISHED before");
    /* a new selection forgets them */
    feed(&s, QRS_DIALECT_RFC7162, "s2 SELECT INBOX", f, 4);
    cr_assert_eq(feed(&s, QRS_DIALECT_RFC7162, "* VANISHED 13", f, 4), 0);
}

Test(session, remembered_expunges_are_bounded_and_never_invent_a_repeat)
{
    qrs_finding f[4];
    qrs_session s;
    char line[64];
    qrs_session_init(&s, QRS_DIALECT_RFC7162);
    enable_qresync(&s);
    /* more disjoint ranges than the session keeps: none of them is a repeat */
    for (unsigned i = 0; i < 2 * QRS_SESSION_MAX_GONE; i++) {
        snprintf(line, sizeof line, "* VANISHED %u", 10 * i + 1);
        cr_assert_eq(feed(&s, QRS_DIALECT_RFC7162, line, f, 4), 0, "%s", line);
    }
    cr_assert_eq(s.n_gone, (size_t)QRS_SESSION_MAX_GONE);
    cr_assert_eq(feed(&s, QRS_DIALECT_RFC7162, "* VANISHED 1", f, 4), 1, "the first ones are remembered");
}
