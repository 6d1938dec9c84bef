/*
 * internal.h - what the generated lexer and parser may call, and what src/
 * shares privately.  Never installed.
 *
 * Dependency direction: gen/ -> internal.h <- src/; include/qresync.h is the
 * only public contract.
 */
#ifndef QRS_INTERNAL_H
#define QRS_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "qresync.h"

/* Byte offsets of a token or rule: [start, end) in the input. */
typedef struct qrs_loc {
    size_t start, end;
} qrs_loc;

/* Lexer modes: IMAP's token boundaries depend on where in the line we are
 * (RFC 3501 section 9: text after a status keyword, resp-text-code). */
typedef enum qrs_lex_mode {
    QRS_LEX_NORMAL = 0,
    QRS_LEX_START,        /* first token of a message: tag, "*" or "+" */
    QRS_LEX_TEXT_OR_CODE, /* after "OK SP": "[" starts a resp-text-code, else text */
    QRS_LEX_TEXT,         /* after "] SP": text only */
    QRS_LEX_CODE_NAME,    /* after "[": the code's atom */
    QRS_LEX_CODE,         /* inside a known code: normal tokens, "]" ends it */
    QRS_LEX_CODE_OTHER,   /* after an unknown code atom: SP then raw text, or "]" */
    QRS_LEX_CODE_TEXT,    /* raw code text up to "]" */
    QRS_LEX_AFTER_CODE    /* after "]": SP, then text */
} qrs_lex_mode;

/* Per-parse state shared by the lexer, the parser actions and src/parse.c. */
typedef struct qrs_ctx {
    const char *base; /* start of the input */
    const char *cur;  /* lexer cursor */
    const char *lim;  /* one past the last input byte */
    const char *tok;  /* start of the current token */
    const char *mar;  /* re2c backtracking marker */
    qrs_arena *arena;
    qrs_dialect dialect;
    uint32_t lenient;
    uint32_t max_set_elements;
    uint32_t max_depth;
    size_t max_message_len;     /* a literal that would end past it is refused before its data */
    int server;        /* parsing a response (1) or a command (0) */
    int start_token;   /* pseudo-token that selects the start rule; 0 once sent */
    qrs_lex_mode mode;
    unsigned depth;    /* parenthesis nesting */
    unsigned line_tokens; /* non-SP tokens lexed so far */
    int prev_token;    /* the last non-SP token, 0 before the first */
    int text_pending;  /* the next SP switches to QRS_LEX_TEXT_OR_CODE */
    int failed;        /* err is filled */
    /* 1 + the offset of the first token that the end of the input cut
     * into: a token that reached the end (or whose lexing looked up to it)
     * and that more bytes could make longer or another token; 0 when the
     * input ends between tokens.  qrs_fail reads it. */
    size_t open_token;
    qrs_error *err;
    qrs_message *msg;  /* message being built (qrs_parse) */
    qrs_fragment *frag; /* fragment being built (qrs_parse_fragment) */
    /* Partial results the grammar's actions collect before the enclosing
     * rule is reduced (src/actions.c). */
    qrs_qresync qr;             /* QRESYNC parameter or seq-match-data being read */
    qrs_vanished van;           /* TAG correlator being read */
    qrs_item **item_tail;       /* where the next FETCH attribute goes */
    qrs_search_modseq **smod_tail; /* where the next MODSEQ search criterion goes */
    size_t modseq_offset;       /* offset of "(MODSEQ n)" in a SEARCH/SORT response */
    int esearch_stage;          /* 0 start, 1 after correlator, 2 after UID, 3 in data */
    /* The last sequence-set the lexer found valid while finding its end
     * (qrs_lex_number_or_set), so that qrs_seqset_check need not read it
     * again; scanned.end is 0 when there is none. */
    qrs_loc scanned;
    uint32_t scanned_elements, scanned_flags;
} qrs_ctx;

/* ATOM-CHAR (RFC 3501): any CHAR except atom-specials, i.e. printable ASCII
 * except ( ) { SP % * " \ ]. */
static inline int qrs_is_atom_char(unsigned char b)
{
    return b > 0x20 && b < 0x7f && b != '(' && b != ')' && b != '{' && b != '%' && b != '*' && b != '"' &&
           b != '\\' && b != ']';
}

/* ASCII upper case: IMAP keywords are case-insensitive (RFC 3501 section 9 note 1). */
static inline int qrs_upper(int c)
{
    return c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c;
}

/* s equals the NUL-terminated lit, ignoring ASCII case. */
static inline int qrs_ieq(qrs_slice s, const char *lit)
{
    size_t i = 0;
    for (; i < s.len && lit[i]; i++)
        if (qrs_upper((unsigned char)s.ptr[i]) != qrs_upper((unsigned char)lit[i]))
            return 0;
    return i == s.len && lit[i] == 0;
}

