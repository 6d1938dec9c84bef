/*
 * internal.h - the ABNF oracle's grammar representation, shared by abnf.c
 * (reading, membership), generate.c and checks.c.
 */
#ifndef QRS_ORACLE_INTERNAL_H
#define QRS_ORACLE_INTERNAL_H

#include "oracle/abnf.h"

#define ABNF_INF 0xFFFFFFFFu

typedef enum abnf_kind {
    N_ALT,    /* alternatives: children */
    N_CAT,    /* concatenation: children */
    N_REPEAT, /* min..max repetitions of first */
    N_RULE,   /* reference to rule */
    N_STRING, /* char-val: case-insensitive text */
    N_BYTES,  /* num-val: exact bytes */
    N_RANGE   /* num-val range: one byte lo..hi */
} abnf_kind;

typedef struct abnf_node {
    abnf_kind kind;
    int first, next; /* first child; next sibling (-1 at the end) */
    uint32_t min, max;
    int rule;
    uint8_t lo, hi;
    char *text;
    size_t len;
    const char *const *commit; /* N_ALT of a rule under the commit convention: its keywords */
} abnf_node;

typedef struct abnf_rule {
    char *name;
    int body; /* node, -1 until defined */
    int line;
    const qrs_abnf_check *check;
} abnf_rule;

enum { SLOT_NEW = 0, SLOT_BUSY, SLOT_BUSY_REENTERED, SLOT_DONE };

/* Memo bitsets come from chunks that live until the next match. */
typedef struct memo_chunk {
    struct memo_chunk *prev;
    size_t used, cap;
    uint64_t words[];
} memo_chunk;

struct qrs_abnf {
    qrs_dialect dialect;
    abnf_node *nodes;
    size_t n_nodes, cap_nodes;
    abnf_rule *rules;
    size_t n_rules, cap_rules;
    /* generation: least rule-reference depth needed to finish each node */
    uint32_t *height;
    /* membership, for the input of the current match */
    const uint64_t **memo;
    unsigned char *state; /* SLOT_* */
    size_t *log;          /* slots in the order they were completed */
    size_t log_len, log_cap;
    memo_chunk *chunks;
    uint64_t *pool; /* temporary bitsets, used as a stack */
    size_t pool_used, pool_cap;
};

/* Compute the node heights used by the generator (generate.c). */
void qrs_abnf_prepare_generation(qrs_abnf *g);

#endif
