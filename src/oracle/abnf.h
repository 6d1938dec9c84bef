/*
 * abnf.h - the ABNF oracle: an RFC 5234 interpreter that reads grammar/abnf/
 * as written, decides membership exactly and generates random members.
 *
 * It is a conformance tool beside the library, not part of it: it is linked
 * into the `qresync` tool (`qresync gen`) and the differential tests, and it
 * allocates on the heap.  It shares no code with the parser it checks, so the
 * two are independent witnesses of the same grammar.
 *
 * Membership is exact: every alternative and every repetition count is
 * explored (not PEG first-match), with the end positions of each rule at each
 * start position memoized, so a line of n bytes costs O(rules * n) memo
 * entries.  Constraints that the documents state only in comments (value
 * ranges, no '*' in known-uids, ...) are applied as extra checks on the
 * matched text of named rules (checks.c).
 *
 * Not thread-safe per grammar object during a call (the memo lives in it);
 * use one object per thread.
 */
#ifndef QRS_ORACLE_ABNF_H
#define QRS_ORACLE_ABNF_H

#include <stddef.h>
#include <stdint.h>

#include "qresync.h"

typedef struct qrs_abnf qrs_abnf;

/**
 * Read the ABNF of a dialect: the files that grammar/abnf/README.md lists for
 * it, from the copy compiled into the program (gen/abnf-text.c).  Returns NULL
 * and writes a message into err[0..errcap) when the text does not parse or a
 * referenced rule is undefined.  Free with qrs_abnf_free().
 */
qrs_abnf *qrs_abnf_load_dialect(qrs_dialect dialect, char *err, size_t errcap);

/** Read ABNF from n texts joined in order (names[i] is used in messages). */
qrs_abnf *qrs_abnf_load(const char *const *texts, const char *const *names, size_t n, qrs_dialect dialect,
                        char *err, size_t errcap);

void qrs_abnf_free(qrs_abnf *g);

/** Index of the rule called name (case-insensitive, as RFC 5234 says), or -1. */
int qrs_abnf_rule(const qrs_abnf *g, const char *name);

/** Name of rule index r. */
const char *qrs_abnf_rule_name(const qrs_abnf *g, int r);

/** Number of rules. */
int qrs_abnf_rule_count(const qrs_abnf *g);

/**
 * Whether s[0..n) is exactly one instance of rule r, with the extra checks.
 * Returns 1 (member), 0 (not a member), or -1 when memory ran out or the
 * grammar is left-recursive at that input.
 */
int qrs_abnf_match(qrs_abnf *g, int r, const char *s, size_t n);

/**
 * Write a random instance of rule r into out[0..cap) and return its length,
 * or return (size_t)-1 when no instance of at most max_len bytes was found
 * after a bounded number of tries.  *seed is the state of the generator and is
 * advanced: the same seed gives the same strings.  max_depth bounds the
 * nesting of rule references; the result satisfies the extra checks.
 */
size_t qrs_abnf_generate(const qrs_abnf *g, int r, uint64_t *seed, unsigned max_depth, size_t max_len, char *out,
                         size_t cap);

/* MARK: - What the parser is compared with the oracle on (compare.c) */

/** One rule compared: the oracle's rule, and how the parser reads it. */
typedef struct qrs_abnf_target {
    const char *rule; /**< ABNF rule name */
    int fragment;     /**< qrs_rule for qrs_parse_fragment(), or -1 for a whole message */
    qrs_side side;    /**< for a whole message: command or response */
} qrs_abnf_target;

/** The start rules and the plain-ABNF fragment rules; *n receives the count. */
const qrs_abnf_target *qrs_abnf_targets(size_t *n);

/**
 * The parser's verdict on s[0..n) for target t in dialect d: 1 accepted, 0
 * refused (err filled), -1 when a resource limit stopped it, which is no
 * verdict on the syntax.  The parse uses the widest nesting limit and an
 * arena over arena_mem[0..arena_size).
 */
int qrs_abnf_parser_accepts(const qrs_abnf_target *t, qrs_dialect d, const char *s, size_t n, void *arena_mem,
                            size_t arena_size, qrs_error *err);

/* MARK: - Extra checks (checks.c) */

/**
 * The constraint a document states only in prose or a comment, applied to
 * every match of one rule.  ok() gets the matched text and the dialect and
 * returns whether the text satisfies it.
 */
typedef struct qrs_abnf_check {
    const char *rule;   /**< ABNF rule the check applies to */
    const char *source; /**< where the constraint is stated */
    int (*ok)(const char *s, size_t n, qrs_dialect dialect);
} qrs_abnf_check;

/** A rule whose alternatives follow the commit convention of
 *  grammar/abnf/README.md: where one of the keywords is written, only the
 *  alternatives that start with it apply, not the generic ones. */
typedef struct qrs_abnf_commit {
    const char *rule;
    const char *const *keywords; /**< NULL-terminated */
} qrs_abnf_commit;

const qrs_abnf_commit *qrs_abnf_commit_rules(size_t *n);

/** The table of extra checks; *n receives its length. */
const qrs_abnf_check *qrs_abnf_checks(size_t *n);

/** The grammar files, compiled in (gen/abnf-text.c) as arrays of lines, NULL
 *  at the end (one literal per line keeps each under C99's 4095 bytes). */
typedef struct qrs_abnf_file {
    const char *name;
    const char *const *lines;
} qrs_abnf_file;
extern const qrs_abnf_file qrs_abnf_files[];
extern const size_t qrs_abnf_file_count;

#endif
