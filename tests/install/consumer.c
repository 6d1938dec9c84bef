/*
 * consumer.c - a program outside the tree that uses the installed library.
 *
 * tests/install/run.sh builds it through `pkg-config --cflags --libs qresync`
 * once as C99 and once as C++, links it against the installed shared
 * library and runs it.  It does what a client does on reconnection (RFC 7162
 * section 3.2.5): build a SELECT with QRESYNC from what it cached, then read
 * the VANISHED (EARLIER) the server answers with, and checks every result.
 * Exit status 0 when every check held; each failure is printed.
 */
#include <qresync.h>

#include <stdio.h>
#include <string.h>

static int failures;

static void check(int ok, const char *what)
{
    if (!ok) {
        fprintf(stderr, "consumer: FAILED: %s\n", what);
        failures++;
    }
}

static int slice_is(qrs_slice s, const char *text)
{
    return s.len == strlen(text) && memcmp(s.ptr, text, s.len) == 0;
}

/* Build "A02 SELECT INBOX (QRESYNC (...))" from values, as in the example of
 * RFC 7162 section 3.2.5.2, then parse it back and compare the fields. */
static void select_with_qresync(qrs_arena *arena)
{
    static const char expected[] = "A02 SELECT INBOX (QRESYNC (67890007 20050715194045000 41,43:211,214:541))\r\n";
    qrs_urange storage[4];
    qrs_ranges known;
    qrs_qresync_values q;
    char buf[128];
    size_t len = 0;
    const qrs_message *msg = NULL;
    qrs_error err;

    qrs_ranges_init(&known, storage, sizeof storage / sizeof storage[0]);
    /* Out of order and overlapping on purpose: normalize must sort and merge. */
    check(qrs_ranges_add(&known, 214, 541) == QRS_OK, "ranges_add 214:541");
    check(qrs_ranges_add(&known, 41, 41) == QRS_OK, "ranges_add 41");
    check(qrs_ranges_add(&known, 43, 200) == QRS_OK, "ranges_add 43:200");
    check(qrs_ranges_add(&known, 150, 211) == QRS_OK, "ranges_add 150:211");
    qrs_ranges_normalize(&known);
    check(known.n == 3, "normalize merges 43:200 and 150:211");
    check(qrs_ranges_count(&known) == 1 + 169 + 328, "count of 41,43:211,214:541");

    memset(&q, 0, sizeof q);
    q.uidvalidity = 67890007u;
    q.modseq = 20050715194045000u;
    q.known_uids = &known;
    check(qrs_build_select(QRS_DIALECT_RFC7162, "A02", 0, "INBOX", &q, 0, buf, sizeof buf, &len) == QRS_OK,
          "build_select succeeds");
    check(len == strlen(expected) && strcmp(buf, expected) == 0, "build_select writes the RFC 7162 example");

    q.modseq = 0; /* mod-sequence-value forbids 0 */
    check(qrs_build_select(QRS_DIALECT_RFC7162, "A02", 0, "INBOX", &q, 0, buf, sizeof buf, &len) ==
              QRS_E_MODSEQ_ZERO,
          "build_select refuses mod-sequence 0");

    qrs_arena_reset(arena);
    if (qrs_parse(expected, strlen(expected), NULL, arena, &msg, &err) != QRS_OK) {
        check(0, "the built SELECT parses");
        return;
    }
    check(msg->kind == QRS_CMD_SELECT, "kind is select");
    check(slice_is(msg->tag, "A02"), "tag A02");
    check(msg->u.select.qresync != NULL, "QRESYNC parameter found");
    if (msg->u.select.qresync != NULL) {
        const qrs_qresync *p = &msg->u.select.qresync->qresync;
        check(p->uidvalidity == 67890007u, "uidvalidity read back");
        check(p->modseq == 20050715194045000u, "modseq read back");
        check(p->has_known_uids && slice_is(p->known_uids.text, "41,43:211,214:541"), "known-uids read back");
    }
}

/* Parse the server's answer, walk its set without expanding it, and write
 * a differently spelt copy back in canonical form. */
static void vanished_earlier(qrs_arena *arena)
{
    static const char line[] = "* VANISHED (EARLIER) 300:310,405,411\r\n";
    static const char messy[] = "* vanished (earlier) 411,405,306:310,300:305\r\n";
    static const qrs_range want[3] = {{300, 310, 0, 0, 1}, {405, 405, 0, 0, 0}, {411, 411, 0, 0, 0}};
    unsigned char scratch_mem[1024];
    qrs_arena scratch;
    qrs_options opts;
    const qrs_message *msg = NULL;
    qrs_error err;
    qrs_seqset_iter it;
    qrs_range r;
    size_t n = 0, len = 0;
    char out[128];

    memset(&opts, 0, sizeof opts);
    opts.side = QRS_SIDE_SERVER;
    qrs_arena_reset(arena);
    if (qrs_parse(line, strlen(line), &opts, arena, &msg, &err) != QRS_OK) {
        check(0, "VANISHED (EARLIER) parses");
        return;
    }
    check(msg->kind == QRS_RESP_VANISHED, "kind is vanished");
    check(msg->u.vanished.earlier == 1, "EARLIER seen");
    check(msg->u.vanished.uids.elements == 3, "three elements");
    qrs_seqset_iter_init(&it, &msg->u.vanished.uids);
    while (qrs_seqset_next(&it, &r)) {
        if (n < 3)
            check(r.first == want[n].first && r.last == want[n].last && r.is_range == want[n].is_range &&
                      !r.first_star && !r.last_star,
                  "element as written");
        n++;
    }
    check(n == 3, "iterator yields three elements");

    qrs_arena_reset(arena);
    check(qrs_parse(messy, strlen(messy), &opts, arena, &msg, &err) == QRS_OK, "lower-case VANISHED parses");
    qrs_arena_init(&scratch, scratch_mem, sizeof scratch_mem);
    check(qrs_write(msg, QRS_WRITE_CANONICAL, &scratch, out, sizeof out, &len) == QRS_OK, "canonical write");
    check(len == strlen(line) && strcmp(out, line) == 0, "canonical form sorts, merges and upper-cases");
    check(qrs_write(msg, QRS_WRITE_LOSSLESS, NULL, out, sizeof out, &len) == QRS_OK && strcmp(out, messy) == 0,
          "lossless write gives the input back");
}

/* A refusal carries a code, a rule and an offset into the input. */
static void typed_error(qrs_arena *arena)
{
    static const char line[] = "* VANISHED (EARLIER) 300:*\r\n";
    const qrs_message *msg = NULL;
    qrs_error err;

    qrs_arena_reset(arena);
    check(qrs_parse(line, strlen(line), NULL, arena, &msg, &err) == QRS_E_STAR_FORBIDDEN, "'*' refused");
    check(msg == NULL, "no message on failure");
    check(err.offset >= strlen("* VANISHED (EARLIER) ") && err.offset < strlen(line) - 2, "offset inside the set");
    check(strcmp(qrs_code_name(err.code), "star-forbidden") == 0, "code name");
}

int main(void)
{
    unsigned char mem[8192];
    qrs_arena arena;

    qrs_arena_init(&arena, mem, sizeof mem);
    select_with_qresync(&arena);
    vanished_earlier(&arena);
    typed_error(&arena);
#ifdef __cplusplus
    const char *language = "C++";
#else
    const char *language = "C";
#endif
    if (failures != 0) {
        fprintf(stderr, "consumer (%s): %d check(s) failed\n", language, failures);
        return 1;
    }
    printf("consumer (%s): every check passed against libqresync %s\n", language, QRS_VERSION_STRING);
    return 0;
}
