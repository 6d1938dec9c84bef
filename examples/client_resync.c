/*
 * client_resync.c - a client that brings its cached copy of a mailbox up to
 * date with QRESYNC (RFC 7162 section 3.2), over stdin (server responses)
 * and stdout (client commands).
 *
 *   client_resync [--trace FILE] [--line-max N] CACHE [NEW_CACHE]
 *
 * It reads the cache from CACHE (a missing file is an empty cache), talks to
 * the server, and writes the resynchronized cache to NEW_CACHE (default:
 * back to CACHE).  --trace writes the session to FILE as "C: "/"S: "
 * lines, the form `qresync lint` checks.  The steps:
 *
 *   1. ENABLE QRESYNC, and wait for ENABLED QRESYNC (RFC 7162 section 3.2.3).
 *   2. SELECT INBOX (QRESYNC (uidvalidity highestmodseq known-uids ...)),
 *      kept within a line budget (section 4).  The server answers with
 *      VANISHED (EARLIER) for cached messages expunged since, and FETCH for
 *      cached messages changed since (section 3.2.5.1).  Without a usable
 *      cache it is a plain SELECT.
 *   3. UID FETCH <first new UID>:* (FLAGS) for messages added since; when the
 *      UIDVALIDITY changed, that is every message (section 3.2.5: the
 *      server then ignored the QRESYNC parameter).
 *   4. LOGOUT, then save the cache with the HIGHESTMODSEQ that qrs_tracker
 *      kept by the RFC 7162 section 6 rule.
 *
 * The cache file has one item per line:
 *   uidvalidity 3857529045
 *   highestmodseq 20
 *   uids 1:3,6                  the cached UIDs, as a sequence-set
 *   flags 1 (\Seen)             one line per cached UID
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "imap_stream.h"
#include "qresync.h"

#define FLAGS_MAX 128
#define LINE_MAX_DEFAULT 8192 /* "approximately 8192 octets" (RFC 7162 section 4) */

typedef struct cached_message {
    uint32_t uid;
    char flags[FLAGS_MAX]; /* the FLAGS list as the server wrote it, e.g. "(\Seen)" */
} cached_message;

/* The client's copy of one mailbox.  The UID set is kept as ranges, so that
 * a VANISHED (EARLIER) 1:100000 is applied without expanding it; the flags
 * table has one entry per UID in the set. */
typedef struct mailbox_cache {
    uint32_t uidvalidity;   /* 0: nothing cached */
    uint64_t highestmodseq; /* 0: unknown, no QRESYNC possible */
    qrs_ranges uids;        /* normalized, storage from malloc */
    cached_message *msgs;   /* ascending UID */
    size_t n_msgs;
} mailbox_cache;

static const qrs_dialect dialect = QRS_DIALECT_RFC7162;

/* MARK: - The cache */

