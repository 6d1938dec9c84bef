/*
 * write.c - messages back to bytes: lossless (the parsed bytes) or canonical
 * (one spelling per meaning; see QRS_WRITE_CANONICAL in qresync.h).  Writes
 * into the caller's buffer snprintf-style, counting what does not fit, and
 * takes sort space for sets from the caller's scratch arena.
 */
#include <string.h>

#include "internal.h"
#include "writer.h"

/* A set whose order carries no meaning: sorted, merged and deduplicated
 * through the scratch arena.  A set with '*' keeps its text: without a
 * mailbox, '*' has no value to sort by. */
static void put_set(qrs_writer *w, const qrs_seqset *set)
{
    if (set->flags & QRS_SET_HAS_STAR) {
        qrs_w_slice(w, set->text);
        return;
    }
    qrs_arena *a = w->scratch;
    size_t need = (size_t)set->elements * sizeof(qrs_urange);
    size_t pad = a ? (size_t)((sizeof(uint32_t) - (uintptr_t)(a->base + a->used) % sizeof(uint32_t)) % sizeof(uint32_t)) : 0;
    if (!a || a->cap - a->used < pad + need) {
        w->rc = QRS_E_ARENA_FULL;
        qrs_w_slice(w, set->text);
        return;
    }
    qrs_ranges r;
    qrs_ranges_init(&r, (qrs_urange *)(void *)(a->base + a->used + pad), set->elements);
    /* Validated by the parser: no '*', no 0, room for every element. */
    (void)qrs_ranges_from_seqset(&r, set, 0);
    qrs_w_ranges(w, &r);
}

static void put_mailbox(qrs_writer *w, const qrs_string *m)
{
    /* "INBOX" is case-insensitive (RFC 3501 mailbox); other names are not. */
    if (m->form == QRS_STR_ATOM && qrs_ieq(m->raw, "INBOX"))
        qrs_w_str(w, "INBOX");
    else
        qrs_w_slice(w, m->raw);
}

static void put_params(qrs_writer *w, const qrs_param *p)
{
    for (int first = 1; p; p = p->next, first = 0) {
        if (!first)
            qrs_w_str(w, " ");
        switch (p->kind) {
        case QRS_PARAM_QRESYNC:
            qrs_w_str(w, "QRESYNC (");
            qrs_w_u64(w, p->qresync.uidvalidity);
            qrs_w_str(w, " ");
            qrs_w_u64(w, p->qresync.modseq);
            if (p->qresync.has_known_uids) {
                qrs_w_str(w, " ");
                put_set(w, &p->qresync.known_uids);
            }
            if (p->qresync.has_seq_match) {
                /* paired element by element: the order is the meaning */
                qrs_w_str(w, " (");
                qrs_w_slice(w, p->qresync.known_sequence_set.text);
                qrs_w_str(w, " ");
                qrs_w_slice(w, p->qresync.known_uid_set.text);
                qrs_w_str(w, ")");
            }
            qrs_w_str(w, ")");
            break;
        case QRS_PARAM_CHANGEDSINCE:
        case QRS_PARAM_UNCHANGEDSINCE:
            qrs_w_str(w, p->kind == QRS_PARAM_CHANGEDSINCE ? "CHANGEDSINCE " : "UNCHANGEDSINCE ");
            qrs_w_u64(w, p->number);
            break;
        case QRS_PARAM_CONDSTORE:
        case QRS_PARAM_VANISHED:
        case QRS_PARAM_OTHER:
        default:
            qrs_w_upper(w, p->name);
            if (p->value.len) {
                qrs_w_str(w, " ");
                qrs_w_slice(w, p->value);
            }
            break;
        }
    }
}

static void put_items(qrs_writer *w, const qrs_item *it, int response)
{
    for (int first = 1; it; it = it->next, first = 0) {
        if (!first)
            qrs_w_str(w, " ");
        qrs_w_upper(w, it->name);
        if (!response)
            continue;
        qrs_w_str(w, " ");
        if (it->kind == QRS_ITEM_UID) {
            qrs_w_u64(w, it->number);
        } else if (it->kind == QRS_ITEM_MODSEQ) {
            qrs_w_str(w, "(");
            qrs_w_u64(w, it->number);
            qrs_w_str(w, ")");
        } else {
            qrs_w_slice(w, it->value);
        }
    }
}

static void put_words(qrs_writer *w, const qrs_word *word)
{
    for (; word; word = word->next) {
        qrs_w_str(w, " ");
        qrs_w_upper(w, word->text);
    }
}

