/*
 * abnf.c - reading RFC 5234 ABNF into a tree of elements, and deciding
 * membership exactly.  Generation is in generate.c, the extra checks in
 * checks.c.
 *
 * Supported (RFC 5234 section 4): rule = / =/, continuation lines, comments,
 * alternation, concatenation, repetition (n, m*n, *), groups, options,
 * case-insensitive char-val, %x/%d/%b num-val with ranges and dotted
 * concatenation.  Prose values are refused: grammar/abnf/ replaces each by a
 * prose-* rule.
 */
#include "oracle/internal.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* MARK: - Reading */

typedef struct reader {
    qrs_abnf *g;
    const char *p, *end;
    int line;
    char *err;
    size_t errcap;
    int failed;
} reader;

static void fail(reader *rd, const char *fmt, ...)
{
    va_list ap;
    if (rd->failed)
        return;
    rd->failed = 1;
    int k = snprintf(rd->err, rd->errcap, "line %d: ", rd->line);
    if (k < 0 || (size_t)k >= rd->errcap)
        return;
    va_start(ap, fmt);
    vsnprintf(rd->err + k, rd->errcap - (size_t)k, fmt, ap);
    va_end(ap);
}

static int new_node(reader *rd, abnf_kind kind)
{
    qrs_abnf *g = rd->g;
    if (g->n_nodes == g->cap_nodes) {
        size_t cap = g->cap_nodes ? g->cap_nodes * 2 : 1024;
        abnf_node *n = realloc(g->nodes, cap * sizeof *n);
        if (!n) {
            fail(rd, "out of memory");
            return -1;
        }
        g->nodes = n;
        g->cap_nodes = cap;
    }
    abnf_node *n = &g->nodes[g->n_nodes];
    memset(n, 0, sizeof *n);
    n->kind = kind;
    n->first = n->next = -1;
    return (int)g->n_nodes++;
}

/* Children are kept as a linked list through next; append child to parent. */
static void add_child(qrs_abnf *g, int parent, int child)
{
    abnf_node *p = &g->nodes[parent];
    if (p->first < 0) {
        p->first = child;
    } else {
        int c = p->first;
        while (g->nodes[c].next >= 0)
            c = g->nodes[c].next;
        g->nodes[c].next = child;
    }
}

/* Rule names are case-insensitive (RFC 5234 section 2.1). */
static int find_rule(const qrs_abnf *g, const char *name, size_t len)
{
    for (size_t i = 0; i < g->n_rules; i++)
        if (strlen(g->rules[i].name) == len) {
            size_t k = 0;
            while (k < len && tolower((unsigned char)g->rules[i].name[k]) == tolower((unsigned char)name[k]))
                k++;
            if (k == len)
                return (int)i;
        }
    return -1;
}

/* The rule called name, or -1; with create, a new undefined rule when there is none. */
static int rule_index(qrs_abnf *g, const char *name, size_t len, int create)
{
    int found = find_rule(g, name, len);
    if (found >= 0 || !create)
        return found;
    if (g->n_rules == g->cap_rules) {
        size_t cap = g->cap_rules ? g->cap_rules * 2 : 256;
        abnf_rule *r = realloc(g->rules, cap * sizeof *r);
        if (!r)
            return -1;
        g->rules = r;
        g->cap_rules = cap;
    }
    abnf_rule *r = &g->rules[g->n_rules];
    memset(r, 0, sizeof *r);
    r->name = malloc(len + 1);
    if (!r->name)
        return -1;
    memcpy(r->name, name, len);
    r->name[len] = '\0';
    r->body = -1;
    r->check = NULL;
    return (int)g->n_rules++;
}

static int is_name_char(int c)
{
    return isalnum(c) || c == '-';
}

/* Skip white space, comments and continuation lines (c-wsp / c-nl followed
 * by WSP).  A line break followed by a non-blank ends the rule. */
