/*
 * test_build_commands.c - the builders for the client commands around the
 * extension (qrs_build_bare_command, qrs_build_append, qrs_build_search):
 * what they write parses strictly in every dialect and carries the values
 * given; an APPEND stops the framer at its synchronizing literal; what the
 * grammar forbids is refused with its typed error and nothing written.
 */
#include "support.h"

#define SENT 'Z' /* what an untouched buffer byte holds */
#define OUT_CAP 1024

static const qrs_dialect dialects[3] = {QRS_DIALECT_RFC7162, QRS_DIALECT_RFC5162, QRS_DIALECT_DRAFT03};

static char out[OUT_CAP];
static parsed P;

/* Strict parse of out[0..len) as a command of dialect d; fails the test when it does not parse. */
static const qrs_message *parse_command(qrs_dialect d, size_t len)
{
    qrs_options o = opts_of(d, 0);
    o.side = QRS_SIDE_CLIENT;
    parse_with(&P, out, len, &o);
    if (P.rc != QRS_OK)
        cr_assert_fail("[%s] builder output does not parse strictly: %s (%s) at %zu, rule %s: %s",
                       qrs_dialect_name(d), qrs_code_name(P.rc), P.err.message, P.err.offset, P.err.rule, out);
    return P.msg;
}

/* A refusal: the expected code, and not one byte of out written. */
#define REFUSE(want, call)                                                                                         \
    do {                                                                                                           \
        size_t len = 12345;                                                                                        \
        memset(out, SENT, sizeof out);                                                                             \
        qrs_code rc_ = (call);                                                                                     \
        cr_expect_eq(rc_, (want), "%s -> %s, want %s", #call, qrs_code_name(rc_), qrs_code_name(want));           \
        cr_expect_eq(len, 12345u, "%s: *len written although refused", #call);                                   \
        for (size_t i_ = 0; i_ < sizeof out; i_++)                                                                 \
            if (out[i_] != SENT) {                                                                                 \
                cr_expect_fail("%s: byte %zu written although refused", #call, i_);                              \
                break;                                                                                             \
            }                                                                                                      \
    } while (0)

/* A build that must succeed; *len must be the length of the NUL-terminated text. */
#define BUILD(call)                                                                                                \
    do {                                                                                                           \
        memset(out, SENT, sizeof out);                                                                             \
        qrs_code rc_ = (call);                                                                                     \
        cr_assert_eq(rc_, QRS_OK, "%s -> %s", #call, qrs_code_name(rc_));                                         \
        cr_assert_lt(len, sizeof out);                                                                             \
        cr_assert_eq(out[len], 0, "%s: no NUL after %zu bytes", #call, len);                                     \
    } while (0)

static const char *const bad_tags[] = {"", "a+b", "a b", "a\"b", "a{b", "a(b", "a%b", "a*b", "a\\b", "t\r"};

/* MARK: - Commands without arguments */

Test(build_bare_command, each_command_in_every_dialect)
{
    static const char *const names[] = {"CAPABILITY", "LOGOUT", "NOOP", "CHECK", "CLOSE", "EXPUNGE", "UNSELECT"};
    char want[64];
    size_t len;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        BUILD(qrs_build_bare_command("x7", names[i], out, sizeof out, &len));
        snprintf(want, sizeof want, "x7 %s\r\n", names[i]);
        cr_expect_str_eq(out, want);
        for (int d = 0; d < 3; d++) {
            const qrs_message *m = parse_command(dialects[d], len);
            cr_expect_eq(m->kind, QRS_CMD_OTHER, "%s parsed as %s", names[i], qrs_kind_name(m->kind));
            cr_expect(slice_eq(m->tag, "x7"));
            cr_expect(slice_eq(m->u.other.name, names[i]), "name %.*s", (int)m->u.other.name.len,
                      m->u.other.name.ptr);
            cr_expect_eq(m->u.other.args.len, 0u);
            guarded_free(&P.in);
        }
    }
}

Test(build_bare_command, refusals)
{
    for (size_t i = 0; i < sizeof bad_tags / sizeof bad_tags[0]; i++)
        REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_bare_command(bad_tags[i], "NOOP", out, sizeof out, &len));
    REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_bare_command(NULL, "NOOP", out, sizeof out, &len));
    /* commands that take arguments, spellings other than upper case, and padding are not bare commands */
    REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_bare_command("t", NULL, out, sizeof out, &len));
    REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_bare_command("t", "", out, sizeof out, &len));
    REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_bare_command("t", "FETCH", out, sizeof out, &len));
    REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_bare_command("t", "SELECT", out, sizeof out, &len));
    REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_bare_command("t", "noop", out, sizeof out, &len));
    REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_bare_command("t", "NOOP ", out, sizeof out, &len));
    REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_bare_command("t", "NOOP\r\n", out, sizeof out, &len));
    memset(out, SENT, sizeof out);
    cr_expect_eq(qrs_build_bare_command("t", "NOOP", out, sizeof out, NULL), QRS_E_INVALID_ARGUMENT);
    cr_expect_eq(out[0], SENT, "written without a place for the length");
}

