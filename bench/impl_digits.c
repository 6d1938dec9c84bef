/*
 * impl_digits.c - the limit: a plain loop that only turns runs of digits into
 * numbers and notes the separators (':' joins a range, anything else ends an
 * element).  It checks nothing: no syntax, no overflow, no leading zeros.
 * Every byte of the line goes through it, the keywords of a VANISHED line
 * included, as they do through a parser.
 */
#include "impl.h"

#include <stddef.h>

static const char *digits_unavailable(void)
{
    return NULL;
}

/* SELECT lines and writing are not what it models. */
static int digits_supports(bench_kind kind)
{
    return kind == BENCH_SET || kind == BENCH_VANISHED || kind == BENCH_SHORT_OK || kind == BENCH_SHORT_FETCH;
}

static int digits_no_state; /* the loop keeps no state; prepare hands out this address */

static void *digits_prepare(const bench_input *in)
{
    (void)in;
    return &digits_no_state;
}

static void digits_release(void *state)
{
    (void)state;
}

static int digits_run(void *state, const bench_input *in, bench_sum *sum, const char **out, size_t *out_len)
{
    (void)state, (void)out, (void)out_len;
    const unsigned char *p = (const unsigned char *)in->text, *end = p + in->len;
    uint64_t value = 0, first = 0, elements = 0, bounds = 0;
    int in_number = 0, in_range = 0;
    for (; p < end; p++) {
        unsigned d = (unsigned)*p - '0';
        if (d < 10) {
            value = value * 10 + d;
            in_number = 1;
        } else if (*p == ':' && in_number) {
            first = value;
            in_range = 1;
            value = 0;
            in_number = 0;
        } else {
            if (in_number) {
                elements++;
                bounds += in_range ? first + value : 2 * value;
            }
            value = 0;
            in_number = in_range = 0;
        }
    }
    if (in->kind == BENCH_SHORT_OK || in->kind == BENCH_SHORT_FETCH)
        bounds /= 2; /* plain numbers, not elements: each counted once */
    sum->elements += elements;
    sum->bounds += bounds;
    return 1;
}

const bench_impl bench_impl_digits = {"digit-loop", digits_unavailable, digits_supports, digits_prepare,
                                      digits_run, digits_release, 0};