static void skip_space(reader *rd)
{
    while (rd->p < rd->end) {
        char c = *rd->p;
        if (c == ' ' || c == '\t') {
            rd->p++;
        } else if (c == ';') {
            while (rd->p < rd->end && *rd->p != '\n')
                rd->p++;
        } else if (c == '\n' || c == '\r') {
            const char *q = rd->p;
            while (q < rd->end && (*q == '\r' || *q == '\n'))
                q++;
            if (q < rd->end && (*q == ' ' || *q == '\t')) {
                /* A continuation line, unless it is blank or a comment only: those
                 * are skipped as well, since they cannot start a rule. */
                for (const char *t = rd->p; t < q; t++)
                    if (*t == '\n')
                        rd->line++;
                rd->p = q;
            } else if (q < rd->end && *q == ';') {
                for (const char *t = rd->p; t < q; t++)
                    if (*t == '\n')
                        rd->line++;
                rd->p = q;
            } else {
                return;
            }
        } else {
            return;
        }
    }
}

static int parse_alternation(reader *rd);

static int parse_number(reader *rd, int base, uint32_t *out)
{
    uint32_t v = 0;
    int any = 0;
    while (rd->p < rd->end) {
        int c = tolower((unsigned char)*rd->p), d;
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if (c >= 'a' && c <= 'f')
            d = c - 'a' + 10;
        else
            break;
        if (d >= base)
            break;
        if (v > 0x10FFFFu)
            break;
        v = v * (uint32_t)base + (uint32_t)d;
        any = 1;
        rd->p++;
    }
    if (!any)
        fail(rd, "number expected");
    *out = v;
    return any;
}

/* num-val: %x41, %x41-5A, %x0D.0A */
static int parse_num_val(reader *rd)
{
    rd->p++; /* '%' */
    if (rd->p >= rd->end) {
        fail(rd, "truncated num-val");
        return -1;
    }
    int c = tolower((unsigned char)*rd->p++), base = c == 'x' ? 16 : c == 'd' ? 10 : c == 'b' ? 2 : 0;
    if (!base) {
        fail(rd, "num-val base must be x, d or b");
        return -1;
    }
    uint32_t lo, hi;
    if (!parse_number(rd, base, &lo))
        return -1;
    if (rd->p < rd->end && *rd->p == '-') {
        rd->p++;
        if (!parse_number(rd, base, &hi))
            return -1;
        if (lo > 255 || hi > 255 || lo > hi) {
            fail(rd, "num-val range outside one byte");
            return -1;
        }
        int n = new_node(rd, N_RANGE);
        if (n < 0)
            return -1;
        rd->g->nodes[n].lo = (uint8_t)lo;
        rd->g->nodes[n].hi = (uint8_t)hi;
        return n;
    }
    char bytes[64];
    size_t len = 0;
    for (;;) {
        if (lo > 255 || len == sizeof bytes) {
            fail(rd, "num-val byte above 255 or too long");
            return -1;
        }
        bytes[len++] = (char)lo;
        if (rd->p < rd->end && *rd->p == '.') {
            rd->p++;
            if (!parse_number(rd, base, &lo))
                return -1;
        } else {
            break;
        }
    }
    int n = new_node(rd, N_BYTES);
    if (n < 0)
        return -1;
    abnf_node *node = &rd->g->nodes[n];
    node->text = malloc(len);
    if (!node->text) {
        fail(rd, "out of memory");
        return -1;
    }
    memcpy(node->text, bytes, len);
    node->len = len;
    return n;
}

