/*
 * test_resync.c - qrs_resync_vanished(), the server side of SELECT (QRESYNC),
 * against a model that expands every set into a bitmap of UIDs 1..MAXU: the
 * same QRESYNC parameters, parsed from a real SELECT command, must give the
 * same VANISHED (EARLIER) set and the same highest matching pair.
 */
#include "support.h"

#define MAXU 300u

typedef struct model {
    uint32_t uids[MAXU];
    size_t n_uids;
    qrs_expunged_run runs[MAXU];
    size_t n_runs;
    uint64_t expunged_at[MAXU + 1]; /* 0: not expunged; else modseq + 1 (1: modseq unknown) */
} model;

static uint32_t rnd(uint64_t *s, uint32_t n)
{
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return (uint32_t)(*s % n);
}

/* A mailbox whose UIDs 1..MAXU were each kept or expunged at a random mod-sequence. */
static void make_mailbox(model *m, uint64_t *seed)
{
    memset(m, 0, sizeof *m);
    for (uint32_t u = 1; u <= MAXU; u++) {
        if (rnd(seed, 3) == 0) {
            uint64_t ms = rnd(seed, 5) == 0 ? 0 : 1 + rnd(seed, 50);
            m->expunged_at[u] = ms + 1;
            m->runs[m->n_runs].first = m->runs[m->n_runs].last = u;
            m->runs[m->n_runs].modseq = ms;
            m->n_runs++;
        } else if (rnd(seed, 4) != 0) {
            m->uids[m->n_uids++] = u;
        } /* else: never existed */
    }
}

/* A SELECT whose seq-match-data pairs message numbers with the UIDs a client
 * remembers: correct up to some point, then shifted as if older expunges were
 * unknown to it. */
static size_t make_select(const model *m, uint64_t *seed, uint64_t modseq, char *buf, size_t cap)
{
    int n = snprintf(buf, cap, "s SELECT INBOX (QRESYNC (7 %llu", (unsigned long long)modseq);
    if (rnd(seed, 4)) {
        uint32_t a = 1 + rnd(seed, MAXU), b = 1 + rnd(seed, MAXU);
        n += snprintf(buf + n, cap - (size_t)n, " %u:%u,%u", a, b, 1 + rnd(seed, MAXU));
    }
    if (m->n_uids && rnd(seed, 4)) {
        char seqs[2048], uids[2048];
        size_t ls = 0, lu = 0, good = rnd(seed, (uint32_t)m->n_uids + 1);
        uint32_t msn = 0;
        for (size_t i = 0; i < m->n_uids; i += 1 + rnd(seed, 20)) {
            uint32_t uid = m->uids[i] + (i >= good ? 1u + rnd(seed, 3) : 0u);
            msn = (uint32_t)i + 1;
            ls += (size_t)snprintf(seqs + ls, sizeof seqs - ls, "%s%u", ls ? "," : "", msn);
            lu += (size_t)snprintf(uids + lu, sizeof uids - lu, "%s%u", lu ? "," : "", uid);
        }
        if (ls)
            n += snprintf(buf + n, cap - (size_t)n, " (%s %s)", seqs, uids);
    }
    n += snprintf(buf + n, cap - (size_t)n, "))\r\n");
    return (size_t)n;
}

static const qrs_qresync *q_of(const parsed *p)
{
    return &p->msg->u.select.qresync->qresync;
}

