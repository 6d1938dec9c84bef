/*
 * resync.c - the server side of QRESYNC: which expunged UIDs a
 * SELECT/EXAMINE (QRESYNC ...) must report with VANISHED (EARLIER), computed
 * from range lists and set elements without expanding any of them
 * (RFC 7162 sections 3.2.5.1 and 3.2.5.2; RFC 5162 section 3.1).
 */
#include "internal.h"

/* The highest message number m in lo..hi with uids[m-1] - m == offset, or 0.
 * Because the UIDs ascend strictly, uids[m-1] - m never decreases with m, so
 * the matching message numbers form one interval: binary search. */
static size_t last_match(const qrs_mailbox_state *mb, uint64_t lo, uint64_t hi, int64_t offset)
{
    if (hi > mb->n_uids)
        hi = mb->n_uids;
    size_t found = 0;
    while (lo <= hi) {
        uint64_t mid = lo + (hi - lo) / 2;
        int64_t f = (int64_t)mb->uids[mid - 1] - (int64_t)mid;
        if (f == offset) {
            found = (size_t)mid;
            lo = mid + 1;
        } else if (f < offset) {
            lo = mid + 1;
        } else {
            if (mid == 0)
                break;
            hi = mid - 1;
        }
    }
    return found;
}

/* seq-match-data pairs the Nth message number with the Nth UID.  The two
 * sets are walked in chunks where both run consecutively, so each chunk is
 * a run of pairs (a+i, c+i), checked with one binary search. */
/* A walk over the numbers of a set without '*', one element at a time:
 * at is the next number, left how many of the element remain. */
typedef struct run_walk {
    qrs_seqset_iter it;
    uint64_t at, left;
} run_walk;

/* Make sure w has numbers left; 0 at the end of the set.  The iterator gives
 * '*' as 0 with a flag; it is read as star, the largest number in use (RFC
 * 3501 seq-number), which is never 0 here. */
static int run_refill(run_walk *w, uint32_t star)
{
    qrs_range e;
    if (w->left)
        return 1;
    if (!qrs_seqset_next(&w->it, &e))
        return 0;
    uint32_t a = e.first_star ? star : e.first, b = e.last_star ? star : e.last;
    w->at = a < b ? a : b; /* a range may be written high:low */
    w->left = (uint64_t)(a < b ? b - a : a - b) + 1u;
    return 1;
}

/* '*' can reach seq-match-data only with QRS_LENIENT_STAR_IN_KNOWN: in
 * known-sequence-set it is the number of messages, in known-uid-set the
 * highest UID.  An empty mailbox has no message for any pair to match. */
static uint32_t highest_matching_uid(const qrs_mailbox_state *mb, const qrs_qresync *q)
{
    run_walk seqs = {{0, 0}, 0, 0}, uids = {{0, 0}, 0, 0};
    uint32_t best = 0;
    if (mb->n_uids == 0)
        return 0;
    uint32_t seq_star = mb->n_uids < UINT32_MAX ? (uint32_t)mb->n_uids : UINT32_MAX;
    uint32_t uid_star = mb->uids[mb->n_uids - 1];
    qrs_seqset_iter_init(&seqs.it, &q->known_sequence_set);
    qrs_seqset_iter_init(&uids.it, &q->known_uid_set);
    while (run_refill(&seqs, seq_star) && run_refill(&uids, uid_star)) {
        uint64_t k = seqs.left < uids.left ? seqs.left : uids.left;
        size_t m = last_match(mb, seqs.at, seqs.at + k - 1, (int64_t)uids.at - (int64_t)seqs.at);
        if (m && mb->uids[m - 1] > best)
            best = mb->uids[m - 1];
        seqs.at += k;
        seqs.left -= k;
        uids.at += k;
        uids.left -= k;
    }
    return best;
}

/* The index of the first range of the normalized list r that ends at or after v. */
static size_t first_ending_at_or_after(const qrs_ranges *r, uint32_t v)
{
    size_t lo = 0, hi = r->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (r->v[mid].hi < v)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

qrs_code qrs_resync_vanished(const qrs_mailbox_state *mb, const qrs_qresync *q, qrs_ranges *known,
                             qrs_ranges *out, qrs_resync_plan *plan)
{
    qrs_resync_plan local;
    if (!plan)
        plan = &local;
    plan->uidvalidity_matches = 0;
    plan->matched_uid = 0;
    if (!mb || !q || !known || !out || (mb->n_uids && !mb->uids) || (mb->n_expunged && !mb->expunged))
        return QRS_E_INVALID_ARGUMENT;
    out->n = 0;
    known->n = 0;
    /* A different UIDVALIDITY voids the client's cache: the server "MUST
     * ignore the remaining parameters" and reports no VANISHED. */
    if (mb->uidvalidity != q->uidvalidity)
        return QRS_OK;
    plan->uidvalidity_matches = 1;
    qrs_code rc;
    if (q->has_known_uids) {
        rc = qrs_ranges_from_seqset(known, &q->known_uids, mb->uidnext > 1 ? mb->uidnext - 1 : 1);
        if (rc != QRS_OK)
            return rc;
    } else if (mb->uidnext > 1 && (rc = qrs_ranges_add(known, 1, mb->uidnext - 1)) != QRS_OK) {
        return rc; /* known-uids omitted: 1:<maxuid> (RFC 7162 section 3.2.5.1) */
    }
    if (q->has_seq_match)
        plan->matched_uid = highest_matching_uid(mb, q);
    for (size_t i = 0; i < mb->n_expunged; i++) {
        const qrs_expunged_run *e = &mb->expunged[i];
        if (e->modseq != 0 && e->modseq <= q->modseq)
            continue; /* the client saw this expunge already */
        uint32_t lo = e->first < e->last ? e->first : e->last, hi = e->first < e->last ? e->last : e->first;
        if (lo <= plan->matched_uid)
            lo = plan->matched_uid + 1u;
        if (hi < lo || lo == 0)
            continue;
        for (size_t k = first_ending_at_or_after(known, lo); k < known->n && known->v[k].lo <= hi; k++) {
            uint32_t a = known->v[k].lo > lo ? known->v[k].lo : lo, b = known->v[k].hi < hi ? known->v[k].hi : hi;
            if ((rc = qrs_ranges_add(out, a, b)) != QRS_OK)
                return rc;
        }
    }
    qrs_ranges_normalize(out);
    return QRS_OK;
}
