/*
 * inputs.c - the deterministic input generator.  One fixed seed, so every run
 * and every machine parses the same bytes.  Sets are made of elements that
 * never overlap or touch (a gap of at least 2 between them), so that a peer
 * that merges ranges as it parses (Dovecot's seq_range arrays) keeps every
 * element, and the element count and the sum of the bounds are the same for
 * every implementation whatever order the elements are written in.
 */
#include "inputs.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* MARK: - Deterministic randomness (xorshift64*) */

static uint64_t rng_state = 0x9e3779b97f4a7c15u;

static uint32_t rng_next(void)
{
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return (uint32_t)((rng_state * 0x2545f4914f6cdd1du) >> 32);
}

/* Uniform enough in [0, n) for n well below 2^32. */
static uint32_t rng_below(uint32_t n)
{
    return n ? (uint32_t)(((uint64_t)rng_next() * n) >> 32) : 0;
}

/* MARK: - A growing text buffer (used only while generating, never while timing) */

typedef struct textbuf {
    char *p;
    size_t len, cap;
} textbuf;

static void tb_reserve(textbuf *b, size_t more)
{
    if (b->len + more + 1 <= b->cap)
        return;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + more + 1)
        cap *= 2;
    b->p = realloc(b->p, cap);
    if (!b->p) {
        perror("bench: realloc");
        exit(2);
    }
    b->cap = cap;
}

static void tb_add(textbuf *b, const char *s, size_t n)
{
    tb_reserve(b, n);
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = 0;
}

static void tb_str(textbuf *b, const char *s)
{
    tb_add(b, s, strlen(s));
}

static void tb_u64(textbuf *b, uint64_t v)
{
    char tmp[24];
    int n = snprintf(tmp, sizeof tmp, "%llu", (unsigned long long)v);
    tb_add(b, tmp, (size_t)n);
}

/* MARK: - Sets */

typedef enum set_order { ORDER_ASCENDING, ORDER_DESCENDING, ORDER_SHUFFLED, ORDER_ZIGZAG } set_order;

/* n elements between lo and hi (inclusive), ascending, 60% singletons and 40%
 * ranges, never touching: element i lives in its own slot of the span. */
static uint32_t *make_elements(size_t n, uint32_t lo, uint32_t hi)
{
    uint32_t *v = malloc(2 * n * sizeof *v);
    uint64_t slot = ((uint64_t)hi - lo + 1) / n;
    if (!v || slot < 4) {
        fprintf(stderr, "bench: cannot fit %zu elements in %u..%u\n", n, lo, hi);
        exit(2);
    }
    for (size_t i = 0; i < n; i++) {
        uint64_t base = lo + i * slot;
        uint32_t first = (uint32_t)(base + rng_below((uint32_t)(slot / 2)));
        uint32_t last = first;
        if (rng_below(100) < 40)
            last = first + 1 + rng_below((uint32_t)(slot / 2 - 2));
        v[2 * i] = first;
        v[2 * i + 1] = last;
    }
    return v;
}

/* Reorder the pairs as the order asks; descending also writes each range high:low. */
static void reorder(uint32_t *v, size_t n, set_order order)
{
    uint32_t *tmp = malloc(2 * n * sizeof *tmp);
    if (!tmp)
        exit(2);
    for (size_t i = 0; i < n; i++) {
        size_t from = i;
        if (order == ORDER_DESCENDING)
            from = n - 1 - i;
        else if (order == ORDER_ZIGZAG) /* first, last, second, second-to-last, ...: every insert lands mid-array */
            from = i % 2 ? n - 1 - i / 2 : i / 2;
        tmp[2 * i] = v[2 * from];
        tmp[2 * i + 1] = v[2 * from + 1];
        if (order == ORDER_DESCENDING) {
            tmp[2 * i] = v[2 * from + 1];
            tmp[2 * i + 1] = v[2 * from];
        }
    }
    if (order == ORDER_SHUFFLED)
        for (size_t i = n - 1; i > 0; i--) {
            size_t j = rng_below((uint32_t)(i + 1));
            uint32_t a = tmp[2 * i], b = tmp[2 * i + 1];
            tmp[2 * i] = tmp[2 * j];
            tmp[2 * i + 1] = tmp[2 * j + 1];
            tmp[2 * j] = a;
            tmp[2 * j + 1] = b;
        }
    memcpy(v, tmp, 2 * n * sizeof *v);
    free(tmp);
}

