/*
 * test_limits.c - adversarial sizes: each input either parses with the right
 * result or fails with its own typed error at the right offset, with a small
 * fixed arena and the input flush against a guard page.  The Criterion
 * timeout only catches a runaway (quadratic or endless) parse; no test
 * measures time.
 */
#include <stdio.h>

#include "support.h"

/* Build "prefix" + n copies of unit + "suffix" on the heap. */
static char *repeat(const char *prefix, const char *unit, size_t n, const char *suffix, size_t *len)
{
    size_t pl = strlen(prefix), ul = strlen(unit), sl = strlen(suffix);
    *len = pl + ul * n + sl;
    char *s = malloc(*len + 1);
    cr_assert(s);
    memcpy(s, prefix, pl);
    for (size_t i = 0; i < n; i++)
        memcpy(s + pl + i * ul, unit, ul);
    memcpy(s + pl + ul * n, suffix, sl + 1);
    return s;
}

/* A parse with a 4 KiB arena: every set is O(1) AST memory.  The guarded
 * copy of the input stays mapped until the next call, since the result
 * points into it. */
static qrs_code parse_small(const char *s, size_t len, const qrs_options *o, qrs_error *err,
                            const qrs_message **msg)
{
    static unsigned char buf[4096];
    static guarded g;
    qrs_arena a;
    if (g.map)
        guarded_free(&g);
    g = guarded_copy(s, len);
    qrs_arena_init(&a, buf, sizeof buf);
    return qrs_parse(g.data, g.len, o, &a, msg, err);
}

Test(limits, million_digit_number, .timeout = 20)
{
    size_t len;
    char *s = repeat("* OK [HIGHESTMODSEQ 1", "0", 1000000, "] x\r\n", &len);
    qrs_error err;
    const qrs_message *m;
    cr_assert_eq(parse_small(s, len, NULL, &err, &m), QRS_E_MODSEQ_RANGE);
    cr_assert_eq(err.offset, 20); /* the number's first digit */
    free(s);
}

Test(limits, million_digit_uid_in_a_set, .timeout = 20)
{
    size_t len;
    char *s = repeat("* VANISHED 1,2,", "9", 1000000, "\r\n", &len);
    qrs_error err;
    const qrs_message *m;
    cr_assert_eq(parse_small(s, len, NULL, &err, &m), QRS_E_NUMBER_RANGE);
    cr_assert_eq(err.offset, 15);
    free(s);
}

Test(limits, hundred_thousand_commas, .timeout = 20)
{
    size_t len;
    char *s = repeat("* VANISHED 1", ",", 100000, "\r\n", &len);
    qrs_error err;
    const qrs_message *m;
    cr_assert_eq(parse_small(s, len, NULL, &err, &m), QRS_E_SYNTAX);
    cr_assert_eq(err.offset, 13); /* the second comma: an element is missing there */
    free(s);
}

Test(limits, hundred_thousand_nested_parentheses, .timeout = 20)
{
    size_t len;
    char *s = repeat("a LOGIN ", "(", 100000, "\r\n", &len);
    qrs_error err;
    const qrs_message *m;
    cr_assert_eq(parse_small(s, len, NULL, &err, &m), QRS_E_TOO_DEEP);
    cr_assert_eq(err.offset, 8 + QRS_DEFAULT_MAX_DEPTH); /* the first '(' past the limit */
    free(s);
}

Test(limits, right_nested_search_keys_hit_the_stack_limit_cleanly, .timeout = 20)
{
    size_t len;
    char *s = repeat("a SEARCH", " NOT", 100000, " ALL\r\n", &len);
    qrs_error err;
    const qrs_message *m;
    cr_assert_eq(parse_small(s, len, NULL, &err, &m), QRS_E_TOO_DEEP);
    cr_assert(err.offset < len);
    free(s);
}

Test(limits, full_uid_range_is_not_expanded, .timeout = 20)
{
    const char *s = "* VANISHED (EARLIER) 1:4294967295\r\n";
    qrs_error err;
    const qrs_message *m;
    cr_assert_eq(parse_small(s, strlen(s), NULL, &err, &m), QRS_OK);
    qrs_seqset_iter it;
    qrs_range r;
    qrs_seqset_iter_init(&it, &m->u.vanished.uids);
    cr_assert(qrs_seqset_next(&it, &r));
    cr_assert_eq(r.first, 1);
    cr_assert_eq(r.last, 4294967295u);
    cr_assert(!r.last_star);
    cr_assert(!qrs_seqset_next(&it, &r));
}

