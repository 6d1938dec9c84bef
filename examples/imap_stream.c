/*
 * imap_stream.c - read whole IMAP messages with qrs_frame().
 *
 * An IMAP message is a line ending in CRLF, unless that line ends in a
 * literal "{n}" (RFC 3501 section 4.3) or "{n+}" (RFC 7888): then n bytes of
 * anything follow and the message goes on.  qrs_frame() finds the end; we
 * only keep the bytes and read more when it asks for more.
 */
#define _POSIX_C_SOURCE 200809L
#include "imap_stream.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void imap_stream_init(imap_stream *s, int fd, size_t max_message)
{
    memset(s, 0, sizeof *s);
    s->fd = fd;
    qrs_framer_init(&s->framer, max_message);
}

void imap_stream_free(imap_stream *s)
{
    free(s->buf);
    s->buf = NULL;
    s->len = s->cap = 0;
}

imap_next imap_stream_next(imap_stream *s, const char **msg, size_t *len, const char **error)
{
    /* Drop the message handed out last time; the framer starts afresh on
     * the bytes that came after it. */
    if (s->consumed) {
        memmove(s->buf, s->buf + s->consumed, s->len - s->consumed);
        s->len -= s->consumed;
        s->consumed = 0;
        qrs_framer_init(&s->framer, s->framer.max_len);
    }
    for (;;) {
        qrs_frame_status status;
        size_t msg_len = 0;
        uint32_t literal_len = 0;
        qrs_code rc = qrs_frame(&s->framer, s->buf, s->len, &status, &msg_len, &literal_len);
        if (rc != QRS_OK) {
            *error = rc == QRS_E_TOO_LONG ? "message too long" : "literal length out of range";
            return IMAP_ERROR;
        }
        if (status == QRS_FRAME_MESSAGE) {
            s->consumed = msg_len;
            *msg = s->buf;
            *len = msg_len;
            return IMAP_MESSAGE;
        }
        if (status == QRS_FRAME_LITERAL)
            return IMAP_LITERAL; /* the framer has moved past "{n}CRLF": the next call goes on from there */
        if (s->len == s->cap) {
            size_t cap = s->cap ? s->cap * 2 : 4096;
            char *grown = realloc(s->buf, cap);
            if (!grown) {
                *error = "out of memory";
                return IMAP_ERROR;
            }
            s->buf = grown;
            s->cap = cap;
        }
        ssize_t got = read(s->fd, s->buf + s->len, s->cap - s->len);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            *error = strerror(errno);
            return IMAP_ERROR;
        }
        if (got == 0) {
            *error = "connection closed inside a message";
            return s->len ? IMAP_ERROR : IMAP_EOF;
        }
        s->len += (size_t)got;
    }
}

void imap_trace(FILE *trace, const char *who, const char *msg, size_t len)
{
    if (trace) {
        fputs(who, trace);
        fwrite(msg, 1, len, trace);
        fflush(trace);
    }
}

int imap_send(int fd, FILE *trace, const char *who, const char *buf, size_t len)
{
    imap_trace(trace, who, buf, len);
    while (len) {
        ssize_t put = write(fd, buf, len);
        if (put < 0 && errno == EINTR)
            continue;
        if (put <= 0)
            return -1;
        buf += put;
        len -= (size_t)put;
    }
    return 0;
}
