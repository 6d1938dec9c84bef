/*
 * parse.c - the public entry points: check arguments, pick the start rule,
 * run the generated parser over the caller's buffer, and report the result.
 * The only file in src/ that calls the generated parser.
 */
#include <string.h>

#include "actions.h"
#include "internal.h"
#include "parser.h"

/* QRS_SIDE_AUTO: a response starts with "*" or "+", or is a tag followed by
 * OK, NO or BAD (RFC 3501 response-tagged); no command is named OK, NO or BAD. */
static int looks_like_response(const char *buf, size_t len)
{
    size_t i = 0, w;
    if (len && (buf[0] == '*' || buf[0] == '+'))
        return 1;
    while (i < len && buf[i] != ' ')
        i++;
    if (++i >= len)
        return 0;
    for (w = i; w < len && buf[w] != ' ' && buf[w] != '\r' && buf[w] != '\n'; w++)
        ;
    if (w - i == 2)
        return (qrs_upper(buf[i]) == 'O' && qrs_upper(buf[i + 1]) == 'K') || (qrs_upper(buf[i]) == 'N' && qrs_upper(buf[i + 1]) == 'O');
    return w - i == 3 && qrs_upper(buf[i]) == 'B' && qrs_upper(buf[i + 1]) == 'A' && qrs_upper(buf[i + 2]) == 'D';
}

/* err as a successful parse leaves it. */
static void no_error(qrs_error *err)
{
    qrs_clear(err, sizeof *err);
    err->rule = "none";
    err->message = "no error";
}

/* The limits in force: an option's 0 stands for its default. */
static size_t max_message_len(const qrs_options *opts)
{
    return opts->max_message_len ? opts->max_message_len : QRS_DEFAULT_MAX_MESSAGE_LEN;
}

static uint32_t max_set_elements(const qrs_options *opts)
{
    return opts->max_set_elements ? opts->max_set_elements : QRS_DEFAULT_MAX_SET_ELEMENTS;
}

/* QRS_OK when the arguments can be parsed, else the error setup() reports
 * for them. */
static qrs_code check_arguments(const char *buf, size_t len, const qrs_options *opts, const qrs_arena *arena)
{
    if (!arena || (!buf && len) || (unsigned)opts->dialect > QRS_DIALECT_DRAFT03 ||
        (unsigned)opts->side > QRS_SIDE_SERVER || opts->max_depth > QRS_MAX_DEPTH_LIMIT)
        return QRS_E_INVALID_ARGUMENT;
    return len > max_message_len(opts) ? QRS_E_TOO_LONG : QRS_OK;
}

static const qrs_options default_options; /* const: rfc7162, auto, strict, default limits */

/* Shared set-up; returns QRS_OK or an argument error already written to err. */
static qrs_code setup(qrs_ctx *ctx, const char *buf, size_t len, const qrs_options *opts, qrs_arena *arena,
                      qrs_error *err)
{
    if (!opts)
        opts = &default_options;
    qrs_clear(ctx, sizeof *ctx);
    no_error(err);
    ctx->err = err;
    switch (check_arguments(buf, len, opts, arena)) {
    case QRS_OK:
        break;
    case QRS_E_TOO_LONG:
        qrs_fail(ctx, QRS_E_TOO_LONG, max_message_len(opts), "message", "input longer than max_message_len");
        return QRS_E_TOO_LONG;
    default:
        qrs_fail(ctx, QRS_E_INVALID_ARGUMENT, 0, "argument", "invalid argument");
        return QRS_E_INVALID_ARGUMENT;
    }
    ctx->base = ctx->cur = ctx->tok = ctx->mar = buf ? buf : "";
    ctx->lim = ctx->base + len;
    ctx->arena = arena;
    ctx->dialect = opts->dialect;
    ctx->lenient = opts->lenient & QRS_LENIENT_ALL;
    ctx->max_set_elements = max_set_elements(opts);
    ctx->max_depth = opts->max_depth ? opts->max_depth : QRS_DEFAULT_MAX_DEPTH;
    ctx->max_message_len = max_message_len(opts);
    if (opts->side == QRS_SIDE_AUTO)
        ctx->server = looks_like_response(ctx->base, len);
    else
        ctx->server = opts->side == QRS_SIDE_SERVER;
    return QRS_OK;
}

