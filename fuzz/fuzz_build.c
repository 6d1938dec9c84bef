/*
 * fuzz_build.c - libFuzzer target: random values into the builders.  Each
 * builder either refuses with a typed error and writes nothing useful, or
 * writes a message that the strict parser of the same dialect accepts, as
 * the kind it should be, and that a lossless write gives back unchanged.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "qresync.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static unsigned char arena_buf[1 << 16];
static char out[1 << 14];

static void must(int cond)
{
    if (!cond)
        abort();
}

typedef struct reader {
    const uint8_t *p;
    size_t n;
} reader;

static uint64_t take(reader *r, unsigned bytes)
{
    uint64_t v = 0;
    while (bytes-- && r->n) {
        v = v << 8 | *r->p++;
        r->n--;
    }
    return v;
}

/* A value that often sits on an edge: 0, 1, the 32-bit top, the dialect limits. */
static uint64_t edgy(reader *r)
{
    static const uint64_t edges[] = {0, 1, 2, 4294967294u, 4294967295u, 4294967296u, 9223372036854775807u,
                                     9223372036854775808u, 18446744073709551614u, 18446744073709551615u};
    uint64_t pick = take(r, 1);
    return pick < 10 ? edges[pick] : take(r, (unsigned)(pick % 8) + 1);
}

/* Parse what a builder wrote and check it came out as kind. */
static void check_output(qrs_code rc, size_t len, qrs_dialect d, qrs_side side, qrs_kind kind)
{
    if (rc != QRS_OK || len >= sizeof out)
        return;
    qrs_options o;
    qrs_arena a;
    const qrs_message *m;
    qrs_error err;
    size_t back;
    char again[sizeof out];
    memset(&o, 0, sizeof o);
    o.dialect = d;
    o.side = side;
    qrs_arena_init(&a, arena_buf, sizeof arena_buf);
    must(qrs_parse(out, len, &o, &a, &m, &err) == QRS_OK);
    must(m->kind == kind);
    must(qrs_write(m, QRS_WRITE_LOSSLESS, NULL, again, sizeof again, &back) == QRS_OK && back == len &&
         memcmp(again, out, len) == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    reader r = {data, size};
    qrs_dialect d = (qrs_dialect)(take(&r, 1) % 3);
    unsigned which = (unsigned)(take(&r, 1) % 5);
    qrs_urange st[64];
    qrs_ranges set;
    size_t len = 0;
    qrs_code rc;
    qrs_ranges_init(&set, st, 64);
    for (unsigned i = (unsigned)(take(&r, 1) % 8); i > 0; i--)
        if (qrs_ranges_add(&set, (uint32_t)edgy(&r), (uint32_t)edgy(&r)) != QRS_OK)
            break;
    qrs_ranges_normalize(&set);
    switch (which) {
    case 0: {
        int earlier = (int)(take(&r, 1) & 1);
        rc = qrs_build_vanished(d, earlier, earlier && d == QRS_DIALECT_DRAFT03 ? "t1" : NULL, &set, out, sizeof out,
                                &len);
        check_output(rc, len, d, QRS_SIDE_SERVER, QRS_RESP_VANISHED);
        break;
    }
    case 1: {
        uint32_t seqs[4], uids[4];
        size_t n = (size_t)(take(&r, 1) % 5);
        for (size_t i = 0; i < n; i++) {
            seqs[i] = (uint32_t)edgy(&r);
            uids[i] = (uint32_t)edgy(&r);
        }
        qrs_qresync_values q = {(uint32_t)edgy(&r), edgy(&r), set.n ? &set : NULL, seqs, uids, n};
        rc = qrs_build_select(d, "s1", (int)(take(&r, 1) & 1), "INBOX", &q, (int)(take(&r, 1) & 1), out, sizeof out,
                              &len);
        check_output(rc, len, d, QRS_SIDE_CLIENT, QRS_CMD_SELECT);
        break;
    }
    case 2: {
        uint64_t mod = edgy(&r);
        rc = qrs_build_uid_fetch(d, "f1", "1:*", "(FLAGS MODSEQ)", mod, (int)(take(&r, 1) & 1), out, sizeof out, &len);
        check_output(rc, len, d, QRS_SIDE_CLIENT, QRS_CMD_FETCH);
        break;
    }
    case 3: {
        qrs_code_kind code = (qrs_code_kind)(take(&r, 1) % 9);
        rc = qrs_build_status(d, (take(&r, 1) & 1) ? "a1" : NULL, "OK", code, edgy(&r), &set, "done", out, sizeof out,
                              &len);
        check_output(rc, len, d, QRS_SIDE_SERVER, QRS_RESP_COND);
        break;
    }
    default: {
        size_t count = 0;
        size_t max_line = (size_t)(take(&r, 2) % 200);
        rc = qrs_build_vanished_split(d, 0, NULL, &set, max_line, out, sizeof out, &len, &count);
        must(rc != QRS_OK || count > 0);
        break;
    }
    }
    return 0;
}
