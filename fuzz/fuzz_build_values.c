/*
 * fuzz_build_values.c - libFuzzer target: every builder against the parser
 * and the framer, with the values compared.
 *
 * Random values, many at the edges (0, 1, 2^32-1, 2^32, 2^63-1, 2^64-2,
 * 2^64-1) and strings over an alphabet rich in IMAP specials, go into one
 * of the thirteen builders.  Then:
 *   - the verdict: where this target's own reading of the grammar (RFC 3501
 *     section 9, RFC 7162 section 7, draft -03 section 6) says every value
 *     is valid, the builder must accept; where it says one is not, the
 *     builder must refuse, and a refusal must leave the buffer untouched;
 *   - the snprintf contract: the same call with a short buffer gives the
 *     same code and length and a NUL-terminated prefix of the text;
 *   - the output, parsed by the strict parser of the same dialect and side,
 *     must be the right kind and hold the values given: tags, mailbox names
 *     (quoted strings unescaped), UIDs, message numbers, mod-sequences,
 *     sets (compared range by range after normalizing), seq-match-data
 *     pairs, flags, fetch attributes, capabilities, texts, literal data;
 *   - qrs_frame() over the output must find exactly one message of its
 *     length, with one QRS_FRAME_LITERAL of the message's length for
 *     APPEND and none for the others (a text ending in "{9}" would be read
 *     as a literal announcement), and qrs_build_vanished_split()'s output
 *     must frame as its count of lines, each within max_line, each UID in
 *     exactly one of them.
 *
 * Input layout:
 *   byte 0     dialect (mod 3)
 *   byte 1     builder (mod 13)
 *   byte 2     short-buffer size for the snprintf check
 *   the rest   values, read as the builder needs them (see the gen_* helpers:
 *              a byte picks an edge or says how many bytes form a number;
 *              strings are a length byte and one alphabet index per byte;
 *              texts for sets, flags and attributes come from labelled lists)
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "qresync.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define OUT_CAP 2048u
#define MAX_RANGES 8u

static unsigned char arena_buf[1 << 18];
static char out[OUT_CAP], small[OUT_CAP];

static const char *shown; /* the output, printed when a check fails */
static size_t shown_len;

static void must(int cond, const char *why)
{
    if (!cond) {
        fprintf(stderr, "fuzz_build_values: %s\n", why);
        if (shown)
            fprintf(stderr, "output: %.*s\n", (int)shown_len, shown);
        abort();
    }
}

/* MARK: - Reading values */

typedef struct reader {
    const uint8_t *p;
    size_t n;
} reader;

static unsigned byte_of(reader *r)
{
    if (!r->n)
        return 0;
    r->n--;
    return *r->p++;
}

static uint64_t edgy(reader *r)
{
    static const uint64_t edges[] = {0, 1, 2, 4294967294u, 4294967295u, 4294967296u, 9223372036854775807u,
                                     9223372036854775808u, 18446744073709551614u, 18446744073709551615u};
    unsigned pick = byte_of(r);
    if (pick < 10)
        return edges[pick];
    uint64_t v = 0;
    for (unsigned k = pick % 8u + 1u; k > 0; k--)
        v = v << 8 | byte_of(r);
    return v;
}

/* A 32-bit value: an edge of its own range, or a small one. */
static uint32_t edgy32(reader *r)
{
    unsigned pick = byte_of(r);
    switch (pick % 8u) {
    case 0: return 0;
    case 1: return 4294967295u;
    case 2: return 4294967294u - (uint32_t)(pick >> 3);
    case 3: return (uint32_t)(byte_of(r) << 24 | byte_of(r) << 16 | byte_of(r) << 8 | byte_of(r));
    default: return 1u + (pick >> 3);
    }
}

/* Strings over an alphabet where every IMAP special is common. */
static const char alphabet[64] = {
    'a', 'b', 'c', 'x', 'I', 'N', 'B', 'O', 'X', '0', '1', '7', '9', '.', '-', '_', '!', '#', '&', ',', ':',
    ';', '<', '=', '>', '?', '@', '^', '`', '|', '~', '\'', '/', '$', 'S', 'e', 'n', ']', '+', ' ', '"', '(',
    ')', '{', '}', '%', '*', '\\', '[', '\t', '\x7f', '\x01', (char)0x80, (char)0xc3, '\r', '\n', 'z', 'Q',
    'R', 'E', 'C', 'T', 'D', 'Y',
};

static void gen_string(reader *r, char *s, size_t cap, unsigned max_len)
{
    unsigned n = byte_of(r) % (max_len + 1u);
    size_t i = 0;
    for (; i < n && i + 1 < cap; i++)
        s[i] = alphabet[byte_of(r) % 64u];
    s[i] = 0;
}

/* A text that may end in a literal announcement, "{9}" or "{9+}". */
static void gen_text(reader *r, char *s, size_t cap)
{
    gen_string(r, s, cap - 8, 10);
    unsigned deco = byte_of(r);
    if (deco % 4u == 1)
        snprintf(s + strlen(s), 8, "{%u}", deco / 4u % 20u);
    else if (deco % 4u == 2)
        snprintf(s + strlen(s), 8, "{%u+}", deco / 4u % 20u);
}

typedef enum want { WANT_ANY, WANT_OK, WANT_REFUSE } want;

typedef struct labelled {
    const char *text;
    want w;
} labelled;

static const char *pick(reader *r, const labelled *list, size_t n, want *w)
{
    const labelled *l = &list[byte_of(r) % n];
    *w = l->w;
    return l->text;
}

#define PICK(r, list, w) pick((r), (list), sizeof(list) / sizeof((list)[0]), (w))

