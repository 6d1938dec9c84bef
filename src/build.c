/*
 * build.c - values to protocol text.  Each builder checks its values against
 * the dialect's grammar before writing anything, so it never emits what the
 * parser would refuse: no 0 in a set or as a UID (Dovecot once sent
 * "VANISHED 0:1"), no empty set, no '*' where it is forbidden, no
 * mod-sequence past the dialect's limit, no unpaired seq-match-data.
 */
#include <string.h>

#include "writer.h"

/* MARK: - Checks */

static qrs_code check_modseq(qrs_dialect dialect, uint64_t v, int allow_zero)
{
    if (v == 0 && !allow_zero)
        return QRS_E_MODSEQ_ZERO;
    return v > qrs_modseq_limit(dialect) ? QRS_E_MODSEQ_RANGE : QRS_OK;
}

/* A normalized, non-empty range list without 0. */
static qrs_code check_ranges(const qrs_ranges *r)
{
    if (!r || !r->n)
        return QRS_E_INVALID_ARGUMENT;
    for (size_t i = 0; i < r->n; i++) {
        if (r->v[i].lo == 0)
            return QRS_E_NUMBER_RANGE;
        if (r->v[i].lo > r->v[i].hi || (i && (uint64_t)r->v[i].lo <= (uint64_t)r->v[i - 1].hi + 1u))
            return QRS_E_INVALID_ARGUMENT; /* not normalized */
    }
    return QRS_OK;
}

/* Text the caller gives for a piece of the grammar (a sequence-set, fetch
 * attributes, flags), checked with the parser's own rule: the builder then
 * writes nothing the parser would refuse.  These rules take no nodes. */
static qrs_code check_text(qrs_rule rule, const char *text)
{
    qrs_arena none;
    qrs_fragment frag;
    if (!text || !*text)
        return QRS_E_INVALID_ARGUMENT;
    qrs_arena_init(&none, NULL, 0);
    return qrs_parse_fragment(rule, text, strlen(text), NULL, &none, &frag, NULL);
}

/* abnf: tag
 * tag = 1*<any ASTRING-CHAR except "+"> */
static int valid_tag(const char *tag)
{
    if (!tag || !*tag)
        return 0;
    for (const char *p = tag; *p; p++)
        if (*p == '+' || (!qrs_is_atom_char((unsigned char)*p) && *p != ']'))
            return 0;
    return 1;
}

/* abnf: text
 * 1*TEXT-CHAR, and not starting with "[", which a reader would take for a
 * response code, nor ending in "{n}" or "{n+}", which a framer would take
 * for a literal announcement (RFC 3501 section 4.3) and then swallow the
 * next n bytes of the stream into this line. */
static int valid_text(const char *text)
{
    uint64_t n;
    int sync;
    if (!text || !*text || *text == '[')
        return 0;
    size_t len = 0;
    for (const unsigned char *p = (const unsigned char *)text; *p; p++, len++)
        if (*p == '\r' || *p == '\n' || *p >= 0x80)
            return 0;
    return !qrs_literal_announced(text, 0, len, &n, &sync);
}

/* MARK: - Pieces */

/* A mailbox as an atom when it can be one, else as a quoted string (RFC 3501
 * astring).  0 when neither can carry it (CR, LF, 8-bit: a literal would be
 * needed, which a one-shot builder cannot send). */
static int put_astring(qrs_writer *w, const char *s)
{
    int atom = *s != 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '\r' || *p == '\n' || *p >= 0x80)
            return 0;
        atom = atom && qrs_is_atom_char(*p);
    }
    if (atom) {
        qrs_w_str(w, s);
        return 1;
    }
    qrs_w_str(w, "\"");
    for (const char *p = s; *p; p++) {
        if (*p == '"' || *p == '\\')
            qrs_w_put(w, "\\", 1);
        qrs_w_put(w, p, 1);
    }
    qrs_w_str(w, "\"");
    return 1;
}

/* Strictly ascending numbers as a sequence-set of runs ("1:3,7"). */
static void put_runs(qrs_writer *w, const uint32_t *v, size_t n)
{
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j + 1 < n && v[j + 1] == v[j] + 1u)
            j++;
        if (i)
            qrs_w_str(w, ",");
        qrs_w_u64(w, v[i]);
        if (j > i) {
            qrs_w_str(w, ":");
            qrs_w_u64(w, v[j]);
        }
        i = j + 1;
    }
}

