/*
 * test_tracker.c - the client's cached HIGHESTMODSEQ under the draft -02,
 * draft -03 / RFC 5162 and RFC 7162 rules, fed with parsed responses.
 */
#include "support.h"

/* Feed one server line (CRLF added) to every tracker. */
static void feed(qrs_tracker *t, size_t n, const char *line)
{
    static parsed p;
    char buf[512];
    snprintf(buf, sizeof buf, "%s\r\n", line);
    qrs_options o = opts_of(QRS_DIALECT_RFC7162, 0);
    o.side = QRS_SIDE_SERVER;
    parse_with(&p, buf, strlen(buf), &o);
    cr_assert_eq(p.rc, QRS_OK, "%s: %s at %zu", line, qrs_code_name(p.rc), p.err.offset);
    for (size_t i = 0; i < n; i++)
        qrs_tracker_feed(&t[i], p.msg);
    guarded_free(&p.in);
}

enum { D02, D03, R7162 };

static void restore_all(qrs_tracker t[3], uint64_t highest)
{
    qrs_tracker_restore(&t[D02], QRS_TRACK_DRAFT02, 67890007, highest);
    qrs_tracker_restore(&t[D03], QRS_TRACK_DRAFT03, 67890007, highest);
    qrs_tracker_restore(&t[R7162], QRS_TRACK_RFC7162, 67890007, highest);
}

/* The mailbox on the server: UID 5 changed at mod-sequence 105 (the client
 * received it), UID 7 at 103 (lost with the connection).  A resync asks for
 * what changed since the cached value (CHANGEDSINCE): a change is missed when
 * the client never received it and the resync does not return it. */
static unsigned changes_missed_after_resync(uint64_t cached)
{
    const uint64_t modseq_of[] = {105, 103};
    const int received[] = {1, 0};
    unsigned missed = 0;
    for (size_t i = 0; i < 2; i++)
        missed += !received[i] && modseq_of[i] <= cached;
    return missed;
}

/* The change from draft -02 to -03 (the seed): the server sends MODSEQ 105
 * before MODSEQ 103 and the connection drops before the tagged OK.  A -02
 * client has cached 105 and its resync misses the change at 103; a -03
 * client still holds 100 and sees both. */
Test(tracker, out_of_order_modseq_and_a_dropped_connection)
{
    qrs_tracker t[3];
    restore_all(t, 100);
    feed(t, 3, "* 1 FETCH (UID 5 MODSEQ (105) FLAGS (\\Seen))");
    /* the connection drops here: "* 2 FETCH (UID 7 MODSEQ (103) ...)" never arrives */
    cr_assert(t[D02].known && t[D02].highest == 105);
    cr_assert(t[D03].known && t[D03].highest == 100);
    cr_assert(t[R7162].known && t[R7162].highest == 100);
    cr_assert_eq(changes_missed_after_resync(t[D02].highest), 1, "-02 misses the change at 103");
    cr_assert_eq(changes_missed_after_resync(t[D03].highest), 0);
    cr_assert_eq(changes_missed_after_resync(t[R7162].highest), 0);
}

Test(tracker, the_tagged_response_applies_the_highest_modseq_seen)
{
    qrs_tracker t[3];
    restore_all(t, 100);
    feed(t, 3, "* 1 FETCH (UID 5 MODSEQ (105) FLAGS (\\Seen))");
    feed(t, 3, "* 2 FETCH (UID 7 MODSEQ (103) FLAGS ())");
    feed(t, 3, "a1 OK done");
    for (int i = 0; i < 3; i++)
        cr_assert_eq(t[i].highest, 105, "rule %d", i);
    feed(t, 3, "* 3 FETCH (UID 9 MODSEQ (101))");
    feed(t, 3, "a2 OK done");
    for (int i = 0; i < 3; i++)
        cr_assert_eq(t[i].highest, 105, "never backwards for MODSEQ items (rule %d)", i);
}

/* RFC 7162 section 6: a server delaying a VANISHED with mod-sequence 100
 * sends a lower HIGHESTMODSEQ, which the client must use even though it saw
 * MODSEQ 104; the -03 rule takes 104 and loses the delayed expunge. */
Test(tracker, rfc7162_code_wins_over_higher_modseq_items)
{
    qrs_tracker t[3];
    restore_all(t, 98);
    feed(t, 3, "* 3 FETCH (UID 8 MODSEQ (104))");
    feed(t, 3, "A151 OK [HIGHESTMODSEQ 99] Still delaying VANISHED");
    cr_assert_eq(t[R7162].highest, 99);
    cr_assert_eq(t[D03].highest, 104);
    feed(t, 3, "* VANISHED 8");
    feed(t, 3, "A153 OK [HIGHESTMODSEQ 104] done");
    for (int i = 0; i < 3; i++)
        cr_assert_eq(t[i].highest, 104, "rule %d", i);
}

/* -03: the value from opening the mailbox is cached once the resync is
 * complete, at the SELECT's tagged OK; a drop before it keeps the old one. */
Test(tracker, opening_value_is_cached_when_the_resync_completes)
{
    qrs_tracker t[3];
    restore_all(t, 100);
    feed(t, 3, "* OK [UIDVALIDITY 67890007] UIDVALIDITY");
    feed(t, 3, "* OK [HIGHESTMODSEQ 200] Highest");
    cr_assert_eq(t[D02].highest, 200, "-02 takes it at once");
    cr_assert_eq(t[D03].highest, 100);
    cr_assert_eq(t[R7162].highest, 100);
    feed(t, 3, "* 9 FETCH (UID 41 MODSEQ (150) FLAGS ())");
    feed(t, 3, "A02 OK [READ-WRITE] mailbox selected");
    for (int i = 0; i < 3; i++)
        cr_assert_eq(t[i].highest, 200, "rule %d", i);
    /* after opening, -03 applies a HIGHESTMODSEQ code at once */
    feed(t, 3, "* OK [HIGHESTMODSEQ 210] x");
    cr_assert_eq(t[D03].highest, 210);
    cr_assert_eq(t[R7162].highest, 200);
}

Test(tracker, uidvalidity_change_nomodseq_and_closed_forget)
{
    qrs_tracker t[3];
    restore_all(t, 100);
    feed(t, 3, "* OK [UIDVALIDITY 12345] UIDs changed");
    for (int i = 0; i < 3; i++)
        cr_assert(!t[i].known, "rule %d", i);
    restore_all(t, 100);
    feed(t, 3, "* OK [NOMODSEQ] Sorry, this mailbox format doesn't support modsequences");
    for (int i = 0; i < 3; i++)
        cr_assert(!t[i].known);
    restore_all(t, 100);
    feed(t, 3, "* OK [CLOSED] Previous mailbox closed");
    for (int i = 0; i < 3; i++)
        cr_assert(!t[i].known);
    restore_all(t, 100);
    feed(t, 3, "* OK [UIDVALIDITY 67890007] same mailbox");
    feed(t, 3, "* 5 EXISTS");
    feed(t, 3, "* CAPABILITY IMAP4rev1 QRESYNC");
    for (int i = 0; i < 3; i++)
        cr_assert(t[i].known && t[i].highest == 100, "unrelated responses change nothing");
    qrs_tracker_feed(&t[0], NULL);
    qrs_tracker_feed(NULL, NULL);
}
