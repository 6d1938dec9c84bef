/*
 * qresync.h - the one public header of libqresync.
 *
 * libqresync parses the protocol elements of the IMAP QRESYNC extension
 * (draft-ietf-lemonade-reconnect-client-03, RFC 5162, RFC 7162 with CONDSTORE)
 * into a zero-copy syntax tree.
 *
 * Memory model: the parser never allocates from the heap.  Every slice in a
 * result points into the caller's input buffer, and every node lives in a
 * caller-provided arena (qrs_arena).  A result is valid for as long as both the
 * input buffer and the arena memory stay alive and unchanged; nothing is freed
 * per node.  The input buffer is only read, never written.
 *
 * Ownership: the library frees nothing, and nothing it hands back needs
 * freeing.  Every pointer it hands back points into the caller's input, into a caller arena,
 * or at a static string (names, error messages) that lives for the whole
 * program.  The objects a caller passes in (arenas, range lists, framers,
 * trackers, sessions) are plain structs in caller memory with no destructor.
 * No function keeps a pointer to an argument after it returns, except the
 * iterators, which point into what they walk.
 *
 * NULL: a pointer argument may be NULL only where its function's comment says
 * so.  Where a comment names QRS_E_INVALID_ARGUMENT for a NULL, the function
 * checks; where it says "not checked", a NULL is undefined behaviour.
 *
 * Thread safety: the library has no mutable global state, and every function
 * is reentrant.  Calls may run at the same time in different threads unless
 * they write the same object: an arena (parse arena or write scratch), a
 * range list written as output, an iterator, a framer, a tracker or a
 * session.  Input buffers, parsed trees and range lists that nobody changes
 * may be read by any number of threads at once.
 *
 * C99; the header also compiles as C++.  Public symbols start with qrs_/QRS_.
 */
#ifndef QRESYNC_H
#define QRESYNC_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__) || defined(__clang__)
#define QRS_API __attribute__((visibility("default")))
#else
#define QRS_API
#endif

#define QRS_VERSION_MAJOR 0
#define QRS_VERSION_MINOR 1
#define QRS_VERSION_PATCH 0
#define QRS_VERSION_STRING "0.1.0"

/* MARK: - Basic types */

/** A byte range inside the caller's input.  Not NUL-terminated. */
typedef struct qrs_slice {
    const char *ptr;
    size_t len;
} qrs_slice;

/** Which document's grammar and limits apply to one call. */
typedef enum qrs_dialect {
    QRS_DIALECT_RFC7162 = 0, /**< RFC 7162 (default): 63-bit mod-sequences, EARLIER, CLOSED, ENABLE */
    QRS_DIALECT_RFC5162 = 1, /**< RFC 5162 + RFC 4551: 64-bit mod-sequences, EARLIER, CLOSED, ENABLE */
    QRS_DIALECT_DRAFT03 = 2  /**< draft-ietf-lemonade-reconnect-client-03 + RFC 4551: VANISHED (TAG "t"), no ENABLE, no CLOSED */
} qrs_dialect;

/** Which peer sent a message: a client sends commands, a server responses. */
typedef enum qrs_side {
    QRS_SIDE_AUTO = 0,   /**< guess: "*" or "+" first, or a tag followed by OK/NO/BAD, is a response */
    QRS_SIDE_CLIENT = 1, /**< the message is a command */
    QRS_SIDE_SERVER = 2  /**< the message is a response */
} qrs_side;

/*
 * Leniency flags.  The parser is strict by default; each flag accepts one
 * real-world deviation from the grammar and nothing else.  Accepting them in a
 * server or client means trusting a peer that already broke the protocol.
 */
/** "missing-text": a response code with no text after it, "* OK [HIGHESTMODSEQ 5]" (RFC 7162
 *  erratum 5055; Gmail), or a status response with no text at all ("a1 OK"). */
#define QRS_LENIENT_MISSING_TEXT (1u << 0)
/** "modseq-64bit": a mod-sequence above the dialect's limit, up to 2^64-1 (Dovecot after doveadm raised it). */
#define QRS_LENIENT_MODSEQ_64BIT (1u << 1)
/** "star-in-known": '*' inside known-uids, known-sequence-set or known-uid-set of SELECT/EXAMINE
 *  (Cyrus accepts it); never in VANISHED. */
#define QRS_LENIENT_STAR_IN_KNOWN (1u << 2)
/** "modseq-zero": a mod-sequence of 0 where mod-sequence-value forbids it ("CHANGEDSINCE 0", iPhone Mail). */
#define QRS_LENIENT_MODSEQ_ZERO (1u << 3)
/** "search-empty-modseq": "* SEARCH (MODSEQ n)" with no message numbers (Cyrus 3.6 on an empty result). */
#define QRS_LENIENT_SEARCH_EMPTY_MODSEQ (1u << 4)
/** "literal-plus": non-synchronizing literals {n+} (RFC 7888) in commands. */
#define QRS_LENIENT_LITERAL_PLUS (1u << 5)
/** "8bit-text": 8-bit bytes (UTF-8) in response text and quoted strings, which RFC 3501 TEXT-CHAR forbids. */
#define QRS_LENIENT_8BIT_TEXT (1u << 6)
/** "all": every leniency above. */
#define QRS_LENIENT_ALL (0x7fu)

/** Parse options.  A zero-initialised struct means: rfc7162, side auto, strict, default limits. */
typedef struct qrs_options {
    qrs_dialect dialect;
    qrs_side side;
    uint32_t lenient;          /**< QRS_LENIENT_* bits */
    size_t max_message_len;    /**< 0: QRS_DEFAULT_MAX_MESSAGE_LEN; longer input, or a literal that would
                                    end past it (at its "{"): QRS_E_TOO_LONG */
    uint32_t max_set_elements; /**< per sequence-set; 0: QRS_DEFAULT_MAX_SET_ELEMENTS; QRS_E_TOO_MANY_ELEMENTS */
    uint32_t max_depth;        /**< parenthesis nesting; 0: QRS_DEFAULT_MAX_DEPTH; at most QRS_MAX_DEPTH_LIMIT */
} qrs_options;

#define QRS_DEFAULT_MAX_MESSAGE_LEN ((size_t)64 * 1024 * 1024)
#define QRS_DEFAULT_MAX_SET_ELEMENTS 16777216u
#define QRS_DEFAULT_MAX_DEPTH 64u
#define QRS_MAX_DEPTH_LIMIT 256u

/** Leniency flag name ("missing-text", ...) for exactly one QRS_LENIENT_* bit, as a static string.
 *  NULL for 0, an unknown bit, or several bits (so NULL for QRS_LENIENT_ALL, whose name "all" only
 *  qrs_lenient_from_name() knows).  Pure; thread-safe. */
QRS_API const char *qrs_lenient_name(uint32_t flag);
/** QRS_LENIENT_* bit for the name in name[0..len) (no NUL needed; exact, case-sensitive match), or
 *  QRS_LENIENT_ALL for "all"; 0 when the name is unknown or name is NULL.  Pure; thread-safe. */
QRS_API uint32_t qrs_lenient_from_name(const char *name, size_t len);
/** "rfc7162", "rfc5162" or "draft03" (static strings; the tool's --dialect names); NULL for a value
 *  outside the enum.  Pure; thread-safe. */
QRS_API const char *qrs_dialect_name(qrs_dialect d);

/* MARK: - Arena */

/**
 * A bump allocator over caller memory.  All nodes of one parse come from it.
 * The library never frees anything; the caller reuses the memory with
 * qrs_arena_reset() or simply drops it.  Not thread-safe: one parse at a time.
 */
typedef struct qrs_arena {
    unsigned char *base;
    size_t cap;
    size_t used;
} qrs_arena;

/**
 * Set up an arena over buf[0..cap), with nothing used.  buf may have any
 * alignment (nodes are aligned inside it).  The caller keeps ownership of
 * buf, which must stay alive and untouched as long as any tree built in it
 * is used.  buf NULL gives an arena with no room whatever cap says (every
 * parse then fails with QRS_E_ARENA_FULL); arena NULL does nothing.  Not
 * while another thread parses into the same arena.
 */