Test(limits, hundred_thousand_descending_uids, .timeout = 20)
{
    /* "100000,99999,...,1": VANISHED need not ascend; it must parse whole. */
    size_t cap = 100000 * 7 + 32, len = 0;
    char *s = malloc(cap);
    cr_assert(s);
    len += (size_t)sprintf(s, "* VANISHED ");
    for (unsigned u = 100000; u >= 1; u--)
        len += (size_t)sprintf(s + len, u > 1 ? "%u," : "%u", u);
    len += (size_t)sprintf(s + len, "\r\n");
    qrs_error err;
    const qrs_message *m;
    cr_assert_eq(parse_small(s, len, NULL, &err, &m), QRS_OK);
    cr_assert_eq(m->u.vanished.uids.elements, 100000);
    cr_assert(!qrs_seqset_ascends(&m->u.vanished.uids));
    qrs_seqset_iter it;
    qrs_range r;
    unsigned count = 0, expect = 100000;
    qrs_seqset_iter_init(&it, &m->u.vanished.uids);
    while (qrs_seqset_next(&it, &r)) {
        cr_assert_eq(r.first, expect--);
        count++;
    }
    cr_assert_eq(count, 100000);
    free(s);
}

Test(limits, ten_megabyte_vanished_line_in_a_small_arena, .timeout = 60)
{
    /* Ranges "a:b," of UIDs spread over the 32-bit space, ascending. */
    size_t cap = 11u * 1024 * 1024, len = 0;
    char *s = malloc(cap);
    cr_assert(s);
    len += (size_t)sprintf(s, "* VANISHED (EARLIER) ");
    uint32_t uid = 1, elements = 0;
    while (len < 10u * 1024 * 1024) {
        len += (size_t)sprintf(s + len, "%u:%u,", uid, uid + 2);
        uid += 3 + (elements % 1000);
        elements++;
    }
    len--; /* drop the last comma */
    len += (size_t)sprintf(s + len, "\r\n");
    qrs_error err;
    const qrs_message *m;
    cr_assert_eq(parse_small(s, len, NULL, &err, &m), QRS_OK, "%s at %zu", err.message, err.offset);
    cr_assert_eq(m->u.vanished.uids.elements, elements);
    cr_assert(qrs_seqset_ascends(&m->u.vanished.uids));
    free(s);
}

Test(limits, set_element_limit_is_its_own_error)
{
    qrs_options o = opts_of(QRS_DIALECT_RFC7162, 0);
    o.max_set_elements = 3;
    const char *ok = "* VANISHED 1,2,3\r\n";
    const char *bad = "* VANISHED 1,2,3,4\r\n";
    //                                  ^ 17
    qrs_error err;
    const qrs_message *m;
    cr_assert_eq(parse_small(ok, strlen(ok), &o, &err, &m), QRS_OK);
    cr_assert_eq(parse_small(bad, strlen(bad), &o, &err, &m), QRS_E_TOO_MANY_ELEMENTS);
    cr_assert_eq(err.offset, 17);
}

/* The limit holds on every path that reads a set: qrs_parse_fragment()
 * answers a whole bare sequence-set without the parser, and that answer
 * must count the elements too. */