static void write_set(textbuf *b, const uint32_t *v, size_t n, bench_sum *sum)
{
    for (size_t i = 0; i < n; i++) {
        if (i)
            tb_add(b, ",", 1);
        tb_u64(b, v[2 * i]);
        if (v[2 * i + 1] != v[2 * i]) {
            tb_add(b, ":", 1);
            tb_u64(b, v[2 * i + 1]);
        }
        sum->elements++;
        sum->bounds += (uint64_t)v[2 * i] + v[2 * i + 1];
    }
}

/* MARK: - Inputs */

/* Each input has its own seed, made from its name, so that one input can be
 * made alone (qrs-bench --only, under callgrind) with the same bytes. */
static void seed_for(const char *name)
{
    uint64_t h = 0xcbf29ce484222325u; /* FNV-1a */
    for (; *name; name++)
        h = (h ^ (unsigned char)*name) * 0x100000001b3u;
    rng_state = h ? h : 1;
}

static const char *wanted; /* NULL: every input */

static int want(const char *name)
{
    return !wanted || strcmp(wanted, name) == 0;
}

typedef struct builder {
    bench_input *in;
    textbuf text;
    size_t *off;
    size_t n_off, cap_off;
} builder;

static void start(builder *bd, bench_input *in, const char *name, const char *group, bench_kind kind)
{
    seed_for(name);
    memset(in, 0, sizeof *in);
    memset(bd, 0, sizeof *bd);
    bd->in = in;
    in->name = name;
    in->group = group;
    in->kind = kind;
}

static void line_start(builder *bd)
{
    if (bd->n_off + 2 > bd->cap_off) {
        bd->cap_off = bd->cap_off ? 2 * bd->cap_off : 64;
        bd->off = realloc(bd->off, bd->cap_off * sizeof *bd->off);
        if (!bd->off)
            exit(2);
    }
    bd->off[bd->n_off++] = bd->text.len;
}

static void finish(builder *bd)
{
    bench_input *in = bd->in;
    line_start(bd);
    bd->n_off--; /* the last entry is the end offset, not a line */
    in->n_lines = bd->n_off;
    in->line_off = bd->off;
    in->text = bd->text.p;
    in->len = bd->text.len;
    in->bytes = in->kind == BENCH_SET ? in->len - in->n_lines : in->len;
}

/* lines sets of n elements each, in the given order, as bare sets or VANISHED lines. */
static void make_sets(bench_input *in, const char *name, const char *group, bench_kind kind, size_t lines,
                      size_t n, uint32_t lo, uint32_t hi, set_order order)
{
    builder bd;
    start(&bd, in, name, group, kind);
    in->pairs = malloc(2 * n * lines * sizeof *in->pairs);
    if (!in->pairs)
        exit(2);
    for (size_t l = 0; l < lines; l++) {
        uint32_t *v = make_elements(n, lo, hi);
        reorder(v, n, order);
        memcpy(in->pairs + 2 * n * l, v, 2 * n * sizeof *v);
        line_start(&bd);
        if (kind == BENCH_VANISHED)
            tb_str(&bd.text, "* VANISHED (EARLIER) ");
        write_set(&bd.text, v, n, &in->expect);
        if (kind == BENCH_VANISHED)
            tb_str(&bd.text, "\r\n");
        else
            tb_add(&bd.text, "", 1); /* the NUL that ends a bare set */
        free(v);
    }
    in->n_pairs = n * lines;
    finish(&bd);
}

