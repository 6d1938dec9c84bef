/*
 * fuzz_resync.c - libFuzzer target: qrs_resync_vanished(), the server side
 * of SELECT/EXAMINE (QRESYNC ...), against a naive model that looks at
 * every UID and every message on its own.
 *
 * The mailbox lives on a universe of 32 UIDs: 1..24 at the bottom of the
 * UID space and 4294967287..4294967294 at its top (UIDNEXT must stay above
 * every UID and fit 32 bits).  Each UID of the universe is absent, present
 * (a message, numbered in UID order) or expunged at a mod-sequence (0 when
 * the server did not keep it); the expunged UIDs become runs, cut and
 * doubled where the input says (runs "may touch or overlap"), in the order
 * written or reversed.  The client's QRESYNC parameter is written as text,
 * "t SELECT INBOX (QRESYNC (uidvalidity modseq [known-uids]
 * [(known-sequence-set known-uid-set)]))", and parsed by the library;
 * only what it accepts is resynced.
 *
 * The model follows qresync.h, which follows RFC 7162 sections 3.2.5.1 and
 * 3.2.5.2: another UIDVALIDITY reports nothing; else a UID is reported
 * when one of its runs has a mod-sequence above the client's (or 0), it is
 * in known-uids (1:UIDNEXT-1 when absent), and it is above the highest UID
 * of a seq-match-data pair (the Nth message number with the Nth UID, each
 * set read as the ascending list of its numbers) whose message number
 * still has that UID.  The result must have exactly the model's UIDs
 * (membership in the universe and the total count, so nothing outside it),
 * be normalized, and plan must hold the model's matched UID.
 *
 * '*' is forbidden in these sets (RFC 7162 section 3.2.5.1) and reaches
 * the function only under QRS_LENIENT_STAR_IN_KNOWN, for which qresync.h
 * gives no meaning here.  The model then takes '*' as RFC 3501 section 9
 * (seq-number) does: the number of messages in known-sequence-set, and in
 * known-uids and known-uid-set either the UID of the last message or
 * UIDNEXT-1 (to which the library resolves known-uids' '*'); the result must
 * be the model's under one of these readings.  With a '*' in seq-match-data
 * the pairs themselves become uncertain, so the matched UID is only held to
 * be 0 (the pairs ignored: more is reported, which is safe) or the UID of
 * a pair that matches under one reading, and the set must be the model's
 * for that matched UID.
 *
 * Input layout:
 *   byte 0     bits 0-1: dialect (mod 3); bit 2: QRS_LENIENT_STAR_IN_KNOWN;
 *              bit 3: the client's UIDVALIDITY differs; bit 4: no known-uids;
 *              bit 5: no seq-match-data; bit 6: every leniency; bit 7: plan NULL
 *   byte 1     bits 0-3: client mod-sequence - 1; bit 4: runs in reverse order;
 *              bits 5-7: UIDNEXT beyond the highest UID, minus 1
 *   32 bytes   one per UID of the universe: bits 0-1: 0 absent, 1 present,
 *              2-3 expunged; bits 2-5: expunge mod-sequence mod 9; bit 6: start
 *              a new run here; bit 7: write this run twice
 *   byte       number of known-uids elements (mod 6), then 2 bytes each:
 *              bit 7 of the first: a range; endpoints: b % 34 is a UID of the
 *              universe, 32 is '*', 33 is 4294967295
 *   byte       number of seq-match pairs (mod 7), then 2 bytes each: the message
 *              number's step from the last one (1..8), or '*' for 0xf0 and up;
 *              the UID: that message's UID, one more, one less, another UID of
 *              the universe, or '*' (see pair_uid); then a byte whose bits say
 *              where runs of pairs are written as ranges
 *   byte       0xc0..0xdf: known gets one range less than known-uids has
 *              elements; 0xe0 and up: the result gets room for (b & 7) ranges;
 *              QRS_E_ARENA_FULL is then allowed, a wrong result is not
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "qresync.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define SLOTS 32u
#define BOTTOM 24u
#define MAX_RUNS (2u * SLOTS)
#define MAX_PAIRS 6u
#define STAR_V 0u /* a '*' in the lists below */

static unsigned char arena_buf[1 << 16];

static void must(int cond, const char *why)
{
    if (!cond) {
        fprintf(stderr, "fuzz_resync: %s\n", why);
        abort();
    }
}

static uint32_t slot_uid(unsigned s)
{
    return s < BOTTOM ? s + 1u : 4294967294u - (SLOTS - 1u - s);
}

typedef struct reader {
    const uint8_t *p;
    size_t n;
} reader;

