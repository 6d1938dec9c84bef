/*
 * frame.c - message boundaries in a byte stream (RFC 3501 section 4.3:
 * literals; RFC 7888: {n+}).  Each byte is looked at once however the
 * stream is cut into reads, so the result does not depend on the cuts.
 */
#include <string.h>

#include "internal.h"

void qrs_framer_init(qrs_framer *f, size_t max_len)
{
    f->pos = 0;
    f->literal = 0;
    f->line_start = 0;
    f->max_len = max_len ? max_len : QRS_DEFAULT_MAX_MESSAGE_LEN;
}

/* start is where the line begins, the end of the previous literal's data
 * when there was one: literal data is never read as an announcement, so
 * "{4}CRLF{12}CRLF" announces 4 bytes, not 12. */
int qrs_literal_announced(const char *buf, size_t start, size_t cr, uint64_t *n, int *sync)
{
    size_t i = cr, digits = 0;
    if (i == start || buf[--i] != '}')
        return 0;
    *sync = 1;
    if (i > start && buf[i - 1] == '+') {
        *sync = 0;
        i--;
    }
    while (i > start && buf[i - 1] >= '0' && buf[i - 1] <= '9') {
        i--;
        digits++;
    }
    if (!digits || i == start || buf[i - 1] != '{')
        return 0;
    *n = 0;
    for (size_t k = i; k < i + digits; k++) {
        *n = *n * 10u + (uint64_t)(buf[k] - '0');
        if (*n > UINT32_MAX)
            return 2;
    }
    return 1;
}

qrs_code qrs_frame(qrs_framer *f, const char *buf, size_t len, qrs_frame_status *status, size_t *msg_len,
                   uint32_t *literal_len)
{
    if (!f || (!buf && len) || !status || !msg_len || !literal_len || len < f->pos)
        return QRS_E_INVALID_ARGUMENT;
    *status = QRS_FRAME_NEED_MORE;
    for (;;) {
        if (f->literal) {
            size_t take = len - f->pos < f->literal ? len - f->pos : (size_t)f->literal;
            f->pos += take;
            f->literal -= take;
            if (f->literal)
                break;
            f->line_start = f->pos;
        }
        /* the next CRLF: a LF whose byte before is CR (a bare LF is line
         * content), that CR on this line, not the last byte of a literal */
        const char *lf = f->pos < len ? memchr(buf + f->pos, '\n', len - f->pos) : NULL;
        while (lf && (lf <= buf + f->line_start || lf[-1] != '\r'))
            lf = (size_t)(lf + 1 - buf) < len ? memchr(lf + 1, '\n', len - (size_t)(lf + 1 - buf)) : NULL;
        if (!lf) {
            f->pos = len;
            break;
        }
        size_t end = (size_t)(lf - buf) + 1;
        uint64_t n;
        int sync, lit = qrs_literal_announced(buf, f->line_start, end - 2, &n, &sync);
        if (lit == 2)
            return QRS_E_NUMBER_RANGE;
        f->pos = end;
        if (end > f->max_len)
            return QRS_E_TOO_LONG;
        if (!lit) {
            *status = QRS_FRAME_MESSAGE;
            *msg_len = end;
            return QRS_OK;
        }
        f->literal = n;
        f->line_start = end; /* also for {0}, whose data is empty */
        /* refuse an oversized literal before the server invites it */
        if (f->pos + f->literal > f->max_len)
            return QRS_E_TOO_LONG;
        if (sync) {
            *status = QRS_FRAME_LITERAL;
            *literal_len = (uint32_t)n;
            return QRS_OK;
        }
    }
    return f->pos + f->literal > f->max_len ? QRS_E_TOO_LONG : QRS_OK;
}
