/*
 * test_mutants.c - behaviour no other suite pinned down, found by `make
 * mutate` (tests/MUTATION.md): each test states what include/qresync.h or
 * an RFC promises at an edge where a one-line change of src/ went unnoticed.
 * The comment above each test names the mutant it was written against.
 */
#include "support.h"

/* MARK: - Builders */

/* build.c: "rc == QRS_OK && n && !numbers" -> "rc != QRS_OK && ...".
 * The builders refuse "a NULL" with QRS_E_INVALID_ARGUMENT, without writing
 * (qresync.h, "Builders"); numbers may be NULL only for the empty result. */
Test(build_edges, search_modseq_refuses_null_numbers_without_writing)
{
    char out[64];
    size_t len = 12345;
    memset(out, 'x', sizeof out);
    cr_assert_eq(qrs_build_search_modseq(QRS_DIALECT_RFC7162, NULL, 2, 5, out, sizeof out, &len),
                 QRS_E_INVALID_ARGUMENT);
    cr_assert_eq(out[0], 'x', "nothing is written on a refusal");
    cr_assert_eq(qrs_build_search_modseq(QRS_DIALECT_RFC5162, NULL, 1, 0, out, sizeof out, &len),
                 QRS_E_INVALID_ARGUMENT);
    /* n 0: "* SEARCH" alone, numbers not needed */
    cr_assert_eq(qrs_build_search_modseq(QRS_DIALECT_RFC7162, NULL, 0, 5, out, sizeof out, &len), QRS_OK);
    cr_assert_str_eq(out, "* SEARCH\r\n");
}

/* MARK: - Framing */

/* frame.c: "if (i == start || buf[--i] != '}') return 0;" with the return
 * deleted.  A literal is announced by "{" number "}" (or "{n+}", RFC 7888)
 * right before the CRLF (RFC 3501 section 4.3, section 9 "literal"); a line
 * that ends in "{12" or "{5" without the brace announces nothing. */
Test(frame_edges, a_line_ending_in_an_unclosed_brace_is_no_literal)
{
    static const char *const lines[] = {"a1 NOOP {12\r\n", "a1 NOOP {5\r\n", "a1 NOOP {5+\r\n", "a1 NOOP 5}x\r\n"};
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
        qrs_framer f;
        qrs_frame_status st;
        size_t mlen = 0;
        uint32_t lit = 0;
        size_t len = strlen(lines[i]);
        guarded g = guarded_copy(lines[i], len);
        qrs_framer_init(&f, 0);
        cr_assert_eq(qrs_frame(&f, g.data, g.len, &st, &mlen, &lit), QRS_OK, "%s", lines[i]);
        cr_assert_eq(st, QRS_FRAME_MESSAGE, "%s: status %d, literal %u", lines[i], (int)st, lit);
        cr_assert_eq(mlen, len);
        guarded_free(&g);
    }
    /* and the builders, which check text the same way, accept such a text */
    char out[64];
    size_t len;
    cr_assert_eq(qrs_build_status(QRS_DIALECT_RFC7162, NULL, "OK", QRS_CODE_NONE, 0, NULL, "see {12", out,
                                  sizeof out, &len),
                 QRS_OK);
    cr_assert_str_eq(out, "* OK see {12\r\n");
}

/* MARK: - HIGHESTMODSEQ tracking */

static void feed_line(qrs_tracker *t, size_t n, const char *line)
{
    static parsed p;
    char buf[256];
    snprintf(buf, sizeof buf, "%s\r\n", line);
    qrs_options o = opts_of(QRS_DIALECT_RFC7162, 0);
    o.side = QRS_SIDE_SERVER;
    parse_with(&p, buf, strlen(buf), &o);
    cr_assert_eq(p.rc, QRS_OK, "%s: %s", line, qrs_code_name(p.rc));
    for (size_t i = 0; i < n; i++)
        qrs_tracker_feed(&t[i], p.msg);
    guarded_free(&p.in);
}

/* tracker.c: "t->pending_max = 0;" at a tagged response -> "= 1".
 * pending_max is "highest MODSEQ item since the last tagged response (0:
 * none)", and a mailbox that answered NOMODSEQ has no HIGHESTMODSEQ for the
 * client to cache (RFC 7162 section 3.1.2.2: the client "MUST remove the
 * last known HIGHESTMODSEQ value from its cache"); tagged responses that say
 * nothing about mod-sequences are ignored (qresync.h, qrs_tracker_feed). */