static int parse_element(reader *rd)
{
    if (rd->p >= rd->end) {
        fail(rd, "element expected");
        return -1;
    }
    char c = *rd->p;
    if (c == '(' || c == '[') {
        rd->p++;
        skip_space(rd);
        int inner = parse_alternation(rd);
        if (inner < 0)
            return -1;
        skip_space(rd);
        char close = c == '(' ? ')' : ']';
        if (rd->p >= rd->end || *rd->p != close) {
            fail(rd, "'%c' expected", close);
            return -1;
        }
        rd->p++;
        if (c == '(')
            return inner;
        int n = new_node(rd, N_REPEAT);
        if (n < 0)
            return -1;
        rd->g->nodes[n].min = 0;
        rd->g->nodes[n].max = 1;
        rd->g->nodes[n].first = inner;
        return n;
    }
    if (c == '"') {
        const char *q = ++rd->p;
        while (rd->p < rd->end && *rd->p != '"' && *rd->p != '\n')
            rd->p++;
        if (rd->p >= rd->end || *rd->p != '"') {
            fail(rd, "unterminated char-val");
            return -1;
        }
        size_t len = (size_t)(rd->p - q);
        rd->p++;
        int n = new_node(rd, N_STRING);
        if (n < 0)
            return -1;
        abnf_node *node = &rd->g->nodes[n];
        node->text = malloc(len + 1);
        if (!node->text) {
            fail(rd, "out of memory");
            return -1;
        }
        memcpy(node->text, q, len);
        node->text[len] = '\0';
        node->len = len;
        return n;
    }
    if (c == '%')
        return parse_num_val(rd);
    if (c == '<') {
        fail(rd, "prose values are not interpreted; define a prose-* rule instead");
        return -1;
    }
    if (isalpha((unsigned char)c)) {
        const char *q = rd->p;
        while (rd->p < rd->end && is_name_char((unsigned char)*rd->p))
            rd->p++;
        int r = rule_index(rd->g, q, (size_t)(rd->p - q), 1);
        int n = new_node(rd, N_RULE);
        if (r < 0 || n < 0) {
            fail(rd, "out of memory");
            return -1;
        }
        rd->g->nodes[n].rule = r;
        if (!rd->g->rules[r].line)
            rd->g->rules[r].line = -rd->line; /* first use, negative until defined */
        return n;
    }
    fail(rd, "unexpected character '%c'", c);
    return -1;
}

/* repetition = [repeat] element; repeat = 1*DIGIT / (*DIGIT "*" *DIGIT) */
static int parse_repetition(reader *rd)
{
    uint32_t min = 1, max = 1;
    int has_repeat = 0;
    if (rd->p < rd->end && (isdigit((unsigned char)*rd->p) || *rd->p == '*')) {
        has_repeat = 1;
        uint32_t a = 0, b = ABNF_INF;
        int has_a = 0;
        if (isdigit((unsigned char)*rd->p)) {
            parse_number(rd, 10, &a);
            has_a = 1;
        }
        if (rd->p < rd->end && *rd->p == '*') {
            rd->p++;
            min = has_a ? a : 0;
            if (rd->p < rd->end && isdigit((unsigned char)*rd->p))
                parse_number(rd, 10, &b);
            max = b;
        } else {
            min = max = a;
        }
        if (max < min) {
            fail(rd, "repeat with max below min");
            return -1;
        }
    }
    int e = parse_element(rd);
    if (e < 0 || !has_repeat || (min == 1 && max == 1))
        return e;
    int n = new_node(rd, N_REPEAT);
    if (n < 0)
        return -1;
    rd->g->nodes[n].min = min;
    rd->g->nodes[n].max = max;
    rd->g->nodes[n].first = e;
    return n;
}

static int at_element_start(reader *rd)
{
    if (rd->p >= rd->end)
        return 0;
    char c = *rd->p;
    return c == '(' || c == '[' || c == '"' || c == '%' || c == '<' || c == '*' || isalnum((unsigned char)c);
}

static int parse_concatenation(reader *rd)
{
    int cat = new_node(rd, N_CAT);
    if (cat < 0)
        return -1;
    int count = 0, last = -1;
    for (;;) {
        int e = parse_repetition(rd);
        if (e < 0)
            return -1;
        add_child(rd->g, cat, e);
        last = e;
        count++;
        const char *before = rd->p;
        skip_space(rd);
        if (!at_element_start(rd))
            break;
        if (rd->p == before) {
            /* Two elements with no space between them are not a concatenation. */
            fail(rd, "space expected between elements");
            return -1;
        }
    }
    return count == 1 ? last : cat;
}

