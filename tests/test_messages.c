/*
 * test_messages.c - known-answer tests of the syntax tree.
 *
 * For each construct the library recognises (QRESYNC/CONDSTORE commands and
 * responses, plus the generic commands and responses around them), one
 * message is parsed flush against a guard page and every field of the result
 * is compared with the value written in the message.  Sets are read through
 * qrs_seqset_iter, never by re-parsing their text.  The last suites cover
 * side detection and qrs_parse_fragment() for every qrs_rule.
 */
#include "support.h"

/* MARK: - Helpers */

/* Parse s (CRLF included) with opts and require success. */
static const qrs_message *parse_ok(parsed *p, const char *s, const qrs_options *opts)
{
    parse_with(p, s, strlen(s), opts);
    cr_assert_eq(p->rc, QRS_OK, "parse of \"%s\" failed: %s at %zu (rule %s): %s", s, qrs_code_name(p->rc),
                 p->err.offset, p->err.rule, p->err.message);
    cr_assert_not_null(p->msg, "\"%s\": out is NULL after success", s);
    /* the message covers the whole input, CRLF included, and points into it */
    cr_assert_eq(p->msg->raw.ptr, p->in.data, "\"%s\": raw does not start at the input", s);
    cr_assert_eq(p->msg->raw.len, p->in.len, "\"%s\": raw.len %zu, input %zu", s, p->msg->raw.len, p->in.len);
    return p->msg;
}

static const qrs_message *parse_ok_in(parsed *p, const char *s, qrs_dialect d, uint32_t lenient)
{
    qrs_options o = opts_of(d, lenient);
    return parse_ok(p, s, &o);
}

