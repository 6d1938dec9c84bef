/*
 * test_frame.c - qrs_frame: message boundaries with literals, the same
 * whatever the reads look like, with its limits as typed errors.
 */
#include "support.h"

typedef struct events {
    int literal_at[8]; /* bytes seen when each LITERAL status came */
    size_t n_literal;
    size_t msg_len;    /* 0 until a message is complete */
    qrs_code rc;
} events;

/* Feed s to a framer in pieces of at most step bytes (step 0: all at once). */
static events feed(const char *s, size_t len, size_t step, size_t max_len)
{
    events e;
    qrs_framer f;
    memset(&e, 0, sizeof e);
    qrs_framer_init(&f, max_len);
    for (size_t have = 0; have < len && !e.msg_len;) {
        have = step && have + step < len ? have + step : len;
        for (;;) {
            qrs_frame_status st;
            size_t mlen = 0;
            uint32_t lit = 0;
            guarded g = guarded_copy(s, have);
            e.rc = qrs_frame(&f, g.data, g.len, &st, &mlen, &lit);
            guarded_free(&g);
            if (e.rc != QRS_OK)
                return e;
            if (st == QRS_FRAME_MESSAGE)
                e.msg_len = mlen;
            if (st == QRS_FRAME_LITERAL && e.n_literal < 8)
                e.literal_at[e.n_literal++] = (int)lit;
            if (st != QRS_FRAME_LITERAL)
                break; /* after a LITERAL the framer goes on with the same bytes */
        }
    }
    return e;
}

Test(frame, message_with_literals_is_one_message_whatever_the_reads)
{
    static const char s[] = "a LOGIN {5}\r\nhe\r\no {3+}\r\n\r\n}\r\nb NOOP\r\n";
    size_t first = strlen("a LOGIN {5}\r\nhe\r\no {3+}\r\n\r\n}\r\n");
    for (size_t step = 0; step <= 8; step++) {
        events e = feed(s, sizeof s - 1, step, 0);
        cr_assert_eq(e.rc, QRS_OK);
        cr_assert_eq(e.msg_len, first, "step %zu: %zu", step, e.msg_len);
        /* only the synchronizing literal asks for a continuation */
        cr_assert_eq(e.n_literal, 1, "step %zu", step);
        cr_assert_eq(e.literal_at[0], 5);
    }
}

Test(frame, bare_lf_and_cr_do_not_end_a_line)
{
    static const char s[] = "a NOOP\nstill\rthe same line\r\n";
    events e = feed(s, sizeof s - 1, 1, 0);
    cr_assert_eq(e.rc, QRS_OK);
    cr_assert_eq(e.msg_len, sizeof s - 1);
}

Test(frame, incomplete_input_needs_more)
{
    static const char s[] = "* VANISHED 1:3\r";
    events e = feed(s, sizeof s - 1, 0, 0);
    cr_assert_eq(e.rc, QRS_OK);
    cr_assert_eq(e.msg_len, 0);
    static const char lit[] = "a LOGIN {10}\r\nabc";
    e = feed(lit, sizeof lit - 1, 0, 0);
    cr_assert_eq(e.rc, QRS_OK);
    cr_assert_eq(e.msg_len, 0);
    cr_assert_eq(e.n_literal, 1);
}

Test(frame, zero_length_synchronizing_literal_still_waits_for_the_server)
{
    static const char s[] = "a LOGIN {0}\r\n x\r\n";
    events e = feed(s, sizeof s - 1, 0, 0);
    cr_assert_eq(e.n_literal, 1);
    cr_assert_eq(e.literal_at[0], 0);
    cr_assert_eq(e.msg_len, sizeof s - 1);
}

Test(frame, limits_are_typed_errors)
{
    static const char big[] = "a LOGIN {4294967296}\r\n";
    cr_assert_eq(feed(big, sizeof big - 1, 0, 0).rc, QRS_E_NUMBER_RANGE);
    static const char top[] = "a LOGIN {4294967295}\r\n";
    events e = feed(top, sizeof top - 1, 0, 0);
    cr_assert_eq(e.rc, QRS_E_TOO_LONG);
    cr_assert_eq(e.n_literal, 0, "a literal past max_len is refused before any continuation");
    static const char line[] = "a NOOP with a long line\r\n";
    cr_assert_eq(feed(line, sizeof line - 1, 3, 10).rc, QRS_E_TOO_LONG);
    cr_assert_eq(feed(line, sizeof line - 1, 3, sizeof line - 1).rc, QRS_OK);
    qrs_framer f;
    qrs_frame_status st;
    size_t n;
    uint32_t l;
    qrs_framer_init(&f, 0);
    cr_assert_eq(qrs_frame(&f, NULL, 3, &st, &n, &l), QRS_E_INVALID_ARGUMENT);
    cr_assert_eq(qrs_frame(&f, "ab", 2, NULL, &n, &l), QRS_E_INVALID_ARGUMENT);
    cr_assert_eq(qrs_frame(&f, "ab", 2, &st, &n, &l), QRS_OK);
    cr_assert_eq(qrs_frame(&f, "a", 1, &st, &n, &l), QRS_E_INVALID_ARGUMENT, "fewer bytes than before");
}