QRS_API void qrs_arena_init(qrs_arena *arena, void *buf, size_t cap);
/**
 * Arena bytes that are always enough for qrs_parse() or qrs_parse_fragment()
 * of any input of len bytes, in any dialect and with any options: with an
 * arena of this size neither returns QRS_E_ARENA_FULL.  The bound is linear:
 * every node stands for an element of at least two input bytes of its own
 * (a one-letter item and the space after it), so it is a fixed part for the
 * message node plus, per input byte, half of the largest node with its
 * alignment (about 90 bytes on 64-bit machines; the worst inputs, long lists
 * of one-letter SELECT parameters or ESEARCH items, use 88).  Saturates at
 * SIZE_MAX instead of wrapping.  Memory the parse does not reach is never
 * touched, so a caller may reserve the bound and let the system supply pages
 * as they are used.  Pure; thread-safe.
 */
QRS_API size_t qrs_arena_bound(size_t len);
/** Forget every node, so that the memory is handed out again: every tree parsed into this arena
 *  becomes invalid.  Keeps buf and cap.  NULL does nothing.  Not while another thread uses the arena
 *  or reads a tree in it. */
QRS_API void qrs_arena_reset(qrs_arena *arena);

/* MARK: - Errors */

typedef enum qrs_code {
    QRS_OK = 0,
    QRS_E_SYNTAX,            /**< the bytes do not match the grammar */
    QRS_E_INCOMPLETE,        /**< input ends inside a literal, or before the CRLF, where more bytes could still
                                  complete the message: every proper prefix of a valid message gives it, and an
                                  error is only reported when no continuation could cure it */
    QRS_E_NUMBER_RANGE,      /**< a 32-bit number outside 0..4294967295, or 0 where nz-number is required */
    QRS_E_MODSEQ_RANGE,      /**< a mod-sequence above the dialect's limit */
    QRS_E_MODSEQ_ZERO,       /**< mod-sequence 0 where mod-sequence-value forbids it */
    QRS_E_STAR_FORBIDDEN,    /**< '*' in known-uids, known-sequence-set, known-uid-set or VANISHED UIDs */
    QRS_E_NOT_ASCENDING,     /**< known-sequence-set or known-uid-set not in ascending order */
    QRS_E_SET_MISMATCH,      /**< known-sequence-set and known-uid-set of unequal element counts */
    QRS_E_DUPLICATE,         /**< a parameter given twice where one is allowed (UNCHANGEDSINCE, TAG, ...) */
    QRS_E_MODIFIER_CONTEXT,  /**< VANISHED modifier on plain FETCH or without CHANGEDSINCE */
    QRS_E_DIALECT,           /**< a construct the chosen dialect does not have */
    QRS_E_8BIT,              /**< an 8-bit byte where only 7-bit text is allowed */
    QRS_E_TOO_LONG,          /**< message longer than max_message_len */
    QRS_E_TOO_MANY_ELEMENTS, /**< sequence-set with more elements than max_set_elements */
    QRS_E_TOO_DEEP,          /**< parentheses nested deeper than max_depth */
    QRS_E_ARENA_FULL,        /**< the arena has no room for another node */
    QRS_E_INVALID_ARGUMENT   /**< a NULL or out-of-range argument */
} qrs_code;

#define QRS_MAX_EXPECTED 8

/** What went wrong, and where.  Filled by every parse call that fails. */
typedef struct qrs_error {
    qrs_code code;
    size_t offset;       /**< 0-based byte offset of the offending token in the input */
    const char *rule;    /**< ABNF rule being parsed ("sequence-set", "select-param", ...); static, never NULL */
    const char *message; /**< short English description; static, never NULL */
    unsigned n_expected; /**< number of entries in expected[] */
    const char *expected[QRS_MAX_EXPECTED]; /**< tokens that would have been accepted (static strings) */
} qrs_error;

/** Stable identifier of an error code ("syntax", "number-range", ...), as a static string, never NULL:
 *  "unknown" outside the enum.  Pure; thread-safe. */
QRS_API const char *qrs_code_name(qrs_code code);

/* MARK: - Sequence sets */

/**
 * A validated sequence-set, kept as the slice of its text: O(1) memory whatever
 * its size.  Ranges are kept as written (5:2 stays 5:2, duplicates stay); use
 * the iterator to read them.  '*' and 4294967295 are never confused.
 */
typedef struct qrs_seqset {
    qrs_slice text;
    uint32_t elements; /**< number of comma-separated elements (a range counts once) */
    uint32_t flags;    /**< QRS_SET_* */
} qrs_seqset;

#define QRS_SET_HAS_STAR 1u  /**< '*' occurs */

/** One element of a set as written: first ':' last, or first alone (then last == first). */
typedef struct qrs_range {
    uint32_t first, last; /**< 0 stands for '*' (0 is never a valid sequence number or UID) */
    int first_star, last_star;
    int is_range; /**< written as a range "a:b" */
} qrs_range;

/**
 * 1 when set has no '*', every range is written low:high (low <= high), and
 * every element lies above the one before it, as known-sequence-set and
 * known-uid-set must (RFC 7162 section 3.2.5.2); otherwise 0.  The parser
 * checks that order only where the grammar asks for it, so that a long set
 * costs one pass over its bytes; this reads the whole set, O(its length),
 * without memory.  set must come from this library's parser and not be NULL
 * (not checked).  Pure; thread-safe.
 */
QRS_API int qrs_seqset_ascends(const qrs_seqset *set);

/** Lazy iterator over the elements of a qrs_seqset; never expands a range. */
typedef struct qrs_seqset_iter {
    const char *cur, *end;
} qrs_seqset_iter;

/**
 * Start iterating set, which must come from this library's parser: its
 * text is trusted as validated, and a set the parser did not fill (one
 * whose has_known_uids is 0, say) must not be walked.  Neither argument
 * may be NULL (not checked).  The iterator points into the input
 * buffer the set was parsed from, not into *set, so it stays usable as long
 * as that buffer does.  Any number of iterators may walk one set at once.
 */
QRS_API void qrs_seqset_iter_init(qrs_seqset_iter *it, const qrs_seqset *set);
/** Store the next element, as written, in *out and return 1; return 0 at the end and on every call
 *  after it (*out then untouched).  Neither argument may be NULL (not checked).  Never expands a range:
 *  each call reads at most the next 64 bytes of the set, whatever the element's range covers. */
QRS_API int qrs_seqset_next(qrs_seqset_iter *it, qrs_range *out);
/** Store up to n next elements, as written, in out[0..n) and return how many were stored: fewer than n
 *  only at the end, 0 at the end and on every call after it.  Elements at out[returned..n) are not
 *  touched.  Neither pointer may be NULL when n > 0 (not checked).  The same elements as n calls of
 *  qrs_seqset_next(), and calls of the two may be mixed on one iterator; reading many at once spares a
 *  call per element, which matters for sets of thousands of elements.  Never expands a range. */
QRS_API size_t qrs_seqset_next_n(qrs_seqset_iter *it, qrs_range *out, size_t n);

/* MARK: - Framing: where a message ends in a byte stream */

/**
 * Finds message boundaries in bytes as they arrive: lines ending in CRLF,
 * and literals ({n} or {n+} at the end of a line, then n bytes), which may
 * hold anything.  The caller keeps the bytes of the current message in one
 * buffer that grows as data comes in; the framer only remembers how far it
 * has looked, so each byte is examined once.  Like most IMAP readers it takes
 * {n} at the end of any line for a literal, whatever the line means.
 */
typedef struct qrs_framer {
    size_t pos;        /**< bytes of the current message examined so far */
    uint64_t literal;  /**< literal bytes still to come */
    size_t max_len;    /**< longest message accepted */
    size_t line_start; /**< where the current line begins: 0, or just after a literal's data */
} qrs_framer;

typedef enum qrs_frame_status {
    QRS_FRAME_NEED_MORE = 0, /**< no complete message yet: call again with the same bytes and more */
    QRS_FRAME_MESSAGE,       /**< buf[0..*msg_len) is one complete message, literals included */
    QRS_FRAME_LITERAL        /**< the message so far ends in a synchronizing literal's {n}CRLF: a server
                                  sends a continuation request before the client sends the n bytes */
} qrs_frame_status;