static unsigned byte_of(reader *r)
{
    if (!r->n)
        return 0;
    r->n--;
    return *r->p++;
}

/* MARK: - The mailbox */

typedef struct mailbox {
    int state[SLOTS];      /* 0 absent, 1 present, 2 expunged */
    uint64_t modseq[SLOTS]; /* expunge mod-sequence, 0 unknown */
    uint32_t uids[SLOTS];
    size_t n_uids;
    qrs_expunged_run runs[MAX_RUNS];
    size_t n_runs;
    uint32_t uidnext;
} mailbox;

static void make_mailbox(mailbox *mb, reader *r, unsigned slack, int reverse)
{
    uint32_t highest = 0;
    int open = 0;
    mb->n_uids = mb->n_runs = 0;
    for (unsigned s = 0; s < SLOTS; s++) {
        unsigned b = byte_of(r);
        mb->state[s] = (b & 3u) == 0 ? 0 : (b & 3u) == 1 ? 1 : 2;
        mb->modseq[s] = ((b >> 2) & 15u) % 9u;
        if (mb->state[s] == 1)
            mb->uids[mb->n_uids++] = slot_uid(s);
        if (mb->state[s])
            highest = slot_uid(s);
        if (mb->state[s] != 2) {
            open = 0;
            continue;
        }
        /* a run goes on while the UIDs are consecutive, the mod-sequence
         * stays, and the input does not cut it */
        int extend = open && s != BOTTOM && !(b & 0x40u) && mb->runs[mb->n_runs - 1].modseq == mb->modseq[s] &&
                     mb->runs[mb->n_runs - 1].last + 1u == slot_uid(s);
        if (extend) {
            mb->runs[mb->n_runs - 1].last = slot_uid(s);
            if (mb->n_runs >= 2 && (b & 0x80u) && mb->runs[mb->n_runs - 2].first == mb->runs[mb->n_runs - 1].first)
                mb->runs[mb->n_runs - 2].last = slot_uid(s); /* the doubled copy grows with it */
            continue;
        }
        qrs_expunged_run run = {slot_uid(s), slot_uid(s), mb->modseq[s]};
        if (b & 0x80u)
            mb->runs[mb->n_runs++] = run; /* an overlapping copy */
        mb->runs[mb->n_runs++] = run;
        open = 1;
    }
    if (reverse)
        for (size_t i = 0; i < mb->n_runs / 2; i++) {
            qrs_expunged_run t = mb->runs[i];
            mb->runs[i] = mb->runs[mb->n_runs - 1 - i];
            mb->runs[mb->n_runs - 1 - i] = t;
        }
    uint64_t next = (uint64_t)highest + 1u + slack;
    mb->uidnext = next > 4294967295u ? 4294967295u : (uint32_t)next;
}

/* MARK: - The client's parameter */

typedef struct elem {
    uint32_t a, b; /* STAR_V for '*' */
    int range;
} elem;

typedef struct client {
    elem known[8];
    size_t n_known;
    int has_known;
    uint32_t seqs[MAX_PAIRS], uids[MAX_PAIRS]; /* STAR_V for '*' */
    size_t n_pairs;
    unsigned merge_bits;
} client;

static uint32_t endpoint(unsigned b)
{
    b %= SLOTS + 2u;
    return b == SLOTS ? STAR_V : b == SLOTS + 1u ? 4294967295u : slot_uid(b);
}

static uint32_t pair_uid(const mailbox *mb, uint32_t seq, unsigned b)
{
    uint32_t truth = seq != STAR_V && seq <= mb->n_uids ? mb->uids[seq - 1] : slot_uid(b / 4u % SLOTS);
    switch (b % 4u) {
    case 0: return truth;
    case 1: return truth == 4294967295u ? truth : truth + 1u;
    case 2: return b >= 0xf0u ? STAR_V : truth > 1u ? truth - 1u : truth;
    default: return slot_uid(b / 4u % SLOTS);
    }
}

static void make_client(client *c, const mailbox *mb, reader *r, int known, int seq_match)
{
    c->n_known = known ? byte_of(r) % 6u : 0u;
    c->has_known = known && c->n_known > 0;
    for (size_t i = 0; i < c->n_known; i++) {
        unsigned x = byte_of(r), y = byte_of(r);
        c->known[i].range = (x & 0x80u) != 0;
        c->known[i].a = endpoint(x & 0x7fu);
        c->known[i].b = c->known[i].range ? endpoint(y) : c->known[i].a;
    }
    c->n_pairs = seq_match ? byte_of(r) % (MAX_PAIRS + 1u) : 0u;
    uint32_t seq = 0;
    for (size_t i = 0; i < c->n_pairs; i++) {
        unsigned x = byte_of(r), y = byte_of(r);
        if (x >= 0xf0u) {
            c->seqs[i] = STAR_V;
        } else {
            seq += 1u + x % 8u;
            c->seqs[i] = seq;
        }
        c->uids[i] = pair_uid(mb, c->seqs[i], y);
    }
    c->merge_bits = c->n_pairs ? byte_of(r) : 0u;
}

