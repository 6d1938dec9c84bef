/*
 * qresync.c - the qresync command-line tool.
 *
 *   qresync parse [--dialect=D] [--side=S] [--lenient=FLAGS] [FILE...]
 *   qresync fmt [--lossless|--canonical] [same options] [FILE...]
 *
 * reads IMAP messages, one per line, hands each to qrs_parse() and prints
 * one JSON object per message (parse) or the message written back by
 * qrs_write() (fmt).  The tool is a thin shell around the library:
 * everything it knows about IMAP is how a transcript is laid out in a file
 * (prefixes, comments, literals); the grammar itself stays in libqresync.
 *
 * Unlike the library, the tool uses the heap: it owns the message buffer
 * and the arena memory, and reuses both from one message to the next.
 */
#include "qresync.h"
#include "json.h"
#include "gen.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

/* Exit statuses. */
#define EXIT_ALL_PARSED 0
#define EXIT_SOME_FAILED 1
#define EXIT_USAGE 2 /* also: unreadable input, out of memory, write error */

/* The help text is cut in two around the list of leniency names, which comes
 * from the library so that it never goes stale. */
static const char usage_head[] =
    "usage: qresync parse [OPTION...] [FILE...]\n"
    "       qresync fmt [--lossless|--canonical] [OPTION...] [FILE...]\n"
    "       qresync lint [OPTION...] FILE...\n"
    "       qresync gen RULE [--dialect=D] [-n N] [--seed=S] (see qresync gen --help)\n"
    "       qresync --help | --version\n"
    "\n"
    "parse: parse IMAP QRESYNC/CONDSTORE commands and responses, one message per\n"
    "line, and print one JSON object per message.\n"
    "fmt: print each message written back, one per line: byte for byte\n"
    "(--lossless) or in canonical form (--canonical, the default); a message\n"
    "that does not parse is reported on standard error as parse reports it.\n"
    "lint: check each file as one session against the extension's rules and\n"
    "print PATH:LINE:COL: error: [rule] message for each broken one.\n"
    "gen: print random valid instances of an ABNF rule (qresync gen --help).\n"
    "Without FILE, or with \"-\", read standard input.\n"
    "\n"
    "Options:\n"
    "  --dialect=D       draft03, rfc5162 or rfc7162 (default rfc7162)\n"
    "  --side=S          client, server or auto (default auto): what an\n"
    "                    unprefixed line is\n"
    "  --max-message=N   refuse a message longer than N bytes as too-long\n"
    "                    (default 67108864); memory follows N, not the input\n"
    "  --lenient=F,...   accept the named deviations, or \"all\" of them:\n"
    "                    ";
static const char usage_tail[] =
    "\n"
    "  --help            show this help\n"
    "  --version         show the library version\n"
    "\n"
    "Input: a line starting with \"C: \" is a client command, \"S: \" a server\n"
    "response; other lines use --side.  Blank lines and lines starting with\n"
    "\"#\" are skipped.  A line ending in {N} or {N+} announces a literal: the\n"
    "next N bytes are taken raw and the message goes on after them.\n"
    "\n"
    "Exit status: 0 if every message parsed, 1 if one failed, 2 on usage or\n"
    "input errors.\n";

/* ---------------------------------------------------------------------------
 * Growable byte buffer
 * ------------------------------------------------------------------------- */

typedef struct bytebuf {
    char *data;
    size_t len;
    size_t cap;
} bytebuf;

/* Make room for extra more bytes.  Returns 0, or -1 when memory runs out. */
static int buf_reserve(bytebuf *b, size_t extra)
{
    size_t need, cap;
    char *p;

    if (extra > SIZE_MAX - b->len) {
        errno = ENOMEM;
        return -1;
    }
    need = b->len + extra;
    if (need <= b->cap)
        return 0;
    cap = b->cap != 0 ? b->cap : 256;
    while (cap < need)
        cap = cap > SIZE_MAX / 2 ? need : cap * 2;
    p = realloc(b->data, cap);
    if (p == NULL) {
        errno = ENOMEM; /* C leaves errno unspecified here; the caller reports it */
        return -1;
    }
    b->data = p;
    b->cap = cap;
    return 0;
}

static int buf_append(bytebuf *b, const char *s, size_t n)
{
    if (buf_reserve(b, n) < 0)
        return -1;
    if (n > 0)
        memcpy(b->data + b->len, s, n);
    b->len += n;
    return 0;
}

/* ---------------------------------------------------------------------------
 * Reading messages: lines, prefixes, comments and literals
 * ------------------------------------------------------------------------- */

typedef struct line_reader {
    FILE *in;
    bytebuf *line;          /* line buffer, owned by the caller so files can share it */
    size_t keep;            /* bytes of a message kept: one more than the message limit */
    unsigned long line_no;  /* 1-based physical line the next unread byte is on */
} line_reader;

/*
 * Read one physical line and return its content without the LF or CRLF that
 * ends it (the last line of a file may have neither).  Only the first
 * r->keep bytes are kept; the rest of a longer line is read and dropped, so
 * memory follows the message limit, never the input: a message that long is
 * refused by the parser as too long whatever its other bytes are.  Returns
 * 1, 0 at the end of the input, or -1 on a read error or when memory runs
 * out.
 */
