/*
 * test_incomplete.c - every proper prefix of a valid message is
 * QRS_E_INCOMPLETE.
 *
 * qresync.h defines QRS_E_INCOMPLETE as "input ends inside a literal, or
 * before the CRLF": a message ends with its one CRLF outside literals, so a
 * proper prefix always stops before it, and a stream reader must be able to
 * tell "wait for more bytes" from "this can never become a message".  The
 * messages are those the vector files and the recorded sessions say must
 * parse: each case of tests/vectors/ *.vec with verdict ok, with its
 * dialect, side and leniencies, and also each vector input in every
 * dialect, strict and with every leniency, wherever it parses; and each
 * message of the transcripts (traffic-*.txt, demo-session.txt) that parses
 * strictly in rfc7162, or, for those with a "lenient=ok" verdict, with
 * every leniency.  Each message and options are checked once.  The whole
 * run takes about 2 seconds under ASan, so nothing is sampled.
 */
#include <glob.h>

#include "support.h"

/* A writable copy area that ends at a PROT_NONE page: a prefix of k bytes
 * is copied to end - k, so that any read past it faults. */
typedef struct prefix_area {
    char *map, *end;
    size_t map_len;
} prefix_area;

static prefix_area area_for(size_t len)
{
    prefix_area a;
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    size_t pages = (len + page - 1) / page + 1;
    a.map_len = pages * page;
    a.map = mmap(NULL, a.map_len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    cr_assert(a.map != MAP_FAILED, "mmap failed");
    cr_assert(mprotect(a.map + (pages - 1) * page, page, PROT_NONE) == 0, "mprotect failed");
    a.end = a.map + (pages - 1) * page;
    return a;
}

typedef struct prefix_stats {
    unsigned long messages, prefixes, failures;
} prefix_stats;

static unsigned char arena_buf[1 << 20];

/* How many failing prefixes are printed (QRS_PREFIX_REPORT=n to see more). */
static unsigned long prefix_report_max = 40;

static void put_escaped(FILE *f, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\r')
            fputs("\\r", f);
        else if (c == '\n')
            fputs("\\n", f);
        else if (c < 0x20 || c >= 0x7f)
            fprintf(f, "\\x%02x", c);
        else
            fputc(c, f);
    }
}

/* Check every proper prefix of msg[0..len), which must parse with o. */
static void check_prefixes(const char *where, unsigned line, const char *msg, size_t len, const qrs_options *o,
                           prefix_stats *st)
{
    prefix_area a = area_for(len);
    qrs_arena arena;
    const qrs_message *m;
    qrs_error err;
    memcpy(a.end - len, msg, len);
    qrs_arena_init(&arena, arena_buf, sizeof arena_buf);
    cr_assert_eq(qrs_parse(a.end - len, len, o, &arena, &m, &err), QRS_OK, "%s:%u must parse: %s at %zu (%s)",
                 where, line, qrs_code_name(err.code), err.offset, err.message);
    st->messages++;
    for (size_t k = 0; k < len; k++) {
        memcpy(a.end - k, msg, k);
        qrs_arena_reset(&arena);
        qrs_code rc = qrs_parse(k ? a.end - k : NULL, k, o, &arena, &m, &err);
        st->prefixes++;
        if (rc == QRS_E_INCOMPLETE)
            continue;
        if (st->failures++ < prefix_report_max) {
            fprintf(stderr, "%s:%u: the first %zu of %zu bytes give %s at %zu (%s: %s): \"", where, line, k, len,
                    qrs_code_name(rc), err.offset, err.rule, err.message);
            put_escaped(stderr, msg, k);
            fputs("\"\n", stderr);
        }
    }
    munmap(a.map, a.map_len);
}

static void report(const char *what, const prefix_stats *st)
{
    cr_log_info("%s: %lu messages, %lu proper prefixes, %lu not incomplete", what, st->messages, st->prefixes,
                st->failures);
    cr_expect_eq(st->failures, 0, "%s: %lu of %lu proper prefixes of %lu valid messages are not QRS_E_INCOMPLETE",
                 what, st->failures, st->prefixes, st->messages);
}