static qrs_code check_ascending(const uint32_t *v, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (v[i] == 0)
            return QRS_E_NUMBER_RANGE;
        if (i && v[i] <= v[i - 1])
            return QRS_E_NOT_ASCENDING;
    }
    return QRS_OK;
}

static qrs_code start(qrs_writer *w, char *buf, size_t cap, size_t *len)
{
    w->buf = buf;
    w->cap = buf ? cap : 0;
    w->len = 0;
    w->scratch = NULL;
    w->rc = QRS_OK;
    return len ? QRS_OK : QRS_E_INVALID_ARGUMENT;
}

/* MARK: - Builders */

/* abnf: expunged-resp expunge-correlator */
static qrs_code check_vanished(qrs_dialect dialect, int earlier, const char *draft_tag, const qrs_ranges *uids)
{
    qrs_code rc = check_ranges(uids);
    if (rc != QRS_OK)
        return rc;
    if (dialect != QRS_DIALECT_DRAFT03)
        return draft_tag ? QRS_E_DIALECT : QRS_OK;
    /* draft -03 has no (EARLIER): it marks the response with the tag of the
     * command, (TAG "s100"), and only such a response */
    if (earlier && !draft_tag)
        return QRS_E_DIALECT;
    if (draft_tag && (!earlier || !valid_tag(draft_tag)))
        return QRS_E_INVALID_ARGUMENT;
    return QRS_OK;
}

static void put_vanished_head(qrs_writer *w, qrs_dialect dialect, int earlier, const char *draft_tag)
{
    qrs_w_str(w, "* VANISHED ");
    if (earlier && dialect == QRS_DIALECT_DRAFT03) {
        /* tag-string is a string (RFC 4466); a tag has no '"' or '\' to escape */
        qrs_w_str(w, "(TAG \"");
        qrs_w_str(w, draft_tag);
        qrs_w_str(w, "\") ");
    } else if (earlier) {
        qrs_w_str(w, "(EARLIER) ");
    }
}

qrs_code qrs_build_vanished(qrs_dialect dialect, int earlier, const char *draft_tag, const qrs_ranges *uids,
                            char *buf, size_t cap, size_t *len)
{
    qrs_writer w;
    qrs_code rc = start(&w, buf, cap, len);
    if (rc == QRS_OK)
        rc = check_vanished(dialect, earlier, draft_tag, uids);
    if (rc != QRS_OK)
        return rc;
    put_vanished_head(&w, dialect, earlier, draft_tag);
    qrs_w_ranges(&w, uids);
    qrs_w_str(&w, "\r\n");
    return qrs_w_finish(&w, len);
}

/* abnf: select-param seq-match-data */
static qrs_code check_qresync(qrs_dialect dialect, const qrs_qresync_values *q)
{
    qrs_code rc;
    if (q->uidvalidity == 0)
        return QRS_E_NUMBER_RANGE;
    if ((rc = check_modseq(dialect, q->modseq, 0)) != QRS_OK)
        return rc;
    if (q->known_uids && (rc = check_ranges(q->known_uids)) != QRS_OK)
        return rc;
    if (q->match_count) {
        if (!q->match_seqs || !q->match_uids)
            return QRS_E_SET_MISMATCH; /* a message number without its UID, or the reverse */
        if ((rc = check_ascending(q->match_seqs, q->match_count)) != QRS_OK ||
            (rc = check_ascending(q->match_uids, q->match_count)) != QRS_OK)
            return rc;
    }
    return QRS_OK;
}

static void put_qresync(qrs_writer *w, const qrs_qresync_values *q)
{
    qrs_w_str(w, "QRESYNC (");
    qrs_w_u64(w, q->uidvalidity);
    qrs_w_str(w, " ");
    qrs_w_u64(w, q->modseq);
    if (q->known_uids) {
        qrs_w_str(w, " ");
        qrs_w_ranges(w, q->known_uids);
    }
    if (q->match_count) {
        qrs_w_str(w, " (");
        put_runs(w, q->match_seqs, q->match_count);
        qrs_w_str(w, " ");
        put_runs(w, q->match_uids, q->match_count);
        qrs_w_str(w, ")");
    }
    qrs_w_str(w, ")");
}

