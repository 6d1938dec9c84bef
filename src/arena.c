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

#define NODE_ALIGN (sizeof(void *) > sizeof(uint64_t) ? sizeof(void *) : sizeof(uint64_t))

static size_t max_size(size_t a, size_t b)
{
    return a > b ? a : b;
}

/* The message node and a response text once per parse; then every node of a
 * list (a parameter, a FETCH item, a word, a status attribute, a MODSEQ
 * search key) is an element followed by or following a separator, two input
 * bytes at least.  Each allocation may lose up to NODE_ALIGN - 1 bytes to
 * alignment. */
size_t qrs_arena_bound(size_t len)
{
    size_t largest = max_size(max_size(sizeof(qrs_param), sizeof(qrs_item)),
                              max_size(max_size(sizeof(qrs_word), sizeof(qrs_status_att)),
                                       max_size(sizeof(qrs_search_modseq), sizeof(qrs_resp_text))));
    size_t fixed = 2 * (sizeof(qrs_message) + sizeof(qrs_resp_text) + NODE_ALIGN);
    size_t per_two_bytes = largest + NODE_ALIGN;
    size_t pairs = len / 2 + 1;
    if (pairs > (SIZE_MAX - fixed) / per_two_bytes)
        return SIZE_MAX;
    return fixed + pairs * per_two_bytes;
}

void *qrs_alloc(qrs_ctx *ctx, size_t size, size_t offset)
{
    qrs_arena *a = ctx->arena;
    const size_t align = NODE_ALIGN;
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
