/*
 * actions.c - what the grammar's actions do: build nodes in the arena and
 * check the rules that the ABNF states only in comments or prose
 * (grammar.md section 4), each at the offset of the offending token.
 */
#include <string.h>

#include "actions.h"
#include "parser.h"

#define NEW(T, loc) ((T *)qrs_alloc(ctx, sizeof(T), (loc).start))

static qrs_loc join(qrs_loc a, qrs_loc b)
{
    qrs_loc l = {a.start, b.end};
    return l;
}

static int iprefix(qrs_slice s, const char *lit)
{
    size_t n = strlen(lit);
    qrs_slice head = {s.ptr, n};
    return s.len >= n && qrs_ieq(head, lit);
}

static int is_digit(char b)
{
    return b >= '0' && b <= '9';
}

/* MARK: - Strings */

/* abnf: string quoted literal */
qrs_string qrs_act_make_string(qrs_ctx *ctx, qrs_string_form form, qrs_loc loc)
{
    qrs_string s;
    s.form = form;
    s.raw = SPAN(loc);
    s.value = s.raw;
    if (form == QRS_STR_QUOTED) {
        s.value.ptr = s.raw.ptr + 1;
        s.value.len = s.raw.len - 2;
    } else if (form == QRS_STR_LITERAL) {
        /* {n}CRLF or {n+}CRLF: the value starts after the CRLF. */
        const char *close = memchr(s.raw.ptr, '}', s.raw.len);
        size_t head = (size_t)(close - s.raw.ptr) + 3;
        s.value.ptr = s.raw.ptr + head;
        s.value.len = s.raw.len - head;
    }
    return s;
}

/* A section-word used as an astring: it must consist of ASTRING-CHARs only. */
int qrs_act_astring_chars(qrs_ctx *ctx, qrs_loc loc)
{
    for (size_t i = loc.start; i < loc.end; i++) {
        unsigned char b = (unsigned char)ctx->base[i];
        if (!qrs_is_atom_char(b) && b != ']')
            return qrs_fail(ctx, QRS_E_SYNTAX, i, "astring", "character not allowed in an astring");
    }
    return 1;
}

/* A sequence-set-shaped word used as an atom: '*' is a list-wildcard, an atom-special. */
int qrs_act_atom_seqset(qrs_ctx *ctx, qrs_loc loc)
{
    const char *star = memchr(ctx->base + loc.start, '*', loc.end - loc.start);
    if (star)
        return qrs_fail(ctx, QRS_E_SYNTAX, (size_t)(star - ctx->base), "atom", "'*' is not an atom character");
    return 1;
}

qrs_word *qrs_act_new_word(qrs_ctx *ctx, qrs_loc loc)
{
    qrs_word *w = NEW(qrs_word, loc);
    if (w)
        w->text = SPAN(loc);
    return w;
}

/* MARK: - Parameters */

qrs_param *qrs_act_new_param(qrs_ctx *ctx, qrs_param_kind kind, qrs_loc all, qrs_loc name)
{
    qrs_param *p = NEW(qrs_param, all);
    if (p) {
        p->kind = kind;
        p->raw = SPAN(all);
        p->name = SPAN(name);
    }
    return p;
}