Test(resync, matches_a_bitmap_model)
{
    uint64_t seed = 0x5eed;
    unsigned checked = 0, with_match = 0;
    for (int round = 0; round < 400; round++) {
        static model m;
        char cmd[8192];
        make_mailbox(&m, &seed);
        uint64_t modseq = 1 + rnd(&seed, 50);
        size_t len = make_select(&m, &seed, modseq, cmd, sizeof cmd);
        parsed p;
        qrs_options o = opts_of(QRS_DIALECT_RFC7162, 0);
        parse_with(&p, cmd, len, &o);
        if (p.rc != QRS_OK) { /* seq-match-data not ascending after the shift: not a valid command */
            guarded_free(&p.in);
            continue;
        }
        const qrs_qresync *q = &p.msg->u.select.qresync->qresync;
        qrs_mailbox_state mb = {7, MAXU + 1, m.uids, m.n_uids, m.runs, m.n_runs};
        qrs_urange kv[64], ov[MAXU];
        qrs_ranges known, out;
        qrs_ranges_init(&known, kv, 64);
        qrs_ranges_init(&out, ov, MAXU);
        qrs_resync_plan plan;
        cr_assert_eq(qrs_resync_vanished(&mb, q, &known, &out, &plan), QRS_OK, "%s", cmd);
        cr_assert_eq(plan.uidvalidity_matches, 1);

        /* the model: the highest pair whose message number still has that UID */
        uint32_t matched = 0;
        if (q->has_seq_match) {
            qrs_seqset_iter si, ui;
            qrs_range s, u;
            qrs_seqset_iter_init(&si, &q->known_sequence_set);
            qrs_seqset_iter_init(&ui, &q->known_uid_set);
            while (qrs_seqset_next(&si, &s) && qrs_seqset_next(&ui, &u))
                if (s.first <= m.n_uids && m.uids[s.first - 1] == u.first && u.first > matched)
                    matched = u.first;
        }
        cr_assert_eq(plan.matched_uid, matched, "%s", cmd);
        uint8_t in_known[MAXU + 2] = {0};
        if (q->has_known_uids) {
            qrs_seqset_iter it;
            qrs_range r;
            qrs_seqset_iter_init(&it, &q->known_uids);
            while (qrs_seqset_next(&it, &r))
                for (uint32_t v = r.first < r.last ? r.first : r.last; v <= (r.first < r.last ? r.last : r.first) &&
                                                                       v <= MAXU;
                     v++)
                    in_known[v] = 1;
        } else {
            memset(in_known, 1, sizeof in_known);
        }
        for (uint32_t v = 1; v <= MAXU; v++) {
            int want = m.expunged_at[v] && (m.expunged_at[v] == 1 || m.expunged_at[v] - 1 > modseq) && in_known[v] &&
                       v > matched;
            cr_assert_eq(qrs_ranges_contains(&out, v), want, "UID %u in %s", v, cmd);
        }
        checked++;
        with_match += matched != 0;
        guarded_free(&p.in);
    }
    cr_assert_gt(checked, 200);
    cr_assert_gt(with_match, 50, "the seq-match-data narrowing was exercised");
}

Test(resync, uidvalidity_mismatch_reports_nothing_and_bad_arguments_are_refused)
{
    static const char cmd[] = "s SELECT INBOX (QRESYNC (8 1))\r\n";
    parsed p;
    qrs_options o = opts_of(QRS_DIALECT_RFC7162, 0);
    parse_with(&p, cmd, strlen(cmd), &o);
    cr_assert_eq(p.rc, QRS_OK);
    const qrs_qresync *q = &p.msg->u.select.qresync->qresync;
    uint32_t uids[] = {1, 2};
    qrs_expunged_run runs[] = {{3, 9, 0}};
    qrs_mailbox_state mb = {7, 10, uids, 2, runs, 1};
    qrs_urange kv[4], ov[4];
    qrs_ranges known, out;
    qrs_ranges_init(&known, kv, 4);
    qrs_ranges_init(&out, ov, 4);
    qrs_resync_plan plan;
    cr_assert_eq(qrs_resync_vanished(&mb, q, &known, &out, &plan), QRS_OK);
    cr_assert_eq(plan.uidvalidity_matches, 0);
    cr_assert_eq(out.n, 0);
    mb.uidvalidity = 8;
    cr_assert_eq(qrs_resync_vanished(&mb, q, &known, &out, NULL), QRS_OK);
    cr_assert_eq(out.n, 1);
    cr_assert_eq(out.v[0].lo, 3);
    cr_assert_eq(out.v[0].hi, 9);
    /* no room for the result: typed error */
    qrs_ranges_init(&out, ov, 0);
    cr_assert_eq(qrs_resync_vanished(&mb, q, &known, &out, NULL), QRS_E_ARENA_FULL);
    cr_assert_eq(qrs_resync_vanished(NULL, q, &known, &out, NULL), QRS_E_INVALID_ARGUMENT);
    cr_assert_eq(qrs_resync_vanished(&mb, q, &known, NULL, NULL), QRS_E_INVALID_ARGUMENT);
    guarded_free(&p.in);
}

