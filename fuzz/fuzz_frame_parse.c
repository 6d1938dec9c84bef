/*
 * fuzz_frame_parse.c - libFuzzer target: the framer against the parser.
 *
 * A stream is built only of messages that qrs_parse() accepts as exactly
 * one whole message, literals included; the framer must then find exactly
 * those boundaries, and report QRS_FRAME_LITERAL exactly at each
 * synchronizing literal ({n}, not {n+}: RFC 3501 section 7.5 and RFC 7888),
 * both when the stream arrives in one read and when it arrives in reads cut
 * at places the input chooses.  The cut reads also behave like a client
 * that waits for the continuation request: they never hand the framer a
 * byte past a synchronizing literal's {n}CRLF before it has reported that
 * literal, so a framer that asked for more there would hang the session.
 *
 * The framer documents that it takes "{n}" at the end of any line for a
 * literal, whatever the line means (qresync.h), so "* OK done {9}" CRLF,
 * which the parser accepts as a response text, is not one frame.  Such a
 * candidate is dropped: a reference framer of our own (model_frame below,
 * the documented rule applied with the knowledge of where each literal's
 * data ends) must end it exactly where the parser does.  Messages made by
 * the templates, whose literals are placed on purpose, must also give the
 * reference framer exactly the literals the template wrote; a difference
 * there is a fault of this harness and aborts just the same.
 *
 * Input layout:
 *   byte 0     seed of the read cuts (a linear congruential generator)
 *   byte 1     bits 0-1: dialect (mod 3); bit 2: QRS_LENIENT_LITERAL_PLUS for
 *              commands; bit 3: every leniency
 *   then records, until the input ends:
 *     byte     shape = b % N_SHAPES (below); b / N_SHAPES picks a variant
 *     byte     payload length L
 *     L bytes  payload (fewer when the input ends)
 *   Shapes: raw command, raw response (the payload is the message), LOGIN
 *   with a literal password, LOGIN with two literals, APPEND with a
 *   literal ({n} or {n+}), SELECT with a literal mailbox, a FETCH response
 *   with a literal body, and draft03's VANISHED (TAG literal) or a STATUS
 *   response with a literal mailbox.  Literal data is the payload with a few
 *   byte values expanded into "{", "}", CRLF, "{k}", "{k+}" and such, so
 *   that data which looks like a literal announcement, or ends in one, is
 *   common.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "qresync.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define STREAM_CAP (1u << 16)
#define MSG_CAP 4096u
#define MAX_EVENTS 1024u
#define MAX_MSG_LITS 8u

/* One event of a framed stream: a message of len bytes, or a synchronizing
 * literal of len bytes announced by a {n}CRLF that ends at offset at
 * (relative to the start of its message). */
typedef struct event {
    int literal;
    size_t len, at;
} event;

typedef struct events {
    event v[MAX_EVENTS];
    size_t n;
} events;

static unsigned char arena_buf[1 << 18];
static char stream_buf[STREAM_CAP];
static events expected, got;

static void fail(const char *why)
{
    fprintf(stderr, "fuzz_frame_parse: %s\n", why);
    abort();
}

/* MARK: - The reference framer */

/* What the framer's documented rule gives for msg[0..len): every CRLF outside
 * literal data ends the message unless the line before it ends in "{digits}"
 * or "{digits+}", which announces a literal of that many bytes; literal data
 * is opaque, so neither the CRLF nor the announcement may lie in the data of
 * an earlier literal.  Returns the length of the first message, or 0 when
 * msg holds no whole message; sync literals go to lits (up to MAX_MSG_LITS;
 * more count as no message). */
static size_t model_frame(const char *msg, size_t len, event *lits, size_t *n_lits)
{
    size_t seg = 0; /* where the text after the last literal's data starts */
    *n_lits = 0;
    for (size_t j = seg; j + 1 < len; j++) {
        if (msg[j] != '\r' || msg[j + 1] != '\n')
            continue;
        size_t k = j;
        int sync = 1;
        uint64_t n = 0;
        if (k > seg && msg[k - 1] == '}') {
            k--;
            if (k > seg && msg[k - 1] == '+') {
                sync = 0;
                k--;
            }
            size_t digits_end = k;
            while (k > seg && msg[k - 1] >= '0' && msg[k - 1] <= '9')
                k--;
            if (k < digits_end && k > seg && msg[k - 1] == '{') {
                for (size_t i = k; i < digits_end; i++) {
                    n = n * 10u + (uint64_t)(msg[i] - '0');
                    if (n > len)
                        return 0; /* longer than what we have: no whole message here */
                }
                if (sync) {
                    if (*n_lits == MAX_MSG_LITS)
                        return 0;
                    lits[*n_lits].literal = 1;
                    lits[*n_lits].len = (size_t)n;
                    lits[*n_lits].at = j + 2;
                    ++*n_lits;
                }
                if (n > len - (j + 2))
                    return 0;
                seg = j + 2 + (size_t)n;
                j = seg - 1; /* the loop's j++ makes it seg */
                continue;
            }
        }
        return j + 2;
    }
    return 0;
}

