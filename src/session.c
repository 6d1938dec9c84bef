/*
 * session.c - the rules of the extension that span messages: what may be
 * sent when, judged per dialect (grammar.md section 4.2 rule 12, 4.3 rules 17,
 * 18, 20 and 23, 4.4 rule 28, 4.5 rules 32 and 33).
 */
#include <string.h>

#include "internal.h"

#define CMD_QRESYNC_SELECT 1u /* SELECT/EXAMINE ... (QRESYNC ...) */
#define CMD_VANISHED_FETCH 2u /* UID FETCH ... (CHANGEDSINCE n VANISHED) */
#define CMD_CLOSE 4u
#define CMD_FETCH_SEEN 8u     /* a FETCH response came while it ran */
#define CMD_SELECT 16u        /* SELECT or EXAMINE, with or without parameters */
#define CMD_IMPLICIT_CLOSE 32u /* ... sent while a mailbox was selected */
#define CMD_CLOSED_SEEN 64u   /* an untagged OK [CLOSED] came while it ran */
#define CMD_UNSELECT 128u     /* UNSELECT (RFC 3691): closes like CLOSE, without expunging */

void qrs_session_init(qrs_session *s, qrs_dialect d)
{
    memset(s, 0, sizeof *s);
    s->dialect = d;
}

static size_t report(qrs_finding *out, size_t max, size_t n, const char *rule, const char *message)
{
    if (n < max) {
        out[n].rule = rule;
        out[n].message = message;
        out[n].warning = 0;
    }
    return n + 1;
}

static int has_word(const qrs_word *w, const char *lit)
{
    for (; w; w = w->next)
        if (qrs_ieq(w->text, lit))
            return 1;
    return 0;
}

/* FNV-1a over the whole tag: with its first 31 bytes, this tells
 * a tag of any length from the others in flight (RFC 3501 section 2.2.1:
 * the tag is whatever the client chose, of any length). */
static uint64_t tag_hash(qrs_slice tag)
{
    uint64_t h = 14695981039346656037u;
    for (size_t i = 0; i < tag.len; i++)
        h = (h ^ (unsigned char)tag.ptr[i]) * 1099511628211u;
    return h;
}

static int same_tag(const qrs_session *s, size_t i, qrs_slice tag)
{
    size_t kept = strlen(s->commands[i].tag), room = sizeof s->commands[i].tag - 1;
    return kept == (tag.len < room ? tag.len : room) && !memcmp(s->commands[i].tag, tag.ptr, kept) &&
           s->commands[i].tag_hash == tag_hash(tag);
}

static void remember(qrs_session *s, qrs_slice tag, unsigned flags)
{
    if (s->n_commands == QRS_SESSION_MAX_COMMANDS) {
        /* the oldest is forgotten: a transcript that never answers it loses nothing else */
        memmove(&s->commands[0], &s->commands[1], sizeof s->commands[0] * (QRS_SESSION_MAX_COMMANDS - 1));
        s->n_commands--;
    }
    size_t n = tag.len < sizeof s->commands[0].tag - 1 ? tag.len : sizeof s->commands[0].tag - 1;
    if (n) /* an untagged message has no tag bytes (ptr may be NULL) */
        memcpy(s->commands[s->n_commands].tag, tag.ptr, n);
    s->commands[s->n_commands].tag[n] = 0;
    s->commands[s->n_commands].tag_hash = tag_hash(tag);
    s->commands[s->n_commands].flags = flags;
    s->n_commands++;
}

static unsigned in_progress(const qrs_session *s)
{
    unsigned all = 0;
    for (size_t i = 0; i < s->n_commands; i++)
        all |= s->commands[i].flags;
    return all;
}

/* Whether a command asks about mod-sequences: CHANGEDSINCE, the MODSEQ
 * fetch item, UNCHANGEDSINCE or the MODSEQ search key. */
static int uses_modseq(const qrs_message *m)
{
    if (m->kind == QRS_CMD_FETCH) {
        if (m->u.fetch.has_changedsince)
            return 1;
        for (const qrs_item *it = m->u.fetch.atts; it; it = it->next)
            if (it->kind == QRS_ITEM_MODSEQ)
                return 1;
    }
    return (m->kind == QRS_CMD_STORE && m->u.store.has_unchangedsince) ||
           (m->kind == QRS_CMD_SEARCH && m->u.search.modseq);
}

/* Whether lo..hi meets a UID that a VANISHED of this selection reported. */
static int gone_overlaps(const qrs_session *s, uint32_t lo, uint32_t hi)
{
    for (size_t i = 0; i < s->n_gone; i++)
        if (s->gone[i].lo <= hi && lo <= s->gone[i].hi)
            return 1;
    return 0;
}

/* Remember lo..hi as expunged, merged with the ranges it meets or touches.
 * When the table is full the range is dropped: the rule then misses some
 * repeats, but never reports one that did not happen. */
