/*
 * lexer.re - re2c 3.0 source of the tokenizer (generated into gen/lexer.c).
 *
 * The lexer reads the caller's buffer in place: it never reads at or past
 * ctx->lim (re2c:eof with a bounds-checked YYPEEK) and never writes to it.
 * IMAP token boundaries depend on the position in the line (RFC 3501 section
 * 9: free text after a status keyword, the inside of a resp-text-code), so the
 * lexer keeps a small mode in ctx, driven by the tokens it has itself produced,
 * never by parser lookahead.
 *
 * Word-like runs (atoms, numbers, sequence-sets, astrings, list-mailbox words)
 * are matched as one run of printable characters and then classified, so that
 * a whole sequence-set is one token, validated later in one pass.
 */
#include <string.h>

#include "internal.h"
#include "parser.h"

/* The end of the input cuts into the token that starts at c->tok: more
 * bytes could make it longer, or another token (qrs_fail then reads an
 * error in it as incomplete input).  The first such token counts. */
static void cut_by_end(qrs_ctx *c)
{
    if (!c->open_token)
        c->open_token = (size_t)(c->tok - c->base) + 1;
}

/*!re2c
    re2c:api = custom;
    re2c:api:style = free-form;
    re2c:define:YYCTYPE = "unsigned char";
    re2c:define:YYPEEK = "(c->cur < c->lim ? (unsigned char)*c->cur : 0u)";
    re2c:define:YYSKIP = "++c->cur;";
    re2c:define:YYBACKUP = "c->mar = c->cur;";
    re2c:define:YYRESTORE = "c->cur = c->mar;";
    re2c:define:YYLESSTHAN = "c->cur >= c->lim";
    re2c:yyfill:enable = 0;
    re2c:eof = 0;

    // abnf: ATOM-CHAR prose-atom-char atom-specials list-wildcards quoted-specials resp-specials CTL
    // ATOM-CHAR = <any CHAR except atom-specials> (RFC 3501 section 9): printable
    // ASCII except ( ) { SP % * " \ ].
    atom_char = [!#$&'+,\-./0-9:;<=>?@A-Z[^_`a-z|}~];
    // abnf: ASTRING-CHAR
    // Word runs also take the list-wildcards % * and resp-specials ]; the run is
    // classified afterwards (atom, astring, sequence-set, list-mailbox word).
    word_char = atom_char | [%*\]];
    // abnf: DIGIT digit-nz ALPHA CHAR SP CR LF CRLF DQUOTE
    digit = [0-9];
*/

/* Bytes allowed in TEXT-CHAR (RFC 3501: any CHAR except CR and LF); 8-bit
 * bytes only under QRS_LENIENT_8BIT_TEXT.  Returns the end of the run; an
 * 8-bit byte is reported as QRS_E_8BIT. */
/* abnf: TEXT-CHAR text prose-char-not-crlf prose-text-char-not-rbracket resp-text-plain prose-text-char-not-lbracket */
static const char *scan_text(qrs_ctx *c, const char *p, int stop_at_rbracket)
{
    while (p < c->lim) {
        unsigned char b = (unsigned char)*p;
        if (b == 0 || b == '\r' || b == '\n' || (stop_at_rbracket && b == ']'))
            break;
        if (b >= 0x80 && !(c->lenient & QRS_LENIENT_8BIT_TEXT)) {
            qrs_fail(c, QRS_E_8BIT, (size_t)(p - c->base), "text", "8-bit byte in text (RFC 3501 TEXT-CHAR is 7-bit)");
            return NULL;
        }
        p++;
    }
    return p;
}