/* abnf: tagged-ext-label tagged-label-fchar tagged-label-char */
qrs_param *qrs_act_generic_param(qrs_ctx *ctx, qrs_loc label)
{
    for (size_t i = label.start; i < label.end; i++) {
        char b = ctx->base[i];
        int alpha = (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || b == '-' || b == '_' || b == '.';
        if (!alpha && !(i > label.start && (is_digit(b) || b == ':'))) {
            qrs_fail(ctx, QRS_E_SYNTAX, i, "tagged-ext-label", "character not allowed in a parameter name");
            return NULL;
        }
    }
    return qrs_act_new_param(ctx, QRS_PARAM_OTHER, label, label);
}

void qrs_act_param_append(qrs_param_list *list, qrs_param *p)
{
    list->tail->next = p;
    list->tail = p;
}

/* A value in a parameter list belongs to the generic parameter just before it
 * (RFC 4466: name [SP value]); specific parameters take no generic value. */
int qrs_act_param_value(qrs_ctx *ctx, qrs_param_list *list, qrs_param *value, qrs_loc loc, const char *rule)
{
    qrs_param *p = list->tail;
    if (p->kind != QRS_PARAM_OTHER || p->value.len)
        return qrs_fail(ctx, QRS_E_SYNTAX, loc.start, rule,
                        p->kind != QRS_PARAM_OTHER ? "this parameter takes no further value"
                                                   : "a parameter value must follow a parameter name");
    p->value = value->raw;
    p->raw.len = (size_t)(value->raw.ptr + value->raw.len - p->raw.ptr);
    return 1;
}

/* A select-param, fetch-modifier or store-modifier fragment holds exactly one. */
int qrs_act_single_param(qrs_ctx *ctx, qrs_param_list list, const char *rule)
{
    if (list.head != list.tail)
        return qrs_fail(ctx, QRS_E_SYNTAX, (size_t)(list.head->next->raw.ptr - ctx->base) - 1, rule,
                        "one parameter expected");
    ctx->frag->param = list.head;
    return 1;
}

/* abnf: select-param */
qrs_param *qrs_act_qresync_param(qrs_ctx *ctx, qrs_loc all, qrs_loc name, uint32_t uidvalidity, uint64_t modseq)
{
    qrs_param *p = qrs_act_new_param(ctx, QRS_PARAM_QRESYNC, all, name);
    if (p) {
        p->qresync = ctx->qr;
        p->qresync.uidvalidity = uidvalidity;
        p->qresync.modseq = modseq;
        p->value.ptr = p->name.ptr + p->name.len + 1;
        p->value.len = (size_t)(p->raw.ptr + p->raw.len - p->value.ptr);
    }
    memset(&ctx->qr, 0, sizeof ctx->qr);
    return p;
}

unsigned qrs_act_known_checks(const qrs_ctx *ctx, int ascending)
{
    unsigned c = (ctx->lenient & QRS_LENIENT_STAR_IN_KNOWN) ? 0u : QRS_SETCHK_NO_STAR;
    return ascending ? c | QRS_SETCHK_ASCENDING : c;
}

/* Number of values a validated set stands for, without expanding it. */
static uint64_t set_cardinality(const qrs_seqset *s)
{
    qrs_seqset_iter it;
    qrs_range r;
    uint64_t n = 0;
    qrs_seqset_iter_init(&it, s);
    while (qrs_seqset_next(&it, &r)) {
        uint32_t a = r.first_star ? UINT32_MAX : r.first, b = r.last_star ? UINT32_MAX : r.last;
        n += (uint64_t)(a > b ? a - b : b - a) + 1u;
    }
    return n;
}

/* abnf: seq-match-data
 * The Nth message number pairs with the Nth UID (RFC 7162 section 3.2.5.2), so
 * both sets must stand for the same number of messages. */
int qrs_act_seq_match(qrs_ctx *ctx, qrs_qresync *qr, qrs_seqset seqs, qrs_seqset uids, qrs_loc uids_loc)
{
    if (set_cardinality(&seqs) != set_cardinality(&uids))
        return qrs_fail(ctx, QRS_E_SET_MISMATCH, uids_loc.start, "seq-match-data",
                        "known-sequence-set and known-uid-set stand for different numbers of messages");
    qr->has_seq_match = 1;
    qr->known_sequence_set = seqs;
    qr->known_uid_set = uids;
    return 1;
}

/* MARK: - Commands */

void qrs_act_select_cmd(qrs_ctx *ctx, int examine, const qrs_string *mailbox)
{
    ctx->msg->kind = QRS_CMD_SELECT;
    ctx->msg->u.select.examine = examine;
    ctx->msg->u.select.mailbox = *mailbox;
}

/* The order of select-params is free (RFC 4466 section 2.1), but giving the
 * same extension parameter twice leaves its meaning open: refuse it. */
int qrs_act_select_params(qrs_ctx *ctx, qrs_param *params)
{
    qrs_select_cmd *s = &ctx->msg->u.select;
    s->params = params;
    for (qrs_param *p = params; p; p = p->next) {
        const qrs_param **slot = p->kind == QRS_PARAM_QRESYNC     ? &s->qresync
                                 : p->kind == QRS_PARAM_CONDSTORE ? &s->condstore
                                                                  : NULL;
        if (!slot)
            continue;
        if (*slot)
            return qrs_fail(ctx, QRS_E_DUPLICATE, (size_t)(p->raw.ptr - ctx->base), "select-param",
                            "select parameter given twice");
        *slot = p;
    }
    return 1;
}

int qrs_act_add_att(qrs_ctx *ctx, qrs_item_kind kind, qrs_loc loc)
{
    qrs_item *it;
    if (!ctx->msg)
        return 1; /* a fetch-att fragment is only checked */
    it = NEW(qrs_item, loc);
    if (!it)
        return 0;
    it->kind = kind;
    it->raw = it->name = SPAN(loc);
    if (!ctx->item_tail)
        ctx->item_tail = &ctx->msg->u.fetch.atts;
    *ctx->item_tail = it;
    ctx->item_tail = &it->next;
    return 1;
}

void qrs_act_fetch_cmd(qrs_ctx *ctx, qrs_seqset set, qrs_loc atts, qrs_param *modifiers)
{
    qrs_fetch_cmd *f = &ctx->msg->u.fetch;
    ctx->msg->kind = QRS_CMD_FETCH;
    f->set = set;
    f->atts_raw = SPAN(atts);
    f->modifiers = modifiers;
}

/* abnf: chgsince-fetch-mod rexpunges-fetch-mod
 * One CHANGEDSINCE; VANISHED only with UID FETCH and only with CHANGEDSINCE
 * (RFC 7162 section 3.2.6; RFC 5162 section 3.2; draft -03 section 3.2). */
int qrs_act_fetch_done(qrs_ctx *ctx, int uid)
{
    qrs_fetch_cmd *f = &ctx->msg->u.fetch;
    const qrs_param *van = NULL;
    for (const qrs_param *p = f->modifiers; p; p = p->next) {
        size_t off = (size_t)(p->raw.ptr - ctx->base);
        if (p->kind == QRS_PARAM_CHANGEDSINCE) {
            if (f->has_changedsince)
                return qrs_fail(ctx, QRS_E_DUPLICATE, off, "chgsince-fetch-mod", "CHANGEDSINCE given twice");
            f->has_changedsince = 1;
            f->changedsince = p->number;
        } else if (p->kind == QRS_PARAM_VANISHED) {
            if (van)
                return qrs_fail(ctx, QRS_E_DUPLICATE, off, "rexpunges-fetch-mod", "VANISHED given twice");
            van = p;
        }
    }
    if (van) {
        size_t off = (size_t)(van->raw.ptr - ctx->base);
        if (!uid)
            return qrs_fail(ctx, QRS_E_MODIFIER_CONTEXT, off, "rexpunges-fetch-mod",
                            "the VANISHED modifier is only allowed in UID FETCH");
        if (!f->has_changedsince)
            return qrs_fail(ctx, QRS_E_MODIFIER_CONTEXT, off, "rexpunges-fetch-mod",
                            "the VANISHED modifier needs CHANGEDSINCE");
        f->vanished = 1;
    }
    return 1;
}

/* abnf: store-modifier
 * "Only a single UNCHANGEDSINCE may be specified in a STORE operation." */
int qrs_act_store_cmd(qrs_ctx *ctx, qrs_seqset set, qrs_param *modifiers)
{
    qrs_store_cmd *s = &ctx->msg->u.store;
    s->set = set;
    s->modifiers = modifiers;
    for (const qrs_param *p = modifiers; p; p = p->next) {
        if (p->kind != QRS_PARAM_UNCHANGEDSINCE)
            continue;
        if (s->has_unchangedsince)
            return qrs_fail(ctx, QRS_E_DUPLICATE, (size_t)(p->raw.ptr - ctx->base), "store-modifier",
                            "only a single UNCHANGEDSINCE may be given");
        s->has_unchangedsince = 1;
        s->unchangedsince = p->number;
    }
    return 1;
}

/* abnf: store-att-flags
 * (["+" / "-"] "FLAGS" [".SILENT"]) */
int qrs_act_store_action(qrs_ctx *ctx, qrs_loc loc)
{
    qrs_slice s = SPAN(loc);
    qrs_slice rest = s;
    if (rest.len && (rest.ptr[0] == '+' || rest.ptr[0] == '-')) {
        rest.ptr++;
        rest.len--;
    }
    if (!qrs_ieq(rest, "FLAGS") && !qrs_ieq(rest, "FLAGS.SILENT"))
        return qrs_fail(ctx, QRS_E_SYNTAX, loc.start, "store-att-flags", "expected [+|-]FLAGS[.SILENT]");
    ctx->msg->u.store.action = s;
    return 1;
}

/* abnf: flag flag-fetch flag-perm
 * "\*" is only a flag-perm; "\Recent" is a flag-fetch, not a flag. */
int qrs_act_flag_check(qrs_ctx *ctx, qrs_loc loc, int allow_recent)
{
    qrs_slice s = SPAN(loc);
    if (qrs_ieq(s, "\\*"))
        return qrs_fail(ctx, QRS_E_SYNTAX, loc.start, "flag", "\\* is not allowed here");
    if (!allow_recent && qrs_ieq(s, "\\Recent"))
        return qrs_fail(ctx, QRS_E_SYNTAX, loc.start, "flag", "\\Recent cannot be set");
    return 1;
}

void qrs_act_search_program(qrs_ctx *ctx, qrs_loc key)
{
    qrs_search_cmd *s = &ctx->msg->u.search;
    if (!s->program.ptr)
        s->program.ptr = ctx->base + key.start;
    s->program.len = (size_t)(ctx->base + key.end - s->program.ptr);
}

/* abnf: date date-text date-day date-month date-year
 * date-day "-" date-month "-" date-year, optionally in DQUOTEs. */
int qrs_act_date_check(qrs_ctx *ctx, qrs_loc loc, int quoted)
{
    static const char months[] = "JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC";
    qrs_slice s = SPAN(loc);
    if (quoted) {
        s.ptr++;
        s.len -= 2;
    }
    size_t i = 0;
    while (i < s.len && i < 2 && is_digit(s.ptr[i]))
        i++;
    int ok = i >= 1 && i + 9 == s.len && s.ptr[i] == '-' && s.ptr[i + 4] == '-';
    if (ok) {
        int m = 0;
        for (int k = 0; k < 12 && !m; k++) {
            qrs_slice mon = {s.ptr + i + 1, 3};
            char lit[4] = {months[3 * k], months[3 * k + 1], months[3 * k + 2], 0};
            m = qrs_ieq(mon, lit);
        }
        ok = m && is_digit(s.ptr[i + 5]) && is_digit(s.ptr[i + 6]) && is_digit(s.ptr[i + 7]) && is_digit(s.ptr[i + 8]);
    }
    return ok ? 1 : qrs_fail(ctx, QRS_E_SYNTAX, loc.start, "date", "expected a date like 1-Feb-1994");
}

qrs_search_modseq *qrs_act_new_search_modseq(qrs_ctx *ctx, qrs_loc loc)
{
    return NEW(qrs_search_modseq, loc);
}

void qrs_act_search_modseq_add(qrs_ctx *ctx, qrs_search_modseq *m)
{
    if (!ctx->msg)
        return;
    if (!ctx->smod_tail)
        ctx->smod_tail = &ctx->msg->u.search.modseq;
    *ctx->smod_tail = m;
    ctx->smod_tail = &m->next;
}

/* abnf: entry-flag-name attr-flag
 * DQUOTE "/flags/" attr-flag DQUOTE, attr-flag being "\\" atom (a system or
 * extension flag, backslash escaped as in quoted) or an atom; not \\Recent. */
int qrs_act_entry_name_check(qrs_ctx *ctx, qrs_loc loc)
{
    qrs_slice s = SPAN(loc);
    qrs_slice v = {s.ptr + 1, s.len - 2};
    if (!iprefix(v, "/flags/"))
        return qrs_fail(ctx, QRS_E_SYNTAX, loc.start + 1, "entry-flag-name", "entry name must start with /flags/");
    qrs_slice flag = {v.ptr + 7, v.len - 7};
    qrs_slice atom = flag;
    if (flag.len >= 2 && flag.ptr[0] == '\\' && flag.ptr[1] == '\\') {
        atom.ptr += 2;
        atom.len -= 2;
        if (qrs_ieq(atom, "Recent"))
            return qrs_fail(ctx, QRS_E_SYNTAX, loc.start + 8, "attr-flag", "\\Recent has no metadata entry");
    }
    if (!atom.len)
        return qrs_fail(ctx, QRS_E_SYNTAX, loc.start + 8, "attr-flag", "flag name missing");
    for (size_t i = 0; i < atom.len; i++)
        if (!qrs_is_atom_char((unsigned char)atom.ptr[i]))
            return qrs_fail(ctx, QRS_E_SYNTAX, (size_t)(atom.ptr + i - ctx->base), "attr-flag",
                            "character not allowed in a flag name");
    return 1;
}

qrs_status_att *qrs_act_new_status_att(qrs_ctx *ctx, qrs_loc name)
{
    qrs_status_att *a = NEW(qrs_status_att, name);
    if (a)
        a->name = SPAN(name);
    return a;
}

qrs_status_att *qrs_act_new_status_val(qrs_ctx *ctx, qrs_loc name, uint64_t value)
{
    qrs_status_att *a = qrs_act_new_status_att(ctx, name);
    if (a) {
        a->has_value = 1;
        a->value = value;
    }
    return a;
}

void qrs_act_status_cmd(qrs_ctx *ctx, const qrs_string *mailbox, qrs_status_att *atts)
{
    ctx->msg->kind = QRS_CMD_STATUS;
    ctx->msg->u.status.mailbox = *mailbox;
    ctx->msg->u.status.atts = atts;
}

/* Name and arguments of a command or response kept in the generic shape.
 * generic_args spans from its first SP, which is not part of the arguments;
 * an args location that ends within the name means there are none. */
static void set_other(qrs_ctx *ctx, qrs_kind kind, qrs_loc name, qrs_loc args)
{
    qrs_other *o = &ctx->msg->u.other;
    ctx->msg->kind = kind;
    o->name = SPAN(name);
    o->args.ptr = ctx->base + name.end;
    o->args.len = 0;
    if (args.end > name.end) {
        o->args = SPAN(args);
        if (o->args.len && o->args.ptr[0] == ' ') {
            o->args.ptr++;
            o->args.len--;
        }
    }
}

void qrs_act_other_cmd(qrs_ctx *ctx, qrs_loc name_start, qrs_loc name_end, qrs_loc args)
{
    set_other(ctx, QRS_CMD_OTHER, join(name_start, name_end), args);
}

/* RFC 5161 section 4 (rfc5162, rfc7162): in draft -03 the lexer reads
 * ENABLE as an atom, so a generic command. */
void qrs_act_enable_cmd(qrs_ctx *ctx, qrs_word *words)
{
    ctx->msg->kind = QRS_CMD_ENABLE;
    ctx->msg->u.words = words;
}

/* MARK: - Responses */

void qrs_act_cond_resp(qrs_ctx *ctx, qrs_kind kind, qrs_loc tag, qrs_loc status, const qrs_resp_text *rt)
{
    qrs_message *m = ctx->msg;
    m->kind = kind;
    if (kind == QRS_RESP_CONTINUE || ctx->base[tag.start] == '*') {
        m->tag.ptr = ctx->base + tag.start;
        m->tag.len = 0;
    } else {
        m->tag = SPAN(tag);
    }
    m->u.cond.status = SPAN(status);
    if (rt)
        m->u.cond.text = *rt;
}

/* abnf: resp-text text
 * RFC 3501 resp-text = ["[" resp-text-code "]" SP] text, text = 1*TEXT-CHAR:
 * a code with nothing after it is what RFC 7162 erratum 5055 corrects. */
int qrs_act_missing_text(qrs_ctx *ctx, qrs_loc where)
{
    if (ctx->lenient & QRS_LENIENT_MISSING_TEXT)
        return 1;
    if (!qrs_fail(ctx, QRS_E_SYNTAX, where.start, "resp-text",
                  "response text missing (RFC 3501 resp-text; RFC 7162 erratum 5055)")) {
        if (ctx->err->n_expected == 0)
            ctx->err->expected[ctx->err->n_expected++] = "text";
    }
    return 0;
}

qrs_resp_text *qrs_act_new_resp_text(qrs_ctx *ctx, qrs_loc loc)
{
    return NEW(qrs_resp_text, loc);
}

qrs_resp_text *qrs_act_new_code(qrs_ctx *ctx, qrs_code_kind kind, qrs_loc all, qrs_loc name)
{
    qrs_resp_text *rt = NEW(qrs_resp_text, all);
    if (rt) {
        rt->code = kind;
        rt->code_raw = SPAN(all);
        rt->code_name = SPAN(name);
    }
    return rt;
}

/* abnf: expunged-resp */
void qrs_act_vanished(qrs_ctx *ctx, int marker, qrs_seqset uids)
{
    qrs_vanished *v = ctx->msg ? &ctx->msg->u.vanished : &ctx->frag->vanished;
    *v = ctx->van;
    v->earlier = marker == 1;
    v->uids = uids;
    if (ctx->msg)
        ctx->msg->kind = QRS_RESP_VANISHED;
}

/* "(EARLIER)" replaced draft -03's TAG correlator in draft -05. */
int qrs_act_earlier_check(qrs_ctx *ctx, qrs_loc loc)
{
    if (!qrs_ieq(SPAN(loc), "EARLIER")) {
        if (!qrs_fail(ctx, QRS_E_SYNTAX, loc.start, "expunged-resp", "expected (EARLIER)")) {
            ctx->err->expected[ctx->err->n_expected++] =
                ctx->dialect == QRS_DIALECT_DRAFT03 ? "TAG" : "EARLIER";
        }
        return 0;
    }
    if (ctx->dialect == QRS_DIALECT_DRAFT03)
        return qrs_fail(ctx, QRS_E_DIALECT, loc.start, "expunge-correlator",
                        "draft -03 has no EARLIER; its VANISHED correlator is (TAG \"tag\")");
    return 1;
}

/* abnf: single-exp-correlator
 * draft -03: "all correlator types must be specified only once". */
int qrs_act_tag_correlator(qrs_ctx *ctx, qrs_loc tag_kw, const qrs_string *tag)
{
    if (ctx->dialect != QRS_DIALECT_DRAFT03)
        return qrs_fail(ctx, QRS_E_DIALECT, tag_kw.start, "expunged-resp",
                        "the TAG correlator is draft -03 only; RFC 5162 and RFC 7162 use (EARLIER)");
    if (ctx->van.has_tag)
        return qrs_fail(ctx, QRS_E_DUPLICATE, tag_kw.start, "expunge-correlator", "TAG correlator given twice");
    ctx->van.has_tag = 1;
    ctx->van.tag = *tag;
    return 1;
}

qrs_item *qrs_act_new_item(qrs_ctx *ctx, qrs_item_kind kind, qrs_loc all, qrs_loc name, qrs_loc value)
{
    qrs_item *it = NEW(qrs_item, all);
    if (it) {
        it->kind = kind;
        it->raw = SPAN(all);
        it->name = SPAN(name);
        it->value = SPAN(value);
    }
    return it;
}

/* abnf: message-data
 * "* n FETCH (...)", n already checked as an nz-number. */
void qrs_act_fetch_resp(qrs_ctx *ctx, uint32_t number, qrs_item *items)
{
    qrs_fetch_resp *f = &ctx->msg->u.fetch_resp;
    f->number = number;
    ctx->msg->kind = QRS_RESP_FETCH;
    f->items = items;
    for (const qrs_item *it = items; it; it = it->next) {
        if (it->kind == QRS_ITEM_UID) {
            f->has_uid = 1;
            f->uid = (uint32_t)it->number;
        } else if (it->kind == QRS_ITEM_MODSEQ) {
            f->has_modseq = 1;
            f->modseq = it->number;
        }
    }
}

/* "* n EXISTS" / "* n RECENT" (number), "* n EXPUNGE" (nz-number), "* n NAME ...". */
int qrs_act_number_resp(qrs_ctx *ctx, qrs_loc number, int nonzero, qrs_loc name, qrs_loc args)
{
    qrs_other *o = &ctx->msg->u.other;
    int ok = nonzero ? qrs_nz_number(ctx, number, "message-data", &o->number)
                     : qrs_number(ctx, number, "mailbox-data", &o->number);
    if (!ok)
        return 0;
    qrs_act_other_resp(ctx, name, args);
    o->has_number = 1;
    return 1;
}

void qrs_act_other_resp(qrs_ctx *ctx, qrs_loc name, qrs_loc args)
{
    set_other(ctx, QRS_RESP_OTHER, name, args);
}

/* abnf: enable-data
 * (rfc5162, rfc7162: in draft -03 ENABLED is an atom, so a generic response) */
void qrs_act_enabled_resp(qrs_ctx *ctx, qrs_word *words)
{
    ctx->msg->kind = QRS_RESP_ENABLED;
    ctx->msg->u.words = words;
}

/* abnf: capability-data
 * "CAPABILITY" *(SP capability) SP "IMAP4rev1" *(SP capability); RFC 9051
 * servers may list IMAP4rev2 alone. */
int qrs_act_capability_resp(qrs_ctx *ctx, qrs_loc args, qrs_word *words)
{
    for (const qrs_word *w = words; w; w = w->next) {
        if (qrs_ieq(w->text, "IMAP4rev1") || qrs_ieq(w->text, "IMAP4rev2")) {
            ctx->msg->kind = QRS_RESP_CAPABILITY;
            ctx->msg->u.words = words;
            return 1;
        }
    }
    if (!qrs_fail(ctx, QRS_E_SYNTAX, args.end, "capability-data", "CAPABILITY must list IMAP4rev1"))
        ctx->err->expected[ctx->err->n_expected++] = "IMAP4rev1";
    return 0;
}

/* abnf: mailbox-data search-sort-mod-seq
 * "SEARCH" [1*(SP nz-number) SP search-sort-mod-seq]: the (MODSEQ n) comes
 * last and only after at least one number. */
int qrs_act_search_number(qrs_ctx *ctx, qrs_loc loc)
{
    qrs_search_resp *s = &ctx->msg->u.search_resp;
    uint32_t n;
    if (s->has_modseq)
        return qrs_fail(ctx, QRS_E_SYNTAX, loc.start, "mailbox-data", "(MODSEQ n) must come last");
    if (!qrs_nz_number(ctx, loc, "nz-number", &n))
        return 0;
    if (!s->count++)
        s->numbers.ptr = ctx->base + loc.start;
    s->numbers.len = (size_t)(ctx->base + loc.end - s->numbers.ptr);
    return 1;
}

int qrs_act_search_modseq_resp(qrs_ctx *ctx, uint64_t modseq, qrs_loc loc)
{
    qrs_search_resp *s = &ctx->msg->u.search_resp;
    if (s->has_modseq)
        return qrs_fail(ctx, QRS_E_SYNTAX, loc.start, "search-sort-mod-seq", "(MODSEQ n) given twice");
    if (!s->count && !(ctx->lenient & QRS_LENIENT_SEARCH_EMPTY_MODSEQ))
        return qrs_fail(ctx, QRS_E_SYNTAX, loc.start, "mailbox-data",
                        "(MODSEQ n) needs at least one message number (RFC 7162 section 3.1.5)");
    s->has_modseq = 1;
    s->modseq = modseq;
    ctx->modseq_offset = loc.start;
    return 1;
}

/* abnf: sort-data
 * The SORT response with (MODSEQ n) is RFC 7162's; RFC 4551 has none. */
int qrs_act_search_resp(qrs_ctx *ctx, int sort)
{
    qrs_search_resp *s = &ctx->msg->u.search_resp;
    ctx->msg->kind = QRS_RESP_SEARCH;
    s->sort = sort;
    if (sort && s->has_modseq && ctx->dialect != QRS_DIALECT_RFC7162)
        return qrs_fail(ctx, QRS_E_DIALECT, ctx->modseq_offset, "sort-data",
                        "SORT with (MODSEQ n) is defined by RFC 7162 only");
    return 1;
}

/* abnf: esearch-response search-correlator
 * "ESEARCH" [search-correlator] [SP "UID"] *(SP search-return-data), in that order. */
int qrs_act_esearch_tag(qrs_ctx *ctx, const qrs_string *tag, qrs_loc loc)
{
    if (ctx->esearch_stage != 0)
        return qrs_fail(ctx, QRS_E_SYNTAX, loc.start, "esearch-response", "the correlator must come first");
    ctx->esearch_stage = 1;
    ctx->msg->u.esearch.has_tag = 1;
    ctx->msg->u.esearch.tag = *tag;
    return 1;
}

int qrs_act_esearch_uid(qrs_ctx *ctx, qrs_loc loc)
{
    if (ctx->esearch_stage > 1)
        return qrs_fail(ctx, QRS_E_SYNTAX, loc.start, "esearch-response",
                        ctx->esearch_stage == 2 ? "UID given twice" : "UID must come before the returned data");
    ctx->esearch_stage = 2;
    ctx->msg->u.esearch.uid = 1;
    return 1;
}

int qrs_act_esearch_data(qrs_ctx *ctx, qrs_loc loc)
{
    qrs_esearch_resp *e = &ctx->msg->u.esearch;
    if (ctx->esearch_stage != 3)
        e->data.ptr = ctx->base + loc.start;
    ctx->esearch_stage = 3;
    e->data.len = (size_t)(ctx->base + loc.end - e->data.ptr);
    return 1;
}

void qrs_act_status_resp(qrs_ctx *ctx, const qrs_string *mailbox, qrs_status_att *vals)
{
    ctx->msg->kind = QRS_RESP_STATUS;
    ctx->msg->u.status.mailbox = *mailbox;
    ctx->msg->u.status.atts = vals;
}
