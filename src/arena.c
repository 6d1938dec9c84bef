/*
 * arena.c - the caller's memory, handed out in aligned pieces.  The parse
 * path allocates nothing else.
 */
#include <string.h>

#include "internal.h"

void qrs_arena_init(qrs_arena *arena, void *buf, size_t cap)
{
    if (!arena)
        return;
    arena->base = buf;
    arena->cap = buf ? cap : 0;
    arena->used = 0;
}

void qrs_arena_reset(qrs_arena *arena)
{
    if (arena)
        arena->used = 0;
}

void *qrs_alloc(qrs_ctx *ctx, size_t size, size_t offset)
{
    qrs_arena *a = ctx->arena;
    const size_t align = sizeof(void *) > sizeof(uint64_t) ? sizeof(void *) : sizeof(uint64_t);
    /* Align the address, not just the offset: the caller's buffer may start anywhere. */
    uintptr_t addr = (uintptr_t)(a->base + a->used);
    size_t pad = (size_t)((align - addr % align) % align);
    if (a->cap - a->used < pad || a->cap - a->used - pad < size) {
        qrs_fail(ctx, QRS_E_ARENA_FULL, offset, "arena", "the arena has no room for another node");
        return NULL;
    }
    void *p = a->base + a->used + pad;
    a->used += pad + size;
    memset(p, 0, size);
    return p;
}

void qrs_clear(void *p, size_t size)
{
    memset(p, 0, size);
}
