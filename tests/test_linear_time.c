/*
 * test_linear_time.c - qrs_parse takes time linear in its input on every
 * shape that makes a reader look ahead: a word holding "[" (which may open a
 * section reaching past spaces), quoted strings, literals, parentheses and
 * sequence-sets, each repeated until the message is long.
 *
 * No timing is asserted as such: each shape is parsed at n and at 8n bytes,
 * and the test fails when the time per byte grows by more than LINEAR_SLACK.
 * Quadratic work makes that ratio about 8; linear work keeps it near 1.
 * The best of several runs is compared, so that a busy machine does not
 * fail the test.
 */
#include <time.h>

#include "support.h"

#define SMALL (16u * 1024u)
#define GROWTH 8u
#define RUNS 3
#define LINEAR_SLACK 2.5

typedef struct shape {
    const char *name;
    qrs_side side;
    const char *head; /* written once */
    const char *unit; /* repeated to fill the message */
    const char *tail; /* written once, before the CRLF */
} shape;

static const shape shapes[] = {
    /* a word with "[" and no "]": the section search must not run to the end from every one */
    {"enable-lbracket", QRS_SIDE_CLIENT, "A1 ENABLE ", "X[ ", "X"},
    {"capability-lbracket", QRS_SIDE_SERVER, "* CAPABILITY IMAP4rev1 ", "X[ ", "X"},
    {"store-flags-lbracket", QRS_SIDE_CLIENT, "A1 STORE 1 FLAGS (", "X[ ", "X)"},
    {"fetch-atts-lbracket", QRS_SIDE_CLIENT, "A1 FETCH 1 (", "X[ ", "X)"},
    {"fetch-items-lbracket", QRS_SIDE_SERVER, "* 1 FETCH (", "X[ X[ ", "UID 1)"},
    {"generic-lbracket", QRS_SIDE_CLIENT, "A1 NOOP ", "X[ ", "X"},
    {"generic-lbracket-paren", QRS_SIDE_CLIENT, "A1 NOOP ", "x[ (y) ", "X"},
    {"generic-lbracket-close-paren", QRS_SIDE_CLIENT, "A1 NOOP ", "(x[ y) ", "X"},
    {"generic-section-words", QRS_SIDE_CLIENT, "A1 NOOP ", "B[1 (2)] ", "X"},
    {"generic-rbracket", QRS_SIDE_CLIENT, "A1 NOOP ", "x] ", "X"},
    /* quoted strings, closed and with escapes; one left open at the end */
    {"quoted", QRS_SIDE_CLIENT, "A1 NOOP ", "\"a\\\"[\" ", "X"},
    {"quoted-open-at-end", QRS_SIDE_CLIENT, "A1 NOOP \"", "a[ ", ""},
    /* literals */
    {"literals", QRS_SIDE_CLIENT, "A1 NOOP ", "{3}\r\n[x] ", "X"},
    /* parentheses, nested and side by side */
    {"parentheses", QRS_SIDE_CLIENT, "A1 NOOP ", "((x) (y[ z])) ", "X"},
    /* sequence-sets */
    {"set", QRS_SIDE_CLIENT, "A1 UID FETCH ", "4294967295:1,", "7 (FLAGS)"},
    {"vanished", QRS_SIDE_SERVER, "* VANISHED (EARLIER) ", "1:2,", "7"},
    {"select-params", QRS_SIDE_CLIENT, "A1 SELECT INBOX (", "a ", "b)"},
};

/* head, unit repeated to fill about len bytes, tail, CRLF. */
static char *make_input(const shape *s, size_t len, size_t *out_len)
{
    size_t head = strlen(s->head), unit = strlen(s->unit), tail = strlen(s->tail);
    size_t units = (len - head - tail - 2) / unit;
    size_t n = head + units * unit + tail + 2;
    char *buf = malloc(n);
    cr_assert_not_null(buf);
    memcpy(buf, s->head, head);
    for (size_t i = 0; i < units; i++)
        memcpy(buf + head + i * unit, s->unit, unit);
    memcpy(buf + head + units * unit, s->tail, tail);
    memcpy(buf + n - 2, "\r\n", 2);
    *out_len = n;
    return buf;
}

static double cpu_seconds(void)
{
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

/* The best time per byte of RUNS parses of shape s at about len bytes. */
static double time_per_byte(const shape *s, size_t len, unsigned char *arena_buf, size_t arena_cap)
{
    size_t n;
    char *in = make_input(s, len, &n);
    qrs_options o;
    memset(&o, 0, sizeof o);
    o.side = s->side;
    o.lenient = QRS_LENIENT_LITERAL_PLUS;
    double best = 1e30;
    for (int r = 0; r < RUNS; r++) {
        qrs_arena a;
        const qrs_message *m;
        qrs_error e;
        qrs_arena_init(&a, arena_buf, arena_cap);
        double t0 = cpu_seconds();
        qrs_code rc = qrs_parse(in, n, &o, &a, &m, &e);
        double t = cpu_seconds() - t0;
        cr_assert(rc != QRS_E_ARENA_FULL, "%s: the arena is too small for the test", s->name);
        if (t < best)
            best = t;
        /* quadratic work on the large input takes seconds: no need to wait for the other runs */
        if (t > 2.0)
            break;
    }
    free(in);
    return best / (double)n;
}

Test(linear_time, time_per_byte_does_not_grow_with_the_input, .timeout = 240)
{
    size_t arena_cap = (size_t)SMALL * GROWTH * 128u;
    unsigned char *arena_buf = malloc(arena_cap);
    cr_assert_not_null(arena_buf);
    for (size_t i = 0; i < sizeof shapes / sizeof shapes[0]; i++) {
        const shape *s = &shapes[i];
        double small = time_per_byte(s, SMALL, arena_buf, arena_cap);
        double large = time_per_byte(s, (size_t)SMALL * GROWTH, arena_buf, arena_cap);
        /* a floor for inputs parsed too fast for the clock to tell */
        double floor = 1e-10;
        double ratio = (large > floor ? large : floor) / (small > floor ? small : floor);
        if (getenv("QRS_TEST_VERBOSE"))
            fprintf(stderr, "%s %.2f %.2f\n", s->name, small * 1e9, large * 1e9);
        cr_expect(ratio < LINEAR_SLACK, "%s: %.2f ns per byte at %u bytes, %.2f at %u: %.1fx", s->name, small * 1e9,
                  SMALL, large * 1e9, SMALL * GROWTH, ratio);
    }
    free(arena_buf);
}