/* abnf: literal CHAR8 number */
/* literal = "{" number "}" CRLF *CHAR8 (RFC 3501); {n+} is RFC 7888 LITERAL+. */
static int lex_literal(qrs_ctx *c)
{
    const char *p = c->tok + 1;
    uint64_t n = 0;
    for (; p < c->cur && *p >= '0' && *p <= '9'; p++) {
        n = n * 10u + (uint64_t)(*p - '0');
        if (n > UINT32_MAX) {
            qrs_fail(c, QRS_E_NUMBER_RANGE, (size_t)(c->tok + 1 - c->base), "literal",
                     "literal length above 4294967295");
            return QRS_TOK_QRS_YYerror;
        }
    }
    if (*p == '+' && (c->server || !(c->lenient & QRS_LENIENT_LITERAL_PLUS))) {
        qrs_fail(c, QRS_E_SYNTAX, (size_t)(p - c->base), "literal",
                 c->server ? "non-synchronizing literal in a response" : "non-synchronizing literal (needs lenient literal-plus)");
        return QRS_TOK_QRS_YYerror;
    }
    if (c->lim - c->cur < 2) {
        qrs_fail(c, QRS_E_INCOMPLETE, (size_t)(c->cur - c->base), "literal", "input ends before the CRLF of a literal");
        return QRS_TOK_QRS_YYerror;
    }
    if (c->cur[0] != '\r' || c->cur[1] != '\n') {
        qrs_fail(c, QRS_E_SYNTAX, (size_t)(c->cur - c->base), "literal", "a literal's length must be followed by CRLF");
        return QRS_TOK_QRS_YYerror;
    }
    c->cur += 2;
    /* A literal that would end past max_message_len is refused at its
     * announcement, whether or not its data has arrived: a reader need
     * not buffer a byte of it to know (the framer does the same). */
    if ((uint64_t)(c->cur - c->base) + n > c->max_message_len) {
        qrs_fail(c, QRS_E_TOO_LONG, (size_t)(c->tok - c->base), "literal", "literal ends past max_message_len");
        return QRS_TOK_QRS_YYerror;
    }
    if ((uint64_t)(c->lim - c->cur) < n) {
        qrs_fail(c, QRS_E_INCOMPLETE, (size_t)(c->tok - c->base), "literal", "input ends inside a literal");
        return QRS_TOK_QRS_YYerror;
    }
    const char *nul = memchr(c->cur, 0, (size_t)n);
    if (nul) {
        qrs_fail(c, QRS_E_SYNTAX, (size_t)(nul - c->base), "CHAR8", "NUL byte inside a literal");
        return QRS_TOK_QRS_YYerror;
    }
    c->cur += n;
    return QRS_TOK_LITERAL;
}

/* abnf: quoted QUOTED-CHAR prose-text-char-not-quoted-special */
/* quoted = DQUOTE *QUOTED-CHAR DQUOTE; QUOTED-CHAR = TEXT-CHAR except " and \, or "\" quoted-specials. */
static int lex_quoted(qrs_ctx *c)
{
    const char *p = c->cur;
    for (;;) {
        if (p >= c->lim) {
            /* at the end of input: incomplete for a message (see qrs_fail) */
            qrs_fail(c, QRS_E_SYNTAX, (size_t)(p - c->base), "quoted", "unterminated quoted string");
            return QRS_TOK_QRS_YYerror;
        }
        unsigned char b = (unsigned char)*p;
        if (b == '"') {
            c->cur = p + 1;
            return QRS_TOK_QUOTED;
        }
        if (b == '\\') {
            if (p + 1 >= c->lim)
                cut_by_end(c); /* the escaped byte is still to come */
            if (p + 1 >= c->lim || (p[1] != '"' && p[1] != '\\')) {
                qrs_fail(c, QRS_E_SYNTAX, (size_t)(p - c->base), "quoted", "only \\\" and \\\\ may be escaped in a quoted string");
                return QRS_TOK_QRS_YYerror;
            }
            p += 2;
            continue;
        }
        if (b == 0 || b == '\r' || b == '\n') {
            qrs_fail(c, QRS_E_SYNTAX, (size_t)(p - c->base), "quoted", "CR, LF or NUL inside a quoted string");
            return QRS_TOK_QRS_YYerror;
        }
        if (b >= 0x80 && !(c->lenient & QRS_LENIENT_8BIT_TEXT)) {
            qrs_fail(c, QRS_E_8BIT, (size_t)(p - c->base), "quoted", "8-bit byte in a quoted string");
            return QRS_TOK_QRS_YYerror;
        }
        p++;
    }
}