/* Messages already checked with the same options: the vector files hold
 * many lines several times (once per dialect and leniency). */
#define SEEN_SLOTS (1u << 16)
static uint64_t seen[SEEN_SLOTS];

static int first_time(const char *msg, size_t len, const qrs_options *o)
{
    uint64_t h = 14695981039346656037u; /* FNV-1a over the options and the bytes */
    const unsigned char head[3] = {(unsigned char)o->dialect, (unsigned char)o->side, (unsigned char)o->lenient};
    for (size_t i = 0; i < sizeof head; i++)
        h = (h ^ head[i]) * 1099511628211u;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)msg[i]) * 1099511628211u;
    h |= 1; /* 0 marks a free slot */
    for (size_t i = (size_t)h % SEEN_SLOTS;; i = (i + 1) % SEEN_SLOTS) {
        if (seen[i] == h)
            return 0;
        if (!seen[i]) {
            seen[i] = h;
            return 1;
        }
    }
}

/* Whether msg[0..len) parses with o. */
static int parses(const char *msg, size_t len, const qrs_options *o)
{
    qrs_arena arena;
    const qrs_message *m;
    qrs_arena_init(&arena, arena_buf, sizeof arena_buf);
    return qrs_parse(msg, len, o, &arena, &m, NULL) == QRS_OK;
}

Test(incomplete, every_prefix_of_the_vectors)
{
    glob_t g;
    prefix_stats st = {0, 0, 0};
    static const qrs_dialect dialects[] = {QRS_DIALECT_RFC7162, QRS_DIALECT_RFC5162, QRS_DIALECT_DRAFT03};
    const char *max = getenv("QRS_PREFIX_REPORT");
    if (max)
        prefix_report_max = strtoul(max, NULL, 10);
    cr_assert_eq(glob(VEC_DIR "*.vec", 0, NULL, &g), 0, "no vector files in " VEC_DIR);
    cr_assert_geq(g.gl_pathc, 2);
    for (size_t i = 0; i < g.gl_pathc; i++) {
        FILE *f = fopen(g.gl_pathv[i], "r");
        cr_assert(f, "cannot open %s", g.gl_pathv[i]);
        static vec v;
        unsigned lineno = 0;
        while (read_vec(f, g.gl_pathv[i], &v, &lineno)) {
            qrs_side side = v.client ? QRS_SIDE_CLIENT : QRS_SIDE_SERVER;
            /* the case as the file states it: it must parse when its verdict is ok */
            qrs_options o = opts_of(v.dialect, v.lenient);
            o.side = side;
            if (!strcmp(v.verdict, "ok") && first_time(v.line, v.len, &o))
                check_prefixes(g.gl_pathv[i], v.lineno, v.line, v.len, &o, &st);
            /* and with every dialect, strict and with every leniency, wherever it parses */
            for (size_t d = 0; d < 3; d++)
                for (int l = 0; l < 2; l++) {
                    o = opts_of(dialects[d], l ? QRS_LENIENT_ALL : 0);
                    o.side = side;
                    if (parses(v.line, v.len, &o) && first_time(v.line, v.len, &o))
                        check_prefixes(g.gl_pathv[i], v.lineno, v.line, v.len, &o, &st);
                }
        }
        fclose(f);
    }
    globfree(&g);
    cr_assert_gt(st.messages, 1500);
    report("vectors", &st);
}

/* MARK: - Transcripts (tests/vectors/README.md, "Transcripts") */

typedef struct transcript_msg {
    char text[16384];
    size_t len;
    int client;
    unsigned line;
} transcript_msg;

/* The next message of a transcript, with its CRLF; 0 at the end.  A line
 * ending in {n} or {n+} is followed by n raw bytes and then the rest of
 * the message's line. */
