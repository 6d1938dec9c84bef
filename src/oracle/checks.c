/*
 * checks.c - the constraints that the documents state only in prose or in
 * comments beside the ABNF, applied by the oracle to every match of a rule.
 *
 * Each check reads the matched text itself, with no help from the parser,
 * so that the oracle stays an independent witness.  The table at the end
 * names the rule, the check and its source; grammar/abnf/README.md lists the
 * same constraints.
 */
#include "oracle/internal.h"

#include <string.h>

/* MARK: - Small readers */

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static char upper(char c)
{
    return c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c;
}

/* Whether s[0..n) starts with the word w, case-insensitively, followed by
 * the end, a space or one of the bytes of stop. */
static int starts_with_word(const char *s, size_t n, const char *w, const char *stop)
{
    size_t k = strlen(w);
    if (n < k)
        return 0;
    for (size_t i = 0; i < k; i++)
        if (upper(s[i]) != w[i])
            return 0;
    return n == k || s[k] == ' ' || strchr(stop, s[k]) != NULL;
}

/* Value of the digits s[0..n); 0 and *overflow when above limit. */
static uint64_t value(const char *s, size_t n, uint64_t limit, int *overflow)
{
    uint64_t v = 0;
    *overflow = 0;
    for (size_t i = 0; i < n; i++) {
        uint64_t d = (uint64_t)(s[i] - '0');
        if (v > (limit - d) / 10u) {
            *overflow = 1;
            return 0;
        }
        v = v * 10u + d;
    }
    return v;
}

/* MARK: - Numbers */

/* RFC 3501 section 9: number is an unsigned 32-bit integer, 0 <= n < 4,294,967,296;
 * nz-number 0 < n < 4,294,967,296 (the ABNF already excludes 0). */
static int check_number(const char *s, size_t n, qrs_dialect d)
{
    int overflow;
    (void)d;
    value(s, n, UINT32_MAX, &overflow);
    return !overflow;
}

/* RFC 7162 section 7: 1 <= n <= 9,223,372,036,854,775,807 (2^63-1);
 * RFC 4551 section 4 (draft -03, RFC 5162): 1 <= n < 18,446,744,073,709,551,615. */
static int modseq_ok(const char *s, size_t n, qrs_dialect d, int zero_allowed)
{
    int overflow;
    uint64_t limit = d == QRS_DIALECT_RFC7162 ? (uint64_t)INT64_MAX : UINT64_MAX - 1u;
    uint64_t v = value(s, n, limit, &overflow);
    return !overflow && (v > 0 || zero_allowed);
}

static int check_modseq_value(const char *s, size_t n, qrs_dialect d)
{
    return modseq_ok(s, n, d, 0);
}

static int check_modseq_valzer(const char *s, size_t n, qrs_dialect d)
{
    return modseq_ok(s, n, d, 1);
}

/* MARK: - Sets */

/* Read one seq-number at *p: its value, or 0 for '*'. */
static uint32_t read_seq(const char **p, const char *end)
{
    if (*p < end && **p == '*') {
        (*p)++;
        return 0;
    }
    uint32_t v = 0;
    while (*p < end && is_digit(**p))
        v = v * 10u + (uint32_t)(*(*p)++ - '0'); /* range already checked by nz-number */
    return v;
}

static int has_star(const char *s, size_t n)
{
    return memchr(s, '*', n) != NULL;
}

/* RFC 7162 section 3.2.5 (and RFC 5162 section 3.1, draft -03 section 3.1):
 * the known-uids set "MUST NOT contain '*'". */
static int check_no_star(const char *s, size_t n, qrs_dialect d)
{
    (void)d;
    return !has_star(s, n);
}

/* RFC 7162 section 3.2.5.2: the message sequence numbers and UIDs of
 * seq-match-data are listed in ascending order, with no '*'. */
static int check_ascending(const char *s, size_t n, qrs_dialect d)
{
    const char *p = s, *end = s + n;
    uint64_t prev = 0;
    (void)d;
    if (has_star(s, n))
        return 0;
    while (p < end) {
        uint32_t a = read_seq(&p, end), b = a;
        if (p < end && *p == ':') {
            p++;
            b = read_seq(&p, end);
        }
        if (a > b || a <= prev)
            return 0;
        prev = b;
        if (p < end)
            p++; /* ',' */
    }
    return 1;
}

