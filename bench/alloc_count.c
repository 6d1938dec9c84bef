/*
 * alloc_count.c - interposes the C allocator for the whole process.  The
 * executable's definitions of malloc and friends come first in symbol lookup,
 * so calls from libdovecot and libetpan land here too.  They forward to
 * glibc's own entry points (__libc_malloc and friends, glibc-specific: the
 * benchmark targets Debian) and keep counts.  Single-threaded by design: the
 * harness never runs two implementations at once.
 */
#define _GNU_SOURCE
#include "alloc_count.h"

#include <malloc.h>
#include <stdlib.h>

void *__libc_malloc(size_t size);
void *__libc_calloc(size_t n, size_t size);
void *__libc_realloc(void *p, size_t size);
void *__libc_memalign(size_t align, size_t size);
void __libc_free(void *p);

static alloc_stats stats;

static void note_alloc(void *p)
{
    if (!p)
        return;
    stats.live += malloc_usable_size(p);
    if (stats.live > stats.peak)
        stats.peak = stats.live;
}

static void note_free(void *p)
{
    if (p)
        stats.live -= malloc_usable_size(p);
}

void *malloc(size_t size)
{
    void *p = __libc_malloc(size);
    stats.calls++;
    note_alloc(p);
    return p;
}

void *calloc(size_t n, size_t size)
{
    void *p = __libc_calloc(n, size);
    stats.calls++;
    note_alloc(p);
    return p;
}

void *realloc(void *old, size_t size)
{
    note_free(old);
    void *p = __libc_realloc(old, size);
    stats.calls++;
    if (p)
        note_alloc(p);
    else if (old && size) /* a failed realloc leaves the old block in place */
        note_alloc(old);
    return p;
}

void free(void *p)
{
    note_free(p);
    __libc_free(p);
}

int posix_memalign(void **out, size_t align, size_t size)
{
    void *p = __libc_memalign(align, size);
    stats.calls++;
    if (!p)
        return 12; /* ENOMEM */
    note_alloc(p);
    *out = p;
    return 0;
}

void *aligned_alloc(size_t align, size_t size)
{
    void *p = __libc_memalign(align, size);
    stats.calls++;
    note_alloc(p);
    return p;
}

void *memalign(size_t align, size_t size)
{
    return aligned_alloc(align, size);
}

void alloc_stats_get(alloc_stats *out)
{
    *out = stats;
}

void alloc_peak_reset(void)
{
    stats.peak = stats.live;
}