/* MARK: - APPEND */

static const char body[] = "From: a@example.org\r\nSubject: {5}\r\n\r\nnot a literal: {5}\r\n";

Test(build_append, literal_and_flags)
{
    size_t len, n = strlen(body);
    char want[256];
    BUILD(qrs_build_append("a1", "INBOX", "(\\Seen $Work)", body, n, out, sizeof out, &len));
    snprintf(want, sizeof want, "a1 APPEND INBOX (\\Seen $Work) {%zu}\r\n%s\r\n", n, body);
    cr_expect_str_eq(out, want);
    cr_expect_eq(len, strlen(want));
    for (int d = 0; d < 3; d++) {
        const qrs_message *m = parse_command(dialects[d], len);
        cr_expect_eq(m->kind, QRS_CMD_OTHER);
        cr_expect(slice_eq(m->u.other.name, "APPEND"));
        cr_expect(slice_eq(m->raw, want));
        guarded_free(&P.in);
    }
}

/* The framer stops at the synchronizing literal, where a client waits for
 * the continuation request, then finds the end after the message octets. */
static void framed_once(const char *message)
{
    size_t len, n = strlen(message), msg_len = 0;
    uint32_t literal_len = 0;
    qrs_frame_status st;
    qrs_framer f;
    BUILD(qrs_build_append("a2", "INBOX", NULL, message, n, out, sizeof out, &len));
    const char *head_end = strstr(out, "}\r\n");
    cr_assert_not_null(head_end);
    size_t head = (size_t)(head_end - out) + 3;
    qrs_framer_init(&f, 0);
    cr_assert_eq(qrs_frame(&f, out, head, &st, &msg_len, &literal_len), QRS_OK);
    cr_expect_eq(st, QRS_FRAME_LITERAL);
    cr_expect_eq(literal_len, n);
    cr_assert_eq(qrs_frame(&f, out, len, &st, &msg_len, &literal_len), QRS_OK);
    cr_expect_eq(st, QRS_FRAME_MESSAGE);
    cr_expect_eq(msg_len, len, "the literal's \"{5}\" text must not start another literal");
}

Test(build_append, framer_stops_at_the_literal)
{
    /* a message that ends in "{5}" puts it right before the command's CRLF */
    const char *bodies[] = {body, "Subject: x\r\n\r\nends in {5}"};
    for (size_t b = 0; b < 2; b++)
        framed_once(bodies[b]);
}

Test(build_append, mailbox_forms_and_empty_message)
{
    size_t len;
    BUILD(qrs_build_append("a3", "Sent Items", NULL, "x", 1, out, sizeof out, &len));
    cr_expect_str_eq(out, "a3 APPEND \"Sent Items\" {1}\r\nx\r\n");
    BUILD(qrs_build_append("a4", "a\"b\\c", NULL, "x", 1, out, sizeof out, &len));
    cr_expect_str_eq(out, "a4 APPEND \"a\\\"b\\\\c\" {1}\r\nx\r\n");
    BUILD(qrs_build_append("a5", "INBOX", NULL, NULL, 0, out, sizeof out, &len));
    cr_expect_str_eq(out, "a5 APPEND INBOX {0}\r\n\r\n");
    for (int d = 0; d < 3; d++) {
        const qrs_message *m = parse_command(dialects[d], len);
        cr_expect(slice_eq(m->u.other.name, "APPEND"));
        guarded_free(&P.in);
    }
    /* 8-bit octets are message content, not a refusal: a literal carries CHAR8 */
    BUILD(qrs_build_append("a6", "INBOX", NULL, "caf\xc3\xa9", 5, out, sizeof out, &len));
    cr_expect_str_eq(out, "a6 APPEND INBOX {5}\r\ncaf\xc3\xa9\r\n");
}

