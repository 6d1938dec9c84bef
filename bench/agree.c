/*
 * agree.c - the library reads three common server lines, and whole bare
 * sequence-sets, without its generated parser (src/parse.c).  This check
 * holds that shortcut to the parser: each line is parsed as written (upper
 * case, so the shortcut takes it) and with its letters in lower case (which
 * only the parser reads), and the two results must match field by field, by
 * offset; errors must match in code, offset and rule.  Bare sets are compared
 * with the same text read as known-uids, which has no shortcut.
 */
#include "agree.h"

#include <stdio.h>
#include <string.h>

#include "qresync.h"

typedef struct side {
    const char *base;
    qrs_code rc;
    qrs_error err;
    const qrs_message *msg;
    size_t arena_used;
} side;

/* A slice as an offset from its input, so that two copies of a line compare. */
static long off(const side *s, qrs_slice sl)
{
    return sl.ptr ? (long)(sl.ptr - s->base) : -1;
}

#define SAME_SLICE(f) (off(a, a->msg->f) == off(b, b->msg->f) && a->msg->f.len == b->msg->f.len)
#define SAME(f) (a->msg->f == b->msg->f)

static int same_items(const side *a, const side *b)
{
    const qrs_item *x = a->msg->u.fetch_resp.items, *y = b->msg->u.fetch_resp.items;
    for (; x && y; x = x->next, y = y->next)
        if (x->kind != y->kind || x->number != y->number || off(a, x->raw) != off(b, y->raw) ||
            x->raw.len != y->raw.len || off(a, x->name) != off(b, y->name) || x->name.len != y->name.len ||
            off(a, x->value) != off(b, y->value) || x->value.len != y->value.len)
            return 0;
    return !x && !y;
}

static int same_message(const side *a, const side *b)
{
    if (a->rc != b->rc || a->arena_used != b->arena_used)
        return 0;
    if (a->rc != QRS_OK)
        return a->err.code == b->err.code && a->err.offset == b->err.offset && strcmp(a->err.rule, b->err.rule) == 0;
    if (!SAME(kind) || !SAME_SLICE(raw) || !SAME_SLICE(tag) || !SAME(uid))
        return 0;
    switch (a->msg->kind) {
    case QRS_RESP_COND:
        return SAME_SLICE(u.cond.status) && SAME(u.cond.text.code) && SAME_SLICE(u.cond.text.code_raw) &&
               SAME_SLICE(u.cond.text.code_name) && SAME_SLICE(u.cond.text.code_value) &&
               SAME(u.cond.text.number) && SAME_SLICE(u.cond.text.text) && SAME_SLICE(u.cond.text.modified.text);
    case QRS_RESP_VANISHED:
        return SAME(u.vanished.earlier) && SAME(u.vanished.has_tag) && SAME_SLICE(u.vanished.uids.text) &&
               SAME(u.vanished.uids.elements) && SAME(u.vanished.uids.flags);
    case QRS_RESP_FETCH:
        return SAME(u.fetch_resp.number) && SAME(u.fetch_resp.has_uid) && SAME(u.fetch_resp.has_modseq) &&
               SAME(u.fetch_resp.uid) && SAME(u.fetch_resp.modseq) && same_items(a, b);
    default:
        return 1; /* other kinds never take the shortcut */
    }
}

static void parse_side(side *s, const char *line, size_t len, const qrs_options *opts, unsigned char *mem,
                       size_t cap)
{
    qrs_arena arena;
    qrs_arena_init(&arena, mem, cap);
    s->base = line;
    s->rc = qrs_parse(line, len, opts, &arena, &s->msg, &s->err);
    s->arena_used = arena.used;
}

/* One line both ways; returns 1 when they agree. */
static int agree_line(const char *line, size_t len, const qrs_options *opts, size_t arena_cap, char *lower)
{
    static unsigned char mem_a[1 << 12], mem_b[1 << 12];
    side a, b;
    for (size_t i = 0; i < len; i++)
        lower[i] = (char)(line[i] >= 'A' && line[i] <= 'Z' ? line[i] - 'A' + 'a' : line[i]);
    parse_side(&a, line, len, opts, mem_a, arena_cap);
    parse_side(&b, lower, len, opts, mem_b, arena_cap);
    if (same_message(&a, &b))
        return 1;
    printf("agree: the shortcut and the parser differ on \"%.*s\": rc %s/%s offset %zu/%zu\n",
           (int)(len > 80 ? 80 : len), line, qrs_code_name(a.rc), qrs_code_name(b.rc), a.err.offset, b.err.offset);
    return 0;
}

