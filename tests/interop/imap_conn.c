/*
 * imap_conn.c - see imap_conn.h.  The server runs as a child process on one
 * end of a socketpair; a poll() limit only keeps a stalled server from
 * hanging the suite, it is not something the test measures.
 */
#include "imap_conn.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#define STALL_MS 20000          /* a server silent this long is stuck */
#define MAX_CONNS 4
#define ARENA_PER_BYTE 16u      /* tree nodes per message byte, generously */
#define FINDINGS 8

static imap_conn *open_conns[MAX_CONNS];
static size_t n_open;

/* MARK: - Failing */

static void print_log(const char *path)
{
    char line[512];
    FILE *f = path ? fopen(path, "r") : NULL;
    if (!f)
        return;
    fprintf(stderr, "--- server log %s:\n", path);
    while (fgets(line, sizeof line, f))
        fputs(line, stderr);
    fclose(f);
}

void interop_fail(const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "check-interop: FAIL: ");
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    for (size_t i = 0; i < n_open; i++) {
        imap_conn *c = open_conns[i];
        fprintf(stderr, "--- connection %s, last command: %s\n", c->name, c->last_command);
        for (size_t k = 0; k < c->n_resps; k++)
            fprintf(stderr, "    S: %.*s", (int)c->resps[k].len, c->resps[k].bytes);
        if (c->transcript)
            fflush(c->transcript);
        print_log(c->log_path);
        if (c->pid > 0) {
            kill(c->pid, SIGTERM); /* only the servers this driver started */
            waitpid(c->pid, NULL, 0);
            c->pid = -1;
        }
    }
    exit(1);
}

/* MARK: - Bytes */

static void send_all(imap_conn *c, const char *p, size_t n)
{
    while (n) {
        ssize_t k = write(c->fd, p, n);
        if (k < 0 && errno == EINTR)
            continue;
        CHECK(k > 0, "%s: write to the server failed: %s", c->name, strerror(errno));
        p += k;
        n -= (size_t)k;
    }
}

/* More bytes from the server into c->in; 0 at end of stream. */
static size_t receive(imap_conn *c)
{
    struct pollfd p = {c->fd, POLLIN, 0};
    int r;
    while ((r = poll(&p, 1, STALL_MS)) < 0 && errno == EINTR)
        ;
    CHECK(r > 0, "%s: no answer from the server for %d ms", c->name, STALL_MS);
    if (c->in_cap - c->in_len < 4096) {
        c->in_cap = c->in_cap * 2 + 8192;
        c->in = realloc(c->in, c->in_cap);
        CHECK(c->in != NULL, "out of memory");
    }
    ssize_t k;
    while ((k = read(c->fd, c->in + c->in_len, c->in_cap - c->in_len)) < 0 && errno == EINTR)
        ;
    CHECK(k >= 0, "%s: read from the server failed: %s", c->name, strerror(errno));
    c->in_len += (size_t)k;
    return (size_t)k;
}

static void transcript(imap_conn *c, char side, const char *p, size_t n)
{
    /* The bytes as they went over the wire; a literal follows its {n} line,
     * which is how `qresync lint` reads a transcript. */
    fprintf(c->transcript, "%c: ", side);
    fwrite(p, 1, n, c->transcript);
}

static void check_findings(imap_conn *c, int from_client, const qrs_message *m)
{
    qrs_finding found[FINDINGS];
    size_t n = qrs_session_feed(&c->session, from_client, m, found, FINDINGS);
    CHECK(n == 0, "%s: the session checker found [%s] %s at: %.*s", c->name, found[0].rule, found[0].message,
          (int)m->raw.len, m->raw.ptr);
}

/* MARK: - Server messages */

static void clear_resps(imap_conn *c)
{
    for (size_t i = 0; i < c->n_resps; i++) {
        free(c->resps[i].bytes);
        free(c->resps[i].arena_mem);
    }
    c->n_resps = 0;
}