static int parse_alternation(reader *rd)
{
    int alt = new_node(rd, N_ALT);
    if (alt < 0)
        return -1;
    int count = 0, last = -1;
    for (;;) {
        int c = parse_concatenation(rd);
        if (c < 0)
            return -1;
        add_child(rd->g, alt, c);
        last = c;
        count++;
        skip_space(rd);
        if (rd->p < rd->end && *rd->p == '/') {
            rd->p++;
            skip_space(rd);
            continue;
        }
        break;
    }
    return count == 1 ? last : alt;
}

/* One file: rules and comments. */
static void parse_text(reader *rd)
{
    while (rd->p < rd->end && !rd->failed) {
        char c = *rd->p;
        if (c == '\n') {
            rd->line++;
            rd->p++;
            continue;
        }
        if (c == '\r' || c == ' ' || c == '\t') {
            rd->p++;
            continue;
        }
        if (c == ';') {
            while (rd->p < rd->end && *rd->p != '\n')
                rd->p++;
            continue;
        }
        if (!isalpha((unsigned char)c)) {
            fail(rd, "rule name expected");
            return;
        }
        const char *q = rd->p;
        while (rd->p < rd->end && is_name_char((unsigned char)*rd->p))
            rd->p++;
        int r = rule_index(rd->g, q, (size_t)(rd->p - q), 1);
        if (r < 0) {
            fail(rd, "out of memory");
            return;
        }
        while (rd->p < rd->end && (*rd->p == ' ' || *rd->p == '\t'))
            rd->p++;
        int incremental = 0;
        if (rd->p + 1 < rd->end && rd->p[0] == '=' && rd->p[1] == '/') {
            incremental = 1;
            rd->p += 2;
        } else if (rd->p < rd->end && *rd->p == '=') {
            rd->p++;
        } else {
            fail(rd, "'=' expected after %s", rd->g->rules[r].name);
            return;
        }
        skip_space(rd);
        int body = parse_alternation(rd);
        if (body < 0)
            return;
        abnf_rule *rule = &rd->g->rules[r];
        if (incremental) {
            /* RFC 5234 section 3.3: =/ adds alternatives to a rule defined before. */
            if (rule->body < 0) {
                fail(rd, "%s =/ before its definition", rule->name);
                return;
            }
            if (rd->g->nodes[rule->body].kind != N_ALT) {
                int alt = new_node(rd, N_ALT);
                if (alt < 0)
                    return;
                rule = &rd->g->rules[r];
                add_child(rd->g, alt, rule->body);
                rule->body = alt;
            }
            /* An increment that is itself a list of alternatives adds each of them. */
            add_child(rd->g, rule->body, rd->g->nodes[body].kind == N_ALT ? rd->g->nodes[body].first : body);
        } else {
            if (rule->body >= 0) {
                fail(rd, "%s defined twice", rule->name);
                return;
            }
            rule->body = body;
            rule->line = rd->line;
        }
    }
}

qrs_abnf *qrs_abnf_load(const char *const *texts, const char *const *names, size_t n, qrs_dialect dialect,
                        char *err, size_t errcap)
{
    qrs_abnf *g = calloc(1, sizeof *g);
    if (!g) {
        snprintf(err, errcap, "out of memory");
        return NULL;
    }
    g->dialect = dialect;
    reader rd = {g, NULL, NULL, 1, err, errcap, 0};
    for (size_t i = 0; i < n && !rd.failed; i++) {
        rd.p = texts[i];
        rd.end = texts[i] + strlen(texts[i]);
        rd.line = 1;
        parse_text(&rd);
        if (rd.failed) {
            size_t k = strlen(err);
            snprintf(err + k, errcap - k, " (%s)", names[i]);
        }
    }
    for (size_t i = 0; i < g->n_rules && !rd.failed; i++)
        if (g->rules[i].body < 0) {
            snprintf(err, errcap, "rule %s is referenced but not defined", g->rules[i].name);
            rd.failed = 1;
        }
    if (rd.failed) {
        qrs_abnf_free(g);
        return NULL;
    }
    size_t n_checks;
    const qrs_abnf_check *checks = qrs_abnf_checks(&n_checks);
    for (size_t i = 0; i < n_checks; i++) {
        int r = rule_index(g, checks[i].rule, strlen(checks[i].rule), 0);
        if (r >= 0)
            g->rules[r].check = &checks[i];
    }
    size_t n_commit;
    const qrs_abnf_commit *commit = qrs_abnf_commit_rules(&n_commit);
    for (size_t i = 0; i < n_commit; i++) {
        int r = rule_index(g, commit[i].rule, strlen(commit[i].rule), 0);
        if (r >= 0 && g->nodes[g->rules[r].body].kind == N_ALT)
            g->nodes[g->rules[r].body].commit = commit[i].keywords;
    }
    qrs_abnf_prepare_generation(g);
    return g;
}