static qrs_code put_select(qrs_writer *w, const char *tag, int examine, const char *mailbox,
                           const qrs_qresync_values *q, int condstore)
{
    qrs_w_str(w, tag);
    qrs_w_str(w, examine ? " EXAMINE " : " SELECT ");
    if (!put_astring(w, mailbox))
        return QRS_E_INVALID_ARGUMENT;
    if (q || condstore) {
        qrs_w_str(w, " (");
        if (q)
            put_qresync(w, q);
        qrs_w_str(w, q && condstore ? " CONDSTORE" : condstore ? "CONDSTORE" : "");
        qrs_w_str(w, ")");
    }
    qrs_w_str(w, "\r\n");
    return QRS_OK;
}

qrs_code qrs_build_select(qrs_dialect dialect, const char *tag, int examine, const char *mailbox,
                          const qrs_qresync_values *q, int condstore, char *buf, size_t cap, size_t *len)
{
    qrs_writer w, probe = {NULL, 0, 0, NULL, QRS_OK};
    qrs_code rc = start(&w, buf, cap, len);
    if (rc == QRS_OK && (!valid_tag(tag) || !mailbox))
        rc = QRS_E_INVALID_ARGUMENT;
    if (rc == QRS_OK && q)
        rc = check_qresync(dialect, q);
    if (rc == QRS_OK)
        rc = put_select(&probe, tag, examine, mailbox, q, condstore); /* the mailbox check writes nothing */
    if (rc != QRS_OK)
        return rc;
    (void)put_select(&w, tag, examine, mailbox, q, condstore);
    return qrs_w_finish(&w, len);
}

/* abnf: fetch chgsince-fetch-mod rexpunges-fetch-mod */
qrs_code qrs_build_uid_fetch(qrs_dialect dialect, const char *tag, const char *set, const char *atts,
                             uint64_t changedsince, int vanished, char *buf, size_t cap, size_t *len)
{
    qrs_writer w;
    qrs_code rc = start(&w, buf, cap, len);
    if (rc == QRS_OK && !valid_tag(tag))
        rc = QRS_E_INVALID_ARGUMENT;
    if (rc == QRS_OK)
        rc = check_text(QRS_RULE_SEQUENCE_SET, set);
    if (rc == QRS_OK)
        rc = check_text(QRS_RULE_FETCH_ATT, atts);
    if (rc == QRS_OK && changedsince)
        rc = check_modseq(dialect, changedsince, 0);
    if (rc == QRS_OK && vanished && !changedsince)
        rc = QRS_E_MODIFIER_CONTEXT; /* VANISHED only together with CHANGEDSINCE */
    if (rc != QRS_OK)
        return rc;
    qrs_w_str(&w, tag);
    qrs_w_str(&w, " UID FETCH ");
    qrs_w_str(&w, set);
    qrs_w_str(&w, " ");
    qrs_w_str(&w, atts);
    if (changedsince) {
        qrs_w_str(&w, " (CHANGEDSINCE ");
        qrs_w_u64(&w, changedsince);
        qrs_w_str(&w, vanished ? " VANISHED)" : ")");
    }
    qrs_w_str(&w, "\r\n");
    return qrs_w_finish(&w, len);
}

/* abnf: store store-modifier store-att-flags */
qrs_code qrs_build_store(qrs_dialect dialect, const char *tag, int uid, const char *set, uint64_t unchangedsince,
                         const char *action, const char *flags, char *buf, size_t cap, size_t *len)
{
    static const char *const actions[] = {"FLAGS", "+FLAGS", "-FLAGS", "FLAGS.SILENT", "+FLAGS.SILENT",
                                          "-FLAGS.SILENT"};
    qrs_writer w;
    qrs_code rc = start(&w, buf, cap, len);
    int known_action = 0;
    for (size_t i = 0; action && i < sizeof actions / sizeof actions[0]; i++)
        known_action |= !strcmp(action, actions[i]);
    if (rc == QRS_OK && (!valid_tag(tag) || !known_action))
        rc = QRS_E_INVALID_ARGUMENT;
    if (rc == QRS_OK)
        rc = check_text(QRS_RULE_SEQUENCE_SET, set);
    if (rc == QRS_OK)
        rc = check_text(QRS_RULE_FLAG_LIST, flags);
    if (rc == QRS_OK)
        rc = check_modseq(dialect, unchangedsince, 1); /* mod-sequence-valzer: 0 allowed */
    if (rc != QRS_OK)
        return rc;
    qrs_w_str(&w, tag);
    qrs_w_str(&w, uid ? " UID STORE " : " STORE ");
    qrs_w_str(&w, set);
    qrs_w_str(&w, " (UNCHANGEDSINCE ");
    qrs_w_u64(&w, unchangedsince);
    qrs_w_str(&w, ") ");
    qrs_w_str(&w, action);
    qrs_w_str(&w, " ");
    qrs_w_str(&w, flags);
    qrs_w_str(&w, "\r\n");
    return qrs_w_finish(&w, len);
}