/* A run containing "[" may be a fetch-att or msg-att name with a section,
 * which can hold SP and parentheses: BODY[HEADER.FIELDS (DATE FROM)]<0.10>.
 * Extend it to the closing "]" and any "<partial>".  A section-text holds no
 * "[" (generic.abnf), so the search gives up at the next "[": the stretch
 * each search reads ends before the next run that could start one, so every
 * byte is read by at most one search and lexing stays linear (a search to
 * the line's end from every "x[" made "x[ x[ x[ ..." quadratic). */
/* abnf: section-word prose-section-char section-text prose-section-char-not-paren */
/* What may follow the "]" of a section-word: nothing, or the partial
 * "<" 1*DIGIT ["." 1*DIGIT] ">". */
static int section_tail_ok(const char *p, const char *end)
{
    if (p == end)
        return 1;
    if (*p++ != '<' || p == end || *p < '0' || *p > '9')
        return 0;
    while (p < end && *p >= '0' && *p <= '9')
        p++;
    if (p < end && *p == '.') {
        if (++p == end || *p < '0' || *p > '9')
            return 0;
        while (p < end && *p >= '0' && *p <= '9')
            p++;
    }
    return p + 1 == end && *p == '>';
}

static int extend_section(qrs_ctx *c, const char *run_end)
{
    const char *p = run_end;
    int depth = 0;
    /* section-text: TEXT-CHARs other than "[" and "]" (7-bit, no CR or LF),
     * with balanced parentheses; a ")" with none open ends it: no
     * section-word. */
    while (p < c->lim && *p != ']' && *p != '[' && *p != '\r' && *p != '\n' && *p != 0 &&
           (unsigned char)*p < 0x80) {
        if (*p == '(')
            depth++;
        else if (*p == ')' && depth-- == 0)
            return 0;
        p++;
    }
    if (p >= c->lim) {
        cut_by_end(c); /* its "]" may still come */
        return 0;
    }
    if (*p != ']' || depth != 0)
        return 0;
    p++;
    const char *tail = p;
    while (p < c->lim && *p != ' ' && *p != ')' && *p != '(' && *p != '\r' && *p != '\n' && *p != 0 &&
           *p != '"' && *p != '\\' && *p != '{' && (unsigned char)*p > 0x20 && (unsigned char)*p < 0x7f)
        p++;
    if (p == c->lim)
        cut_by_end(c); /* a partial may still be completed */
    if (!section_tail_ok(tail, p))
        return 0; /* not a section-word: the run is read as it stands */
    c->cur = p;
    return 1;
}

static int is_alpha(unsigned char b)
{
    return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z');
}

