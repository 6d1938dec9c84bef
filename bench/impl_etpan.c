/*
 * impl_etpan.c - libetpan (Debian libetpan-dev), through the functions its
 * IMAP client runs on each line it receives:
 *   responses: mailimap_response_data_parse() over the buffered line (the
 *     VANISHED, HIGHESTMODSEQ and MODSEQ parts come from its built-in
 *     QRESYNC and CONDSTORE extensions), then mailimap_response_data_free();
 *   bare sets: mailimap_set_parse(), then mailimap_set_free();
 *   the writer: mailimap_set_send() into a mailstream whose low-level driver
 *     appends to memory, between the "* VANISHED (EARLIER) " and CRLF that
 *     the other writers add, then mailstream_flush().
 * libetpan is a client library: it has no parser for commands, so SELECT
 * rows have no libetpan column.  Its parser and sender prototypes are not in
 * the installed headers (mailimap_parser.h and mailimap_sender.h stay in its
 * source tree), so they are declared here as libetpan 1.9 defines them.
 */
#include "impl.h"

#ifdef BENCH_HAVE_ETPAN
#include <libetpan/libetpan.h>
#include <stdlib.h>
#include <string.h>

int mailimap_set_parse(mailstream *fd, MMAPString *buffer, struct mailimap_parser_context *parser_ctx, size_t *indx,
                       struct mailimap_set **result);
int mailimap_response_data_parse(mailstream *fd, MMAPString *buffer, struct mailimap_parser_context *parser_ctx,
                                 size_t *indx, struct mailimap_response_data **result, size_t progr_rate,
                                 progress_function *progr_fun);
int mailimap_set_send(mailstream *fd, struct mailimap_set *set);

static const char *etpan_unavailable(void)
{
    return NULL;
}

static int etpan_supports(bench_kind kind)
{
    return kind != BENCH_SELECT;
}

/* MARK: - A mailstream that writes to memory */

typedef struct membuf {
    char *p;
    size_t len, cap;
} membuf;

static ssize_t mem_write(mailstream_low *low, const void *buf, size_t n)
{
    membuf *m = low->data;
    if (m->len + n > m->cap)
        return -1;
    memcpy(m->p + m->len, buf, n);
    m->len += n;
    return (ssize_t)n;
}

static ssize_t mem_read(mailstream_low *low, void *buf, size_t n)
{
    (void)low, (void)buf, (void)n;
    return 0;
}

static int mem_close(mailstream_low *low)
{
    (void)low;
    return 0;
}

static int mem_get_fd(mailstream_low *low)
{
    (void)low;
    return -1;
}

static void mem_free(mailstream_low *low)
{
    free(low);
}

static mailstream_low_driver mem_driver = {mem_read, mem_write, mem_close, mem_get_fd, mem_free, NULL, NULL, NULL,
                                           NULL, NULL, NULL};

/* MARK: - State per input */

typedef struct etpan_state {
    MMAPString *buf;                  /* the input, where libetpan's parsers read it */
    struct mailimap_parser_context ctx;
    membuf out;                       /* writer output */
    mailstream *stream;
    struct mailimap_set **sets;       /* writer input, one per line */
    size_t n_sets;
} etpan_state;

static void *etpan_prepare(const bench_input *in)
{
    etpan_state *st = calloc(1, sizeof *st);
    if (!st)
        return NULL;
    st->buf = mmap_string_new_len(in->text, in->len);
    if (in->kind == BENCH_WRITE) {
        size_t per_line = in->n_pairs / in->n_lines;
        st->out.cap = in->len + 64;
        st->out.p = malloc(st->out.cap);
        st->stream = mailstream_new(mailstream_low_new(&st->out, &mem_driver), 8192);
        st->n_sets = in->n_lines;
        st->sets = calloc(in->n_lines, sizeof *st->sets);
        for (size_t l = 0; l < in->n_lines; l++) {
            st->sets[l] = mailimap_set_new_empty();
            for (size_t i = 0; i < per_line; i++) {
                const uint32_t *p = in->pairs + 2 * (l * per_line + i);
                mailimap_set_add_interval(st->sets[l], p[0], p[1]);
            }
        }
    }
    return st;
}

static void etpan_release(void *state)
{
    etpan_state *st = state;
    for (size_t l = 0; l < st->n_sets; l++)
        mailimap_set_free(st->sets[l]);
    free(st->sets);
    if (st->stream)
        mailstream_close(st->stream);
    free(st->out.p);
    mmap_string_free(st->buf);
    free(st);
}

static void add_set(const struct mailimap_set *set, bench_sum *sum)
{
    for (clistiter *it = clist_begin(set->set_list); it; it = clist_next(it)) {
        const struct mailimap_set_item *item = clist_content(it);
        sum->elements++;
        sum->bounds += (uint64_t)item->set_first + item->set_last;
    }
}