/** Start a message: before the first bytes, and after each QRS_FRAME_MESSAGE.  max_len 0 means
 *  QRS_DEFAULT_MAX_MESSAGE_LEN.  f must not be NULL (not checked); it is plain data owned by the caller,
 *  one per connection. */
QRS_API void qrs_framer_init(qrs_framer *f, size_t max_len);

/**
 * Look at buf[0..len), the bytes of the current message received so far
 * (a prefix of what the previous call saw is not allowed: only more bytes).
 * On QRS_OK, *status says what was found; for QRS_FRAME_MESSAGE *msg_len is
 * its length (the caller removes those bytes and calls qrs_framer_init for
 * the next message), for QRS_FRAME_LITERAL *literal_len is n.
 * *msg_len and *literal_len are written only with the status they belong to.
 * Errors: QRS_E_TOO_LONG when the message, or a literal it announces, would
 * pass max_len; QRS_E_NUMBER_RANGE for a literal length above 4294967295.
 * After either one the stream cannot be resynchronised: drop the connection
 * (or call qrs_framer_init before fresh bytes).  QRS_E_INVALID_ARGUMENT, with
 * f unchanged, when f, status, msg_len or literal_len is NULL, when buf is
 * NULL with len > 0, or when len is below what the framer already examined.
 * The framer keeps only a count between calls, never a pointer into buf, so
 * the caller may move or grow the buffer.  Uses no heap; thread-safe for
 * distinct framers.
 */
QRS_API qrs_code qrs_frame(qrs_framer *f, const char *buf, size_t len, qrs_frame_status *status, size_t *msg_len,
                           uint32_t *literal_len);

/* MARK: - Range lists: set algebra that never expands a range */

/** One range of values, lo <= hi, both in 1..4294967295. */
typedef struct qrs_urange {
    uint32_t lo, hi;
} qrs_urange;

/**
 * A list of ranges in caller memory (v[0..n), room for cap).  Most operations
 * want it normalized: sorted, and no two ranges overlapping or touching.
 * Time depends on the number of ranges only, never on their width.  Not
 * thread-safe per list; distinct lists are independent.
 */
typedef struct qrs_ranges {
    qrs_urange *v;
    size_t n, cap;
} qrs_ranges;

/** Empty list over storage[0..cap), which the caller owns and keeps alive while the list is used.
 *  storage NULL gives a list with no room, whatever cap says.  r must not be NULL (not checked). */
QRS_API void qrs_ranges_init(qrs_ranges *r, qrs_urange *storage, size_t cap);
/** Append a..b (either order).  QRS_E_NUMBER_RANGE for 0; QRS_E_ARENA_FULL when full (r unchanged on
 *  either).  Leaves r unnormalized.  r must not be NULL (not checked).  Writes r: not while another
 *  thread reads it (the same holds for every function below that fills or sorts a list). */
QRS_API qrs_code qrs_ranges_add(qrs_ranges *r, uint32_t a, uint32_t b);
/** Sort and merge in place: O(n log n) whatever the input order, no allocation.  r must not be NULL
 *  (not checked). */
QRS_API void qrs_ranges_normalize(qrs_ranges *r);
/**
 * Append the values of a parsed set, then normalize.  '*' stands for star
 * (the largest number in use, or UIDNEXT-1 for an empty mailbox, RFC 3501
 * seq-number); pass star 0 to refuse '*' with QRS_E_STAR_FORBIDDEN.  The
 * values are appended to what out already holds, then all of it is
 * normalized; one free slot per element of set is enough.  On an error
 * (QRS_E_STAR_FORBIDDEN, or QRS_E_ARENA_FULL) out keeps what was appended
 * before it, unnormalized.  set must come from this library's parser.
 * Neither pointer may be NULL (not checked); set is only read.
 */
QRS_API qrs_code qrs_ranges_from_seqset(qrs_ranges *out, const qrs_seqset *set, uint32_t star);
/** Compress uids[0..n), in any order and with duplicates allowed, into out: appended to what out holds,
 *  then normalized.  A run of consecutive UIDs in the array takes one slot.  QRS_E_NUMBER_RANGE for a
 *  UID of 0 and QRS_E_ARENA_FULL when out is full; out then keeps the UIDs before it, unnormalized.
 *  uids may be NULL when n is 0; out must not be NULL (not checked). */
QRS_API qrs_code qrs_ranges_from_uids(qrs_ranges *out, const uint32_t *uids, size_t n);
/** 1 when v is in the normalized list r, else 0 (binary search; unreliable on an unnormalized list).
 *  r must not be NULL (not checked); it is only read. */
QRS_API int qrs_ranges_contains(const qrs_ranges *r, uint32_t v);
/** Number of values in the normalized list r, in 64 bits (1:4294967295 has 4294967295; an unnormalized
 *  list counts overlaps twice).  r must not be NULL (not checked); it is only read. */
QRS_API uint64_t qrs_ranges_count(const qrs_ranges *r);
/** out = a | b, a & b, a - b, for normalized a and b; out comes out normalized, its previous content
 *  replaced.  out's storage must not overlap theirs (a and b may be the same list).  a->n + b->n slots
 *  always suffice; QRS_E_ARENA_FULL when out has fewer and runs out (out then holds the result's first
 *  ranges).  No pointer may be NULL (not checked); a and b are only read. */
QRS_API qrs_code qrs_ranges_union(const qrs_ranges *a, const qrs_ranges *b, qrs_ranges *out);
QRS_API qrs_code qrs_ranges_intersect(const qrs_ranges *a, const qrs_ranges *b, qrs_ranges *out);
QRS_API qrs_code qrs_ranges_subtract(const qrs_ranges *a, const qrs_ranges *b, qrs_ranges *out);
/** out = [1, max] - a, for normalized a (max 0 gives an empty out); a->n + 1 slots always suffice.
 *  Otherwise as qrs_ranges_subtract(). */
QRS_API qrs_code qrs_ranges_complement(const qrs_ranges *a, uint32_t max, qrs_ranges *out);
/** Lazy iterator over the values of a range list, one at a time, in list order. */
typedef struct qrs_values_iter {
    const qrs_ranges *r;
    size_t i;     /**< current range */
    uint64_t next; /**< next value, in 64 bits so that stepping past 4294967295 cannot wrap */
} qrs_values_iter;

/** Start iterating r.  The iterator points to r: r and its storage must stay alive and unchanged while
 *  iterating.  Neither pointer may be NULL (not checked).  Walking 1:4294967295 takes 4294967295 calls:
 *  the one place where time grows with the width of a range, so use it only when each value is needed. */
QRS_API void qrs_values_iter_init(qrs_values_iter *it, const qrs_ranges *r);
/** Store the next value in *v and return 1, or return 0 at the end (also after 4294967295) and on every
 *  call after it.  Neither pointer may be NULL (not checked).  Several iterators, one per thread, may
 *  walk the same list at once. */
QRS_API int qrs_values_next(qrs_values_iter *it, uint32_t *v);

/**
 * Write r as sequence-set text ("1:3,5") into buf[0..cap), NUL-terminated when
 * cap > 0, like snprintf: returns the length the text needs (without the NUL);
 * pass buf NULL and cap 0 to ask.  An empty list writes "" (which is not a
 * valid sequence-set: callers must not send it).  r must not be NULL (not
 * checked) and should be normalized for the shortest text; it is only
 * read.  buf may be NULL only when cap is 0.
 */
QRS_API size_t qrs_ranges_format(const qrs_ranges *r, char *buf, size_t cap);

/* MARK: - Syntax tree */

/** How an astring, string or nstring was written. */
typedef enum qrs_string_form {
    QRS_STR_ATOM = 0, /**< bare atom (or astring characters) */
    QRS_STR_QUOTED,   /**< "..." ; value is the text between the quotes, escapes still in place */
    QRS_STR_LITERAL,  /**< {n}CRLF bytes ; value is the n bytes */
    QRS_STR_NIL       /**< NIL in an nstring */
} qrs_string_form;