/* MARK: - The commonest server lines without the generated parser
 *
 * A client spends its time on three responses: "* OK [HIGHESTMODSEQ n] text"
 * (RFC 7162 section 3.1.2.1), "* n FETCH (UID u MODSEQ (m))" (section 3.2.4)
 * and "* VANISHED [(EARLIER)] uids" (section 3.2.10).  Written exactly so
 * (upper-case keywords, single spaces, printable text), they are read here
 * with the same checks and the same node constructors as the grammar's
 * actions, so the tree is the one the parser would build.  Anything else, and
 * any check that fails, goes back to the parser from a clean state: every
 * error is still reported by the parser alone. */

/* Forget an error a check recorded, as setup() left the error. */
static void forget_error(qrs_ctx *ctx)
{
    ctx->failed = 0;
    no_error(ctx->err);
}

/* The literal lit at *at, then move past it. */
static int take(const qrs_ctx *ctx, size_t *at, const char *lit, size_t n)
{
    if ((size_t)(ctx->lim - ctx->base) - *at < n || memcmp(ctx->base + *at, lit, n) != 0)
        return 0;
    *at += n;
    return 1;
}

/* A run of digits at *at (at least one), as a location; then move past it. */
static int take_digits(const qrs_ctx *ctx, size_t *at, qrs_loc *loc)
{
    size_t i = *at, len = (size_t)(ctx->lim - ctx->base);
    while (i < len && (unsigned char)(ctx->base[i] - '0') < 10)
        i++;
    if (i == *at)
        return 0;
    loc->start = *at;
    loc->end = i;
    *at = i;
    return 1;
}

/* "HIGHESTMODSEQ n] text\r\n" after "* OK [". */
static int fast_highestmodseq(qrs_ctx *ctx, size_t at)
{
    size_t len = (size_t)(ctx->lim - ctx->base);
    qrs_loc name = {at, at + 13}, num, all, text;
    uint64_t modseq;
    if (!take(ctx, &at, "HIGHESTMODSEQ ", 14) || !take_digits(ctx, &at, &num) || !take(ctx, &at, "] ", 2))
        return 0;
    text.start = at;
    text.end = len - 2;
    if (text.end <= text.start || ctx->base[text.end] != '\r' || ctx->base[text.end + 1] != '\n')
        return 0;
    for (size_t i = text.start; i < text.end; i++) /* TEXT-CHAR, 7-bit printable only here */
        if ((unsigned char)ctx->base[i] < 0x20 || (unsigned char)ctx->base[i] > 0x7e)
            return 0;
    if (!qrs_modseq(ctx, num, "mod-sequence-value", 0, &modseq))
        return 0;
    all.start = name.start;
    all.end = num.end;
    qrs_resp_text *rt = qrs_act_new_code(ctx, QRS_CODE_HIGHESTMODSEQ, all, name);
    if (!rt)
        return 0;
    rt->number = modseq;
    rt->code_value = qrs_span(ctx, num);
    rt->text = qrs_span(ctx, text);
    qrs_loc tag = {0, 1}, status = {2, 4};
    qrs_act_cond_resp(ctx, QRS_RESP_COND, tag, status, rt);
    return 1;
}

/* "n FETCH (UID u MODSEQ (m))\r\n" after "* ". */
static int fast_fetch(qrs_ctx *ctx, size_t at)
{
    qrs_loc num, uid_name, uid_val, uid_all, ms_name, ms_open, ms_val, ms_all;
    uint32_t msgno, uid;
    uint64_t modseq;
    if (ctx->max_depth < 2 || !take_digits(ctx, &at, &num) || !take(ctx, &at, " FETCH (", 8))
        return 0;
    uid_name.start = at;
    if (!take(ctx, &at, "UID ", 4) || !take_digits(ctx, &at, &uid_val))
        return 0;
    uid_name.end = uid_name.start + 3;
    uid_all.start = uid_name.start;
    uid_all.end = uid_val.end;
    ms_name.start = at + 1;
    if (!take(ctx, &at, " MODSEQ (", 9) || !take_digits(ctx, &at, &ms_val) || !take(ctx, &at, "))\r\n", 4) ||
        at != (size_t)(ctx->lim - ctx->base))
        return 0;
    ms_name.end = ms_name.start + 6;
    ms_open.start = ms_name.end + 1;
    ms_open.end = ms_val.end + 1; /* "(m)", as the grammar's action widens it */
    ms_all.start = ms_name.start;
    ms_all.end = ms_open.end;
    if (!qrs_nz_number(ctx, num, "nz-number", &msgno) || !qrs_nz_number(ctx, uid_val, "nz-number", &uid) ||
        !qrs_modseq(ctx, ms_val, "mod-sequence-value", 0, &modseq))
        return 0;
    qrs_item *u = qrs_act_new_item(ctx, QRS_ITEM_UID, uid_all, uid_name, uid_val);
    if (!u)
        return 0;
    u->number = uid;
    qrs_item *m = qrs_act_new_item(ctx, QRS_ITEM_MODSEQ, ms_all, ms_name, ms_open);
    if (!m)
        return 0;
    m->number = modseq;
    u->next = m;
    qrs_act_fetch_resp(ctx, msgno, u);
    return 1;
}

