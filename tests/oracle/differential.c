/*
 * differential.c - the parser against the ABNF oracle (src/oracle/), in each
 * dialect: every string the oracle generates from a start rule or a fragment
 * rule must parse, and every mutant of it (byte changes, insertions,
 * deletions, swapped and repeated tokens, truncations) must get the same
 * verdict from the parser as from the oracle's exact membership test.
 *
 *   differential [-n STRINGS] [-m MUTANTS] [-s SEED] [-t RULE,RULE...] [-f FILE.vec]... [-v]
 *
 * With -f, the strict cases of a vector file (tests/vectors/README.md,
 * format 1) of each dialect are compared too, each case and the same
 * number of mutants of it: the vectors are the seeds that fuzz_oracle
 * starts from, and the places where the dialects differ.
 *
 * Prints each disagreement with both verdicts and the parser's error, a
 * summary line per dialect, and exits 1 when any disagreement was seen.
 * The same seed gives the same strings.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "oracle/abnf.h"
#include "qresync.h"

#define MAX_LEN 400
#define MAX_DEPTH 16
#define ARENA_SIZE (1u << 20)

typedef struct totals {
    unsigned long generated, generated_rejected, mutants, agreed, disagreed, oracle_gave_up;
} totals;

static int verbose;
static unsigned char arena_mem[ARENA_SIZE];

/* The parser's verdict: 1 accepted, 0 refused, -1 at a resource limit. */
static int parser_accepts(const qrs_abnf_target *t, qrs_dialect d, const char *s, size_t n, qrs_error *err)
{
    return qrs_abnf_parser_accepts(t, d, s, n, arena_mem, sizeof arena_mem, err);
}

static void show(const char *what, const qrs_abnf *g, const qrs_abnf_target *t, qrs_dialect d, const char *s, size_t n,
                 int oracle, int parser, const qrs_error *err)
{
    (void)g;
    printf("%s: %s %s oracle=%s parser=%s", what, qrs_dialect_name(d), t->rule,
           oracle ? "member" : "not-member", parser ? "accepts" : "refuses");
    if (!parser)
        printf(" (%s at %zu, rule %s)", qrs_code_name(err->code), err->offset, err->rule);
    printf("\n  input: \"");
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\')
            putchar(c);
        else
            printf("\\x%02x", c);
    }
    printf("\"\n");
}

static uint64_t rng_state;
static uint32_t rnd(uint32_t n)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return (uint32_t)(rng_state % n);
}

/* Bytes a mutation inserts: the grammar's punctuation, digits, letters of
 * keywords, and now and then any byte. */
static char random_byte(void)
{
    static const char alphabet[] = " ()[]{}<>\"\\*:,.%+-0123456789\r\nAEILMNOQRSTUVXY";
    if (rnd(8) == 0)
        return (char)rnd(256);
    return alphabet[rnd(sizeof alphabet - 1)];
}

/* One random mutation of s[0..n) into out; returns the new length. */
static size_t mutate(const char *s, size_t n, char *out, size_t cap)
{
    size_t len = n < cap ? n : cap;
    memcpy(out, s, len);
    if (len == 0)
        return 0;
    size_t at = rnd((uint32_t)len);
    switch (rnd(7)) {
    case 0: /* change a byte */
        out[at] = random_byte();
        return len;
    case 1: /* insert a byte */
        if (len + 1 > cap)
            return len;
        memmove(out + at + 1, out + at, len - at);
        out[at] = random_byte();
        return len + 1;
    case 2: /* delete a byte */
        memmove(out + at, out + at + 1, len - at - 1);
        return len - 1;
    case 3: { /* delete a run of bytes */
        size_t k = 1 + rnd(8);
        if (at + k > len)
            k = len - at;
        memmove(out + at, out + at + k, len - at - k);
        return len - k;
    }
    case 4: { /* repeat a run of bytes */
        size_t k = 1 + rnd(8);
        if (at + k > len)
            k = len - at;
        if (len + k > cap)
            return len;
        memmove(out + at + k, out + at, len - at);
        return len + k;
    }
    case 5: { /* swap two space-separated tokens */
        size_t starts[64], ends[64], t = 0, i = 0;
        while (i < len && t < 64) {
            while (i < len && out[i] == ' ')
                i++;
            if (i >= len)
                break;
            starts[t] = i;
            while (i < len && out[i] != ' ')
                i++;
            ends[t++] = i;
        }
        if (t < 2)
            return len;
        size_t a = rnd((uint32_t)t), b = rnd((uint32_t)t);
        if (a == b)
            return len;
        if (a > b) {
            size_t x = a;
            a = b;
            b = x;
        }
        char tmp[2 * MAX_LEN + 16];
        size_t w = 0;
        memcpy(tmp + w, out, starts[a]);
        w += starts[a];
        memcpy(tmp + w, out + starts[b], ends[b] - starts[b]);
        w += ends[b] - starts[b];
        memcpy(tmp + w, out + ends[a], starts[b] - ends[a]);
        w += starts[b] - ends[a];
        memcpy(tmp + w, out + starts[a], ends[a] - starts[a]);
        w += ends[a] - starts[a];
        memcpy(tmp + w, out + ends[b], len - ends[b]);
        w += len - ends[b];
        memcpy(out, tmp, w);
        return w;
    }
    default: /* truncate, keeping the CRLF of a whole message */
        if (len > 2 && out[len - 1] == '\n') {
            size_t cut = rnd((uint32_t)(len - 2));
            out[cut] = '\r';
            out[cut + 1] = '\n';
            return cut + 2;
        }
        return at;
    }
}