Test(resync, huge_ranges_cost_nothing)
{
    /* seq-match-data 1:4000000000 against a mailbox of 4e9 consecutive UIDs
     * would be 4e9 pairs if expanded; the UIDs here are a small array whose
     * tail is checked by binary search. */
    static const char cmd[] = "s SELECT INBOX (QRESYNC (7 5 1:4294967294 (1:1000 5:1004)))\r\n";
    parsed p;
    qrs_options o = opts_of(QRS_DIALECT_RFC7162, 0);
    parse_with(&p, cmd, strlen(cmd), &o);
    cr_assert_eq(p.rc, QRS_OK);
    static uint32_t uids[1000];
    for (uint32_t i = 0; i < 1000; i++)
        uids[i] = i < 600 ? i + 5 : i + 9; /* four messages below 609 were expunged after message 600 */
    qrs_expunged_run runs[] = {{1, 4, 3}, {605, 608, 9}, {2000000000, 4294967294u, 0}};
    qrs_mailbox_state mb = {7, 4294967295u, uids, 1000, runs, 3};
    qrs_urange kv[4], ov[8];
    qrs_ranges known, out;
    qrs_ranges_init(&known, kv, 4);
    qrs_ranges_init(&out, ov, 8);
    qrs_resync_plan plan;
    cr_assert_eq(qrs_resync_vanished(&mb, q_of(&p), &known, &out, &plan), QRS_OK);
    cr_assert_eq(plan.matched_uid, 604, "messages 1..600 still have UIDs 5..604");
    cr_assert_eq(out.n, 2);
    cr_assert_eq(out.v[0].lo, 605);
    cr_assert_eq(out.v[0].hi, 608);
    cr_assert_eq(out.v[1].lo, 2000000000u);
    cr_assert_eq(out.v[1].hi, 4294967294u);
    guarded_free(&p.in);
}

/* With QRS_LENIENT_STAR_IN_KNOWN, '*' reaches seq-match-data: it is the
 * number of messages in known-sequence-set and the highest UID in
 * known-uid-set (RFC 3501 seq-number), never 0 read as a message number,
 * which indexed uids[-1] (and NULL - 4 for an empty mailbox). */
Test(resync, star_in_seq_match_data_is_the_largest_number_in_use)
{
    static const struct {
        const char *cmd;
        uint32_t matched; /* for the three messages below */
    } cases[] = {
        {"s SELECT INBOX (QRESYNC (7 5 1:9 (* *)))\r\n", 8}, /* message 3 still has UID 8 */
        {"s SELECT INBOX (QRESYNC (7 5 1:9 (1,* 2,*)))\r\n", 8},
        {"s SELECT INBOX (QRESYNC (7 5 1:9 (2,* 5,7)))\r\n", 5}, /* 2 -> 5 matches, 3 -> 7 does not */
        {"s SELECT INBOX (QRESYNC (7 5 1:9 (* 7)))\r\n", 0}, /* message 3 has UID 8, not 7 */
    };
    uint32_t uids[] = {2, 5, 8};
    qrs_expunged_run runs[] = {{1, 1, 0}, {3, 4, 0}, {6, 7, 0}};
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        parsed p;
        qrs_options o = opts_of(QRS_DIALECT_RFC7162, QRS_LENIENT_STAR_IN_KNOWN);
        parse_with(&p, cases[k].cmd, strlen(cases[k].cmd), &o);
        cr_assert_eq(p.rc, QRS_OK, "%s: %s", cases[k].cmd, qrs_code_name(p.rc));
        qrs_urange kv[4], ov[8];
        qrs_ranges known, out;
        qrs_resync_plan plan;
        qrs_mailbox_state mb = {7, 9, uids, 3, runs, 3};
        qrs_ranges_init(&known, kv, 4);
        qrs_ranges_init(&out, ov, 8);
        cr_assert_eq(qrs_resync_vanished(&mb, q_of(&p), &known, &out, &plan), QRS_OK, "%s", cases[k].cmd);
        cr_expect_eq(plan.matched_uid, cases[k].matched, "%s: %u", cases[k].cmd, plan.matched_uid);
        /* an empty mailbox: no message for any pair to match, and no UID array to read */
        qrs_mailbox_state empty = {7, 9, NULL, 0, runs, 3};
        cr_assert_eq(qrs_resync_vanished(&empty, q_of(&p), &known, &out, &plan), QRS_OK, "%s", cases[k].cmd);
        cr_expect_eq(plan.matched_uid, 0u);
        cr_expect_eq(out.n, 3u, "%s: every expunged UID is reported", cases[k].cmd);
        guarded_free(&p.in);
    }
}
