/*
 * error.c - error recording and the names of codes, kinds, rules, dialects
 * and leniency flags.  All strings are static: nothing to free.
 */
#include <string.h>

#include "internal.h"

/* Whether an error of this code at offset could go away with more bytes
 * after the input: the principle is that an error is only reported when no
 * continuation of the input could make it valid.  Only what lies at the
 * end can change.  At the end itself, a syntax error is "something else
 * was due here", which is still to come.  In the token the end cut into
 * (ctx->open_token), a longer token may be another word: "O" may become
 * OK, "FLA" FLAGS, "BODY[HEAD" a section-word, so any syntax error in it
 * may go away; and the last element of a set or number may grow: "3,2"
 * may become the ascending "3,20", and the mod-sequence "0" the valid
 * "01" (mod-sequence-value is 1*DIGIT).  The other codes cannot be cured
 * by more digits or letters: a 0 where nz-number is due stays a 0 ("01"
 * is no nz-number), a number above a limit only grows, and '*', 8-bit
 * bytes, duplicates, a dialect's construct or a limit stay what they
 * are. */
static int curable(const qrs_ctx *ctx, qrs_code code, size_t offset)
{
    size_t len = (size_t)(ctx->lim - ctx->base);
    if (code == QRS_E_SYNTAX && offset >= len)
        return 1;
    if (!ctx->open_token || offset < ctx->open_token - 1)
        return 0;
    if (code == QRS_E_SYNTAX)
        return 1;
    if (code != QRS_E_NOT_ASCENDING && code != QRS_E_MODSEQ_ZERO)
        return 0;
    /* the last element of the cut token: after its last ',' */
    size_t last = len;
    while (last > ctx->open_token - 1 && ctx->base[last - 1] != ',')
        last--;
    return offset >= last;
}

int qrs_fail(qrs_ctx *ctx, qrs_code code, size_t offset, const char *rule, const char *message)
{
    /* The first error is the one that explains the input; later ones are echoes. */
    if (ctx->failed)
        return 0;
    /* A message whose input stops where more bytes could complete it may
     * just be unfinished (a stream reader needs to know).  Fragments have
     * no such reading. */
    if (ctx->msg && curable(ctx, code, offset)) {
        code = QRS_E_INCOMPLETE;
        message = "input ends before the message is complete";
    }
    ctx->failed = 1;
    ctx->err->code = code;
    ctx->err->offset = offset;
    ctx->err->rule = rule ? rule : "unknown";
    ctx->err->message = message;
    ctx->err->n_expected = 0;
    return 0;
}

const char *qrs_code_name(qrs_code code)
{
    static const char *const names[] = {
        "ok", "syntax", "incomplete", "number-range", "modseq-range", "modseq-zero", "star-forbidden",
        "not-ascending", "set-mismatch", "duplicate", "modifier-context", "dialect", "8bit", "too-long",
        "too-many-elements", "too-deep", "arena-full", "invalid-argument",
    };
    if ((unsigned)code < sizeof names / sizeof names[0])
        return names[code];
    return "unknown";
}

static const char *const lenient_names[] = {
    "missing-text", "modseq-64bit", "star-in-known", "modseq-zero", "search-empty-modseq", "literal-plus", "8bit-text",
};

const char *qrs_lenient_name(uint32_t flag)
{
    for (unsigned i = 0; i < sizeof lenient_names / sizeof lenient_names[0]; i++)
        if (flag == (1u << i))
            return lenient_names[i];
    return NULL;
}

uint32_t qrs_lenient_from_name(const char *name, size_t len)
{
    if (!name)
        return 0;
    if (len == 3 && !memcmp(name, "all", 3))
        return QRS_LENIENT_ALL;
    for (unsigned i = 0; i < sizeof lenient_names / sizeof lenient_names[0]; i++)
        if (strlen(lenient_names[i]) == len && !memcmp(name, lenient_names[i], len))
            return 1u << i;
    return 0;
}

const char *qrs_dialect_name(qrs_dialect d)
{
    switch (d) {
    case QRS_DIALECT_RFC7162:
        return "rfc7162";
    case QRS_DIALECT_RFC5162:
        return "rfc5162";
    case QRS_DIALECT_DRAFT03:
        return "draft03";
    }
    return NULL;
}

const char *qrs_kind_name(qrs_kind kind)
{
    static const char *const names[] = {
        "none", "select", "fetch", "store", "search", "enable", "status", "other",
        "cond", "vanished", "fetch-response", "enabled", "capability", "search-response", "esearch",
        "status-response", "continue", "other-response",
    };
    if ((unsigned)kind < sizeof names / sizeof names[0])
        return names[kind];
    return "none";
}

static const char *const rule_names[QRS_RULE_COUNT_] = {
    "sequence-set", "known-uids", "seq-match-data", "select-param", "fetch-modifier", "store-modifier",
    "expunged-resp", "mod-sequence-value", "mod-sequence-valzer", "search-modsequence", "resp-text-code",
    "fetch-mod-resp", "status-att-val", "fetch-att", "flag-list", "flag-fetch",
};

const char *qrs_rule_name(qrs_rule rule)
{
    if ((unsigned)rule < QRS_RULE_COUNT_)
        return rule_names[rule];
    return NULL;
}

int qrs_rule_from_name(const char *name, size_t len)
{
    if (!name)
        return -1;
    for (int i = 0; i < QRS_RULE_COUNT_; i++)
        if (strlen(rule_names[i]) == len && !memcmp(name, rule_names[i], len))
            return i;
    return -1;
}