static void put_resp_text(qrs_writer *w, const qrs_resp_text *t, qrs_slice status)
{
    static const char *const names[] = {"", "", "HIGHESTMODSEQ", "NOMODSEQ", "MODIFIED", "CLOSED", "UIDNEXT",
                                        "UIDVALIDITY", "UNSEEN"};
    if (t->code != QRS_CODE_NONE) {
        qrs_w_str(w, "[");
        if (t->code == QRS_CODE_OTHER) {
            qrs_w_upper(w, t->code_name);
            if (t->code_value.len) {
                qrs_w_str(w, " ");
                qrs_w_slice(w, t->code_value);
            }
        } else {
            qrs_w_str(w, names[t->code]);
            if (t->code == QRS_CODE_MODIFIED) {
                qrs_w_str(w, " ");
                put_set(w, &t->modified);
            } else if (t->code != QRS_CODE_NOMODSEQ && t->code != QRS_CODE_CLOSED) {
                qrs_w_str(w, " ");
                qrs_w_u64(w, t->number);
            }
        }
        qrs_w_str(w, "] ");
    }
    /* resp-text needs text (RFC 3501; erratum 5055): stand the status word in. */
    if (t->text.len)
        qrs_w_slice(w, t->text);
    else
        qrs_w_upper(w, status);
}

static void put_status_atts(qrs_writer *w, const qrs_status_att *a)
{
    qrs_w_str(w, "(");
    for (int first = 1; a; a = a->next, first = 0) {
        if (!first)
            qrs_w_str(w, " ");
        qrs_w_upper(w, a->name);
        if (a->has_value) {
            qrs_w_str(w, " ");
            qrs_w_u64(w, a->value);
        }
    }
    qrs_w_str(w, ")");
}