Test(limits, set_element_limit_holds_for_fragments)
{
    static unsigned char buf[4096];
    static const struct {
        qrs_rule rule;
        const char *ok, *bad;
        size_t offset; /* of the first element past the limit */
    } cases[] = {
        {QRS_RULE_SEQUENCE_SET, "1,2,3", "1,2,3,4", 6},
        {QRS_RULE_SEQUENCE_SET, "1:5,7:*,9", "1:5,7:*,9,10:12", 10},
        {QRS_RULE_SEQUENCE_SET, "4,3,2", "4,3,2,1", 6},
        {QRS_RULE_KNOWN_UIDS, "1,2,3", "1,2,3,4", 6},
    };
    qrs_options o = opts_of(QRS_DIALECT_RFC7162, 0);
    o.max_set_elements = 3;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        qrs_arena a;
        qrs_fragment f;
        qrs_error err;
        guarded g = guarded_copy(cases[i].ok, strlen(cases[i].ok));
        qrs_arena_init(&a, buf, sizeof buf);
        cr_assert_eq(qrs_parse_fragment(cases[i].rule, g.data, g.len, &o, &a, &f, &err), QRS_OK, "%s", cases[i].ok);
        cr_assert_eq(f.set.elements, 3u);
        guarded_free(&g);
        g = guarded_copy(cases[i].bad, strlen(cases[i].bad));
        qrs_code rc = qrs_parse_fragment(cases[i].rule, g.data, g.len, &o, &a, &f, &err);
        cr_assert_eq(rc, QRS_E_TOO_MANY_ELEMENTS, "%s \"%s\": %s", qrs_rule_name(cases[i].rule), cases[i].bad,
                     qrs_code_name(rc));
        cr_assert_eq(err.offset, cases[i].offset, "%s: offset %zu", cases[i].bad, err.offset);
        cr_assert_eq(f.set.elements, 0u, "out is zeroed on failure");
        guarded_free(&g);
    }
}

Test(limits, message_length_limit_is_its_own_error)
{
    qrs_options o = opts_of(QRS_DIALECT_RFC7162, 0);
    o.max_message_len = 10;
    const char *s = "* VANISHED 1,2,3\r\n";
    qrs_error err;
    const qrs_message *m;
    cr_assert_eq(parse_small(s, strlen(s), &o, &err, &m), QRS_E_TOO_LONG);
    cr_assert_eq(err.offset, 10);
    cr_assert_null(m);
}

/* A literal that would end past max_message_len is refused at its "{",
 * before its data has arrived: not incomplete, since no more bytes could
 * make the message fit (RFC 3501 section 4.3; the framer refuses it too). */
Test(limits, a_literal_past_the_limit_is_too_long_at_its_announcement)
{
    qrs_options o = opts_of(QRS_DIALECT_RFC7162, 0);
    o.max_message_len = 30;
    qrs_error err;
    const qrs_message *m;
    const char *cut = "a LOGIN {50}\r\nhello";
    cr_assert_eq(parse_small(cut, strlen(cut), &o, &err, &m), QRS_E_TOO_LONG);
    cr_assert_eq(err.offset, 8);
    /* the longest literal that fits: its data ends at byte 30 */
    const char *fits = "a LOGIN {16}\r\n0123456789abcdef\r\n";
    cr_assert_eq(parse_small(fits, strlen(fits) - 2, &o, &err, &m), QRS_E_INCOMPLETE);
    o.max_message_len = 32;
    cr_assert_eq(parse_small(fits, strlen(fits), &o, &err, &m), QRS_OK);
    o.max_message_len = 29; /* one byte short: refused with only part of the data there */
    cr_assert_eq(parse_small(fits, strlen(fits) - 7, &o, &err, &m), QRS_E_TOO_LONG);
    cr_assert_eq(err.offset, 8);
}

Test(limits, depth_option_above_the_hard_limit_is_refused)
{
    qrs_options o = opts_of(QRS_DIALECT_RFC7162, 0);
    o.max_depth = QRS_MAX_DEPTH_LIMIT + 1;
    const char *s = "a NOOP\r\n";
    qrs_error err;
    const qrs_message *m;
    cr_assert_eq(parse_small(s, strlen(s), &o, &err, &m), QRS_E_INVALID_ARGUMENT);
    o.max_depth = QRS_MAX_DEPTH_LIMIT;
    cr_assert_eq(parse_small(s, strlen(s), &o, &err, &m), QRS_OK);
}

Test(limits, deepest_allowed_nesting_parses)
{
    qrs_options o = opts_of(QRS_DIALECT_RFC7162, 0);
    o.max_depth = QRS_MAX_DEPTH_LIMIT;
    size_t len;
    char *open = repeat("a LOGIN ", "(", QRS_MAX_DEPTH_LIMIT, "", &len);
    char *s = repeat(open, ")", QRS_MAX_DEPTH_LIMIT, "\r\n", &len);
    qrs_error err;
    const qrs_message *m;
    cr_assert_eq(parse_small(s, len, &o, &err, &m), QRS_OK, "%s at %zu", err.message, err.offset);
    cr_assert_eq(m->kind, QRS_CMD_OTHER);
    free(open);
    free(s);
}
