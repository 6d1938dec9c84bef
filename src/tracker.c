/*
 * tracker.c - a client's cached HIGHESTMODSEQ (grammar.md section 2.3):
 * draft -02 section 5, draft -03 and RFC 5162 section 5, RFC 7162 section 6.
 */
#include <string.h>

#include "internal.h"

void qrs_tracker_init(qrs_tracker *t, qrs_track_rule rule)
{
    memset(t, 0, sizeof *t);
    t->rule = rule;
    t->opening = 1;
}

void qrs_tracker_restore(qrs_tracker *t, qrs_track_rule rule, uint32_t uidvalidity, uint64_t highest)
{
    qrs_tracker_init(t, rule);
    t->uidvalidity = uidvalidity;
    t->known = 1;
    t->highest = highest;
}

static void forget(qrs_tracker *t)
{
    t->known = 0;
    t->highest = 0;
    t->pending_max = 0;
    t->pending_code = 0;
    t->opening = 1;
}

static void raise_to(qrs_tracker *t, uint64_t v)
{
    if (!t->known || v > t->highest) {
        t->known = 1;
        t->highest = v;
    }
}

/* A HIGHESTMODSEQ response code, in an untagged or a tagged response. */
static void code(qrs_tracker *t, uint64_t v)
{
    if (t->rule == QRS_TRACK_RFC7162 || (t->rule == QRS_TRACK_DRAFT03 && t->opening)) {
        /* RFC 7162 section 6: held until the tagged response, where it wins.
         * -03: the value from opening the mailbox is cached "once the
         * synchronization is complete", i.e. at the SELECT's tagged OK. */
        t->pending_code = 1;
        t->code_value = v;
    } else {
        /* -02, and -03 "MUST update its copy ... whenever the server sends a
         * subsequent HIGHESTMODSEQ OK response code" */
        t->known = 1;
        t->highest = v;
    }
}

/* The end of a command: what -03 and RFC 7162 apply then. */
static void tagged(qrs_tracker *t)
{
    if (t->pending_code) {
        t->known = 1;
        t->highest = t->code_value;
        /* RFC 7162: the code wins even over higher MODSEQ items; -03 (opening):
         * the highest MODSEQ item still counts if it is higher */
        if (t->rule == QRS_TRACK_DRAFT03 && t->pending_max > t->highest)
            t->highest = t->pending_max;
    } else if (t->pending_max) {
        raise_to(t, t->pending_max);
    }
    t->pending_max = 0;
    t->pending_code = 0;
    t->opening = 0;
}

void qrs_tracker_feed(qrs_tracker *t, const qrs_message *m)
{
    if (!t || !m)
        return;
    if (m->kind == QRS_RESP_FETCH && m->u.fetch_resp.has_modseq) {
        uint64_t v = m->u.fetch_resp.modseq;
        if (t->rule == QRS_TRACK_DRAFT02)
            raise_to(t, v); /* -02: "update it whenever the server sends MODSEQ FETCH data items" */
        else if (v > t->pending_max)
            t->pending_max = v;
        return;
    }
    if (m->kind != QRS_RESP_COND)
        return;
    const qrs_resp_text *rt = &m->u.cond.text;
    switch (rt->code) {
    case QRS_CODE_UIDVALIDITY:
        if (t->uidvalidity && t->uidvalidity != rt->number)
            forget(t); /* "unless the mailbox UIDVALIDITY value has changed" */
        t->uidvalidity = (uint32_t)rt->number;
        break;
    case QRS_CODE_NOMODSEQ:
    case QRS_CODE_CLOSED:
        forget(t); /* NOMODSEQ: "MUST remove the last known HIGHESTMODSEQ value from its cache" */
        break;
    case QRS_CODE_HIGHESTMODSEQ:
        code(t, rt->number);
        break;
    default:
        break;
    }
    if (m->tag.len)
        tagged(t);
}