/* Sequence-set texts; the labels are RFC 3501's sequence-set. */
static const labelled sets[] = {
    {"1:*", WANT_OK}, {"5", WANT_OK}, {"1,3:4", WANT_OK}, {"4294967295", WANT_OK}, {"*", WANT_OK},
    {"7:2,*:1", WANT_OK}, {"0", WANT_REFUSE}, {"1:", WANT_REFUSE}, {"4294967296", WANT_REFUSE},
    {"1,,2", WANT_REFUSE}, {"01", WANT_REFUSE}, {"1 2", WANT_REFUSE}, {NULL, WANT_REFUSE}, {"", WANT_REFUSE},
};
/* fetch-att, or the macro or parenthesized list FETCH takes (RFC 3501). */
static const labelled atts[] = {
    {"(FLAGS)", WANT_OK}, {"FLAGS", WANT_OK}, {"(FLAGS MODSEQ)", WANT_OK}, {"ALL", WANT_OK}, {"FAST", WANT_OK},
    {"(UID FLAGS MODSEQ)", WANT_OK}, {"BODY.PEEK[HEADER.FIELDS (From)]", WANT_OK}, {"(BODY[]<0.100>)", WANT_OK},
    {"(FLAGS", WANT_REFUSE}, {"FLAGS)", WANT_REFUSE}, {"()", WANT_REFUSE}, {"(FLAGS  MODSEQ)", WANT_REFUSE},
    {"ALL FLAGS", WANT_REFUSE}, {"(ALL)", WANT_REFUSE}, {"(X-FOO)", WANT_ANY}, {NULL, WANT_REFUSE},
};
/* store-att-flags: a flag-list, or flags separated by SP; no \Recent (RFC 3501 flag). */
static const labelled store_flags[] = {
    {"(\\Seen)", WANT_OK}, {"(\\Seen $Work)", WANT_OK}, {"()", WANT_OK}, {"\\Seen", WANT_OK},
    {"\\Seen \\Deleted", WANT_OK}, {"$Junk", WANT_OK}, {"(\\Answered \\Flagged \\Deleted \\Seen \\Draft)", WANT_OK},
    {"(\\Seen", WANT_REFUSE}, {"\\", WANT_REFUSE}, {"(a b", WANT_REFUSE}, {"\"x\"", WANT_REFUSE},
    {"(\\Recent)", WANT_REFUSE}, {"(\\*)", WANT_ANY}, {NULL, WANT_REFUSE},
};
/* flag-list for APPEND: parenthesized only (qresync.h). */
static const labelled append_flags[] = {
    {"(\\Seen)", WANT_OK}, {"()", WANT_OK}, {"(\\Seen $Work)", WANT_OK}, {"\\Seen", WANT_REFUSE},
    {"(\\Seen", WANT_REFUSE}, {"(\\Recent)", WANT_REFUSE}, {NULL, WANT_OK},
};
/* FETCH response FLAGS: "(" [flag-fetch *(SP flag-fetch)] ")", flag-fetch = flag / "\Recent". */
static const labelled fetch_flags[] = {
    {"(\\Seen)", WANT_OK}, {"()", WANT_OK}, {"(\\Recent)", WANT_OK}, {"(\\Seen \\Recent $X)", WANT_OK},
    {"\\Seen", WANT_REFUSE}, {"(\\Seen", WANT_REFUSE}, {"(\\*)", WANT_ANY}, {NULL, WANT_OK},
};
/* attr-flag (RFC 7162 section 7): the system flags, a keyword, or "\" atom, but not \Recent. */
static const labelled search_flags[] = {
    {"\\Seen", WANT_OK}, {"\\Answered", WANT_OK}, {"\\Flagged", WANT_OK}, {"\\Deleted", WANT_OK},
    {"\\Draft", WANT_OK}, {"$Work", WANT_OK}, {"Junk", WANT_OK}, {"\\Foo", WANT_OK}, {"\\Recent", WANT_REFUSE},
    {"\\recent", WANT_REFUSE}, {"\\", WANT_REFUSE}, {"", WANT_REFUSE}, {"a b", WANT_REFUSE},
    {"\\*", WANT_REFUSE}, {NULL, WANT_OK},
};
/* entry-type-req; the builder documents lower case only, so other cases may go either way. */
static const labelled entry_types[] = {
    {"priv", WANT_OK}, {"shared", WANT_OK}, {"all", WANT_OK}, {"PRIV", WANT_ANY}, {"x", WANT_REFUSE},
    {NULL, WANT_OK},
};
static const labelled actions[] = {
    {"FLAGS", WANT_OK}, {"+FLAGS", WANT_OK}, {"-FLAGS", WANT_OK}, {"FLAGS.SILENT", WANT_OK},
    {"+FLAGS.SILENT", WANT_OK}, {"-FLAGS.SILENT", WANT_OK}, {"+flags", WANT_ANY}, {"FLAG", WANT_REFUSE},
    {NULL, WANT_REFUSE},
};
static const labelled bare_commands[] = {
    {"CAPABILITY", WANT_OK}, {"LOGOUT", WANT_OK}, {"NOOP", WANT_OK}, {"CHECK", WANT_OK}, {"CLOSE", WANT_OK},
    {"EXPUNGE", WANT_OK}, {"UNSELECT", WANT_OK}, {"noop", WANT_ANY}, {"SELECT", WANT_REFUSE},
    {"FOO", WANT_REFUSE}, {NULL, WANT_REFUSE},
};
static const labelled statuses[] = {
    {"OK", WANT_OK}, {"NO", WANT_OK}, {"BAD", WANT_OK}, {"PREAUTH", WANT_OK}, {"BYE", WANT_OK},
    {"ok", WANT_ANY}, {"FINE", WANT_REFUSE}, {NULL, WANT_REFUSE},
};

/* MARK: - The grammar's character classes (RFC 3501 section 9) */

/* ATOM-CHAR: any CHAR except atom-specials ("(" ")" "{" SP CTL "%" "*" DQUOTE "\" "]"). */
static int atom_char(unsigned char c)
{
    return c > 0x20 && c < 0x7f && !strchr("(){%*\"\\]", c);
}

/* tag = 1*<any ASTRING-CHAR except "+">; ASTRING-CHAR = ATOM-CHAR / "]". */
static int valid_tag(const char *t)
{
    if (!t || !*t)
        return 0;
    for (; *t; t++)
        if (*t == '+' || (!atom_char((unsigned char)*t) && *t != ']'))
            return 0;
    return 1;
}

static int valid_atom(const char *t)
{
    if (!t || !*t)
        return 0;
    for (; *t; t++)
        if (!atom_char((unsigned char)*t))
            return 0;
    return 1;
}