static void put_canonical(qrs_writer *w, const qrs_message *m)
{
    const char *uid = m->uid ? "UID " : "";
    if (m->kind < QRS_RESP_COND) {
        qrs_w_slice(w, m->tag);
        qrs_w_str(w, " ");
    }
    switch (m->kind) {
    case QRS_CMD_SELECT:
        qrs_w_str(w, m->u.select.examine ? "EXAMINE " : "SELECT ");
        put_mailbox(w, &m->u.select.mailbox);
        if (m->u.select.params) {
            qrs_w_str(w, " (");
            put_params(w, m->u.select.params);
            qrs_w_str(w, ")");
        }
        break;
    case QRS_CMD_FETCH: {
        const qrs_fetch_cmd *f = &m->u.fetch;
        int list = f->atts_raw.len && f->atts_raw.ptr[0] == '(';
        qrs_w_str(w, uid);
        qrs_w_str(w, "FETCH ");
        put_set(w, &f->set);
        qrs_w_str(w, list ? " (" : " ");
        put_items(w, f->atts, 0);
        qrs_w_str(w, list ? ")" : "");
        if (f->modifiers) {
            qrs_w_str(w, " (");
            put_params(w, f->modifiers);
            qrs_w_str(w, ")");
        }
        break;
    }
    case QRS_CMD_STORE: {
        const qrs_store_cmd *s = &m->u.store;
        qrs_w_str(w, uid);
        qrs_w_str(w, "STORE ");
        put_set(w, &s->set);
        if (s->modifiers) {
            qrs_w_str(w, " (");
            put_params(w, s->modifiers);
            qrs_w_str(w, ")");
        }
        qrs_w_str(w, " ");
        qrs_w_upper(w, s->action);
        qrs_w_str(w, " ");
        qrs_w_slice(w, s->flags);
        break;
    }
    case QRS_CMD_SEARCH: {
        const qrs_search_cmd *s = &m->u.search;
        qrs_w_str(w, uid);
        qrs_w_str(w, "SEARCH");
        if (s->return_opts) {
            qrs_w_str(w, " RETURN (");
            put_params(w, s->return_opts);
            qrs_w_str(w, ")");
        }
        if (s->charset.len) {
            qrs_w_str(w, " CHARSET ");
            qrs_w_slice(w, s->charset);
        }
        qrs_w_str(w, " ");
        qrs_w_slice(w, s->program);
        break;
    }
    case QRS_CMD_ENABLE:
        qrs_w_str(w, "ENABLE");
        put_words(w, m->u.words);
        break;
    case QRS_CMD_STATUS:
        qrs_w_str(w, "STATUS ");
        put_mailbox(w, &m->u.status.mailbox);
        qrs_w_str(w, " ");
        put_status_atts(w, m->u.status.atts);
        break;
    case QRS_CMD_OTHER:
    case QRS_RESP_OTHER:
        if (m->kind == QRS_RESP_OTHER)
            qrs_w_str(w, "* ");
        if (m->u.other.has_number) {
            qrs_w_u64(w, m->u.other.number);
            qrs_w_str(w, " ");
        }
        qrs_w_upper(w, m->u.other.name);
        if (m->u.other.args.len) {
            qrs_w_str(w, " ");
            qrs_w_slice(w, m->u.other.args);
        }
        break;
    case QRS_RESP_COND:
        if (m->tag.len)
            qrs_w_slice(w, m->tag);
        else
            qrs_w_str(w, "*");
        qrs_w_str(w, " ");
        qrs_w_upper(w, m->u.cond.status);
        qrs_w_str(w, " ");
        put_resp_text(w, &m->u.cond.text, m->u.cond.status);
        break;
    case QRS_RESP_CONTINUE: {
        static const qrs_slice ok = {"OK", 2};
        qrs_w_str(w, "+ ");
        /* "+ " alone is a continue-req with an empty base64 (RFC 3501 section
         * 9), an empty SASL challenge: adding text would change it. */
        if (m->u.cond.text.code != QRS_CODE_NONE || m->u.cond.text.text.len)
            put_resp_text(w, &m->u.cond.text, ok);
        break;
    }
    case QRS_RESP_VANISHED:
        qrs_w_str(w, "* VANISHED ");
        if (m->u.vanished.earlier)
            qrs_w_str(w, "(EARLIER) ");
        if (m->u.vanished.has_tag) {
            qrs_w_str(w, "(TAG ");
            qrs_w_slice(w, m->u.vanished.tag.raw);
            qrs_w_str(w, ") ");
        }
        put_set(w, &m->u.vanished.uids);
        break;
    case QRS_RESP_FETCH:
        qrs_w_str(w, "* ");
        qrs_w_u64(w, m->u.fetch_resp.number);
        qrs_w_str(w, " FETCH (");
        put_items(w, m->u.fetch_resp.items, 1);
        qrs_w_str(w, ")");
        break;
    case QRS_RESP_ENABLED:
    case QRS_RESP_CAPABILITY:
        qrs_w_str(w, m->kind == QRS_RESP_ENABLED ? "* ENABLED" : "* CAPABILITY");
        put_words(w, m->u.words);
        break;
    case QRS_RESP_SEARCH: {
        const qrs_search_resp *s = &m->u.search_resp;
        qrs_w_str(w, s->sort ? "* SORT" : "* SEARCH");
        if (s->count) {
            qrs_w_str(w, " ");
            qrs_w_slice(w, s->numbers); /* nz-numbers: no leading zeros to drop */
        }
        if (s->has_modseq) {
            qrs_w_str(w, " (MODSEQ ");
            qrs_w_u64(w, s->modseq);
            qrs_w_str(w, ")");
        }
        break;
    }
    case QRS_RESP_ESEARCH: {
        const qrs_esearch_resp *e = &m->u.esearch;
        qrs_w_str(w, "* ESEARCH");
        if (e->has_tag) {
            qrs_w_str(w, " (TAG ");
            qrs_w_slice(w, e->tag.raw);
            qrs_w_str(w, ")");
        }
        if (e->uid)
            qrs_w_str(w, " UID");
        if (e->data.len) {
            qrs_w_str(w, " ");
            qrs_w_slice(w, e->data);
        }
        break;
    }
    case QRS_RESP_STATUS:
        qrs_w_str(w, "* STATUS ");
        put_mailbox(w, &m->u.status.mailbox);
        qrs_w_str(w, " ");
        put_status_atts(w, m->u.status.atts);
        break;
    case QRS_KIND_NONE:
    default:
        break;
    }
    qrs_w_str(w, "\r\n");
}

qrs_code qrs_write(const qrs_message *msg, qrs_write_mode mode, qrs_arena *scratch, char *buf, size_t cap,
                   size_t *len)
{
    qrs_writer w = {buf, buf ? cap : 0, 0, scratch, QRS_OK};
    if (!msg || !len || (mode != QRS_WRITE_LOSSLESS && mode != QRS_WRITE_CANONICAL))
        return QRS_E_INVALID_ARGUMENT;
    size_t mark = scratch ? scratch->used : 0;
    if (mode == QRS_WRITE_LOSSLESS)
        qrs_w_slice(&w, msg->raw);
    else
        put_canonical(&w, msg);
    if (scratch)
        scratch->used = mark; /* sort space is only needed while writing */
    return qrs_w_finish(&w, len);
}