typedef struct qrs_string {
    qrs_string_form form;
    qrs_slice raw;   /**< as written */
    qrs_slice value; /**< the content (see qrs_string_form) */
} qrs_string;

/** RFC 4466 select-param, fetch-modifier, store-modifier, and the QRESYNC/CONDSTORE ones. */
typedef enum qrs_param_kind {
    QRS_PARAM_OTHER = 0,     /**< a generic RFC 4466 parameter: name [SP value] */
    QRS_PARAM_QRESYNC,       /**< select-param QRESYNC (...) */
    QRS_PARAM_CONDSTORE,     /**< select-param CONDSTORE */
    QRS_PARAM_CHANGEDSINCE,  /**< fetch-modifier CHANGEDSINCE n */
    QRS_PARAM_VANISHED,      /**< fetch-modifier VANISHED */
    QRS_PARAM_UNCHANGEDSINCE /**< store-modifier UNCHANGEDSINCE n */
} qrs_param_kind;

typedef struct qrs_qresync {
    uint32_t uidvalidity;
    uint64_t modseq;
    int has_known_uids;
    qrs_seqset known_uids;
    int has_seq_match;
    qrs_seqset known_sequence_set; /**< seq-match-data: message numbers */
    qrs_seqset known_uid_set;      /**< seq-match-data: the matching UIDs */
} qrs_qresync;

typedef struct qrs_param {
    struct qrs_param *next;
    qrs_param_kind kind;
    qrs_slice raw;   /**< the whole parameter as written */
    qrs_slice name;
    qrs_slice value; /**< value as written (empty when absent) */
    uint64_t number; /**< CHANGEDSINCE / UNCHANGEDSINCE value */
    qrs_qresync qresync; /**< QRS_PARAM_QRESYNC only */
} qrs_param;

/** A FETCH attribute (command side) or a FETCH response item (msg-att). */
typedef enum qrs_item_kind {
    QRS_ITEM_OTHER = 0, /**< kept as a slice */
    QRS_ITEM_MODSEQ,    /**< command: MODSEQ; response: MODSEQ (n) */
    QRS_ITEM_UID,       /**< command: UID; response: UID n */
    QRS_ITEM_FLAGS      /**< command: FLAGS; response: FLAGS (...) */
} qrs_item_kind;

typedef struct qrs_item {
    struct qrs_item *next;
    qrs_item_kind kind;
    qrs_slice raw;   /**< the whole item as written */
    qrs_slice name;  /**< item name (for OTHER, up to the SP before its value) */
    qrs_slice value; /**< response: the value as written ("(\\Seen)" for FLAGS, "(5)" for MODSEQ) */
    uint64_t number; /**< response: UID or MODSEQ value */
} qrs_item;

/** A word in a list: capability, flag, ENABLE argument, or generic argument. */
typedef struct qrs_word {
    struct qrs_word *next;
    qrs_slice text;
} qrs_word;

/** A MODSEQ search criterion (RFC 7162 search-modsequence), wherever it occurs in the search program. */
typedef struct qrs_search_modseq {
    struct qrs_search_modseq *next;
    int has_entry;
    qrs_slice entry_name; /**< "/flags/\\seen" as written, quotes included */
    qrs_slice entry_type; /**< priv / shared / all */
    uint64_t modseq;      /**< mod-sequence-valzer: 0 allowed */
} qrs_search_modseq;

/** A STATUS attribute, or a STATUS response value. */
typedef struct qrs_status_att {
    struct qrs_status_att *next;
    qrs_slice name;
    int has_value;
    uint64_t value; /**< HIGHESTMODSEQ value, or the 32-bit number */
} qrs_status_att;

typedef enum qrs_code_kind {
    QRS_CODE_NONE = 0,
    QRS_CODE_OTHER,         /**< any other code, kept as name [SP text] */
    QRS_CODE_HIGHESTMODSEQ, /**< HIGHESTMODSEQ n */
    QRS_CODE_NOMODSEQ,
    QRS_CODE_MODIFIED,      /**< MODIFIED sequence-set */
    QRS_CODE_CLOSED,        /**< rfc5162 / rfc7162 only */
    QRS_CODE_UIDNEXT,
    QRS_CODE_UIDVALIDITY,
    QRS_CODE_UNSEEN
} qrs_code_kind;

/** resp-text: an optional response code, then text. */
typedef struct qrs_resp_text {
    qrs_code_kind code;
    qrs_slice code_raw;   /**< between '[' and ']' */
    qrs_slice code_name;
    qrs_slice code_value; /**< text after the code name and SP (empty when none) */
    uint64_t number;      /**< HIGHESTMODSEQ, UIDNEXT, UIDVALIDITY, UNSEEN value */
    qrs_seqset modified;  /**< MODIFIED only */
    qrs_slice text;       /**< human-readable text (may be empty only under QRS_LENIENT_MISSING_TEXT) */
} qrs_resp_text;

typedef enum qrs_kind {
    QRS_KIND_NONE = 0,
    /* commands (client side) */
    QRS_CMD_SELECT,  /**< SELECT / EXAMINE: u.select */
    QRS_CMD_FETCH,   /**< FETCH / UID FETCH: u.fetch */
    QRS_CMD_STORE,   /**< STORE / UID STORE: u.store */
    QRS_CMD_SEARCH,  /**< SEARCH / UID SEARCH: u.search */
    QRS_CMD_ENABLE,  /**< ENABLE: u.words (rfc5162, rfc7162) */
    QRS_CMD_STATUS,  /**< STATUS: u.status */
    QRS_CMD_OTHER,   /**< any other well-formed command: u.other */
    /* responses (server side) */
    QRS_RESP_COND,       /**< OK / NO / BAD / PREAUTH / BYE, tagged or not: u.cond */
    QRS_RESP_VANISHED,   /**< VANISHED [(EARLIER)] / VANISHED (TAG "t"): u.vanished */
    QRS_RESP_FETCH,      /**< n FETCH (...): u.fetch_resp */
    QRS_RESP_ENABLED,    /**< ENABLED caps: u.words */
    QRS_RESP_CAPABILITY, /**< CAPABILITY caps: u.words */
    QRS_RESP_SEARCH,     /**< SEARCH / SORT n... [(MODSEQ m)]: u.search_resp */
    QRS_RESP_ESEARCH,    /**< ESEARCH ...: u.esearch */
    QRS_RESP_STATUS,     /**< STATUS mailbox (...): u.status */
    QRS_RESP_CONTINUE,   /**< + text: u.cond.text */
    QRS_RESP_OTHER       /**< any other well-formed response: u.other */
} qrs_kind;

typedef struct qrs_select_cmd {
    int examine;
    qrs_string mailbox;
    qrs_param *params; /**< in the order written */
    const qrs_param *qresync;   /**< shortcut into params, or NULL */
    const qrs_param *condstore; /**< shortcut into params, or NULL */
} qrs_select_cmd;

typedef struct qrs_fetch_cmd {
    qrs_seqset set;
    qrs_slice atts_raw; /**< the attribute list or macro as written */
    qrs_item *atts;     /**< attributes (a macro ALL/FULL/FAST is one OTHER item) */
    qrs_param *modifiers;
    int has_changedsince;
    uint64_t changedsince;
    int vanished; /**< the VANISHED modifier is present */
} qrs_fetch_cmd;

typedef struct qrs_store_cmd {
    qrs_seqset set;
    qrs_param *modifiers;
    int has_unchangedsince;
    uint64_t unchangedsince;
    qrs_slice action; /**< [+-]FLAGS[.SILENT] */
    qrs_slice flags;  /**< the flags as written */
} qrs_store_cmd;

typedef struct qrs_search_cmd {
    qrs_param *return_opts;        /**< RETURN (...) options (RFC 4466/4731), in order; NULL when absent */
    qrs_slice charset;             /**< CHARSET argument as written; empty when absent */
    qrs_slice program;             /**< the search keys as written (after any CHARSET) */
    qrs_search_modseq *modseq;     /**< every MODSEQ criterion, in order */
} qrs_search_cmd;

typedef struct qrs_status_data {
    qrs_string mailbox;
    qrs_status_att *atts;
} qrs_status_data;

