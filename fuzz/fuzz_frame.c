/*
 * fuzz_frame.c - libFuzzer target: the framer gives the same messages and
 * the same continuation requests whether the stream comes in one piece or
 * cut into reads at places the input chooses.  The first byte seeds the
 * cuts; the rest is the stream.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "qresync.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAX_EVENTS 512

typedef struct trace {
    size_t ev[MAX_EVENTS]; /* message lengths, and literal lengths tagged with the top bit */
    size_t n;
    qrs_code rc;
} trace;

/* Frame the whole stream, messages one after another, each read taking
 * everything (whole) or 1..8 more bytes as the seed says. */
static void run(const char *s, size_t len, int whole, unsigned seed, trace *t)
{
    size_t off = 0;
    t->n = 0;
    t->rc = QRS_OK;
    while (off < len && t->n < MAX_EVENTS) {
        qrs_framer f;
        size_t have = 0, done = 0;
        qrs_framer_init(&f, 4096);
        while (!done) {
            if (have == len - off)
                return; /* the stream ends inside a message */
            seed = seed * 1103515245u + 12345u;
            have = whole ? len - off : have + 1 + (seed >> 16) % 8;
            if (have > len - off)
                have = len - off;
            for (;;) {
                qrs_frame_status st;
                size_t mlen;
                uint32_t lit;
                t->rc = qrs_frame(&f, s + off, have, &st, &mlen, &lit);
                if (t->rc != QRS_OK)
                    return;
                if (st != QRS_FRAME_NEED_MORE && t->n == MAX_EVENTS)
                    return; /* both runs stop after the same events */
                if (st == QRS_FRAME_LITERAL) {
                    t->ev[t->n++] = (size_t)lit | ((size_t)1 << (sizeof(size_t) * 8 - 1));
                    continue;
                }
                if (st == QRS_FRAME_MESSAGE) {
                    if (mlen == 0 || mlen > have)
                        abort();
                    t->ev[t->n++] = mlen;
                    off += mlen;
                    done = 1;
                }
                break;
            }
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static trace whole, cut;
    if (size < 1)
        return 0;
    char *s = malloc(size - 1 ? size - 1 : 1);
    if (!s)
        return 0;
    memcpy(s, data + 1, size - 1);
    run(s, size - 1, 1, 0, &whole);
    run(s, size - 1, 0, data[0], &cut);
    if (whole.rc != cut.rc || whole.n != cut.n || memcmp(whole.ev, cut.ev, whole.n * sizeof whole.ev[0]) != 0)
        abort();
    free(s);
    return 0;
}