Test(build_append, snprintf_contract)
{
    size_t need = 0, len = 0;
    cr_assert_eq(qrs_build_append("a1", "INBOX", "(\\Seen)", body, strlen(body), NULL, 0, &need), QRS_OK);
    BUILD(qrs_build_append("a1", "INBOX", "(\\Seen)", body, strlen(body), out, sizeof out, &len));
    cr_expect_eq(need, len);
    memset(out, SENT, sizeof out);
    cr_assert_eq(qrs_build_append("a1", "INBOX", "(\\Seen)", body, strlen(body), out, 10, &len), QRS_OK);
    cr_expect_eq(len, need, "the full length, even when cut short");
    cr_expect_str_eq(out, "a1 APPEND");
    cr_expect_eq(out[10], SENT, "wrote past cap");
}

Test(build_append, refusals)
{
    const char *m = "x";
    for (size_t i = 0; i < sizeof bad_tags / sizeof bad_tags[0]; i++)
        REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_append(bad_tags[i], "INBOX", NULL, m, 1, out, sizeof out, &len));
    REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_append(NULL, "INBOX", NULL, m, 1, out, sizeof out, &len));
    /* a mailbox that needs a literal of its own, or none */
    REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_append("t", NULL, NULL, m, 1, out, sizeof out, &len));
    REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_append("t", "a\r\nb", NULL, m, 1, out, sizeof out, &len));
    REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_append("t", "Entw\xc3\xbcrfe", NULL, m, 1, out, sizeof out, &len));
    /* flags: a parenthesized flag-list, checked by the parser's rule */
    REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_append("t", "INBOX", "\\Seen", m, 1, out, sizeof out, &len));
    REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_append("t", "INBOX", "", m, 1, out, sizeof out, &len));
    REFUSE(QRS_E_SYNTAX, qrs_build_append("t", "INBOX", "(\\Seen", m, 1, out, sizeof out, &len));
    REFUSE(QRS_E_SYNTAX, qrs_build_append("t", "INBOX", "(\\Seen) x", m, 1, out, sizeof out, &len));
    REFUSE(QRS_E_SYNTAX, qrs_build_append("t", "INBOX", "(a\r\nb)", m, 1, out, sizeof out, &len));
    /* the message: a NUL cannot travel in a literal; no octets for a length */
    REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_append("t", "INBOX", NULL, "a\0b", 3, out, sizeof out, &len));
    REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_append("t", "INBOX", NULL, NULL, 1, out, sizeof out, &len));
#if SIZE_MAX > UINT32_MAX
    /* refused on the length alone, before any octet is read */
    REFUSE(QRS_E_NUMBER_RANGE,
           qrs_build_append("t", "INBOX", NULL, m, (size_t)UINT32_MAX + 1u, out, sizeof out, &len));
#endif
    memset(out, SENT, sizeof out);
    cr_expect_eq(qrs_build_append("t", "INBOX", NULL, m, 1, out, sizeof out, NULL), QRS_E_INVALID_ARGUMENT);
    cr_expect_eq(out[0], SENT);
}

/* MARK: - SEARCH MODSEQ */

Test(build_search, whole_message_modseq)
{
    size_t len;
    for (int d = 0; d < 3; d++) {
        BUILD(qrs_build_search(dialects[d], "s1", 1, NULL, NULL, 620162338, out, sizeof out, &len));
        cr_expect_str_eq(out, "s1 UID SEARCH MODSEQ 620162338\r\n");
        const qrs_message *m = parse_command(dialects[d], len);
        cr_assert_eq(m->kind, QRS_CMD_SEARCH);
        cr_expect_eq(m->uid, 1);
        cr_assert_not_null(m->u.search.modseq);
        cr_expect_eq(m->u.search.modseq->has_entry, 0);
        cr_expect_eq(m->u.search.modseq->modseq, 620162338u);
        cr_expect_null(m->u.search.modseq->next);
        guarded_free(&P.in);
    }
    /* mod-sequence-valzer: 0 is a valid criterion (every message matches) */
    BUILD(qrs_build_search(QRS_DIALECT_RFC7162, "s2", 0, NULL, NULL, 0, out, sizeof out, &len));
    cr_expect_str_eq(out, "s2 SEARCH MODSEQ 0\r\n");
    const qrs_message *m = parse_command(QRS_DIALECT_RFC7162, len);
    cr_expect_eq(m->uid, 0);
    cr_expect_eq(m->u.search.modseq->modseq, 0u);
    guarded_free(&P.in);
}