/* A mailbox an atom or a quoted string can carry: no CR, LF or 8-bit byte
 * (anything else needs a literal, which qresync.h says the one-shot
 * builders refuse). */
static int valid_mailbox(const char *m)
{
    if (!m)
        return 0;
    for (; *m; m++)
        if (*m == '\r' || *m == '\n' || (unsigned char)*m >= 0x80)
            return 0;
    return 1;
}

/* text = 1*TEXT-CHAR; TEXT-CHAR = any CHAR except CR and LF.  Judged
 * "either way" when it starts with "[" (a reader takes that for a
 * response code) or ends in "{n}"/"{n+}" (a framer takes that for a literal
 * announcement: the framing check decides). */
static want text_want(const char *t)
{
    size_t n = t ? strlen(t) : 0;
    if (!n)
        return WANT_REFUSE;
    for (size_t i = 0; i < n; i++)
        if (t[i] == '\r' || t[i] == '\n' || (unsigned char)t[i] >= 0x80)
            return WANT_REFUSE;
    if (t[0] == '[' || t[n - 1] == '}')
        return WANT_ANY;
    return WANT_OK;
}

static uint64_t modseq_limit(qrs_dialect d)
{
    return d == QRS_DIALECT_RFC7162 ? 9223372036854775807u : 18446744073709551614u;
}

static want both(want a, want b)
{
    if (a == WANT_REFUSE || b == WANT_REFUSE)
        return WANT_REFUSE;
    return a == WANT_ANY || b == WANT_ANY ? WANT_ANY : WANT_OK;
}

static want is(int valid)
{
    return valid ? WANT_OK : WANT_REFUSE;
}

/* MARK: - Values of one call */

typedef struct values {
    qrs_dialect d;
    unsigned which;
    char tag[16], mailbox[16], text[24], caps_text[4][12], draft_tag[16];
    const char *tag_p, *mailbox_p, *text_p, *caps[4], *draft_tag_p;
    const char *set, *atts, *flags, *action, *command, *status, *flag, *entry_type;
    int earlier, examine, condstore, uid, vanished, has_q;
    size_t n_caps, match_count, n_numbers, max_line, message_len;
    uint32_t msgno, uid32, uidvalidity, seqs[6], uids[6], numbers[6], cache[40];
    uint64_t modseq, number;
    qrs_code_kind code;
    qrs_urange rv[MAX_RANGES];
    qrs_ranges ranges;
    qrs_qresync_values q;
    char message[64];
    want w;
} values;

/* A normalized range list, sometimes spoiled (a 0, or out of order) to see
 * the builder refuse it. */
static want gen_ranges(reader *r, values *v)
{
    qrs_ranges_init(&v->ranges, v->rv, MAX_RANGES);
    for (unsigned i = byte_of(r) % 7u; i > 0; i--) {
        uint32_t a = edgy32(r), b = edgy32(r);
        if (a && b)
            (void)qrs_ranges_add(&v->ranges, a, b);
    }
    qrs_ranges_normalize(&v->ranges);
    unsigned spoil = byte_of(r);
    if (v->ranges.n && spoil % 16u == 1) {
        v->rv[0].lo = 0;
        return WANT_REFUSE;
    }
    if (v->ranges.n >= 2 && spoil % 16u == 2) {
        qrs_urange t = v->rv[0];
        v->rv[0] = v->rv[1];
        v->rv[1] = t;
        return WANT_REFUSE;
    }
    return is(v->ranges.n > 0);
}

/* Strictly ascending numbers when the input says so, else anything. */
static want gen_list(reader *r, uint32_t *list, size_t n)
{
    int asc = 1;
    uint32_t at = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned b = byte_of(r);
        if (b >= 0xf8u)
            list[i] = edgy32(r);
        else
            list[i] = at + 1u + b % 4u; /* mostly runs, which the builder writes as ranges */
        at = list[i];
        asc = asc && list[i] != 0 && (i == 0 || list[i] > list[i - 1]);
    }
    return is(asc);
}

static void gen_tag(reader *r, values *v)
{
    unsigned b = byte_of(r);
    if (b < 0x10) {
        v->tag_p = NULL;
        return;
    }
    if (b < 0x80) {
        snprintf(v->tag, sizeof v->tag, "A%u", b);
    } else {
        gen_string(r, v->tag, sizeof v->tag, 6);
    }
    v->tag_p = v->tag;
}

static void gen_mailbox(reader *r, values *v)
{
    unsigned b = byte_of(r);
    if (b < 0x08) {
        v->mailbox_p = NULL;
        return;
    }
    if (b < 0x80)
        strcpy(v->mailbox, "INBOX");
    else
        gen_string(r, v->mailbox, sizeof v->mailbox, 8);
    v->mailbox_p = v->mailbox;
}

enum {
    B_VANISHED, B_VANISHED_SPLIT, B_SELECT, B_UID_FETCH, B_STORE, B_STATUS, B_ENABLE, B_FETCH_MODSEQ,
    B_SEARCH_MODSEQ, B_BARE, B_APPEND, B_SEARCH, B_SELECT_BUDGET, N_BUILDERS
};

static size_t digits(uint64_t v)
{
    size_t n = 1;
    while (v >= 10) {
        v /= 10;
        n++;
    }
    return n;
}

