/*
 * parse.c - the public entry points: check arguments, pick the start rule,
 * run the generated parser over the caller's buffer, and report the result.
 * The only file in src/ that calls the generated parser.
 */
#include <string.h>

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

/* Shared set-up; returns QRS_OK or an argument error already written to err. */
static qrs_code setup(qrs_ctx *ctx, const char *buf, size_t len, const qrs_options *opts, qrs_arena *arena,
                      qrs_error *err)
{
    static const qrs_options defaults; /* const: rfc7162, auto, strict, default limits */
    if (!opts)
        opts = &defaults;
    memset(ctx, 0, sizeof *ctx);
    memset(err, 0, sizeof *err);
    ctx->err = err;
    err->rule = "none";
    err->message = "no error";
    if (!arena || (!buf && len) || (unsigned)opts->dialect > QRS_DIALECT_DRAFT03 ||
        (unsigned)opts->side > QRS_SIDE_SERVER || opts->max_depth > QRS_MAX_DEPTH_LIMIT) {
        qrs_fail(ctx, QRS_E_INVALID_ARGUMENT, 0, "argument", "invalid argument");
        return QRS_E_INVALID_ARGUMENT;
    }
    size_t max_len = opts->max_message_len ? opts->max_message_len : QRS_DEFAULT_MAX_MESSAGE_LEN;
    if (len > max_len) {
        qrs_fail(ctx, QRS_E_TOO_LONG, max_len, "message", "input longer than max_message_len");
        return QRS_E_TOO_LONG;
    }
    ctx->base = ctx->cur = ctx->tok = ctx->mar = buf ? buf : "";
    ctx->lim = ctx->base + len;
    ctx->arena = arena;
    ctx->dialect = opts->dialect;
    ctx->lenient = opts->lenient & QRS_LENIENT_ALL;
    ctx->max_set_elements = opts->max_set_elements ? opts->max_set_elements : QRS_DEFAULT_MAX_SET_ELEMENTS;
    ctx->max_depth = opts->max_depth ? opts->max_depth : QRS_DEFAULT_MAX_DEPTH;
    if (opts->side == QRS_SIDE_AUTO)
        ctx->server = looks_like_response(ctx->base, len);
    else
        ctx->server = opts->side == QRS_SIDE_SERVER;
    return QRS_OK;
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
    rc = run(&ctx, mark);
    if (rc != QRS_OK)
        return rc;
    ctx.msg->raw.ptr = ctx.base;
    ctx.msg->raw.len = len;
    *out = ctx.msg;
    return QRS_OK;
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
    if (!err)
        err = &scratch;
    rc = setup(&ctx, buf, len, opts, arena, err);
    if (rc == QRS_OK && (!out || (unsigned)rule >= QRS_RULE_COUNT_)) {
        qrs_fail(&ctx, QRS_E_INVALID_ARGUMENT, 0, "argument", "invalid rule or out is NULL");
        rc = QRS_E_INVALID_ARGUMENT;
    }
    if (rc != QRS_OK)
        return rc;
    memset(out, 0, sizeof *out);
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