static int read_line(line_reader *r, const char **text, size_t *len)
{
    size_t n = 0, seen = 0;
    int c = EOF, cut = 0;

    r->line->len = 0;
    while ((c = getc_unlocked(r->in)) != EOF && c != '\n') {
        seen++;
        if (n < r->keep) {
            if (n == r->line->cap && buf_reserve(r->line, 1) < 0)
                return -1;
            r->line->data[n++] = (char)c;
            r->line->len = n;
        } else {
            cut = 1;
        }
    }
    if (ferror(r->in))
        return -1;
    if (c == EOF && seen == 0)
        return 0;
    if (c == '\n')
        r->line_no++;
    if (!cut && n > 0 && r->line->data[n - 1] == '\r')
        n--;
    *text = r->line->data != NULL ? r->line->data : "";
    *len = n;
    return 1;
}

/*
 * Read n raw bytes of literal data, appending to b only what keeps b within
 * r->keep bytes, and none of it when the whole literal does not fit: the
 * parser refuses such a literal at its announcement as too long, so its
 * bytes are read and dropped, never buffered.
 * *complete says whether all n were there.  Literal data may hold line
 * breaks; they still count as physical lines so that later messages report
 * the right line number.  Reads in bounded chunks, so a huge announced size
 * costs nothing until the bytes arrive.  Returns 0, or -1 on a read error or
 * no memory.
 */
static int read_literal(line_reader *r, bytebuf *b, uint64_t n, int *complete)
{
    char chunk[64 * 1024];
    uint64_t done = 0;
    int store = n <= (b->len < r->keep ? r->keep - b->len : 0);

    while (done < n) {
        size_t want = n - done < sizeof chunk ? (size_t)(n - done) : sizeof chunk;
        size_t got = fread(chunk, 1, want, r->in), i;

        for (i = 0; i < got; i++)
            if (chunk[i] == '\n')
                r->line_no++;
        if (store && buf_append(b, chunk, got) < 0)
            return -1;
        done += got;
        if (got < want)
            break;
    }
    if (ferror(r->in))
        return -1;
    *complete = done == n;
    return 0;
}

/*
 * If s ends with a literal announcement "{N}" or "{N+}", store N and return 1.
 * A number above 4294967295 (RFC 3501 number) is not treated as a literal:
 * the line goes to the parser as it is, which then reports the number.
 */
static int literal_announced(const char *s, size_t len, uint64_t *n)
{
    size_t digits_end, digits_start, i;
    uint64_t value = 0;

    if (len < 3 || s[len - 1] != '}')
        return 0;
    digits_end = len - 1;
    if (s[digits_end - 1] == '+')
        digits_end--;
    digits_start = digits_end;
    while (digits_start > 0 && s[digits_start - 1] >= '0' && s[digits_start - 1] <= '9')
        digits_start--;
    if (digits_start == digits_end || digits_start == 0 || s[digits_start - 1] != '{')
        return 0;
    for (i = digits_start; i < digits_end; i++) {
        value = value * 10 + (uint64_t)(s[i] - '0');
        if (value > UINT32_MAX)
            return 0;
    }
    *n = value;
    return 1;
}

/* Append what keeps b within r->keep bytes (see read_line). */
static int keep_append(const line_reader *r, bytebuf *b, const char *s, size_t n)
{
    size_t room = b->len < r->keep ? r->keep - b->len : 0;
    return buf_append(b, s, n < room ? n : room);
}

/* Blank means nothing but spaces and tabs: such lines carry no message. */
static int is_blank(const char *s, size_t len)
{
    size_t i;

    for (i = 0; i < len; i++)
        if (s[i] != ' ' && s[i] != '\t')
            return 0;
    return 1;
}

/* One message as assembled from the input, ready for qrs_parse(). */
typedef struct message_in {
    unsigned long line; /* physical line the message starts on */
    qrs_side side;
    char prefix;        /* 'C' or 'S' when the line had that prefix, else 0 */
    bytebuf text;       /* content after the prefix, literals included, ending in CRLF */
} message_in;

/*
 * Read the next message.  Returns 1 when m holds one, 0 at the end of the
 * input, -1 on a read error or when memory runs out.
 *
 * The buffer is the first line's content, then for each literal: CRLF, the
 * literal bytes, and the rest of the physical line the literal ends on.  A
 * final CRLF closes the message, because the library wants every message
 * (and every literal announcement) to end in CRLF whatever the file used.
 * If the input ends inside a literal, no CRLF is added: the parser should see
 * the truncation and report it as incomplete.
 */
