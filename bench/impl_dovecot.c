/*
 * impl_dovecot.c - Dovecot's lib-imap (Debian dovecot-dev), used the way
 * Dovecot itself uses it:
 *   responses (as its imapc client reads them): imap_parser_read_word() for
 *     the "*", imap_parser_read_args() with IMAP_PARSE_FLAG_SERVER_TEXT, then
 *     imap_seq_set_parse() on the set and str_to_uint32() / str_to_uint64() /
 *     str_parse_uint64() on the numbers;
 *   SELECT (as its imap server reads commands): imap_parser_read_tag(),
 *     imap_parser_read_command_name(), imap_parser_read_args(), then
 *     imap_seq_set_nostar_parse() on known-uids and seq-match-data;
 *   bare sets: imap_seq_set_parse() into a data-stack array;
 *   the writer: imap_write_seq_range() into a string_t, between the same
 *     "* VANISHED (EARLIER) " and CRLF the other writers add.
 * One istream over all the lines of an input and one parser per pass; after
 * each line the rest of it (the LF) is skipped and the parser reset, as
 * Dovecot's own loops do.  Sets parsed by Dovecot come out merged and
 * sorted; the inputs never touch, so the element count and bound sum agree.
 */
#include "impl.h"

#ifdef BENCH_HAVE_DOVECOT
#include "lib.h"
#include "array.h"
#include "istream.h"
#include "str.h"
#include "strnum.h"
#include "imap-parser.h"
#include "imap-seqset.h"
#include "imap-util.h"
#include "seq-range-array.h"

#include <stdlib.h>
#include <string.h>

static int dovecot_ready;

static const char *dovecot_unavailable(void)
{
    if (!dovecot_ready) {
        lib_init();
        dovecot_ready = 1;
    }
    return NULL;
}

static int dovecot_supports(bench_kind kind)
{
    (void)kind;
    return 1;
}

typedef struct dv_state {
    string_t *out;                      /* writer output */
    ARRAY_TYPE(seq_range) *sets;        /* writer input: one array per line */
    size_t n_sets;
} dv_state;

static void *dovecot_prepare(const bench_input *in)
{
    dv_state *st = calloc(1, sizeof *st);
    if (!st)
        return NULL;
    if (in->kind == BENCH_WRITE) {
        size_t per_line = in->n_pairs / in->n_lines;
        st->n_sets = in->n_lines;
        st->sets = calloc(in->n_lines, sizeof *st->sets);
        st->out = str_new(default_pool, in->len + 64);
        for (size_t l = 0; l < in->n_lines; l++) {
            i_array_init(&st->sets[l], (unsigned int)per_line);
            for (size_t i = 0; i < per_line; i++) {
                const uint32_t *p = in->pairs + 2 * (l * per_line + i);
                seq_range_array_add_range(&st->sets[l], p[0], p[1]);
            }
        }
    }
    return st;
}

static void dovecot_release(void *state)
{
    dv_state *st = state;
    for (size_t l = 0; l < st->n_sets; l++)
        array_free(&st->sets[l]);
    free(st->sets);
    if (st->out)
        str_free(&st->out);
    free(st);
}

/* Element count and bound sum of a parsed set. */
static void add_set(const ARRAY_TYPE(seq_range) *set, bench_sum *sum)
{
    const struct seq_range *r;
    array_foreach(set, r) {
        sum->elements++;
        sum->bounds += (uint64_t)r->seq1 + r->seq2;
    }
}

static int parse_set(const char *text, int nostar, bench_sum *sum)
{
    int ok;
    T_BEGIN {
        ARRAY_TYPE(seq_range) set;
        t_array_init(&set, 64);
        ok = (nostar ? imap_seq_set_nostar_parse(text, &set) : imap_seq_set_parse(text, &set)) == 0;
        if (ok)
            add_set(&set, sum);
    } T_END;
    return ok;
}