/* The next whole server message, parsed strictly as an RFC 7162 response. */
static const imap_resp *read_message(imap_conn *c)
{
    qrs_frame_status st;
    size_t msg_len = 0;
    uint32_t literal_len;
    for (;;) {
        qrs_code rc = qrs_frame(&c->framer, c->in, c->in_len, &st, &msg_len, &literal_len);
        CHECK(rc == QRS_OK, "%s: framing the server's bytes: %s", c->name, qrs_code_name(rc));
        if (st == QRS_FRAME_MESSAGE)
            break;
        if (st == QRS_FRAME_NEED_MORE)
            CHECK(receive(c) > 0, "%s: the server closed the connection in the middle of a message", c->name);
        /* QRS_FRAME_LITERAL: a server's literal needs no invitation; go on */
    }
    if (c->n_resps == c->cap_resps) {
        c->cap_resps = c->cap_resps * 2 + 16;
        c->resps = realloc(c->resps, c->cap_resps * sizeof *c->resps);
        CHECK(c->resps != NULL, "out of memory");
    }
    imap_resp *r = &c->resps[c->n_resps++];
    r->bytes = malloc(msg_len);
    r->len = msg_len;
    r->arena_mem = malloc(4096 + ARENA_PER_BYTE * msg_len);
    CHECK(r->bytes && r->arena_mem, "out of memory");
    memcpy(r->bytes, c->in, msg_len);
    memmove(c->in, c->in + msg_len, c->in_len - msg_len);
    c->in_len -= msg_len;
    qrs_framer_init(&c->framer, 0);

    qrs_arena_init(&r->arena, r->arena_mem, 4096 + ARENA_PER_BYTE * msg_len);
    qrs_options o;
    memset(&o, 0, sizeof o);
    o.dialect = QRS_DIALECT_RFC7162; /* strict: no leniency */
    o.side = QRS_SIDE_SERVER;
    qrs_error err;
    qrs_code rc = qrs_parse(r->bytes, r->len, &o, &r->arena, &r->msg, &err);
    CHECK(rc == QRS_OK, "%s: strict rfc7162 parse failed: %s at byte %zu (%s): %s in: %.*s", c->name,
          qrs_code_name(rc), err.offset, err.rule, err.message, (int)r->len, r->bytes);
    return r;
}

/* A server message goes into the transcript and through the checker and the tracker. */
static void record(imap_conn *c, const imap_resp *r)
{
    transcript(c, 'S', r->bytes, r->len);
    check_findings(c, 0, r->msg);
    qrs_tracker_feed(&c->tracker, r->msg);
}

static const imap_resp *read_and_record(imap_conn *c)
{
    const imap_resp *r = read_message(c);
    record(c, r);
    return r;
}

/* MARK: - Connections */

void conn_open(imap_conn *c, const char *name, char *const argv[], const char *transcript_path,
               const char *log_path)
{
    int sv[2];
    memset(c, 0, sizeof *c);
    c->name = name;
    c->log_path = log_path;
    snprintf(c->last_command, sizeof c->last_command, "(greeting)");
    CHECK(n_open < MAX_CONNS, "too many connections");
    open_conns[n_open++] = c;
    c->transcript = fopen(transcript_path, "w");
    CHECK(c->transcript != NULL, "cannot write %s: %s", transcript_path, strerror(errno));
    /* close-on-exec: a second server must not hold the first one's socket open */
    CHECK(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) == 0, "socketpair: %s", strerror(errno));
    c->pid = fork();
    CHECK(c->pid >= 0, "fork: %s", strerror(errno));
    if (c->pid == 0) {
        int log = open(log_path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
        if (log < 0 || dup2(sv[1], 0) < 0 || dup2(sv[1], 1) < 0 || dup2(log, 2) < 0)
            _exit(126);
        execv(argv[0], argv); /* dup2 cleared close-on-exec on 0, 1 and 2 only */
        _exit(127);
    }
    close(sv[1]);
    c->fd = sv[0];
    qrs_framer_init(&c->framer, 0);
    qrs_session_init(&c->session, QRS_DIALECT_RFC7162);
    qrs_tracker_init(&c->tracker, QRS_TRACK_RFC7162);
    const imap_resp *greeting = read_and_record(c);
    CHECK(greeting->msg->kind == QRS_RESP_COND && greeting->msg->tag.len == 0, "%s: no untagged greeting",
          c->name);
}

const char *conn_tag(imap_conn *c)
{
    static char tag[32];
    snprintf(tag, sizeof tag, "%s%u", c->name, ++c->tags);
    return tag;
}