/* MARK: - Framing (src/frame.c) */

/* 1 when the line buf[start..end) ends in a literal announcement "{n}" or
 * "{n+}" (RFC 3501 section 4.3, RFC 7888), with n and whether it is
 * synchronizing; 2 when n is above 4294967295; 0 when it does not. */
int qrs_literal_announced(const char *buf, size_t start, size_t end, uint64_t *n, int *sync);

/* MARK: - Errors (src/error.c) */

/* Record an error at offset (first error wins) and return 0 for use in
 * actions: `if (!check(...)) YYABORT;`.  In a message, an error that more
 * input could still cure (at the end of the input, or in the token the end
 * cut into; see ctx->open_token) is recorded as QRS_E_INCOMPLETE. */
int qrs_fail(qrs_ctx *ctx, qrs_code code, size_t offset, const char *rule, const char *message);

/* MARK: - Arena (src/arena.c) */

/* memset(p, 0, size), as a call to the C library's.  For the structures
 * every parse clears (qrs_ctx, qrs_error, qrs_fragment; 100 to 350 bytes),
 * GCC inlines "rep stos", whose start-up cost about 15% of the time to
 * parse and read a 10-element set on the benchmarks' AMD machine
 * (bench/README.md).  Here the size is not known at compile time, so the
 * library's vector code is used. */
void qrs_clear(void *p, size_t size);

/* Zeroed, aligned memory from the arena, or NULL (and QRS_E_ARENA_FULL recorded at offset). */
void *qrs_alloc(qrs_ctx *ctx, size_t size, size_t offset);

/* MARK: - Numbers (src/number.c) */

/* Slice [start, end) of the input. */
qrs_slice qrs_span(const qrs_ctx *ctx, qrs_loc loc);

/* nz-number (RFC 3501): digit-nz *DIGIT, 1..4294967295. */
int qrs_nz_number(qrs_ctx *ctx, qrs_loc loc, const char *rule, uint32_t *out);
/* number (RFC 3501): 1*DIGIT, 0..4294967295. */
int qrs_number(qrs_ctx *ctx, qrs_loc loc, const char *rule, uint32_t *out);
/* Largest mod-sequence of a dialect. */
uint64_t qrs_modseq_limit(qrs_dialect dialect);
/* mod-sequence-value (allow_zero 0) or mod-sequence-valzer (allow_zero 1), with the
 * dialect's upper limit and the MODSEQ_ZERO / MODSEQ_64BIT leniencies. */
int qrs_modseq(qrs_ctx *ctx, qrs_loc loc, const char *rule, int allow_zero, uint64_t *out);

/* MARK: - Sequence sets (src/seqset.c) */

/* What a sequence-set position allows. */
#define QRS_SETCHK_NO_STAR 1u   /* '*' forbidden (known-uids, VANISHED) */
#define QRS_SETCHK_ASCENDING 2u /* must ascend (known-sequence-set, known-uid-set) */

/* Validate the sequence-set at loc in one pass (syntax, nz-number range,
 * element limit, '*' rules) and describe it in *out. */
int qrs_seqset_check(qrs_ctx *ctx, qrs_loc loc, const char *rule, unsigned checks, qrs_seqset *out);

/* The lexer's fast path for a word that starts with a digit or '*': a run of
 * digits, or a valid sequence-set (then remembered in ctx->scanned), that
 * ends where the word ends.  Moves ctx->cur past it and returns
 * QRS_WORD_NUMBER or QRS_WORD_SET; returns 0 without moving for anything
 * else, which the general word rule then classifies (and any error is found
 * where it always was). */
#define QRS_WORD_NUMBER 1
#define QRS_WORD_SET 2
int qrs_lex_number_or_set(qrs_ctx *ctx);

/* The sequence-set at start (lo <= start < lim; [lo, lim) readable) up to
 * the first byte that cannot continue it, in *set_end, with its element
 * count and QRS_SET_HAS_STAR in *flags.  Returns 0 for anything
 * qrs_seqset_check would refuse (which then says what and where). */
int qrs_scan_set(const char *lo, const char *start, const char *lim, const char **set_end, uint64_t *elements,
                 uint32_t *flags);

/* MARK: - Lexer (gen/lexer.c) and parser (gen/parser.c) */

union QRS_YYSTYPE;
int qrs_yylex(union QRS_YYSTYPE *lval, qrs_loc *lloc, qrs_ctx *ctx);
int qrs_yyparse(qrs_ctx *ctx);
int qrs_keyword_lookup(const char *s, size_t len);

/* Generated from the bison report: the ABNF rule a parser state is working on. */
const char *qrs_state_rule(int state);

#endif /* QRS_INTERNAL_H */
