/*
 * gen.c - `qresync gen RULE`: print random instances of an ABNF rule of
 * grammar/abnf/, drawn by the ABNF oracle (src/oracle/), so that other
 * implementations can be tested with strings that are valid by construction.
 * The same seed, rule, dialect and bounds give the same strings.
 */
#include "gen.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "oracle/abnf.h"
#include "qresync.h"

#define EXIT_USAGE 2

static const char gen_usage[] =
    "usage: qresync gen RULE [--dialect=D] [-n N] [--seed=S] [--max-len=L] [--max-depth=D] [--raw]\n"
    "\n"
    "Print N (default 10) random instances of the ABNF rule RULE of the dialect D\n"
    "(draft03, rfc5162 or rfc7162; default rfc7162), each valid by construction,\n"
    "including the constraints the documents state in comments (value ranges,\n"
    "literal lengths, no '*' in known-uids, ...).  Start rules: client-line,\n"
    "server-line; any other rule name of grammar/abnf/ works too.\n"
    "\n"
    "  -n N, --count=N    number of instances (default 10)\n"
    "  --seed=S           seed of the generator (default 1)\n"
    "  --max-len=L        longest instance in bytes (default 300)\n"
    "  --max-depth=D      deepest nesting of rule references (default 16)\n"
    "  --raw              write the bytes as they are, each instance ending in\n"
    "                     CRLF; by default one instance per line, with bytes\n"
    "                     outside printable ASCII and the backslash as \\xHH\n"
    "\n"
    "Exit status: 0 when every instance was printed, 1 when the bounds left no\n"
    "instance of RULE, 2 on usage errors.\n";

/* "--name=VALUE" or "--name VALUE" (also for the short -n). */
static const char *option(const char *name, int argc, char **argv, int *i)
{
    size_t k = strlen(name);
    if (strncmp(argv[*i], name, k) != 0)
        return NULL;
    if (argv[*i][k] == '=')
        return argv[*i] + k + 1;
    if (argv[*i][k] == '\0' && *i + 1 < argc)
        return argv[++*i];
    return NULL;
}

static int parse_unsigned(const char *s, unsigned long long max, unsigned long long *out)
{
    char *end;
    if (!s || !*s || *s == '-')
        return 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (*end || v > max)
        return 0;
    *out = v;
    return 1;
}

static void print_escaped(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c < 0x7f && c != '\\')
            putchar(c);
        else
            printf("\\x%02x", c);
    }
    putchar('\n');
}

int qrs_cli_gen(int argc, char **argv)
{
    const char *rule = NULL, *v;
    qrs_dialect dialect = QRS_DIALECT_RFC7162;
    unsigned long long count = 10, seed = 1, max_len = 300, max_depth = 16;
    int raw = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            fputs(gen_usage, stdout);
            return 0;
        } else if ((v = option("--dialect", argc, argv, &i)) != NULL) {
            if (strcmp(v, "draft03") == 0)
                dialect = QRS_DIALECT_DRAFT03;
            else if (strcmp(v, "rfc5162") == 0)
                dialect = QRS_DIALECT_RFC5162;
            else if (strcmp(v, "rfc7162") == 0)
                dialect = QRS_DIALECT_RFC7162;
            else {
                fprintf(stderr, "qresync gen: unknown dialect '%s'\n", v);
                return EXIT_USAGE;
            }
        } else if ((v = option("-n", argc, argv, &i)) != NULL || (v = option("--count", argc, argv, &i)) != NULL) {
            if (!parse_unsigned(v, 100000000ull, &count)) {
                fprintf(stderr, "qresync gen: bad count '%s'\n", v);
                return EXIT_USAGE;
            }
        } else if ((v = option("--seed", argc, argv, &i)) != NULL) {
            if (!parse_unsigned(v, UINT64_MAX, &seed)) {
                fprintf(stderr, "qresync gen: bad seed '%s'\n", v);
                return EXIT_USAGE;
            }
        } else if ((v = option("--max-len", argc, argv, &i)) != NULL) {
            if (!parse_unsigned(v, 1u << 20, &max_len) || max_len == 0) {
                fprintf(stderr, "qresync gen: bad length '%s'\n", v);
                return EXIT_USAGE;
            }
        } else if ((v = option("--max-depth", argc, argv, &i)) != NULL) {
            if (!parse_unsigned(v, 1000, &max_depth)) {
                fprintf(stderr, "qresync gen: bad depth '%s'\n", v);
                return EXIT_USAGE;
            }
        } else if (strcmp(argv[i], "--raw") == 0) {
            raw = 1;
        } else if (argv[i][0] == '-' || rule) {
            fprintf(stderr, "qresync gen: unexpected argument '%s'\nTry 'qresync gen --help'.\n", argv[i]);
            return EXIT_USAGE;
        } else {
            rule = argv[i];
        }
    }
    if (!rule) {
        fputs(gen_usage, stderr);
        return EXIT_USAGE;
    }
    char err[256];
    qrs_abnf *g = qrs_abnf_load_dialect(dialect, err, sizeof err);
    if (!g) {
        fprintf(stderr, "qresync gen: the grammar does not load: %s\n", err);
        return 1;
    }
    int r = qrs_abnf_rule(g, rule);
    if (r < 0) {
        fprintf(stderr, "qresync gen: no rule '%s' in %s\n", rule, qrs_dialect_name(dialect));
        qrs_abnf_free(g);
        return EXIT_USAGE;
    }
    char *buf = malloc((size_t)max_len + 1);
    int status = 0;
    uint64_t state = seed;
    for (unsigned long long k = 0; k < count && buf; k++) {
        size_t n = qrs_abnf_generate(g, r, &state, (unsigned)max_depth, (size_t)max_len, buf, (size_t)max_len);
        if (n == (size_t)-1) {
            fprintf(stderr, "qresync gen: no instance of %s within %llu bytes and depth %llu\n", rule, max_len,
                    max_depth);
            status = 1;
            break;
        }
        if (!raw) {
            print_escaped(buf, n);
        } else {
            fwrite(buf, 1, n, stdout);
            if (n < 2 || buf[n - 2] != '\r' || buf[n - 1] != '\n')
                fputs("\r\n", stdout);
        }
    }
    if (!buf) {
        fputs("qresync gen: out of memory\n", stderr);
        status = 1;
    }
    free(buf);
    qrs_abnf_free(g);
    return status;
}