/* Number of messages a set without '*' stands for. */
static uint64_t cardinality(const char *s, size_t n)
{
    const char *p = s, *end = s + n;
    uint64_t total = 0;
    while (p < end) {
        uint32_t a = read_seq(&p, end), b = a;
        if (p < end && *p == ':') {
            p++;
            b = read_seq(&p, end);
        }
        total += (uint64_t)(a > b ? a - b : b - a) + 1u;
        if (p < end)
            p++; /* ',' */
    }
    return total;
}

/* seq-match-data = "(" known-sequence-set SP known-uid-set ")": the Nth
 * message number pairs with the Nth UID (RFC 7162 section 3.2.5.2), so both
 * sets stand for the same number of messages. */
static int check_seq_match(const char *s, size_t n, qrs_dialect d)
{
    const char *sp = memchr(s, ' ', n);
    (void)d;
    if (!sp || n < 2)
        return 0;
    return cardinality(s + 1, (size_t)(sp - s - 1)) == cardinality(sp + 1, (size_t)(s + n - sp - 2));
}

/* MARK: - Parameters given once */

/* When s[i] opens a quoted string or a literal, the index of its last byte
 * (n - 1 when it is cut short); else i.  Parentheses and words inside one
 * are data, so the list scanners below step over it. */
static size_t skip_string(const char *s, size_t n, size_t i)
{
    if (s[i] == '"') {
        for (size_t j = i + 1; j < n; j++) {
            if (s[j] == '\\')
                j++;
            else if (s[j] == '"')
                return j;
        }
        return n - 1;
    }
    if (s[i] == '{') { /* "{" number "}" CRLF, then that many bytes */
        size_t j = i + 1, k = 0;
        while (j < n && is_digit(s[j]))
            k = k * 10 + (size_t)(s[j++] - '0');
        if (j + 2 < n && s[j] == '}' && s[j + 1] == '\r' && s[j + 2] == '\n')
            return j + 2 + k < n ? j + 2 + k : n - 1;
    }
    return i;
}

/* Count the list entries of s[0..n) (entries separated by SP, at parenthesis
 * depth 1, inside the first "(") that start with the word w. */
static size_t count_named(const char *s, size_t n, const char *w)
{
    size_t count = 0;
    int depth = 0;
    for (size_t i = 0; i < n; i++) {
        size_t end = skip_string(s, n, i);
        if (end != i) {
            i = end;
            continue;
        }
        char c = s[i];
        if (c == '(')
            depth++; /* brackets are not counted: "]" may stand alone in an astring */
        else if (c == ')')
            depth--;
        if (depth == 1 && (c == '(' || c == ' ') && starts_with_word(s + i + 1, n - i - 1, w, ")"))
            count++;
    }
    return count;
}

/* RFC 4466 section 2.1 leaves a repeated select parameter without meaning;
 * libqresync refuses QRESYNC or CONDSTORE given twice. */
static int check_select_params(const char *s, size_t n, qrs_dialect d)
{
    (void)d;
    return count_named(s, n, "QRESYNC") <= 1 && count_named(s, n, "CONDSTORE") <= 1;
}

/* RFC 7162 section 7 (RFC 4551 section 4): "Only a single UNCHANGEDSINCE may
 * be specified in a STORE operation." */
static int check_store_modifiers(const char *s, size_t n, qrs_dialect d)
{
    (void)d;
    return count_named(s, n, "UNCHANGEDSINCE") <= 1;
}

/* draft -03 section 6, comment of expunge-correlator: "all correlator types
 * must be specified only once"; TAG is its only type. */
static int check_correlators(const char *s, size_t n, qrs_dialect d)
{
    (void)d;
    return count_named(s, n, "TAG") <= 1;
}

/* RFC 7162 section 3.2.6 (RFC 5162 section 3.2, draft -03 section 3.2):
 * one CHANGEDSINCE; the VANISHED modifier at most once and only with
 * CHANGEDSINCE.  Applied to fetch-modifiers. */
