/*
 * server_responder.c - the server side of a QRESYNC resync, for one small
 * mailbox held in memory.
 *
 *   server_responder [--trace FILE] [--line-max N] MAILBOX_FILE   serve one connection on stdin/stdout
 *   server_responder --dump MAILBOX_FILE             print the mailbox as a client would cache it
 *
 * It reads commands with qrs_frame() and qrs_parse() and answers ENABLE,
 * SELECT/EXAMINE (with or without QRESYNC), UID FETCH (with CHANGEDSINCE and
 * VANISHED), NOOP and LOGOUT.  The point is SELECT ... (QRESYNC (uidvalidity
 * modseq [known-uids])), RFC 7162 section 3.2.5: the server tells the
 * client what changed since modseq, so the client need not fetch it all.
 *
 * The mailbox file has one item per line ('#' starts a comment):
 *   uidvalidity 3857529045
 *   message UID MODSEQ FLAGS        a message, e.g. "message 4 17 (\Seen)"
 *   expunged UID MODSEQ             a message expunged at that mod-sequence,
 *                                   or 0 when the server no longer knows it
 * A real server forgets the mod-sequences of old expunges; such an expunge
 * is reported to every client, except where the client's seq-match-data
 * shows it cannot have missed it (RFC 7162 section 3.2.5.2):
 * qrs_resync_vanished() does both.
 */
#define _POSIX_C_SOURCE 200809L
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "imap_stream.h"
#include "qresync.h"

#define FLAGS_MAX 128
#define LINE_MAX_DEFAULT 8192 /* RFC 7162 section 4 asks clients for about this much; we keep to it too */

typedef struct message {
    uint32_t uid;
    uint64_t modseq; /* the last change to this message (RFC 7162 section 3.1.1) */
    char flags[FLAGS_MAX];
} message;

typedef struct mailbox {
    uint32_t uidvalidity;
    message *msgs; /* ascending UIDs; message number i+1 is msgs[i] */
    size_t n_msgs;
    uint32_t *uids;          /* msgs[i].uid, as qrs_mailbox_state wants them */
    qrs_expunged_run *gone;  /* one UID each, with the mod-sequence of its expunge */
    size_t n_gone;
    uint64_t highestmodseq;
    uint32_t uidnext;
} mailbox;

static const qrs_dialect dialect = QRS_DIALECT_RFC7162;
static FILE *trace; /* --trace FILE: the session as "C: "/"S: " lines */

/* MARK: - The mailbox file */

static int by_uid(const void *a, const void *b)
{
    uint32_t x = ((const message *)a)->uid, y = ((const message *)b)->uid;
    return (x > y) - (x < y);
}

/* A flag list as a FETCH response carries it, "(\Seen $Junk)": checked with
 * the library's rule for it, so that a typo shows here and not in a client. */
static int valid_flags(const char *flags)
{
    unsigned char mem[4096];
    qrs_arena arena;
    qrs_fragment frag;
    qrs_arena_init(&arena, mem, sizeof mem);
    return strlen(flags) < FLAGS_MAX &&
           qrs_parse_fragment(QRS_RULE_FLAG_FETCH, flags, strlen(flags), NULL, &arena, &frag, NULL) == QRS_OK;
}