static void gen_values(reader *r, values *v)
{
    want w;
    uint64_t limit = modseq_limit(v->d);
    gen_tag(r, v);
    switch (v->which) {
    case B_VANISHED:
    case B_VANISHED_SPLIT: {
        want set_w = gen_ranges(r, v);
        unsigned b = byte_of(r);
        v->earlier = (int)(b & 1u);
        /* draft -03 marks the response with the command's tag, (TAG "t"),
         * and has no (EARLIER); the other dialects have no TAG */
        v->draft_tag_p = (b & 2u) ? v->tag_p : NULL;
        if (v->d == QRS_DIALECT_DRAFT03)
            w = is(v->earlier ? v->draft_tag_p && valid_tag(v->draft_tag_p) : !v->draft_tag_p);
        else
            w = is(!v->draft_tag_p);
        v->w = both(set_w, w);
        if (v->which == B_VANISHED_SPLIT) {
            v->max_line = byte_of(r) % 64u + (byte_of(r) % 4u) * 16u;
            if (v->w == WANT_OK) {
                size_t head = 11u + (v->earlier ? (v->d == QRS_DIALECT_DRAFT03 ? 9u + strlen(v->draft_tag_p) : 10u) : 0u);
                for (size_t i = 0; i < v->ranges.n; i++) {
                    const qrs_urange *x = &v->ranges.v[i];
                    size_t len = digits(x->lo) + (x->lo != x->hi ? 1u + digits(x->hi) : 0u);
                    if (head + len + 2u > v->max_line)
                        v->w = WANT_REFUSE; /* QRS_E_TOO_LONG: one element alone does not fit */
                }
            }
        }
        break;
    }
    case B_SELECT: {
        gen_mailbox(r, v);
        unsigned b = byte_of(r);
        v->examine = (int)(b & 1u);
        v->condstore = (int)(b >> 1 & 1u);
        v->has_q = (b & 4u) == 0;
        w = both(is(valid_tag(v->tag_p)), is(valid_mailbox(v->mailbox_p)));
        if (v->has_q) {
            v->q.uidvalidity = edgy32(r);
            v->q.modseq = edgy(r);
            w = both(w, is(v->q.uidvalidity != 0 && v->q.modseq >= 1 && v->q.modseq <= limit));
            if (b & 8u) {
                w = both(w, gen_ranges(r, v));
                v->q.known_uids = &v->ranges;
            } else {
                v->q.known_uids = NULL;
            }
            v->match_count = (b & 16u) ? 1u + byte_of(r) % 6u : 0u;
            if (v->match_count) {
                w = both(w, gen_list(r, v->seqs, v->match_count));
                w = both(w, gen_list(r, v->uids, v->match_count));
            }
            v->q.match_seqs = v->match_count ? v->seqs : NULL;
            v->q.match_uids = v->match_count ? v->uids : NULL;
            v->q.match_count = v->match_count;
        }
        v->w = w;
        break;
    }
    case B_UID_FETCH: {
        want ws, wa;
        v->set = PICK(r, sets, &ws);
        v->atts = PICK(r, atts, &wa);
        v->modseq = byte_of(r) & 1u ? 0u : edgy(r);
        v->vanished = (int)(byte_of(r) & 1u);
        w = is(valid_tag(v->tag_p) && v->modseq <= limit && (!v->vanished || v->modseq));
        v->w = both(both(ws, wa), w);
        break;
    }
    case B_STORE: {
        want ws, wa, wf;
        v->uid = (int)(byte_of(r) & 1u);
        v->set = PICK(r, sets, &ws);
        v->action = PICK(r, actions, &wa);
        v->flags = PICK(r, store_flags, &wf);
        v->modseq = edgy(r);
        v->w = both(both(ws, wa), both(wf, is(valid_tag(v->tag_p) && v->modseq <= limit)));
        break;
    }
    case B_STATUS: {
        want wst;
        if (byte_of(r) & 1u)
            v->tag_p = NULL; /* untagged */
        v->status = PICK(r, statuses, &wst);
        if (v->tag_p && v->status && (!strcmp(v->status, "PREAUTH") || !strcmp(v->status, "BYE")))
            wst = WANT_REFUSE; /* untagged only (RFC 3501 resp-cond-auth, resp-cond-bye) */
        gen_text(r, v->text, sizeof v->text);
        v->text_p = v->text;
        v->code = (qrs_code_kind)(byte_of(r) % 9u);
        v->number = edgy(r);
        want wc = WANT_ANY;
        switch (v->code) {
        case QRS_CODE_NONE:
        case QRS_CODE_NOMODSEQ: wc = WANT_OK; break;
        case QRS_CODE_HIGHESTMODSEQ: wc = is(v->number >= 1 && v->number <= limit); break;
        case QRS_CODE_MODIFIED: wc = gen_ranges(r, v); break;
        case QRS_CODE_CLOSED: wc = is(v->d != QRS_DIALECT_DRAFT03); break;
        default: break; /* not this extension's codes: either way */
        }
        v->w = both(both(wst, wc), both(text_want(v->text_p), is(!v->tag_p || valid_tag(v->tag_p))));
        break;
    }
    case B_ENABLE: {
        v->n_caps = byte_of(r) % 5u;
        w = is(valid_tag(v->tag_p) && v->n_caps > 0 && v->d != QRS_DIALECT_DRAFT03);
        for (size_t i = 0; i < v->n_caps; i++) {
            unsigned b = byte_of(r);
            if (b < 0x40)
                strcpy(v->caps_text[i], b & 1u ? "QRESYNC" : "CONDSTORE");
            else
                gen_string(r, v->caps_text[i], sizeof v->caps_text[i], 8);
            v->caps[i] = v->caps_text[i];
            w = both(w, is(valid_atom(v->caps[i])));
        }
        v->w = w;
        break;
    }
    case B_FETCH_MODSEQ: {
        want wf;
        v->msgno = edgy32(r);
        v->uid32 = edgy32(r);
        v->modseq = edgy(r);
        v->flags = PICK(r, fetch_flags, &wf);
        v->w = both(wf, is(v->msgno && v->uid32 && v->modseq >= 1 && v->modseq <= limit));
        break;
    }
    case B_SEARCH_MODSEQ: {
        v->n_numbers = byte_of(r) % 7u;
        int ok = 1;
        for (size_t i = 0; i < v->n_numbers; i++) {
            v->numbers[i] = edgy32(r);
            ok = ok && v->numbers[i];
        }
        v->modseq = edgy(r);
        /* an empty result has no (MODSEQ m), so its mod-sequence is not looked at */
        v->w = is(ok && (!v->n_numbers || (v->modseq >= 1 && v->modseq <= limit)));
        break;
    }
    case B_BARE: {
        want wc;
        v->command = PICK(r, bare_commands, &wc);
        v->w = both(wc, is(valid_tag(v->tag_p)));
        break;
    }
    case B_APPEND: {
        want wf;
        gen_mailbox(r, v);
        v->flags = PICK(r, append_flags, &wf);
        /* message octets: any byte but NUL (RFC 3501 CHAR8); some that look like
         * literal announcements and line ends */
        size_t n = byte_of(r) % 40u, len = 0;
        for (size_t i = 0; i < n && len + 6 < sizeof v->message; i++) {
            unsigned b = byte_of(r);
            if (b >= 0xfcu)
                len += (size_t)snprintf(v->message + len, 7, b == 0xfcu ? "\r\n" : b == 0xfdu ? "{12}" : "{3+}");
            else
                v->message[len++] = (char)(b ? b : '0');
        }
        v->message_len = len;
        v->w = both(wf, is(valid_tag(v->tag_p) && valid_mailbox(v->mailbox_p)));
        break;
    }
    case B_SEARCH: {
        want wf, we;
        v->uid = (int)(byte_of(r) & 1u);
        v->flag = PICK(r, search_flags, &wf);
        v->entry_type = PICK(r, entry_types, &we);
        v->modseq = edgy(r);
        /* the entry name and its type come together (RFC 7162 search-modsequence) */
        w = is(valid_tag(v->tag_p) && !v->flag == !v->entry_type && v->modseq <= limit);
        v->w = both(w, v->flag && v->entry_type ? both(wf, we) : WANT_OK);
        break;
    }
    default: { /* B_SELECT_BUDGET */
        size_t n = byte_of(r) % 41u;
        want wl = gen_list(r, v->cache, n);
        v->match_count = n; /* the cache's length */
        v->uidvalidity = edgy32(r);
        v->modseq = edgy(r);
        v->max_line = 20u + byte_of(r) * 2u;
        v->examine = (int)(byte_of(r) & 1u);
        w = both(wl, is(valid_tag(v->tag_p) && v->uidvalidity && v->modseq >= 1 && v->modseq <= limit));
        if (w == WANT_OK) {
            /* the bare parameter, "tag SELECT INBOX (QRESYNC (uv ms))" CRLF, must fit */
            size_t bare = strlen(v->tag_p) + (v->examine ? 9u : 8u) + 5u + 11u + digits(v->uidvalidity) + 1u +
                          digits(v->modseq) + 4u;
            w = is(bare <= v->max_line);
        }
        v->w = w;
        break;
    }
    }
}