/* Classify a word run [c->tok, c->cur). */
/* abnf: atom astring sequence-set seq-number seq-range list-word section-word prose-name-char */
static int classify_word(qrs_ctx *c)
{
    const char *p;
    int only_digits = 1, only_set = 1, wild = 0, rbr = 0, lbr = 0;
    for (p = c->tok; p < c->cur; p++) {
        unsigned char b = (unsigned char)*p;
        if (b < '0' || b > '9') {
            only_digits = 0;
            if (b != ':' && b != ',' && b != '*')
                only_set = 0;
        }
        if (b == '%' || b == '*')
            wild = 1;
        else if (b == ']')
            rbr = 1;
        else if (b == '[')
            lbr = 1;
    }
    /* section-word = 1*ATOM-CHAR "[" section-text "]" [partial], where
     * section-text holds no "[": its "[" is the last one before the first
     * "]", and everything before it is ATOM-CHARs ("[" is one too, "]" is
     * not); only a partial may follow the "]".  So "][x" and "x]y[z" start
     * none, "[[x]" is one, "a[%[b]" is none, and "x[y]z" is an astring.  A
     * run with no "]" may reach on to the next "]" of the line. */
    const char *first_r = memchr(c->tok, ']', (size_t)(c->cur - c->tok));
    const char *open = NULL; /* the last "[" before first_r (or the run's end) */
    for (p = first_r ? first_r : c->cur; p > c->tok && !open;)
        if (*--p == '[')
            open = p;
    int section_open = open && open > c->tok;
    for (p = c->tok; section_open && p < open; p++)
        section_open = qrs_is_atom_char((unsigned char)*p);
    /* The word that names a command or a response (after the tag, "*",
     * "* n" or "UID") is an atom (generic-name): never a section-word, so
     * "x[" there ends at the word and a later "]" is not joined to it. */
    int name_position = !c->frag && (c->line_tokens == 1 || (c->line_tokens == 2 && c->server &&
                                                             c->prev_token == QRS_TOK_NUMBER) ||
                                     (c->line_tokens == 2 && !c->server && c->prev_token == QRS_TOK_K_UID));
    if (lbr && section_open && !name_position && c->mode == QRS_LEX_NORMAL) {
        if (first_r && section_tail_ok(first_r + 1, c->cur))
            return QRS_TOK_SECTION;
        if (!first_r && extend_section(c, c->cur))
            return QRS_TOK_SECTION;
    }
    if (only_digits)
        return QRS_TOK_NUMBER;
    if (only_set)
        return QRS_TOK_SEQSET;
    if (wild)
        return QRS_TOK_LIST_WORD;
    if (rbr)
        return QRS_TOK_ASTRING_WORD;
    if (is_alpha((unsigned char)c->tok[0])) {
        int kw = qrs_keyword_lookup(c->tok, (size_t)(c->cur - c->tok));
        /* ENABLE and ENABLED came with draft -05 (RFC 5161 section 4);
         * draft -03's grammar has neither, so there they are atoms like
         * any other name, and "A1 ENABLE X*" is a generic command. */
        if (c->dialect == QRS_DIALECT_DRAFT03 && (kw == QRS_TOK_K_ENABLE || kw == QRS_TOK_K_ENABLED))
            kw = 0;
        if (kw)
            return kw;
    }
    return QRS_TOK_ATOM;
}

static int lex_normal(qrs_ctx *c)
{
    c->tok = c->cur;
    /* A number or a sequence-set (the bulk of a long line) is found and
     * validated in one pass by src/seqset.c; anything else it declines goes
     * through the word rule below. */
    if (c->cur < c->lim && ((unsigned char)(*c->cur - '0') < 10 || *c->cur == '*')) {
        int w = qrs_lex_number_or_set(c);
        if (w)
            return w == QRS_WORD_NUMBER ? QRS_TOK_NUMBER : QRS_TOK_SEQSET;
    }
    /*!re2c
        $ { return QRS_TOK_YYEOF; }
        // abnf: SP
        " " { return QRS_TOK_SP; }
        // abnf: CRLF
        "\r\n" { return QRS_TOK_CRLF; }
        "(" {
            if (++c->depth > c->max_depth) {
                qrs_fail(c, QRS_E_TOO_DEEP, (size_t)(c->tok - c->base), "parenthesis",
                         "parentheses nested deeper than max_depth");
                return QRS_TOK_QRS_YYerror;
            }
            return QRS_TOK_LPAREN;
        }
        ")" { if (c->depth) c->depth--; return QRS_TOK_RPAREN; }
        "{" digit+ "+"? "}" { return lex_literal(c); }
        // The start of a literal's length or of a CRLF, cut off by the end of
        // the input: a message that is not complete yet.  Elsewhere, bytes
        // that start no token.
        "{" digit* "+"? | "\r" {
            if (c->cur == c->lim) {
                qrs_fail(c, QRS_E_SYNTAX, (size_t)(c->cur - c->base), c->tok[0] == '{' ? "literal" : "CRLF",
                         "input ends inside a token");
                return QRS_TOK_QRS_YYerror;
            }
            c->cur = c->tok + 1;
            return QRS_TOK_INVALID;
        }
        ["] { return lex_quoted(c); }
        // abnf: flag-extension flag-perm
        "\\" atom_char+ { return QRS_TOK_FLAG; }
        "\\*" { return QRS_TOK_FLAG; }
        word_char+ {
            if (c->mode == QRS_LEX_CODE) {
                /* Inside a resp-text-code "]" closes the code, it is not an astring char. */
                const char *r = memchr(c->tok, ']', (size_t)(c->cur - c->tok));
                if (r == c->tok) {
                    c->cur = c->tok + 1;
                    c->mode = QRS_LEX_AFTER_CODE;
                    return QRS_TOK_RBRACKET;
                }
                if (r)
                    c->cur = r;
            }
            return classify_word(c);
        }
        * {
            if (c->cur == c->lim && c->tok[0] == '\\')
                cut_by_end(c); /* a flag's "\\" whose name is still to come */
            return QRS_TOK_INVALID;
        }
    */
}

