/*
 * write.c - messages back to bytes: lossless (the parsed bytes) or canonical
 * (one spelling per meaning; see QRS_WRITE_CANONICAL in qresync.h).  Writes
 * into the caller's buffer snprintf-style, counting what does not fit, and
 * takes sort space for sets from the caller's scratch arena.
 */
#include <string.h>

#include "internal.h"

typedef struct writer {
    char *buf;
    size_t cap, len;
    qrs_arena *scratch;
    qrs_code rc;
} writer;

static void put(writer *w, const char *s, size_t n)
{
    if (w->len < w->cap)
        memcpy(w->buf + w->len, s, w->len + n <= w->cap ? n : w->cap - w->len);
    w->len += n;
}

static void puts_(writer *w, const char *s)
{
    put(w, s, strlen(s));
}

static void put_slice(writer *w, qrs_slice s)
{
    put(w, s.ptr, s.len);
}

/* Keywords, capability and parameter names: upper case (they are
 * case-insensitive, RFC 3501 section 9 note 1).  Stops at "[", so a section
 * (BODY[HEADER.FIELDS (From)]) keeps its spelling. */
static void put_upper(writer *w, qrs_slice s)
{
    size_t i = 0;
    for (; i < s.len && s.ptr[i] != '['; i++) {
        char c = s.ptr[i];
        if (c >= 'a' && c <= 'z')
            c = (char)(c - 'a' + 'A');
        put(w, &c, 1);
    }
    put(w, s.ptr + i, s.len - i);
}

static void put_u64(writer *w, uint64_t v)
{
    char tmp[20];
    size_t n = 0;
    do {
        tmp[sizeof tmp - ++n] = (char)('0' + v % 10u);
        v /= 10u;
    } while (v);
    put(w, tmp + sizeof tmp - n, n);
}

/* A set whose order carries no meaning: sorted, merged and deduplicated
 * through the scratch arena.  A set with '*' keeps its text: without a
 * mailbox, '*' has no value to sort by. */
static void put_set(writer *w, const qrs_seqset *set)
{
    if (set->flags & QRS_SET_HAS_STAR) {
        put_slice(w, set->text);
        return;
    }
    qrs_arena *a = w->scratch;
    size_t need = (size_t)set->elements * sizeof(qrs_urange);
    size_t pad = a ? (size_t)((sizeof(uint32_t) - (uintptr_t)(a->base + a->used) % sizeof(uint32_t)) % sizeof(uint32_t)) : 0;
    if (!a || a->cap - a->used < pad + need) {
        w->rc = QRS_E_ARENA_FULL;
        put_slice(w, set->text);
        return;
    }
    qrs_ranges r;
    qrs_ranges_init(&r, (qrs_urange *)(void *)(a->base + a->used + pad), set->elements);
    /* Validated by the parser: no '*', no 0, room for every element. */
    (void)qrs_ranges_from_seqset(&r, set, 0);
    size_t n = qrs_ranges_format(&r, w->len < w->cap ? w->buf + w->len : NULL, w->len < w->cap ? w->cap - w->len : 0);
    w->len += n;
}

static void put_mailbox(writer *w, const qrs_string *m)
{
    /* "INBOX" is case-insensitive (RFC 3501 mailbox); other names are not. */
    static const char inbox[] = "INBOX";
    int is_inbox = m->form == QRS_STR_ATOM && m->raw.len == 5;
    for (size_t i = 0; is_inbox && i < 5; i++)
        is_inbox = (m->raw.ptr[i] & ~0x20) == inbox[i];
    if (is_inbox)
        puts_(w, inbox);
    else
        put_slice(w, m->raw);
}

static void put_params(writer *w, const qrs_param *p)
{
    for (int first = 1; p; p = p->next, first = 0) {
        if (!first)
            puts_(w, " ");
        switch (p->kind) {
        case QRS_PARAM_QRESYNC:
            puts_(w, "QRESYNC (");
            put_u64(w, p->qresync.uidvalidity);
            puts_(w, " ");
            put_u64(w, p->qresync.modseq);
            if (p->qresync.has_known_uids) {
                puts_(w, " ");
                put_set(w, &p->qresync.known_uids);
            }
            if (p->qresync.has_seq_match) {
                /* paired element by element: the order is the meaning */
                puts_(w, " (");
                put_slice(w, p->qresync.known_sequence_set.text);
                puts_(w, " ");
                put_slice(w, p->qresync.known_uid_set.text);
                puts_(w, ")");
            }
            puts_(w, ")");
            break;
        case QRS_PARAM_CHANGEDSINCE:
        case QRS_PARAM_UNCHANGEDSINCE:
            puts_(w, p->kind == QRS_PARAM_CHANGEDSINCE ? "CHANGEDSINCE " : "UNCHANGEDSINCE ");
            put_u64(w, p->number);
            break;
        case QRS_PARAM_CONDSTORE:
        case QRS_PARAM_VANISHED:
        case QRS_PARAM_OTHER:
        default:
            put_upper(w, p->name);
            if (p->value.len) {
                puts_(w, " ");
                put_slice(w, p->value);
            }
            break;
        }
    }
}