static void put_num(char *buf, size_t cap, size_t *len, uint32_t v)
{
    int n = v == STAR_V ? snprintf(buf + *len, cap - *len, "*") : snprintf(buf + *len, cap - *len, "%u", v);
    *len += (size_t)n;
}

/* A list of numbers as a sequence-set; where a merge bit is set, a run of
 * consecutive numbers is written as one range. */
static void put_list(char *buf, size_t cap, size_t *len, const uint32_t *v, size_t n, unsigned merge)
{
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j + 1 < n && (merge >> (j % 8u) & 1u) && v[j] != STAR_V && v[j + 1] == v[j] + 1u)
            j++;
        if (i)
            buf[(*len)++] = ',';
        put_num(buf, cap, len, v[i]);
        if (j > i) {
            buf[(*len)++] = ':';
            put_num(buf, cap, len, v[j]);
        }
        i = j + 1;
    }
}

static size_t write_select(char *buf, size_t cap, const client *c, uint32_t uidvalidity, uint64_t modseq)
{
    size_t len = (size_t)snprintf(buf, cap, "t SELECT INBOX (QRESYNC (%u %llu", uidvalidity, (unsigned long long)modseq);
    if (c->has_known) {
        buf[len++] = ' ';
        for (size_t i = 0; i < c->n_known; i++) {
            if (i)
                buf[len++] = ',';
            put_num(buf, cap, &len, c->known[i].a);
            if (c->known[i].range) {
                buf[len++] = ':';
                put_num(buf, cap, &len, c->known[i].b);
            }
        }
    }
    if (c->n_pairs) {
        memcpy(buf + len, " (", 2);
        len += 2;
        put_list(buf, cap, &len, c->seqs, c->n_pairs, c->merge_bits);
        buf[len++] = ' ';
        put_list(buf, cap, &len, c->uids, c->n_pairs, c->merge_bits >> 4 | c->merge_bits << 4);
        buf[len++] = ')';
    }
    memcpy(buf + len, "))\r\n", 4);
    return len + 4;
}

/* MARK: - The model */

/* The numbers of a parsed set, each element read low to high, as a list of
 * (low, count) runs with '*' resolved to star. */
typedef struct runs {
    uint64_t lo[64], count[64];
    size_t n;
} runs;

static void runs_of(const qrs_seqset *set, uint32_t star, runs *out)
{
    qrs_seqset_iter it;
    qrs_range e;
    out->n = 0;
    qrs_seqset_iter_init(&it, set);
    while (out->n < 64 && qrs_seqset_next(&it, &e)) {
        uint32_t a = e.first_star ? star : e.first, b = e.last_star ? star : e.last;
        out->lo[out->n] = a < b ? a : b;
        out->count[out->n] = (uint64_t)(a < b ? b - a : a - b) + 1u;
        out->n++;
    }
}

/* Walk the pairs of seq-match-data one by one, '*' read as seq_star in
 * known-sequence-set and uid_star in known-uid-set.  Returns the highest UID
 * of a pair whose message number still has it; *has_pair says whether
 * (msg, uid) is one of the pairs whose message is in the mailbox.  Pairs
 * whose message number is past the mailbox cannot match and are skipped a
 * run at a time. */
static uint32_t walk_pairs(const mailbox *mb, const qrs_qresync *q, uint32_t seq_star, uint32_t uid_star,
                           uint64_t msg_wanted, uint64_t uid_wanted, int *has_pair)
{
    runs s, u;
    uint32_t best = 0;
    *has_pair = 0;
    if (!q->has_seq_match)
        return 0;
    runs_of(&q->known_sequence_set, seq_star, &s);
    runs_of(&q->known_uid_set, uid_star, &u);
    size_t i = 0, j = 0;
    uint64_t si = 0, uj = 0; /* how far into run i of s and run j of u */
    while (i < s.n && j < u.n) {
        uint64_t msg = s.lo[i] + si, uid = u.lo[j] + uj, step = 1;
        if (msg >= 1 && msg <= mb->n_uids) {
            if (mb->uids[msg - 1] == uid && uid > best)
                best = (uint32_t)uid;
            *has_pair |= msg == msg_wanted && uid == uid_wanted;
        } else {
            uint64_t left_s = s.count[i] - si, left_u = u.count[j] - uj;
            step = left_s < left_u ? left_s : left_u;
        }
        si += step;
        uj += step;
        if (si == s.count[i]) {
            i++;
            si = 0;
        }
        if (uj == u.count[j]) {
            j++;
            uj = 0;
        }
    }
    return best;
}