/* First token of a message. */
/* abnf: tag prose-astring-char-not-plus */
static int lex_start(qrs_ctx *c)
{
    c->mode = QRS_LEX_NORMAL;
    c->tok = c->cur;
    /*!re2c
        $ { return QRS_TOK_YYEOF; }
        "*" { return QRS_TOK_UNTAGGED; }
        "+" { return QRS_TOK_CONTINUE; }
        // tag = 1*<any ASTRING-CHAR except "+">
        ([!#$&',\-./0-9:;<=>?@A-Z[^_`a-z|}~] | "]")+ { return QRS_TOK_TAG; }
        * { return QRS_TOK_INVALID; }
    */
}

/* The atom naming a resp-text-code.  Codes with their own production commit
 * to it (grammar.md section 5: a specific keyword takes its production); any
 * other atom takes the RFC 3501 fallback atom [SP 1*<TEXT-CHAR except "]">]. */
/* abnf: resp-text-code generic-resp-code code-charset prose-quoted-char-not-rbracket
 * abnf: prose-text-char-not-quoted-special-not-rbracket */
static int lex_code_name(qrs_ctx *c)
{
    const char *p = c->cur;
    while (p < c->lim) {
        unsigned char b = (unsigned char)*p;
        if (!qrs_is_atom_char(b))
            break;
        p++;
    }
    if (p == c->cur) {
        c->mode = QRS_LEX_NORMAL;
        return lex_normal(c);
    }
    c->cur = p;
    int kw = qrs_keyword_lookup(c->tok, (size_t)(p - c->tok));
    switch (kw) {
    case QRS_TOK_K_HIGHESTMODSEQ:
    case QRS_TOK_K_NOMODSEQ:
    case QRS_TOK_K_MODIFIED:
    case QRS_TOK_K_UIDNEXT:
    case QRS_TOK_K_UIDVALIDITY:
    case QRS_TOK_K_UNSEEN:
        c->mode = QRS_LEX_CODE;
        return kw;
    case QRS_TOK_K_CLOSED:
        /* CLOSED was added in draft -05; draft -03 reads it as an ordinary atom code. */
        if (c->dialect != QRS_DIALECT_DRAFT03) {
            c->mode = QRS_LEX_CODE;
            return kw;
        }
        break;
    default:
        break;
    }
    c->mode = QRS_LEX_CODE_OTHER;
    return QRS_TOK_CODE_ATOM;
}

