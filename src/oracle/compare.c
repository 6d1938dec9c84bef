/*
 * compare.c - what the parser is compared with the oracle on, and the
 * parser's side of each comparison: shared by the differential test
 * (tests/oracle/differential.c) and the fuzz target (fuzz/fuzz_oracle.c).
 */
#include <string.h>

#include "oracle/internal.h"

/* The start rules, and every rule of qrs_parse_fragment() that is a plain
 * ABNF rule (FETCH_ATT, FLAG_LIST and FLAG_FETCH also take the forms FETCH
 * and STORE accept at that place, so they are not). */
static const qrs_abnf_target targets[] = {
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

const qrs_abnf_target *qrs_abnf_targets(size_t *n)
{
    *n = sizeof targets / sizeof targets[0];
    return targets;
}

int qrs_abnf_parser_accepts(const qrs_abnf_target *t, qrs_dialect d, const char *s, size_t n, void *arena_mem,
                            size_t arena_size, qrs_error *err)
{
    qrs_options opt;
    qrs_arena arena;
    memset(&opt, 0, sizeof opt);
    opt.dialect = d;
    opt.side = t->side;
    opt.max_depth = QRS_MAX_DEPTH_LIMIT;
    qrs_arena_init(&arena, arena_mem, arena_size);
    qrs_code rc;
    if (t->fragment < 0) {
        const qrs_message *msg;
        rc = qrs_parse(s, n, &opt, &arena, &msg, err);
    } else {
        qrs_fragment frag;
        rc = qrs_parse_fragment((qrs_rule)t->fragment, s, n, &opt, &arena, &frag, err);
    }
    /* A resource limit is no verdict on the syntax. */
    if (rc == QRS_E_ARENA_FULL || rc == QRS_E_TOO_DEEP || rc == QRS_E_TOO_LONG || rc == QRS_E_TOO_MANY_ELEMENTS)
        return -1;
    return rc == QRS_OK;
}