static int in_known(const qrs_qresync *q, const mailbox *mb, uint32_t uid, uint32_t star)
{
    if (!q->has_known_uids)
        return uid <= mb->uidnext - 1u;
    qrs_seqset_iter it;
    qrs_range e;
    qrs_seqset_iter_init(&it, &q->known_uids);
    while (qrs_seqset_next(&it, &e)) {
        uint32_t a = e.first_star ? star : e.first, b = e.last_star ? star : e.last;
        if ((a <= uid && uid <= b) || (b <= uid && uid <= a))
            return 1;
    }
    return 0;
}

/* 1 when out holds exactly the expunged UIDs the model reports above
 * matched, '*' in known-uids read as known_star. */
static int model_agrees(const mailbox *mb, const qrs_qresync *q, uint32_t known_star, const qrs_ranges *out,
                        uint32_t matched)
{
    uint64_t count = 0;
    for (unsigned s = 0; s < SLOTS; s++) {
        uint32_t uid = slot_uid(s);
        int want = 0;
        if (mb->state[s] == 2 && in_known(q, mb, uid, known_star) && uid > matched)
            for (size_t i = 0; i < mb->n_runs && !want; i++)
                want = mb->runs[i].first <= uid && uid <= mb->runs[i].last &&
                       (mb->runs[i].modseq == 0 || mb->runs[i].modseq > q->modseq);
        if (qrs_ranges_contains(out, uid) != want)
            return 0;
        count += (uint64_t)want;
    }
    return qrs_ranges_count(out) == count;
}

/* With a '*' in seq-match-data, a matched UID is acceptable when it is 0
 * (the pairs ignored: more is reported, which is safe) or the UID of a pair
 * that matches under one of the readings of '*'. */