Test(tracker_edges, tagged_responses_without_modseq_cache_nothing)
{
    static const qrs_track_rule rules[] = {QRS_TRACK_DRAFT02, QRS_TRACK_DRAFT03, QRS_TRACK_RFC7162};
    qrs_tracker t[3];
    for (size_t i = 0; i < 3; i++)
        qrs_tracker_restore(&t[i], rules[i], 3857529045u, 20010715194045000u);
    feed_line(t, 3, "* OK [UIDVALIDITY 3857529045] UIDs valid");
    feed_line(t, 3, "* OK [NOMODSEQ] Sorry, this mailbox format doesn't support modsequences");
    feed_line(t, 3, "A142 OK [READ-WRITE] SELECT completed");
    for (size_t i = 0; i < 3; i++) {
        cr_assert_eq(t[i].known, 0, "rule %d", (int)rules[i]);
        cr_assert_eq(t[i].pending_max, 0u, "rule %d: no MODSEQ item came", (int)rules[i]);
    }
    feed_line(t, 3, "A143 OK NOOP completed");
    feed_line(t, 3, "A144 OK [READ-WRITE] NOOP completed");
    for (size_t i = 0; i < 3; i++) {
        cr_assert_eq(t[i].known, 0, "rule %d: nothing to cache after NOMODSEQ", (int)rules[i]);
        cr_assert_eq(t[i].highest, 0u);
        cr_assert_eq(t[i].pending_max, 0u);
    }
    /* the same from a fresh tracker: tagged OKs alone never invent a value */
    for (size_t i = 0; i < 3; i++)
        qrs_tracker_init(&t[i], rules[i]);
    feed_line(t, 3, "a1 OK done");
    feed_line(t, 3, "a2 OK done");
    for (size_t i = 0; i < 3; i++)
        cr_assert(!t[i].known && t[i].pending_max == 0, "rule %d", (int)rules[i]);
}

/* tracker.c: "t->known = 1;" where a tagged response applies the code -> "= 2".
 * known is the flag qrs_tracker_restore() sets to 1 ("known = 1"): a cached
 * value is the same state whichever way it was reached, and the tracker is
 * plain data that a client copies and stores (qresync.h, qrs_tracker). */
Test(tracker_edges, a_value_cached_at_the_tagged_response_is_known_as_1)
{
    static const qrs_track_rule rules[] = {QRS_TRACK_DRAFT03, QRS_TRACK_RFC7162};
    for (size_t i = 0; i < 2; i++) {
        qrs_tracker t;
        qrs_tracker_init(&t, rules[i]);
        feed_line(&t, 1, "* OK [UIDVALIDITY 3857529045] UIDs valid");
        feed_line(&t, 1, "* OK [HIGHESTMODSEQ 715194045007] Highest");
        feed_line(&t, 1, "A142 OK [READ-WRITE] SELECT completed");
        cr_assert_eq(t.known, 1, "rule %d", (int)rules[i]);
        cr_assert_eq(t.highest, 715194045007u);
        qrs_tracker r;
        qrs_tracker_restore(&r, rules[i], 3857529045u, 715194045007u);
        cr_assert_eq(t.known, r.known, "the same flag as a restored cache");
    }
}

/* MARK: - Server side of QRESYNC */

typedef struct resync_case {
    parsed p;
    qrs_urange kv[16], ov[16];
    qrs_ranges known, out;
    qrs_resync_plan plan;
    qrs_code rc;
} resync_case;

static void resync_run(resync_case *c, const char *select, uint32_t lenient, const qrs_mailbox_state *mb)
{
    qrs_options o = opts_of(QRS_DIALECT_RFC7162, lenient);
    parse_with(&c->p, select, strlen(select), &o);
    cr_assert_eq(c->p.rc, QRS_OK, "%s: %s at %zu", select, qrs_code_name(c->p.rc), c->p.err.offset);
    cr_assert_eq(c->p.msg->kind, QRS_CMD_SELECT);
    cr_assert(c->p.msg->u.select.qresync);
    qrs_ranges_init(&c->known, c->kv, 16);
    qrs_ranges_init(&c->out, c->ov, 16);
    c->rc = qrs_resync_vanished(mb, &c->p.msg->u.select.qresync->qresync, &c->known, &c->out, &c->plan);
}

/* resync.c: run_refill's "if (w->left) return 1;" -> "return 0;".
 * seq-match-data pairs the Nth message number with the Nth UID (RFC 7162
 * section 3.2.5.2), whether a number is written alone or inside a range:
 * "1:2,3" and "5,6:7" pair 1-5, 2-6 and 3-7.  All three pairs still hold,
 * so the highest matching UID is 7 (qresync.h, qrs_resync_plan). */
Test(resync_edges, pairs_are_matched_across_ranges_of_different_shapes)
{
    static const uint32_t uids[] = {5, 6, 7};
    qrs_mailbox_state mb = {7, 8, uids, 3, NULL, 0};
    static resync_case c;
    resync_run(&c, "a SELECT INBOX (QRESYNC (7 1 1:7 (1:2,3 5,6:7)))\r\n", 0, &mb);
    cr_assert_eq(c.rc, QRS_OK);
    cr_assert_eq(c.plan.matched_uid, 7u);
    guarded_free(&c.p.in);

    /* the same pairs the other way round, and a pair that no longer holds (message 3 is UID 7, not 8) */
    resync_run(&c, "a SELECT INBOX (QRESYNC (7 1 1:7 (1,2:3 5:6,8)))\r\n", 0, &mb);
    cr_assert_eq(c.rc, QRS_OK);
    cr_assert_eq(c.plan.matched_uid, 6u);
    guarded_free(&c.p.in);
}