static void put_items(writer *w, const qrs_item *it, int response)
{
    for (int first = 1; it; it = it->next, first = 0) {
        if (!first)
            puts_(w, " ");
        put_upper(w, it->name);
        if (!response)
            continue;
        puts_(w, " ");
        if (it->kind == QRS_ITEM_UID) {
            put_u64(w, it->number);
        } else if (it->kind == QRS_ITEM_MODSEQ) {
            puts_(w, "(");
            put_u64(w, it->number);
            puts_(w, ")");
        } else {
            put_slice(w, it->value);
        }
    }
}

static void put_words(writer *w, const qrs_word *word)
{
    for (; word; word = word->next) {
        puts_(w, " ");
        put_upper(w, word->text);
    }
}

static void put_resp_text(writer *w, const qrs_resp_text *t, qrs_slice status)
{
    static const char *const names[] = {"", "", "HIGHESTMODSEQ", "NOMODSEQ", "MODIFIED", "CLOSED", "UIDNEXT",
                                        "UIDVALIDITY", "UNSEEN"};
    if (t->code != QRS_CODE_NONE) {
        puts_(w, "[");
        if (t->code == QRS_CODE_OTHER) {
            put_upper(w, t->code_name);
            if (t->code_value.len) {
                puts_(w, " ");
                put_slice(w, t->code_value);
            }
        } else {
            puts_(w, names[t->code]);
            if (t->code == QRS_CODE_MODIFIED) {
                puts_(w, " ");
                put_set(w, &t->modified);
            } else if (t->code != QRS_CODE_NOMODSEQ && t->code != QRS_CODE_CLOSED) {
                puts_(w, " ");
                put_u64(w, t->number);
            }
        }
        puts_(w, "] ");
    }
    /* resp-text needs text (RFC 3501; erratum 5055): stand the status word in. */
    if (t->text.len)
        put_slice(w, t->text);
    else
        put_upper(w, status);
}

static void put_status_atts(writer *w, const qrs_status_att *a)
{
    puts_(w, "(");
    for (int first = 1; a; a = a->next, first = 0) {
        if (!first)
            puts_(w, " ");
        put_upper(w, a->name);
        if (a->has_value) {
            puts_(w, " ");
            put_u64(w, a->value);
        }
    }
    puts_(w, ")");
}