/* MARK: - Calling the builder */

static unsigned char scratch_buf[4096];

static qrs_code call(values *v, char *buf, size_t cap, size_t *len, size_t *count)
{
    *count = 0;
    switch (v->which) {
    case B_VANISHED:
        return qrs_build_vanished(v->d, v->earlier, v->draft_tag_p, &v->ranges, buf, cap, len);
    case B_VANISHED_SPLIT:
        return qrs_build_vanished_split(v->d, v->earlier, v->draft_tag_p, &v->ranges, v->max_line, buf, cap, len,
                                        count);
    case B_SELECT:
        return qrs_build_select(v->d, v->tag_p, v->examine, v->mailbox_p, v->has_q ? &v->q : NULL, v->condstore, buf,
                                cap, len);
    case B_UID_FETCH:
        return qrs_build_uid_fetch(v->d, v->tag_p, v->set, v->atts, v->modseq, v->vanished, buf, cap, len);
    case B_STORE:
        return qrs_build_store(v->d, v->tag_p, v->uid, v->set, v->modseq, v->action, v->flags, buf, cap, len);
    case B_STATUS:
        return qrs_build_status(v->d, v->tag_p, v->status, v->code, v->number, &v->ranges, v->text_p, buf, cap, len);
    case B_ENABLE:
        return qrs_build_enable(v->d, v->tag_p, v->caps, v->n_caps, buf, cap, len);
    case B_FETCH_MODSEQ:
        return qrs_build_fetch_modseq(v->d, v->msgno, v->uid32, v->modseq, v->flags, buf, cap, len);
    case B_SEARCH_MODSEQ:
        return qrs_build_search_modseq(v->d, v->numbers, v->n_numbers, v->modseq, buf, cap, len);
    case B_BARE:
        return qrs_build_bare_command(v->tag_p, v->command, buf, cap, len);
    case B_APPEND:
        return qrs_build_append(v->tag_p, v->mailbox_p, v->flags, v->message, v->message_len, buf, cap, len);
    case B_SEARCH:
        return qrs_build_search(v->d, v->tag_p, v->uid, v->flag, v->entry_type, v->modseq, buf, cap, len);
    default: {
        qrs_arena scratch;
        qrs_arena_init(&scratch, scratch_buf, sizeof scratch_buf);
        return qrs_build_select_budget(v->d, v->tag_p, v->examine, "INBOX", v->uidvalidity, v->modseq, v->cache,
                                       v->match_count, v->max_line, &scratch, buf, cap, len);
    }
    }
}

/* MARK: - Reading the output back */

static const qrs_message *parse_back(const char *s, size_t len, qrs_dialect d, qrs_side side, qrs_kind kind,
                                     qrs_arena *a)
{
    qrs_options o;
    const qrs_message *m;
    qrs_error err;
    memset(&o, 0, sizeof o);
    o.dialect = d;
    o.side = side;
    qrs_code rc = qrs_parse(s, len, &o, a, &m, &err);
    if (rc != QRS_OK) {
        fprintf(stderr, "fuzz_build_values: the parser says %s at %zu (%s: %s)\n", qrs_code_name(rc), err.offset,
                err.rule, err.message);
        must(0, "the builder wrote what its own parser refuses");
    }
    must(m->kind == kind, "the output parses as another kind of message");
    return m;
}

static int slice_is(qrs_slice s, const char *text)
{
    size_t n = text ? strlen(text) : 0;
    return s.len == n && (n == 0 || memcmp(s.ptr, text, n) == 0);
}

/* The value an astring carries: a quoted string's escapes undone (RFC 3501 quoted). */
static int string_is(const qrs_string *s, const char *want_text)
{
    char buf[64];
    size_t n = 0;
    if (s->form != QRS_STR_QUOTED)
        return slice_is(s->value, want_text);
    for (size_t i = 0; i < s->value.len && n < sizeof buf; i++) {
        if (s->value.ptr[i] == '\\' && i + 1 < s->value.len)
            i++;
        buf[n++] = s->value.ptr[i];
    }
    return n == strlen(want_text) && memcmp(buf, want_text, n) == 0;
}

