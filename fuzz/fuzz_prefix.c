/*
 * fuzz_prefix.c - libFuzzer target: every proper prefix of a message that
 * qrs_parse() accepts is an incomplete message.
 *
 * qresync.h defines QRS_E_INCOMPLETE as "input ends inside a literal, or
 * before the CRLF".  A message ends with its one CRLF outside literals, so
 * a proper prefix always stops before it, and a reader of a stream must be
 * able to tell "wait for more bytes" from "this can never become a
 * message": every proper prefix, the empty one included, must give
 * QRS_E_INCOMPLETE, never a syntax or range error, whatever token it cuts.
 * The prefixes are parsed with the options the whole message was parsed
 * with, except that QRS_SIDE_AUTO is replaced by the side the whole message
 * turned out to be: the side guess looks at the first words, and a cut
 * word ("a1 O") may guess otherwise, which is a question about the guess,
 * not about incompleteness.
 *
 * Each prefix is copied to the end of one exact-size block, so that ASan
 * sees any read past it.
 *
 * Input layout, as fuzz_parse's (so its corpus serves here too):
 *   byte 0     dialect (b % 3), side ((b >> 2) % 3), bit 7: leniency applies
 *   byte 1     leniency flags (b & QRS_LENIENT_ALL) when bit 7 of byte 0 is set
 *   the rest   the message
 *
 * Built with -DFUZZ_PREFIX_REPORT (for instance through fuzz/replay_main.c
 * over a corpus), the target prints each failing prefix on standard error,
 * as "code rule: message<TAB>prefix<TAB>whole message" with CR and LF
 * written as \r and \n, and goes on instead of aborting.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "qresync.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static unsigned char arena_buf[1 << 20];

#ifdef FUZZ_PREFIX_REPORT
static void put_escaped(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\r')
            fputs("\\r", stderr);
        else if (c == '\n')
            fputs("\\n", stderr);
        else if (c == '\t')
            fputs("\\t", stderr);
        else if (c < 0x20 || c >= 0x7f)
            fprintf(stderr, "\\x%02x", c);
        else
            fputc(c, stderr);
    }
}
#endif

static void prefix_fails(const qrs_error *err, const char *msg, size_t len, size_t k)
{
#ifdef FUZZ_PREFIX_REPORT
    fprintf(stderr, "%s %s: %s\t", qrs_code_name(err->code), err->rule, err->message);
    put_escaped(msg, k);
    fputc('\t', stderr);
    put_escaped(msg, len);
    fputc('\n', stderr);
#else
    fprintf(stderr, "fuzz_prefix: the first %zu of %zu bytes give %s (%s: %s at %zu), not incomplete\n", k, len,
            qrs_code_name(err->code), err->rule, err->message, err->offset);
    (void)msg;
    abort();
#endif
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    qrs_options o;
    memset(&o, 0, sizeof o);
    o.dialect = (qrs_dialect)(data[0] % 3);
    o.side = (qrs_side)((data[0] >> 2) % 3);
    o.lenient = (data[0] & 0x80) ? data[1] & QRS_LENIENT_ALL : 0;
    size_t len = size - 2;
    const char *msg = (const char *)data + 2;

    qrs_arena a;
    const qrs_message *m;
    qrs_error err;
    qrs_arena_init(&a, arena_buf, sizeof arena_buf);
    if (qrs_parse(msg, len, &o, &a, &m, &err) != QRS_OK)
        return 0;
    if (o.side == QRS_SIDE_AUTO)
        o.side = m->kind >= QRS_RESP_COND ? QRS_SIDE_SERVER : QRS_SIDE_CLIENT; /* qrs_kind: responses last */

    char *block = malloc(len);
    if (!block)
        return 0;
    for (size_t k = 0; k < len; k++) {
        char *p = block + (len - k);
        memcpy(p, msg, k);
        qrs_arena_reset(&a);
        qrs_code rc = qrs_parse(k ? p : NULL, k, &o, &a, &m, &err);
        if (rc != QRS_E_INCOMPLETE)
            prefix_fails(&err, msg, len, k);
    }
    free(block);
    return 0;
}
