/*
 * impl_qresync.c - this library, through its public API only:
 *   lines: qrs_parse() (side given, as a client or server knows it), then the
 *     set read with qrs_seqset_iter_init() / qrs_seqset_next_n() and the numbers
 *     from the tree;
 *   bare sets: qrs_parse_fragment(QRS_RULE_SEQUENCE_SET), then the iterator;
 *   the writer: qrs_build_vanished() from a normalized qrs_ranges.
 * Every parse uses one 4 KiB arena, reset per line: no heap.
 */
#include "impl.h"

#include <stdlib.h>

#include "qresync.h"

static const char *qresync_unavailable(void)
{
    return NULL;
}

static int qresync_supports(bench_kind kind)
{
    (void)kind;
    return 1;
}

typedef struct qrs_state {
    unsigned char arena_mem[4096];
    qrs_arena arena;
    size_t arena_peak; /* most arena bytes one parse used */
    qrs_ranges *sets; /* writer input, one list per line */
    qrs_urange *storage;
    char *out;
    size_t cap;
} qrs_state;

static void *qresync_prepare(const bench_input *in)
{
    qrs_state *st = calloc(1, sizeof *st);
    if (!st)
        return NULL;
    qrs_arena_init(&st->arena, st->arena_mem, sizeof st->arena_mem);
    if (in->kind == BENCH_WRITE) {
        size_t per_line = in->n_pairs / in->n_lines;
        st->sets = calloc(in->n_lines, sizeof *st->sets);
        st->storage = calloc(in->n_pairs, sizeof *st->storage);
        st->cap = in->len + 64;
        st->out = malloc(st->cap);
        if (!st->sets || !st->storage || !st->out)
            return NULL;
        for (size_t l = 0; l < in->n_lines; l++) {
            qrs_ranges_init(&st->sets[l], st->storage + l * per_line, per_line);
            for (size_t i = 0; i < per_line; i++) {
                const uint32_t *p = in->pairs + 2 * (l * per_line + i);
                if (qrs_ranges_add(&st->sets[l], p[0], p[1]) != QRS_OK)
                    return NULL;
            }
            qrs_ranges_normalize(&st->sets[l]);
        }
    }
    return st;
}

static void qresync_release(void *state)
{
    qrs_state *st = state;
    free(st->sets);
    free(st->storage);
    free(st->out);
    free(st);
}

static size_t qresync_working_memory(void *state)
{
    return ((qrs_state *)state)->arena_peak;
}

static void add_set(const qrs_seqset *set, bench_sum *sum)
{
    qrs_seqset_iter it;
    qrs_range r[64];
    size_t n;
    qrs_seqset_iter_init(&it, set);
    while ((n = qrs_seqset_next_n(&it, r, sizeof r / sizeof r[0])) != 0) {
        sum->elements += n;
        for (size_t i = 0; i < n; i++)
            sum->bounds += (uint64_t)r[i].first + r[i].last;
    }
}

static int qresync_run(void *state, const bench_input *in, bench_sum *sum, const char **out, size_t *out_len)
{
    qrs_state *st = state;
    qrs_options opts = {0};
    if (in->kind == BENCH_WRITE) {
        size_t at = 0;
        for (size_t l = 0; l < in->n_lines; l++) {
            size_t len;
            if (qrs_build_vanished(QRS_DIALECT_RFC7162, 1, NULL, &st->sets[l], st->out + at, st->cap - at, &len) !=
                    QRS_OK ||
                len >= st->cap - at)
                return 0;
            at += len;
        }
        *out = st->out;
        *out_len = at;
        return 1;
    }
    opts.side = in->kind == BENCH_SELECT ? QRS_SIDE_CLIENT : QRS_SIDE_SERVER;
    for (size_t l = 0; l < in->n_lines; l++) {
        const char *line = in->text + in->line_off[l];
        size_t len = in->line_off[l + 1] - in->line_off[l];
        qrs_arena_reset(&st->arena);
        if (in->kind == BENCH_SET) {
            qrs_fragment frag;
            if (qrs_parse_fragment(QRS_RULE_SEQUENCE_SET, line, len - 1, &opts, &st->arena, &frag, NULL) != QRS_OK)
                return 0;
            add_set(&frag.set, sum);
            if (st->arena.used > st->arena_peak)
                st->arena_peak = st->arena.used;
            continue;
        }
        const qrs_message *msg;
        if (qrs_parse(line, len, &opts, &st->arena, &msg, NULL) != QRS_OK)
            return 0;
        if (st->arena.used > st->arena_peak)
            st->arena_peak = st->arena.used;
        switch (in->kind) {
        case BENCH_VANISHED:
            if (msg->kind != QRS_RESP_VANISHED)
                return 0;
            add_set(&msg->u.vanished.uids, sum);
            break;
        case BENCH_SELECT: {
            const qrs_param *q = msg->kind == QRS_CMD_SELECT ? msg->u.select.qresync : NULL;
            if (!q || !q->qresync.has_known_uids || !q->qresync.has_seq_match)
                return 0;
            add_set(&q->qresync.known_uids, sum);
            add_set(&q->qresync.known_sequence_set, sum);
            add_set(&q->qresync.known_uid_set, sum);
            sum->bounds += q->qresync.uidvalidity + q->qresync.modseq;
            break;
        }
        case BENCH_SHORT_OK:
            if (msg->kind != QRS_RESP_COND || msg->u.cond.text.code != QRS_CODE_HIGHESTMODSEQ)
                return 0;
            sum->elements++;
            sum->bounds += msg->u.cond.text.number;
            break;
        case BENCH_SHORT_FETCH:
            if (msg->kind != QRS_RESP_FETCH || !msg->u.fetch_resp.has_uid || !msg->u.fetch_resp.has_modseq)
                return 0;
            sum->elements += 3;
            sum->bounds += (uint64_t)msg->u.fetch_resp.number + msg->u.fetch_resp.uid + msg->u.fetch_resp.modseq;
            break;
        default:
            return 0;
        }
    }
    return 1;
}

const bench_impl bench_impl_qresync = {"libqresync", qresync_unavailable, qresync_supports, qresync_prepare,
                                       qresync_run, qresync_release, qresync_working_memory};