static int check_fetch_modifiers(const char *s, size_t n, qrs_dialect d)
{
    (void)d;
    size_t changedsince = count_named(s, n, "CHANGEDSINCE"), vanished = count_named(s, n, "VANISHED");
    return changedsince <= 1 && vanished <= 1 && (vanished == 0 || changedsince == 1);
}

/* "[VANISHED] is only allowed in the UID FETCH command" (same sections):
 * command-select reaches fetch without UID. */
static int check_plain_fetch(const char *s, size_t n, qrs_dialect d)
{
    (void)d;
    if (!starts_with_word(s, n, "FETCH", ""))
        return 1;
    const char *open = NULL;
    for (size_t i = n; i > 0; i--) /* the modifiers are the last parenthesised list */
        if (s[i - 1] == '(') {
            open = s + i - 1;
            break;
        }
    return !open || count_named(open - 1, (size_t)(s + n - open + 1), "VANISHED") == 0;
}

/* Length of the parenthesized group that s starts with (up to its ")"), or n. */
static size_t group_length(const char *s, size_t n)
{
    int depth = 0;
    for (size_t i = 0; i < n; i++) {
        size_t end = skip_string(s, n, i);
        if (end != i)
            i = end;
        else if (s[i] == '(')
            depth++;
        else if (s[i] == ')' && --depth == 0)
            return i + 1;
    }
    return n;
}

/* RFC 3501 section 6.4.5: ALL, FAST and FULL are macros that stand alone,
 * never inside a parenthesized list, so the generic-att-name of a list is
 * none of them. */
static int check_fetch_macros(const char *s, size_t n, qrs_dialect d)
{
    (void)d;
    /* "FETCH" SP sequence-set SP (macro / fetch-att / "(" ... ")") */
    const char *sp = memchr(s, ' ', n);
    const char *sp2 = sp ? memchr(sp + 1, ' ', (size_t)(s + n - sp - 1)) : NULL;
    if (!sp2 || sp2 + 1 >= s + n || sp2[1] != '(')
        return 1;
    const char *list = sp2 + 1;
    size_t len = group_length(list, (size_t)(s + n - list));
    return count_named(list, len, "ALL") + count_named(list, len, "FAST") + count_named(list, len, "FULL") == 0;
}

/* MARK: - The commit convention
 *
 * grammar/abnf/README.md: once a name that a specific rule defines has been
 * read, only that rule applies; the RFC 4466 generic rules are for the
 * other names.  So a generic parameter or modifier name is never one of
 * the specific ones. */

static int is_word(const char *s, size_t n, const char *w)
{
    return strlen(w) == n && starts_with_word(s, n, w, "");
}

static int check_select_param_name(const char *s, size_t n, qrs_dialect d)
{
    (void)d;
    return !is_word(s, n, "QRESYNC") && !is_word(s, n, "CONDSTORE");
}

static int check_fetch_modifier_name(const char *s, size_t n, qrs_dialect d)
{
    (void)d;
    return !is_word(s, n, "CHANGEDSINCE");
}

static int check_store_modifier_name(const char *s, size_t n, qrs_dialect d)
{
    (void)d;
    return !is_word(s, n, "UNCHANGEDSINCE");
}

/* Whether the word at s (up to SP or the end) is one of names. */
static int word_in(const char *s, size_t n, const char *const *names)
{
    const char *sp = memchr(s, ' ', n);
    size_t len = sp ? (size_t)(sp - s) : n;
    for (size_t i = 0; names[i]; i++)
        if (is_word(s, len, names[i]))
            return 1;
    return 0;
}

/* The commands that libqresync parses with their own rule: the ones the
 * extension touches.  The others of RFC 3501 (CAPABILITY, NOOP, LOGIN,
 * APPEND, COPY, ...) are read in the generic shape (grammar/abnf/README.md,
 * stand-ins), so their names are generic names too. */
static const char *const command_names[] = {"SELECT", "EXAMINE", "FETCH", "STORE", "SEARCH", "STATUS", NULL};
/* After UID, these take the specific rule; UID with any other word (UID
 * EXPUNGE, UID MOVE, UID COPY) is a generic command. */
static const char *const uid_commands[] = {"FETCH", "STORE", "SEARCH", NULL};

