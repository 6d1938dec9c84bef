/*
 * impl.h - what the harness asks of each implementation it measures.  An
 * implementation prepares per-input state outside the timed region, then runs
 * whole passes over an input's lines, adding what it read to a bench_sum.
 */
#ifndef BENCH_IMPL_H
#define BENCH_IMPL_H

#include "inputs.h"

typedef struct bench_impl {
    const char *name;
    /* NULL when the implementation can run here; otherwise why it cannot (e.g. a missing package). */
    const char *(*unavailable)(void);
    /* 1 when the implementation has a parser (or writer) for this kind of input. */
    int (*supports)(bench_kind kind);
    /* Per-input state, made before timing; NULL on failure (reported by the harness). */
    void *(*prepare)(const bench_input *in);
    /* One pass over every line of the input.  Parsers add to *sum; writers
     * leave their output in *out / *out_len.  Returns 0 when a line was refused. */
    int (*run)(void *state, const bench_input *in, bench_sum *sum, const char **out, size_t *out_len);
    void (*release)(void *state);
    /* Memory outside the heap that the parses used at most (this library's
     * arena); NULL when the implementation has none to report. */
    size_t (*working_memory)(void *state);
} bench_impl;

extern const bench_impl bench_impl_qresync, bench_impl_dovecot, bench_impl_etpan, bench_impl_digits;

#endif