/* abnf: resp-cond-state resp-cond-bye resp-text-code */
qrs_code qrs_build_status(qrs_dialect dialect, const char *tag, const char *status, qrs_code_kind code,
                          uint64_t number, const qrs_ranges *set, const char *text, char *buf, size_t cap, size_t *len)
{
    static const char *const tagged[] = {"OK", "NO", "BAD"};
    static const char *const untagged_only[] = {"PREAUTH", "BYE"};
    qrs_writer w;
    qrs_code rc = start(&w, buf, cap, len);
    int known = 0;
    for (size_t i = 0; status && i < 3; i++)
        known |= !strcmp(status, tagged[i]);
    for (size_t i = 0; status && !tag && i < 2; i++)
        known |= !strcmp(status, untagged_only[i]);
    if (rc == QRS_OK && (!known || (tag && !valid_tag(tag)) || !valid_text(text)))
        rc = QRS_E_INVALID_ARGUMENT;
    if (rc == QRS_OK) {
        switch (code) {
        case QRS_CODE_NONE:
        case QRS_CODE_NOMODSEQ:
            break;
        case QRS_CODE_HIGHESTMODSEQ:
            rc = check_modseq(dialect, number, 0);
            break;
        case QRS_CODE_MODIFIED:
            rc = check_ranges(set);
            break;
        case QRS_CODE_CLOSED:
            rc = dialect == QRS_DIALECT_DRAFT03 ? QRS_E_DIALECT : QRS_OK; /* added in draft -05 */
            break;
        case QRS_CODE_OTHER:
        case QRS_CODE_UIDNEXT:
        case QRS_CODE_UIDVALIDITY:
        case QRS_CODE_UNSEEN:
        default:
            rc = QRS_E_INVALID_ARGUMENT; /* not this extension's codes */
            break;
        }
    }
    if (rc != QRS_OK)
        return rc;
    qrs_w_str(&w, tag ? tag : "*");
    qrs_w_str(&w, " ");
    qrs_w_str(&w, status);
    qrs_w_str(&w, " ");
    if (code == QRS_CODE_HIGHESTMODSEQ) {
        qrs_w_str(&w, "[HIGHESTMODSEQ ");
        qrs_w_u64(&w, number);
        qrs_w_str(&w, "] ");
    } else if (code == QRS_CODE_MODIFIED) {
        qrs_w_str(&w, "[MODIFIED ");
        qrs_w_ranges(&w, set);
        qrs_w_str(&w, "] ");
    } else if (code != QRS_CODE_NONE) {
        qrs_w_str(&w, code == QRS_CODE_NOMODSEQ ? "[NOMODSEQ] " : "[CLOSED] ");
    }
    qrs_w_str(&w, text);
    qrs_w_str(&w, "\r\n");
    return qrs_w_finish(&w, len);
}

/* abnf: command-any capability
 * "ENABLE" 1*(SP capability) (RFC 5161) */