/* "* VANISHED (EARLIER) set", "* OK [HIGHESTMODSEQ n] text" or "* n FETCH (UID u MODSEQ (m))". */
static int response_line(struct imap_parser *parser, bench_kind kind, bench_sum *sum)
{
    const struct imap_arg *args, *list;
    const char *s, *end;
    uint32_t u32;
    uint64_t u64;
    if (imap_parser_read_word(parser) == NULL)
        return 0;
    int n = imap_parser_read_args(parser, 0, IMAP_PARSE_FLAG_SERVER_TEXT, &args);
    if (n < 0)
        return 0;
    switch (kind) {
    case BENCH_VANISHED:
        if (n < 3 || !imap_arg_atom_equals(&args[0], "VANISHED") || !imap_arg_get_atom(&args[2], &s))
            return 0;
        return parse_set(s, 1, sum);
    case BENCH_SHORT_OK:
        /* imapc reads the code's number out of the text atoms. */
        if (n < 3 || !imap_arg_atom_equals(&args[0], "OK") || !imap_arg_get_atom(&args[1], &s) ||
            strcasecmp(s, "[HIGHESTMODSEQ") != 0 || !imap_arg_get_atom(&args[2], &s))
            return 0;
        if (str_parse_uint64(s, &u64, &end) < 0 || *end != ']')
            return 0;
        sum->elements++;
        sum->bounds += u64;
        return 1;
    case BENCH_SHORT_FETCH:
        if (n < 3 || !imap_arg_get_atom(&args[0], &s) || str_to_uint32(s, &u32) < 0 ||
            !imap_arg_atom_equals(&args[1], "FETCH") || !imap_arg_get_list(&args[2], &list))
            return 0;
        sum->elements++;
        sum->bounds += u32;
        for (; !IMAP_ARG_IS_EOL(list); list += 2) {
            const struct imap_arg *inner;
            if (imap_arg_atom_equals(list, "UID")) {
                if (!imap_arg_get_atom(&list[1], &s) || str_to_uint32(s, &u32) < 0)
                    return 0;
                sum->bounds += u32;
            } else if (imap_arg_atom_equals(list, "MODSEQ")) {
                if (!imap_arg_get_list(&list[1], &inner) || !imap_arg_get_atom(inner, &s) ||
                    str_to_uint64(s, &u64) < 0)
                    return 0;
                sum->bounds += u64;
            } else
                return 0;
            sum->elements++;
        }
        return 1;
    default:
        return 0;
    }
}

/* "tag SELECT box (QRESYNC (uidvalidity modseq known-uids (seqs uids)))" as the imap server reads it. */
static int select_line(struct imap_parser *parser, bench_sum *sum)
{
    const struct imap_arg *args, *params, *q, *match;
    const char *tag, *name, *s;
    uint32_t uidvalidity;
    uint64_t modseq;
    if (imap_parser_read_tag(parser, &tag) <= 0 || imap_parser_read_command_name(parser, &name) <= 0 ||
        strcasecmp(name, "SELECT") != 0)
        return 0;
    if (imap_parser_read_args(parser, 0, 0, &args) < 2 || !imap_arg_get_list(&args[1], &params) ||
        !imap_arg_atom_equals(&params[0], "QRESYNC") || !imap_arg_get_list(&params[1], &q))
        return 0;
    if (!imap_arg_get_atom(&q[0], &s) || str_to_uint32(s, &uidvalidity) < 0 || !imap_arg_get_atom(&q[1], &s) ||
        str_to_uint64(s, &modseq) < 0 || !imap_arg_get_atom(&q[2], &s) || !parse_set(s, 1, sum) ||
        !imap_arg_get_list(&q[3], &match) || !imap_arg_get_atom(&match[0], &s) || !parse_set(s, 1, sum) ||
        !imap_arg_get_atom(&match[1], &s) || !parse_set(s, 1, sum))
        return 0;
    sum->bounds += uidvalidity + modseq;
    return 1;
}

static int dovecot_run(void *state, const bench_input *in, bench_sum *sum, const char **out, size_t *out_len)
{
    dv_state *st = state;
    if (in->kind == BENCH_SET) {
        for (size_t l = 0; l < in->n_lines; l++)
            if (!parse_set(in->text + in->line_off[l], 0, sum))
                return 0;
        return 1;
    }
    if (in->kind == BENCH_WRITE) {
        str_truncate(st->out, 0);
        for (size_t l = 0; l < in->n_lines; l++) {
            str_append(st->out, "* VANISHED (EARLIER) ");
            imap_write_seq_range(st->out, &st->sets[l]);
            str_append(st->out, "\r\n");
        }
        *out = str_c(st->out);
        *out_len = str_len(st->out);
        return 1;
    }
    int ok = 1;
    struct istream *input = i_stream_create_from_data(in->text, in->len);
    struct imap_parser *parser = imap_parser_create(input, NULL, in->len + 1, NULL);
    (void)i_stream_read(input);
    for (size_t l = 0; l < in->n_lines && ok; l++) {
        ok = in->kind == BENCH_SELECT ? select_line(parser, sum) : response_line(parser, in->kind, sum);
        /* The rest of the line (the LF after the CR the parser stopped at). */
        size_t size;
        const unsigned char *data = i_stream_get_data(input, &size);
        const unsigned char *lf = memchr(data, '\n', size);
        if (!lf)
            ok = 0;
        else
            i_stream_skip(input, (size_t)(lf - data) + 1);
        imap_parser_reset(parser);
    }
    imap_parser_unref(&parser);
    i_stream_unref(&input);
    return ok;
}

const bench_impl bench_impl_dovecot = {"dovecot", dovecot_unavailable, dovecot_supports, dovecot_prepare,
                                       dovecot_run, dovecot_release, 0};

#else /* !BENCH_HAVE_DOVECOT */

static const char *dovecot_missing(void)
{
    return "dovecot-dev is not installed (make bench-deps)";
}

const bench_impl bench_impl_dovecot = {"dovecot", dovecot_missing, 0, 0, 0, 0, 0};

#endif