static int read_transcript(FILE *f, transcript_msg *m, unsigned *lineno)
{
    static char buf[16384];
    for (;;) {
        if (!fgets(buf, sizeof buf, f))
            return 0;
        ++*lineno;
        if ((buf[0] == 'C' || buf[0] == 'S') && buf[1] == ':' && buf[2] == ' ')
            break;
    }
    m->client = buf[0] == 'C';
    m->line = *lineno;
    m->len = 0;
    const char *part = buf + 3;
    for (;;) {
        size_t n = strcspn(part, "\n");
        if (n && part[n - 1] == '\r') /* a line that announces a literal ends in CRLF in the file */
            n--;
        cr_assert_lt(m->len + n + 2, sizeof m->text);
        memcpy(m->text + m->len, part, n);
        m->len += n;
        m->text[m->len++] = '\r';
        m->text[m->len++] = '\n';
        /* {n} or {n+} at the end of what was read: the literal's bytes follow */
        size_t e = m->len - 2;
        if (e < 3 || m->text[e - 1] != '}')
            return 1;
        size_t d = e - 1;
        if (m->text[d - 1] == '+')
            d--;
        size_t digits = d;
        while (digits > 0 && m->text[digits - 1] >= '0' && m->text[digits - 1] <= '9')
            digits--;
        if (digits == d || digits == 0 || m->text[digits - 1] != '{')
            return 1;
        size_t lit = (size_t)strtoul(m->text + digits, NULL, 10);
        cr_assert_lt(m->len + lit, sizeof m->text);
        cr_assert_eq(fread(m->text + m->len, 1, lit, f), lit, "literal cut short at line %u", *lineno);
        m->len += lit;
        for (const char *p = m->text + m->len - lit; p < m->text + m->len; p++)
            *lineno += *p == '\n';
        if (!fgets(buf, sizeof buf, f))
            buf[0] = 0;
        ++*lineno;
        part = buf;
    }
}

/* The verdict line after a message, if there is one: -1 none, 0 it fails
 * even with every leniency, 1 it parses with every leniency. */
static int read_verdict(FILE *f, unsigned *lineno)
{
    static char buf[256];
    long at = ftell(f);
    if (!fgets(buf, sizeof buf, f) || strncmp(buf, "#   ! ", 6) != 0) {
        fseek(f, at, SEEK_SET);
        return -1;
    }
    ++*lineno;
    return strstr(buf, "lenient=ok") != NULL;
}

Test(incomplete, every_prefix_of_the_transcripts)
{
    glob_t g;
    prefix_stats st = {0, 0, 0};
    const char *max = getenv("QRS_PREFIX_REPORT");
    if (max)
        prefix_report_max = strtoul(max, NULL, 10);
    cr_assert_eq(glob(VEC_DIR "traffic-*.txt", 0, NULL, &g), 0, "no transcripts in " VEC_DIR);
    cr_assert_eq(glob(VEC_DIR "demo-session.txt", GLOB_APPEND, NULL, &g), 0);
    cr_assert_geq(g.gl_pathc, 3);
    static transcript_msg m;
    for (size_t i = 0; i < g.gl_pathc; i++) {
        FILE *f = fopen(g.gl_pathv[i], "r");
        cr_assert(f, "cannot open %s", g.gl_pathv[i]);
        unsigned lineno = 0;
        while (read_transcript(f, &m, &lineno)) {
            int verdict = read_verdict(f, &lineno);
            if (verdict == 0)
                continue;
            qrs_options o = opts_of(QRS_DIALECT_RFC7162, verdict == 1 ? QRS_LENIENT_ALL : 0);
            o.side = m.client ? QRS_SIDE_CLIENT : QRS_SIDE_SERVER;
            if (first_time(m.text, m.len, &o))
                check_prefixes(g.gl_pathv[i], m.line, m.text, m.len, &o, &st);
        }
        fclose(f);
    }
    globfree(&g);
    cr_assert_gt(st.messages, 250);
    report("transcripts", &st);
}