qrs_code qrs_build_enable(qrs_dialect dialect, const char *tag, const char *const *caps, size_t n, char *buf,
                          size_t cap, size_t *len)
{
    qrs_writer w;
    qrs_code rc = start(&w, buf, cap, len);
    if (rc == QRS_OK && (!valid_tag(tag) || !caps || n == 0))
        rc = QRS_E_INVALID_ARGUMENT;
    for (size_t i = 0; rc == QRS_OK && i < n; i++) {
        const char *c = caps[i];
        if (!c || !*c)
            rc = QRS_E_INVALID_ARGUMENT;
        for (; rc == QRS_OK && c && *c; c++)
            if (!qrs_is_atom_char((unsigned char)*c))
                rc = QRS_E_INVALID_ARGUMENT;
    }
    if (rc == QRS_OK && dialect == QRS_DIALECT_DRAFT03)
        rc = QRS_E_DIALECT; /* ENABLE came with draft -05 */
    if (rc != QRS_OK)
        return rc;
    qrs_w_str(&w, tag);
    qrs_w_str(&w, " ENABLE");
    for (size_t i = 0; i < n; i++) {
        qrs_w_str(&w, " ");
        qrs_w_str(&w, caps[i]);
    }
    qrs_w_str(&w, "\r\n");
    return qrs_w_finish(&w, len);
}

/* abnf: message-data msg-att fetch-mod-resp */
qrs_code qrs_build_fetch_modseq(qrs_dialect dialect, uint32_t msgno, uint32_t uid, uint64_t modseq,
                                const char *flags, char *buf, size_t cap, size_t *len)
{
    qrs_writer w;
    qrs_code rc = start(&w, buf, cap, len);
    if (rc == QRS_OK && (msgno == 0 || uid == 0))
        rc = QRS_E_NUMBER_RANGE;
    if (rc == QRS_OK)
        rc = check_modseq(dialect, modseq, 0); /* permsg-modsequence = mod-sequence-value */
    if (rc == QRS_OK && flags)
        rc = check_text(QRS_RULE_FLAG_FETCH, flags);
    if (rc != QRS_OK)
        return rc;
    qrs_w_str(&w, "* ");
    qrs_w_u64(&w, msgno);
    qrs_w_str(&w, " FETCH (UID ");
    qrs_w_u64(&w, uid);
    qrs_w_str(&w, " MODSEQ (");
    qrs_w_u64(&w, modseq);
    qrs_w_str(&w, ")");
    if (flags) {
        qrs_w_str(&w, " FLAGS ");
        qrs_w_str(&w, flags);
    }
    qrs_w_str(&w, ")\r\n");
    return qrs_w_finish(&w, len);
}

/* abnf: mailbox-data search-sort-mod-seq */
qrs_code qrs_build_search_modseq(qrs_dialect dialect, const uint32_t *numbers, size_t n, uint64_t modseq, char *buf,
                                 size_t cap, size_t *len)
{
    qrs_writer w;
    qrs_code rc = start(&w, buf, cap, len);
    if (rc == QRS_OK && n && !numbers)
        rc = QRS_E_INVALID_ARGUMENT;
    for (size_t i = 0; rc == QRS_OK && i < n; i++)
        if (numbers[i] == 0)
            rc = QRS_E_NUMBER_RANGE;
    if (rc == QRS_OK && n)
        rc = check_modseq(dialect, modseq, 0);
    if (rc != QRS_OK)
        return rc;
    qrs_w_str(&w, "* SEARCH");
    for (size_t i = 0; i < n; i++) {
        qrs_w_str(&w, " ");
        qrs_w_u64(&w, numbers[i]);
    }
    if (n) {
        qrs_w_str(&w, " (MODSEQ ");
        qrs_w_u64(&w, modseq);
        qrs_w_str(&w, ")");
    }
    qrs_w_str(&w, "\r\n");
    return qrs_w_finish(&w, len);
}

/* MARK: - Client commands around the extension */

/* abnf: command-any command-auth command-select
 * The commands that take no argument: CAPABILITY, LOGOUT, NOOP (RFC 3501
 * section 6.1), CHECK, CLOSE, EXPUNGE (section 6.4), UNSELECT (RFC 3691). */
qrs_code qrs_build_bare_command(const char *tag, const char *command, char *buf, size_t cap, size_t *len)
{
    static const char *const bare[] = {"CAPABILITY", "LOGOUT", "NOOP", "CHECK", "CLOSE", "EXPUNGE", "UNSELECT"};
    qrs_writer w;
    qrs_code rc = start(&w, buf, cap, len);
    int known = 0;
    for (size_t i = 0; command && i < sizeof bare / sizeof bare[0]; i++)
        known |= !strcmp(command, bare[i]);
    if (rc == QRS_OK && (!valid_tag(tag) || !known))
        rc = QRS_E_INVALID_ARGUMENT;
    if (rc != QRS_OK)
        return rc;
    qrs_w_str(&w, tag);
    qrs_w_str(&w, " ");
    qrs_w_str(&w, command);
    qrs_w_str(&w, "\r\n");
    return qrs_w_finish(&w, len);
}