/* SELECT with known-uids of n elements and seq-match-data of m pairs, both strictly ascending. */
static void make_select(bench_input *in, const char *name, size_t lines, size_t n, size_t m)
{
    builder bd;
    start(&bd, in, name, "select", BENCH_SELECT);
    for (size_t l = 0; l < lines; l++) {
        uint32_t uidvalidity = 1 + rng_below(4000000000u);
        uint64_t modseq = ((uint64_t)rng_next() << 20) + rng_next() + 1;
        uint32_t *known = make_elements(n, 1, 4000000000u);
        uint32_t *seqs = make_elements(m, 1, 4000000u), *uids = malloc(2 * m * sizeof *uids);
        if (!uids)
            exit(2);
        /* The UIDs of seq-match-data pair up with the message numbers: the same
         * shape (singleton or range of the same width), strictly ascending. */
        uint64_t slot = 4000000000u / m;
        for (size_t i = 0; i < m; i++) {
            uint32_t width = seqs[2 * i + 1] - seqs[2 * i];
            uids[2 * i] = (uint32_t)(1 + i * slot + rng_below((uint32_t)(slot / 2)));
            uids[2 * i + 1] = uids[2 * i] + width;
        }
        line_start(&bd);
        tb_str(&bd.text, "A");
        tb_u64(&bd.text, l + 1);
        tb_str(&bd.text, " SELECT INBOX (QRESYNC (");
        tb_u64(&bd.text, uidvalidity);
        tb_str(&bd.text, " ");
        tb_u64(&bd.text, modseq);
        tb_str(&bd.text, " ");
        write_set(&bd.text, known, n, &in->expect);
        tb_str(&bd.text, " (");
        write_set(&bd.text, seqs, m, &in->expect);
        tb_str(&bd.text, " ");
        write_set(&bd.text, uids, m, &in->expect);
        tb_str(&bd.text, ")))\r\n");
        in->expect.bounds += uidvalidity + modseq;
        free(known);
        free(seqs);
        free(uids);
    }
    finish(&bd);
}

static void make_short(bench_input *in, const char *name, bench_kind kind, size_t lines)
{
    builder bd;
    start(&bd, in, name, "short", kind);
    for (size_t l = 0; l < lines; l++) {
        line_start(&bd);
        if (kind == BENCH_SHORT_OK) {
            uint64_t modseq = ((uint64_t)rng_next() << 16) + rng_next() + 1;
            tb_str(&bd.text, "* OK [HIGHESTMODSEQ ");
            tb_u64(&bd.text, modseq);
            tb_str(&bd.text, "] Highest\r\n");
            in->expect.elements += 1;
            in->expect.bounds += modseq;
        } else {
            uint32_t msgno = 1 + rng_below(100000), uid = 1 + rng_below(4000000000u);
            uint64_t modseq = ((uint64_t)rng_next() << 8) + 1;
            tb_str(&bd.text, "* ");
            tb_u64(&bd.text, msgno);
            tb_str(&bd.text, " FETCH (UID ");
            tb_u64(&bd.text, uid);
            tb_str(&bd.text, " MODSEQ (");
            tb_u64(&bd.text, modseq);
            tb_str(&bd.text, "))\r\n");
            in->expect.elements += 3;
            in->expect.bounds += msgno + uid + modseq;
        }
    }
    finish(&bd);
}

/* The serializer input: the ascending elements of a set input, written as one VANISHED line each. */
static void make_write(bench_input *in, const char *name, const bench_input *src, size_t per_line)
{
    builder bd;
    start(&bd, in, name, "write", BENCH_WRITE);
    in->n_pairs = src->n_pairs;
    in->pairs = malloc(2 * src->n_pairs * sizeof *in->pairs);
    if (!in->pairs)
        exit(2);
    memcpy(in->pairs, src->pairs, 2 * src->n_pairs * sizeof *in->pairs);
    /* The expected output is the source's text: the same elements, the same
     * spelling; the harness compares every writer's bytes with it. */
    for (size_t l = 0; l < src->n_pairs / per_line; l++) {
        line_start(&bd);
        tb_str(&bd.text, "* VANISHED (EARLIER) ");
        write_set(&bd.text, in->pairs + 2 * per_line * l, per_line, &in->expect);
        tb_str(&bd.text, "\r\n");
    }
    finish(&bd);
}