static int read_message(line_reader *r, qrs_side default_side, message_in *m)
{
    const char *text;
    size_t len;
    uint64_t literal_len;
    int rc;

    m->text.len = 0;
    for (;;) {
        m->line = r->line_no;
        rc = read_line(r, &text, &len);
        if (rc <= 0)
            return rc;
        if (!is_blank(text, len) && text[0] != '#')
            break;
    }

    /* The prefix is transcript notation, not protocol: it sets the side and is cut off,
     * so error offsets count from the first protocol byte. */
    m->side = default_side;
    m->prefix = 0;
    if (len >= 3 && (text[0] == 'C' || text[0] == 'S') && text[1] == ':' && text[2] == ' ') {
        m->side = text[0] == 'C' ? QRS_SIDE_CLIENT : QRS_SIDE_SERVER;
        m->prefix = text[0];
        text += 3;
        len -= 3;
    }

    for (;;) {
        int complete;

        if (keep_append(r, &m->text, text, len) < 0)
            return -1;
        if (!literal_announced(text, len, &literal_len))
            break;
        if (keep_append(r, &m->text, "\r\n", 2) < 0)
            return -1;
        if (read_literal(r, &m->text, literal_len, &complete) < 0)
            return -1;
        if (!complete)
            return 1;
        rc = read_line(r, &text, &len);
        if (rc < 0)
            return -1;
        if (rc == 0) {
            /* The literal was the last thing in the input: the message ends right after it. */
            text = "";
            len = 0;
        }
    }
    if (keep_append(r, &m->text, "\r\n", 2) < 0)
        return -1;
    return 1;
}

/* ---------------------------------------------------------------------------
 * Arena
 * ------------------------------------------------------------------------- */

typedef struct arena_mem {
    void *base;
    size_t cap;
} arena_mem;

/* 4096 + per_byte * len, saturating instead of overflowing. */
static size_t arena_size(size_t len, size_t per_byte)
{
    if (len > (SIZE_MAX - 4096) / per_byte)
        return SIZE_MAX;
    return 4096 + per_byte * len;
}

/*
 * Parse buf in an arena of qrs_arena_bound(len) bytes, which is always
 * enough: one parse, no retry.  The memory is reserved, not written; only
 * the pages the tree uses become resident.  Returns 0 with the parse result
 * in *code, or -1 when memory runs out.
 */
static int parse_in_arena(arena_mem *am, const char *buf, size_t len, const qrs_options *opts,
                          const qrs_message **msg, qrs_error *err, qrs_code *code)
{
    size_t want = qrs_arena_bound(len);
    qrs_arena arena;

    if (am->cap < want) {
        void *p = realloc(am->base, want);
        if (p == NULL) {
            errno = ENOMEM;
            return -1;
        }
        am->base = p;
        am->cap = want;
    }
    qrs_arena_init(&arena, am->base, am->cap);
    memset(err, 0, sizeof *err);
    *msg = NULL;
    *code = qrs_parse(buf, len, opts, &arena, msg, err);
    return 0;
}

/* ---------------------------------------------------------------------------
 * JSON output of one message
 * ------------------------------------------------------------------------- */

static void put_slice(json_writer *w, const char *key, qrs_slice s)
{
    json_key(w, key);
    json_string(w, s.ptr, s.len);
}

/* An optional slice: null when absent (empty). */
static void put_slice_or_null(json_writer *w, const char *key, qrs_slice s)
{
    json_key(w, key);
    if (s.len == 0)
        json_null(w);
    else
        json_string(w, s.ptr, s.len);
}

static void put_u64(json_writer *w, const char *key, uint64_t v)
{
    json_key(w, key);
    json_u64(w, v);
}

static void put_opt_u64(json_writer *w, const char *key, int present, uint64_t v)
{
    json_key(w, key);
    if (present)
        json_u64(w, v);
    else
        json_null(w);
}

static void put_bool(json_writer *w, const char *key, int v)
{
    json_key(w, key);
    json_bool(w, v);
}

/* A sequence set prints as the text it was written as; the library keeps nothing else. */
static void put_set(json_writer *w, const char *key, const qrs_seqset *set)
{
    put_slice(w, key, set->text);
}

static void put_set_or_null(json_writer *w, const char *key, int present, const qrs_seqset *set)
{
    if (present) {
        put_set(w, key, set);
    } else {
        json_key(w, key);
        json_null(w);
    }
}

static const char *param_kind_name(qrs_param_kind kind)
{
    switch (kind) {
    case QRS_PARAM_OTHER: return "other";
    case QRS_PARAM_QRESYNC: return "qresync";
    case QRS_PARAM_CONDSTORE: return "condstore";
    case QRS_PARAM_CHANGEDSINCE: return "changedsince";
    case QRS_PARAM_VANISHED: return "vanished";
    case QRS_PARAM_UNCHANGEDSINCE: return "unchangedsince";
    }
    return "unknown";
}

static const char *item_kind_name(qrs_item_kind kind)
{
    switch (kind) {
    case QRS_ITEM_OTHER: return "other";
    case QRS_ITEM_MODSEQ: return "modseq";
    case QRS_ITEM_UID: return "uid";
    case QRS_ITEM_FLAGS: return "flags";
    }
    return "unknown";
}

static const char *code_kind_name(qrs_code_kind kind)
{
    switch (kind) {
    case QRS_CODE_NONE: return "none";
    case QRS_CODE_OTHER: return "other";
    case QRS_CODE_HIGHESTMODSEQ: return "highestmodseq";
    case QRS_CODE_NOMODSEQ: return "nomodseq";
    case QRS_CODE_MODIFIED: return "modified";
    case QRS_CODE_CLOSED: return "closed";
    case QRS_CODE_UIDNEXT: return "uidnext";
    case QRS_CODE_UIDVALIDITY: return "uidvalidity";
    case QRS_CODE_UNSEEN: return "unseen";
    }
    return "unknown";
}

