/*
 * support.h - shared helpers for the Criterion tests.
 *
 * guarded_copy() places the input flush against a PROT_NONE page, so a read
 * one byte past the end faults (picohttpparser's technique); every parse in
 * the tests goes through it.
 */
#ifndef QRS_TEST_SUPPORT_H
#define QRS_TEST_SUPPORT_H

#include <criterion/criterion.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "qresync.h"

typedef struct guarded {
    char *map;
    size_t map_len;
    const char *data; /* the input, ending exactly at the protected page */
    size_t len;
} guarded;

static inline guarded guarded_copy(const char *s, size_t len)
{
    guarded g;
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    size_t pages = (len + page - 1) / page + 1;
    g.map_len = pages * page;
    g.map = mmap(NULL, g.map_len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    cr_assert(g.map != MAP_FAILED, "mmap failed");
    cr_assert(mprotect(g.map + (pages - 1) * page, page, PROT_NONE) == 0, "mprotect failed");
    char *start = g.map + (pages - 1) * page - len;
    if (len)
        memcpy(start, s, len);
    /* read-only as well: the parser must never write to its input */
    cr_assert(mprotect(g.map, (pages - 1) * page, PROT_READ) == 0 || len == 0, "mprotect failed");
    g.data = start;
    g.len = len;
    return g;
}

static inline void guarded_free(guarded *g)
{
    munmap(g->map, g->map_len);
}

/* One parse of a NUL-terminated message (CRLF included by the caller) with a
 * fresh arena; the message is copied flush against a guard page. */
typedef struct parsed {
    guarded in;
    unsigned char arena_buf[1 << 16];
    qrs_arena arena;
    const qrs_message *msg;
    qrs_error err;
    qrs_code rc;
} parsed;

static inline void parse_with(parsed *p, const char *s, size_t len, const qrs_options *opts)
{
    p->in = guarded_copy(s, len);
    qrs_arena_init(&p->arena, p->arena_buf, sizeof p->arena_buf);
    memset(&p->err, 0xff, sizeof p->err); /* poisoned: every field must be written */
    p->rc = qrs_parse(p->in.data, p->in.len, opts, &p->arena, &p->msg, &p->err);
}

static inline qrs_options opts_of(qrs_dialect d, uint32_t lenient)
{
    qrs_options o;
    memset(&o, 0, sizeof o);
    o.dialect = d;
    o.lenient = lenient;
    return o;
}

static inline int slice_eq(qrs_slice s, const char *lit)
{
    return s.len == strlen(lit) && memcmp(s.ptr, lit, s.len) == 0;
}

#endif /* QRS_TEST_SUPPORT_H */