/* abnf: append literal
 * append = "APPEND" SP mailbox [SP flag-list] [SP date-time] SP literal
 * (RFC 3501 section 9); the literal is synchronizing, {n}, which every
 * server takes (LITERAL+ {n+} is an extension, RFC 7888). */
qrs_code qrs_build_append(const char *tag, const char *mailbox, const char *flags, const char *message,
                          size_t message_len, char *buf, size_t cap, size_t *len)
{
    qrs_writer w, probe = {NULL, 0, 0, NULL, QRS_OK};
    qrs_code rc = start(&w, buf, cap, len);
    if (rc == QRS_OK && (!valid_tag(tag) || !mailbox || (!message && message_len)))
        rc = QRS_E_INVALID_ARGUMENT;
    if (rc == QRS_OK && flags && flags[0] != '(')
        rc = QRS_E_INVALID_ARGUMENT; /* APPEND takes a flag-list, parenthesized */
    if (rc == QRS_OK && flags)
        rc = check_text(QRS_RULE_FLAG_LIST, flags);
    if (rc == QRS_OK && (uint64_t)message_len > UINT32_MAX)
        rc = QRS_E_NUMBER_RANGE; /* the literal's length is a 32-bit number */
    if (rc == QRS_OK && message_len && memchr(message, 0, message_len))
        rc = QRS_E_INVALID_ARGUMENT; /* literal = "{" number "}" CRLF *CHAR8: no NUL (that needs BINARY) */
    if (rc == QRS_OK && !put_astring(&probe, mailbox))
        rc = QRS_E_INVALID_ARGUMENT;
    if (rc != QRS_OK)
        return rc;
    qrs_w_str(&w, tag);
    qrs_w_str(&w, " APPEND ");
    (void)put_astring(&w, mailbox);
    if (flags) {
        qrs_w_str(&w, " ");
        qrs_w_str(&w, flags);
    }
    qrs_w_str(&w, " {");
    qrs_w_u64(&w, message_len);
    qrs_w_str(&w, "}\r\n");
    if (message_len)
        qrs_w_put(&w, message, message_len);
    qrs_w_str(&w, "\r\n");
    return qrs_w_finish(&w, len);
}

/* attr-flag = "\\Answered" / ... / attr-flag-keyword / attr-flag-extension
 * (RFC 7162 section 7): an atom, or a backslash and an atom, but not
 * \Recent, which the rule's comment excludes ("Does not include
 * \\Recent"; RFC 4551 section 4 alike) and the parser refuses. */
static int valid_attr_flag(const char *flag)
{
    const char *p = flag && *flag == '\\' ? flag + 1 : flag;
    if (!p || !*p || (p != flag && qrs_ieq((qrs_slice){p, strlen(p)}, "Recent")))
        return 0;
    for (; *p; p++)
        if (!qrs_is_atom_char((unsigned char)*p))
            return 0;
    return 1;
}

/* abnf: search-modsequence search-modseq-ext entry-name entry-flag-name attr-flag entry-type-req */
qrs_code qrs_build_search(qrs_dialect dialect, const char *tag, int uid, const char *flag, const char *entry_type,
                          uint64_t modseq, char *buf, size_t cap, size_t *len)
{
    static const char *const types[] = {"priv", "shared", "all"};
    qrs_writer w;
    qrs_code rc = start(&w, buf, cap, len);
    int known_type = 0;
    for (size_t i = 0; entry_type && i < sizeof types / sizeof types[0]; i++)
        known_type |= !strcmp(entry_type, types[i]);
    if (rc == QRS_OK && !valid_tag(tag))
        rc = QRS_E_INVALID_ARGUMENT;
    /* the entry name and its type come together or not at all */
    if (rc == QRS_OK && (flag ? !valid_attr_flag(flag) || !known_type : entry_type != NULL))
        rc = QRS_E_INVALID_ARGUMENT;
    if (rc == QRS_OK)
        rc = check_modseq(dialect, modseq, 1); /* mod-sequence-valzer: 0 allowed */
    if (rc != QRS_OK)
        return rc;
    qrs_w_str(&w, tag);
    qrs_w_str(&w, uid ? " UID SEARCH MODSEQ " : " SEARCH MODSEQ ");
    if (flag) {
        /* entry-flag-name is a quoted string: the flag's backslash is escaped */
        qrs_w_str(&w, "\"/flags/");
        if (*flag == '\\')
            qrs_w_str(&w, "\\\\");
        qrs_w_str(&w, *flag == '\\' ? flag + 1 : flag);
        qrs_w_str(&w, "\" ");
        qrs_w_str(&w, entry_type);
        qrs_w_str(&w, " ");
    }
    qrs_w_u64(&w, modseq);
    qrs_w_str(&w, "\r\n");
    return qrs_w_finish(&w, len);
}