/* "params" of SELECT/EXAMINE: every parameter, with the QRESYNC details where present. */
static void emit_select_params(json_writer *w, const qrs_param *p)
{
    json_key(w, "params");
    json_begin_array(w);
    for (; p != NULL; p = p->next) {
        json_begin_object(w);
        json_key(w, "kind");
        json_cstring(w, param_kind_name(p->kind));
        put_slice(w, "name", p->name);
        put_slice(w, "value", p->value);
        if (p->kind == QRS_PARAM_QRESYNC) {
            const qrs_qresync *q = &p->qresync;
            put_u64(w, "uidvalidity", q->uidvalidity);
            put_u64(w, "modseq", q->modseq);
            put_set_or_null(w, "known_uids", q->has_known_uids, &q->known_uids);
            put_set_or_null(w, "known_sequence_set", q->has_seq_match, &q->known_sequence_set);
            put_set_or_null(w, "known_uid_set", q->has_seq_match, &q->known_uid_set);
        }
        json_end_object(w);
    }
    json_end_array(w);
}

/* "modifiers" of FETCH and STORE; "number" is only meaningful for (UN)CHANGEDSINCE. */
static void emit_modifiers(json_writer *w, const qrs_param *p)
{
    json_key(w, "modifiers");
    json_begin_array(w);
    for (; p != NULL; p = p->next) {
        int has_number = p->kind == QRS_PARAM_CHANGEDSINCE || p->kind == QRS_PARAM_UNCHANGEDSINCE;
        json_begin_object(w);
        json_key(w, "kind");
        json_cstring(w, param_kind_name(p->kind));
        put_slice(w, "name", p->name);
        put_slice(w, "value", p->value);
        put_opt_u64(w, "number", has_number, p->number);
        json_end_object(w);
    }
    json_end_array(w);
}

static void emit_select(json_writer *w, const qrs_message *m)
{
    const qrs_select_cmd *s = &m->u.select;

    put_bool(w, "examine", s->examine);
    put_slice(w, "mailbox", s->mailbox.raw);
    emit_select_params(w, s->params);
}

static void emit_fetch_cmd(json_writer *w, const qrs_message *m)
{
    const qrs_fetch_cmd *f = &m->u.fetch;
    const qrs_item *it;

    put_bool(w, "uid", m->uid);
    put_set(w, "set", &f->set);
    json_key(w, "atts");
    json_begin_array(w);
    for (it = f->atts; it != NULL; it = it->next)
        json_string(w, it->raw.ptr, it->raw.len);
    json_end_array(w);
    emit_modifiers(w, f->modifiers);
    put_opt_u64(w, "changedsince", f->has_changedsince, f->changedsince);
    put_bool(w, "vanished", f->vanished);
}

static void emit_store(json_writer *w, const qrs_message *m)
{
    const qrs_store_cmd *s = &m->u.store;

    put_bool(w, "uid", m->uid);
    put_set(w, "set", &s->set);
    emit_modifiers(w, s->modifiers);
    put_opt_u64(w, "unchangedsince", s->has_unchangedsince, s->unchangedsince);
    put_slice(w, "action", s->action);
    put_slice(w, "flags", s->flags);
}

static void emit_search_cmd(json_writer *w, const qrs_message *m)
{
    const qrs_search_modseq *c;

    put_bool(w, "uid", m->uid);
    put_slice(w, "program", m->u.search.program);
    json_key(w, "modseq");
    json_begin_array(w);
    for (c = m->u.search.modseq; c != NULL; c = c->next) {
        json_begin_object(w);
        if (c->has_entry) {
            put_slice(w, "entry_name", c->entry_name);
            put_slice(w, "entry_type", c->entry_type);
        } else {
            json_key(w, "entry_name");
            json_null(w);
            json_key(w, "entry_type");
            json_null(w);
        }
        put_u64(w, "modseq", c->modseq);
        json_end_object(w);
    }
    json_end_array(w);
}

/* ENABLE, ENABLED and CAPABILITY: a plain list of words. */
static void emit_words(json_writer *w, const qrs_word *word)
{
    json_key(w, "words");
    json_begin_array(w);
    for (; word != NULL; word = word->next)
        json_string(w, word->text.ptr, word->text.len);
    json_end_array(w);
}

/* STATUS command (attribute names only) and STATUS response (names with values). */
static void emit_status(json_writer *w, const qrs_message *m)
{
    const qrs_status_att *a;

    put_slice(w, "mailbox", m->u.status.mailbox.raw);
    json_key(w, "atts");
    json_begin_array(w);
    for (a = m->u.status.atts; a != NULL; a = a->next) {
        json_begin_object(w);
        put_slice(w, "name", a->name);
        if (a->has_value)
            put_u64(w, "value", a->value);
        json_end_object(w);
    }
    json_end_array(w);
}

static void emit_other(json_writer *w, const qrs_message *m)
{
    const qrs_other *o = &m->u.other;

    put_slice(w, "name", o->name);
    put_opt_u64(w, "number", o->has_number, o->number);
    put_slice(w, "args", o->args);
}