static void gone_add(qrs_session *s, uint32_t lo, uint32_t hi)
{
    size_t i = 0;
    while (i < s->n_gone) {
        qrs_urange *g = &s->gone[i];
        if ((uint64_t)g->lo <= (uint64_t)hi + 1u && (uint64_t)lo <= (uint64_t)g->hi + 1u) {
            lo = g->lo < lo ? g->lo : lo;
            hi = g->hi > hi ? g->hi : hi;
            s->gone[i] = s->gone[--s->n_gone]; /* absorbed: look again at what moved here */
            continue;
        }
        i++;
    }
    if (s->n_gone < QRS_SESSION_MAX_GONE) {
        s->gone[s->n_gone].lo = lo;
        s->gone[s->n_gone].hi = hi;
        s->n_gone++;
    }
}

static size_t client(qrs_session *s, const qrs_message *m, qrs_finding *out, size_t max)
{
    size_t n = 0;
    unsigned flags = 0;
    int draft = s->dialect == QRS_DIALECT_DRAFT03;
    if (m->kind == QRS_CMD_ENABLE && has_word(m->u.words, "QRESYNC"))
        s->enable_sent = 1;
    if (m->kind == QRS_CMD_SELECT && m->u.select.qresync)
        flags |= CMD_QRESYNC_SELECT;
    if (m->kind == QRS_CMD_FETCH && m->uid && m->u.fetch.vanished)
        flags |= CMD_VANISHED_FETCH;
    if (m->kind == QRS_CMD_OTHER && qrs_ieq(m->u.other.name, "CLOSE"))
        flags |= CMD_CLOSE;
    if (m->kind == QRS_CMD_OTHER && qrs_ieq(m->u.other.name, "UNSELECT"))
        flags |= CMD_UNSELECT;
    if (m->kind == QRS_CMD_SELECT) {
        flags |= CMD_SELECT | (s->mailbox_selected ? CMD_IMPLICIT_CLOSE : 0u);
        /* A new selection: its mod-sequences and UIDs are not comparable with the old one's. */
        s->have_highest = 0;
        s->nomodseq = 0;
        s->n_gone = 0;
    }
    if (s->nomodseq && s->dialect == QRS_DIALECT_RFC7162 && uses_modseq(m))
        n = report(out, max, n, "nomodseq-misuse",
                   "MODSEQ, CHANGEDSINCE or UNCHANGEDSINCE on a mailbox that answered NOMODSEQ "
                   "(RFC 7162 section 3.1.2.2)");
    if (flags & (CMD_QRESYNC_SELECT | CMD_VANISHED_FETCH)) {
        if (draft)
            s->qresync_enabled = 1; /* draft -03: the parameter itself turns QRESYNC on */
        else if (!(s->dialect == QRS_DIALECT_RFC5162 ? s->enable_sent : s->qresync_enabled))
            n = report(out, max, n, "qresync-not-enabled",
                       s->dialect == QRS_DIALECT_RFC5162
                           ? "QRESYNC parameter or VANISHED modifier before ENABLE QRESYNC (RFC 5162 section 3.1)"
                           : "QRESYNC parameter or VANISHED modifier before the server enabled QRESYNC "
                             "(RFC 7162 section 3.2.5)");
    }
    remember(s, m->tag, flags);
    return n;
}

