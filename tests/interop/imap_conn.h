/*
 * imap_conn.h - one IMAP connection to a real server process, as the interop
 * driver sees it: a command goes out (its synchronizing literal only after
 * the server's continuation request), and every server message comes back
 * framed by qrs_frame(), parsed strictly, fed to the session checker and the
 * HIGHESTMODSEQ tracker, and written to a "C: "/"S: " transcript.
 */
#ifndef INTEROP_IMAP_CONN_H
#define INTEROP_IMAP_CONN_H

#include <stdio.h>
#include <sys/types.h>

#include "qresync.h"

/* One server message and its syntax tree (own bytes, own arena). */
typedef struct imap_resp {
    char *bytes;
    size_t len;
    unsigned char *arena_mem;
    qrs_arena arena;
    const qrs_message *msg;
} imap_resp;

typedef struct imap_conn {
    const char *name;      /* "A", "B": in messages */
    pid_t pid;
    int fd;                /* our end of the socketpair: the server's stdin and stdout */
    FILE *transcript;
    const char *log_path;  /* where the server's stderr goes */
    char *in;              /* bytes received, not yet a whole message */
    size_t in_len, in_cap;
    qrs_framer framer;
    qrs_session session;
    qrs_tracker tracker;
    imap_resp *resps;      /* the responses to the last command, tagged one last */
    size_t n_resps, cap_resps;
    char last_command[256]; /* its first line, for failure messages */
    unsigned tags;         /* commands sent so far */
} imap_conn;

/* Stop with a message (printf-style); the started servers are ended and their logs printed. */
void interop_fail(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
#define CHECK(cond, ...)                                                                                           \
    do {                                                                                                           \
        if (!(cond))                                                                                               \
            interop_fail(__VA_ARGS__);                                                                             \
    } while (0)

/* Start argv[0] with argv as the server of connection c, its stderr appended to log_path,
 * and read its greeting (in c->resps[0]). */
void conn_open(imap_conn *c, const char *name, char *const argv[], const char *transcript_path,
               const char *log_path);
/* The next tag of c ("A1", "A2", ...), valid until the next call. */
const char *conn_tag(imap_conn *c);
/* Send one command built by the library, then read every response up to its
 * tagged one; fails unless the tagged status is want_status ("OK", "NO", "BAD"). */
void conn_run(imap_conn *c, const char *cmd, size_t len, const char *want_status);
/* After LOGOUT: the server must close the connection and exit with status 0. */
void conn_finish(imap_conn *c);

/* The n-th response to the last command, 0-based; the tagged one is conn_tagged(). */
const qrs_message *conn_resp(const imap_conn *c, size_t i);
const qrs_message *conn_tagged(const imap_conn *c);

#endif /* INTEROP_IMAP_CONN_H */