/* Status responses and continuations: status word, optional response code, text. */
static void emit_cond(json_writer *w, const qrs_message *m)
{
    const qrs_cond *c = &m->u.cond;
    const qrs_resp_text *t = &c->text;

    put_slice(w, "status", c->status);
    json_key(w, "code");
    if (t->code == QRS_CODE_NONE) {
        json_null(w);
    } else {
        json_begin_object(w);
        json_key(w, "kind");
        json_cstring(w, code_kind_name(t->code));
        put_slice(w, "name", t->code_name);
        put_slice(w, "value", t->code_value);
        switch (t->code) {
        case QRS_CODE_HIGHESTMODSEQ:
        case QRS_CODE_UIDNEXT:
        case QRS_CODE_UIDVALIDITY:
        case QRS_CODE_UNSEEN:
            put_u64(w, "number", t->number);
            break;
        case QRS_CODE_MODIFIED:
            put_set(w, "set", &t->modified);
            break;
        case QRS_CODE_NONE:
        case QRS_CODE_OTHER:
        case QRS_CODE_NOMODSEQ:
        case QRS_CODE_CLOSED:
            break;
        }
        json_end_object(w);
    }
    put_slice(w, "text", t->text);
}

/* VANISHED; its TAG correlator was already printed as the message's "tag". */
static void emit_vanished(json_writer *w, const qrs_message *m)
{
    const qrs_vanished *v = &m->u.vanished;

    put_bool(w, "earlier", v->earlier);
    put_set(w, "uids", &v->uids);
    put_u64(w, "elements", v->uids.elements);
}

static void emit_fetch_resp(json_writer *w, const qrs_message *m)
{
    const qrs_fetch_resp *f = &m->u.fetch_resp;
    const qrs_item *it;

    put_u64(w, "number", f->number);
    json_key(w, "items");
    json_begin_array(w);
    for (it = f->items; it != NULL; it = it->next) {
        json_begin_object(w);
        json_key(w, "kind");
        json_cstring(w, item_kind_name(it->kind));
        put_slice(w, "name", it->name);
        put_slice(w, "value", it->value);
        if (it->kind == QRS_ITEM_UID || it->kind == QRS_ITEM_MODSEQ)
            put_u64(w, "number", it->number);
        json_end_object(w);
    }
    json_end_array(w);
    put_opt_u64(w, "uid", f->has_uid, f->uid);
    put_opt_u64(w, "modseq", f->has_modseq, f->modseq);
}

static void emit_search_resp(json_writer *w, const qrs_message *m)
{
    const qrs_search_resp *s = &m->u.search_resp;

    put_bool(w, "sort", s->sort);
    put_slice(w, "numbers", s->numbers);
    put_u64(w, "count", s->count);
    put_opt_u64(w, "modseq", s->has_modseq, s->modseq);
}

/* ESEARCH; its TAG correlator was already printed as the message's "tag". */
static void emit_esearch(json_writer *w, const qrs_message *m)
{
    const qrs_esearch_resp *e = &m->u.esearch;

    put_bool(w, "uid", e->uid);
    put_slice(w, "data", e->data);
    put_opt_u64(w, "modseq", e->has_modseq, e->modseq);
}

/*
 * The "tag" member.  VANISHED and ESEARCH are untagged responses whose own
 * (TAG "t") correlator is their tag in every useful sense, so it takes the
 * place of the message tag (always empty for them) instead of adding a
 * second "tag" member to the same object.  The correlator is printed as
 * written, quotes included.
 */
static void emit_tag(json_writer *w, const qrs_message *m)
{
    if (m->kind == QRS_RESP_VANISHED) {
        json_key(w, "tag");
        if (m->u.vanished.has_tag)
            json_string(w, m->u.vanished.tag.raw.ptr, m->u.vanished.tag.raw.len);
        else
            json_null(w);
    } else if (m->kind == QRS_RESP_ESEARCH) {
        json_key(w, "tag");
        if (m->u.esearch.has_tag)
            json_string(w, m->u.esearch.tag.raw.ptr, m->u.esearch.tag.raw.len);
        else
            json_null(w);
    } else {
        put_slice_or_null(w, "tag", m->tag);
    }
}

static void emit_success(json_writer *w, const qrs_message *m)
{
    json_key(w, "kind");
    json_cstring(w, qrs_kind_name(m->kind));
    emit_tag(w, m);
    /* No default case: -Wswitch then flags any kind added to the header later. */
    switch (m->kind) {
    case QRS_CMD_SELECT: emit_select(w, m); break;
    case QRS_CMD_FETCH: emit_fetch_cmd(w, m); break;
    case QRS_CMD_STORE: emit_store(w, m); break;
    case QRS_CMD_SEARCH: emit_search_cmd(w, m); break;
    case QRS_CMD_ENABLE:
    case QRS_RESP_ENABLED:
    case QRS_RESP_CAPABILITY: emit_words(w, m->u.words); break;
    case QRS_CMD_STATUS:
    case QRS_RESP_STATUS: emit_status(w, m); break;
    case QRS_CMD_OTHER:
    case QRS_RESP_OTHER: emit_other(w, m); break;
    case QRS_RESP_COND:
    case QRS_RESP_CONTINUE: emit_cond(w, m); break;
    case QRS_RESP_VANISHED: emit_vanished(w, m); break;
    case QRS_RESP_FETCH: emit_fetch_resp(w, m); break;
    case QRS_RESP_SEARCH: emit_search_resp(w, m); break;
    case QRS_RESP_ESEARCH: emit_esearch(w, m); break;
    case QRS_KIND_NONE: break;
    }
}