/* grammar/abnf/README.md: a dialect is the union of its files, in this order. */
qrs_abnf *qrs_abnf_load_dialect(qrs_dialect dialect, char *err, size_t errcap)
{
    static const char *const draft03[] = {"core.abnf", "imap4rev1.abnf", "generic.abnf", "condstore-rfc4551.abnf",
                                          "qresync-draft03.abnf"};
    static const char *const rfc5162[] = {"core.abnf", "imap4rev1.abnf", "generic.abnf", "enable-rfc5161.abnf",
                                          "condstore-rfc4551.abnf", "qresync-rfc5162.abnf"};
    static const char *const rfc7162[] = {"core.abnf", "imap4rev1.abnf", "generic.abnf", "enable-rfc5161.abnf",
                                          "rfc7162.abnf"};
    const char *const *files = dialect == QRS_DIALECT_DRAFT03   ? draft03
                               : dialect == QRS_DIALECT_RFC5162 ? rfc5162
                                                                : rfc7162;
    size_t n = dialect == QRS_DIALECT_DRAFT03 ? 5 : dialect == QRS_DIALECT_RFC5162 ? 6 : 5;
    char *texts[8] = {0};
    qrs_abnf *g = NULL;
    for (size_t i = 0; i < n; i++) {
        const qrs_abnf_file *f = NULL;
        for (size_t k = 0; k < qrs_abnf_file_count; k++)
            if (strcmp(qrs_abnf_files[k].name, files[i]) == 0)
                f = &qrs_abnf_files[k];
        if (!f) {
            snprintf(err, errcap, "%s is not compiled in", files[i]);
            goto out;
        }
        size_t len = 0;
        for (size_t k = 0; f->lines[k]; k++)
            len += strlen(f->lines[k]) + 1;
        texts[i] = malloc(len + 1);
        if (!texts[i]) {
            snprintf(err, errcap, "out of memory");
            goto out;
        }
        char *w = texts[i];
        for (size_t k = 0; f->lines[k]; k++) {
            size_t l = strlen(f->lines[k]);
            memcpy(w, f->lines[k], l);
            w[l] = '\n';
            w += l + 1;
        }
        *w = '\0';
    }
    g = qrs_abnf_load((const char *const *)texts, files, n, dialect, err, errcap);
out:
    for (size_t i = 0; i < n; i++)
        free(texts[i]);
    return g;
}

static void free_memo(qrs_abnf *g)
{
    free(g->memo);
    free(g->state);
    free(g->log);
    g->memo = NULL;
    g->state = NULL;
    g->log = NULL;
    g->log_len = g->log_cap = 0;
    while (g->chunks) {
        memo_chunk *c = g->chunks;
        g->chunks = c->prev;
        free(c);
    }
}

void qrs_abnf_free(qrs_abnf *g)
{
    if (!g)
        return;
    for (size_t i = 0; i < g->n_nodes; i++)
        free(g->nodes[i].text);
    for (size_t i = 0; i < g->n_rules; i++)
        free(g->rules[i].name);
    free(g->nodes);
    free(g->rules);
    free(g->height);
    free_memo(g);
    free(g->pool);
    free(g);
}

int qrs_abnf_rule(const qrs_abnf *g, const char *name)
{
    return find_rule(g, name, strlen(name));
}

const char *qrs_abnf_rule_name(const qrs_abnf *g, int r)
{
    return r >= 0 && (size_t)r < g->n_rules ? g->rules[r].name : NULL;
}