void conn_run(imap_conn *c, const char *cmd, size_t len, const char *want_status)
{
    /* The command is parsed strictly as well: the builders' output is what goes on the wire. */
    unsigned char mem[65536];
    qrs_arena arena;
    qrs_options o;
    qrs_error err;
    const qrs_message *m;
    memset(&o, 0, sizeof o);
    o.side = QRS_SIDE_CLIENT;
    qrs_arena_init(&arena, mem, sizeof mem);
    const char *eol = memchr(cmd, '\r', len);
    snprintf(c->last_command, sizeof c->last_command, "%.*s", (int)(eol ? eol - cmd : 0), cmd);
    qrs_code rc = qrs_parse(cmd, len, &o, &arena, &m, &err);
    CHECK(rc == QRS_OK, "%s: built command does not parse strictly: %s at %zu: %s", c->name, qrs_code_name(rc),
          err.offset, c->last_command);
    clear_resps(c);

    /* Send up to each synchronizing literal, then wait for the continuation request. */
    qrs_framer f;
    qrs_frame_status st;
    size_t sent = 0, msg_len = 0, n_cont = 0;
    uint32_t literal_len;
    qrs_framer_init(&f, 0);
    for (;;) {
        rc = qrs_frame(&f, cmd, len, &st, &msg_len, &literal_len);
        CHECK(rc == QRS_OK && st != QRS_FRAME_NEED_MORE, "%s: the framer does not find the end of %s", c->name,
              c->last_command);
        if (st == QRS_FRAME_MESSAGE)
            break;
        send_all(c, cmd + sent, f.pos - sent);
        sent = f.pos;
        const imap_resp *r = read_message(c);
        CHECK(r->msg->kind == QRS_RESP_CONTINUE, "%s: waited for a continuation request, got: %.*s", c->name,
              (int)r->len, r->bytes);
        n_cont++;
    }
    CHECK(msg_len == len, "%s: built command holds more than one message", c->name);
    send_all(c, cmd + sent, len - sent);

    /* The transcript shows the command whole, then the continuation requests it waited for:
     * a transcript reader takes a literal from the lines right after its {n}. */
    transcript(c, 'C', cmd, len);
    check_findings(c, 1, m);
    for (size_t i = 0; i < n_cont; i++)
        record(c, &c->resps[i]);
    for (;;) {
        const imap_resp *r = read_and_record(c);
        if (r->msg->tag.len == m->tag.len && !memcmp(r->msg->tag.ptr, m->tag.ptr, m->tag.len)) {
            CHECK(r->msg->kind == QRS_RESP_COND, "%s: tagged response is not a status response", c->name);
            qrs_slice s = r->msg->u.cond.status;
            CHECK(s.len == strlen(want_status) && !memcmp(s.ptr, want_status, s.len),
                  "%s: %s answered %.*s, expected %s", c->name, c->last_command, (int)r->len, r->bytes,
                  want_status);
            return;
        }
        CHECK(r->msg->tag.len == 0, "%s: a response with another command's tag: %.*s", c->name, (int)r->len,
              r->bytes);
    }
}

void conn_finish(imap_conn *c)
{
    char rest[256];
    ssize_t k;
    while ((k = read(c->fd, rest, sizeof rest)) < 0 && errno == EINTR)
        ;
    CHECK(k == 0, "%s: bytes after LOGOUT's tagged OK", c->name);
    int status = 0;
    CHECK(waitpid(c->pid, &status, 0) == c->pid, "%s: waitpid: %s", c->name, strerror(errno));
    c->pid = -1;
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0, "%s: server exit status %d", c->name, status);
    close(c->fd);
    clear_resps(c);
    free(c->resps);
    free(c->in);
    fclose(c->transcript);
    c->transcript = NULL;
    for (size_t i = 0; i < n_open; i++)
        if (open_conns[i] == c)
            open_conns[i] = open_conns[--n_open];
}

const qrs_message *conn_resp(const imap_conn *c, size_t i)
{
    return i < c->n_resps ? c->resps[i].msg : NULL;
}

const qrs_message *conn_tagged(const imap_conn *c)
{
    return c->n_resps ? c->resps[c->n_resps - 1].msg : NULL;
}