typedef struct qrs_cond {
    qrs_slice status; /**< OK / NO / BAD / PREAUTH / BYE as written ("+" for a continuation) */
    qrs_resp_text text;
} qrs_cond;

typedef struct qrs_vanished {
    int earlier;          /**< (EARLIER) (rfc5162, rfc7162) */
    int has_tag;          /**< (TAG "t") (draft03) */
    qrs_string tag;       /**< the TAG correlator's tag-string */
    qrs_seqset uids;      /**< known-uids, never containing '*' */
} qrs_vanished;

typedef struct qrs_fetch_resp {
    uint32_t number; /**< message sequence number */
    qrs_item *items;
    int has_uid, has_modseq;
    uint32_t uid;
    uint64_t modseq;
} qrs_fetch_resp;

typedef struct qrs_search_resp {
    int sort;            /**< SORT rather than SEARCH */
    qrs_slice numbers;   /**< the numbers as written (SP-separated) */
    uint32_t count;      /**< how many numbers */
    int has_modseq;
    uint64_t modseq;     /**< (MODSEQ n) */
} qrs_search_resp;

typedef struct qrs_esearch_resp {
    int has_tag;
    qrs_string tag;
    int uid;
    qrs_slice data;  /**< the search-return-data as written */
    int has_modseq;
    uint64_t modseq;
} qrs_esearch_resp;

typedef struct qrs_other {
    qrs_slice name; /**< command or response name */
    int has_number; /**< "* n NAME" */
    uint32_t number;
    qrs_slice args; /**< everything after name and SP, up to the CRLF (empty when none) */
} qrs_other;

/** One parsed command or response. */
typedef struct qrs_message {
    qrs_kind kind;
    qrs_slice raw;   /**< the whole message, CRLF included */
    qrs_slice tag;   /**< command tag, or tag of a tagged response; empty for '*' and '+' */
    int uid;         /**< "UID FETCH", "UID STORE", "UID SEARCH" */
    union {
        qrs_select_cmd select;
        qrs_fetch_cmd fetch;
        qrs_store_cmd store;
        qrs_search_cmd search;
        qrs_status_data status;
        qrs_word *words;
        qrs_other other;
        qrs_cond cond;
        qrs_vanished vanished;
        qrs_fetch_resp fetch_resp;
        qrs_search_resp search_resp;
        qrs_esearch_resp esearch;
    } u;
} qrs_message;

/* MARK: - Parsing */

/**
 * Parse one complete command or response: buf[0..len) must hold exactly one
 * message ending in CRLF, literals included.
 *
 * @param buf   the message; read only, never written; may be NULL only when len is 0
 *              (else QRS_E_INVALID_ARGUMENT)
 * @param len   its length in bytes; above opts->max_message_len: QRS_E_TOO_LONG
 * @param opts  options, or NULL for the defaults (rfc7162, side auto, strict); read
 *              during the call only.  A dialect or side outside its enum, or a
 *              max_depth above QRS_MAX_DEPTH_LIMIT: QRS_E_INVALID_ARGUMENT.
 *              Lenient bits outside QRS_LENIENT_ALL are ignored.
 * @param arena where nodes are placed; must not be NULL (QRS_E_INVALID_ARGUMENT).
 *              Nodes go after what it already holds, so several messages may
 *              share one arena; a failed parse leaves it as it was.  Too
 *              small: QRS_E_ARENA_FULL.
 * @param out   receives a pointer to the message (inside the arena); set to NULL
 *              on failure; must not be NULL (QRS_E_INVALID_ARGUMENT)
 * @param err   receives the error on failure (on success its code is QRS_OK);
 *              may be NULL
 * @return QRS_OK or the error code (also in err->code)
 *
 * The result stays valid while buf and the arena memory do.  Thread-safe for
 * distinct arenas.  Runs in time linear in len; never reads outside buf.
 */
QRS_API qrs_code qrs_parse(const char *buf, size_t len, const qrs_options *opts, qrs_arena *arena,
                           const qrs_message **out, qrs_error *err);

/** ABNF rules that can be parsed on their own with qrs_parse_fragment(). */
typedef enum qrs_rule {
    QRS_RULE_SEQUENCE_SET = 0, /**< sequence-set: out->set */
    QRS_RULE_KNOWN_UIDS,       /**< known-uids: out->set (no '*') */
    QRS_RULE_SEQ_MATCH_DATA,   /**< seq-match-data: out->qresync.known_sequence_set / known_uid_set */
    QRS_RULE_SELECT_PARAM,     /**< select-param: out->param */
    QRS_RULE_FETCH_MODIFIER,   /**< fetch-modifier: out->param */
    QRS_RULE_STORE_MODIFIER,   /**< store-modifier: out->param */
    QRS_RULE_EXPUNGED_RESP,    /**< expunged-resp ("VANISHED ..."): out->vanished */
    QRS_RULE_MOD_SEQUENCE_VALUE, /**< mod-sequence-value: out->number */
    QRS_RULE_MOD_SEQUENCE_VALZER, /**< mod-sequence-valzer: out->number */
    QRS_RULE_SEARCH_MODSEQUENCE,  /**< search-modsequence: out->search_modseq */
    QRS_RULE_RESP_TEXT_CODE,      /**< resp-text-code (without brackets): out->resp_text */
    QRS_RULE_FETCH_MOD_RESP,      /**< fetch-mod-resp ("MODSEQ (n)"): out->number */
    QRS_RULE_STATUS_ATT_VAL,      /**< status-att-val: out->status_att */
    QRS_RULE_FETCH_ATT,           /**< fetch-att, or the macro or parenthesized list FETCH takes there: checked only */
    QRS_RULE_FLAG_LIST,           /**< flag-list, or flags separated by SP as STORE takes them: checked only */
    QRS_RULE_FLAG_FETCH,          /**< "(" flag-fetch *(SP flag-fetch) ")", a FETCH response's FLAGS: checked only */
    QRS_RULE_COUNT_
} qrs_rule;

/** What qrs_parse_fragment() found; the field that a rule fills is named at
 *  its qrs_rule value, the others stay zero.  Pointers and slices live as
 *  long as the input and the arena. */
typedef struct qrs_fragment {
    qrs_rule rule;
    qrs_seqset set;                         /**< sequence-set, known-uids */
    uint64_t number;                        /**< mod-sequence-value(zer), fetch-mod-resp */
    qrs_qresync qresync;                    /**< seq-match-data: the two sets */
    const qrs_param *param;                 /**< select-param, fetch-modifier, store-modifier */
    qrs_vanished vanished;                  /**< expunged-resp */
    const qrs_search_modseq *search_modseq; /**< search-modsequence */
    qrs_resp_text resp_text;                /**< resp-text-code (text stays empty) */
    const qrs_status_att *status_att;       /**< status-att-val */
} qrs_fragment;

/** ABNF name of a rule ("sequence-set"), as a static string; NULL outside the enum.  Pure; thread-safe. */
QRS_API const char *qrs_rule_name(qrs_rule rule);
/** Rule for the ABNF name in name[0..len) (no NUL needed; exact, case-sensitive match); -1 when the
 *  name is unknown or name is NULL.  Pure; thread-safe. */
QRS_API int qrs_rule_from_name(const char *name, size_t len);

/**
 * Parse buf[0..len) as exactly one instance of an ABNF rule (no CRLF).
 * Arguments, errors, lifetime and thread safety as for qrs_parse().  out
 * must not be NULL, and rule must be inside its enum
 * (QRS_E_INVALID_ARGUMENT for either).  out is zeroed before parsing and
 * again on failure; on success its pointers and slices point into buf and
 * the arena.
 */
QRS_API qrs_code qrs_parse_fragment(qrs_rule rule, const char *buf, size_t len, const qrs_options *opts,
                                    qrs_arena *arena, qrs_fragment *out, qrs_error *err);

/** Name of a message kind ("select", "vanished", ...), as a static string, never NULL: "none" outside
 *  the enum.  Pure; thread-safe. */
QRS_API const char *qrs_kind_name(qrs_kind kind);

/* MARK: - Writing */