/* MARK: - Building the stream */

typedef struct reader {
    const uint8_t *p;
    size_t n;
} reader;

static unsigned byte_of(reader *r)
{
    if (!r->n)
        return 0;
    r->n--;
    return *r->p++;
}

typedef struct buf {
    char *p;
    size_t len, cap;
    int over;
} buf;

static void put(buf *b, const char *s, size_t n)
{
    if (b->over || n > b->cap - b->len) {
        b->over = 1;
        return;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
}

static void puts_(buf *b, const char *s)
{
    put(b, s, strlen(s));
}

static void put_num(buf *b, size_t v)
{
    char t[24];
    int n = snprintf(t, sizeof t, "%zu", v);
    put(b, t, (size_t)n);
}

/* Literal data from a payload: most bytes as they are (NUL, which a literal
 * cannot carry, RFC 3501 CHAR8, becomes '0'); 0xf0..0xf7 expand into the
 * pieces of literal announcements and line ends. */
static void put_data(buf *b, const uint8_t *p, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned c = p[i], k = i + 1 < n ? p[i + 1] % 32u : 0u;
        switch (c) {
        case 0x00: puts_(b, "0"); break;
        case 0xf0: puts_(b, "{"); break;
        case 0xf1: puts_(b, "}"); break;
        case 0xf2: puts_(b, "\r\n"); break;
        case 0xf3: puts_(b, "+}"); break;
        case 0xf4: case 0xf5: case 0xf6: case 0xf7:
            puts_(b, c == 0xf7 ? "\r\n{" : "{");
            put_num(b, k);
            puts_(b, c == 0xf5 || c == 0xf7 ? "+}" : "}");
            if (c >= 0xf6)
                puts_(b, "\r\n");
            i++;
            break;
        default: {
            char ch = (char)c;
            put(b, &ch, 1);
        }
        }
    }
}

enum { SH_RAW_CLIENT, SH_RAW_SERVER, SH_LOGIN, SH_LOGIN2, SH_APPEND, SH_SELECT, SH_FETCH_BODY, SH_TAG_OR_STATUS, N_SHAPES };

/* A literal announcement "{n}" CRLF (or "{n+}" CRLF) then its data, with the
 * data written to a scratch area first so that n is known.  Records the sync
 * literal's end of announcement in lits. */
static void put_literal(buf *b, const uint8_t *p, size_t n, int plus, event *lits, size_t *n_lits)
{
    static char data[MSG_CAP];
    buf d = {data, 0, sizeof data, 0};
    put_data(&d, p, n);
    if (d.over) {
        b->over = 1;
        return;
    }
    puts_(b, "{");
    put_num(b, d.len);
    puts_(b, plus ? "+}\r\n" : "}\r\n");
    if (!plus && *n_lits < MAX_MSG_LITS) {
        lits[*n_lits].literal = 1;
        lits[*n_lits].len = d.len;
        lits[*n_lits].at = b->len;
        ++*n_lits;
    }
    put(b, data, d.len);
}

/* Write one candidate message for shape into b; lits receives the sync
 * literals the template placed.  Returns the side to parse it with. */