/* MARK: - Line budget */

/* Length of a range written as sequence-set text ("5" or "5:9"). */
static size_t range_len(const qrs_urange *r)
{
    qrs_ranges one = {(qrs_urange *)(uintptr_t)r, 1, 1};
    return qrs_ranges_format(&one, NULL, 0);
}

qrs_code qrs_build_vanished_split(qrs_dialect dialect, int earlier, const char *draft_tag, const qrs_ranges *uids,
                                  size_t max_line, char *buf, size_t cap, size_t *len, size_t *count)
{
    qrs_writer w, head = {NULL, 0, 0, NULL, QRS_OK};
    qrs_code rc = start(&w, buf, cap, len);
    if (rc == QRS_OK && !count)
        rc = QRS_E_INVALID_ARGUMENT;
    if (rc == QRS_OK)
        rc = check_vanished(dialect, earlier, draft_tag, uids);
    if (rc != QRS_OK)
        return rc;
    put_vanished_head(&head, dialect, earlier, draft_tag);
    /* Refuse before writing anything if some element cannot fit on a line of its own. */
    for (size_t i = 0; i < uids->n; i++)
        if (head.len + range_len(&uids->v[i]) + 2 > max_line)
            return QRS_E_TOO_LONG;
    *count = 0;
    for (size_t i = 0; i < uids->n;) {
        /* As many ranges as fit after the head, before the CRLF. */
        size_t used = head.len + 2, j = i;
        while (j < uids->n) {
            size_t add = range_len(&uids->v[j]) + (j > i ? 1u : 0u); /* the comma */
            if (used + add > max_line)
                break;
            used += add;
            j++;
        }
        qrs_ranges part = {uids->v + i, j - i, j - i};
        put_vanished_head(&w, dialect, earlier, draft_tag);
        qrs_w_ranges(&w, &part);
        qrs_w_str(&w, "\r\n");
        ++*count;
        i = j;
    }
    return qrs_w_finish(&w, len);
}

/* Length of a whole SELECT with these values (the writer only counts). */
static size_t select_len(const char *tag, int examine, const char *mailbox, const qrs_qresync_values *q)
{
    qrs_writer probe = {NULL, 0, 0, NULL, QRS_OK};
    (void)put_select(&probe, tag, examine, mailbox, q, 0);
    return probe.len;
}

/* Join every pair of neighbouring ranges whose gap is at most gap, in place. */
static void join_gaps(qrs_ranges *r, uint32_t gap)
{
    size_t out = 0;
    for (size_t i = 1; i < r->n; i++) {
        if ((uint64_t)r->v[i].lo - r->v[out].hi - 1u <= gap)
            r->v[out].hi = r->v[i].hi;
        else
            r->v[++out] = r->v[i];
    }
    if (r->n)
        r->n = out + 1;
}

/* Text length of r after join_gaps(r, gap), without changing r. */
static size_t joined_len(const qrs_ranges *r, uint32_t gap)
{
    size_t total = 0;
    qrs_urange cur = r->v[0];
    for (size_t i = 1; i <= r->n; i++) {
        if (i < r->n && (uint64_t)r->v[i].lo - cur.hi - 1u <= gap) {
            cur.hi = r->v[i].hi;
            continue;
        }
        total += range_len(&cur) + (total ? 1u : 0u);
        if (i < r->n)
            cur = r->v[i];
    }
    return total;
}