/* resync.c: "mb->uidnext > 1 ? mb->uidnext - 1 : 1" -> "mb->uidnext > 0 ? ...".
 * A mailbox that never held a message (UIDNEXT 1) and known-uids "1:*",
 * which QRS_LENIENT_STAR_IN_KNOWN lets through: '*' is the largest number
 * in use (RFC 3501 section 9, seq-number), never a refusal, since
 * qrs_resync_vanished() fails only for bad arguments or a full list.
 * Nothing can have vanished, so the answer is the empty set. */
Test(resync_edges, star_in_known_uids_of_a_mailbox_that_never_had_a_message)
{
    qrs_mailbox_state mb = {7, 1, NULL, 0, NULL, 0};
    static resync_case c;
    resync_run(&c, "a SELECT INBOX (QRESYNC (7 1 1:*))\r\n", QRS_LENIENT_STAR_IN_KNOWN, &mb);
    cr_assert_eq(c.rc, QRS_OK, "%s", qrs_code_name(c.rc));
    cr_assert_eq(c.plan.uidvalidity_matches, 1);
    cr_assert_eq(c.out.n, 0u);
    guarded_free(&c.p.in);
}

/* MARK: - Names and arenas */

/* error.c: "len == 3 && !memcmp(name, "all", 3)" -> "||".  The match is
 * exact and case-sensitive, and an unknown name gives 0 (qresync.h,
 * qrs_lenient_from_name): only the three bytes "all" mean every flag. */
Test(names_edges, lenient_all_is_matched_exactly)
{
    cr_assert_eq(qrs_lenient_from_name("all", 3), QRS_LENIENT_ALL);
    cr_assert_eq(qrs_lenient_from_name("ALL", 3), 0u);
    cr_assert_eq(qrs_lenient_from_name("any", 3), 0u);
    cr_assert_eq(qrs_lenient_from_name("xyz", 3), 0u);
    /* a prefix of "all...": the length decides, not the bytes past it */
    cr_assert_eq(qrs_lenient_from_name("allx", 2), 0u);
    cr_assert_eq(qrs_lenient_from_name("all-of-them", 11), 0u);
}

/* arena.c: "if (!arena) return;" deleted from qrs_arena_init().
 * "arena NULL does nothing" (qresync.h, qrs_arena_init), like reset. */
Test(arena_edges, null_arena_does_nothing)
{
    unsigned char buf[64];
    qrs_arena_init(NULL, buf, sizeof buf);
    qrs_arena_reset(NULL);
    qrs_arena a;
    qrs_arena_init(&a, buf, sizeof buf);
    cr_assert(a.base == buf && a.cap == sizeof buf && a.used == 0);
}

/* MARK: - Words of any length */

/* keywords.c: "if (len > 32) return 0;" -> "return 1;" (the lookup's fast
 * path for words longer than any keyword).  An atom is 1*ATOM-CHAR, of any
 * length (RFC 3501 section 9), and the extension names are atoms too:
 * words of 32, 33 and 40 letters parse as a mailbox, as capabilities and
 * as a command name. */
Test(msg_edges, atoms_longer_than_any_keyword)
{
    static const char *const words[] = {
        "Abcdefghijklmnopqrstuvwxyzabcdef",         /* 32 */
        "Abcdefghijklmnopqrstuvwxyzabcdefg",        /* 33 */
        "Abcdefghijklmnopqrstuvwxyzabcdefghijklmn", /* 40 */
    };
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        char line[128];
        static parsed p;
        qrs_options o = opts_of(QRS_DIALECT_RFC7162, 0);

        snprintf(line, sizeof line, "a1 SELECT %s (QRESYNC (67890007 90060115194045000))\r\n", words[i]);
        parse_with(&p, line, strlen(line), &o);
        cr_assert_eq(p.rc, QRS_OK, "%s: %s at %zu", line, qrs_code_name(p.rc), p.err.offset);
        cr_assert_eq(p.msg->kind, QRS_CMD_SELECT);
        cr_assert(slice_eq(p.msg->u.select.mailbox.raw, words[i]));
        guarded_free(&p.in);

        snprintf(line, sizeof line, "* CAPABILITY IMAP4rev1 %s QRESYNC\r\n", words[i]);
        parse_with(&p, line, strlen(line), &o);
        cr_assert_eq(p.rc, QRS_OK, "%s: %s at %zu", line, qrs_code_name(p.rc), p.err.offset);
        cr_assert_eq(p.msg->kind, QRS_RESP_CAPABILITY);
        guarded_free(&p.in);

        snprintf(line, sizeof line, "a1 %s\r\n", words[i]);
        parse_with(&p, line, strlen(line), &o);
        cr_assert_eq(p.rc, QRS_OK, "%s: %s at %zu", line, qrs_code_name(p.rc), p.err.offset);
        cr_assert_eq(p.msg->kind, QRS_CMD_OTHER);
        cr_assert(slice_eq(p.msg->u.other.name, words[i]));
        guarded_free(&p.in);
    }
}