static qrs_side make_candidate(unsigned shape, unsigned variant, const uint8_t *p, size_t n, size_t index,
                               qrs_dialect d, int plus_ok, buf *b, event *lits, size_t *n_lits)
{
    size_t half = n ? p[0] % (n + 1) : 0;
    int plus = plus_ok && (variant & 1);
    *n_lits = 0;
    if (shape == SH_RAW_CLIENT || shape == SH_RAW_SERVER) {
        put(b, (const char *)p, n);
        return shape == SH_RAW_CLIENT ? QRS_SIDE_CLIENT : QRS_SIDE_SERVER;
    }
    if (shape != SH_FETCH_BODY && shape != SH_TAG_OR_STATUS) {
        puts_(b, "A");
        put_num(b, index);
        puts_(b, " ");
    }
    switch (shape) {
    case SH_LOGIN: /* LOGIN userid password (RFC 3501 section 6.2.3), the password a literal */
        puts_(b, "LOGIN user ");
        put_literal(b, p, n, plus, lits, n_lits);
        puts_(b, "\r\n");
        return QRS_SIDE_CLIENT;
    case SH_LOGIN2: /* both arguments literals */
        puts_(b, "LOGIN ");
        put_literal(b, p, half, plus, lits, n_lits);
        puts_(b, " ");
        put_literal(b, p + half, n - half, plus && (variant & 2), lits, n_lits);
        puts_(b, "\r\n");
        return QRS_SIDE_CLIENT;
    case SH_APPEND: /* APPEND mailbox [flag-list] literal (RFC 3501 section 6.3.11) */
        puts_(b, variant & 2 ? "APPEND INBOX (\\Seen) " : "APPEND INBOX ");
        put_literal(b, p, n, plus, lits, n_lits);
        puts_(b, "\r\n");
        return QRS_SIDE_CLIENT;
    case SH_SELECT: /* the mailbox a literal, then select-params (RFC 4466) */
        puts_(b, variant & 2 ? "EXAMINE " : "SELECT ");
        put_literal(b, p, n, plus, lits, n_lits);
        puts_(b, " (QRESYNC (1 2 1:5))\r\n");
        return QRS_SIDE_CLIENT;
    case SH_FETCH_BODY: /* msg-att-static BODY[] nstring (RFC 3501 section 7.4.2) */
        puts_(b, "* ");
        put_num(b, index + 1);
        puts_(b, " FETCH (BODY[] ");
        put_literal(b, p, n, 0, lits, n_lits);
        puts_(b, variant & 2 ? " UID 7 MODSEQ (9))\r\n" : ")\r\n");
        return QRS_SIDE_SERVER;
    default:
        if (d == QRS_DIALECT_DRAFT03) { /* draft -03 section 6: (TAG tag-string), a string */
            puts_(b, "* VANISHED (TAG ");
            put_literal(b, p, n, 0, lits, n_lits);
            puts_(b, ") 1:3\r\n");
        } else { /* mailbox-data STATUS (RFC 3501 section 7.2.4; RFC 7162 HIGHESTMODSEQ) */
            puts_(b, "* STATUS ");
            put_literal(b, p, n, 0, lits, n_lits);
            puts_(b, " (HIGHESTMODSEQ 5)\r\n");
        }
        return QRS_SIDE_SERVER;
    }
}

/* MARK: - Running the framer */

/* Field by field: the struct has padding, which memcmp would read. */
static int same_event(const event *a, const event *b)
{
    return a->literal == b->literal && a->len == b->len && a->at == b->at;
}

/* The last event recorded is the one expected at its place. */
static int same_as_expected(const events *e)
{
    return e->n <= expected.n && same_event(&e->v[e->n - 1], &expected.v[e->n - 1]);
}

static void record(events *e, int literal, size_t len, size_t at)
{
    if (e->n == MAX_EVENTS)
        fail("more events than the trace holds");
    e->v[e->n].literal = literal;
    e->v[e->n].len = len;
    e->v[e->n].at = at;
    e->n++;
}

/* Frame s[0..len) message by message.  whole: each read takes everything
 * left; else reads of 1..8 more bytes as the seed says, never past the next
 * expected sync literal's announcement until the framer has reported it.
 * Stops at the first error or mismatch (the comparison then fails). */