/* A slice equal to lit that lies inside the parsed input (zero-copy). */
#define ASSERT_SLICE(p, sl, lit)                                                                          \
    do {                                                                                                  \
        qrs_slice s_ = (sl);                                                                              \
        cr_assert(s_.len == strlen(lit) && (s_.len == 0 || memcmp(s_.ptr, lit, s_.len) == 0),             \
                  "%s is \"%.*s\", expected \"%s\"", #sl, (int)s_.len, s_.ptr ? s_.ptr : "", lit);        \
        if (s_.len)                                                                                       \
            cr_assert(s_.ptr >= (p)->in.data && s_.ptr + s_.len <= (p)->in.data + (p)->in.len,            \
                      "%s does not point into the input", #sl);                                           \
    } while (0)

#define ASSERT_EMPTY(sl) cr_assert_eq((sl).len, 0u, "%s should be empty, is \"%.*s\"", #sl, (int)(sl).len, (sl).ptr)

typedef struct want_range {
    uint32_t first, last;
    int first_star, last_star, is_range;
} want_range;

/* single number n */
#define N(n) {(n), (n), 0, 0, 0}
/* range a:b */
#define RG(a, b) {(a), (b), 0, 0, 1}
/* a single '*' */
#define STAR {0, 0, 1, 1, 0}

static void check_set(const qrs_seqset *set, const char *text, const want_range *want, size_t n)
{
    cr_assert(slice_eq(set->text, text), "set text \"%.*s\", expected \"%s\"", (int)set->text.len,
              set->text.ptr ? set->text.ptr : "", text);
    cr_assert_eq(set->elements, (uint32_t)n, "set \"%s\": %u elements, expected %zu", text, set->elements, n);
    qrs_seqset_iter it;
    qrs_range r;
    qrs_seqset_iter_init(&it, set);
    for (size_t i = 0; i < n; i++) {
        cr_assert_eq(qrs_seqset_next(&it, &r), 1, "set \"%s\": iterator ended after %zu elements", text, i);
        cr_assert_eq(r.first_star, want[i].first_star, "set \"%s\" element %zu: first_star %d", text, i, r.first_star);
        cr_assert_eq(r.last_star, want[i].last_star, "set \"%s\" element %zu: last_star %d", text, i, r.last_star);
        if (!want[i].first_star)
            cr_assert_eq(r.first, want[i].first, "set \"%s\" element %zu: first %u, expected %u", text, i, r.first,
                         want[i].first);
        if (!want[i].last_star)
            cr_assert_eq(r.last, want[i].last, "set \"%s\" element %zu: last %u, expected %u", text, i, r.last,
                         want[i].last);
        cr_assert_eq(!!r.is_range, want[i].is_range, "set \"%s\" element %zu: is_range %d", text, i, r.is_range);
    }
    cr_assert_eq(qrs_seqset_next(&it, &r), 0, "set \"%s\": more than %zu elements", text, n);
    /* the end is sticky */
    cr_assert_eq(qrs_seqset_next(&it, &r), 0, "set \"%s\": iterator restarted", text);
}

#define CHECK_SET(set, text, ...)                                                                         \
    do {                                                                                                  \
        const want_range w_[] = {__VA_ARGS__};                                                            \
        check_set(&(set), text, w_, sizeof w_ / sizeof w_[0]);                                            \
    } while (0)

static size_t count_params(const qrs_param *p)
{
    size_t n = 0;
    for (; p; p = p->next)
        n++;
    return n;
}

static size_t count_items(const qrs_item *it)
{
    size_t n = 0;
    for (; it; it = it->next)
        n++;
    return n;
}

static size_t count_words(const qrs_word *w)
{
    size_t n = 0;
    for (; w; w = w->next)
        n++;
    return n;
}

/* MARK: - SELECT / EXAMINE */

Test(msg_select, qresync_full)
{
    parsed p;
    const qrs_message *m =
        parse_ok(&p, "A02 SELECT INBOX (QRESYNC (67890007 90060115194045000 41,43:211,214:541 (1:3,5 41,43,47,214)))\r\n",
                 NULL);
    cr_assert_eq(m->kind, QRS_CMD_SELECT);
    ASSERT_SLICE(&p, m->tag, "A02");
    cr_assert_eq(m->u.select.examine, 0);
    cr_assert_eq(m->u.select.mailbox.form, QRS_STR_ATOM);
    ASSERT_SLICE(&p, m->u.select.mailbox.value, "INBOX");
    ASSERT_SLICE(&p, m->u.select.mailbox.raw, "INBOX");
    cr_assert_eq(count_params(m->u.select.params), 1u);
    const qrs_param *q = m->u.select.params;
    cr_assert_eq(m->u.select.qresync, q, "qresync shortcut must point at the parameter");
    cr_assert_null(m->u.select.condstore);
    cr_assert_eq(q->kind, QRS_PARAM_QRESYNC);
    ASSERT_SLICE(&p, q->name, "QRESYNC");
    ASSERT_SLICE(&p, q->raw, "QRESYNC (67890007 90060115194045000 41,43:211,214:541 (1:3,5 41,43,47,214))");
    ASSERT_SLICE(&p, q->value, "(67890007 90060115194045000 41,43:211,214:541 (1:3,5 41,43,47,214))");
    cr_assert_eq(q->qresync.uidvalidity, 67890007u);
    cr_assert_eq(q->qresync.modseq, UINT64_C(90060115194045000));
    cr_assert_eq(q->qresync.has_known_uids, 1);
    CHECK_SET(q->qresync.known_uids, "41,43:211,214:541", N(41), RG(43, 211), RG(214, 541));
    cr_assert(qrs_seqset_ascends(&q->qresync.known_uids));
    cr_assert_eq(q->qresync.known_uids.flags & QRS_SET_HAS_STAR, 0u);
    cr_assert_eq(q->qresync.has_seq_match, 1);
    CHECK_SET(q->qresync.known_sequence_set, "1:3,5", RG(1, 3), N(5));
    CHECK_SET(q->qresync.known_uid_set, "41,43,47,214", N(41), N(43), N(47), N(214));
    ASSERT_SLICE(&p, q->qresync.known_sequence_set.text, "1:3,5");
    ASSERT_SLICE(&p, q->qresync.known_uid_set.text, "41,43,47,214");
    guarded_free(&p.in);
}

Test(msg_select, examine_qresync_minimal_quoted_mailbox)
{
    parsed p;
    const qrs_message *m = parse_ok(&p, "a1 EXAMINE \"Sent Items\" (QRESYNC (1 2))\r\n", NULL);
    cr_assert_eq(m->kind, QRS_CMD_SELECT);
    cr_assert_eq(m->u.select.examine, 1);
    cr_assert_eq(m->u.select.mailbox.form, QRS_STR_QUOTED);
    ASSERT_SLICE(&p, m->u.select.mailbox.raw, "\"Sent Items\"");
    ASSERT_SLICE(&p, m->u.select.mailbox.value, "Sent Items");
    const qrs_param *q = m->u.select.qresync;
    cr_assert_not_null(q);
    cr_assert_eq(q->kind, QRS_PARAM_QRESYNC);
    cr_assert_eq(q->qresync.uidvalidity, 1u);
    cr_assert_eq(q->qresync.modseq, 2u);
    cr_assert_eq(q->qresync.has_known_uids, 0);
    cr_assert_eq(q->qresync.has_seq_match, 0);
    ASSERT_SLICE(&p, q->value, "(1 2)");
    guarded_free(&p.in);
}

Test(msg_select, qresync_seq_match_without_known_uids)
{
    /* grammar.md 4.2 #9: [SP known-uids] and [SP seq-match-data] are independent */
    parsed p;
    const qrs_message *m = parse_ok(&p, "a1 SELECT INBOX (QRESYNC (3857529045 9223372036854775807 (1:2 5,9)))\r\n", NULL);
    const qrs_param *q = m->u.select.qresync;
    cr_assert_not_null(q);
    cr_assert_eq(q->qresync.uidvalidity, 3857529045u);
    cr_assert_eq(q->qresync.modseq, UINT64_C(9223372036854775807));
    cr_assert_eq(q->qresync.has_known_uids, 0);
    cr_assert_eq(q->qresync.has_seq_match, 1);
    CHECK_SET(q->qresync.known_sequence_set, "1:2", RG(1, 2));
    CHECK_SET(q->qresync.known_uid_set, "5,9", N(5), N(9));
    guarded_free(&p.in);
}

Test(msg_select, condstore)
{
    parsed p;
    const qrs_message *m = parse_ok(&p, "a1 SELECT INBOX (CONDSTORE)\r\n", NULL);
    cr_assert_eq(m->kind, QRS_CMD_SELECT);
    cr_assert_eq(m->u.select.examine, 0);
    cr_assert_eq(count_params(m->u.select.params), 1u);
    const qrs_param *c = m->u.select.params;
    cr_assert_eq(m->u.select.condstore, c);
    cr_assert_null(m->u.select.qresync);
    cr_assert_eq(c->kind, QRS_PARAM_CONDSTORE);
    ASSERT_SLICE(&p, c->name, "CONDSTORE");
    ASSERT_SLICE(&p, c->raw, "CONDSTORE");
    ASSERT_EMPTY(c->value);
    guarded_free(&p.in);
}

Test(msg_select, qresync_and_condstore_case_insensitive)
{
    parsed p;
    const qrs_message *m = parse_ok(&p, "a1 select inbox (condstore qresync (7 8 1:5))\r\n", NULL);
    cr_assert_eq(m->kind, QRS_CMD_SELECT);
    ASSERT_SLICE(&p, m->u.select.mailbox.value, "inbox");
    cr_assert_eq(count_params(m->u.select.params), 2u);
    cr_assert_eq(m->u.select.params->kind, QRS_PARAM_CONDSTORE);
    cr_assert_eq(m->u.select.params->next->kind, QRS_PARAM_QRESYNC);
    cr_assert_eq(m->u.select.condstore, m->u.select.params);
    cr_assert_eq(m->u.select.qresync, m->u.select.params->next);
    ASSERT_SLICE(&p, m->u.select.qresync->name, "qresync");
    cr_assert_eq(m->u.select.qresync->qresync.uidvalidity, 7u);
    cr_assert_eq(m->u.select.qresync->qresync.modseq, 8u);
    CHECK_SET(m->u.select.qresync->qresync.known_uids, "1:5", RG(1, 5));
    guarded_free(&p.in);
}

Test(msg_select, no_params)
{
    parsed p;
    const qrs_message *m = parse_ok(&p, "a1 SELECT INBOX\r\n", NULL);
    cr_assert_eq(m->kind, QRS_CMD_SELECT);
    cr_assert_null(m->u.select.params);
    cr_assert_null(m->u.select.qresync);
    cr_assert_null(m->u.select.condstore);
    guarded_free(&p.in);
}

Test(msg_select, generic_param_before_qresync)
{
    /* MailKit sends "(ANNOTATE QRESYNC (...))": ANNOTATE is a generic select-param */
    parsed p;
    const qrs_message *m = parse_ok(&p, "a1 SELECT INBOX (ANNOTATE QRESYNC (1 2))\r\n", NULL);
    cr_assert_eq(count_params(m->u.select.params), 2u);
    const qrs_param *a = m->u.select.params, *q = a->next;
    cr_assert_eq(a->kind, QRS_PARAM_OTHER);
    ASSERT_SLICE(&p, a->name, "ANNOTATE");
    ASSERT_SLICE(&p, a->raw, "ANNOTATE");
    ASSERT_EMPTY(a->value);
    cr_assert_eq(q->kind, QRS_PARAM_QRESYNC);
    cr_assert_eq(m->u.select.qresync, q);
    cr_assert_null(m->u.select.condstore);
    cr_assert_eq(q->qresync.uidvalidity, 1u);
    cr_assert_eq(q->qresync.modseq, 2u);
    cr_assert_null(q->next);
    guarded_free(&p.in);
}

Test(msg_select, generic_params_with_values)
{
    parsed p;
    const qrs_message *m = parse_ok(&p, "a1 SELECT INBOX (FOO (a b) BAR 1:5)\r\n", NULL);
    cr_assert_eq(count_params(m->u.select.params), 2u);
    const qrs_param *f = m->u.select.params, *b = f->next;
    cr_assert_eq(f->kind, QRS_PARAM_OTHER);
    ASSERT_SLICE(&p, f->name, "FOO");
    ASSERT_SLICE(&p, f->value, "(a b)");
    ASSERT_SLICE(&p, f->raw, "FOO (a b)");
    cr_assert_eq(b->kind, QRS_PARAM_OTHER);
    ASSERT_SLICE(&p, b->name, "BAR");
    ASSERT_SLICE(&p, b->value, "1:5");
    ASSERT_SLICE(&p, b->raw, "BAR 1:5");
    cr_assert_null(m->u.select.qresync);
    cr_assert_null(m->u.select.condstore);
    guarded_free(&p.in);
}

Test(msg_select, keyword_prefix_is_generic)
{
    /* QRESYNCX is not QRESYNC: it stays a generic parameter with any value */
    parsed p;
    const qrs_message *m = parse_ok(&p, "a1 SELECT INBOX (QRESYNCX (0 1))\r\n", NULL);
    cr_assert_eq(m->u.select.params->kind, QRS_PARAM_OTHER);
    ASSERT_SLICE(&p, m->u.select.params->name, "QRESYNCX");
    ASSERT_SLICE(&p, m->u.select.params->value, "(0 1)");
    cr_assert_null(m->u.select.qresync);
    guarded_free(&p.in);
}

/* MARK: - FETCH */

Test(msg_fetch, uid_fetch_changedsince_vanished)
{
    parsed p;
    const qrs_message *m = parse_ok(&p, "a UID FETCH 300:* (FLAGS MODSEQ) (CHANGEDSINCE 12345 VANISHED)\r\n", NULL);
    cr_assert_eq(m->kind, QRS_CMD_FETCH);
    cr_assert_eq(m->uid, 1);
    ASSERT_SLICE(&p, m->tag, "a");
    CHECK_SET(m->u.fetch.set, "300:*", {300, 0, 0, 1, 1});
    cr_assert(m->u.fetch.set.flags & QRS_SET_HAS_STAR);
    cr_assert_eq(qrs_seqset_ascends(&m->u.fetch.set), 0);
    ASSERT_SLICE(&p, m->u.fetch.atts_raw, "(FLAGS MODSEQ)");
    cr_assert_eq(count_items(m->u.fetch.atts), 2u);
    cr_assert_eq(m->u.fetch.atts->kind, QRS_ITEM_FLAGS);
    ASSERT_SLICE(&p, m->u.fetch.atts->name, "FLAGS");
    cr_assert_eq(m->u.fetch.atts->next->kind, QRS_ITEM_MODSEQ);
    ASSERT_SLICE(&p, m->u.fetch.atts->next->name, "MODSEQ");
    cr_assert_eq(count_params(m->u.fetch.modifiers), 2u);
    const qrs_param *c = m->u.fetch.modifiers, *v = c->next;
    cr_assert_eq(c->kind, QRS_PARAM_CHANGEDSINCE);
    ASSERT_SLICE(&p, c->name, "CHANGEDSINCE");
    ASSERT_SLICE(&p, c->value, "12345");
    ASSERT_SLICE(&p, c->raw, "CHANGEDSINCE 12345");
    cr_assert_eq(c->number, 12345u);
    cr_assert_eq(v->kind, QRS_PARAM_VANISHED);
    ASSERT_SLICE(&p, v->name, "VANISHED");
    ASSERT_EMPTY(v->value);
    cr_assert_eq(m->u.fetch.has_changedsince, 1);
    cr_assert_eq(m->u.fetch.changedsince, 12345u);
    cr_assert_eq(m->u.fetch.vanished, 1);
    guarded_free(&p.in);
}

Test(msg_fetch, vanished_before_changedsince)
{
    /* the order of modifiers is free */
    parsed p;
    const qrs_message *m = parse_ok(&p, "a UID FETCH 1:5 FLAGS (VANISHED CHANGEDSINCE 4)\r\n", NULL);
    cr_assert_eq(m->u.fetch.vanished, 1);
    cr_assert_eq(m->u.fetch.has_changedsince, 1);
    cr_assert_eq(m->u.fetch.changedsince, 4u);
    cr_assert_eq(m->u.fetch.modifiers->kind, QRS_PARAM_VANISHED);
    cr_assert_eq(m->u.fetch.modifiers->next->kind, QRS_PARAM_CHANGEDSINCE);
    guarded_free(&p.in);
}

Test(msg_fetch, plain_fetch_changedsince)
{
    parsed p;
    const qrs_message *m = parse_ok(&p, "s100 FETCH 1:* (FLAGS) (CHANGEDSINCE 12345)\r\n", NULL);
    cr_assert_eq(m->kind, QRS_CMD_FETCH);
    cr_assert_eq(m->uid, 0);
    cr_assert_eq(m->u.fetch.has_changedsince, 1);
    cr_assert_eq(m->u.fetch.changedsince, 12345u);
    cr_assert_eq(m->u.fetch.vanished, 0);
    cr_assert_eq(count_items(m->u.fetch.atts), 1u);
    cr_assert_eq(m->u.fetch.atts->kind, QRS_ITEM_FLAGS);
    guarded_free(&p.in);
}

Test(msg_fetch, modseq_att_without_modifiers)
{
    parsed p;
    const qrs_message *m = parse_ok(&p, "a FETCH 4294967295 MODSEQ\r\n", NULL);
    cr_assert_eq(m->kind, QRS_CMD_FETCH);
    CHECK_SET(m->u.fetch.set, "4294967295", N(4294967295u));
    cr_assert_eq(m->u.fetch.set.flags & QRS_SET_HAS_STAR, 0u, "4294967295 is not '*'");
    ASSERT_SLICE(&p, m->u.fetch.atts_raw, "MODSEQ");
    cr_assert_eq(count_items(m->u.fetch.atts), 1u);
    cr_assert_eq(m->u.fetch.atts->kind, QRS_ITEM_MODSEQ);
    cr_assert_null(m->u.fetch.modifiers);
    cr_assert_eq(m->u.fetch.has_changedsince, 0);
    cr_assert_eq(m->u.fetch.vanished, 0);
    guarded_free(&p.in);
}

Test(msg_fetch, body_peek_section_partial)
{
    parsed p;
    const qrs_message *m = parse_ok(&p, "a FETCH 1 (UID BODY.PEEK[HEADER.FIELDS (FROM)]<0.10>)\r\n", NULL);
    cr_assert_eq(m->kind, QRS_CMD_FETCH);
    cr_assert_eq(count_items(m->u.fetch.atts), 2u);
    cr_assert_eq(m->u.fetch.atts->kind, QRS_ITEM_UID);
    const qrs_item *b = m->u.fetch.atts->next;
    cr_assert_eq(b->kind, QRS_ITEM_OTHER);
    ASSERT_SLICE(&p, b->raw, "BODY.PEEK[HEADER.FIELDS (FROM)]<0.10>");
    ASSERT_SLICE(&p, m->u.fetch.atts_raw, "(UID BODY.PEEK[HEADER.FIELDS (FROM)]<0.10>)");
    guarded_free(&p.in);
}

/* A section-text holds no "[" (generic.abnf section-word): a word with "["
 * and no "]" stays an atom when another "[" comes before a "]", which keeps
 * the search for the "]" linear. */
Test(msg_fetch, section_text_holds_no_lbracket)
{
    parsed p;
    const qrs_message *m = parse_ok(&p, "a FETCH 1 (BODY[ x[ y] z[ BODY[HEADER.FIELDS (A B)])\r\n", NULL);
    cr_assert_eq(count_items(m->u.fetch.atts), 4u);
    const qrs_item *it = m->u.fetch.atts;
    ASSERT_SLICE(&p, it->raw, "BODY[");
    ASSERT_SLICE(&p, it->next->raw, "x[ y]");
    ASSERT_SLICE(&p, it->next->next->raw, "z[");
    ASSERT_SLICE(&p, it->next->next->next->raw, "BODY[HEADER.FIELDS (A B)]");
    guarded_free(&p.in);
    /* inside one word, "[" before the section's "[" belongs to the ATOM-CHARs */
    m = parse_ok(&p, "a FETCH 1 (a[[b])\r\n", NULL);
    ASSERT_SLICE(&p, m->u.fetch.atts->raw, "a[[b]");
    guarded_free(&p.in);
    /* ... which "%" is not: no section-word, and no atom either */
    parse_with(&p, "a FETCH 1 (a[%[b])\r\n", strlen("a FETCH 1 (a[%[b])\r\n"), NULL);
    cr_assert_eq(p.rc, QRS_E_SYNTAX);
    cr_assert_eq(p.err.offset, 11u);
    guarded_free(&p.in);
}

Test(msg_fetch, macro_is_one_other_item)
{
    parsed p;
    const qrs_message *m = parse_ok(&p, "a FETCH 2,4 FAST\r\n", NULL);
    CHECK_SET(m->u.fetch.set, "2,4", N(2), N(4));
    ASSERT_SLICE(&p, m->u.fetch.atts_raw, "FAST");
    cr_assert_eq(count_items(m->u.fetch.atts), 1u);
    cr_assert_eq(m->u.fetch.atts->kind, QRS_ITEM_OTHER);
    ASSERT_SLICE(&p, m->u.fetch.atts->raw, "FAST");
    guarded_free(&p.in);
}

/* MARK: - STORE */

Test(msg_store, unchangedsince_silent)
{
    parsed p;
    const qrs_message *m = parse_ok(&p, "d105 STORE 7,5,9 (UNCHANGEDSINCE 320162338) +FLAGS.SILENT (\\Deleted \\Seen)\r\n", NULL);
    cr_assert_eq(m->kind, QRS_CMD_STORE);
    cr_assert_eq(m->uid, 0);
    ASSERT_SLICE(&p, m->tag, "d105");
    CHECK_SET(m->u.store.set, "7,5,9", N(7), N(5), N(9));
    cr_assert_eq(qrs_seqset_ascends(&m->u.store.set), 0, "7,5,9 does not ascend");
    cr_assert_eq(m->u.store.has_unchangedsince, 1);
    cr_assert_eq(m->u.store.unchangedsince, 320162338u);
    cr_assert_eq(count_params(m->u.store.modifiers), 1u);
    cr_assert_eq(m->u.store.modifiers->kind, QRS_PARAM_UNCHANGEDSINCE);
    ASSERT_SLICE(&p, m->u.store.modifiers->name, "UNCHANGEDSINCE");
    ASSERT_SLICE(&p, m->u.store.modifiers->value, "320162338");
    cr_assert_eq(m->u.store.modifiers->number, 320162338u);
    ASSERT_SLICE(&p, m->u.store.action, "+FLAGS.SILENT");
    ASSERT_SLICE(&p, m->u.store.flags, "(\\Deleted \\Seen)");
    guarded_free(&p.in);
}

Test(msg_store, uid_store_unchangedsince_zero_reversed_range)
{
    parsed p;
    const qrs_message *m = parse_ok(&p, "a UID STORE 5:2 (UNCHANGEDSINCE 0) -FLAGS \\Deleted\r\n", NULL);
    cr_assert_eq(m->kind, QRS_CMD_STORE);
    cr_assert_eq(m->uid, 1);
    /* a reversed range stays as written */
    CHECK_SET(m->u.store.set, "5:2", RG(5, 2));
    cr_assert_eq(qrs_seqset_ascends(&m->u.store.set), 0);
    cr_assert_eq(m->u.store.has_unchangedsince, 1);
    cr_assert_eq(m->u.store.unchangedsince, 0u);
    ASSERT_SLICE(&p, m->u.store.action, "-FLAGS");
    ASSERT_SLICE(&p, m->u.store.flags, "\\Deleted");
    guarded_free(&p.in);
}

Test(msg_store, without_modifier)
{
    parsed p;
    const qrs_message *m = parse_ok(&p, "a STORE 1 FLAGS ()\r\n", NULL);
    cr_assert_eq(m->kind, QRS_CMD_STORE);
    cr_assert_eq(m->u.store.has_unchangedsince, 0);
    cr_assert_null(m->u.store.modifiers);
    ASSERT_SLICE(&p, m->u.store.action, "FLAGS");
    ASSERT_SLICE(&p, m->u.store.flags, "()");
    guarded_free(&p.in);
}

/* MARK: - SEARCH */

Test(msg_search, modseq_plain)
{
    parsed p;
    const qrs_message *m = parse_ok(&p, "a SEARCH MODSEQ 5\r\n", NULL);
    cr_assert_eq(m->kind, QRS_CMD_SEARCH);
    cr_assert_eq(m->uid, 0);
    cr_assert_null(m->u.search.return_opts);
    ASSERT_SLICE(&p, m->u.search.program, "MODSEQ 5");
    const qrs_search_modseq *s = m->u.search.modseq;
    cr_assert_not_null(s);
    cr_assert_null(s->next);
    cr_assert_eq(s->has_entry, 0);
    cr_assert_eq(s->modseq, 5u);
    guarded_free(&p.in);
}

Test(msg_search, uid_search_modseq_entry)
{
    parsed p;
    const qrs_message *m = parse_ok(&p, "a UID SEARCH MODSEQ \"/flags/\\\\draft\" all 620162338\r\n", NULL);
    cr_assert_eq(m->kind, QRS_CMD_SEARCH);
    cr_assert_eq(m->uid, 1);
    ASSERT_SLICE(&p, m->u.search.program, "MODSEQ \"/flags/\\\\draft\" all 620162338");
    const qrs_search_modseq *s = m->u.search.modseq;
    cr_assert_not_null(s);
    cr_assert_null(s->next);
    cr_assert_eq(s->has_entry, 1);
    ASSERT_SLICE(&p, s->entry_name, "\"/flags/\\\\draft\"");
    ASSERT_SLICE(&p, s->entry_type, "all");
    cr_assert_eq(s->modseq, 620162338u);
    guarded_free(&p.in);
}

Test(msg_search, several_modseq_criteria_in_order)
{
    parsed p;
    const qrs_message *m = parse_ok(&p, "a SEARCH OR MODSEQ 3 MODSEQ \"/flags/$mdnsent\" priv 0 UNSEEN\r\n", NULL);
    const qrs_search_modseq *s = m->u.search.modseq;
    cr_assert_not_null(s);
    cr_assert_eq(s->has_entry, 0);
    cr_assert_eq(s->modseq, 3u);
    s = s->next;
    cr_assert_not_null(s);
    cr_assert_eq(s->has_entry, 1);
    ASSERT_SLICE(&p, s->entry_name, "\"/flags/$mdnsent\"");
    ASSERT_SLICE(&p, s->entry_type, "priv");
    cr_assert_eq(s->modseq, 0u);
    cr_assert_null(s->next);
    guarded_free(&p.in);
}

Test(msg_search, without_modseq)
{
    parsed p;
    const qrs_message *m = parse_ok(&p, "a SEARCH UNSEEN\r\n", NULL);
    cr_assert_eq(m->kind, QRS_CMD_SEARCH);
    ASSERT_SLICE(&p, m->u.search.program, "UNSEEN");
    cr_assert_null(m->u.search.modseq);
    guarded_free(&p.in);
}

Test(msg_search, return_all_modseq)
{
    parsed p;
    const qrs_message *m = parse_ok(&p, "a SEARCH RETURN (ALL) MODSEQ 1\r\n", NULL);
    cr_assert_eq(m->kind, QRS_CMD_SEARCH);
    cr_assert_eq(count_params(m->u.search.return_opts), 1u);
    ASSERT_SLICE(&p, m->u.search.return_opts->name, "ALL");
    ASSERT_SLICE(&p, m->u.search.program, "MODSEQ 1");
    cr_assert_not_null(m->u.search.modseq);
    cr_assert_eq(m->u.search.modseq->modseq, 1u);
    guarded_free(&p.in);
}

/* MARK: - ENABLE / STATUS */

Test(msg_enable, words)
{
    parsed p;
    const qrs_message *m = parse_ok(&p, "a ENABLE QRESYNC CONDSTORE\r\n", NULL);
    cr_assert_eq(m->kind, QRS_CMD_ENABLE);
    cr_assert_eq(count_words(m->u.words), 2u);
    ASSERT_SLICE(&p, m->u.words->text, "QRESYNC");
    ASSERT_SLICE(&p, m->u.words->next->text, "CONDSTORE");
    guarded_free(&p.in);
}

/* draft -03 has no ENABLE (RFC 5161 came with draft -05): ENABLE and
 * ENABLED are generic names there, followed by any generic items, as the
 * ABNF of that dialect says (generic-command, generic-response). */
Test(msg_enable, generic_in_draft03)
{
    static const char *const commands[] = {"A1 ENABLE X*\r\n", "A1 ENABLE (x) \"y\"\r\n", "A1 ENABLE\r\n",
                                           "A1 ENABLE QRESYNC\r\n"};
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++) {
        parsed p;
        const qrs_message *m = parse_ok_in(&p, commands[i], QRS_DIALECT_DRAFT03, 0);
        cr_assert_eq(m->kind, QRS_CMD_OTHER, "%s", commands[i]);
        ASSERT_SLICE(&p, m->u.other.name, "ENABLE");
        guarded_free(&p.in);
    }
    parsed r;
    const qrs_message *m = parse_ok_in(&r, "* ENABLED X* (y)\r\n", QRS_DIALECT_DRAFT03, 0);
    cr_assert_eq(m->kind, QRS_RESP_OTHER);
    ASSERT_SLICE(&r, m->u.other.name, "ENABLED");
    ASSERT_SLICE(&r, m->u.other.args, "X* (y)");
    guarded_free(&r.in);
    /* where ENABLE has its own rule, its arguments are capabilities (atoms) */
    for (qrs_dialect d = QRS_DIALECT_RFC7162; d <= QRS_DIALECT_RFC5162; d++) {
        parsed q;
        qrs_options o = opts_of(d, 0);
        parse_with(&q, "A1 ENABLE X*\r\n", 14, &o);
        cr_assert_eq(q.rc, QRS_E_SYNTAX, "%s", qrs_dialect_name(d));
        cr_assert_eq(q.err.offset, 10u);
        guarded_free(&q.in);
        parse_with(&q, "* ENABLED X*\r\n", 14, &o);
        cr_assert_eq(q.rc, QRS_E_SYNTAX, "%s", qrs_dialect_name(d));
        guarded_free(&q.in);
    }
}

Test(msg_status, command_highestmodseq)
{
    parsed p;
    const qrs_message *m = parse_ok(&p, "a STATUS blurdybloop (UIDNEXT MESSAGES HIGHESTMODSEQ)\r\n", NULL);
    cr_assert_eq(m->kind, QRS_CMD_STATUS);
    ASSERT_SLICE(&p, m->u.status.mailbox.value, "blurdybloop");
    const qrs_status_att *a = m->u.status.atts;
    cr_assert_not_null(a);
    ASSERT_SLICE(&p, a->name, "UIDNEXT");
    cr_assert_eq(a->has_value, 0);
    a = a->next;
    cr_assert_not_null(a);
    ASSERT_SLICE(&p, a->name, "MESSAGES");
    a = a->next;
    cr_assert_not_null(a);
    ASSERT_SLICE(&p, a->name, "HIGHESTMODSEQ");
    cr_assert_eq(a->has_value, 0);
    cr_assert_null(a->next);
    guarded_free(&p.in);
}

/* MARK: - VANISHED */

Test(msg_vanished, plain)
{
    parsed p;
    const qrs_message *m = parse_ok(&p, "* VANISHED 405,407,410:425,5:2\r\n", NULL);
    cr_assert_eq(m->kind, QRS_RESP_VANISHED);
    ASSERT_EMPTY(m->tag);
    cr_assert_eq(m->u.vanished.earlier, 0);
    cr_assert_eq(m->u.vanished.has_tag, 0);
    CHECK_SET(m->u.vanished.uids, "405,407,410:425,5:2", N(405), N(407), RG(410, 425), RG(5, 2));
    guarded_free(&p.in);
}

Test(msg_vanished, earlier)
{
    parsed p;
    const qrs_message *m = parse_ok(&p, "* VANISHED (EARLIER) 41,43:116,118,120:211,214:540\r\n", NULL);
    cr_assert_eq(m->kind, QRS_RESP_VANISHED);
    cr_assert_eq(m->u.vanished.earlier, 1);
    cr_assert_eq(m->u.vanished.has_tag, 0);
    CHECK_SET(m->u.vanished.uids, "41,43:116,118,120:211,214:540", N(41), RG(43, 116), N(118), RG(120, 211),
              RG(214, 540));
    cr_assert(qrs_seqset_ascends(&m->u.vanished.uids));
    guarded_free(&p.in);
}

Test(msg_vanished, earlier_rfc5162_lowercase)
{
    parsed p;
    const qrs_message *m = parse_ok_in(&p, "* vanished (earlier) 7\r\n", QRS_DIALECT_RFC5162, 0);
    cr_assert_eq(m->kind, QRS_RESP_VANISHED);
    cr_assert_eq(m->u.vanished.earlier, 1);
    CHECK_SET(m->u.vanished.uids, "7", N(7));
    guarded_free(&p.in);
}

Test(msg_vanished, draft03_tag)
{
    parsed p;
    const qrs_message *m = parse_ok_in(&p, "* VANISHED (TAG \"a1\") 300:310,405,411\r\n", QRS_DIALECT_DRAFT03, 0);
    cr_assert_eq(m->kind, QRS_RESP_VANISHED);
    ASSERT_EMPTY(m->tag);
    cr_assert_eq(m->u.vanished.earlier, 0);
    cr_assert_eq(m->u.vanished.has_tag, 1);
    cr_assert_eq(m->u.vanished.tag.form, QRS_STR_QUOTED);
    ASSERT_SLICE(&p, m->u.vanished.tag.value, "a1");
    ASSERT_SLICE(&p, m->u.vanished.tag.raw, "\"a1\"");
    CHECK_SET(m->u.vanished.uids, "300:310,405,411", RG(300, 310), N(405), N(411));
    guarded_free(&p.in);
}

Test(msg_vanished, draft03_tag_literal)
{
    parsed p;
    const qrs_message *m = parse_ok_in(&p, "* VANISHED (TAG {4}\r\ns100) 9\r\n", QRS_DIALECT_DRAFT03, 0);
    cr_assert_eq(m->kind, QRS_RESP_VANISHED);
    cr_assert_eq(m->u.vanished.has_tag, 1);
    cr_assert_eq(m->u.vanished.tag.form, QRS_STR_LITERAL);
    ASSERT_SLICE(&p, m->u.vanished.tag.value, "s100");
    CHECK_SET(m->u.vanished.uids, "9", N(9));
    guarded_free(&p.in);
}

Test(msg_vanished, draft03_plain)
{
    parsed p;
    const qrs_message *m = parse_ok_in(&p, "* VANISHED 1:3\r\n", QRS_DIALECT_DRAFT03, 0);
    cr_assert_eq(m->kind, QRS_RESP_VANISHED);
    cr_assert_eq(m->u.vanished.has_tag, 0);
    cr_assert_eq(m->u.vanished.earlier, 0);
    guarded_free(&p.in);
}

/* MARK: - Status responses and response codes */

Test(msg_cond, tagged_ok_highestmodseq)
{
    parsed p;
    const qrs_message *m = parse_ok(&p, "A02 OK [HIGHESTMODSEQ 20010715194045319] done\r\n", NULL);
    cr_assert_eq(m->kind, QRS_RESP_COND);
    ASSERT_SLICE(&p, m->tag, "A02");
    ASSERT_SLICE(&p, m->u.cond.status, "OK");
    const qrs_resp_text *t = &m->u.cond.text;
    cr_assert_eq(t->code, QRS_CODE_HIGHESTMODSEQ);
    ASSERT_SLICE(&p, t->code_raw, "HIGHESTMODSEQ 20010715194045319");
    ASSERT_SLICE(&p, t->code_name, "HIGHESTMODSEQ");
    ASSERT_SLICE(&p, t->code_value, "20010715194045319");
    cr_assert_eq(t->number, UINT64_C(20010715194045319));
    ASSERT_SLICE(&p, t->text, "done");
    guarded_free(&p.in);
}

Test(msg_cond, untagged_ok_nomodseq)
{
    parsed p;
    const qrs_message *m =
        parse_ok(&p, "* OK [NOMODSEQ] Sorry, this mailbox format doesn't support modsequences\r\n", NULL);
    cr_assert_eq(m->kind, QRS_RESP_COND);
    ASSERT_EMPTY(m->tag);
    ASSERT_SLICE(&p, m->u.cond.status, "OK");
    cr_assert_eq(m->u.cond.text.code, QRS_CODE_NOMODSEQ);
    ASSERT_SLICE(&p, m->u.cond.text.code_name, "NOMODSEQ");
    ASSERT_EMPTY(m->u.cond.text.code_value);
    ASSERT_SLICE(&p, m->u.cond.text.text, "Sorry, this mailbox format doesn't support modsequences");
    guarded_free(&p.in);
}

Test(msg_cond, tagged_ok_and_no_modified)
{
    parsed p;
    const qrs_message *m = parse_ok(&p, "d105 OK [MODIFIED 7,9] Conditional STORE failed\r\n", NULL);
    cr_assert_eq(m->kind, QRS_RESP_COND);
    ASSERT_SLICE(&p, m->u.cond.status, "OK");
    cr_assert_eq(m->u.cond.text.code, QRS_CODE_MODIFIED);
    ASSERT_SLICE(&p, m->u.cond.text.code_value, "7,9");
    CHECK_SET(m->u.cond.text.modified, "7,9", N(7), N(9));
    ASSERT_SLICE(&p, m->u.cond.text.text, "Conditional STORE failed");
    guarded_free(&p.in);

    parsed q;
    m = parse_ok(&q, "d105 NO [MODIFIED 2:4,*] Some of the messages no longer exist.\r\n", NULL);
    ASSERT_SLICE(&q, m->u.cond.status, "NO");
    cr_assert_eq(m->u.cond.text.code, QRS_CODE_MODIFIED);
    CHECK_SET(m->u.cond.text.modified, "2:4,*", RG(2, 4), STAR);
    cr_assert(m->u.cond.text.modified.flags & QRS_SET_HAS_STAR);
    guarded_free(&q.in);
}

Test(msg_cond, untagged_ok_closed)
{
    parsed p;
    const qrs_message *m = parse_ok(&p, "* OK [CLOSED] Previous mailbox closed.\r\n", NULL);
    cr_assert_eq(m->kind, QRS_RESP_COND);
    cr_assert_eq(m->u.cond.text.code, QRS_CODE_CLOSED);
    ASSERT_SLICE(&p, m->u.cond.text.code_name, "CLOSED");
    ASSERT_SLICE(&p, m->u.cond.text.text, "Previous mailbox closed.");
    guarded_free(&p.in);
}

Test(msg_cond, numeric_codes)
{
    parsed p;
    const qrs_message *m = parse_ok(&p, "* OK [UIDNEXT 550] Predicted next UID\r\n", NULL);
    cr_assert_eq(m->u.cond.text.code, QRS_CODE_UIDNEXT);
    cr_assert_eq(m->u.cond.text.number, 550u);
    ASSERT_SLICE(&p, m->u.cond.text.code_value, "550");
    ASSERT_SLICE(&p, m->u.cond.text.text, "Predicted next UID");
    guarded_free(&p.in);

    parsed q;
    m = parse_ok(&q, "* OK [UIDVALIDITY 3857529045] UIDs valid\r\n", NULL);
    cr_assert_eq(m->u.cond.text.code, QRS_CODE_UIDVALIDITY);
    cr_assert_eq(m->u.cond.text.number, 3857529045u);
    guarded_free(&q.in);

    parsed r;
    m = parse_ok(&r, "* OK [UNSEEN 12] Message 12 is first unseen\r\n", NULL);
    cr_assert_eq(m->u.cond.text.code, QRS_CODE_UNSEEN);
    cr_assert_eq(m->u.cond.text.number, 12u);
    guarded_free(&r.in);
}

Test(msg_cond, unknown_code_with_text)
{
    parsed p;
    const qrs_message *m = parse_ok(&p, "* OK [PERMANENTFLAGS (\\Seen \\*)] Limited\r\n", NULL);
    cr_assert_eq(m->kind, QRS_RESP_COND);
    cr_assert_eq(m->u.cond.text.code, QRS_CODE_OTHER);
    ASSERT_SLICE(&p, m->u.cond.text.code_raw, "PERMANENTFLAGS (\\Seen \\*)");
    ASSERT_SLICE(&p, m->u.cond.text.code_name, "PERMANENTFLAGS");
    ASSERT_SLICE(&p, m->u.cond.text.code_value, "(\\Seen \\*)");
    ASSERT_SLICE(&p, m->u.cond.text.text, "Limited");
    guarded_free(&p.in);
}

Test(msg_cond, no_code)
{
    parsed p;
    const qrs_message *m = parse_ok(&p, "* OK IMAP4rev1 Service Ready\r\n", NULL);
    cr_assert_eq(m->kind, QRS_RESP_COND);
    cr_assert_eq(m->u.cond.text.code, QRS_CODE_NONE);
    ASSERT_EMPTY(m->u.cond.text.code_raw);
    ASSERT_SLICE(&p, m->u.cond.text.text, "IMAP4rev1 Service Ready");
    guarded_free(&p.in);
}

Test(msg_cond, tagged_no_bad)
{
    parsed p;
    const qrs_message *m = parse_ok(&p, "a1 NO [UIDNEXT 4] no such mailbox\r\n", NULL);
    cr_assert_eq(m->kind, QRS_RESP_COND);
    ASSERT_SLICE(&p, m->tag, "a1");
    ASSERT_SLICE(&p, m->u.cond.status, "NO");
    cr_assert_eq(m->u.cond.text.code, QRS_CODE_UIDNEXT);
    guarded_free(&p.in);

    parsed q;
    m = parse_ok(&q, "a2 BAD [CLOSED] command unknown\r\n", NULL);
    cr_assert_eq(m->kind, QRS_RESP_COND);
    ASSERT_SLICE(&q, m->tag, "a2");
    ASSERT_SLICE(&q, m->u.cond.status, "BAD");
    cr_assert_eq(m->u.cond.text.code, QRS_CODE_CLOSED);
    ASSERT_SLICE(&q, m->u.cond.text.text, "command unknown");
    guarded_free(&q.in);
}

Test(msg_cond, untagged_no_bad_preauth_bye)
{
    static const struct {
        const char *in, *status, *text;
        qrs_code_kind code;
    } cases[] = {
        {"* NO [HIGHESTMODSEQ 3] disk full\r\n", "NO", "disk full", QRS_CODE_HIGHESTMODSEQ},
        {"* BAD garbage\r\n", "BAD", "garbage", QRS_CODE_NONE},
        {"* PREAUTH [HIGHESTMODSEQ 7] hello Joe\r\n", "PREAUTH", "hello Joe", QRS_CODE_HIGHESTMODSEQ},
        {"* BYE [CLOSED] logging out\r\n", "BYE", "logging out", QRS_CODE_CLOSED},
        {"* BYE [NOMODSEQ] x\r\n", "BYE", "x", QRS_CODE_NOMODSEQ},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        parsed p;
        const qrs_message *m = parse_ok(&p, cases[i].in, NULL);
        cr_assert_eq(m->kind, QRS_RESP_COND, "%s", cases[i].in);
        ASSERT_EMPTY(m->tag);
        ASSERT_SLICE(&p, m->u.cond.status, cases[i].status);
        ASSERT_SLICE(&p, m->u.cond.text.text, cases[i].text);
        cr_assert_eq(m->u.cond.text.code, cases[i].code, "%s", cases[i].in);
        guarded_free(&p.in);
    }
}

Test(msg_cond, continuation)
{
    parsed p;
    const qrs_message *m = parse_ok(&p, "+ go ahead\r\n", NULL);
    cr_assert_eq(m->kind, QRS_RESP_CONTINUE);
    ASSERT_EMPTY(m->tag);
    ASSERT_SLICE(&p, m->u.cond.status, "+");
    cr_assert_eq(m->u.cond.text.code, QRS_CODE_NONE);
    ASSERT_SLICE(&p, m->u.cond.text.text, "go ahead");
    guarded_free(&p.in);
}

/* MARK: - FETCH responses */

Test(msg_fetch_resp, uid_modseq_flags)
{
    parsed p;
    const qrs_message *m = parse_ok(&p, "* 12 FETCH (UID 5 MODSEQ (624140003) FLAGS (\\Seen $Junk))\r\n", NULL);
    cr_assert_eq(m->kind, QRS_RESP_FETCH);
    ASSERT_EMPTY(m->tag);
    const qrs_fetch_resp *f = &m->u.fetch_resp;
    cr_assert_eq(f->number, 12u);
    cr_assert_eq(f->has_uid, 1);
    cr_assert_eq(f->uid, 5u);
    cr_assert_eq(f->has_modseq, 1);
    cr_assert_eq(f->modseq, 624140003u);
    cr_assert_eq(count_items(f->items), 3u);
    const qrs_item *it = f->items;
    cr_assert_eq(it->kind, QRS_ITEM_UID);
    ASSERT_SLICE(&p, it->name, "UID");
    ASSERT_SLICE(&p, it->value, "5");
    ASSERT_SLICE(&p, it->raw, "UID 5");
    cr_assert_eq(it->number, 5u);
    it = it->next;
    cr_assert_eq(it->kind, QRS_ITEM_MODSEQ);
    ASSERT_SLICE(&p, it->name, "MODSEQ");
    ASSERT_SLICE(&p, it->value, "(624140003)");
    cr_assert_eq(it->number, 624140003u);
    it = it->next;
    cr_assert_eq(it->kind, QRS_ITEM_FLAGS);
    ASSERT_SLICE(&p, it->name, "FLAGS");
    ASSERT_SLICE(&p, it->value, "(\\Seen $Junk)");
    guarded_free(&p.in);
}

Test(msg_fetch_resp, other_items_and_literal)
{
    parsed p;
    const qrs_message *m =
        parse_ok(&p, "* 1 FETCH (INTERNALDATE \"17-Jul-1996 02:44:25 -0700\" BODY[] {5}\r\nhello)\r\n", NULL);
    cr_assert_eq(m->kind, QRS_RESP_FETCH);
    const qrs_fetch_resp *f = &m->u.fetch_resp;
    cr_assert_eq(f->number, 1u);
    cr_assert_eq(f->has_uid, 0);
    cr_assert_eq(f->has_modseq, 0);
    cr_assert_eq(count_items(f->items), 2u);
    const qrs_item *it = f->items;
    cr_assert_eq(it->kind, QRS_ITEM_OTHER);
    ASSERT_SLICE(&p, it->name, "INTERNALDATE");
    ASSERT_SLICE(&p, it->value, "\"17-Jul-1996 02:44:25 -0700\"");
    it = it->next;
    cr_assert_eq(it->kind, QRS_ITEM_OTHER);
    ASSERT_SLICE(&p, it->name, "BODY[]");
    ASSERT_SLICE(&p, it->value, "{5}\r\nhello");
    ASSERT_SLICE(&p, it->raw, "BODY[] {5}\r\nhello");
    guarded_free(&p.in);
}

/* MARK: - Other server data */

Test(msg_data, enabled_and_capability)
{
    parsed p;
    const qrs_message *m = parse_ok(&p, "* ENABLED QRESYNC CONDSTORE\r\n", NULL);
    cr_assert_eq(m->kind, QRS_RESP_ENABLED);
    cr_assert_eq(count_words(m->u.words), 2u);
    ASSERT_SLICE(&p, m->u.words->text, "QRESYNC");
    ASSERT_SLICE(&p, m->u.words->next->text, "CONDSTORE");
    guarded_free(&p.in);

    parsed e;
    m = parse_ok(&e, "* ENABLED\r\n", NULL);
    cr_assert_eq(m->kind, QRS_RESP_ENABLED);
    cr_assert_null(m->u.words, "ENABLED with no capability has no words");
    guarded_free(&e.in);

    parsed c;
    m = parse_ok(&c, "* CAPABILITY IMAP4rev1 CONDSTORE QRESYNC ENABLE\r\n", NULL);
    cr_assert_eq(m->kind, QRS_RESP_CAPABILITY);
    cr_assert_eq(count_words(m->u.words), 4u);
    ASSERT_SLICE(&c, m->u.words->text, "IMAP4rev1");
    ASSERT_SLICE(&c, m->u.words->next->next->next->text, "ENABLE");
    guarded_free(&c.in);
}

Test(msg_data, search_with_modseq)
{
    parsed p;
    const qrs_message *m = parse_ok(&p, "* SEARCH 2 5 6 7 11 12 18 19 20 23 (MODSEQ 917162500)\r\n", NULL);
    cr_assert_eq(m->kind, QRS_RESP_SEARCH);
    cr_assert_eq(m->u.search_resp.sort, 0);
    ASSERT_SLICE(&p, m->u.search_resp.numbers, "2 5 6 7 11 12 18 19 20 23");
    cr_assert_eq(m->u.search_resp.count, 10u);
    cr_assert_eq(m->u.search_resp.has_modseq, 1);
    cr_assert_eq(m->u.search_resp.modseq, 917162500u);
    guarded_free(&p.in);
}

Test(msg_data, search_plain_and_empty)
{
    parsed p;
    const qrs_message *m = parse_ok(&p, "* SEARCH 3 4\r\n", NULL);
    cr_assert_eq(m->kind, QRS_RESP_SEARCH);
    cr_assert_eq(m->u.search_resp.count, 2u);
    cr_assert_eq(m->u.search_resp.has_modseq, 0);
    guarded_free(&p.in);

    parsed e;
    m = parse_ok(&e, "* SEARCH\r\n", NULL);
    cr_assert_eq(m->kind, QRS_RESP_SEARCH);
    cr_assert_eq(m->u.search_resp.count, 0u);
    ASSERT_EMPTY(m->u.search_resp.numbers);
    cr_assert_eq(m->u.search_resp.has_modseq, 0);
    guarded_free(&e.in);
}

Test(msg_data, sort_with_modseq)
{
    parsed p;
    const qrs_message *m = parse_ok_in(&p, "* SORT 3 1 (MODSEQ 9)\r\n", QRS_DIALECT_RFC7162, 0);
    cr_assert_eq(m->kind, QRS_RESP_SEARCH);
    cr_assert_eq(m->u.search_resp.sort, 1);
    ASSERT_SLICE(&p, m->u.search_resp.numbers, "3 1");
    cr_assert_eq(m->u.search_resp.count, 2u);
    cr_assert_eq(m->u.search_resp.has_modseq, 1);
    cr_assert_eq(m->u.search_resp.modseq, 9u);
    guarded_free(&p.in);
}

Test(msg_data, esearch_tag_uid_modseq)
{
    parsed p;
    const qrs_message *m = parse_ok(&p, "* ESEARCH (TAG \"a\") UID ALL 1:5 MODSEQ 9\r\n", NULL);
    cr_assert_eq(m->kind, QRS_RESP_ESEARCH);
    ASSERT_EMPTY(m->tag);
    const qrs_esearch_resp *e = &m->u.esearch;
    cr_assert_eq(e->has_tag, 1);
    cr_assert_eq(e->tag.form, QRS_STR_QUOTED);
    ASSERT_SLICE(&p, e->tag.value, "a");
    cr_assert_eq(e->uid, 1);
    ASSERT_SLICE(&p, e->data, "ALL 1:5 MODSEQ 9");
    cr_assert_eq(e->has_modseq, 1);
    cr_assert_eq(e->modseq, 9u);
    guarded_free(&p.in);

    parsed q;
    m = parse_ok(&q, "* ESEARCH COUNT 0\r\n", NULL);
    cr_assert_eq(m->kind, QRS_RESP_ESEARCH);
    cr_assert_eq(m->u.esearch.has_tag, 0);
    cr_assert_eq(m->u.esearch.uid, 0);
    cr_assert_eq(m->u.esearch.has_modseq, 0);
    ASSERT_SLICE(&q, m->u.esearch.data, "COUNT 0");
    guarded_free(&q.in);
}

Test(msg_data, status_response_highestmodseq)
{
    parsed p;
    const qrs_message *m = parse_ok(&p, "* STATUS blurdybloop (MESSAGES 231 UIDNEXT 44292 HIGHESTMODSEQ 7011231777)\r\n", NULL);
    cr_assert_eq(m->kind, QRS_RESP_STATUS);
    ASSERT_SLICE(&p, m->u.status.mailbox.value, "blurdybloop");
    const qrs_status_att *a = m->u.status.atts;
    cr_assert_not_null(a);
    ASSERT_SLICE(&p, a->name, "MESSAGES");
    cr_assert_eq(a->has_value, 1);
    cr_assert_eq(a->value, 231u);
    a = a->next;
    cr_assert_not_null(a);
    ASSERT_SLICE(&p, a->name, "UIDNEXT");
    cr_assert_eq(a->value, 44292u);
    a = a->next;
    cr_assert_not_null(a);
    ASSERT_SLICE(&p, a->name, "HIGHESTMODSEQ");
    cr_assert_eq(a->has_value, 1);
    cr_assert_eq(a->value, UINT64_C(7011231777));
    cr_assert_null(a->next);
    guarded_free(&p.in);
}

/* MARK: - Other commands and responses */

Test(msg_other, commands)
{
    static const struct {
        const char *in, *tag, *name, *args;
    } cases[] = {
        {"a LOGIN joe secret\r\n", "a", "LOGIN", "joe secret"},
        {"b2 UID COPY 1:3 Trash\r\n", "b2", "UID COPY", "1:3 Trash"},
        {"c NOOP\r\n", "c", "NOOP", ""},
        {"d LIST \"\" *\r\n", "d", "LIST", "\"\" *"},
        {"e UID MOVE 4 Archive\r\n", "e", "UID MOVE", "4 Archive"},
        {"f IDLE\r\n", "f", "IDLE", ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        parsed p;
        const qrs_message *m = parse_ok(&p, cases[i].in, NULL);
        cr_assert_eq(m->kind, QRS_CMD_OTHER, "%s: kind %s", cases[i].in, qrs_kind_name(m->kind));
        ASSERT_SLICE(&p, m->tag, cases[i].tag);
        ASSERT_SLICE(&p, m->u.other.name, cases[i].name);
        ASSERT_SLICE(&p, m->u.other.args, cases[i].args);
        cr_assert_eq(m->u.other.has_number, 0);
        guarded_free(&p.in);
    }
}

Test(msg_other, responses)
{
    static const struct {
        const char *in, *name, *args;
        int has_number;
        uint32_t number;
    } cases[] = {
        {"* 5 EXISTS\r\n", "EXISTS", "", 1, 5},
        {"* 3 RECENT\r\n", "RECENT", "", 1, 3},
        {"* 44 EXPUNGE\r\n", "EXPUNGE", "", 1, 44},
        {"* FLAGS (\\Answered \\Flagged \\Draft \\Deleted \\Seen)\r\n", "FLAGS",
         "(\\Answered \\Flagged \\Draft \\Deleted \\Seen)", 0, 0},
        {"* LIST (\\Noselect) \"/\" foo\r\n", "LIST", "(\\Noselect) \"/\" foo", 0, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        parsed p;
        const qrs_message *m = parse_ok(&p, cases[i].in, NULL);
        cr_assert_eq(m->kind, QRS_RESP_OTHER, "%s: kind %s", cases[i].in, qrs_kind_name(m->kind));
        ASSERT_EMPTY(m->tag);
        ASSERT_SLICE(&p, m->u.other.name, cases[i].name);
        ASSERT_SLICE(&p, m->u.other.args, cases[i].args);
        cr_assert_eq(m->u.other.has_number, cases[i].has_number, "%s", cases[i].in);
        if (cases[i].has_number)
            cr_assert_eq(m->u.other.number, cases[i].number, "%s", cases[i].in);
        guarded_free(&p.in);
    }
}

/* MARK: - Sequence sets */

Test(msg_seqset, star_and_max_are_distinct)
{
    parsed p;
    const qrs_message *m = parse_ok(&p, "a FETCH *,4294967295,*:4294967295,4294967295:* FLAGS\r\n", NULL);
    CHECK_SET(m->u.fetch.set, "*,4294967295,*:4294967295,4294967295:*", STAR, N(4294967295u),
              {0, 4294967295u, 1, 0, 1}, {4294967295u, 0, 0, 1, 1});
    cr_assert(m->u.fetch.set.flags & QRS_SET_HAS_STAR);
    guarded_free(&p.in);

    /* '*' reads as 0 in the iterator; 4294967295 reads as itself */
    qrs_seqset_iter it;
    qrs_range r;
    parsed q;
    m = parse_ok(&q, "a FETCH *,4294967295 FLAGS\r\n", NULL);
    qrs_seqset_iter_init(&it, &m->u.fetch.set);
    cr_assert(qrs_seqset_next(&it, &r));
    cr_assert_eq(r.first, 0u);
    cr_assert_eq(r.last, 0u);
    cr_assert(qrs_seqset_next(&it, &r));
    cr_assert_eq(r.first, 4294967295u);
    cr_assert_eq(r.first_star, 0);
    cr_assert_eq(r.last_star, 0);
    guarded_free(&q.in);
}

Test(msg_seqset, ranges_kept_as_written)
{
    parsed p;
    const qrs_message *m = parse_ok(&p, "a FETCH 5:2,3,3,1:1 FLAGS\r\n", NULL);
    CHECK_SET(m->u.fetch.set, "5:2,3,3,1:1", RG(5, 2), N(3), N(3), RG(1, 1));
    cr_assert_eq(m->u.fetch.set.flags, 0u);
    guarded_free(&p.in);

    parsed q;
    m = parse_ok(&q, "a FETCH 1:3,4,6:9 FLAGS\r\n", NULL);
    cr_assert_eq(m->u.fetch.set.flags, 0u);
    cr_assert(qrs_seqset_ascends(&m->u.fetch.set));
    guarded_free(&q.in);
}

/* MARK: - Side detection */

Test(msg_side, auto_detection)
{
    static const struct {
        const char *in;
        qrs_kind kind;
    } cases[] = {
        {"a1 OK done\r\n", QRS_RESP_COND},     {"a1 no failed\r\n", QRS_RESP_COND},
        {"a1 Bad what\r\n", QRS_RESP_COND},    {"a1 NOOP\r\n", QRS_CMD_OTHER},
        {"* OK hi\r\n", QRS_RESP_COND},        {"+ more\r\n", QRS_RESP_CONTINUE},
        {"* 3 EXISTS\r\n", QRS_RESP_OTHER},    {"a1 FETCH 1 FLAGS\r\n", QRS_CMD_FETCH},
        {"a1 OKAY x\r\n", QRS_CMD_OTHER},      {"a1 BYE x\r\n", QRS_CMD_OTHER},
        {"* VANISHED 1\r\n", QRS_RESP_VANISHED},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        parsed p;
        qrs_options o = opts_of(QRS_DIALECT_RFC7162, 0);
        o.side = QRS_SIDE_AUTO;
        const qrs_message *m = parse_ok(&p, cases[i].in, &o);
        cr_assert_eq(m->kind, cases[i].kind, "%s: kind %s", cases[i].in, qrs_kind_name(m->kind));
        guarded_free(&p.in);
    }
}

Test(msg_side, forced)
{
    parsed p;
    qrs_options o = opts_of(QRS_DIALECT_RFC7162, 0);
    o.side = QRS_SIDE_CLIENT;
    /* as a command, "OK" is just an unknown command name */
    const qrs_message *m = parse_ok(&p, "a1 OK done\r\n", &o);
    cr_assert_eq(m->kind, QRS_CMD_OTHER);
    ASSERT_SLICE(&p, m->u.other.name, "OK");
    ASSERT_SLICE(&p, m->u.other.args, "done");
    guarded_free(&p.in);

    parsed q;
    o.side = QRS_SIDE_SERVER;
    m = parse_ok(&q, "a1 OK done\r\n", &o);
    cr_assert_eq(m->kind, QRS_RESP_COND);
    guarded_free(&q.in);

    /* a command is not a response, and a response is not a command */
    parsed r;
    parse_with(&r, "a1 NOOP\r\n", 9, &o);
    cr_assert_eq(r.rc, QRS_E_SYNTAX);
    cr_assert_null(r.msg);
    guarded_free(&r.in);

    parsed s;
    o.side = QRS_SIDE_CLIENT;
    parse_with(&s, "* OK hi\r\n", 9, &o);
    cr_assert_eq(s.rc, QRS_E_SYNTAX);
    cr_assert_eq(s.err.offset, 0u);
    guarded_free(&s.in);
}

/* MARK: - Fragments */

typedef struct frag {
    guarded in;
    unsigned char arena_buf[1 << 14];
    qrs_arena arena;
    qrs_fragment out;
    qrs_error err;
    qrs_code rc;
} frag;

static void frag_parse(frag *f, qrs_rule rule, const char *s, const qrs_options *opts)
{
    f->in = guarded_copy(s, strlen(s));
    qrs_arena_init(&f->arena, f->arena_buf, sizeof f->arena_buf);
    memset(&f->out, 0xff, sizeof f->out); /* zeroed by the library before parsing */
    memset(&f->err, 0xff, sizeof f->err);
    f->rc = qrs_parse_fragment(rule, f->in.data, f->in.len, opts, &f->arena, &f->out, &f->err);
}

static void frag_ok(frag *f, qrs_rule rule, const char *s, const qrs_options *opts)
{
    frag_parse(f, rule, s, opts);
    cr_assert_eq(f->rc, QRS_OK, "fragment %s \"%s\": %s at %zu: %s", qrs_rule_name(rule), s, qrs_code_name(f->rc),
                 f->err.offset, f->err.message);
    cr_assert_eq(f->out.rule, rule);
}

Test(msg_fragment, rule_names_round_trip)
{
    static const char *names[QRS_RULE_COUNT_] = {
        "sequence-set",       "known-uids",          "seq-match-data",     "select-param",
        "fetch-modifier",     "store-modifier",      "expunged-resp",      "mod-sequence-value",
        "mod-sequence-valzer", "search-modsequence", "resp-text-code",     "fetch-mod-resp",
        "status-att-val",     "fetch-att",           "flag-list",          "flag-fetch",
    };
    for (int r = 0; r < QRS_RULE_COUNT_; r++) {
        const char *n = qrs_rule_name((qrs_rule)r);
        cr_assert_not_null(n);
        cr_assert_str_eq(n, names[r]);
        cr_assert_eq(qrs_rule_from_name(n, strlen(n)), r);
    }
    cr_assert_null(qrs_rule_name(QRS_RULE_COUNT_));
    cr_assert_eq(qrs_rule_from_name("no-such-rule", 12), -1);
    cr_assert_eq(qrs_rule_from_name(NULL, 0), -1);
}

Test(msg_fragment, sequence_set)
{
    frag f;
    frag_ok(&f, QRS_RULE_SEQUENCE_SET, "5:2,*,4294967295", NULL);
    CHECK_SET(f.out.set, "5:2,*,4294967295", RG(5, 2), STAR, N(4294967295u));
    cr_assert(f.out.set.flags & QRS_SET_HAS_STAR);
    cr_assert_eq(f.out.set.text.ptr, f.in.data);
    guarded_free(&f.in);
}

Test(msg_fragment, known_uids)
{
    frag f;
    frag_ok(&f, QRS_RULE_KNOWN_UIDS, "1:3,7", NULL);
    CHECK_SET(f.out.set, "1:3,7", RG(1, 3), N(7));
    cr_assert_eq(f.out.set.flags, 0u);
    cr_assert(qrs_seqset_ascends(&f.out.set));
    guarded_free(&f.in);

    /* known-uids need not ascend (only the seq-match-data sets must) */
    frag g;
    frag_ok(&g, QRS_RULE_KNOWN_UIDS, "9,5:2", NULL);
    CHECK_SET(g.out.set, "9,5:2", N(9), RG(5, 2));
    guarded_free(&g.in);
}

Test(msg_fragment, seq_match_data)
{
    frag f;
    frag_ok(&f, QRS_RULE_SEQ_MATCH_DATA, "(1,3 5,7)", NULL);
    cr_assert_eq(f.out.qresync.has_seq_match, 1);
    CHECK_SET(f.out.qresync.known_sequence_set, "1,3", N(1), N(3));
    CHECK_SET(f.out.qresync.known_uid_set, "5,7", N(5), N(7));
    guarded_free(&f.in);
}

Test(msg_fragment, select_param)
{
    frag f;
    frag_ok(&f, QRS_RULE_SELECT_PARAM, "QRESYNC (1 2 3:4 (1 3))", NULL);
    cr_assert_not_null(f.out.param);
    cr_assert_eq(f.out.param->kind, QRS_PARAM_QRESYNC);
    cr_assert_eq(f.out.param->qresync.uidvalidity, 1u);
    cr_assert_eq(f.out.param->qresync.modseq, 2u);
    CHECK_SET(f.out.param->qresync.known_uids, "3:4", RG(3, 4));
    CHECK_SET(f.out.param->qresync.known_sequence_set, "1", N(1));
    CHECK_SET(f.out.param->qresync.known_uid_set, "3", N(3));
    guarded_free(&f.in);

    frag g;
    frag_ok(&g, QRS_RULE_SELECT_PARAM, "CONDSTORE", NULL);
    cr_assert_eq(g.out.param->kind, QRS_PARAM_CONDSTORE);
    guarded_free(&g.in);

    frag h;
    frag_ok(&h, QRS_RULE_SELECT_PARAM, "FOO (a b)", NULL);
    cr_assert_eq(h.out.param->kind, QRS_PARAM_OTHER);
    cr_assert(slice_eq(h.out.param->name, "FOO"));
    cr_assert(slice_eq(h.out.param->value, "(a b)"));
    guarded_free(&h.in);
}

Test(msg_fragment, fetch_modifier)
{
    frag f;
    frag_ok(&f, QRS_RULE_FETCH_MODIFIER, "CHANGEDSINCE 5", NULL);
    cr_assert_eq(f.out.param->kind, QRS_PARAM_CHANGEDSINCE);
    cr_assert_eq(f.out.param->number, 5u);
    guarded_free(&f.in);

    frag g;
    frag_ok(&g, QRS_RULE_FETCH_MODIFIER, "VANISHED", NULL);
    cr_assert_eq(g.out.param->kind, QRS_PARAM_VANISHED);
    guarded_free(&g.in);
}

Test(msg_fragment, store_modifier)
{
    frag f;
    frag_ok(&f, QRS_RULE_STORE_MODIFIER, "UNCHANGEDSINCE 0", NULL);
    cr_assert_eq(f.out.param->kind, QRS_PARAM_UNCHANGEDSINCE);
    cr_assert_eq(f.out.param->number, 0u);
    cr_assert(slice_eq(f.out.param->value, "0"));
    guarded_free(&f.in);
}

Test(msg_fragment, expunged_resp)
{
    frag f;
    frag_ok(&f, QRS_RULE_EXPUNGED_RESP, "VANISHED (EARLIER) 1:3", NULL);
    cr_assert_eq(f.out.vanished.earlier, 1);
    cr_assert_eq(f.out.vanished.has_tag, 0);
    CHECK_SET(f.out.vanished.uids, "1:3", RG(1, 3));
    guarded_free(&f.in);

    frag g;
    qrs_options d = opts_of(QRS_DIALECT_DRAFT03, 0);
    frag_ok(&g, QRS_RULE_EXPUNGED_RESP, "VANISHED (TAG \"x\") 4", &d);
    cr_assert_eq(g.out.vanished.earlier, 0);
    cr_assert_eq(g.out.vanished.has_tag, 1);
    cr_assert(slice_eq(g.out.vanished.tag.value, "x"));
    CHECK_SET(g.out.vanished.uids, "4", N(4));
    guarded_free(&g.in);
}

Test(msg_fragment, mod_sequence_value_and_valzer)
{
    frag f;
    frag_ok(&f, QRS_RULE_MOD_SEQUENCE_VALUE, "9223372036854775807", NULL);
    cr_assert_eq(f.out.number, UINT64_C(9223372036854775807));
    guarded_free(&f.in);

    frag g;
    frag_parse(&g, QRS_RULE_MOD_SEQUENCE_VALUE, "0", NULL);
    cr_assert_eq(g.rc, QRS_E_MODSEQ_ZERO);
    guarded_free(&g.in);

    frag h;
    frag_ok(&h, QRS_RULE_MOD_SEQUENCE_VALZER, "0", NULL);
    cr_assert_eq(h.out.number, 0u);
    guarded_free(&h.in);

    frag i;
    qrs_options o = opts_of(QRS_DIALECT_RFC5162, 0);
    frag_ok(&i, QRS_RULE_MOD_SEQUENCE_VALZER, "18446744073709551614", &o);
    cr_assert_eq(i.out.number, UINT64_C(18446744073709551614));
    guarded_free(&i.in);
}

Test(msg_fragment, search_modsequence)
{
    frag f;
    frag_ok(&f, QRS_RULE_SEARCH_MODSEQUENCE, "MODSEQ \"/flags/\\\\seen\" shared 4", NULL);
    cr_assert_not_null(f.out.search_modseq);
    cr_assert_eq(f.out.search_modseq->has_entry, 1);
    cr_assert(slice_eq(f.out.search_modseq->entry_name, "\"/flags/\\\\seen\""));
    cr_assert(slice_eq(f.out.search_modseq->entry_type, "shared"));
    cr_assert_eq(f.out.search_modseq->modseq, 4u);
    guarded_free(&f.in);

    frag g;
    frag_ok(&g, QRS_RULE_SEARCH_MODSEQUENCE, "MODSEQ 0", NULL);
    cr_assert_eq(g.out.search_modseq->has_entry, 0);
    cr_assert_eq(g.out.search_modseq->modseq, 0u);
    guarded_free(&g.in);
}

Test(msg_fragment, resp_text_code)
{
    frag f;
    frag_ok(&f, QRS_RULE_RESP_TEXT_CODE, "HIGHESTMODSEQ 7", NULL);
    cr_assert_eq(f.out.resp_text.code, QRS_CODE_HIGHESTMODSEQ);
    cr_assert_eq(f.out.resp_text.number, 7u);
    cr_assert(slice_eq(f.out.resp_text.code_name, "HIGHESTMODSEQ"));
    guarded_free(&f.in);

    frag g;
    frag_ok(&g, QRS_RULE_RESP_TEXT_CODE, "MODIFIED 1:3,9", NULL);
    cr_assert_eq(g.out.resp_text.code, QRS_CODE_MODIFIED);
    CHECK_SET(g.out.resp_text.modified, "1:3,9", RG(1, 3), N(9));
    guarded_free(&g.in);

    frag h;
    frag_ok(&h, QRS_RULE_RESP_TEXT_CODE, "NOMODSEQ", NULL);
    cr_assert_eq(h.out.resp_text.code, QRS_CODE_NOMODSEQ);
    guarded_free(&h.in);
}

Test(msg_fragment, fetch_mod_resp)
{
    frag f;
    frag_ok(&f, QRS_RULE_FETCH_MOD_RESP, "MODSEQ (12)", NULL);
    cr_assert_eq(f.out.number, 12u);
    guarded_free(&f.in);
}

Test(msg_fragment, status_att_val)
{
    frag f;
    frag_ok(&f, QRS_RULE_STATUS_ATT_VAL, "HIGHESTMODSEQ 0", NULL);
    cr_assert_not_null(f.out.status_att);
    cr_assert(slice_eq(f.out.status_att->name, "HIGHESTMODSEQ"));
    cr_assert_eq(f.out.status_att->has_value, 1);
    cr_assert_eq(f.out.status_att->value, 0u);
    guarded_free(&f.in);

    frag g;
    frag_ok(&g, QRS_RULE_STATUS_ATT_VAL, "UIDNEXT 5", NULL);
    cr_assert(slice_eq(g.out.status_att->name, "UIDNEXT"));
    cr_assert_eq(g.out.status_att->value, 5u);
    guarded_free(&g.in);
}

Test(msg_fragment, no_crlf_allowed)
{
    frag f;
    frag_parse(&f, QRS_RULE_SEQUENCE_SET, "1:3\r\n", NULL);
    cr_assert_eq(f.rc, QRS_E_SYNTAX);
    cr_assert_eq(f.err.offset, 3u);
    guarded_free(&f.in);
}

/* MARK: - Names */

Test(msg_names, kinds_codes_dialects)
{
    cr_assert_str_eq(qrs_kind_name(QRS_CMD_SELECT), "select");
    cr_assert_str_eq(qrs_kind_name(QRS_RESP_VANISHED), "vanished");
    cr_assert_str_eq(qrs_kind_name((qrs_kind)1000), "none");
    cr_assert_str_eq(qrs_code_name(QRS_E_SYNTAX), "syntax");
    cr_assert_str_eq(qrs_code_name(QRS_E_NUMBER_RANGE), "number-range");
    cr_assert_str_eq(qrs_code_name((qrs_code)1000), "unknown");
    cr_assert_str_eq(qrs_dialect_name(QRS_DIALECT_RFC7162), "rfc7162");
    cr_assert_str_eq(qrs_dialect_name(QRS_DIALECT_RFC5162), "rfc5162");
    cr_assert_str_eq(qrs_dialect_name(QRS_DIALECT_DRAFT03), "draft03");
    cr_assert_null(qrs_dialect_name((qrs_dialect)3));
    cr_assert_str_eq(qrs_lenient_name(QRS_LENIENT_MISSING_TEXT), "missing-text");
    cr_assert_null(qrs_lenient_name(1u << 7));
    cr_assert_eq(qrs_lenient_from_name("all", 3), QRS_LENIENT_ALL);
    cr_assert_eq(qrs_lenient_from_name("8bit-text", 9), QRS_LENIENT_8BIT_TEXT);
    cr_assert_eq(qrs_lenient_from_name("bogus", 5), 0u);
    cr_assert_eq(qrs_lenient_from_name(NULL, 0), 0u);
}
