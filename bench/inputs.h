/*
 * inputs.h - the benchmark's inputs, generated in memory from a fixed seed,
 * each with the checksum every implementation must reproduce.
 */
#ifndef BENCH_INPUTS_H
#define BENCH_INPUTS_H

#include <stddef.h>
#include <stdint.h>

/* What one input holds, which decides how each implementation reads it. */
typedef enum bench_kind {
    BENCH_SET = 0,      /* a bare sequence-set, NUL after it (Dovecot wants a C string) */
    BENCH_VANISHED,     /* "* VANISHED (EARLIER) set\r\n" */
    BENCH_SELECT,       /* "tag SELECT box (QRESYNC (v m known-uids (seqs uids)))\r\n" */
    BENCH_SHORT_OK,     /* "* OK [HIGHESTMODSEQ n] text\r\n" */
    BENCH_SHORT_FETCH,  /* "* n FETCH (UID u MODSEQ (m))\r\n" */
    BENCH_WRITE         /* serializer: the set of the input named in `source`, written as a VANISHED line */
} bench_kind;

/* The same two numbers from every implementation: how many set elements (or
 * numbers, for short lines) it read, and the sum of their bounds (first + last
 * of each element; for short lines the numbers themselves; for SELECT also
 * UIDVALIDITY and the mod-sequence).  The generator knows them by construction. */
typedef struct bench_sum {
    uint64_t elements;
    uint64_t bounds;
} bench_sum;

typedef struct bench_input {
    const char *name;
    const char *group;   /* "long", "short", "desc", "adv", "write": which targets the row feeds */
    bench_kind kind;
    char *text;          /* every line, one after the other (NUL after the last) */
    size_t len;          /* bytes of text */
    size_t bytes;        /* bytes the implementations read (text without the NULs between bare sets) */
    size_t *line_off;    /* n_lines + 1 offsets into text */
    size_t n_lines;
    uint32_t *pairs;     /* BENCH_SET / BENCH_VANISHED / BENCH_WRITE: the elements as written, first,last pairs */
    size_t n_pairs;
    bench_sum expect;    /* per pass over all lines */
} bench_input;

/* Build every input, or only the one named only (and what it is made from)
 * when only is not NULL; always the same bytes (each input's seed comes from
 * its name).  Returns how many. */
size_t bench_inputs_make(bench_input **out, const char *only);
void bench_inputs_free(bench_input *in, size_t n);

#endif