#define N_INPUTS 20

size_t bench_inputs_make(bench_input **out, const char *only)
{
    bench_input *in = calloc(N_INPUTS, sizeof *in);
    size_t n = 0;
    if (!in)
        exit(2);
    wanted = only;
    const uint32_t top = 4000000000u;
#define SETS(name, group, kind, lines, elems, lo, hi, order)                                                       \
    if (want(name) || (only && strcmp(only, "write-" name) == 0))                                                 \
        make_sets(&in[n++], name, group, kind, lines, elems, lo, hi, order);
    /* Long lines: VANISHED (EARLIER) of 10, 1,000 and 100,000 elements, UIDs up to 4e9. */
    SETS("vanished-10", "long", BENCH_VANISHED, 2000, 10, 1, top, ORDER_ASCENDING)
    SETS("vanished-1k", "long", BENCH_VANISHED, 40, 1000, 1, top, ORDER_ASCENDING)
    SETS("vanished-100k", "long", BENCH_VANISHED, 1, 100000, 1, top, ORDER_ASCENDING)
    /* The same sizes as bare sequence-sets. */
    SETS("set-10", "long", BENCH_SET, 2000, 10, 1, top, ORDER_ASCENDING)
    SETS("set-1k", "long", BENCH_SET, 40, 1000, 1, top, ORDER_ASCENDING)
    SETS("set-100k", "long", BENCH_SET, 1, 100000, 1, top, ORDER_ASCENDING)
    /* Descending (ranges written high:low too), then orders and values chosen to hurt. */
    SETS("vanished-100k-desc", "desc", BENCH_VANISHED, 1, 100000, 1, top, ORDER_DESCENDING)
    SETS("set-100k-desc", "desc", BENCH_SET, 1, 100000, 1, top, ORDER_DESCENDING)
    SETS("vanished-100k-shuffled", "adv", BENCH_VANISHED, 1, 100000, 1, top, ORDER_SHUFFLED)
    SETS("vanished-100k-zigzag", "adv", BENCH_VANISHED, 1, 100000, 1, top, ORDER_ZIGZAG)
    /* Every number 10 digits and within 1e6 of 4294967295: each one needs the full overflow check. */
    SETS("vanished-100k-top", "adv", BENCH_VANISHED, 1, 100000, 4293967295u, 4294967295u, ORDER_ASCENDING)
#undef SETS
    /* SELECT/EXAMINE with QRESYNC, known-uids and seq-match-data. */
    if (want("select-qresync-10"))
        make_select(&in[n++], "select-qresync-10", 1000, 10, 4);
    if (want("select-qresync-1k"))
        make_select(&in[n++], "select-qresync-1k", 40, 1000, 100);
    /* Short response lines. */
    if (want("ok-highestmodseq"))
        make_short(&in[n++], "ok-highestmodseq", BENCH_SHORT_OK, 2000);
    if (want("fetch-uid-modseq"))
        make_short(&in[n++], "fetch-uid-modseq", BENCH_SHORT_FETCH, 2000);
    /* Serializer: the elements of vanished-1k and vanished-100k, written back. */
    for (size_t i = 0, made = n; i < made; i++) {
        static const struct {
            const char *src, *name;
            size_t per_line;
        } writes[] = {{"vanished-1k", "write-vanished-1k", 1000}, {"vanished-100k", "write-vanished-100k", 100000}};
        for (size_t w = 0; w < sizeof writes / sizeof writes[0]; w++)
            if (strcmp(in[i].name, writes[w].src) == 0 && want(writes[w].name)) {
                make_write(&in[n], writes[w].name, &in[i], writes[w].per_line);
                n++;
            }
    }
    *out = in;
    return n;
}

void bench_inputs_free(bench_input *in, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(in[i].text);
        free(in[i].line_off);
        free(in[i].pairs);
    }
    free(in);
}