/* What a parsed response line says, in the harness's terms. */
static int add_response(const struct mailimap_response_data *r, bench_kind kind, bench_sum *sum)
{
    if (kind == BENCH_VANISHED) {
        const struct mailimap_extension_data *ext = r->rsp_data.rsp_extension_data;
        if (r->rsp_type != MAILIMAP_RESP_DATA_TYPE_EXTENSION_DATA || !ext ||
            ext->ext_type != MAILIMAP_QRESYNC_TYPE_VANISHED)
            return 0;
        add_set(((const struct mailimap_qresync_vanished *)ext->ext_data)->qr_known_uids, sum);
        return 1;
    }
    if (kind == BENCH_SHORT_OK) {
        const struct mailimap_resp_cond_state *cs = r->rsp_data.rsp_cond_state;
        if (r->rsp_type != MAILIMAP_RESP_DATA_TYPE_COND_STATE || !cs || !cs->rsp_text || !cs->rsp_text->rsp_code ||
            cs->rsp_text->rsp_code->rc_type != MAILIMAP_RESP_TEXT_CODE_EXTENSION)
            return 0;
        const struct mailimap_extension_data *ext = cs->rsp_text->rsp_code->rc_data.rc_ext_data;
        const struct mailimap_condstore_resptextcode *code = ext ? ext->ext_data : NULL;
        if (!code || code->cs_type != MAILIMAP_CONDSTORE_RESPTEXTCODE_HIGHESTMODSEQ)
            return 0;
        sum->elements++;
        sum->bounds += code->cs_data.cs_modseq_value;
        return 1;
    }
    if (kind == BENCH_SHORT_FETCH) {
        const struct mailimap_message_data *md = r->rsp_data.rsp_message_data;
        if (r->rsp_type != MAILIMAP_RESP_DATA_TYPE_MESSAGE_DATA || !md || !md->mdt_msg_att)
            return 0;
        sum->elements++;
        sum->bounds += md->mdt_number;
        for (clistiter *it = clist_begin(md->mdt_msg_att->att_list); it; it = clist_next(it)) {
            const struct mailimap_msg_att_item *item = clist_content(it);
            if (item->att_type == MAILIMAP_MSG_ATT_ITEM_STATIC &&
                item->att_data.att_static->att_type == MAILIMAP_MSG_ATT_UID) {
                sum->bounds += item->att_data.att_static->att_data.att_uid;
            } else if (item->att_type == MAILIMAP_MSG_ATT_ITEM_EXTENSION) {
                const struct mailimap_condstore_fetch_mod_resp *m = item->att_data.att_extension_data->ext_data;
                sum->bounds += m->cs_modseq_value;
            } else
                return 0;
            sum->elements++;
        }
        return 1;
    }
    return 0;
}

static int etpan_run(void *state, const bench_input *in, bench_sum *sum, const char **out, size_t *out_len)
{
    etpan_state *st = state;
    if (in->kind == BENCH_WRITE) {
        st->out.len = 0;
        for (size_t l = 0; l < in->n_lines; l++) {
            if (mailstream_write(st->stream, "* VANISHED (EARLIER) ", 21) < 0 ||
                mailimap_set_send(st->stream, st->sets[l]) != MAILIMAP_NO_ERROR ||
                mailstream_write(st->stream, "\r\n", 2) < 0)
                return 0;
        }
        if (mailstream_flush(st->stream) < 0)
            return 0;
        *out = st->out.p;
        *out_len = st->out.len;
        return 1;
    }
    for (size_t l = 0; l < in->n_lines; l++) {
        size_t indx = in->line_off[l];
        if (in->kind == BENCH_SET) {
            struct mailimap_set *set = NULL;
            if (mailimap_set_parse(NULL, st->buf, &st->ctx, &indx, &set) != MAILIMAP_NO_ERROR)
                return 0;
            add_set(set, sum);
            mailimap_set_free(set);
        } else {
            struct mailimap_response_data *r = NULL;
            if (mailimap_response_data_parse(NULL, st->buf, &st->ctx, &indx, &r, 0, NULL) != MAILIMAP_NO_ERROR)
                return 0;
            int ok = add_response(r, in->kind, sum);
            mailimap_response_data_free(r);
            if (!ok)
                return 0;
        }
    }
    return 1;
}

const bench_impl bench_impl_etpan = {"libetpan", etpan_unavailable, etpan_supports, etpan_prepare, etpan_run,
                                     etpan_release, 0};

#else /* !BENCH_HAVE_ETPAN */

static const char *etpan_missing(void)
{
    return "libetpan-dev is not installed (make bench-deps)";
}

const bench_impl bench_impl_etpan = {"libetpan", etpan_missing, 0, 0, 0, 0, 0};

#endif