static int lex_token(qrs_ctx *c)
{
    const char *end;
    c->tok = c->cur;
    if (c->cur >= c->lim)
        return QRS_TOK_YYEOF;
    switch (c->mode) {
    case QRS_LEX_START:
        return lex_start(c);
    case QRS_LEX_TEXT_OR_CODE:
        if (*c->cur == '[') {
            c->cur++;
            c->mode = QRS_LEX_CODE_NAME;
            return QRS_TOK_LBRACKET;
        }
        /* fall through */
    case QRS_LEX_TEXT:
        c->mode = QRS_LEX_NORMAL;
        end = scan_text(c, c->cur, 0);
        if (!end)
            return QRS_TOK_QRS_YYerror;
        if (end > c->cur) {
            c->cur = end;
            return QRS_TOK_TEXT;
        }
        return lex_normal(c);
    case QRS_LEX_CODE_NAME:
        return lex_code_name(c);
    case QRS_LEX_CODE_OTHER:
        if (*c->cur == ' ') {
            c->cur++;
            c->mode = QRS_LEX_CODE_TEXT;
            return QRS_TOK_SP;
        }
        if (*c->cur == ']') {
            c->cur++;
            c->mode = QRS_LEX_AFTER_CODE;
            return QRS_TOK_RBRACKET;
        }
        c->mode = QRS_LEX_NORMAL;
        return lex_normal(c);
    case QRS_LEX_CODE_TEXT:
        c->mode = QRS_LEX_CODE;
        end = scan_text(c, c->cur, 1);
        if (!end)
            return QRS_TOK_QRS_YYerror;
        if (end > c->cur) {
            c->cur = end;
            return QRS_TOK_CODE_TEXT;
        }
        return lex_normal(c);
    case QRS_LEX_AFTER_CODE:
        if (*c->cur == ' ') {
            c->cur++;
            c->mode = QRS_LEX_TEXT;
            return QRS_TOK_SP;
        }
        c->mode = QRS_LEX_NORMAL;
        return lex_normal(c);
    case QRS_LEX_CODE:
    case QRS_LEX_NORMAL:
    default:
        return lex_normal(c);
    }
}

/* Whether more bytes right after token t could make it longer or another
 * token: every word-like token (atoms, keywords, numbers, sets, flags,
 * tags, text); not punctuation, a complete quoted string or literal, or a
 * byte that starts no token. */
static int may_grow(int t)
{
    switch (t) {
    case QRS_TOK_YYEOF:
    case QRS_TOK_QRS_YYerror:
    case QRS_TOK_SP:
    case QRS_TOK_CRLF:
    case QRS_TOK_LPAREN:
    case QRS_TOK_RPAREN:
    case QRS_TOK_LBRACKET:
    case QRS_TOK_RBRACKET:
    case QRS_TOK_QUOTED:
    case QRS_TOK_LITERAL:
    case QRS_TOK_UNTAGGED:
    case QRS_TOK_CONTINUE:
    case QRS_TOK_INVALID:
        return 0;
    default:
        return 1;
    }
}

int qrs_yylex(union QRS_YYSTYPE *lval, qrs_loc *lloc, qrs_ctx *c)
{
    int t;
    (void)lval;
    if (c->start_token) {
        t = c->start_token;
        c->start_token = 0;
        lloc->start = lloc->end = 0;
        return t;
    }
    t = lex_token(c);
    if (c->cur == c->lim && may_grow(t))
        cut_by_end(c);
    lloc->start = (size_t)(c->tok - c->base);
    lloc->end = (size_t)(c->cur - c->base);
    if (t == QRS_TOK_SP) {
        /* resp-cond-state / resp-cond-bye / resp-cond-auth / continue-req:
         * the SP after the keyword (or "+") starts resp-text. */
        if (c->text_pending)
            c->mode = QRS_LEX_TEXT_OR_CODE;
        c->text_pending = 0;
        return t;
    }
    c->text_pending = 0;
    c->line_tokens++;
    c->prev_token = t;
    if (c->server) {
        if (c->line_tokens == 1 && t == QRS_TOK_CONTINUE)
            c->text_pending = 1;
        else if (c->line_tokens == 2 && (t == QRS_TOK_K_OK || t == QRS_TOK_K_NO || t == QRS_TOK_K_BAD ||
                                          t == QRS_TOK_K_BYE || t == QRS_TOK_K_PREAUTH))
            c->text_pending = 1;
    }
    return t;
}