static int load_mailbox(const char *path, mailbox *mb)
{
    FILE *f = fopen(path, "r");
    char line[512];
    int lineno = 0;
    memset(mb, 0, sizeof *mb);
    if (!f) {
        perror(path);
        return -1;
    }
    while (fgets(line, sizeof line, f)) {
        uint32_t uid;
        uint64_t modseq;
        int flags_at = 0;
        lineno++;
        line[strcspn(line, "\r\n")] = '\0';
        if (line[0] == '#' || line[0] == '\0')
            continue;
        if (sscanf(line, "uidvalidity %" SCNu32, &mb->uidvalidity) == 1 && mb->uidvalidity) {
            continue;
        } else if (sscanf(line, "message %" SCNu32 " %" SCNu64 " %n", &uid, &modseq, &flags_at) == 2 && flags_at &&
                   uid && modseq) {
            message *m = valid_flags(line + flags_at) ? realloc(mb->msgs, (mb->n_msgs + 1) * sizeof *m) : NULL;
            if (!m)
                break;
            mb->msgs = m;
            m += mb->n_msgs++;
            m->uid = uid;
            m->modseq = modseq;
            strcpy(m->flags, line + flags_at);
        } else if (sscanf(line, "expunged %" SCNu32 " %" SCNu64, &uid, &modseq) == 2 && uid) {
            qrs_expunged_run *e = realloc(mb->gone, (mb->n_gone + 1) * sizeof *e);
            if (!e)
                break;
            mb->gone = e;
            e[mb->n_gone].first = e[mb->n_gone].last = uid;
            e[mb->n_gone++].modseq = modseq;
        } else {
            break;
        }
        if (uid >= mb->uidnext)
            mb->uidnext = uid + 1;
        if (modseq > mb->highestmodseq)
            mb->highestmodseq = modseq;
    }
    int bad = !feof(f);
    fclose(f);
    if (bad || !mb->uidvalidity) {
        fprintf(stderr, "%s:%d: expected uidvalidity N, message UID MODSEQ FLAGS or expunged UID MODSEQ\n", path,
                bad ? lineno : lineno + 1);
        return -1;
    }
    if (mb->n_msgs)
        qsort(mb->msgs, mb->n_msgs, sizeof *mb->msgs, by_uid);
    if (!(mb->uids = malloc((mb->n_msgs + 1) * sizeof *mb->uids)))
        return -1;
    for (size_t i = 0; i < mb->n_msgs; i++)
        mb->uids[i] = mb->msgs[i].uid;
    if (!mb->uidnext)
        mb->uidnext = 1;
    if (!mb->highestmodseq)
        mb->highestmodseq = 1; /* a HIGHESTMODSEQ is a mod-sequence-value: at least 1 */
    return 0;
}

/* The mailbox in the form client_resync saves its cache in, so that the two can be compared. */
static int dump_mailbox(const mailbox *mb)
{
    qrs_urange *storage = malloc((mb->n_msgs + 1) * sizeof *storage);
    uint32_t *uids = malloc((mb->n_msgs + 1) * sizeof *uids);
    char *text = NULL;
    qrs_ranges set;
    size_t need = 0;
    int rc = -1;
    for (size_t i = 0; uids && i < mb->n_msgs; i++)
        uids[i] = mb->msgs[i].uid;
    if (storage && uids) {
        qrs_ranges_init(&set, storage, mb->n_msgs + 1);
        if (qrs_ranges_from_uids(&set, uids, mb->n_msgs) == QRS_OK) {
            need = qrs_ranges_format(&set, NULL, 0);
            text = malloc(need + 1);
        }
    }
    if (text) {
        qrs_ranges_format(&set, text, need + 1);
        printf("uidvalidity %" PRIu32 "\nhighestmodseq %" PRIu64 "\nuids%s%s\n", mb->uidvalidity, mb->highestmodseq,
               need ? " " : "", text);
        for (size_t i = 0; i < mb->n_msgs; i++)
            printf("flags %" PRIu32 " %s\n", mb->msgs[i].uid, mb->msgs[i].flags);
        rc = 0;
    }
    free(text);
    free(uids);
    free(storage);
    return rc;
}

/* MARK: - Sending */

static int send_line(const char *line, size_t len)
{
    return imap_send(STDOUT_FILENO, trace, "S: ", line, len);
}

/*
 * Responses the builders do not make (EXISTS, FLAGS, UIDVALIDITY, ENABLED...)
 * are written by hand; parsing each one before it goes out catches a typo
 * here instead of in the client.
 */