static size_t server(qrs_session *s, const qrs_message *m, qrs_finding *out, size_t max)
{
    size_t n = 0;
    int draft = s->dialect == QRS_DIALECT_DRAFT03;
    unsigned running = in_progress(s);
    if (m->kind == QRS_RESP_ENABLED && has_word(m->u.words, "QRESYNC"))
        s->qresync_enabled = 1;
    if (m->kind == QRS_RESP_FETCH) {
        for (size_t i = 0; i < s->n_commands; i++)
            s->commands[i].flags |= CMD_FETCH_SEEN;
    }
    if (m->kind == QRS_RESP_VANISHED) {
        int enabled = s->qresync_enabled || (s->dialect == QRS_DIALECT_RFC5162 && s->enable_sent);
        int marked = m->u.vanished.earlier || m->u.vanished.has_tag;
        int r5162 = s->dialect == QRS_DIALECT_RFC5162;
        if (!enabled)
            n = report(out, max, n, "vanished-not-enabled",
                       draft   ? "VANISHED before the client used QRESYNC or the VANISHED modifier (draft -03 "
                                 "section 3.6)"
                       : r5162 ? "VANISHED before ENABLE QRESYNC (RFC 5162 section 3.6)"
                               : "VANISHED before QRESYNC was enabled (RFC 7162 section 3.2.10)");
        if (marked && !(running & (CMD_QRESYNC_SELECT | CMD_VANISHED_FETCH)))
            n = report(out, max, n, "earlier-unasked",
                       draft   ? "VANISHED (TAG ...) outside SELECT/EXAMINE (QRESYNC) and UID FETCH (VANISHED) "
                                 "(draft -03 section 3.6)"
                       : r5162 ? "VANISHED (EARLIER) outside SELECT/EXAMINE (QRESYNC) and UID FETCH (VANISHED) "
                                 "(RFC 5162 section 3.6)"
                               : "VANISHED (EARLIER) outside SELECT/EXAMINE (QRESYNC) and UID FETCH (VANISHED) "
                                 "(RFC 7162 section 3.2.10.1)");
        else if (marked && !draft && (running & CMD_FETCH_SEEN))
            n = report(out, max, n, "earlier-after-fetch",
                       r5162 ? "VANISHED (EARLIER) after FETCH responses of the same command (RFC 5162 section 3.2)"
                             : "VANISHED (EARLIER) after FETCH responses of the same command (RFC 7162 section "
                               "3.2.6)");
        /* A plain VANISHED may name only UIDs the client still sees (RFC 7162
         * section 3.2.10.2, erratum 3322): not one an earlier VANISHED of this
         * selection already reported.  A UID repeated within one response is
         * the client's to handle (RFC 5162 section 3.6), so the check looks
         * only at earlier responses; then either kind's UIDs are gone. */
        int repeated = 0;
        for (int pass = 0; pass < 2; pass++) {
            qrs_seqset_iter it;
            qrs_range r;
            qrs_seqset_iter_init(&it, &m->u.vanished.uids);
            while (qrs_seqset_next(&it, &r)) {
                uint32_t lo = r.first < r.last ? r.first : r.last, hi = r.first < r.last ? r.last : r.first;
                if (r.first_star || r.last_star || lo == 0)
                    continue; /* '*' is refused by the grammar unless a leniency let it in */
                if (pass == 0)
                    repeated |= !marked && gone_overlaps(s, lo, hi);
                else
                    gone_add(s, lo, hi);
            }
        }
        if (repeated && s->dialect == QRS_DIALECT_RFC7162)
            n = report(out, max, n, "vanished-repeated",
                       "VANISHED of a UID already reported expunged in this selection (RFC 7162 section "
                       "3.2.10.2, erratum 3322)");
    }
    if (m->kind == QRS_RESP_COND || m->kind == QRS_RESP_CONTINUE) {
        qrs_code_kind code = m->u.cond.text.code;
        if (code == QRS_CODE_HIGHESTMODSEQ) {
            /* HIGHESTMODSEQ is the highest mod-sequence of all messages of the
             * mailbox (RFC 7162 section 3.1.2.1), and mod-sequences only grow. */
            if (s->have_highest && m->u.cond.text.number < s->highest)
                n = report(out, max, n, "highestmodseq-backwards",
                           "HIGHESTMODSEQ lower than one sent before for the same mailbox (RFC 7162 section "
                           "3.1.2.1)");
            if (!s->have_highest || m->u.cond.text.number > s->highest)
                s->highest = m->u.cond.text.number;
            s->have_highest = 1;
        }
        if (code == QRS_CODE_NOMODSEQ && (running & CMD_SELECT))
            s->nomodseq = 1;
        if (code == QRS_CODE_CLOSED && !m->tag.len)
            for (size_t i = 0; i < s->n_commands; i++)
                s->commands[i].flags |= CMD_CLOSED_SEEN;
    }
    if (m->kind == QRS_RESP_COND && m->tag.len) {
        for (size_t i = 0; i < s->n_commands; i++) {
            if (!same_tag(s, i, m->tag))
                continue;
            unsigned flags = s->commands[i].flags;
            int ok = qrs_ieq(m->u.cond.status, "OK");
            if ((flags & CMD_CLOSE) && s->dialect == QRS_DIALECT_RFC7162 &&
                m->u.cond.text.code == QRS_CODE_HIGHESTMODSEQ)
                n = report(out, max, n, "highestmodseq-on-close",
                           "HIGHESTMODSEQ in the tagged OK of CLOSE (RFC 7162 section 3.2.8)");
            /* SELECT/EXAMINE closes the selected mailbox first, even when it then
             * fails; once QRESYNC is on, CLOSED marks where the old mailbox's
             * responses end.  Draft -03 has no CLOSED. */
            if ((flags & CMD_IMPLICIT_CLOSE) && !(flags & CMD_CLOSED_SEEN) && !draft && (s->qresync_enabled || (s->dialect == QRS_DIALECT_RFC5162 && s->enable_sent)))
                n = report(out, max, n, "closed-missing",
                           s->dialect == QRS_DIALECT_RFC5162
                               ? "SELECT/EXAMINE closed the selected mailbox without a CLOSED response code "
                                 "(RFC 5162 section 3.7)"
                               : "SELECT/EXAMINE closed the selected mailbox without a CLOSED response code "
                                 "(RFC 7162 section 3.2.11)");
            if (flags & CMD_SELECT)
                s->mailbox_selected = ok;
            if ((flags & (CMD_CLOSE | CMD_UNSELECT)) && ok)
                s->mailbox_selected = 0;
            memmove(&s->commands[i], &s->commands[i + 1], sizeof s->commands[0] * (s->n_commands - i - 1));
            s->n_commands--;
            break;
        }
    }
    return n;
}

size_t qrs_session_feed(qrs_session *s, int from_client, const qrs_message *m, qrs_finding *out, size_t max)
{
    if (!s || !m)
        return 0;
    return from_client ? client(s, m, out, max) : server(s, m, out, max);
}