typedef enum qrs_write_mode {
    /** The bytes the message was parsed from, exactly: write(parse(x)) == x. */
    QRS_WRITE_LOSSLESS = 0,
    /**
     * One spelling per meaning: the keywords this library knows in upper case,
     * numbers without leading zeros, and the sets whose order carries no
     * meaning (VANISHED UIDs, known-uids, MODIFIED, FETCH/STORE sets) sorted,
     * merged and deduplicated.  Sets holding '*' are written as they are
     * ('*' is never resolved or confused with 4294967295), and seq-match-data
     * keeps its paired order.  A response text the input lacked (under
     * QRS_LENIENT_MISSING_TEXT) is written as the status word, so that the
     * output parses strictly.  What the library keeps only as a slice (other
     * commands' arguments, other FETCH items' values, a SEARCH program) is
     * written as it came.  Idempotent: canonical(parse(canonical(x))) equals
     * canonical(x).
     */
    QRS_WRITE_CANONICAL = 1
} qrs_write_mode;

/**
 * Serialize a parsed message into buf[0..cap), snprintf-style: *len receives
 * the full length (CRLF included, NUL not); when cap > 0 the output is
 * NUL-terminated, and cut short when cap <= *len.  buf may be NULL when cap
 * is 0, to ask for the length.
 *
 * @param msg     a message from qrs_parse(), which must still be valid (its
 *                input and arena alive); only read
 * @param mode    QRS_WRITE_LOSSLESS or QRS_WRITE_CANONICAL
 * @param scratch memory for sorting sets in canonical mode: 8 bytes per
 *                element of the largest set, plus 4 for alignment, is
 *                enough.  Borrowed during the call only: what it held stays,
 *                and its use is given back on return.  May be NULL for
 *                lossless mode.  Too small (or NULL) in canonical mode:
 *                QRS_E_ARENA_FULL, and the output is still complete, with
 *                the sets that did not fit written as they came.
 * @param buf, cap  the output buffer; buf NULL counts as cap 0
 * @param len   receives the full length; must not be NULL
 * @return QRS_OK; QRS_E_ARENA_FULL as above; QRS_E_INVALID_ARGUMENT, with
 *         nothing written, for NULL msg or len, or a mode outside the enum
 * Several threads may write the same message at once, each with its own
 * scratch.  Uses no heap.
 */
QRS_API qrs_code qrs_write(const qrs_message *msg, qrs_write_mode mode, qrs_arena *scratch, char *buf, size_t cap,
                           size_t *len);

/* MARK: - Client HIGHESTMODSEQ tracking */

/**
 * When a client may advance its cached HIGHESTMODSEQ.  Draft -03 (the seed)
 * changed this from -02: servers may send MODSEQ FETCH items out of order, so
 * a client that caches each MODSEQ as it arrives (-02) can skip changes it
 * never saw when the connection drops.  From -03 on, MODSEQ items count only
 * at the next tagged response.
 */
typedef enum qrs_track_rule {
    QRS_TRACK_DRAFT02 = 0, /**< -02: every MODSEQ item and HIGHESTMODSEQ code at once (the unsafe rule) */
    QRS_TRACK_DRAFT03,     /**< -03 and RFC 5162 section 5: codes at once; the highest MODSEQ item
                                since the last tagged response, at the next tagged response */
    QRS_TRACK_RFC7162      /**< RFC 7162 section 6: at a tagged response, a HIGHESTMODSEQ code
                                received since the last one wins, even when lower; else the highest
                                MODSEQ item */
} qrs_track_rule;

/** The client's cache for the selected mailbox.  Plain data: copy it, store it. */
typedef struct qrs_tracker {
    qrs_track_rule rule;
    int known;            /**< a HIGHESTMODSEQ is cached */
    uint64_t highest;     /**< the cached value, valid when known */
    uint64_t pending_max; /**< highest MODSEQ item since the last tagged response (0: none) */
    int pending_code;     /**< RFC 7162: a HIGHESTMODSEQ code arrived since the last tagged response */
    uint64_t code_value;
    uint32_t uidvalidity; /**< last UIDVALIDITY seen (0: none) */
    int opening;          /**< before the first tagged response: the mailbox is being opened */
} qrs_tracker;

/** Start with nothing cached, as when a mailbox is being opened.  t must not be NULL (not checked).
 *  The tracker is plain data owned by the caller: one per selected mailbox, used by one thread at a
 *  time (it may be copied and stored between sessions). */
QRS_API void qrs_tracker_init(qrs_tracker *t, qrs_track_rule rule);
/** Start from a value cached in an earlier session (known = 1), before the SELECT that resyncs.
 *  t must not be NULL (not checked). */
QRS_API void qrs_tracker_restore(qrs_tracker *t, qrs_track_rule rule, uint32_t uidvalidity, uint64_t highest);
/**
 * Feed one parsed server response, in the order received.  A UIDVALIDITY
 * change, NOMODSEQ or CLOSED forgets the cache (the mailbox is not the one
 * it describes).  Responses that say nothing about mod-sequences, and
 * commands, are ignored; a NULL t or msg is ignored.  msg is only read
 * during the call and no pointer into it is kept, so its arena may be
 * reset as soon as this returns.
 */
QRS_API void qrs_tracker_feed(qrs_tracker *t, const qrs_message *msg);

/* MARK: - Session rules: what a transcript must obey beyond each message */

/** One broken rule of the extension, found in a session. */
typedef struct qrs_finding {
    const char *rule;    /**< stable identifier, e.g. "vanished-not-enabled" */
    const char *message; /**< what is wrong, citing the section; static */
    int warning;         /**< 1: a warning, 0: an error */
} qrs_finding;

#define QRS_SESSION_MAX_COMMANDS 32 /* commands in progress that a session remembers */
#define QRS_SESSION_MAX_GONE 64     /* ranges of expunged UIDs a session remembers per selection */

/** The state of one IMAP connection as a checker follows it.  Plain data; no heap. */
typedef struct qrs_session {
    qrs_dialect dialect;
    int enable_sent;      /**< ENABLE QRESYNC sent (RFC 5162: enough) */
    int qresync_enabled;  /**< QRESYNC in force: ENABLED QRESYNC seen (RFC 7162), or draft -03's first use */
    int mailbox_selected; /**< a SELECT/EXAMINE ended in OK, and no CLOSE or UNSELECT since */
    int nomodseq;         /**< the mailbox being selected or selected answered [NOMODSEQ] */
    int have_highest;     /**< highest holds a HIGHESTMODSEQ of the current selection */
    uint64_t highest;     /**< the largest HIGHESTMODSEQ seen since the last SELECT/EXAMINE */
    /** UIDs reported by VANISHED since the last SELECT/EXAMINE, as disjoint ranges; once
     *  QRS_SESSION_MAX_GONE ranges are held, further ones are not remembered (no false finding). */
    qrs_urange gone[QRS_SESSION_MAX_GONE];
    size_t n_gone;
    size_t n_commands;
    struct {
        char tag[32];      /* the tag's first 31 bytes (private) */
        uint64_t tag_hash; /* a hash of all of it: longer tags are told apart too */
        unsigned flags;    /* QRS_SESSION_* bits, private */
    } commands[QRS_SESSION_MAX_COMMANDS];
} qrs_session;

/** Start following a connection in dialect d.  s must not be NULL (not checked).  The session is plain
 *  data owned by the caller: one per connection, fed by one thread at a time. */
QRS_API void qrs_session_init(qrs_session *s, qrs_dialect d);