static void run(const char *s, size_t len, int whole, unsigned seed, events *out)
{
    size_t off = 0;
    out->n = 0;
    while (off < len) {
        qrs_framer f;
        size_t have = 0;
        qrs_framer_init(&f, STREAM_CAP);
        for (;;) {
            /* how far a client would have sent: up to the announcement of the
             * next sync literal it is waiting on, or all of this message's
             * part of the stream */
            size_t limit = len - off;
            if (!whole && out->n < expected.n && expected.v[out->n].literal && expected.v[out->n].at < limit)
                limit = expected.v[out->n].at;
            if (have == limit) {
                if (have == len - off)
                    return; /* the stream ends and the framer still wants more */
                fail("the framer needs more bytes after a literal's {n}CRLF before it reports it: a client waiting "
                     "for the continuation would hang");
            }
            seed = seed * 1103515245u + 12345u;
            have = whole ? limit : have + 1 + (seed >> 16) % 8;
            if (have > limit)
                have = limit;
            qrs_frame_status st;
            do {
                size_t mlen = 0;
                uint32_t lit = 0;
                qrs_code rc = qrs_frame(&f, s + off, have, &st, &mlen, &lit);
                if (rc != QRS_OK) {
                    record(out, -1, (size_t)rc, have);
                    return;
                }
                if (st == QRS_FRAME_LITERAL) {
                    record(out, 1, lit, f.pos); /* pos: where the announcement's CRLF ends */
                } else if (st == QRS_FRAME_MESSAGE) {
                    if (mlen == 0 || mlen > have)
                        fail("a message length outside the bytes given");
                    record(out, 0, mlen, mlen);
                    off += mlen;
                }
                if (st != QRS_FRAME_NEED_MORE && !same_as_expected(out))
                    return; /* the caller reports the difference */
            } while (st == QRS_FRAME_LITERAL);
            if (st == QRS_FRAME_MESSAGE)
                break;
        }
    }
}

static void compare(const events *a, const char *what)
{
    if (a->n != expected.n)
        fail(what);
    for (size_t i = 0; i < a->n; i++)
        if (!same_event(&a->v[i], &expected.v[i]))
            fail(what);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    reader r = {data + 2, size - 2};
    qrs_options o;
    memset(&o, 0, sizeof o);
    o.dialect = (qrs_dialect)(data[1] % 3);
    int plus_ok = (data[1] & 4) != 0 || (data[1] & 8) != 0;
    uint32_t lenient = (data[1] & 8) ? QRS_LENIENT_ALL : (data[1] & 4) ? QRS_LENIENT_LITERAL_PLUS : 0u;
    buf stream = {stream_buf, 0, sizeof stream_buf, 0};
    expected.n = 0;
    for (size_t index = 1; r.n > 0; index++) {
        unsigned h = byte_of(&r);
        size_t n = byte_of(&r);
        if (n > r.n)
            n = r.n;
        const uint8_t *payload = r.p;
        r.p += n;
        r.n -= n;
        static char msg[MSG_CAP];
        buf m = {msg, 0, sizeof msg, 0};
        event lits[MAX_MSG_LITS], model_lits[MAX_MSG_LITS];
        size_t n_lits, n_model;
        unsigned shape = h % N_SHAPES;
        o.side = make_candidate(shape, h / N_SHAPES, payload, n, index, o.dialect, plus_ok, &m, lits, &n_lits);
        /* {n+} is for commands only (RFC 7888); responses parse strictly otherwise */
        o.lenient = o.side == QRS_SIDE_CLIENT ? lenient : lenient & ~(uint32_t)QRS_LENIENT_LITERAL_PLUS;
        if (m.over || m.len == 0)
            continue;
        qrs_arena a;
        const qrs_message *parsed;
        qrs_arena_init(&a, arena_buf, sizeof arena_buf);
        if (qrs_parse(msg, m.len, &o, &a, &parsed, NULL) != QRS_OK)
            continue; /* not a message: not part of the stream */
        if (model_frame(msg, m.len, model_lits, &n_model) != m.len)
            continue; /* a line ends in {n} outside a literal: the documented exception */
        if (shape != SH_RAW_CLIENT && shape != SH_RAW_SERVER) {
            if (n_model != n_lits)
                fail("harness: the reference framer disagrees with the literals the template wrote");
            for (size_t i = 0; i < n_lits; i++)
                if (!same_event(&model_lits[i], &lits[i]))
                    fail("harness: the reference framer disagrees with the literals the template wrote");
        }
        if (stream.len + m.len > stream.cap || expected.n + n_model + 1 >= MAX_EVENTS)
            break;
        for (size_t i = 0; i < n_model; i++)
            expected.v[expected.n++] = model_lits[i];
        expected.v[expected.n].literal = 0;
        expected.v[expected.n].len = m.len;
        expected.v[expected.n].at = m.len;
        expected.n++;
        put(&stream, msg, m.len);
    }
    if (stream.len == 0)
        return 0;
    /* an exact-size copy, so that ASan sees any read past the stream */
    char *s = malloc(stream.len);
    if (!s)
        return 0;
    memcpy(s, stream_buf, stream.len);
    run(s, stream.len, 1, 0, &got);
    compare(&got, "one read: the framer's messages and literals differ from the parser's");
    run(s, stream.len, 0, data[0], &got);
    compare(&got, "cut reads: the framer's messages and literals differ from the parser's");
    free(s);
    return 0;
}
