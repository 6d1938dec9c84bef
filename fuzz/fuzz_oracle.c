/*
 * fuzz_oracle.c - libFuzzer target: the parser against the ABNF oracle
 * (src/oracle/) on any bytes, the differential test of tests/oracle/ driven
 * by coverage instead of by mutation of generated strings.  The first byte
 * chooses the dialect and the rule (a start rule or a fragment rule); the
 * rest is the input.  A verdict the two do not share aborts, so the input is
 * kept as a crash.  Inputs are capped at 512 bytes: the oracle's memory grows
 * with rules times length.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "oracle/abnf.h"
#include "qresync.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static unsigned char arena_buf[1 << 20];

static qrs_abnf *grammars[3];

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 513)
        return 0;
    static const qrs_dialect dialects[3] = {QRS_DIALECT_RFC7162, QRS_DIALECT_RFC5162, QRS_DIALECT_DRAFT03};
    size_t n_targets;
    const qrs_abnf_target *targets = qrs_abnf_targets(&n_targets);
    unsigned di = (unsigned)(data[0] >> 6) % 3u;
    const qrs_abnf_target *t = &targets[(data[0] & 0x3fu) % n_targets];
    qrs_dialect d = dialects[di];
    if (!grammars[di]) {
        char err[256];
        grammars[di] = qrs_abnf_load_dialect(d, err, sizeof err);
        if (!grammars[di])
            abort();
    }
    int r = qrs_abnf_rule(grammars[di], t->rule);
    if (r < 0)
        return 0; /* a rule this dialect does not have */

    size_t len = size - 1;
    char *in = malloc(len ? len : 1); /* exact size, so ASan sees any read past the end */
    if (!in)
        return 0;
    memcpy(in, data + 1, len);
    int oracle = qrs_abnf_match(grammars[di], r, in, len);

    qrs_error err;
    int parser = qrs_abnf_parser_accepts(t, d, in, len, arena_buf, sizeof arena_buf, &err);
    free(in);
    /* An oracle that gave up, or a parser stopped by a limit, gave no verdict. */
    if (oracle < 0 || parser < 0)
        return 0;
    if (oracle != parser)
        abort();
    return 0;
}