/**
 * Feed one parsed message, in transcript order: from_client 1 for a
 * command, 0 for a response.  Writes up to max findings to out and returns
 * how many rules the message broke.  The rules, each judged per dialect:
 * QRESYNC select-param or VANISHED fetch modifier before QRESYNC is enabled
 * (RFC 5162 section 3.1, RFC 7162 section 3.2.5; draft -03 has no ENABLE);
 * VANISHED before QRESYNC is enabled; VANISHED (EARLIER) or (TAG) outside a
 * SELECT/EXAMINE (QRESYNC) or UID FETCH (VANISHED); VANISHED (EARLIER) after
 * a FETCH response of the same command (RFC 5162 section 3.2, RFC 7162
 * section 3.2.6); HIGHESTMODSEQ on the tagged OK of CLOSE (RFC 7162 section
 * 3.2.8); a HIGHESTMODSEQ lower than an earlier one of the same selection;
 * a SELECT/EXAMINE that closes a selected mailbox without a CLOSED response
 * code once QRESYNC is enabled (RFC 5162 section 3.7, RFC 7162 section
 * 3.2.11); MODSEQ, CHANGEDSINCE or UNCHANGEDSINCE on a mailbox that answered
 * NOMODSEQ (RFC 7162 section 3.1.2.2; rfc7162 only); a plain VANISHED of a
 * UID that an earlier VANISHED of the same selection already reported, so
 * not one the client still sees (RFC 7162 section 3.2.10.2, erratum 3322;
 * rfc7162 only).
 *
 * The return value may exceed max: only the first max findings are
 * written, and out may be NULL when max is 0, to count only.  A finding's
 * strings are static.  A NULL s or msg returns 0 and changes nothing.  msg
 * is only read; the session copies the tags it needs to remember (their
 * first 31 bytes, for up to QRS_SESSION_MAX_COMMANDS commands in progress)
 * and keeps no pointer into msg.
 */
QRS_API size_t qrs_session_feed(qrs_session *s, int from_client, const qrs_message *msg, qrs_finding *out,
                                size_t max);

/* MARK: - Server side of QRESYNC: what SELECT/EXAMINE (QRESYNC ...) must report */

/** UIDs first..last, expunged at mod-sequence modseq (0 when the server did not keep it). */
typedef struct qrs_expunged_run {
    uint32_t first, last;
    uint64_t modseq;
} qrs_expunged_run;

/** The selected mailbox as the server knows it.  The arrays are the caller's and are only read. */
typedef struct qrs_mailbox_state {
    uint32_t uidvalidity;
    uint32_t uidnext;
    const uint32_t *uids;              /**< the messages' UIDs, strictly ascending: message n has uids[n-1] */
    size_t n_uids;
    const qrs_expunged_run *expunged; /**< expunged UIDs in any order (runs may touch or overlap) */
    size_t n_expunged;
} qrs_mailbox_state;

/** What qrs_resync_vanished() found besides the set. */
typedef struct qrs_resync_plan {
    int uidvalidity_matches; /**< 0: the client's cache is void; the set is empty (RFC 7162 section 3.2.5.1) */
    uint32_t matched_uid;    /**< highest UID of a seq-match-data pair that the mailbox still has at the same
                                  message number: nothing at or below it was expunged; 0 when none */
} qrs_resync_plan;

/**
 * The UIDs that a server answers with VANISHED (EARLIER) for the QRESYNC
 * parameters q of a SELECT/EXAMINE (RFC 7162 section 3.2.5; RFC 5162 section
 * 3.1): every expunged UID whose expunge mod-sequence is above q->modseq (or
 * unknown), within q's known-uids (1:UIDNEXT-1 when absent), and above the
 * highest seq-match-data pair that still matches (section 3.2.5.2: the
 * client and the mailbox then agree on every message up to that UID).
 * A '*' in q's sets (parsed only with QRS_LENIENT_STAR_IN_KNOWN) is the
 * largest number in use (RFC 3501 seq-number): UIDNEXT-1 in known-uids, the
 * number of messages in known-sequence-set, the highest UID in
 * known-uid-set; with no messages, no seq-match-data pair matches.
 *
 * No set is expanded: time depends on the numbers of runs, of set elements
 * and of messages only through log factors.  known is scratch for the
 * known-uids (its storage must hold as many ranges as known-uids has
 * elements); out receives the set, normalized, ready for
 * qrs_build_vanished() or qrs_build_vanished_split().  Returns
 * QRS_E_INVALID_ARGUMENT for a NULL mb, q, known or out (plan may be NULL),
 * QRS_E_ARENA_FULL when known or out has no room.  Reentrant; the inputs are
 * only read during the call.
 */
QRS_API qrs_code qrs_resync_vanished(const qrs_mailbox_state *mb, const qrs_qresync *q, qrs_ranges *known,
                                     qrs_ranges *out, qrs_resync_plan *plan);

/* MARK: - Builders: values to protocol text, refusing what the grammar forbids */

/*
 * Every builder writes one complete message, CRLF included, into
 * buf[0..cap) snprintf-style: *len receives the full length, and the output
 * is NUL-terminated when cap > 0 (cut short when cap <= *len; buf may be NULL
 * when cap is 0).  It refuses, with a typed error and without writing, what
 * the dialect's grammar forbids:
 *   QRS_E_NUMBER_RANGE   a UIDVALIDITY, UID or message number of 0
 *   QRS_E_MODSEQ_ZERO    a mod-sequence 0 where mod-sequence-value forbids it
 *   QRS_E_MODSEQ_RANGE   a mod-sequence above the dialect's limit
 *   QRS_E_STAR_FORBIDDEN '*' where it is not allowed
 *   QRS_E_NOT_ASCENDING, QRS_E_SET_MISMATCH  seq-match-data that does not pair up
 *   QRS_E_DIALECT        (EARLIER) without a tag in draft03, a TAG correlator outside
 *                        draft03, CLOSED or ENABLE in draft03
 *   QRS_E_INVALID_ARGUMENT  an empty set, a NULL, a tag, mailbox or text
 *                        that cannot be written as the grammar wants
 * Sets given as qrs_ranges must be normalized (qrs_ranges_normalize) and
 * non-empty.  Pieces given as text (a sequence-set, fetch attributes, flags)
 * are checked with the parser's own rule for them (QRS_RULE_SEQUENCE_SET,
 * QRS_RULE_FETCH_ATT, QRS_RULE_FLAG_LIST, QRS_RULE_FLAG_FETCH) and refused
 * with its error code; NULL or empty text is QRS_E_INVALID_ARGUMENT.
 * Builders use no heap and are thread-safe.
 */

/** "* VANISHED [(EARLIER)] uids" (rfc5162, rfc7162) or "* VANISHED [(TAG "tag")] uids" (draft03).
 *  earlier: mark the response as the result of a QRESYNC/VANISHED request; draft03 then needs
 *  draft_tag, the tag of that command (NULL otherwise). */
QRS_API qrs_code qrs_build_vanished(qrs_dialect dialect, int earlier, const char *draft_tag, const qrs_ranges *uids,
                                    char *buf, size_t cap, size_t *len);

/** What a client knows of a mailbox, for SELECT/EXAMINE ... (QRESYNC (...)). */
typedef struct qrs_qresync_values {
    uint32_t uidvalidity;
    uint64_t modseq;              /**< mod-sequence-value: at least 1 */
    const qrs_ranges *known_uids; /**< NULL to omit */
    /** seq-match-data, NULL/0 to omit: message numbers and their UIDs, both strictly ascending, paired. */
    const uint32_t *match_seqs, *match_uids;
    size_t match_count;
} qrs_qresync_values;

/** "tag SELECT mailbox (QRESYNC (...) [CONDSTORE])" or EXAMINE.  mailbox is written as an atom
 *  when it can be, else as a quoted string; q NULL omits QRESYNC. */
QRS_API qrs_code qrs_build_select(qrs_dialect dialect, const char *tag, int examine, const char *mailbox,
                                  const qrs_qresync_values *q, int condstore, char *buf, size_t cap, size_t *len);

/** "tag UID FETCH set atts (CHANGEDSINCE n [VANISHED])".  set is sequence-set text ('*' allowed);
 *  atts is the fetch attribute text as written, e.g. "(FLAGS)"; changedsince 0 omits the modifiers
 *  (VANISHED needs CHANGEDSINCE: QRS_E_MODIFIER_CONTEXT). */
QRS_API qrs_code qrs_build_uid_fetch(qrs_dialect dialect, const char *tag, const char *set, const char *atts,
                                     uint64_t changedsince, int vanished, char *buf, size_t cap, size_t *len);

/** "tag [UID ]STORE set (UNCHANGEDSINCE n) action flags".  action is [+-]FLAGS[.SILENT];
 *  flags the flag list as written, e.g. "(\Seen)". */
QRS_API qrs_code qrs_build_store(qrs_dialect dialect, const char *tag, int uid, const char *set,
                                 uint64_t unchangedsince, const char *action, const char *flags, char *buf, size_t cap,
                                 size_t *len);