#if defined(__GNUC__)
static int send_checked(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
#endif
static int send_checked(const char *fmt, ...)
{
    char line[512];
    unsigned char mem[4096];
    qrs_arena arena;
    qrs_options opts = {0};
    const qrs_message *msg;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    opts.dialect = dialect;
    opts.side = QRS_SIDE_SERVER;
    qrs_arena_init(&arena, mem, sizeof mem);
    if (n < 0 || (size_t)n >= sizeof line || qrs_parse(line, (size_t)n, &opts, &arena, &msg, NULL) != QRS_OK) {
        fprintf(stderr, "server_responder: refusing to send a malformed response: %s", line);
        return -1;
    }
    return send_line(line, (size_t)n);
}

/* A status response from qrs_build_status ("tag OK text", "* OK [HIGHESTMODSEQ n] text", ...). */
static int send_status(const char *tag, const char *status, qrs_code_kind code, uint64_t number, const char *text)
{
    char line[512];
    size_t len;
    if (qrs_build_status(dialect, tag, status, code, number, NULL, text, line, sizeof line, &len) != QRS_OK ||
        len >= sizeof line)
        return -1;
    return send_line(line, len);
}

/* Every UID of vanished, in "* VANISHED (EARLIER)" responses of at most
 * line_max octets each: a client may refuse longer lines, and one VANISHED
 * set can be as long as the mailbox is old. */
static int send_vanished(const qrs_ranges *vanished, size_t line_max)
{
    size_t len, count;
    qrs_code rc = qrs_build_vanished_split(dialect, 1, NULL, vanished, line_max, NULL, 0, &len, &count);
    if (rc != QRS_OK)
        return -1;
    char *lines = malloc(len + 1);
    if (!lines)
        return -1;
    rc = qrs_build_vanished_split(dialect, 1, NULL, vanished, line_max, lines, len + 1, &len, &count);
    /* one response per send, so that each gets its own "S: " in the trace */
    for (size_t at = 0; rc == QRS_OK && at < len;) {
        size_t end = (size_t)((const char *)memchr(lines + at, '\n', len - at) - lines) + 1;
        if (send_line(lines + at, end - at) != 0)
            rc = QRS_E_INVALID_ARGUMENT;
        at = end;
    }
    free(lines);
    return rc == QRS_OK ? 0 : -1;
}

/* "* n FETCH (UID u MODSEQ (m) FLAGS (...))": once CONDSTORE is enabled
 * every untagged FETCH carries UID and MODSEQ (RFC 7162 section 3.2.4). */
static int send_fetch(size_t msgno, const message *m)
{
    char line[512];
    size_t len;
    if (qrs_build_fetch_modseq(dialect, (uint32_t)msgno, m->uid, m->modseq, m->flags, line, sizeof line, &len) !=
            QRS_OK ||
        len >= sizeof line)
        return -1;
    return send_line(line, len);
}

/* MARK: - What changed since a mod-sequence */

static qrs_urange *ranges_new(qrs_ranges *r, size_t cap)
{
    qrs_urange *storage = malloc((cap ? cap : 1) * sizeof *storage);
    if (storage)
        qrs_ranges_init(r, storage, cap ? cap : 1);
    return storage;
}

/*
 * The UIDs that VANISHED (EARLIER) must report for the client's QRESYNC
 * parameters q: expunged after q->modseq and within q's known-uids (RFC 7162
 * section 3.2.5.1).  qrs_resync_vanished() intersects ranges and never
 * expands the client's sets.  out gets malloc'd storage (free out->v).
 */
static int vanished_for(const mailbox *mb, const qrs_qresync *q, qrs_ranges *out)
{
    qrs_mailbox_state state = {mb->uidvalidity, mb->uidnext, mb->uids, mb->n_msgs, mb->gone, mb->n_gone};
    qrs_ranges known;
    int rc = -1;
    qrs_ranges_init(out, NULL, 0);
    /* room: known-uids as ranges, and at most one range per expunged run */
    if (ranges_new(&known, q->has_known_uids ? q->known_uids.elements : 1)) {
        if (ranges_new(out, mb->n_gone))
            rc = qrs_resync_vanished(&state, q, &known, out, NULL) == QRS_OK ? 0 : -1;
        free(known.v);
    }
    return rc;
}

/* The VANISHED (EARLIER) responses, when asked for, then the FETCH
 * responses for the messages in scope that changed after q->modseq.  The
 * order is a MUST (RFC 7162 section 3.2.6; RFC 5162 section 3.2). */
static int send_changes(const mailbox *mb, const qrs_qresync *q, const qrs_ranges *scope, int report_vanished,
                        size_t line_max)
{
    int rc = 0;
    if (report_vanished) {
        qrs_ranges vanished;
        rc = vanished_for(mb, q, &vanished);
        if (rc == 0 && vanished.n)
            rc = send_vanished(&vanished, line_max);
        free(vanished.v);
    }
    for (size_t i = 0; rc == 0 && i < mb->n_msgs; i++)
        if (mb->msgs[i].modseq > q->modseq && qrs_ranges_contains(scope, mb->msgs[i].uid))
            rc = send_fetch(i + 1, &mb->msgs[i]);
    return rc;
}

/* A UID set from the client as ranges; '*' is the UID of the last message
 * (RFC 3501 section 6.4.8), or UIDNEXT-1 in an empty mailbox. */
static int scope_from_set(const mailbox *mb, const qrs_seqset *set, qrs_ranges *out)
{
    uint32_t star = mb->n_msgs ? mb->msgs[mb->n_msgs - 1].uid : mb->uidnext - 1;
    qrs_ranges_init(out, NULL, 0); /* the caller frees out->v, even after a failure */
    if (!ranges_new(out, set->elements))
        return -1;
    if (star == 0)
        star = 1; /* a UID that never existed: "1:*" in a new mailbox then matches nothing */
    return qrs_ranges_from_seqset(out, set, star) == QRS_OK ? 0 : -1;
}

/* MARK: - Commands */

typedef struct connection {
    mailbox *mb;
    size_t line_max;
    int qresync_enabled; /* ENABLE QRESYNC answered with ENABLED QRESYNC (RFC 7162 section 3.2.3) */
    int condstore_enabled;
    int selected;
} connection;

static int same_word(qrs_slice s, const char *word)
{
    size_t n = strlen(word);
    if (s.len != n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if ((s.ptr[i] | 0x20) != (word[i] | 0x20))
            return 0;
    return 1;
}

/* ENABLE (RFC 5161): ENABLED lists what this command enabled, which may be
 * nothing.  ENABLE QRESYNC also enables CONDSTORE (RFC 7162 section 3.2.3),
 * and this server sends MODSEQ in every FETCH either way. */
static int do_enable(connection *c, const char *tag, const qrs_message *msg)
{
    int qresync = 0, condstore = 0;
    for (const qrs_word *w = msg->u.words; w; w = w->next) {
        qresync |= same_word(w->text, "QRESYNC");
        condstore |= same_word(w->text, "CONDSTORE");
    }
    int new_qresync = qresync && !c->qresync_enabled, new_condstore = condstore && !c->condstore_enabled;
    c->qresync_enabled |= qresync;
    c->condstore_enabled |= qresync | condstore;
    if (send_checked("* ENABLED%s%s\r\n", new_qresync ? " QRESYNC" : "", new_condstore ? " CONDSTORE" : "") != 0)
        return -1;
    return send_status(tag, "OK", QRS_CODE_NONE, 0, "ENABLE completed");
}

static int do_select(connection *c, const char *tag, const qrs_message *msg)
{
    const qrs_select_cmd *sel = &msg->u.select;
    const mailbox *mb = c->mb;
    if (sel->qresync && !c->qresync_enabled) /* RFC 7162 section 3.2.5: BAD before ENABLE QRESYNC */
        return send_status(tag, "BAD", QRS_CODE_NONE, 0, "QRESYNC needs ENABLE QRESYNC first");
    if (!same_word(sel->mailbox.value, "INBOX")) /* INBOX in any case (RFC 3501 section 5.1) */
        return send_status(tag, "NO", QRS_CODE_NONE, 0, "This server has only INBOX");
    if (c->selected && send_status(NULL, "OK", QRS_CODE_CLOSED, 0, "Previous mailbox closed") != 0)
        return -1; /* RFC 7162 section 3.2.11: the responses that follow are the new mailbox's */
    c->selected = 1;
    if (send_checked("* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\r\n") != 0 ||
        send_checked("* %zu EXISTS\r\n", mb->n_msgs) != 0 ||
        send_checked("* OK [UIDVALIDITY %" PRIu32 "] UIDs valid\r\n", mb->uidvalidity) != 0 ||
        send_checked("* OK [UIDNEXT %" PRIu32 "] Predicted next UID\r\n", mb->uidnext) != 0 ||
        send_status(NULL, "OK", QRS_CODE_HIGHESTMODSEQ, mb->highestmodseq, "Highest") != 0)
        return -1;

    /* A QRESYNC parameter for another UIDVALIDITY is ignored: the client's
     * cache describes a different mailbox (RFC 7162 section 3.2.5). */
    const qrs_qresync *q = sel->qresync ? &sel->qresync->qresync : NULL;
    if (q && q->uidvalidity == mb->uidvalidity) {
        /* Without known-uids the client means 1:<UIDNEXT-1> (RFC 7162 section
         * 3.2.5.1).  seq-match-data only helps a server that forgot some
         * expunges; this one remembers them all, so it is not needed. */
        qrs_ranges scope;
        int rc;
        if (q->has_known_uids) {
            rc = scope_from_set(mb, &q->known_uids, &scope);
        } else {
            qrs_ranges_init(&scope, NULL, 0);
            rc = ranges_new(&scope, 1) ? 0 : -1;
            if (rc == 0 && mb->uidnext > 1)
                qrs_ranges_add(&scope, 1, mb->uidnext - 1);
        }
        if (rc == 0)
            rc = send_changes(mb, q, &scope, 1, c->line_max);
        free(scope.v);
        if (rc != 0)
            return -1;
    }
    return send_status(tag, "OK", QRS_CODE_NONE, 0, sel->examine ? "EXAMINE completed" : "SELECT completed");
}

/* UID FETCH set (FLAGS) [(CHANGEDSINCE n [VANISHED])]: what a client sends
 * for a full resync, or to catch up within an open mailbox (RFC 7162
 * sections 3.1.4 and 3.2.6). */
static int do_uid_fetch(connection *c, const char *tag, const qrs_message *msg)
{
    const qrs_fetch_cmd *f = &msg->u.fetch;
    if (!c->selected)
        return send_status(tag, "BAD", QRS_CODE_NONE, 0, "No mailbox selected");
    if (!msg->uid)
        return send_status(tag, "BAD", QRS_CODE_NONE, 0, "This server answers only UID FETCH");
    if (f->vanished && !c->qresync_enabled) /* RFC 7162 section 3.2.6 */
        return send_status(tag, "BAD", QRS_CODE_NONE, 0, "VANISHED needs ENABLE QRESYNC first");
    for (const qrs_item *a = f->atts; a; a = a->next)
        if (a->kind == QRS_ITEM_OTHER)
            return send_status(tag, "NO", QRS_CODE_NONE, 0, "This server keeps only UID, MODSEQ and FLAGS");
    qrs_ranges scope;
    int rc = scope_from_set(c->mb, &f->set, &scope);
    /* The same question as a QRESYNC parameter with the UID set for
     * known-uids, where '*' reaches UIDNEXT-1: the client may have seen
     * UIDs above the last message.  Without CHANGEDSINCE, changedsince is
     * 0 and every message in scope is sent. */
    qrs_qresync q;
    memset(&q, 0, sizeof q);
    q.uidvalidity = c->mb->uidvalidity;
    q.modseq = f->changedsince;
    q.has_known_uids = 1;
    q.known_uids = f->set;
    if (rc == 0)
        rc = send_changes(c->mb, &q, &scope, f->vanished, c->line_max);
    free(scope.v);
    return rc != 0 ? -1 : send_status(tag, "OK", QRS_CODE_NONE, 0, "FETCH completed");
}

/* One command; returns 1 after LOGOUT, -1 when the connection must end. */
static int answer(connection *c, const char *cmd, size_t len)
{
    unsigned char mem[16384];
    qrs_arena arena;
    qrs_options opts = {0};
    const qrs_message *msg;
    qrs_error err;
    char tag[256];
    opts.dialect = dialect;
    opts.side = QRS_SIDE_CLIENT;
    qrs_arena_init(&arena, mem, sizeof mem);

    /* The tag, for the reply even to a command that does not parse (cmd is
     * not NUL-terminated, and a tag too long for tag[] is dropped). */
    size_t tag_len = 0;
    while (tag_len < len && tag_len < sizeof tag && cmd[tag_len] != ' ' && cmd[tag_len] != '\r')
        tag_len++;
    if (tag_len == sizeof tag)
        tag_len = 0;
    memcpy(tag, cmd, tag_len);
    tag[tag_len] = '\0';

    if (qrs_parse(cmd, len, &opts, &arena, &msg, &err) != QRS_OK) {
        /* a malformed command gets a BAD, QRESYNC parameters included (RFC 7162 section 3.2.5) */
        char text[256];
        snprintf(text, sizeof text, "%s in %s: %s", qrs_code_name(err.code), err.rule, err.message);
        if (send_status(tag, "BAD", QRS_CODE_NONE, 0, text) == 0)
            return 0;
        return send_status(NULL, "BAD", QRS_CODE_NONE, 0, text); /* the tag itself was not valid */
    }
    if (tag_len == 0) /* parsed, so the tag is valid, but it did not fit */
        return send_status(NULL, "BAD", QRS_CODE_NONE, 0, "Tag too long for this server");
    switch (msg->kind) {
    case QRS_CMD_ENABLE:
        return do_enable(c, tag, msg);
    case QRS_CMD_SELECT:
        return do_select(c, tag, msg);
    case QRS_CMD_FETCH:
        return do_uid_fetch(c, tag, msg);
    case QRS_CMD_OTHER:
        if (same_word(msg->u.other.name, "NOOP"))
            return send_status(tag, "OK", QRS_CODE_NONE, 0, "NOOP completed");
        if (same_word(msg->u.other.name, "LOGOUT")) {
            if (send_status(NULL, "BYE", QRS_CODE_NONE, 0, "Logging out") != 0 ||
                send_status(tag, "OK", QRS_CODE_NONE, 0, "LOGOUT completed") != 0)
                return -1;
            return 1;
        }
        break;
    default:
        break;
    }
    return send_status(tag, "BAD", QRS_CODE_NONE, 0, "This example server does not know that command");
}

static int serve(mailbox *mb, size_t line_max)
{
    connection c = {mb, line_max, 0, 0, 0};
    imap_stream in;
    const char *cmd, *error = "";
    size_t len;
    int rc = 0;
    imap_stream_init(&in, STDIN_FILENO, 1u << 20);
    if (send_status(NULL, "PREAUTH", QRS_CODE_NONE, 0, "libqresync example server ready") != 0)
        return 1;
    while (rc == 0) {
        imap_next next = imap_stream_next(&in, &cmd, &len, &error);
        if (next == IMAP_LITERAL) {
            /* a synchronizing literal: the client waits for this before sending it (RFC 3501 section 7.5) */
            rc = send_checked("+ Ready for literal data\r\n");
        } else if (next == IMAP_MESSAGE) {
            imap_trace(trace, "C: ", cmd, len);
            rc = answer(&c, cmd, len);
        } else {
            if (next == IMAP_ERROR)
                fprintf(stderr, "server_responder: %s\n", error);
            rc = next == IMAP_EOF ? 1 : -1;
        }
    }
    imap_stream_free(&in);
    return rc < 0;
}

int main(int argc, char **argv)
{
    size_t line_max = LINE_MAX_DEFAULT;
    int dump = 0, i;
    for (i = 1; i < argc && argv[i][0] == '-'; i++) {
        if (!strcmp(argv[i], "--dump"))
            dump = 1;
        else if (!strcmp(argv[i], "--trace") && i + 1 < argc && !trace)
            trace = fopen(argv[++i], "w");
        else if (!strcmp(argv[i], "--line-max") && i + 1 < argc)
            line_max = (size_t)strtoul(argv[++i], NULL, 10);
        else
            break;
    }
    if (i + 1 != argc || line_max < 32) {
        fprintf(stderr, "usage: server_responder [--trace FILE] [--line-max N (at least 32)] MAILBOX_FILE\n"
                        "       server_responder --dump MAILBOX_FILE\n");
        return 2;
    }
    mailbox mb;
    int rc = load_mailbox(argv[i], &mb) != 0 ? 2 : dump ? (dump_mailbox(&mb) != 0) : serve(&mb, line_max);
    free(mb.msgs);
    free(mb.uids);
    free(mb.gone);
    if (trace)
        fclose(trace);
    return rc;
}