/* generic-command = tag SP generic-name *(SP generic-item) */
static int check_generic_command(const char *s, size_t n, qrs_dialect d)
{
    const char *sp = memchr(s, ' ', n), *end = s + n;
    if (!sp)
        return 0;
    const char *name = sp + 1;
    size_t rest = (size_t)(end - name);
    if (d != QRS_DIALECT_DRAFT03 && starts_with_word(name, rest, "ENABLE", ""))
        return 0; /* RFC 5161: a rule of its own (draft -03 has no ENABLE) */
    if (starts_with_word(name, rest, "UID", "")) {
        /* UID followed by the name of another command, itself a generic name */
        const char *next = memchr(name, ' ', rest);
        if (!next)
            return 0;
        const char *w = next + 1, *w_end = memchr(w, ' ', (size_t)(end - w));
        size_t wlen = w_end ? (size_t)(w_end - w) : (size_t)(end - w);
        int named = 0;
        for (size_t i = 0; i < wlen; i++) {
            char c = w[i];
            if (c == '(' || c == ')' || c == '"' || c == '{' || c == '\\' || c == '*' || c == '%' || c == ']')
                return 0;
            named |= !is_digit(c) && c != ':' && c != ',';
        }
        return named && !word_in(w, (size_t)(end - w), uid_commands);
    }
    return !word_in(name, rest, command_names);
}

/* Untagged responses that libqresync parses with their own rule, without
 * and with a leading number.  FLAGS, LIST, LSUB and NAMESPACE are read in
 * the generic shape; ENABLED is RFC 5161's; SORT is RFC 5256's, which
 * generic.abnf adds in every dialect (and RFC 7162 with MODSEQ).
 * After a number, the message-data names are specific too: EXPUNGE and
 * FETCH take the number, and VANISHED (message-data =/ expunged-resp, in
 * every dialect) takes none, so "* 5 VANISHED 1:3" is no response at all. */
static const char *const response_names[] = {"OK",     "NO",      "BAD",     "BYE",      "PREAUTH", "CAPABILITY",
                                              "SEARCH", "STATUS", "ESEARCH", "VANISHED", "SORT",    NULL};
static const char *const numbered_names[] = {"EXISTS", "RECENT", "EXPUNGE", "FETCH", "VANISHED", NULL};

/* generic-response = "*" SP generic-name ... / "*" SP number SP generic-name ... */
static int check_generic_response(const char *s, size_t n, qrs_dialect d)
{
    const char *p = s + 2, *end = s + n;
    if (n < 3)
        return 0;
    if (is_digit(*p)) {
        const char *q = p;
        while (q < end && is_digit(*q))
            q++;
        if (q < end && *q == ' ' && word_in(q + 1, (size_t)(end - q - 1), numbered_names))
            return 0;
    }
    if (d != QRS_DIALECT_DRAFT03 && starts_with_word(p, (size_t)(end - p), "ENABLED", ""))
        return 0;
    return !word_in(p, (size_t)(end - p), response_names);
}

/* A FETCH response item named UID, FLAGS or MODSEQ takes its own rule, not
 * generic-msg-att; other names (RFC822.SIZE, ENVELOPE, ...) are generic. */
static int check_generic_msg_att(const char *s, size_t n, qrs_dialect d)
{
    (void)d;
    return !starts_with_word(s, n, "UID", "") && !starts_with_word(s, n, "FLAGS", "") &&
           !starts_with_word(s, n, "MODSEQ", "");
}

/* RFC 4731 section 3.2 (RFC 7162 section 3.1.10): MODSEQ in ESEARCH data
 * has its own rule, and UID is the indicator of RFC 4466's esearch-response,
 * so neither is a generic search-return-data name. */
static int check_search_return_data(const char *s, size_t n, qrs_dialect d)
{
    (void)d;
    if (starts_with_word(s, n, "UID", ""))
        return 0; /* the ESEARCH UID indicator, not a return-data name */
    if (!starts_with_word(s, n, "MODSEQ", ""))
        return 1;
    /* only the specific form "MODSEQ" SP mod-sequence-value (its range is
     * checked by the mod-sequence-value check) */
    if (n <= 7)
        return 0;
    for (size_t i = 7; i < n; i++)
        if (!is_digit(s[i]))
            return 0;
    return 1;
}

/* MARK: - Literals */