static int matched_justified(const mailbox *mb, const qrs_qresync *q, uint32_t matched, const uint32_t *uid_stars)
{
    if (matched == 0)
        return 1;
    for (size_t k = 0; k < mb->n_uids; k++) {
        if (mb->uids[k] != matched)
            continue;
        for (int p = 0; p < 2; p++) {
            int has_pair;
            (void)walk_pairs(mb, q, (uint32_t)mb->n_uids, uid_stars[p], k + 1u, matched, &has_pair);
            if (has_pair)
                return 1;
        }
    }
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static mailbox mb;
    static client c;
    static char cmd[1024];
    if (size < 2)
        return 0;
    reader r = {data + 2, size - 2};
    unsigned flags = data[0];
    qrs_options o;
    memset(&o, 0, sizeof o);
    o.dialect = (qrs_dialect)(flags % 3u);
    o.side = QRS_SIDE_CLIENT;
    o.lenient = (flags & 0x40u) ? QRS_LENIENT_ALL : (flags & 4u) ? QRS_LENIENT_STAR_IN_KNOWN : 0u;
    uint64_t modseq = 1u + (data[1] & 15u);
    make_mailbox(&mb, &r, (unsigned)(data[1] >> 5), (data[1] & 0x10u) != 0);
    make_client(&c, &mb, &r, !(flags & 0x10u), !(flags & 0x20u));
    const uint32_t uidvalidity = 7;
    size_t len = write_select(cmd, sizeof cmd, &c, (flags & 8u) ? 8u : uidvalidity, modseq);

    qrs_arena a;
    const qrs_message *m;
    qrs_arena_init(&a, arena_buf, sizeof arena_buf);
    if (qrs_parse(cmd, len, &o, &a, &m, NULL) != QRS_OK)
        return 0; /* not a valid command (the pairs need not ascend, say) */
    must(m->kind == QRS_CMD_SELECT && m->u.select.qresync, "the SELECT lost its QRESYNC parameter");
    const qrs_qresync *q = &m->u.select.qresync->qresync;

    /* exact-size copies of the mailbox's arrays, so that ASan sees a read
     * outside them; an empty mailbox has no array at all */
    uint32_t *uids = mb.n_uids ? malloc(mb.n_uids * sizeof *uids) : NULL;
    qrs_expunged_run *runs_copy = mb.n_runs ? malloc(mb.n_runs * sizeof *runs_copy) : NULL;
    if ((mb.n_uids && !uids) || (mb.n_runs && !runs_copy)) {
        free(uids);
        free(runs_copy);
        return 0;
    }
    if (mb.n_uids)
        memcpy(uids, mb.uids, mb.n_uids * sizeof *uids);
    if (mb.n_runs)
        memcpy(runs_copy, mb.runs, mb.n_runs * sizeof *runs_copy);
    qrs_mailbox_state state = {uidvalidity, mb.uidnext, uids, mb.n_uids, runs_copy, mb.n_runs};

    /* known: as many ranges as known-uids has elements (qresync.h) */
    static qrs_urange known_v[16], out_v[MAX_RUNS * 16];
    qrs_ranges known, out;
    /* the last byte may take room away, to see QRS_E_ARENA_FULL come back
     * rather than a write past the storage: fewer known ranges than
     * elements, or a result list of 0..7 ranges */
    unsigned room = byte_of(&r);
    size_t known_cap = q->has_known_uids ? q->known_uids.elements : 1u;
    int short_room = room >= 0xc0u && (room >= 0xe0u || known_cap > 0);
    if (room >= 0xc0u && room < 0xe0u)
        known_cap--;
    qrs_ranges_init(&known, known_v, known_cap);
    qrs_ranges_init(&out, out_v, room >= 0xe0u ? room & 7u : sizeof out_v / sizeof out_v[0]);
    qrs_resync_plan plan = {-1, 0xdeadu};
    qrs_code rc = qrs_resync_vanished(&state, q, &known, &out, (flags & 0x80u) ? NULL : &plan);
    if (short_room && rc == QRS_E_ARENA_FULL) {
        free(uids);
        free(runs_copy);
        return 0;
    }
    must(rc == QRS_OK, "qrs_resync_vanished fails on a valid parameter with room enough");
    for (size_t i = 0; i < out.n; i++)
        must(out.v[i].lo >= 1 && out.v[i].lo <= out.v[i].hi &&
                 (i == 0 || (uint64_t)out.v[i].lo > (uint64_t)out.v[i - 1].hi + 1u),
             "the result is not normalized");
    uint32_t matched = plan.matched_uid;

    if (q->uidvalidity != uidvalidity) {
        /* RFC 7162 section 3.2.5.1: the cache is void, nothing is reported */
        must(out.n == 0, "VANISHED for a client whose UIDVALIDITY differs");
        must((flags & 0x80u) || (plan.uidvalidity_matches == 0 && plan.matched_uid == 0),
             "plan for another UIDVALIDITY");
    } else {
        must((flags & 0x80u) || plan.uidvalidity_matches == 1, "plan says the UIDVALIDITY differs");
        uint32_t top = mb.uidnext > 1u ? mb.uidnext - 1u : 1u;
        uint32_t stars[2] = {top, mb.n_uids ? mb.uids[mb.n_uids - 1] : top}; /* UIDNEXT-1, the last UID */
        int known_star = q->has_known_uids && (q->known_uids.flags & QRS_SET_HAS_STAR);
        int seq_star = q->has_seq_match && ((q->known_sequence_set.flags | q->known_uid_set.flags) & QRS_SET_HAS_STAR);
        int has_pair;
        uint32_t want = walk_pairs(&mb, q, 0, 0, 0, 0, &has_pair); /* no '*': one reading */
        if (!(flags & 0x80u) && seq_star)
            must(matched_justified(&mb, q, matched, stars), "the matched UID is no pair of seq-match-data");
        else if (!(flags & 0x80u))
            must(matched == want, "the matched UID differs from the model");
        /* the set must be the model's for the matched UID: the one plan gives,
         * or without a plan the model's, or with a '*' in the pairs and no plan
         * any justified one */
        int agrees = 0;
        for (size_t k = 0; k <= mb.n_uids && !agrees; k++) {
            uint32_t m2 = k ? mb.uids[k - 1] : 0u;
            if (!(flags & 0x80u) || !seq_star) {
                if (k)
                    break;
                m2 = (flags & 0x80u) ? want : matched;
            } else if (!matched_justified(&mb, q, m2, stars)) {
                continue;
            }
            for (int ks = 0; ks < (known_star ? 2 : 1) && !agrees; ks++)
                agrees = model_agrees(&mb, q, stars[ks], &out, m2);
        }
        if (!agrees) {
            fprintf(stderr, "fuzz_resync: %.*s", (int)len, cmd);
            must(0, "VANISHED (EARLIER) set differs from the model");
        }
    }
    free(uids);
    free(runs_copy);
    return 0;
}
