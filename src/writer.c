/*
 * writer.c - see writer.h.
 */
#include <string.h>

#include "writer.h"

void qrs_w_put(qrs_writer *w, const char *s, size_t n)
{
    if (w->len < w->cap)
        memcpy(w->buf + w->len, s, w->len + n <= w->cap ? n : w->cap - w->len);
    w->len += n;
}

void qrs_w_str(qrs_writer *w, const char *s)
{
    qrs_w_put(w, s, strlen(s));
}

void qrs_w_slice(qrs_writer *w, qrs_slice s)
{
    qrs_w_put(w, s.ptr, s.len);
}

void qrs_w_upper(qrs_writer *w, qrs_slice s)
{
    size_t i = 0;
    for (; i < s.len && s.ptr[i] != '['; i++) {
        char c = s.ptr[i];
        if (c >= 'a' && c <= 'z')
            c = (char)(c - 'a' + 'A');
        qrs_w_put(w, &c, 1);
    }
    qrs_w_put(w, s.ptr + i, s.len - i);
}

void qrs_w_u64(qrs_writer *w, uint64_t v)
{
    char tmp[20];
    size_t n = 0;
    do {
        tmp[sizeof tmp - ++n] = (char)('0' + v % 10u);
        v /= 10u;
    } while (v);
    qrs_w_put(w, tmp + sizeof tmp - n, n);
}

void qrs_w_ranges(qrs_writer *w, const qrs_ranges *r)
{
    int room = w->len < w->cap;
    w->len += qrs_ranges_format(r, room ? w->buf + w->len : NULL, room ? w->cap - w->len : 0);
}

qrs_code qrs_w_finish(qrs_writer *w, size_t *len)
{
    if (w->cap)
        w->buf[w->len < w->cap ? w->len : w->cap - 1] = 0;
    *len = w->len;
    return w->rc;
}
