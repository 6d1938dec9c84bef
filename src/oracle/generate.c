/*
 * generate.c - random members of an ABNF rule.
 *
 * Each node has a height: the least depth of rule references it needs to
 * finish.  Given a depth budget, the generator picks only alternatives (and
 * repetition counts) that can finish within it, so every run terminates; the
 * size bound is enforced by starting over.  A rule with an extra check is
 * regenerated until its text satisfies the check, except for the rules
 * whose constraint ties their parts together (a literal's length), which are
 * built directly.
 */
#include "oracle/internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#define TRIES_PER_RULE 40
#define TRIES_PER_STRING 200

static uint32_t node_height(const qrs_abnf *g, int node)
{
    return g->height[node];
}

void qrs_abnf_prepare_generation(qrs_abnf *g)
{
    free(g->height);
    g->height = malloc(g->n_nodes * sizeof *g->height);
    if (!g->height)
        return;
    for (size_t i = 0; i < g->n_nodes; i++)
        g->height[i] = ABNF_INF;
    /* Heights only decrease; iterate to the fixpoint. */
    for (int changed = 1; changed;) {
        changed = 0;
        for (size_t i = 0; i < g->n_nodes; i++) {
            const abnf_node *n = &g->nodes[i];
            uint32_t h = ABNF_INF;
            switch (n->kind) {
            case N_STRING:
            case N_BYTES:
            case N_RANGE:
                h = 0;
                break;
            case N_RULE: {
                uint32_t b = g->height[g->rules[n->rule].body];
                h = b == ABNF_INF ? ABNF_INF : b + 1;
                break;
            }
            case N_CAT:
                h = 0;
                for (int c = n->first; c >= 0; c = g->nodes[c].next)
                    if (g->height[c] > h)
                        h = g->height[c];
                break;
            case N_ALT:
                for (int c = n->first; c >= 0; c = g->nodes[c].next)
                    if (g->height[c] < h)
                        h = g->height[c];
                break;
            case N_REPEAT:
                h = n->min == 0 ? 0 : g->height[n->first];
                break;
            }
            if (h < g->height[i]) {
                g->height[i] = h;
                changed = 1;
            }
        }
    }
}

typedef struct generator {
    const qrs_abnf *g;
    uint64_t *seed;
    char *out;
    size_t len, cap, max_len;
    int failed;
} generator;

/* splitmix64: small, fast, and the same sequence on every platform. */
static uint64_t next_random(generator *st)
{
    uint64_t z = (*st->seed += 0x9E3779B97F4A7C15u);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
    return z ^ (z >> 31);
}

static uint32_t below(generator *st, uint32_t n)
{
    return (uint32_t)(next_random(st) % n);
}

static void emit(generator *st, char c)
{
    if (st->len >= st->cap || st->len >= st->max_len) {
        st->failed = 1;
        return;
    }
    st->out[st->len++] = c;
}

static void gen_node(generator *st, int node, uint32_t budget);

/* literal = "{" number "}" CRLF *CHAR8 ; number represents the number of
 * CHAR8s (RFC 3501 section 9): the count and the data are made together. */
static void gen_literal(generator *st)
{
    uint32_t n = below(st, 6);
    emit(st, '{');
    emit(st, (char)('0' + n));
    emit(st, '}');
    emit(st, '\r');
    emit(st, '\n');
    for (uint32_t i = 0; i < n; i++)
        emit(st, (char)(1 + below(st, 255)));
}

static void gen_rule(generator *st, int r, uint32_t budget)
{
    const qrs_abnf *g = st->g;
    const abnf_rule *rule = &g->rules[r];
    if (strcmp(rule->name, "literal") == 0) {
        gen_literal(st);
        return;
    }
    size_t mark = st->len;
    for (int t = 0; t < TRIES_PER_RULE && !st->failed; t++) {
        st->len = mark;
        gen_node(st, rule->body, budget);
        if (st->failed || !rule->check || rule->check->ok(st->out + mark, st->len - mark, g->dialect))
            return;
    }
    st->failed = 1;
}

static void gen_node(generator *st, int node, uint32_t budget)
{
    const qrs_abnf *g = st->g;
    const abnf_node *n = &g->nodes[node];
    if (st->failed)
        return;
    switch (n->kind) {
    case N_STRING:
        /* char-val is case-insensitive (RFC 5234 section 2.3): vary the case. */
        for (size_t i = 0; i < n->len; i++) {
            char c = n->text[i];
            if (isalpha((unsigned char)c) && below(st, 4) == 0)
                c = (char)(isupper((unsigned char)c) ? tolower((unsigned char)c) : toupper((unsigned char)c));
            emit(st, c);
        }
        return;
    case N_BYTES:
        for (size_t i = 0; i < n->len; i++)
            emit(st, n->text[i]);
        return;
    case N_RANGE:
        emit(st, (char)(n->lo + below(st, (uint32_t)(n->hi - n->lo) + 1u)));
        return;
    case N_RULE:
        gen_rule(st, n->rule, budget - 1);
        return;
    case N_CAT:
        for (int c = n->first; c >= 0 && !st->failed; c = g->nodes[c].next)
            gen_node(st, c, budget);
        return;
    case N_ALT: {
        uint32_t feasible = 0;
        for (int c = n->first; c >= 0; c = g->nodes[c].next)
            if (node_height(g, c) <= budget)
                feasible++;
        if (feasible == 0) {
            st->failed = 1;
            return;
        }
        uint32_t pick = below(st, feasible);
        for (int c = n->first; c >= 0; c = g->nodes[c].next)
            if (node_height(g, c) <= budget && pick-- == 0) {
                gen_node(st, c, budget);
                return;
            }
        return;
    }
    case N_REPEAT: {
        uint32_t count = n->min;
        if (node_height(g, n->first) <= budget)
            /* Geometric: each further round with probability 1/2, bounded. */
            while (count < n->max && count < n->min + 12 && below(st, 2) == 0)
                count++;
        for (uint32_t i = 0; i < count && !st->failed; i++)
            gen_node(st, n->first, budget);
        return;
    }
    }
}

size_t qrs_abnf_generate(const qrs_abnf *g, int r, uint64_t *seed, unsigned max_depth, size_t max_len, char *out,
                         size_t cap)
{
    if (!g->height || r < 0 || (size_t)r >= g->n_rules)
        return (size_t)-1;
    uint32_t need = g->height[g->rules[r].body];
    if (need == ABNF_INF || need > max_depth)
        return (size_t)-1;
    generator st = {g, seed, out, 0, cap, max_len, 0};
    for (int t = 0; t < TRIES_PER_STRING; t++) {
        st.len = 0;
        st.failed = 0;
        gen_rule(&st, r, max_depth);
        if (!st.failed)
            return st.len;
    }
    return (size_t)-1;
}
