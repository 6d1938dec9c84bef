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

typedef struct target {
    const char *rule;
    int fragment; /* qrs_rule, or -1 for a whole message */
    qrs_side side;
} target;

static const target targets[] = {
    {"client-line", -1, QRS_SIDE_CLIENT},
    {"server-line", -1, QRS_SIDE_SERVER},
    {"sequence-set", QRS_RULE_SEQUENCE_SET, QRS_SIDE_AUTO},
    {"known-uids", QRS_RULE_KNOWN_UIDS, QRS_SIDE_AUTO},
    {"seq-match-data", QRS_RULE_SEQ_MATCH_DATA, QRS_SIDE_AUTO},
    {"select-param", QRS_RULE_SELECT_PARAM, QRS_SIDE_AUTO},
    {"fetch-modifier", QRS_RULE_FETCH_MODIFIER, QRS_SIDE_AUTO},
    {"store-modifier", QRS_RULE_STORE_MODIFIER, QRS_SIDE_AUTO},
    {"expunged-resp", QRS_RULE_EXPUNGED_RESP, QRS_SIDE_AUTO},
    {"mod-sequence-value", QRS_RULE_MOD_SEQUENCE_VALUE, QRS_SIDE_AUTO},
    {"mod-sequence-valzer", QRS_RULE_MOD_SEQUENCE_VALZER, QRS_SIDE_AUTO},
    {"search-modsequence", QRS_RULE_SEARCH_MODSEQUENCE, QRS_SIDE_AUTO},
    {"resp-text-code", QRS_RULE_RESP_TEXT_CODE, QRS_SIDE_AUTO},
    {"fetch-mod-resp", QRS_RULE_FETCH_MOD_RESP, QRS_SIDE_AUTO},
    {"status-att-val", QRS_RULE_STATUS_ATT_VAL, QRS_SIDE_AUTO},
};
#define N_TARGETS (sizeof targets / sizeof targets[0])

static qrs_abnf *grammars[3];

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 513)
        return 0;
    static const qrs_dialect dialects[3] = {QRS_DIALECT_RFC7162, QRS_DIALECT_RFC5162, QRS_DIALECT_DRAFT03};
    unsigned di = (unsigned)(data[0] >> 6) % 3u;
    const target *t = &targets[(data[0] & 0x3fu) % N_TARGETS];
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

    qrs_options o;
    memset(&o, 0, sizeof o);
    o.dialect = d;
    o.side = t->side;
    o.max_depth = QRS_MAX_DEPTH_LIMIT;
    qrs_arena arena;
    qrs_arena_init(&arena, arena_buf, sizeof arena_buf);
    qrs_error err;
    qrs_code rc;
    if (t->fragment < 0) {
        const qrs_message *msg;
        rc = qrs_parse(in, len, &o, &arena, &msg, &err);
    } else {
        qrs_fragment frag;
        rc = qrs_parse_fragment((qrs_rule)t->fragment, in, len, &o, &arena, &frag, &err);
    }
    free(in);
    /* A resource limit is no verdict on the syntax; neither is an oracle that gave up. */
    if (oracle < 0 || rc == QRS_E_TOO_DEEP || rc == QRS_E_ARENA_FULL || rc == QRS_E_TOO_LONG ||
        rc == QRS_E_TOO_MANY_ELEMENTS)
        return 0;
    if (oracle != (rc == QRS_OK))
        abort();
    return 0;
}