/** A status response with one of the extension's codes: "tag|* OK [code] text".
 *  status is "OK", "NO" or "BAD" (also "PREAUTH"/"BYE" untagged); tag NULL for "*".
 *  code QRS_CODE_HIGHESTMODSEQ takes number; QRS_CODE_MODIFIED takes set; QRS_CODE_NOMODSEQ and
 *  QRS_CODE_CLOSED nothing; QRS_CODE_NONE writes no code.  text must be 1*TEXT-CHAR, not starting
 *  with "[" and not ending in "{n}" or "{n+}", which a reader would take for a literal announcement
 *  (QRS_E_INVALID_ARGUMENT). */
QRS_API qrs_code qrs_build_status(qrs_dialect dialect, const char *tag, const char *status, qrs_code_kind code,
                                  uint64_t number, const qrs_ranges *set, const char *text, char *buf, size_t cap,
                                  size_t *len);

/** "tag ENABLE cap..." (rfc5162, rfc7162; QRS_E_DIALECT in draft03, which has no ENABLE).
 *  caps: n capability atoms, such as "QRESYNC" and "CONDSTORE". */
QRS_API qrs_code qrs_build_enable(qrs_dialect dialect, const char *tag, const char *const *caps, size_t n,
                                  char *buf, size_t cap, size_t *len);

/** "* n FETCH (UID u MODSEQ (m) [FLAGS flags])": what a server sends once CONDSTORE is enabled
 *  (RFC 7162 section 3.2.4: UID and MODSEQ in every untagged FETCH).  flags NULL omits FLAGS;
 *  otherwise it is the parenthesized flag list as written. */
QRS_API qrs_code qrs_build_fetch_modseq(qrs_dialect dialect, uint32_t msgno, uint32_t uid, uint64_t modseq,
                                        const char *flags, char *buf, size_t cap, size_t *len);

/** "* SEARCH n... (MODSEQ m)" for a search that used MODSEQ (RFC 7162 section 3.1.5), or "* SEARCH"
 *  alone for an empty result (the (MODSEQ m) then must not be sent, so modseq is ignored). */
QRS_API qrs_code qrs_build_search_modseq(qrs_dialect dialect, const uint32_t *numbers, size_t n, uint64_t modseq,
                                         char *buf, size_t cap, size_t *len);

/* MARK: - Builders: the client commands around the extension */

/*
 * The commands a client sends beside the extension's own, so that a whole
 * session can be built by the library: same snprintf contract, refusals and
 * thread safety as the builders above (len NULL: QRS_E_INVALID_ARGUMENT).
 * Only qrs_build_search() depends on the dialect, for its mod-sequence limit.
 * No builder keeps a pointer to an argument: the output is a copy.
 */

/**
 * "tag COMMAND" for a command that takes no argument: command is one of
 * "CAPABILITY", "LOGOUT", "NOOP" (RFC 3501 section 6.1), "CHECK", "CLOSE",
 * "EXPUNGE" (section 6.4) or "UNSELECT" (RFC 3691), in upper case.
 * QRS_E_INVALID_ARGUMENT for a NULL or invalid tag (empty, '+', a space,
 * a character outside ASTRING-CHAR) and for any other command or NULL.
 * Under QRESYNC, EXPUNGE is answered with VANISHED rather than EXPUNGE
 * (RFC 7162 section 3.2.10), and CLOSE expunges without telling
 * (section 3.2.8: no HIGHESTMODSEQ on its OK).
 */
QRS_API qrs_code qrs_build_bare_command(const char *tag, const char *command, char *buf, size_t cap, size_t *len);

/**
 * "tag APPEND mailbox [flags] {n}CRLF message CRLF" (RFC 3501 section 6.3.11).
 *
 * @param tag         the command tag (as for every builder)
 * @param mailbox     written as an atom when it can be, else quoted; CR, LF or
 *                    8-bit bytes, or NULL: QRS_E_INVALID_ARGUMENT
 * @param flags       the parenthesized flag-list as written, "(\Seen $Work)", or NULL
 *                    to omit it; checked with QRS_RULE_FLAG_LIST (its error code);
 *                    without the parentheses: QRS_E_INVALID_ARGUMENT
 * @param message     the message octets, copied as they are (CRLF line ends are
 *                    the caller's business, RFC 5322); may be NULL when
 *                    message_len is 0; a NUL octet, which a literal cannot carry
 *                    (RFC 3501 CHAR8), is QRS_E_INVALID_ARGUMENT
 * @param message_len its length; above 4294967295: QRS_E_NUMBER_RANGE
 *
 * The literal is synchronizing ({n}, not the {n+} of LITERAL+): a client
 * sends the output up to and including the CRLF after "{n}", waits for the
 * server's continuation request ("+ ..."), then sends the rest.  qrs_frame()
 * on the output stops there with QRS_FRAME_LITERAL.  The whole output is one
 * message for qrs_parse().
 */
QRS_API qrs_code qrs_build_append(const char *tag, const char *mailbox, const char *flags, const char *message,
                                  size_t message_len, char *buf, size_t cap, size_t *len);

/**
 * "tag [UID ]SEARCH MODSEQ ["/flags/flag" entry_type ]modseq": the MODSEQ
 * search criterion (RFC 7162 section 3.1.5), which matches the messages whose
 * mod-sequence (for that flag, when one is named) is at least modseq.
 *
 * @param uid        nonzero for UID SEARCH (the server answers with UIDs)
 * @param flag       NULL to search the whole message's mod-sequence; else the
 *                   flag, "\Seen" (the builder escapes its backslash inside the
 *                   quoted entry name) or a keyword atom: an atom, optionally
 *                   after one backslash (RFC 7162 attr-flag), but not "\Recent",
 *                   which has no mod-sequence
 * @param entry_type "priv", "shared" or "all" (lower case, as written) with a
 *                   flag; NULL without one
 * @param modseq     mod-sequence-valzer: 0 is allowed; above the dialect's limit:
 *                   QRS_E_MODSEQ_RANGE
 * QRS_E_INVALID_ARGUMENT for a bad tag, a bad flag, an unknown entry type, or a
 * flag without a type (or the reverse).
 */
QRS_API qrs_code qrs_build_search(qrs_dialect dialect, const char *tag, int uid, const char *flag,
                                  const char *entry_type, uint64_t modseq, char *buf, size_t cap, size_t *len);

/* MARK: - Line budget */

/**
 * Split one VANISHED set over as many responses as needed, each at most
 * max_line octets (CRLF included), written one after the other into buf as
 * by the builders; *count receives their number.  Every UID of uids is in
 * exactly one response.  QRS_E_TOO_LONG when even one element does not fit.
 */
QRS_API qrs_code qrs_build_vanished_split(qrs_dialect dialect, int earlier, const char *draft_tag,
                                          const qrs_ranges *uids, size_t max_line, char *buf, size_t cap,
                                          size_t *len, size_t *count);

/**
 * Build a SELECT (or EXAMINE) ... (QRESYNC (...)) of at most max_line octets
 * from a client's cache: uids[i] is the UID of message number i+1, strictly
 * ascending (n messages).  known-uids is the cache compressed; when that is
 * too long, the closest ranges are joined (a superset is safe: the server
 * reports only UIDs that really vanished, and the client ignores unknown
 * ones) until it fits.  Then seq-match-data samples message numbers, densest
 * near the end of the mailbox where changes cluster (RFC 7162 section
 * 3.2.5.2), as many as still fit.  scratch holds the working ranges (about
 * 8 bytes per range of the cache).  QRS_E_TOO_LONG when not even the bare
 * parameter fits; QRS_E_ARENA_FULL when scratch is too small.
 */
QRS_API qrs_code qrs_build_select_budget(qrs_dialect dialect, const char *tag, int examine, const char *mailbox,
                                         uint32_t uidvalidity, uint64_t modseq, const uint32_t *uids, size_t n,
                                         size_t max_line, qrs_arena *scratch, char *buf, size_t cap, size_t *len);

#ifdef __cplusplus
}
#endif

#endif /* QRESYNC_H */