static void emit_error(json_writer *w, qrs_code code, const qrs_error *err)
{
    unsigned i, n = err->n_expected < QRS_MAX_EXPECTED ? err->n_expected : QRS_MAX_EXPECTED;

    json_key(w, "error");
    json_begin_object(w);
    json_key(w, "code");
    json_cstring(w, qrs_code_name(code));
    /* The buffer starts after the "C: "/"S: " prefix, so the offset already counts
     * from the start of the protocol text, as the user reads it. */
    put_u64(w, "offset", err->offset);
    json_key(w, "rule");
    json_cstring(w, err->rule);
    json_key(w, "expected");
    json_begin_array(w);
    for (i = 0; i < n; i++)
        json_cstring(w, err->expected[i]);
    json_end_array(w);
    json_key(w, "message");
    json_cstring(w, err->message);
    json_end_object(w);
}

/* Print the JSON line for one message; returns whether it parsed. */
static int emit_result(json_writer *w, unsigned long line, qrs_code code, const qrs_message *msg,
                       const qrs_error *err)
{
    int ok = code == QRS_OK && msg != NULL;

    json_begin_object(w);
    put_u64(w, "line", line);
    put_bool(w, "ok", ok);
    if (ok)
        emit_success(w, msg);
    else
        emit_error(w, code, err);
    json_end_object(w);
    json_newline(w);
    return ok;
}

/* ---------------------------------------------------------------------------
 * The parse command
 * ------------------------------------------------------------------------- */

/* Everything the parse command owns; main() holds it, nothing is global. */
typedef struct parse_session {
    qrs_options opts;
    int fmt;                  /* qresync fmt: write messages back instead of JSON */
    int lint;                 /* qresync lint: check the session's rules, report like a compiler */
    qrs_session session;      /* lint: the connection a transcript file describes */
    unsigned long n_messages, n_errors, n_warnings;
    qrs_write_mode write_mode;
    json_writer json;
    json_writer json_err;     /* fmt reports failures on standard error */
    bytebuf out;              /* fmt output of one message */
    arena_mem scratch;        /* fmt: sort space for canonical sets */
    arena_mem arena;
    message_in msg;
    bytebuf line;    /* line buffer, shared by every input */
} parse_session;

/*
 * qresync fmt: print a parsed message serialized, in the input's layout: its
 * "C: "/"S: " prefix again, and the final CRLF as the line end.  Returns 0,
 * or -1 when memory runs out.
 */
static int write_message(parse_session *ps, const qrs_message *msg)
{
    qrs_arena scratch;
    size_t need = 0;
    size_t want = arena_size(msg->raw.len, 8); /* a set element is at least 2 bytes, and sorts in 8 */

    if (ps->scratch.cap < want) {
        void *p = realloc(ps->scratch.base, want);
        if (p == NULL) {
            errno = ENOMEM;
            return -1;
        }
        ps->scratch.base = p;
        ps->scratch.cap = want;
    }
    qrs_arena_init(&scratch, ps->scratch.base, ps->scratch.cap);
    (void)qrs_write(msg, ps->write_mode, &scratch, NULL, 0, &need);
    ps->out.len = 0;
    if (buf_reserve(&ps->out, need + 1) < 0)
        return -1;
    (void)qrs_write(msg, ps->write_mode, &scratch, ps->out.data, need + 1, &need);
    if (ps->msg.prefix)
        printf("%c: ", ps->msg.prefix);
    if (need >= 2 && ps->out.data[need - 2] == '\r' && ps->out.data[need - 1] == '\n')
        need -= 2;
    fwrite(ps->out.data, 1, need, stdout);
    putchar('\n');
    return 0;
}

/*
 * qresync lint: one message's syntax error, or the session rules it breaks,
 * as PATH:LINE:COL: error: [rule] message.  Columns count from 1 and include
 * the "C: "/"S: " prefix, so an editor lands on the byte.
 */
static void lint_message(parse_session *ps, const char *name, qrs_code code, const qrs_message *msg,
                         const qrs_error *err)
{
    unsigned long col = ps->msg.prefix ? 4 : 1;
    qrs_finding found[8];
    size_t n;

    ps->n_messages++;
    if (code != QRS_OK || msg == NULL) {
        printf("%s:%lu:%lu: error: [%s] %s (in %s)\n", name, ps->msg.line, col + (unsigned long)err->offset,
               qrs_code_name(code), err->message, err->rule);
        ps->n_errors++;
        return;
    }
    n = qrs_session_feed(&ps->session, msg->kind < QRS_RESP_COND, msg, found, 8);
    for (size_t i = 0; i < n && i < 8; i++) {
        printf("%s:%lu:%lu: %s: [%s] %s\n", name, ps->msg.line, col, found[i].warning ? "warning" : "error",
               found[i].rule, found[i].message);
        if (found[i].warning)
            ps->n_warnings++;
        else
            ps->n_errors++;
    }
}

/*
 * Parse every message of one input and print the results.  Returns the
 * input's exit status: 0, 1 when a message failed, 2 on a read error.
 */