int qrs_abnf_rule_count(const qrs_abnf *g)
{
    return (int)g->n_rules;
}

/* MARK: - Membership
 *
 * match(node, starts) gives the set of positions where node can end when it
 * starts at any position of starts.  Sets of positions are bitsets of n+1 bits.
 * The ends of a rule from one start are memoized, so each (rule, start) pair is
 * computed once.
 */

typedef struct matcher {
    qrs_abnf *g;
    const char *s;
    size_t n, words;
    int error;
} matcher;

static uint64_t *pool_take(matcher *m)
{
    qrs_abnf *g = m->g;
    if (g->pool_used + m->words > g->pool_cap) {
        m->error = 1;
        return NULL;
    }
    uint64_t *b = g->pool + g->pool_used;
    g->pool_used += m->words;
    memset(b, 0, m->words * sizeof *b);
    return b;
}

/* A bitset that lives until the next match, for a memo entry. */
static uint64_t *memo_take(matcher *m)
{
    qrs_abnf *g = m->g;
    memo_chunk *c = g->chunks;
    if (!c || c->used + m->words > c->cap) {
        size_t cap = m->words * 4096;
        c = malloc(sizeof *c + cap * sizeof(uint64_t));
        if (!c) {
            m->error = 1;
            return NULL;
        }
        c->prev = g->chunks;
        c->used = 0;
        c->cap = cap;
        g->chunks = c;
    }
    uint64_t *b = c->words + c->used;
    c->used += m->words;
    memset(b, 0, m->words * sizeof *b);
    return b;
}

static int set_empty(const matcher *m, const uint64_t *a)
{
    for (size_t i = 0; i < m->words; i++)
        if (a[i])
            return 0;
    return 1;
}

static void match_node(matcher *m, int node, const uint64_t *in, uint64_t *out);

/* Ends of rule r from start position p, memoized.
 *
 * A rule that reaches itself at the same position (left recursion, as in RFC
 * 4466's tagged-ext-comp) sees the ends found so far, and its body is
 * evaluated again until they stop growing: the least fixpoint, which is
 * exactly the set of ends of its finite derivations.  Entries at the same
 * position completed during a round that used a smaller approximation are
 * forgotten and computed again in the next round. */
static const uint64_t *rule_ends(matcher *m, int r, size_t p)
{
    qrs_abnf *g = m->g;
    size_t slot = (size_t)r * (m->n + 1) + p;
    if (g->state[slot] == SLOT_DONE)
        return g->memo[slot];
    if (g->state[slot] == SLOT_BUSY || g->state[slot] == SLOT_BUSY_REENTERED) {
        g->state[slot] = SLOT_BUSY_REENTERED;
        return g->memo[slot];
    }
    uint64_t *ends = memo_take(m);
    if (!ends)
        return NULL;
    g->memo[slot] = ends;
    for (;;) {
        g->state[slot] = SLOT_BUSY;
        size_t mark = g->pool_used, log_mark = g->log_len;
        uint64_t *start = pool_take(m), *found = pool_take(m);
        if (!start || !found)
            return NULL;
        start[p / 64] |= (uint64_t)1 << (p % 64);
        match_node(m, g->rules[r].body, start, found);
        if (m->error)
            return NULL;
        const qrs_abnf_check *check = g->rules[r].check;
        if (check)
            for (size_t e = p; e <= m->n; e++)
                if ((found[e / 64] >> (e % 64) & 1) && !check->ok(m->s + p, e - p, g->dialect))
                    found[e / 64] &= ~((uint64_t)1 << (e % 64));
        int grew = 0;
        for (size_t w = 0; w < m->words; w++) {
            grew |= (found[w] & ~ends[w]) != 0;
            ends[w] |= found[w];
        }
        g->pool_used = mark;
        if (g->state[slot] != SLOT_BUSY_REENTERED || !grew)
            break;
        for (size_t i = log_mark; i < g->log_len; i++)
            if (g->log[i] % (m->n + 1) == p)
                g->state[g->log[i]] = SLOT_NEW;
        g->log_len = log_mark;
    }
    g->state[slot] = SLOT_DONE;
    if (g->log_len == g->log_cap) {
        size_t cap = g->log_cap ? g->log_cap * 2 : 4096;
        size_t *log = realloc(g->log, cap * sizeof *log);
        if (!log) {
            m->error = 1;
            return NULL;
        }
        g->log = log;
        g->log_cap = cap;
    }
    g->log[g->log_len++] = slot;
    return ends;
}

