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
#include <stdio.h>
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

/* MARK: - the vector files of tests/vectors (format 1, tests/vectors/README.md) */

#define VEC_DIR QRS_SOURCE_DIR "/tests/vectors/"
#define VEC_PATH VEC_DIR "rfc-examples.vec"

typedef struct vec {
    char source[160];
    qrs_dialect dialect;
    int client;
    uint32_t lenient;       /* QRS_LENIENT_* bits */
    char verdict[48];       /* "ok" or CODE@OFFSET */
    char rule[48];          /* "-" when ok */
    char canonical[8192];   /* unescaped; "=" and "-" kept as written */
    size_t canonical_len;
    char line[8192];        /* the input, unescaped, with its CRLF */
    size_t len;
    unsigned lineno;
} vec;

/* Undo the escapes \\ \r \n \t \xHH into out; returns the length. */
static inline size_t vec_unescape(const char *s, char *out, size_t cap)
{
    size_t n = 0;
    while (*s && n + 1 < cap) {
        if (s[0] == '\\' && s[1]) {
            char c = s[1];
            if (c == 'x' && s[2] && s[3]) {
                char hex[3] = {s[2], s[3], 0};
                out[n++] = (char)strtol(hex, NULL, 16);
                s += 4;
                continue;
            }
            out[n++] = c == 'r' ? '\r' : c == 'n' ? '\n' : c == 't' ? '\t' : c;
            s += 2;
            continue;
        }
        out[n++] = *s++;
    }
    out[n] = 0;
    return n;
}

/* The next case of a vector file, or 0 at its end. */
static inline int read_vec(FILE *f, const char *path, vec *v, unsigned *lineno)
{
    static char buf[16384];
    while (fgets(buf, sizeof buf, f)) {
        ++*lineno;
        if (buf[0] == '#' || buf[0] == '\n')
            continue;
        char *fields[8];
        char *p = buf;
        for (int i = 0; i < 8; i++) {
            fields[i] = p;
            p = i < 7 ? strchr(p, '\t') : strchr(p, '\n');
            cr_assert(p, "%s:%u: malformed vector line", path, *lineno);
            *p++ = 0;
        }
        snprintf(v->source, sizeof v->source, "%s", fields[0]);
        cr_assert(!strcmp(fields[1], "draft03") || !strcmp(fields[1], "rfc5162") || !strcmp(fields[1], "rfc7162"),
                  "%s:%u: unknown dialect %s", path, *lineno, fields[1]);
        v->dialect = !strcmp(fields[1], "draft03")   ? QRS_DIALECT_DRAFT03
                     : !strcmp(fields[1], "rfc5162") ? QRS_DIALECT_RFC5162
                                                     : QRS_DIALECT_RFC7162;
        v->client = fields[2][0] == 'C';
        v->lenient = 0;
        if (strcmp(fields[3], "-") != 0) {
            for (const char *q = fields[3]; *q;) {
                size_t k = strcspn(q, ",");
                uint32_t bit = qrs_lenient_from_name(q, k);
                cr_assert(bit, "%s:%u: unknown leniency %s", path, *lineno, fields[3]);
                v->lenient |= bit;
                q += k + (q[k] == ',');
            }
        }
        snprintf(v->verdict, sizeof v->verdict, "%s", fields[4]);
        snprintf(v->rule, sizeof v->rule, "%s", fields[5]);
        v->canonical_len = vec_unescape(fields[6], v->canonical, sizeof v->canonical);
        v->len = vec_unescape(fields[7], v->line, sizeof v->line - 2);
        v->line[v->len++] = '\r';
        v->line[v->len++] = '\n';
        v->line[v->len] = 0;
        v->lineno = *lineno;
        return 1;
    }
    return 0;
}

#endif /* QRS_TEST_SUPPORT_H */