/* literal = "{" number "}" CRLF *CHAR8: "Number represents the number of
 * CHAR8s" (RFC 3501 section 9). */
static int check_literal(const char *s, size_t n, qrs_dialect d)
{
    const char *crlf = memchr(s, '\n', n);
    int overflow;
    (void)d;
    if (!crlf || crlf - s < 4)
        return 0;
    size_t digits_len = (size_t)(crlf - s) - 3; /* "{" digits "}" CR */
    uint64_t count = value(s + 1, digits_len, UINT32_MAX, &overflow);
    return !overflow && count == (uint64_t)(s + n - crlf - 1);
}

/* MARK: - The table */

static const qrs_abnf_check checks[] = {
    {"number", "RFC 3501 section 9, comment of number", check_number},
    {"literal", "RFC 3501 section 9, comment of literal: the number counts the CHAR8s", check_literal},
    {"nz-number", "RFC 3501 section 9, comment of nz-number", check_number},
    {"mod-sequence-value", "RFC 7162 section 7 / RFC 4551 section 4, comment of mod-sequence-value",
     check_modseq_value},
    {"mod-sequence-valzer", "RFC 7162 section 7 / RFC 4551 section 4, comment of mod-sequence-valzer",
     check_modseq_valzer},
    {"known-uids", "RFC 7162 section 7, comment of known-uids: '*' is not allowed", check_no_star},
    {"known-sequence-set", "RFC 7162 section 7, comment of known-sequence-set: ascending, no '*'",
     check_ascending},
    {"known-uid-set", "RFC 7162 section 7, comment of known-uid-set: ascending, no '*'", check_ascending},
    {"seq-match-data", "RFC 7162 section 3.2.5.2: the two sets pair up", check_seq_match},
    {"select-params", "RFC 4466 section 2.1: one QRESYNC, one CONDSTORE", check_select_params},
    {"expunge-correlator", "draft-ietf-lemonade-reconnect-client-03 section 6, comment of expunge-correlator",
     check_correlators},
    {"select-param-name", "grammar/abnf/README.md, the commit convention", check_select_param_name},
    {"fetch-modifier-name", "grammar/abnf/README.md, the commit convention", check_fetch_modifier_name},
    {"store-modifier-name", "grammar/abnf/README.md, the commit convention", check_store_modifier_name},
    {"generic-command", "grammar/abnf/README.md, the commit convention", check_generic_command},
    {"generic-response", "grammar/abnf/README.md, the commit convention", check_generic_response},
    {"fetch-modifiers", "RFC 7162 section 3.2.6: one CHANGEDSINCE, VANISHED once and with it", check_fetch_modifiers},
    {"command-select", "RFC 7162 section 3.2.6: VANISHED only in UID FETCH", check_plain_fetch},
    {"fetch", "RFC 3501 section 6.4.5: the macros stand alone", check_fetch_macros},
    {"generic-msg-att", "grammar/abnf/README.md, the commit convention", check_generic_msg_att},
    {"search-return-data", "grammar/abnf/README.md, the commit convention (RFC 4731 MODSEQ)",
     check_search_return_data},
    {"store-modifiers", "RFC 7162 section 7, comment of store-modifier: one UNCHANGEDSINCE",
     check_store_modifiers},
};

/* grammar/abnf/README.md: the response codes of the implemented documents,
 * and UIDNEXT, UIDVALIDITY and UNSEEN, commit to their own alternative; the
 * other RFC 3501 codes may also be read by the generic atom [SP ...].  A
 * code commits only in the dialects that define it (abnf.c): CLOSED is not
 * in draft -03. */
static const char *const code_names[] = {"HIGHESTMODSEQ", "NOMODSEQ", "MODIFIED", "CLOSED",
                                         "UIDNEXT",       "UIDVALIDITY", "UNSEEN", NULL};

static const qrs_abnf_commit commit_rules[] = {{"resp-text-code", code_names}};

const qrs_abnf_commit *qrs_abnf_commit_rules(size_t *n)
{
    *n = sizeof commit_rules / sizeof commit_rules[0];
    return commit_rules;
}

const qrs_abnf_check *qrs_abnf_checks(size_t *n)
{
    *n = sizeof checks / sizeof checks[0];
    return checks;
}
