/*
 * fuzz_parse.c - libFuzzer target: any bytes into qrs_parse() and
 * qrs_parse_fragment().  The first two bytes choose the dialect, side,
 * leniency flags and fragment rule; the rest is copied into an exact-size heap
 * block so ASan catches any read past the end.
 *
 * Checked beyond "no crash": a failure has an offset inside the input and
 * static strings; a success covers the whole input, writes back losslessly
 * byte for byte, and its canonical form parses again (with the same
 * leniencies) to the same kind and the same canonical form.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "qresync.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static unsigned char arena_buf[1 << 20];
static unsigned char arena2_buf[1 << 20];
static unsigned char scratch_buf[1 << 20];
static char out1[1 << 16], out2[1 << 16];

static void check_round_trip(const qrs_message *msg, const char *in, size_t len, const qrs_options *o)
{
    qrs_arena scratch, a2;
    size_t n1, n2;
    const qrs_message *again;
    qrs_error err;
    qrs_arena_init(&scratch, scratch_buf, sizeof scratch_buf);
    if (qrs_write(msg, QRS_WRITE_LOSSLESS, &scratch, out1, sizeof out1, &n1) != QRS_OK || n1 != len ||
        (len < sizeof out1 && memcmp(out1, in, len) != 0))
        abort();
    if (qrs_write(msg, QRS_WRITE_CANONICAL, &scratch, out1, sizeof out1, &n1) != QRS_OK)
        abort();
    if (n1 >= sizeof out1)
        return;
    qrs_arena_init(&a2, arena2_buf, sizeof arena2_buf);
    if (qrs_parse(out1, n1, o, &a2, &again, &err) != QRS_OK || again->kind != msg->kind)
        abort();
    if (qrs_write(again, QRS_WRITE_CANONICAL, &scratch, out2, sizeof out2, &n2) != QRS_OK || n2 != n1 ||
        memcmp(out1, out2, n1) != 0)
        abort();
}

static void check_error(qrs_code rc, const qrs_error *err, size_t len)
{
    if (rc == QRS_OK)
        return;
    if (err->code != rc || err->offset > len || !err->rule || !err->message || err->n_expected > QRS_MAX_EXPECTED)
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    qrs_options o;
    memset(&o, 0, sizeof o);
    o.dialect = (qrs_dialect)(data[0] % 3);
    o.side = (qrs_side)((data[0] >> 2) % 3);
    o.lenient = (data[0] & 0x80) ? data[1] & QRS_LENIENT_ALL : 0;
    qrs_rule rule = (qrs_rule)(data[1] % QRS_RULE_COUNT_);
    size_t len = size - 2;
    char *buf = malloc(len ? len : 1);
    if (!buf)
        return 0;
    memcpy(buf, data + 2, len);

    qrs_arena a;
    qrs_error err;
    const qrs_message *msg;
    qrs_arena_init(&a, arena_buf, sizeof arena_buf);
    qrs_code rc = qrs_parse(buf, len, &o, &a, &msg, &err);
    check_error(rc, &err, len);
    /* the documented bound holds for every input: within it, the arena never runs out */
    if (a.used > qrs_arena_bound(len) || (rc == QRS_E_ARENA_FULL && qrs_arena_bound(len) <= sizeof arena_buf))
        abort();
    if (rc == QRS_OK && (!msg || msg->raw.ptr != buf || msg->raw.len != len))
        abort();
    if (rc == QRS_OK) {
        check_round_trip(msg, buf, len, &o);
        /* a tracker fed any parsed message keeps a consistent state */
        qrs_tracker t;
        qrs_tracker_init(&t, (qrs_track_rule)(data[1] % 3));
        qrs_tracker_feed(&t, msg);
        qrs_tracker_feed(&t, msg);
        if (!t.known && t.highest != 0)
            abort();
        /* and a session checker fed it from either side reports a bounded number of findings */
        qrs_session sess;
        qrs_finding found[4];
        qrs_session_init(&sess, o.dialect);
        if (qrs_session_feed(&sess, 1, msg, found, 4) > 4 || qrs_session_feed(&sess, 0, msg, found, 4) > 4)
            abort();
    }

    qrs_fragment frag;
    qrs_arena_reset(&a);
    rc = qrs_parse_fragment(rule, buf, len, &o, &a, &frag, &err);
    check_error(rc, &err, len);
    if (a.used > qrs_arena_bound(len) || (rc == QRS_E_ARENA_FULL && qrs_arena_bound(len) <= sizeof arena_buf))
        abort();
    if (rc == QRS_OK && frag.rule != rule)
        abort();
    if (rc == QRS_OK && (rule == QRS_RULE_SEQUENCE_SET || rule == QRS_RULE_KNOWN_UIDS)) {
        /* The lazy iterator visits exactly the validated elements, and
         * reading them in chunks (of a size the input chooses) gives the
         * same elements as reading them one by one. */
        qrs_seqset_iter it, chunked;
        qrs_range r, chunk[70];
        uint32_t n = 0;
        size_t in_chunk = 0, got = 0, want = 1 + (len ? (unsigned char)buf[len - 1] % 70u : 0u);
        qrs_seqset_iter_init(&it, &frag.set);
        qrs_seqset_iter_init(&chunked, &frag.set);
        while (qrs_seqset_next(&it, &r)) {
            if (in_chunk == got) {
                got = qrs_seqset_next_n(&chunked, chunk, want);
                if (got == 0 || got > want)
                    abort();
                in_chunk = 0;
            }
            const qrs_range *c = &chunk[in_chunk++];
            if (c->first != r.first || c->last != r.last || c->first_star != r.first_star ||
                c->last_star != r.last_star || c->is_range != r.is_range)
                abort();
            n++;
        }
        if (n != frag.set.elements || in_chunk != got || qrs_seqset_next_n(&chunked, chunk, want) != 0)
            abort();
    }
    free(buf);
    return 0;
}