/* "VANISHED [(EARLIER) ]uids\r\n" after "* ", in the dialects that have EARLIER. */
static int fast_vanished(qrs_ctx *ctx, size_t at)
{
    const char *set, *set_end;
    uint64_t elements;
    uint32_t flags;
    int earlier;
    if (ctx->dialect == QRS_DIALECT_DRAFT03 || !take(ctx, &at, "VANISHED ", 9))
        return 0;
    earlier = take(ctx, &at, "(EARLIER) ", 10);
    /* known-uids: a sequence-set without '*' (RFC 7162 section 3.2.10),
     * then the line's end. */
    set = ctx->base + at;
    if (set >= ctx->lim || !qrs_scan_set(ctx->base, set, ctx->lim, &set_end, &elements, &flags) ||
        (flags & QRS_SET_HAS_STAR) || elements > ctx->max_set_elements || ctx->lim - set_end != 2 ||
        set_end[0] != '\r' || set_end[1] != '\n')
        return 0;
    qrs_seqset uids;
    uids.text.ptr = set;
    uids.text.len = (size_t)(set_end - set);
    uids.elements = (uint32_t)elements;
    uids.flags = flags;
    qrs_act_vanished(ctx, earlier, uids);
    return 1;
}

/* 1 when the message was one of the lines above and is now in ctx->msg;
 * 0 with ctx, the message node and the arena as they were before. */
static int fast_response(qrs_ctx *ctx, size_t arena_mark)
{
    size_t at = 0;
    int done = 0;
    if (take(ctx, &at, "* ", 2)) {
        unsigned char b = (unsigned char)ctx->base[at < (size_t)(ctx->lim - ctx->base) ? at : 0];
        if (b == 'O')
            done = take(ctx, &at, "OK [", 4) && fast_highestmodseq(ctx, at);
        else if (b == 'V')
            done = fast_vanished(ctx, at);
        else if ((unsigned)(b - '0') < 10u)
            done = fast_fetch(ctx, at);
    }
    if (!done) {
        forget_error(ctx);
        memset(ctx->msg, 0, sizeof *ctx->msg);
        memset(&ctx->van, 0, sizeof ctx->van);
        ctx->arena->used = arena_mark;
        ctx->cur = ctx->tok = ctx->mar = ctx->base;
    }
    return done;
}

static qrs_code run(qrs_ctx *ctx, size_t arena_mark)
{
    int rc = qrs_yyparse(ctx);
    if (rc != 0) {
        /* rc 2 without a recorded error: the fixed parser stack is full, which
         * only right-nested rules such as NOT NOT NOT ... can reach. */
        if (!ctx->failed)
            qrs_fail(ctx, rc == 2 ? QRS_E_TOO_DEEP : QRS_E_SYNTAX, (size_t)(ctx->tok - ctx->base), "",
                     rc == 2 ? "nesting deeper than the parser stack" : "syntax error");
        ctx->arena->used = arena_mark; /* nothing of a failed parse stays in the arena */
        return ctx->err->code;
    }
    return QRS_OK;
}

