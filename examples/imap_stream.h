/*
 * imap_stream.h - whole IMAP messages from a file descriptor, and writes
 * that are traced.  Shared by the two examples; it shows how qrs_frame()
 * cuts a byte stream into what qrs_parse() takes.
 */
#ifndef IMAP_STREAM_H
#define IMAP_STREAM_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "qresync.h"

/* One direction of a connection: the bytes read so far, and a framer that
 * knows how far into them it has looked. */
typedef struct imap_stream {
    int fd;
    char *buf;
    size_t len, cap;
    size_t consumed; /* length of the message returned last; dropped at the next call */
    qrs_framer framer;
} imap_stream;

typedef enum imap_next {
    IMAP_MESSAGE, /* *msg, *len: one complete message, CRLF and literals included */
    IMAP_LITERAL, /* a synchronizing literal was announced: a server sends "+ ..." now, then calls again */
    IMAP_EOF,     /* the peer closed the connection between messages */
    IMAP_ERROR    /* read error, a message cut off by EOF, or a message too long (message says which) */
} imap_next;

void imap_stream_init(imap_stream *s, int fd, size_t max_message);
void imap_stream_free(imap_stream *s);
/* The next message; it stays valid until the next call. */
imap_next imap_stream_next(imap_stream *s, const char **msg, size_t *len, const char **error);

/* Write all of buf to fd; 0 on success.  When trace is not NULL, first copy
 * the bytes there after who ("C: " or "S: "), the form `qresync lint` reads. */
int imap_send(int fd, FILE *trace, const char *who, const char *buf, size_t len);
/* Copy a received message to trace (when not NULL) after who. */
void imap_trace(FILE *trace, const char *who, const char *msg, size_t len);

#endif