static int parse_stream(parse_session *ps, FILE *in, const char *name)
{
    line_reader reader;
    int status = EXIT_ALL_PARSED;

    reader.in = in;
    reader.line = &ps->line;
    reader.keep = (ps->opts.max_message_len ? ps->opts.max_message_len : QRS_DEFAULT_MAX_MESSAGE_LEN) + 1;
    reader.line_no = 1;

    for (;;) {
        qrs_options opts = ps->opts;
        const qrs_message *msg = NULL;
        qrs_error err;
        qrs_code code = QRS_E_INVALID_ARGUMENT;
        int rc = read_message(&reader, ps->opts.side, &ps->msg);

        if (rc == 0)
            break;
        if (rc > 0) {
            opts.side = ps->msg.side; /* a "C: " or "S: " prefix overrides --side for its line */
            rc = parse_in_arena(&ps->arena, ps->msg.text.data, ps->msg.text.len, &opts, &msg, &err, &code);
        }
        if (rc < 0) {
            /* getline(), fread() and the allocators all leave the reason in errno. */
            fprintf(stderr, "qresync: %s: %s\n", name, strerror(errno));
            return EXIT_USAGE;
        }

        if (ps->lint) {
            lint_message(ps, name, code, msg, &err);
            continue;
        }
        if (ps->fmt && code == QRS_OK && msg != NULL) {
            if (write_message(ps, msg) < 0) {
                fprintf(stderr, "qresync: %s: %s\n", name, strerror(errno));
                return EXIT_USAGE;
            }
            continue;
        }
        if (!emit_result(ps->fmt ? &ps->json_err : &ps->json, ps->msg.line, code, msg, &err))
            status = EXIT_SOME_FAILED;
    }
    return status;
}

/* Which dialect a --dialect value names; the names come from the library itself. */
static int dialect_from_name(const char *name, qrs_dialect *out)
{
    static const qrs_dialect all[] = {QRS_DIALECT_RFC7162, QRS_DIALECT_RFC5162, QRS_DIALECT_DRAFT03};
    size_t i;

    for (i = 0; i < sizeof all / sizeof all[0]; i++) {
        const char *n = qrs_dialect_name(all[i]);
        if (n != NULL && strcmp(n, name) == 0) {
            *out = all[i];
            return 1;
        }
    }
    return 0;
}

static int side_from_name(const char *name, qrs_side *out)
{
    if (strcmp(name, "client") == 0)
        *out = QRS_SIDE_CLIENT;
    else if (strcmp(name, "server") == 0)
        *out = QRS_SIDE_SERVER;
    else if (strcmp(name, "auto") == 0)
        *out = QRS_SIDE_AUTO;
    else
        return 0;
    return 1;
}

/* Print the leniency names the library knows, comma-separated. */
static void print_lenient_names(FILE *out)
{
    uint32_t bit;
    const char *sep = "";

    for (bit = 1; bit != 0; bit <<= 1) {
        const char *n = qrs_lenient_name(bit);
        if (n != NULL) {
            fprintf(out, "%s%s", sep, n);
            sep = ", ";
        }
    }
}

/* A --max-message value: decimal digits only, 1 up to 16 times the default
 * limit (1 GiB), so that one more byte for the line end cannot wrap. */
static int size_from_text(const char *s, size_t *out)
{
    size_t v = 0, top = (size_t)QRS_DEFAULT_MAX_MESSAGE_LEN * 16;

    if (*s == 0)
        return 0;
    for (; *s; s++) {
        if (*s < '0' || *s > '9')
            return 0;
        v = v * 10 + (size_t)(*s - '0');
        if (v > top)
            return 0;
    }
    if (v == 0)
        return 0;
    *out = v;
    return 1;
}

/* OR together the flags of a comma-separated --lenient list.  Returns 0 on an unknown name. */
static int lenient_from_list(const char *list, uint32_t *out)
{
    const char *p = list;

    for (;;) {
        const char *comma = strchr(p, ',');
        size_t len = comma != NULL ? (size_t)(comma - p) : strlen(p);
        uint32_t flag = qrs_lenient_from_name(p, len);

        if (flag == 0) {
            fprintf(stderr, "qresync: unknown leniency '%.*s' (known: all, ", (int)(len < 200 ? len : 200), p);
            print_lenient_names(stderr);
            fputs(")\n", stderr);
            return 0;
        }
        *out |= flag;
        if (comma == NULL)
            return 1;
        p = comma + 1;
    }
}

static void print_usage(FILE *out)
{
    fputs(usage_head, out);
    print_lenient_names(out);
    fputs(usage_tail, out);
}

static int usage_error(void)
{
    fputs("Try 'qresync --help'.\n", stderr);
    return EXIT_USAGE;
}

/*
 * If argv[*i] is the option "--name=VALUE" or "--name VALUE", store VALUE
 * (advancing *i past a separate value) and return 1; return 0 when it is
 * another argument, -1 when the value is missing.
 */
static int option_value(const char *name, int argc, char **argv, int *i, const char **value)
{
    const char *arg = argv[*i];
    size_t n = strlen(name);

    if (strncmp(arg, name, n) != 0)
        return 0;
    if (arg[n] == '=') {
        *value = arg + n + 1;
        return 1;
    }
    if (arg[n] != '\0')
        return 0;
    if (*i + 1 >= argc) {
        fprintf(stderr, "qresync: option '%s' needs a value\n", name);
        return -1;
    }
    *i += 1;
    *value = argv[*i];
    return 1;
}