/* The keyword an alternative starts with, or NULL when it starts otherwise
 * (a generic alternative such as atom [SP ...]). */
static const char *leading_keyword(const qrs_abnf *g, int node)
{
    for (int depth = 0; depth < 16; depth++) {
        const abnf_node *n = &g->nodes[node];
        if (n->kind == N_STRING)
            return n->text;
        if (n->kind == N_CAT || (n->kind == N_REPEAT && n->min > 0))
            node = n->first;
        else if (n->kind == N_RULE)
            node = g->rules[n->rule].body;
        else
            return NULL;
    }
    return NULL;
}

static int word_equals(const char *s, size_t n, const char *w)
{
    size_t k = strlen(w), i = 0;
    if (n < k)
        return 0;
    while (i < k && tolower((unsigned char)s[i]) == tolower((unsigned char)w[i]))
        i++;
    /* the name ends at SP, "]", "(", CR or the end: the bytes an atom cannot hold there */
    return i == k && (n == k || s[k] == ' ' || s[k] == ']' || s[k] == '(' || s[k] == '\r');
}

static void match_node(matcher *m, int node, const uint64_t *in, uint64_t *out);

/* Whether some alternative of nd starts with the keyword w. */
static int alternative_defines(const qrs_abnf *g, const abnf_node *nd, const char *w)
{
    for (int c = nd->first; c >= 0; c = g->nodes[c].next) {
        const char *kw = leading_keyword(g, c);
        if (kw && strlen(kw) == strlen(w) && word_equals(kw, strlen(kw), w))
            return 1;
    }
    return 0;
}

/* The commit convention (grammar/abnf/README.md) for the alternatives of a
 * rule listed by qrs_abnf_commit_rules(): at a start where one of its
 * keywords is written, only the alternatives that start with that keyword
 * apply; the generic ones are for the other names.  A keyword commits only
 * in a dialect where an alternative starts with it: draft -03 defines no
 * CLOSED code, so there "[CLOSED]" is the generic atom code. */
static void match_committed(matcher *m, const abnf_node *nd, const uint64_t *in, uint64_t *out)
{
    qrs_abnf *g = m->g;
    for (size_t p = 0; p <= m->n; p++) {
        if (!(in[p / 64] >> (p % 64) & 1))
            continue;
        int named = 0;
        for (size_t k = 0; nd->commit[k] && !named; k++)
            named = word_equals(m->s + p, m->n - p, nd->commit[k]) && alternative_defines(g, nd, nd->commit[k]);
        size_t mark = g->pool_used;
        uint64_t *start = pool_take(m);
        if (!start)
            return;
        start[p / 64] |= (uint64_t)1 << (p % 64);
        for (int c = nd->first; c >= 0; c = g->nodes[c].next) {
            const char *kw = leading_keyword(g, c);
            if (named && !(kw && word_equals(m->s + p, m->n - p, kw)))
                continue;
            match_node(m, c, start, out);
        }
        g->pool_used = mark;
    }
}