static void put_canonical(writer *w, const qrs_message *m)
{
    const char *uid = m->uid ? "UID " : "";
    if (m->kind < QRS_RESP_COND) {
        put_slice(w, m->tag);
        puts_(w, " ");
    }
    switch (m->kind) {
    case QRS_CMD_SELECT:
        puts_(w, m->u.select.examine ? "EXAMINE " : "SELECT ");
        put_mailbox(w, &m->u.select.mailbox);
        if (m->u.select.params) {
            puts_(w, " (");
            put_params(w, m->u.select.params);
            puts_(w, ")");
        }
        break;
    case QRS_CMD_FETCH: {
        const qrs_fetch_cmd *f = &m->u.fetch;
        int list = f->atts_raw.len && f->atts_raw.ptr[0] == '(';
        puts_(w, uid);
        puts_(w, "FETCH ");
        put_set(w, &f->set);
        puts_(w, list ? " (" : " ");
        put_items(w, f->atts, 0);
        puts_(w, list ? ")" : "");
        if (f->modifiers) {
            puts_(w, " (");
            put_params(w, f->modifiers);
            puts_(w, ")");
        }
        break;
    }
    case QRS_CMD_STORE: {
        const qrs_store_cmd *s = &m->u.store;
        puts_(w, uid);
        puts_(w, "STORE ");
        put_set(w, &s->set);
        if (s->modifiers) {
            puts_(w, " (");
            put_params(w, s->modifiers);
            puts_(w, ")");
        }
        puts_(w, " ");
        put_upper(w, s->action);
        puts_(w, " ");
        put_slice(w, s->flags);
        break;
    }
    case QRS_CMD_SEARCH: {
        const qrs_search_cmd *s = &m->u.search;
        puts_(w, uid);
        puts_(w, "SEARCH");
        if (s->return_opts) {
            puts_(w, " RETURN (");
            put_params(w, s->return_opts);
            puts_(w, ")");
        }
        if (s->charset.len) {
            puts_(w, " CHARSET ");
            put_slice(w, s->charset);
        }
        puts_(w, " ");
        put_slice(w, s->program);
        break;
    }
    case QRS_CMD_ENABLE:
        puts_(w, "ENABLE");
        put_words(w, m->u.words);
        break;
    case QRS_CMD_STATUS:
        puts_(w, "STATUS ");
        put_mailbox(w, &m->u.status.mailbox);
        puts_(w, " ");
        put_status_atts(w, m->u.status.atts);
        break;
    case QRS_CMD_OTHER:
    case QRS_RESP_OTHER:
        if (m->kind == QRS_RESP_OTHER)
            puts_(w, "* ");
        if (m->u.other.has_number) {
            put_u64(w, m->u.other.number);
            puts_(w, " ");
        }
        put_upper(w, m->u.other.name);
        if (m->u.other.args.len) {
            puts_(w, " ");
            put_slice(w, m->u.other.args);
        }
        break;
    case QRS_RESP_COND:
        if (m->tag.len)
            put_slice(w, m->tag);
        else
            puts_(w, "*");
        puts_(w, " ");
        put_upper(w, m->u.cond.status);
        puts_(w, " ");
        put_resp_text(w, &m->u.cond.text, m->u.cond.status);
        break;
    case QRS_RESP_CONTINUE: {
        static const qrs_slice ok = {"OK", 2};
        puts_(w, "+ ");
        put_resp_text(w, &m->u.cond.text, ok);
        break;
    }
    case QRS_RESP_VANISHED:
        puts_(w, "* VANISHED ");
        if (m->u.vanished.earlier)
            puts_(w, "(EARLIER) ");
        if (m->u.vanished.has_tag) {
            puts_(w, "(TAG ");
            put_slice(w, m->u.vanished.tag.raw);
            puts_(w, ") ");
        }
        put_set(w, &m->u.vanished.uids);
        break;
    case QRS_RESP_FETCH:
        puts_(w, "* ");
        put_u64(w, m->u.fetch_resp.number);
        puts_(w, " FETCH (");
        put_items(w, m->u.fetch_resp.items, 1);
        puts_(w, ")");
        break;
    case QRS_RESP_ENABLED:
    case QRS_RESP_CAPABILITY:
        puts_(w, m->kind == QRS_RESP_ENABLED ? "* ENABLED" : "* CAPABILITY");
        put_words(w, m->u.words);
        break;
    case QRS_RESP_SEARCH: {
        const qrs_search_resp *s = &m->u.search_resp;
        puts_(w, s->sort ? "* SORT" : "* SEARCH");
        if (s->count) {
            puts_(w, " ");
            put_slice(w, s->numbers); /* nz-numbers: no leading zeros to drop */
        }
        if (s->has_modseq) {
            puts_(w, " (MODSEQ ");
            put_u64(w, s->modseq);
            puts_(w, ")");
        }
        break;
    }
    case QRS_RESP_ESEARCH: {
        const qrs_esearch_resp *e = &m->u.esearch;
        puts_(w, "* ESEARCH");
        if (e->has_tag) {
            puts_(w, " (TAG ");
            put_slice(w, e->tag.raw);
            puts_(w, ")");
        }
        if (e->uid)
            puts_(w, " UID");
        if (e->data.len) {
            puts_(w, " ");
            put_slice(w, e->data);
        }
        break;
    }
    case QRS_RESP_STATUS:
        puts_(w, "* STATUS ");
        put_mailbox(w, &m->u.status.mailbox);
        puts_(w, " ");
        put_status_atts(w, m->u.status.atts);
        break;
    case QRS_KIND_NONE:
    default:
        break;
    }
    puts_(w, "\r\n");
}

qrs_code qrs_write(const qrs_message *msg, qrs_write_mode mode, qrs_arena *scratch, char *buf, size_t cap,
                   size_t *len)
{
    writer w = {buf, buf ? cap : 0, 0, scratch, QRS_OK};
    if (!msg || !len || (mode != QRS_WRITE_LOSSLESS && mode != QRS_WRITE_CANONICAL))
        return QRS_E_INVALID_ARGUMENT;
    size_t mark = scratch ? scratch->used : 0;
    if (mode == QRS_WRITE_LOSSLESS)
        put_slice(&w, msg->raw);
    else
        put_canonical(&w, msg);
    if (scratch)
        scratch->used = mark; /* sort space is only needed while writing */
    if (w.cap)
        w.buf[w.len < w.cap ? w.len : w.cap - 1] = 0;
    *len = w.len;
    return w.rc;
}