Test(frame, framed_messages_parse)
{
    /* The framer's messages are what qrs_parse takes: the recorded Dovecot
     * session, with its literals, splits into messages that all parse. */
    static const char s[] = "* 1 FETCH (UID 1 MODSEQ (12) BODY[HEADER.FIELDS (SUBJECT)] {19}\r\n"
                            "Subject: test 1\r\n\r\n)\r\n* VANISHED (EARLIER) 2,4\r\n";
    size_t off = 0, count = 0;
    while (off < sizeof s - 1) {
        events e = feed(s + off, sizeof s - 1 - off, 7, 0);
        cr_assert_eq(e.rc, QRS_OK);
        cr_assert_gt(e.msg_len, 0);
        static parsed p;
        parse_with(&p, s + off, e.msg_len, NULL);
        cr_assert_eq(p.rc, QRS_OK, "%s at %zu", qrs_code_name(p.rc), p.err.offset);
        guarded_free(&p.in);
        off += e.msg_len;
        count++;
    }
    cr_assert_eq(count, 2);
}

/* Literal data is never scanned for an announcement (RFC 3501 section 4.3):
 * a literal whose data is "{12}" or ends in CR, followed by the rest of the
 * line, frames as the one message that qrs_parse accepts. */
Test(frame, literal_data_is_not_an_announcement)
{
    static const struct {
        const char *s;
        size_t n_literal; /* synchronizing literals announced */
    } cases[] = {
        {"A1 LOGIN user {4}\r\n{12}\r\n", 1},
        {"A1 LOGIN {5+}\r\n{15+}\r\n", 0},
        {"A1 LOGIN {1}\r\n\r {2}\r\nab\r\n", 2},     /* the CR in the data does not end the line */
        {"A1 LOGIN {0}\r\n {6}\r\nx{1}\r\n\r\n", 2},  /* the data "x{1}\r\n" ends in CRLF */
        {"A1 LOGIN {3}\r\n{1} {3}\r\n}\r\n\r\n", 2},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        size_t len = strlen(cases[k].s);
        for (size_t step = 0; step <= 8; step++) {
            events e = feed(cases[k].s, len, step, 0);
            cr_assert_eq(e.rc, QRS_OK, "case %zu step %zu", k, step);
            cr_assert_eq(e.msg_len, len, "case %zu step %zu: %zu", k, step, e.msg_len);
            cr_assert_eq(e.n_literal, cases[k].n_literal, "case %zu step %zu", k, step);
        }
        static parsed p;
        qrs_options o = {QRS_DIALECT_RFC7162, QRS_SIDE_CLIENT, QRS_LENIENT_LITERAL_PLUS, 0, 0, 0};
        parse_with(&p, cases[k].s, len, &o);
        cr_assert_eq(p.rc, QRS_OK, "case %zu: %s at %zu", k, qrs_code_name(p.rc), p.err.offset);
        guarded_free(&p.in);
    }
}

/* A proxy that frames with the library sees every command the server runs:
 * A2 is a message of its own, not data of A1's non-synchronizing literal. */
Test(frame, a_command_after_a_literal_that_looks_like_one_is_its_own_message)
{
    static const char s[] = "A1 APPEND INBOX {5+}\r\n{15+}\r\nA2 DELETE INBOX\r\n";
    size_t first = strlen("A1 APPEND INBOX {5+}\r\n{15+}\r\n");
    for (size_t step = 0; step <= 8; step++) {
        events e = feed(s, sizeof s - 1, step, 0);
        cr_assert_eq(e.rc, QRS_OK);
        cr_assert_eq(e.msg_len, first, "step %zu: %zu", step, e.msg_len);
        e = feed(s + first, sizeof s - 1 - first, step, 0);
        cr_assert_eq(e.msg_len, sizeof s - 1 - first);
    }
}

/* A literal whose last byte is CR, followed by LF: that LF does not end the
 * line, as a server reading the line after the literal would not end it
 * either, so "A2 NOOP" stays part of A1's (malformed) line. */
Test(frame, a_literal_ending_in_cr_and_a_lf_do_not_make_a_crlf)
{
    static const char s[] = "A1 LOGIN {1}\r\n\r\nA2 NOOP\r\n";
    for (size_t step = 0; step <= 8; step++) {
        events e = feed(s, sizeof s - 1, step, 0);
        cr_assert_eq(e.rc, QRS_OK);
        cr_assert_eq(e.msg_len, sizeof s - 1, "step %zu: %zu", step, e.msg_len);
    }
}