static int run_target(qrs_abnf *g, qrs_dialect d, const qrs_abnf_target *t, unsigned strings, unsigned mutants,
                      uint64_t *seed, totals *tot)
{
    int r = qrs_abnf_rule(g, t->rule);
    int bad = 0;
    if (r < 0) {
        printf("no rule %s in %s\n", t->rule, qrs_dialect_name(d));
        return 1;
    }
    char s[MAX_LEN + 8], m[2 * MAX_LEN + 16];
    qrs_error err;
    for (unsigned i = 0; i < strings; i++) {
        size_t n = qrs_abnf_generate(g, r, seed, MAX_DEPTH, MAX_LEN, s, sizeof s);
        if (n == (size_t)-1)
            continue;
        tot->generated++;
        int p = parser_accepts(t, d, s, n, &err);
        if (p != 1) {
            tot->generated_rejected++;
            if (bad++ < 20 || verbose)
                show("generated string refused", g, t, d, s, n, 1, p, &err);
        }
        for (unsigned k = 0; k < mutants; k++) {
            size_t mn = mutate(s, n, m, sizeof m);
            if (rnd(3) == 0) /* sometimes two mutations */
                mn = mutate(m, mn, m, sizeof m);
            int o = qrs_abnf_match(g, r, m, mn);
            int pm = parser_accepts(t, d, m, mn, &err);
            if (o < 0 || pm < 0) {
                tot->oracle_gave_up++;
                continue;
            }
            tot->mutants++;
            if (o == pm) {
                tot->agreed++;
            } else {
                tot->disagreed++;
                if (bad++ < 20 || verbose)
                    show("disagreement", g, t, d, m, mn, o, pm, &err);
            }
        }
    }
    return bad;
}

/* MARK: - Vector files as seeds */

/* Undo the escapes of a vector field (\\ \r \n \t \xHH) into out; returns
 * the length, or (size_t)-1 when it does not fit. */
static size_t unescape(const char *s, char *out, size_t cap)
{
    size_t n = 0;
    while (*s) {
        if (n + 1 >= cap)
            return (size_t)-1;
        if (s[0] == '\\' && s[1]) {
            char c = s[1];
            if (c == 'x' && s[2] && s[3]) {
                char hex[3] = {s[2], s[3], 0};
                out[n++] = (char)strtol(hex, NULL, 16);
                s += 4;
                continue;
            }
            out[n++] = c == 'r' ? '\r' : c == 'n' ? '\n' : c == 't' ? '\t' : c;
            s += 2;
            continue;
        }
        out[n++] = *s++;
    }
    return n;
}

/* The target of a whole command (client) or response. */
static const qrs_abnf_target *line_target(int client)
{
    size_t n;
    const qrs_abnf_target *t = qrs_abnf_targets(&n);
    for (size_t i = 0; i < n; i++)
        if (t[i].fragment < 0 && t[i].side == (client ? QRS_SIDE_CLIENT : QRS_SIDE_SERVER))
            return &t[i];
    return NULL;
}

/* One string: the oracle against the parser. */
static int compare_one(qrs_abnf *g, qrs_dialect d, const qrs_abnf_target *t, const char *s, size_t n,
                       const char *what, totals *tot, int *bad)
{
    qrs_error err;
    int o = qrs_abnf_match(g, qrs_abnf_rule(g, t->rule), s, n);
    int p = parser_accepts(t, d, s, n, &err);
    if (o < 0 || p < 0) {
        tot->oracle_gave_up++;
        return 0;
    }
    tot->mutants++;
    if (o == p) {
        tot->agreed++;
        return 0;
    }
    tot->disagreed++;
    if ((*bad)++ < 20 || verbose)
        show(what, g, t, d, s, n, o, p, &err);
    return 1;
}