/* A parsed set holds exactly the values of the normalized list want. */
static int set_is(const qrs_seqset *set, const qrs_ranges *want_r)
{
    static qrs_urange v[64];
    qrs_ranges got;
    if (set->flags & QRS_SET_HAS_STAR)
        return 0;
    qrs_ranges_init(&got, v, 64);
    if (qrs_ranges_from_seqset(&got, set, 0) != QRS_OK || got.n != want_r->n)
        return 0;
    for (size_t i = 0; i < got.n; i++)
        if (got.v[i].lo != want_r->v[i].lo || got.v[i].hi != want_r->v[i].hi)
            return 0;
    return 1;
}

/* The numbers of a set in the order written, each element low to high (as
 * seq-match-data pairs them); 0 when there are more than cap. */
static size_t list_of(const qrs_seqset *set, uint32_t *list, size_t cap)
{
    qrs_seqset_iter it;
    qrs_range e;
    size_t n = 0;
    qrs_seqset_iter_init(&it, set);
    while (qrs_seqset_next(&it, &e)) {
        uint32_t lo = e.first < e.last ? e.first : e.last, hi = e.first < e.last ? e.last : e.first;
        for (uint64_t x = lo; x <= hi; x++) {
            if (n == cap)
                return 0;
            list[n++] = (uint32_t)x;
        }
    }
    return n;
}

/* qrs_frame() over s[0..len) in one read: one message of len bytes, with
 * exactly one sync literal of lit bytes before it when lit >= 0. */
static void frame_one(const char *s, size_t len, long lit)
{
    qrs_framer f;
    qrs_frame_status st;
    size_t mlen = 0;
    uint32_t lit_len = 0;
    qrs_framer_init(&f, 0);
    must(qrs_frame(&f, s, len, &st, &mlen, &lit_len) == QRS_OK, "the framer fails on the output");
    if (lit >= 0) {
        must(st == QRS_FRAME_LITERAL && lit_len == (uint32_t)lit, "the framer misses the APPEND literal");
        must(qrs_frame(&f, s, len, &st, &mlen, &lit_len) == QRS_OK, "the framer fails on the output");
    }
    must(st == QRS_FRAME_MESSAGE && mlen == len,
         "the framer does not read the output as one message (a line ending in {n} is a literal announcement)");
}