static void match_node(matcher *m, int node, const uint64_t *in, uint64_t *out)
{
    qrs_abnf *g = m->g;
    const abnf_node *nd = &g->nodes[node];
    if (m->error)
        return;
    switch (nd->kind) {
    case N_STRING:
    case N_BYTES:
        for (size_t p = 0; p <= m->n; p++) {
            if (!(in[p / 64] >> (p % 64) & 1) || p + nd->len > m->n)
                continue;
            size_t k = 0;
            if (nd->kind == N_STRING) /* RFC 5234 section 2.3: char-val is case-insensitive */
                while (k < nd->len && tolower((unsigned char)m->s[p + k]) == tolower((unsigned char)nd->text[k]))
                    k++;
            else
                while (k < nd->len && m->s[p + k] == nd->text[k])
                    k++;
            if (k == nd->len)
                out[(p + k) / 64] |= (uint64_t)1 << ((p + k) % 64);
        }
        return;
    case N_RANGE:
        for (size_t p = 0; p < m->n; p++) {
            unsigned char c = (unsigned char)m->s[p];
            if ((in[p / 64] >> (p % 64) & 1) && c >= nd->lo && c <= nd->hi)
                out[(p + 1) / 64] |= (uint64_t)1 << ((p + 1) % 64);
        }
        return;
    case N_RULE:
        for (size_t p = 0; p <= m->n; p++) {
            if (!(in[p / 64] >> (p % 64) & 1))
                continue;
            const uint64_t *e = rule_ends(m, nd->rule, p);
            if (!e)
                return;
            for (size_t i = 0; i < m->words; i++)
                out[i] |= e[i];
        }
        return;
    case N_ALT:
        if (nd->commit) {
            match_committed(m, nd, in, out);
            return;
        }
        for (int c = nd->first; c >= 0; c = g->nodes[c].next)
            match_node(m, c, in, out);
        return;
    case N_CAT: {
        size_t mark = g->pool_used;
        uint64_t *cur = pool_take(m);
        if (!cur)
            return;
        memcpy(cur, in, m->words * sizeof *cur);
        for (int c = nd->first; c >= 0 && !set_empty(m, cur); c = g->nodes[c].next) {
            uint64_t *next = pool_take(m);
            if (!next)
                return;
            match_node(m, c, cur, next);
            cur = next;
        }
        for (size_t i = 0; i < m->words; i++)
            out[i] |= cur[i];
        g->pool_used = mark;
        return;
    }
    case N_REPEAT: {
        size_t mark = g->pool_used;
        uint64_t *cur = pool_take(m), *acc = pool_take(m), *next = pool_take(m);
        if (!cur || !acc || !next)
            return;
        memcpy(cur, in, m->words * sizeof *cur);
        if (nd->min == 0)
            memcpy(acc, in, m->words * sizeof *acc);
        for (uint32_t i = 1; nd->max == ABNF_INF || i <= nd->max; i++) {
            memset(next, 0, m->words * sizeof *next);
            match_node(m, nd->first, cur, next);
            if (m->error || set_empty(m, next))
                break;
            if (i >= nd->min) {
                /* Once a round reaches no position not reached before, later rounds
                 * cannot either: they start from positions already expanded. */
                int grew = 0;
                for (size_t w = 0; w < m->words; w++) {
                    if (next[w] & ~acc[w])
                        grew = 1;
                    acc[w] |= next[w];
                }
                if (!grew && i > nd->min)
                    break;
            }
            uint64_t *t = cur;
            cur = next;
            next = t;
        }
        for (size_t i = 0; i < m->words; i++)
            out[i] |= acc[i];
        g->pool_used = mark;
        return;
    }
    }
}

int qrs_abnf_match(qrs_abnf *g, int r, const char *s, size_t n)
{
    if (r < 0 || (size_t)r >= g->n_rules)
        return -1;
    matcher m = {g, s, n, (n + 1 + 63) / 64, 0};
    size_t slots = g->n_rules * (n + 1);
    free_memo(g);
    g->memo = calloc(slots, sizeof *g->memo);
    g->state = calloc(slots, 1);
    /* Temporary bitsets: a few per level of rule nesting. */
    size_t need = 65536 * m.words;
    if (need > g->pool_cap) {
        free(g->pool);
        g->pool = malloc(need * sizeof *g->pool);
        g->pool_cap = g->pool ? need : 0;
    }
    g->pool_used = 0;
    if (!g->memo || !g->state || !g->pool)
        return -1;
    const uint64_t *ends = rule_ends(&m, r, 0);
    if (m.error || !ends)
        return -1;
    return (int)(ends[n / 64] >> (n % 64) & 1);
}