/* Keywords and capability names are case-insensitive (RFC 3501 section 9). */
static int same_word(qrs_slice s, const char *word)
{
    size_t n = strlen(word);
    if (s.len != n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if ((s.ptr[i] | 0x20) != (word[i] | 0x20))
            return 0;
    return 1;
}

static int ranges_reserve(qrs_ranges *r, size_t cap)
{
    if (r->cap >= cap)
        return 0;
    qrs_urange *grown = realloc(r->v, cap * sizeof *grown);
    if (!grown)
        return -1;
    r->v = grown;
    r->cap = cap;
    return 0;
}

static void cache_clear(mailbox_cache *c)
{
    free(c->uids.v);
    free(c->msgs);
    memset(c, 0, sizeof *c);
}

/* The flags entry of uid, or where it would go (binary search). */
static size_t cache_find(const mailbox_cache *c, uint32_t uid)
{
    size_t lo = 0, hi = c->n_msgs;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (c->msgs[mid].uid < uid)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Add uid to the cache or update its flags. */
static int cache_put(mailbox_cache *c, uint32_t uid, const char *flags, size_t flags_len)
{
    if (flags_len >= FLAGS_MAX)
        return -1;
    size_t at = cache_find(c, uid);
    if (at == c->n_msgs || c->msgs[at].uid != uid) {
        cached_message *grown = realloc(c->msgs, (c->n_msgs + 1) * sizeof *grown);
        if (!grown)
            return -1;
        c->msgs = grown;
        if (ranges_reserve(&c->uids, c->uids.n + 1) != 0 || qrs_ranges_add(&c->uids, uid, uid) != QRS_OK)
            return -1;
        qrs_ranges_normalize(&c->uids);
        memmove(c->msgs + at + 1, c->msgs + at, (c->n_msgs - at) * sizeof *c->msgs);
        c->n_msgs++;
        c->msgs[at].uid = uid;
    }
    memcpy(c->msgs[at].flags, flags, flags_len);
    c->msgs[at].flags[flags_len] = '\0';
    return 0;
}

/* Remove the UIDs of gone from the cache.  VANISHED (EARLIER) may name
 * UIDs the client never had, for instance when known-uids was a superset
 * (only plain VANISHED is limited to UIDs the client knows, RFC 7162
 * section 3.2.10.2); the set difference simply ignores them. */
static int cache_remove(mailbox_cache *c, const qrs_ranges *gone)
{
    qrs_ranges left = {NULL, 0, 0};
    if (ranges_reserve(&left, c->uids.n + gone->n + 1) != 0 || qrs_ranges_subtract(&c->uids, gone, &left) != QRS_OK) {
        free(left.v);
        return -1;
    }
    free(c->uids.v);
    c->uids = left;
    size_t kept = 0;
    for (size_t i = 0; i < c->n_msgs; i++)
        if (qrs_ranges_contains(&c->uids, c->msgs[i].uid))
            c->msgs[kept++] = c->msgs[i];
    c->n_msgs = kept;
    return 0;
}

/* A flag list as the cache file or the server wrote it: checked with the
 * library's own rule for the FLAGS of a FETCH response. */
static int valid_flags(const char *flags, size_t len)
{
    unsigned char mem[4096];
    qrs_arena arena;
    qrs_fragment frag;
    qrs_arena_init(&arena, mem, sizeof mem);
    return qrs_parse_fragment(QRS_RULE_FLAG_FETCH, flags, len, NULL, &arena, &frag, NULL) == QRS_OK;
}

/* The uids line of a cache file must name the UIDs its flags lines give:
 * parsed with the known-uids rule (no '*'), then compared range by range. */
static int same_uids(const char *text, const qrs_ranges *uids)
{
    unsigned char mem[4096];
    qrs_arena arena;
    qrs_fragment frag;
    qrs_ranges listed = {NULL, 0, 0};
    int same = 0;
    qrs_arena_init(&arena, mem, sizeof mem);
    if (!*text)
        return uids->n == 0;
    if (qrs_parse_fragment(QRS_RULE_KNOWN_UIDS, text, strlen(text), NULL, &arena, &frag, NULL) == QRS_OK &&
        ranges_reserve(&listed, frag.set.elements) == 0 && qrs_ranges_from_seqset(&listed, &frag.set, 0) == QRS_OK &&
        listed.n == uids->n) {
        same = 1;
        for (size_t i = 0; i < listed.n; i++)
            same &= listed.v[i].lo == uids->v[i].lo && listed.v[i].hi == uids->v[i].hi;
    }
    free(listed.v);
    return same;
}

static int cache_load(const char *path, mailbox_cache *c)
{
    char *line = NULL, *uids_text = NULL;
    size_t line_cap = 0;
    int lineno = 0, bad = 0;
    memset(c, 0, sizeof *c);
    FILE *f = fopen(path, "r");
    if (!f && errno == ENOENT)
        return 0; /* no cache yet: a first, full synchronization */
    if (!f) {
        perror(path);
        return -1;
    }
    while (!bad && getline(&line, &line_cap, f) >= 0) { /* the uids line can be long */
        uint32_t uid;
        int at = 0;
        lineno++;
        line[strcspn(line, "\r\n")] = '\0';
        if (line[0] == '#' || line[0] == '\0' || !strcmp(line, "uids"))
            continue;
        if (!strncmp(line, "uids ", 5)) {
            free(uids_text);
            bad = !(uids_text = strdup(line + 5));
            continue;
        }
        if (sscanf(line, "uidvalidity %" SCNu32, &c->uidvalidity) == 1 ||
            sscanf(line, "highestmodseq %" SCNu64, &c->highestmodseq) == 1)
            continue;
        if (sscanf(line, "flags %" SCNu32 " %n", &uid, &at) == 1 && at && uid &&
            valid_flags(line + at, strlen(line + at))) {
            bad = cache_put(c, uid, line + at, strlen(line + at)) != 0;
        } else {
            bad = 1;
        }
    }
    fclose(f);
    free(line);
    if (bad)
        fprintf(stderr, "%s:%d: expected uidvalidity N, highestmodseq N, uids SET or flags UID (FLAGS)\n", path,
                lineno);
    else if (!same_uids(uids_text ? uids_text : "", &c->uids)) {
        fprintf(stderr, "%s: the uids line does not match the flags lines\n", path);
        bad = 1;
    }
    free(uids_text);
    return bad ? -1 : 0;
}

static int cache_save(const char *path, const mailbox_cache *c)
{
    size_t need = qrs_ranges_format(&c->uids, NULL, 0);
    char *text = malloc(need + 1);
    FILE *f = fopen(path, "w");
    if (!text || !f) {
        free(text);
        if (f)
            fclose(f);
        return -1;
    }
    qrs_ranges_format(&c->uids, text, need + 1);
    fprintf(f, "uidvalidity %" PRIu32 "\nhighestmodseq %" PRIu64 "\nuids%s%s\n", c->uidvalidity, c->highestmodseq,
            need ? " " : "", text);
    for (size_t i = 0; i < c->n_msgs; i++)
        fprintf(f, "flags %" PRIu32 " %s\n", c->msgs[i].uid, c->msgs[i].flags);
    free(text);
    return fclose(f) == 0 ? 0 : -1;
}

/* MARK: - The connection */

typedef struct session {
    imap_stream in;
    FILE *trace; /* --trace FILE: the session as "C: "/"S: " lines */
    mailbox_cache cache;
    qrs_tracker tracker;
    int qresync_enabled;  /* ENABLED QRESYNC seen */
    uint32_t uidnext;     /* from the SELECT's UIDNEXT code; 0: not sent */
    uint64_t vanished, fetched;
} session;

/*
 * One server response: the tracker sees every one (it picks out what
 * concerns HIGHESTMODSEQ), and the cache takes what changes it.
 */
static int apply(session *s, const qrs_message *msg)
{
    qrs_tracker_feed(&s->tracker, msg);
    switch (msg->kind) {
    case QRS_RESP_ENABLED:
        for (const qrs_word *w = msg->u.words; w; w = w->next)
            if (same_word(w->text, "QRESYNC"))
                s->qresync_enabled = 1;
        return 0;
    case QRS_RESP_COND:
        if (msg->tag.len)
            return 0; /* the caller looks at tagged responses */
        if (msg->u.cond.text.code == QRS_CODE_UIDVALIDITY) {
            uint32_t uidvalidity = (uint32_t)msg->u.cond.text.number;
            if (s->cache.uidvalidity != uidvalidity) {
                /* Not the mailbox the cache describes: forget it all; the
                 * server ignored QRESYNC (RFC 7162 section 3.2.5), and the
                 * tracker forgets its value too. */
                cache_clear(&s->cache);
                s->cache.uidvalidity = uidvalidity;
            }
        } else if (msg->u.cond.text.code == QRS_CODE_NOMODSEQ) {
            /* The mailbox keeps no mod-sequences, so the server ignored
             * QRESYNC (RFC 7162 section 3.2.5): start again from nothing. */
            uint32_t uidvalidity = s->cache.uidvalidity;
            cache_clear(&s->cache);
            s->cache.uidvalidity = uidvalidity;
        } else if (msg->u.cond.text.code == QRS_CODE_UIDNEXT) {
            s->uidnext = (uint32_t)msg->u.cond.text.number;
        }
        return 0;
    case QRS_RESP_VANISHED: {
        /* VANISHED (EARLIER): expunged while we were away (RFC 7162 section
         * 3.2.10.1); plain VANISHED: expunged now.  Either way the UIDs leave
         * the cache.  No '*' can occur here: the parser refuses it. */
        const qrs_seqset *set = &msg->u.vanished.uids;
        qrs_ranges gone = {NULL, 0, 0};
        uint64_t before = qrs_ranges_count(&s->cache.uids);
        int rc = ranges_reserve(&gone, set->elements) == 0 && qrs_ranges_from_seqset(&gone, set, 0) == QRS_OK &&
                         cache_remove(&s->cache, &gone) == 0
                     ? 0
                     : -1;
        s->vanished += before - qrs_ranges_count(&s->cache.uids);
        free(gone.v);
        return rc;
    }
    case QRS_RESP_FETCH: {
        /* Once CONDSTORE is enabled every untagged FETCH carries the UID
         * (RFC 7162 section 3.2.4), so it can be matched to the cache.
         * FLAGS are there because we asked for them, or because QRESYNC
         * reports flag changes.  A FETCH without FLAGS changes nothing here;
         * its MODSEQ has gone to the tracker. */
        const qrs_fetch_resp *f = &msg->u.fetch_resp;
        for (const qrs_item *it = f->items; it && f->has_uid; it = it->next) {
            if (it->kind != QRS_ITEM_FLAGS)
                continue;
            s->fetched++;
            return cache_put(&s->cache, f->uid, it->value.ptr, it->value.len);
        }
        return 0;
    }
    default:
        return 0;
    }
}

/* The next server response.  A literal in a response needs no continuation
 * request (RFC 3501 section 7.5 is for the client's literals): read on. */
static imap_next receive(session *s, const char **bytes, size_t *n, const char **error)
{
    imap_next next;
    do
        next = imap_stream_next(&s->in, bytes, n, error);
    while (next == IMAP_LITERAL);
    return next;
}

/*
 * Send one command and read responses up to its tagged response.  Returns
 * 0 when that says OK.
 */
static int command(session *s, const char *tag, const char *line, size_t len)
{
    if (imap_send(STDOUT_FILENO, s->trace, "C: ", line, len) != 0)
        return -1;
    for (;;) {
        const char *bytes, *error = "";
        size_t n;
        unsigned char mem[65536];
        qrs_arena arena;
        qrs_options opts = {0};
        const qrs_message *msg;
        qrs_error err;
        imap_next next = receive(s, &bytes, &n, &error);
        if (next != IMAP_MESSAGE) {
            fprintf(stderr, "client_resync: %s\n", next == IMAP_EOF ? "the server closed the connection" : error);
            return -1;
        }
        imap_trace(s->trace, "S: ", bytes, n);
        opts.dialect = dialect;
        opts.side = QRS_SIDE_SERVER;
        qrs_arena_init(&arena, mem, sizeof mem);
        if (qrs_parse(bytes, n, &opts, &arena, &msg, &err) != QRS_OK) {
            fprintf(stderr, "client_resync: bad response (%s at byte %zu, %s): %s\n", qrs_code_name(err.code),
                    err.offset, err.rule, err.message);
            return -1;
        }
        if (apply(s, msg) != 0) {
            fprintf(stderr, "client_resync: cannot apply: %.*s", (int)n, bytes);
            return -1;
        }
        if (msg->tag.len == strlen(tag) && !memcmp(msg->tag.ptr, tag, msg->tag.len)) {
            const qrs_cond *done = &msg->u.cond;
            if (msg->kind == QRS_RESP_COND && done->status.len == 2 && !memcmp(done->status.ptr, "OK", 2))
                return 0;
            fprintf(stderr, "client_resync: %s failed: %.*s", tag, (int)n, bytes);
            return -1;
        }
    }
}

/* The greeting: this example does not log in, so it wants PREAUTH
 * (what `dovecot/imap` says when started as the user, for instance). */
static int greeting(session *s)
{
    const char *bytes, *error = "";
    size_t n;
    if (receive(s, &bytes, &n, &error) != IMAP_MESSAGE) {
        fprintf(stderr, "client_resync: no greeting from the server\n");
        return -1;
    }
    imap_trace(s->trace, "S: ", bytes, n);
    if (n < 10 || strncmp(bytes, "* PREAUTH ", 10) != 0) {
        fprintf(stderr, "client_resync: expected a PREAUTH greeting, got: %.*s", (int)n, bytes);
        return -1;
    }
    return 0;
}

static int resync(session *s, size_t line_max)
{
    char line[LINE_MAX_DEFAULT * 2];
    size_t len;
    mailbox_cache *c = &s->cache;
    if (line_max >= sizeof line)
        line_max = sizeof line - 1;

    /* 1. ENABLE QRESYNC (RFC 7162 section 3.2.3; it enables CONDSTORE too). */
    static const char *const caps[] = {"QRESYNC"};
    if (qrs_build_enable(dialect, "a1", caps, 1, line, sizeof line, &len) != QRS_OK ||
        command(s, "a1", line, len) != 0)
        return -1;
    if (!s->qresync_enabled) {
        fprintf(stderr, "client_resync: the server did not enable QRESYNC\n");
        return -1;
    }

    /* 2. SELECT.  With a cache: the QRESYNC parameter, built to fit the
     * line budget; known-uids may come out coarser than the cache (a
     * superset), which costs only some VANISHED UIDs we never had.  A cache
     * without HIGHESTMODSEQ cannot be brought up to date: start afresh. */
    qrs_code rc;
    if (!c->highestmodseq)
        cache_clear(c);
    if (c->uidvalidity && c->highestmodseq) {
        uint32_t *uids = malloc((c->n_msgs + 1) * sizeof *uids);
        size_t scratch_size = (c->uids.n + 1) * sizeof(qrs_urange) + 64;
        void *scratch_mem = malloc(scratch_size);
        qrs_arena scratch;
        for (size_t i = 0; uids && i < c->n_msgs; i++)
            uids[i] = c->msgs[i].uid;
        qrs_arena_init(&scratch, scratch_mem, scratch_mem ? scratch_size : 0);
        rc = uids ? qrs_build_select_budget(dialect, "a2", 0, "INBOX", c->uidvalidity, c->highestmodseq, uids,
                                            c->n_msgs, line_max, &scratch, line, sizeof line, &len)
                  : QRS_E_ARENA_FULL;
        free(uids);
        free(scratch_mem);
        qrs_tracker_restore(&s->tracker, QRS_TRACK_RFC7162, c->uidvalidity, c->highestmodseq);
    } else {
        rc = qrs_build_select(dialect, "a2", 0, "INBOX", NULL, 0, line, sizeof line, &len);
        qrs_tracker_init(&s->tracker, QRS_TRACK_RFC7162);
    }
    if (rc != QRS_OK) {
        fprintf(stderr, "client_resync: cannot build SELECT: %s\n", qrs_code_name(rc));
        return -1;
    }
    if (command(s, "a2", line, len) != 0)
        return -1;

    /* 3. Messages added since the cache was written: UIDs only grow (RFC
     * 3501 section 2.3.1.1), so they are the ones above the highest cached
     * UID.  Skipped when UIDNEXT says there can be none. */
    uint32_t first_new = c->n_msgs ? c->msgs[c->n_msgs - 1].uid + 1 : 1;
    if (first_new != 0 && (s->uidnext == 0 || first_new < s->uidnext)) {
        char set[32];
        snprintf(set, sizeof set, "%" PRIu32 ":*", first_new);
        if (qrs_build_uid_fetch(dialect, "a3", set, "(FLAGS)", 0, 0, line, sizeof line, &len) != QRS_OK ||
            command(s, "a3", line, len) != 0)
            return -1;
    }

    /* 4. Done.  The tracker decided what HIGHESTMODSEQ the cache may keep. */
    if (command(s, "a4", "a4 LOGOUT\r\n", 11) != 0)
        return -1;
    c->highestmodseq = s->tracker.known ? s->tracker.highest : 0;
    return 0;
}

int main(int argc, char **argv)
{
    session s;
    size_t line_max = LINE_MAX_DEFAULT;
    int i;
    memset(&s, 0, sizeof s);
    for (i = 1; i < argc && argv[i][0] == '-'; i++) {
        if (!strcmp(argv[i], "--trace") && i + 1 < argc && !s.trace) {
            if (!(s.trace = fopen(argv[++i], "w"))) {
                perror(argv[i]);
                return 2;
            }
        } else if (!strcmp(argv[i], "--line-max") && i + 1 < argc) {
            line_max = (size_t)strtoul(argv[++i], NULL, 10);
        } else {
            break;
        }
    }
    if (i >= argc || argc - i > 2) {
        fprintf(stderr, "usage: client_resync [--trace FILE] [--line-max N] CACHE [NEW_CACHE]\n");
        return 2;
    }
    const char *load_from = argv[i], *save_to = argc - i == 2 ? argv[i + 1] : argv[i];
    if (cache_load(load_from, &s.cache) != 0) {
        cache_clear(&s.cache);
        return 2;
    }
    imap_stream_init(&s.in, STDIN_FILENO, 1u << 20);
    int rc = greeting(&s) == 0 && resync(&s, line_max) == 0 ? 0 : 1;
    if (rc == 0) {
        if (s.cache.n_msgs != qrs_ranges_count(&s.cache.uids)) {
            fprintf(stderr, "client_resync: the UID set and the flags table disagree\n");
            rc = 1;
        } else if (cache_save(save_to, &s.cache) != 0) {
            perror(save_to);
            rc = 1;
        } else {
            fprintf(stderr, "client_resync: %" PRIu64 " vanished, %" PRIu64 " fetched, %zu cached, HIGHESTMODSEQ %" PRIu64 "\n",
                    s.vanished, s.fetched, s.cache.n_msgs, s.cache.highestmodseq);
        }
    }
    imap_stream_free(&s.in);
    cache_clear(&s.cache);
    if (s.trace)
        fclose(s.trace);
    return rc;
}