/* Lines in the shortcut's shapes that must be refused, or read, as the parser does. */
static const char *const edge_lines[] = {
    "* OK [HIGHESTMODSEQ 0] zero\r\n",
    "* OK [HIGHESTMODSEQ 9223372036854775808] above 2^63-1\r\n",
    "* OK [HIGHESTMODSEQ 18446744073709551616] above 2^64-1\r\n",
    "* OK [HIGHESTMODSEQ 715194045007] \r\n",
    "* OK [HIGHESTMODSEQ 715194045007]\r\n",
    "* OK [HIGHESTMODSEQ 01] leading zero\r\n",
    "* OK [HIGHESTMODSEQ 5] text\r\n trailing",
    "* OK [HIGHESTMODSEQ 5] text\r",
    "* OK [HIGHESTMODSEQ 5] tab\there\r\n",
    "* 0 FETCH (UID 4 MODSEQ (12121231000))\r\n",
    "* 1 FETCH (UID 0 MODSEQ (12121231000))\r\n",
    "* 1 FETCH (UID 4294967296 MODSEQ (1))\r\n",
    "* 4294967296 FETCH (UID 4 MODSEQ (1))\r\n",
    "* 1 FETCH (UID 4 MODSEQ (0))\r\n",
    "* 1 FETCH (UID 4 MODSEQ (12121231000)) \r\n",
    "* 1 FETCH (UID 4 MODSEQ (12121231000)\r\n",
    "* VANISHED (EARLIER) 41,43:116,118,120:211,214:540\r\n",
    "* VANISHED 405,407,410,425:430\r\n",
    "* VANISHED (EARLIER) 1:*\r\n",
    "* VANISHED (EARLIER) *\r\n",
    "* VANISHED 0\r\n",
    "* VANISHED 5\r\n",
    "* VANISHED 1:4294967295\r\n",
    "* VANISHED 1:4294967296\r\n",
    "* VANISHED 3,,4\r\n",
    "* VANISHED 3,\r\n",
    "* VANISHED 3:\r\n",
    "* VANISHED 05\r\n",
    "* VANISHED 5:2,9,7\r\n",
    "* VANISHED (EARLIER) 12345678901234567890\r\n",
    "* VANISHED 1,2,3\r\n",
};

int bench_agree(const bench_input *in, size_t n)
{
    static char lower[1 << 21];
    static unsigned char mem_a[64], mem_b[64];
    int wrong = 0;
    size_t lines = 0;
    qrs_options server = {0}, tight = {0};
    server.side = QRS_SIDE_SERVER;
    tight.side = QRS_SIDE_SERVER;
    tight.max_depth = 1;          /* FETCH's nested list is then too deep */
    tight.max_set_elements = 3;   /* and long sets too long */
    for (size_t k = 0; k < n; k++) {
        if (in[k].kind != BENCH_VANISHED && in[k].kind != BENCH_SHORT_OK && in[k].kind != BENCH_SHORT_FETCH)
            continue;
        for (size_t l = 0; l < in[k].n_lines; l++) {
            const char *line = in[k].text + in[k].line_off[l];
            size_t len = in[k].line_off[l + 1] - in[k].line_off[l];
            if (len > sizeof lower)
                continue;
            wrong += !agree_line(line, len, &server, 4096, lower);
            lines++;
        }
    }
    for (size_t e = 0; e < sizeof edge_lines / sizeof edge_lines[0]; e++) {
        const char *line = edge_lines[e];
        size_t len = strlen(line);
        qrs_options lenient = server;
        lenient.lenient = QRS_LENIENT_ALL;
        qrs_options draft = server;
        draft.dialect = QRS_DIALECT_DRAFT03;
        wrong += !agree_line(line, len, &server, 4096, lower);
        wrong += !agree_line(line, len, &lenient, 4096, lower);
        wrong += !agree_line(line, len, &draft, 4096, lower);
        wrong += !agree_line(line, len, &tight, 4096, lower);
        wrong += !agree_line(line, len, &server, 64, lower); /* arena too small for some nodes */
        lines += 5;
    }
    /* Bare sets: sequence-set (shortcut) against known-uids (parser), same text. */
    for (size_t k = 0; k < n; k++) {
        if (in[k].kind != BENCH_SET)
            continue;
        for (size_t l = 0; l < in[k].n_lines; l++) {
            const char *set = in[k].text + in[k].line_off[l];
            size_t len = in[k].line_off[l + 1] - in[k].line_off[l] - 1;
            qrs_arena a, b;
            qrs_fragment fa, fb;
            qrs_arena_init(&a, mem_a, sizeof mem_a);
            qrs_arena_init(&b, mem_b, sizeof mem_b);
            qrs_code ra = qrs_parse_fragment(QRS_RULE_SEQUENCE_SET, set, len, NULL, &a, &fa, NULL);
            qrs_code rb = qrs_parse_fragment(QRS_RULE_KNOWN_UIDS, set, len, NULL, &b, &fb, NULL);
            if (ra != rb || fa.set.text.ptr != fb.set.text.ptr || fa.set.text.len != fb.set.text.len ||
                fa.set.elements != fb.set.elements || fa.set.flags != fb.set.flags) {
                printf("agree: sequence-set and known-uids differ on %s line %zu\n", in[k].name, l);
                wrong++;
            }
            lines++;
        }
    }
    printf("agree: %zu lines and sets read alike with and without the shortcut%s\n", lines,
           wrong ? " (except the ones above)" : "");
    return wrong;
}