qrs_code qrs_build_select_budget(qrs_dialect dialect, const char *tag, int examine, const char *mailbox,
                                 uint32_t uidvalidity, uint64_t modseq, const uint32_t *uids, size_t n,
                                 size_t max_line, qrs_arena *scratch, char *buf, size_t cap, size_t *len)
{
    enum { MAX_SAMPLES = 33 }; /* n - (2^k - 1) for k = 0..32 covers any 32-bit mailbox */
    uint32_t seqs[MAX_SAMPLES], sample_uids[MAX_SAMPLES];
    qrs_qresync_values q = {uidvalidity, modseq, NULL, NULL, NULL, 0};
    qrs_writer w;
    qrs_code rc = start(&w, buf, cap, len);
    if (rc == QRS_OK && (!valid_tag(tag) || !mailbox || !scratch || (n && !uids)))
        rc = QRS_E_INVALID_ARGUMENT;
    if (rc == QRS_OK)
        rc = check_qresync(dialect, &q);
    if (rc == QRS_OK)
        rc = check_ascending(uids, n);
    if (rc == QRS_OK) {
        qrs_writer probe = {NULL, 0, 0, NULL, QRS_OK};
        rc = put_select(&probe, tag, examine, mailbox, &q, 0);
    }
    if (rc != QRS_OK)
        return rc;
    if (select_len(tag, examine, mailbox, &q) > max_line)
        return QRS_E_TOO_LONG;

    /* known-uids: the cache compressed, then coarsened until it fits.  The
     * smallest gap that makes it fit is found by bisection over gap sizes. */
    qrs_ranges known;
    size_t runs = n ? 1 : 0; /* the cache ascends: one range per run of consecutive UIDs */
    for (size_t i = 1; i < n; i++)
        runs += uids[i] != uids[i - 1] + 1u;
    size_t pad = (size_t)((sizeof(uint32_t) - (uintptr_t)(scratch->base + scratch->used) % sizeof(uint32_t)) %
                          sizeof(uint32_t));
    if (scratch->cap - scratch->used < pad || (scratch->cap - scratch->used - pad) / sizeof(qrs_urange) < runs)
        return QRS_E_ARENA_FULL;
    qrs_ranges_init(&known, runs ? (qrs_urange *)(void *)(scratch->base + scratch->used + pad) : NULL, runs);
    if (n && (rc = qrs_ranges_from_uids(&known, uids, n)) != QRS_OK)
        return rc;
    if (n) {
        size_t room = max_line - select_len(tag, examine, mailbox, &q) - 1; /* SP before known-uids */
        if (joined_len(&known, 0) > room) {
            uint64_t lo = 0, hi = UINT32_MAX;
            while (lo < hi) {
                uint64_t mid = lo + (hi - lo) / 2;
                if (joined_len(&known, (uint32_t)mid) <= room)
                    hi = mid;
                else
                    lo = mid + 1;
            }
            join_gaps(&known, (uint32_t)lo);
        }
        q.known_uids = &known;
        if (select_len(tag, examine, mailbox, &q) > max_line)
            q.known_uids = NULL; /* even one range does not fit: omitted means every UID */
    }

    /* seq-match-data: message numbers n, n-1, n-3, n-7, ... (denser towards
     * the end of the mailbox), the most recent first, while they fit. */
    size_t taken = 0;
    for (uint64_t step = 1; n && step - 1 < n && taken < MAX_SAMPLES; step *= 2) {
        uint32_t seq = (uint32_t)(n - (step - 1));
        size_t k;
        /* keep the samples ascending: shift the later ones up by one */
        for (k = taken; k > 0; k--) {
            seqs[k] = seqs[k - 1];
            sample_uids[k] = sample_uids[k - 1];
        }
        seqs[0] = seq;
        sample_uids[0] = uids[seq - 1];
        q.match_seqs = seqs;
        q.match_uids = sample_uids;
        q.match_count = taken + 1;
        if (select_len(tag, examine, mailbox, &q) > max_line) {
            for (k = 0; k < taken; k++) {
                seqs[k] = seqs[k + 1];
                sample_uids[k] = sample_uids[k + 1];
            }
            q.match_count = taken;
            break;
        }
        taken++;
    }
    if (!q.match_count)
        q.match_seqs = q.match_uids = NULL;
    (void)put_select(&w, tag, examine, mailbox, &q, 0);
    return qrs_w_finish(&w, len);
}