/* The strict cases of dialect d in a vector file, each with its mutants. */
static int run_vectors(qrs_abnf *g, qrs_dialect d, const char *path, unsigned mutants, totals *tot)
{
    FILE *f = fopen(path, "r");
    static char line[16384];
    char in[MAX_LEN + 8], m[2 * MAX_LEN + 16];
    int bad = 0;
    if (!f) {
        printf("cannot open %s\n", path);
        return 1;
    }
    while (fgets(line, sizeof line, f)) {
        char *field[8], *p = line;
        int k = 0;
        if (line[0] == '#' || line[0] == '\n')
            continue;
        for (; k < 8 && p; k++) {
            field[k] = p;
            p = strchr(p, k < 7 ? '\t' : '\n');
            if (p)
                *p++ = 0;
        }
        if (k < 8 || strcmp(field[1], qrs_dialect_name(d)) != 0 || strcmp(field[3], "-") != 0)
            continue; /* another dialect, or a leniency the ABNF does not have */
        size_t n = unescape(field[7], in, sizeof in - 2);
        if (n == (size_t)-1)
            continue; /* longer than the oracle's inputs */
        in[n++] = '\r';
        in[n++] = '\n';
        const qrs_abnf_target *t = line_target(field[2][0] == 'C');
        compare_one(g, d, t, in, n, "disagreement on a vector", tot, &bad);
        for (unsigned i = 0; i < mutants; i++) {
            size_t mn = mutate(in, n, m, sizeof m);
            if (rnd(3) == 0)
                mn = mutate(m, mn, m, sizeof m);
            compare_one(g, d, t, m, mn, "disagreement on a mutant of a vector", tot, &bad);
        }
    }
    fclose(f);
    return bad;
}

/* Whether name is one of the comma-separated names of list (NULL: all). */
static int listed(const char *list, const char *name)
{
    size_t k = strlen(name);
    for (const char *p = list; p; p = strchr(p, ',') ? strchr(p, ',') + 1 : NULL)
        if (strncmp(p, name, k) == 0 && (p[k] == ',' || p[k] == '\0'))
            return 1;
    return list == NULL;
}

int main(int argc, char **argv)
{
    unsigned strings = 300, mutants = 8;
    uint64_t seed0 = 1;
    const char *only = NULL; /* comma-separated target rules; NULL: all */
    const char *files[16];
    size_t n_files = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-n") == 0 && i + 1 < argc)
            strings = (unsigned)strtoul(argv[++i], NULL, 10);
        else if (strcmp(argv[i], "-m") == 0 && i + 1 < argc)
            mutants = (unsigned)strtoul(argv[++i], NULL, 10);
        else if (strcmp(argv[i], "-s") == 0 && i + 1 < argc)
            seed0 = strtoull(argv[++i], NULL, 10);
        else if (strcmp(argv[i], "-t") == 0 && i + 1 < argc)
            only = argv[++i];
        else if (strcmp(argv[i], "-f") == 0 && i + 1 < argc && n_files < sizeof files / sizeof files[0])
            files[n_files++] = argv[++i];
        else if (strcmp(argv[i], "-v") == 0)
            verbose = 1;
        else {
            fprintf(stderr, "usage: differential [-n STRINGS] [-m MUTANTS] [-s SEED] [-t RULE,RULE...] [-f FILE.vec]..."
                            " [-v]\n");
            return 2;
        }
    }
    size_t n_targets;
    const qrs_abnf_target *targets = qrs_abnf_targets(&n_targets);
    static const qrs_dialect dialects[] = {QRS_DIALECT_DRAFT03, QRS_DIALECT_RFC5162, QRS_DIALECT_RFC7162};
    int failed = 0;
    for (size_t di = 0; di < 3; di++) {
        char errbuf[256];
        qrs_dialect d = dialects[di];
        qrs_abnf *g = qrs_abnf_load_dialect(d, errbuf, sizeof errbuf);
        if (!g) {
            printf("%s: the ABNF does not load: %s\n", qrs_dialect_name(d), errbuf);
            return 1;
        }
        totals tot = {0};
        uint64_t seed = seed0;
        rng_state = seed0 * 0x2545F4914F6CDD1Du + 1;
        for (size_t ti = 0; ti < n_targets; ti++) {
            const qrs_abnf_target *t = &targets[ti];
            /* The fragments are short: fewer strings explore them. */
            unsigned n = t->fragment < 0 ? strings : strings / 3 + 1;
            if (qrs_abnf_rule(g, t->rule) < 0 || !listed(only, t->rule))
                continue; /* a rule this dialect does not have, or not asked for */
            failed |= run_target(g, d, t, n, mutants, &seed, &tot) != 0;
        }
        printf("oracle %s: %lu generated, %lu refused by the parser; %lu mutants, %lu agree, %lu disagree"
               " (%lu skipped at a resource limit)\n",
               qrs_dialect_name(d), tot.generated, tot.generated_rejected, tot.mutants, tot.agreed, tot.disagreed,
               tot.oracle_gave_up);
        if (n_files) {
            totals vt = {0};
            for (size_t fi = 0; fi < n_files; fi++)
                failed |= run_vectors(g, d, files[fi], mutants, &vt) != 0;
            printf("oracle %s: vectors and %u mutants of each: %lu compared, %lu agree, %lu disagree"
                   " (%lu skipped at a resource limit)\n",
                   qrs_dialect_name(d), mutants, vt.mutants, vt.agreed, vt.disagreed, vt.oracle_gave_up);
        }
        if (tot.generated == 0)
            failed = 1;
        qrs_abnf_free(g);
    }
    return failed;
}
