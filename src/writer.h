/*
 * writer.h - appending to a caller's buffer snprintf-style: what does not
 * fit is counted, not written, so one pass both sizes and fills.  Shared by
 * the serializer (write.c) and the builders (build.c).  Private.
 */
#ifndef QRS_WRITER_H
#define QRS_WRITER_H

#include "internal.h"

typedef struct qrs_writer {
    char *buf;
    size_t cap, len;
    qrs_arena *scratch; /* sort space (serializer only) */
    qrs_code rc;        /* first problem met while writing */
} qrs_writer;

void qrs_w_put(qrs_writer *w, const char *s, size_t n);
void qrs_w_str(qrs_writer *w, const char *s);
void qrs_w_slice(qrs_writer *w, qrs_slice s);
/* Upper case up to the first "[" (keywords are case-insensitive, RFC 3501
 * section 9 note 1; a section such as HEADER.FIELDS (From) keeps its spelling). */
void qrs_w_upper(qrs_writer *w, qrs_slice s);
void qrs_w_u64(qrs_writer *w, uint64_t v);
/* A normalized range list as sequence-set text. */
void qrs_w_ranges(qrs_writer *w, const qrs_ranges *r);
/* NUL-terminate (when cap > 0), report the length, return the first problem. */
qrs_code qrs_w_finish(qrs_writer *w, size_t *len);

#endif /* QRS_WRITER_H */
