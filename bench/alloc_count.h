/*
 * alloc_count.h - a malloc counter: every malloc, calloc and realloc made by
 * any code in the process (the peers' shared libraries included) goes through
 * alloc_count.c, which counts the calls and the live heap bytes.
 */
#ifndef BENCH_ALLOC_COUNT_H
#define BENCH_ALLOC_COUNT_H

#include <stddef.h>
#include <stdint.h>

typedef struct alloc_stats {
    uint64_t calls;      /* malloc + calloc + realloc + aligned allocations */
    size_t live, peak;   /* heap bytes in use now, and the most since the last alloc_peak_reset */
} alloc_stats;

void alloc_stats_get(alloc_stats *out);
/* Start a new high-water mark from the bytes in use now. */
void alloc_peak_reset(void);

#endif