/*
 * qresync parse: options first (all of them, so a usage error stops the
 * tool before any output), then each input in order.  Options and files may
 * be mixed; "--" ends the options.
 */
static int cmd_parse(int argc, char **argv, int fmt, int lint)
{
    parse_session ps;
    const char **files;
    int n_files = 0, i, status = EXIT_ALL_PARSED, options_done = 0;

    memset(&ps, 0, sizeof ps);
    ps.fmt = fmt;
    ps.lint = lint;
    ps.write_mode = QRS_WRITE_CANONICAL;
    files = malloc(sizeof *files * (size_t)(argc > 0 ? argc : 1));
    if (files == NULL) {
        fputs("qresync: out of memory\n", stderr);
        return EXIT_USAGE;
    }

    for (i = 1; i < argc; i++) {
        const char *arg = argv[i], *value = "";
        int r;

        if (options_done || arg[0] != '-' || strcmp(arg, "-") == 0) {
            files[n_files++] = arg;
            continue;
        }
        if (strcmp(arg, "--") == 0) {
            options_done = 1;
            continue;
        }
        if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
            print_usage(stdout);
            free(files);
            return EXIT_ALL_PARSED;
        }
        if (fmt && (strcmp(arg, "--lossless") == 0 || strcmp(arg, "--canonical") == 0)) {
            ps.write_mode = arg[2] == 'l' ? QRS_WRITE_LOSSLESS : QRS_WRITE_CANONICAL;
            continue;
        }
        if ((r = option_value("--dialect", argc, argv, &i, &value)) != 0) {
            if (r > 0 && !dialect_from_name(value, &ps.opts.dialect)) {
                fprintf(stderr, "qresync: unknown dialect '%s' (known: draft03, rfc5162, rfc7162)\n", value);
                r = -1;
            }
        } else if ((r = option_value("--side", argc, argv, &i, &value)) != 0) {
            if (r > 0 && !side_from_name(value, &ps.opts.side)) {
                fprintf(stderr, "qresync: unknown side '%s' (known: client, server, auto)\n", value);
                r = -1;
            }
        } else if ((r = option_value("--lenient", argc, argv, &i, &value)) != 0) {
            if (r > 0 && !lenient_from_list(value, &ps.opts.lenient))
                r = -1;
        } else if ((r = option_value("--max-message", argc, argv, &i, &value)) != 0) {
            if (r > 0 && !size_from_text(value, &ps.opts.max_message_len)) {
                fprintf(stderr, "qresync: --max-message needs a number of bytes from 1 to %zu\n",
                        (size_t)QRS_DEFAULT_MAX_MESSAGE_LEN * 16);
                r = -1;
            }
        } else {
            fprintf(stderr, "qresync: unknown option '%s'\n", arg);
            r = -1;
        }
        if (r < 0) {
            free(files);
            return usage_error();
        }
    }

    json_init(&ps.json, stdout);
    json_init(&ps.json_err, stderr);
    if (n_files == 0)
        files[n_files++] = "-";
    for (i = 0; i < n_files; i++) {
        int is_stdin = strcmp(files[i], "-") == 0;
        const char *name = is_stdin ? "standard input" : files[i];
        FILE *in = is_stdin ? stdin : fopen(files[i], "rb");
        int s;

        if (in == NULL) {
            fprintf(stderr, "qresync: %s: %s\n", name, strerror(errno));
            status = EXIT_USAGE;
            continue;
        }
        qrs_session_init(&ps.session, ps.opts.dialect); /* each file is one connection */
        s = parse_stream(&ps, in, name);
        if (is_stdin)
            clearerr(stdin); /* "-" may be named twice; the second time it is simply empty */
        else
            fclose(in);
        if (s > status)
            status = s;
    }

    if (lint) {
        printf("lint: %lu messages, %lu errors, %lu warnings\n", ps.n_messages, ps.n_errors, ps.n_warnings);
        if (ps.n_errors && status == EXIT_ALL_PARSED)
            status = EXIT_SOME_FAILED;
    }
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fputs("qresync: error writing standard output\n", stderr);
        status = EXIT_USAGE;
    }
    free(ps.msg.text.data);
    free(ps.out.data);
    free(ps.scratch.base);
    free(ps.arena.base);
    free(ps.line.data);
    free(files);
    return status;
}

int main(int argc, char **argv)
{
    const char *cmd;

    if (argc < 2) {
        print_usage(stderr);
        return EXIT_USAGE;
    }
    cmd = argv[1];
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
        print_usage(stdout);
        return EXIT_ALL_PARSED;
    }
    if (strcmp(cmd, "--version") == 0) {
        puts(QRS_VERSION_STRING);
        return EXIT_ALL_PARSED;
    }
    if (strcmp(cmd, "parse") == 0 || strcmp(cmd, "fmt") == 0 || strcmp(cmd, "lint") == 0)
        return cmd_parse(argc - 1, argv + 1, cmd[0] == 'f', cmd[0] == 'l');
    if (strcmp(cmd, "gen") == 0)
        return qrs_cli_gen(argc - 1, argv + 1);
    if (cmd[0] == '-')
        fprintf(stderr, "qresync: unknown option '%s'\n", cmd);
    else
        fprintf(stderr, "qresync: unknown command '%s'\n", cmd);
    return usage_error();
}