qrs_code qrs_parse(const char *buf, size_t len, const qrs_options *opts, qrs_arena *arena, const qrs_message **out,
                   qrs_error *err)
{
    qrs_ctx ctx;
    qrs_error scratch;
    qrs_code rc;
    if (!err)
        err = &scratch;
    if (out)
        *out = NULL;
    rc = setup(&ctx, buf, len, opts, arena, err);
    if (rc == QRS_OK && !out) {
        qrs_fail(&ctx, QRS_E_INVALID_ARGUMENT, 0, "argument", "out is NULL");
        rc = QRS_E_INVALID_ARGUMENT;
    }
    if (rc != QRS_OK)
        return rc;
    size_t mark = arena->used;
    ctx.msg = qrs_alloc(&ctx, sizeof *ctx.msg, 0);
    if (!ctx.msg)
        return err->code;
    ctx.mode = QRS_LEX_START;
    ctx.start_token = ctx.server ? QRS_TOK_START_RESPONSE : QRS_TOK_START_COMMAND;
    if (!(ctx.server && fast_response(&ctx, arena->used))) {
        rc = run(&ctx, mark);
        if (rc != QRS_OK)
            return rc;
    }
    ctx.msg->raw.ptr = ctx.base;
    ctx.msg->raw.len = len;
    *out = ctx.msg;
    return QRS_OK;
}

/* A whole bare sequence-set that the set scan finds valid needs neither
 * the parser nor its context: 1 with *out (zeroed by the caller) filled.
 * Anything else (errors included) is left to the parser, which reports it. */
static int bare_set(const char *buf, size_t len, const qrs_options *opts, const qrs_arena *arena, qrs_fragment *out)
{
    const char *end;
    uint64_t elements;
    uint32_t flags;
    if (check_arguments(buf, len, opts, arena) != QRS_OK ||
        !qrs_scan_set(buf, buf, buf + len, &end, &elements, &flags) || end != buf + len ||
        elements > max_set_elements(opts))
        return 0;
    out->rule = QRS_RULE_SEQUENCE_SET;
    out->set.text.ptr = buf;
    out->set.text.len = len;
    out->set.elements = (uint32_t)elements;
    out->set.flags = flags;
    return 1;
}

qrs_code qrs_parse_fragment(qrs_rule rule, const char *buf, size_t len, const qrs_options *opts, qrs_arena *arena,
                            qrs_fragment *out, qrs_error *err)
{
    static const int start[QRS_RULE_COUNT_] = {
        QRS_TOK_START_SEQUENCE_SET, QRS_TOK_START_KNOWN_UIDS, QRS_TOK_START_SEQ_MATCH_DATA,
        QRS_TOK_START_SELECT_PARAM, QRS_TOK_START_FETCH_MODIFIER, QRS_TOK_START_STORE_MODIFIER,
        QRS_TOK_START_EXPUNGED_RESP, QRS_TOK_START_MOD_SEQUENCE_VALUE, QRS_TOK_START_MOD_SEQUENCE_VALZER,
        QRS_TOK_START_SEARCH_MODSEQUENCE, QRS_TOK_START_RESP_TEXT_CODE, QRS_TOK_START_FETCH_MOD_RESP,
        QRS_TOK_START_STATUS_ATT_VAL, QRS_TOK_START_FETCH_ATT, QRS_TOK_START_FLAG_LIST,
        QRS_TOK_START_FLAG_FETCH,
    };
    qrs_ctx ctx;
    qrs_error scratch;
    qrs_code rc;
    /* out is zeroed before anything else, so also when an argument is refused
     * (qresync.h) */
    if (out)
        qrs_clear(out, sizeof *out);
    if (rule == QRS_RULE_SEQUENCE_SET && out && len && bare_set(buf, len, opts ? opts : &default_options, arena, out)) {
        if (err)
            no_error(err);
        return QRS_OK;
    }
    if (!err)
        err = &scratch;
    rc = setup(&ctx, buf, len, opts, arena, err);
    if (rc == QRS_OK && (!out || (unsigned)rule >= QRS_RULE_COUNT_)) {
        qrs_fail(&ctx, QRS_E_INVALID_ARGUMENT, 0, "argument", "invalid rule or out is NULL");
        rc = QRS_E_INVALID_ARGUMENT;
    }
    if (rc != QRS_OK)
        return rc;
    out->rule = rule;
    ctx.frag = out;
    ctx.server = rule == QRS_RULE_EXPUNGED_RESP || rule == QRS_RULE_RESP_TEXT_CODE ||
                 rule == QRS_RULE_FETCH_MOD_RESP || rule == QRS_RULE_STATUS_ATT_VAL;
    ctx.mode = rule == QRS_RULE_RESP_TEXT_CODE ? QRS_LEX_CODE_NAME : QRS_LEX_NORMAL;
    ctx.start_token = start[rule];
    rc = run(&ctx, arena->used);
    if (rc != QRS_OK)
        memset(out, 0, sizeof *out);
    return rc;
}
