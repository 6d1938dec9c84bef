/*
 * agree.h - the check that the library's parser shortcut agrees with its
 * parser (bench/agree.c); run by qrs-bench --check.
 */
#ifndef BENCH_AGREE_H
#define BENCH_AGREE_H

#include "inputs.h"

/* Number of lines or sets on which the two disagree (each one printed). */
int bench_agree(const bench_input *in, size_t n);

#endif