Test(build_search, flag_entries)
{
    static const struct {
        const char *flag, *type, *text, *entry;
    } cases[] = {
        {"\\Seen", "priv", "s3 SEARCH MODSEQ \"/flags/\\\\Seen\" priv 7\r\n", "\"/flags/\\\\Seen\""},
        {"\\Answered", "all", "s3 SEARCH MODSEQ \"/flags/\\\\Answered\" all 7\r\n", "\"/flags/\\\\Answered\""},
        {"$Work", "shared", "s3 SEARCH MODSEQ \"/flags/$Work\" shared 7\r\n", "\"/flags/$Work\""},
    };
    size_t len;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        for (int d = 0; d < 3; d++) {
            BUILD(qrs_build_search(dialects[d], "s3", 0, cases[i].flag, cases[i].type, 7, out, sizeof out, &len));
            cr_expect_str_eq(out, cases[i].text);
            const qrs_message *m = parse_command(dialects[d], len);
            const qrs_search_modseq *s = m->u.search.modseq;
            cr_assert_not_null(s);
            cr_expect_eq(s->has_entry, 1);
            cr_expect(slice_eq(s->entry_name, cases[i].entry), "entry %.*s", (int)s->entry_name.len,
                      s->entry_name.ptr);
            cr_expect(slice_eq(s->entry_type, cases[i].type));
            cr_expect_eq(s->modseq, 7u);
            guarded_free(&P.in);
        }
    }
}

Test(build_search, modseq_limit_per_dialect)
{
    size_t len;
    const uint64_t lim7162 = (uint64_t)INT64_MAX, lim4551 = UINT64_MAX - 1u;
    BUILD(qrs_build_search(QRS_DIALECT_RFC7162, "s", 1, NULL, NULL, lim7162, out, sizeof out, &len));
    parse_command(QRS_DIALECT_RFC7162, len);
    guarded_free(&P.in);
    REFUSE(QRS_E_MODSEQ_RANGE, qrs_build_search(QRS_DIALECT_RFC7162, "s", 1, NULL, NULL, lim7162 + 1u, out,
                                                sizeof out, &len));
    for (int d = 1; d < 3; d++) {
        BUILD(qrs_build_search(dialects[d], "s", 1, NULL, NULL, lim4551, out, sizeof out, &len));
        parse_command(dialects[d], len);
        guarded_free(&P.in);
        REFUSE(QRS_E_MODSEQ_RANGE,
               qrs_build_search(dialects[d], "s", 1, NULL, NULL, UINT64_MAX, out, sizeof out, &len));
    }
}

Test(build_search, refusals)
{
    const qrs_dialect d = QRS_DIALECT_RFC7162;
    for (size_t i = 0; i < sizeof bad_tags / sizeof bad_tags[0]; i++)
        REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_search(d, bad_tags[i], 1, NULL, NULL, 5, out, sizeof out, &len));
    REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_search(d, NULL, 1, NULL, NULL, 5, out, sizeof out, &len));
    /* an entry name needs its type, and a type its name */
    REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_search(d, "s", 1, "\\Seen", NULL, 5, out, sizeof out, &len));
    REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_search(d, "s", 1, NULL, "priv", 5, out, sizeof out, &len));
    /* \Recent has no mod-sequence (attr-flag's comment), in any case; the keyword Recent is fine */
    for (int k = 0; k < 3; k++) {
        size_t len;
        REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_search(dialects[k], "s", 1, "\\Recent", "all", 5, out, sizeof out,
                                                        &len));
        REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_search(dialects[k], "s", 1, "\\rECENT", "priv", 5, out, sizeof out,
                                                        &len));
        BUILD(qrs_build_search(dialects[k], "s", 1, "Recent", "all", 5, out, sizeof out, &len));
        parse_command(dialects[k], len);
        guarded_free(&P.in);
    }
    /* entry types are priv, shared, all, as the builder writes them */
    REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_search(d, "s", 1, "\\Seen", "private", 5, out, sizeof out, &len));
    REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_search(d, "s", 1, "\\Seen", "PRIV", 5, out, sizeof out, &len));
    REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_search(d, "s", 1, "\\Seen", "", 5, out, sizeof out, &len));
    /* attr-flag: an atom, after at most one backslash */
    static const char *const bad_flags[] = {"", "\\", "\\\\Seen", "a b", "(x)", "a\"b", "a]b", "a*", "\\Se\\en"};
    for (size_t i = 0; i < sizeof bad_flags / sizeof bad_flags[0]; i++)
        REFUSE(QRS_E_INVALID_ARGUMENT, qrs_build_search(d, "s", 1, bad_flags[i], "all", 5, out, sizeof out, &len));
    memset(out, SENT, sizeof out);
    cr_expect_eq(qrs_build_search(d, "s", 1, NULL, NULL, 5, out, sizeof out, NULL), QRS_E_INVALID_ARGUMENT);
    cr_expect_eq(out[0], SENT);
}