static void check_values(const values *v, const char *s, size_t len, size_t count)
{
    static char again[OUT_CAP];
    qrs_arena a;
    const qrs_message *m;
    qrs_arena_init(&a, arena_buf, sizeof arena_buf);
    const qrs_side C = QRS_SIDE_CLIENT, S = QRS_SIDE_SERVER;
    if (v->which != B_VANISHED_SPLIT)
        frame_one(s, len, v->which == B_APPEND ? (long)v->message_len : -1);
    switch (v->which) {
    case B_VANISHED:
        m = parse_back(s, len, v->d, S, QRS_RESP_VANISHED, &a);
        if (v->d == QRS_DIALECT_DRAFT03)
            must(m->u.vanished.has_tag == v->earlier && (!v->earlier || string_is(&m->u.vanished.tag, v->draft_tag_p)),
                 "VANISHED: another TAG");
        else
            must(m->u.vanished.earlier == v->earlier && !m->u.vanished.has_tag, "VANISHED: another (EARLIER)");
        must(set_is(&m->u.vanished.uids, &v->ranges), "VANISHED: other UIDs");
        break;
    case B_VANISHED_SPLIT: {
        /* split into messages by the framer, each parsed; their sets are
         * disjoint and together the whole set */
        static qrs_urange acc_v[256], tmp_v[256], part_v[64];
        qrs_ranges acc, tmp, part;
        qrs_ranges_init(&acc, acc_v, 256);
        size_t off = 0, lines = 0;
        while (off < len) {
            qrs_framer f;
            qrs_frame_status st;
            size_t mlen = 0;
            uint32_t lit = 0;
            qrs_framer_init(&f, 0);
            must(qrs_frame(&f, s + off, len - off, &st, &mlen, &lit) == QRS_OK && st == QRS_FRAME_MESSAGE,
                 "VANISHED split: a line the framer does not end");
            must(mlen <= v->max_line, "VANISHED split: a line longer than max_line");
            qrs_arena_reset(&a);
            m = parse_back(s + off, mlen, v->d, S, QRS_RESP_VANISHED, &a);
            must(v->d == QRS_DIALECT_DRAFT03 ? m->u.vanished.has_tag == v->earlier : m->u.vanished.earlier == v->earlier,
                 "VANISHED split: another marker");
            qrs_ranges_init(&part, part_v, 64);
            must(qrs_ranges_from_seqset(&part, &m->u.vanished.uids, 0) == QRS_OK, "VANISHED split: set");
            qrs_ranges_init(&tmp, tmp_v, 256);
            must(qrs_ranges_intersect(&acc, &part, &tmp) == QRS_OK && tmp.n == 0, "VANISHED split: a UID twice");
            must(qrs_ranges_union(&acc, &part, &tmp) == QRS_OK, "VANISHED split: union");
            acc.n = tmp.n;
            memcpy(acc_v, tmp_v, tmp.n * sizeof tmp_v[0]);
            off += mlen;
            lines++;
        }
        must(lines == count, "VANISHED split: count differs from the lines written");
        must(acc.n == v->ranges.n, "VANISHED split: the lines do not hold the set");
        for (size_t i = 0; i < acc.n; i++)
            must(acc.v[i].lo == v->ranges.v[i].lo && acc.v[i].hi == v->ranges.v[i].hi,
                 "VANISHED split: the lines do not hold the set");
        break;
    }
    case B_SELECT: {
        m = parse_back(s, len, v->d, C, QRS_CMD_SELECT, &a);
        const qrs_select_cmd *sel = &m->u.select;
        must(slice_is(m->tag, v->tag_p) && sel->examine == v->examine, "SELECT: another tag or command");
        must(string_is(&sel->mailbox, v->mailbox_p), "SELECT: another mailbox");
        must(!sel->condstore == !v->condstore, "SELECT: CONDSTORE");
        must(!sel->qresync == !v->has_q, "SELECT: QRESYNC");
        if (v->has_q) {
            const qrs_qresync *q = &sel->qresync->qresync;
            uint32_t list[8];
            must(q->uidvalidity == v->q.uidvalidity && q->modseq == v->q.modseq, "SELECT: UIDVALIDITY or modseq");
            must(!q->has_known_uids == !v->q.known_uids, "SELECT: known-uids present or not");
            must(!v->q.known_uids || set_is(&q->known_uids, v->q.known_uids), "SELECT: other known-uids");
            must(!q->has_seq_match == !v->match_count, "SELECT: seq-match-data present or not");
            if (v->match_count) {
                must(list_of(&q->known_sequence_set, list, 8) == v->match_count &&
                         !memcmp(list, v->seqs, v->match_count * sizeof list[0]),
                     "SELECT: other message numbers");
                must(list_of(&q->known_uid_set, list, 8) == v->match_count &&
                         !memcmp(list, v->uids, v->match_count * sizeof list[0]),
                     "SELECT: other UIDs in seq-match-data");
            }
        }
        break;
    }
    case B_UID_FETCH: {
        m = parse_back(s, len, v->d, C, QRS_CMD_FETCH, &a);
        const qrs_fetch_cmd *f = &m->u.fetch;
        must(slice_is(m->tag, v->tag_p) && m->uid, "UID FETCH: another tag or not UID");
        must(slice_is(f->set.text, v->set) && slice_is(f->atts_raw, v->atts), "UID FETCH: another set or attributes");
        must(f->has_changedsince == (v->modseq != 0) && (!v->modseq || f->changedsince == v->modseq),
             "UID FETCH: another CHANGEDSINCE");
        must(!f->vanished == !v->vanished, "UID FETCH: VANISHED");
        break;
    }
    case B_STORE: {
        m = parse_back(s, len, v->d, C, QRS_CMD_STORE, &a);
        const qrs_store_cmd *st = &m->u.store;
        must(slice_is(m->tag, v->tag_p) && !m->uid == !v->uid, "STORE: another tag or UID");
        must(slice_is(st->set.text, v->set), "STORE: another set");
        must(st->has_unchangedsince && st->unchangedsince == v->modseq, "STORE: another UNCHANGEDSINCE");
        must(slice_is(st->action, v->action) && slice_is(st->flags, v->flags), "STORE: another action or flags");
        break;
    }
    case B_STATUS: {
        m = parse_back(s, len, v->d, S, QRS_RESP_COND, &a);
        const qrs_cond *c = &m->u.cond;
        must(slice_is(m->tag, v->tag_p) && slice_is(c->status, v->status), "status: another tag or status");
        must(c->text.code == v->code, "status: another response code");
        must(v->code != QRS_CODE_HIGHESTMODSEQ || c->text.number == v->number, "status: another HIGHESTMODSEQ");
        must(v->code != QRS_CODE_MODIFIED || set_is(&c->text.modified, &v->ranges), "status: another MODIFIED set");
        must(slice_is(c->text.text, v->text_p), "status: another text");
        break;
    }
    case B_ENABLE: {
        m = parse_back(s, len, v->d, C, QRS_CMD_ENABLE, &a);
        const qrs_word *w = m->u.words;
        must(slice_is(m->tag, v->tag_p), "ENABLE: another tag");
        for (size_t i = 0; i < v->n_caps; i++, w = w->next)
            must(w && slice_is(w->text, v->caps[i]), "ENABLE: another capability");
        must(!w, "ENABLE: more capabilities");
        break;
    }
    case B_FETCH_MODSEQ: {
        m = parse_back(s, len, v->d, S, QRS_RESP_FETCH, &a);
        const qrs_fetch_resp *f = &m->u.fetch_resp;
        must(f->number == v->msgno && f->has_uid && f->uid == v->uid32 && f->has_modseq && f->modseq == v->modseq,
             "FETCH: another message number, UID or MODSEQ");
        const qrs_item *it = f->items;
        while (it && it->kind != QRS_ITEM_FLAGS)
            it = it->next;
        must(!it == !v->flags && (!it || slice_is(it->value, v->flags)), "FETCH: other FLAGS");
        break;
    }
    case B_SEARCH_MODSEQ: {
        m = parse_back(s, len, v->d, S, QRS_RESP_SEARCH, &a);
        const qrs_search_resp *sr = &m->u.search_resp;
        must(sr->count == v->n_numbers && !sr->has_modseq == !v->n_numbers && (!v->n_numbers || sr->modseq == v->modseq),
             "SEARCH: another count or MODSEQ");
        size_t i = 0, k = 0;
        for (; k < v->n_numbers; k++) {
            uint64_t x = 0;
            while (i < sr->numbers.len && sr->numbers.ptr[i] == ' ')
                i++;
            while (i < sr->numbers.len && sr->numbers.ptr[i] >= '0' && sr->numbers.ptr[i] <= '9')
                x = x * 10u + (uint64_t)(sr->numbers.ptr[i++] - '0');
            must(x == v->numbers[k], "SEARCH: other numbers");
        }
        break;
    }
    case B_BARE:
        m = parse_back(s, len, v->d, C, QRS_CMD_OTHER, &a);
        must(slice_is(m->tag, v->tag_p) && slice_is(m->u.other.name, v->command) && m->u.other.args.len == 0,
             "bare command: another tag or command");
        break;
    case B_APPEND: {
        m = parse_back(s, len, v->d, C, QRS_CMD_OTHER, &a);
        qrs_slice args = m->u.other.args;
        must(slice_is(m->tag, v->tag_p) && slice_is(m->u.other.name, "APPEND"), "APPEND: another tag or command");
        /* the mailbox as written (an atom, or a quoted string), read back
         * through the parser inside a SELECT */
        size_t i = 0;
        if (args.len && args.ptr[0] == '"') {
            for (i = 1; i < args.len && args.ptr[i] != '"'; i++)
                if (args.ptr[i] == '\\')
                    i++;
            i++;
        } else {
            while (i < args.len && args.ptr[i] != ' ')
                i++;
        }
        int n = snprintf(again, sizeof again, "t SELECT %.*s\r\n", (int)i, args.ptr);
        qrs_arena a2;
        static unsigned char arena2[1 << 12];
        qrs_arena_init(&a2, arena2, sizeof arena2);
        const qrs_message *sel = parse_back(again, (size_t)n, v->d, C, QRS_CMD_SELECT, &a2);
        must(string_is(&sel->u.select.mailbox, v->mailbox_p), "APPEND: another mailbox");
        /* then " flags" when given, then the literal: the first CRLF of the
         * output ends its announcement, and the data runs to the final CRLF */
        if (v->flags)
            must(args.len > i + 1 + strlen(v->flags) && args.ptr[i] == ' ' &&
                     !memcmp(args.ptr + i + 1, v->flags, strlen(v->flags)),
                 "APPEND: other flags");
        const char *crlf = strstr(s, "\r\n");
        must(crlf && (size_t)(crlf - s) + 2u + v->message_len + 2u == len &&
                 !memcmp(crlf + 2, v->message, v->message_len),
             "APPEND: other message octets");
        break;
    }
    case B_SEARCH: {
        m = parse_back(s, len, v->d, C, QRS_CMD_SEARCH, &a);
        const qrs_search_modseq *sm = m->u.search.modseq;
        must(slice_is(m->tag, v->tag_p) && !m->uid == !v->uid, "SEARCH: another tag or UID");
        must(sm && !sm->next && sm->modseq == v->modseq && !sm->has_entry == !v->flag, "SEARCH: another MODSEQ");
        if (v->flag) {
            /* entry-name: the quoted "/flags/" attr-flag, its backslash escaped */
            qrs_string q = {QRS_STR_QUOTED, sm->entry_name, {sm->entry_name.ptr + 1, sm->entry_name.len - 2}};
            char name[40];
            snprintf(name, sizeof name, "/flags/%s", v->flag);
            must(sm->entry_name.len >= 2 && string_is(&q, name), "SEARCH: another entry name");
            must(slice_is(sm->entry_type, v->entry_type), "SEARCH: another entry type");
        }
        break;
    }
    default: { /* B_SELECT_BUDGET */
        must(len <= v->max_line, "SELECT budget: longer than max_line");
        m = parse_back(s, len, v->d, C, QRS_CMD_SELECT, &a);
        const qrs_select_cmd *sel = &m->u.select;
        must(slice_is(m->tag, v->tag_p) && sel->examine == v->examine && sel->qresync, "SELECT budget: command");
        const qrs_qresync *q = &sel->qresync->qresync;
        must(q->uidvalidity == v->uidvalidity && q->modseq == v->modseq, "SELECT budget: UIDVALIDITY or modseq");
        if (q->has_known_uids) {
            /* a superset of the cache is allowed, nothing below or above it */
            static qrs_urange kv[64];
            qrs_ranges k;
            qrs_ranges_init(&k, kv, 64);
            must(qrs_ranges_from_seqset(&k, &q->known_uids, 0) == QRS_OK, "SELECT budget: known-uids");
            for (size_t i = 0; i < v->match_count; i++)
                must(qrs_ranges_contains(&k, v->cache[i]), "SELECT budget: known-uids lacks a cached UID");
            must(k.n && v->match_count && k.v[0].lo >= v->cache[0] && k.v[k.n - 1].hi <= v->cache[v->match_count - 1],
                 "SELECT budget: known-uids beyond the cache");
        }
        if (q->has_seq_match) {
            /* every pair is true: message n has the cache's nth UID */
            uint32_t seqs[40], uids[40];
            size_t ns = list_of(&q->known_sequence_set, seqs, 40), nu = list_of(&q->known_uid_set, uids, 40);
            must(ns && ns == nu, "SELECT budget: seq-match-data does not pair");
            for (size_t i = 0; i < ns; i++)
                must(seqs[i] >= 1 && seqs[i] <= v->match_count && v->cache[seqs[i] - 1] == uids[i],
                     "SELECT budget: a pair that the cache does not have");
        }
        break;
    }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static values v;
    if (size < 3)
        return 0;
    reader r = {data + 3, size - 3};
    memset(&v, 0, sizeof v);
    v.d = (qrs_dialect)(data[0] % 3);
    v.which = data[1] % N_BUILDERS;
    gen_values(&r, &v);

    size_t len = 0, count = 0, len2 = 0, count2 = 0;
    shown = NULL;
    memset(out, 0x55, sizeof out);
    qrs_code rc = call(&v, out, sizeof out, &len, &count);
    if (rc != QRS_OK) {
        for (size_t i = 0; i < sizeof out; i++)
            must((unsigned char)out[i] == 0x55, "a refusal wrote into the buffer");
        if (v.w == WANT_OK)
            fprintf(stderr, "fuzz_build_values: builder %u refuses with %s\n", v.which, qrs_code_name(rc));
        must(v.w != WANT_OK, "the builder refuses values the grammar allows");
        return 0;
    }
    shown = out;
    shown_len = len < sizeof out ? len : sizeof out - 1;
    must(v.w != WANT_REFUSE, "the builder accepts a value the grammar forbids");
    must(len > 0 && len < sizeof out && out[len] == 0 && memchr(out, 0, len) == NULL,
         "the output is not one NUL-terminated text of the length given");

    /* snprintf-style: a short buffer gets the same length and a cut, terminated copy */
    size_t cap2 = data[2] % (len + 1);
    memset(small, 0x55, cap2 + 1);
    must(call(&v, cap2 ? small : NULL, cap2, &len2, &count2) == QRS_OK && len2 == len,
         "a short buffer changes the code or the length");
    must(cap2 == 0 || (small[cap2 - 1] == 0 && !memcmp(small, out, cap2 - 1)), "a short buffer gets another text");
    must((unsigned char)small[cap2] == 0x55 || cap2 == 0, "a short buffer is written past its end");

    check_values(&v, out, len, count);
    return 0;
}
