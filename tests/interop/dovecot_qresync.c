/*
 * dovecot_qresync.c - a QRESYNC resynchronization against a live server
 * (Dovecot 2.3.19 in `make check-interop`), every command built by the
 * library's builders and every response parsed strictly (rfc7162).
 *
 * Client A caches a mailbox; client B changes and expunges messages behind
 * its back; A's conditional STORE, UID FETCH (CHANGEDSINCE .. VANISHED),
 * SEARCH MODSEQ and SELECT (QRESYNC ...) must then report exactly those
 * changes (RFC 7162 sections 3.1.3, 3.1.5, 3.2.5, 3.2.6).  Finally A
 * resynchronizes from the value its HIGHESTMODSEQ tracker cached and must
 * learn exactly the one expunge that CLOSE hid (section 3.2.8).
 *
 * usage: dovecot-qresync OUTDIR SERVER [ARG...]
 *   SERVER with its arguments serves one pre-authenticated IMAP session on
 *   stdin/stdout; OUTDIR receives session-a.txt, session-b.txt (transcripts)
 *   and server.log.  Exit status 0 when every check held.
 */
#include <inttypes.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "imap_conn.h"

#define N_MSGS 8
#define CMD_CAP 8192
#define SET_CAP 64

static char cmd[CMD_CAP];
static size_t cmd_len;

/* A builder call that must succeed: the command lands in cmd[0..cmd_len). */
#define BUILT(call)                                                                                                \
    do {                                                                                                           \
        qrs_code rc_ = (call);                                                                                     \
        CHECK(rc_ == QRS_OK && cmd_len < CMD_CAP, "%s: %s", #call, qrs_code_name(rc_));                           \
    } while (0)

/* MARK: - Reading values out of responses */

static int slice_is(qrs_slice s, const char *lit)
{
    return s.len == strlen(lit) && memcmp(s.ptr, lit, s.len) == 0;
}

/* The space-separated atom word in s (a capability list, a flag list). */
static int has_word(qrs_slice s, const char *word)
{
    size_t n = strlen(word);
    for (size_t i = 0; i + n <= s.len; i++) {
        int starts = i == 0 || s.ptr[i - 1] == ' ' || s.ptr[i - 1] == '(';
        int ends = i + n == s.len || s.ptr[i + n] == ' ' || s.ptr[i + n] == ')';
        if (starts && ends && memcmp(s.ptr + i, word, n) == 0)
            return 1;
    }
    return 0;
}

/* Decimal numbers separated by spaces, as in "* SEARCH 1 5 9" or "APPENDUID 7 3". */
static size_t numbers_of(qrs_slice s, uint32_t *out, size_t cap)
{
    size_t n = 0;
    for (size_t i = 0; i < s.len;) {
        while (i < s.len && s.ptr[i] == ' ')
            i++;
        if (i == s.len)
            break;
        uint64_t v = 0;
        size_t start = i;
        while (i < s.len && s.ptr[i] >= '0' && s.ptr[i] <= '9')
            v = v * 10u + (uint64_t)(s.ptr[i++] - '0');
        CHECK(i > start && v <= UINT32_MAX && n < cap, "not a list of numbers: %.*s", (int)s.len, s.ptr);
        out[n++] = (uint32_t)v;
    }
    return n;
}

/* MARK: - Sets compared as range lists */

typedef struct uidset {
    qrs_urange v[SET_CAP];
    qrs_ranges r;
} uidset;

static void set_of_uids(uidset *s, const uint32_t *uids, size_t n)
{
    qrs_ranges_init(&s->r, s->v, SET_CAP);
    if (n)
        CHECK(qrs_ranges_from_uids(&s->r, uids, n) == QRS_OK, "UID list does not fit");
}

static void set_of_seqset(uidset *s, const qrs_seqset *set)
{
    qrs_ranges_init(&s->r, s->v, SET_CAP);
    CHECK(qrs_ranges_from_seqset(&s->r, set, 0) == QRS_OK, "set %.*s: '*' or too many ranges", (int)set->text.len,
          set->text.ptr);
}

static void expect_same(const uidset *got, const uidset *want, const char *what)
{
    char g[512], w[512];
    int same = got->r.n == want->r.n;
    for (size_t i = 0; same && i < got->r.n; i++)
        same = got->r.v[i].lo == want->r.v[i].lo && got->r.v[i].hi == want->r.v[i].hi;
    qrs_ranges_format(&got->r, g, sizeof g);
    qrs_ranges_format(&want->r, w, sizeof w);
    CHECK(same, "%s: the server says {%s}, expected {%s}", what, g, w);
}

/* MARK: - What the client knows of the mailbox */

/* The messages appended, by position: their UIDs and the latest MODSEQ the
 * server reported for each (0 before any report). */
static uint32_t uid[N_MSGS];
static uint64_t modseq_of[N_MSGS];
static int expunged[N_MSGS];

static int index_of_uid(uint32_t u)
{
    for (int i = 0; i < N_MSGS; i++)
        if (uid[i] == u)
            return i;
    interop_fail("UID %" PRIu32 " is not one of the appended messages", u);
}

/* Every FETCH response of the last command: its MODSEQ becomes the model's
 * value for that UID (RFC 7162 section 3.2.4: UID and MODSEQ in each one). */
static void learn_fetches(const imap_conn *c)
{
    for (size_t i = 0; i < c->n_resps; i++) {
        const qrs_message *m = conn_resp(c, i);
        if (m->kind != QRS_RESP_FETCH)
            continue;
        CHECK(m->u.fetch_resp.has_uid && m->u.fetch_resp.has_modseq, "%s: FETCH without UID or MODSEQ: %.*s",
              c->name, (int)m->raw.len, m->raw.ptr);
        int k = index_of_uid(m->u.fetch_resp.uid);
        CHECK(m->u.fetch_resp.modseq >= modseq_of[k], "%s: MODSEQ of UID %" PRIu32 " went down", c->name, uid[k]);
        modseq_of[k] = m->u.fetch_resp.modseq;
    }
}

/* The UIDs of the FETCH responses of the last command. */
static size_t fetched_uids(const imap_conn *c, uint32_t *out)
{
    size_t n = 0;
    for (size_t i = 0; i < c->n_resps; i++)
        if (conn_resp(c, i)->kind == QRS_RESP_FETCH && n < N_MSGS)
            out[n++] = conn_resp(c, i)->u.fetch_resp.uid;
    return n;
}

/* The messages still there whose MODSEQ is above since. */
static size_t changed_since(uint64_t since, uint32_t *out)
{
    size_t n = 0;
    for (int i = 0; i < N_MSGS; i++)
        if (!expunged[i] && modseq_of[i] > since)
            out[n++] = uid[i];
    return n;
}

static const qrs_message *untagged_code(const imap_conn *c, qrs_code_kind code)
{
    for (size_t i = 0; i < c->n_resps; i++) {
        const qrs_message *m = conn_resp(c, i);
        if (m->kind == QRS_RESP_COND && m->tag.len == 0 && m->u.cond.text.code == code)
            return m;
    }
    return NULL;
}

static const qrs_message *first_of(const imap_conn *c, qrs_kind kind)
{
    for (size_t i = 0; i < c->n_resps; i++)
        if (conn_resp(c, i)->kind == kind)
            return conn_resp(c, i);
    return NULL;
}

static size_t count_of(const imap_conn *c, qrs_kind kind)
{
    size_t n = 0;
    for (size_t i = 0; i < c->n_resps; i++)
        n += conn_resp(c, i)->kind == kind;
    return n;
}

/* The FLAGS item of a FETCH response. */
static qrs_slice flags_of(const qrs_message *m)
{
    for (const qrs_item *it = m->u.fetch_resp.items; it; it = it->next)
        if (it->kind == QRS_ITEM_FLAGS)
            return it->value;
    interop_fail("FETCH without FLAGS: %.*s", (int)m->raw.len, m->raw.ptr);
}

static const qrs_message *fetch_of_uid(const imap_conn *c, uint32_t u)
{
    for (size_t i = 0; i < c->n_resps; i++) {
        const qrs_message *m = conn_resp(c, i);
        if (m->kind == QRS_RESP_FETCH && m->u.fetch_resp.uid == u)
            return m;
    }
    interop_fail("%s: no FETCH response for UID %" PRIu32, c->name, u);
}

/* HIGHESTMODSEQ of the selected INBOX only grows (RFC 7162 section 3.1.2.1),
 * whichever response code carries it. */
static uint64_t inbox_highest;

static void highestmodseq_grows(const imap_conn *c)
{
    for (size_t i = 0; i < c->n_resps; i++) {
        const qrs_message *m = conn_resp(c, i);
        if (m->kind != QRS_RESP_COND || m->u.cond.text.code != QRS_CODE_HIGHESTMODSEQ)
            continue;
        CHECK(m->u.cond.text.number >= inbox_highest, "%s: HIGHESTMODSEQ went down from %" PRIu64 ": %.*s",
              c->name, inbox_highest, (int)m->raw.len, m->raw.ptr);
        inbox_highest = m->u.cond.text.number;
    }
}

static uint64_t select_highestmodseq(const imap_conn *c)
{
    const qrs_message *h = untagged_code(c, QRS_CODE_HIGHESTMODSEQ);
    CHECK(h != NULL, "%s: SELECT without HIGHESTMODSEQ", c->name);
    return h->u.cond.text.number;
}

/* MARK: - The session */

static char *const *server_argv;
static const char *outdir;
static char path_a[4096], path_b[4096], path_log[4096];

static const char *const messages[N_MSGS] = {"one", "two", "three", "four", "five", "six", "seven", "eight"};

static void enable_qresync(imap_conn *c)
{
    static const char *const caps[] = {"QRESYNC"};
    BUILT(qrs_build_enable(QRS_DIALECT_RFC7162, conn_tag(c), caps, 1, cmd, sizeof cmd, &cmd_len));
    conn_run(c, cmd, cmd_len, "OK");
    const qrs_message *e = first_of(c, QRS_RESP_ENABLED);
    int on = 0;
    for (const qrs_word *w = e ? e->u.words : NULL; w; w = w->next)
        on |= slice_is(w->text, "QRESYNC");
    CHECK(on, "%s: ENABLE QRESYNC not answered with ENABLED QRESYNC", c->name);
}

static void logout(imap_conn *c)
{
    BUILT(qrs_build_bare_command(conn_tag(c), "LOGOUT", cmd, sizeof cmd, &cmd_len));
    conn_run(c, cmd, cmd_len, "OK");
    const qrs_message *bye = conn_resp(c, 0);
    CHECK(bye && bye->kind == QRS_RESP_COND && slice_is(bye->u.cond.status, "BYE"), "%s: LOGOUT without BYE",
          c->name);
    conn_finish(c);
}

static void uid_store(imap_conn *c, const uint32_t *uids, size_t n, uint64_t unchangedsince, const char *flags)
{
    char set[256];
    uidset s;
    set_of_uids(&s, uids, n);
    qrs_ranges_format(&s.r, set, sizeof set);
    BUILT(qrs_build_store(QRS_DIALECT_RFC7162, conn_tag(c), 1, set, unchangedsince, "+FLAGS", flags, cmd,
                          sizeof cmd, &cmd_len));
    conn_run(c, cmd, cmd_len, "OK");
}

/* A caches INBOX after appending the messages and changing one. */
static uint32_t uidvalidity;
static uint64_t cached_modseq;

static void a_appends_and_caches(imap_conn *a)
{
    enable_qresync(a);
    for (int i = 0; i < N_MSGS; i++) {
        char msg[256];
        int n = snprintf(msg, sizeof msg, "From: a@example.org\r\nSubject: %s\r\n\r\nmessage %s\r\n", messages[i],
                         messages[i]);
        BUILT(qrs_build_append(conn_tag(a), "INBOX", "(\\Seen)", msg, (size_t)n, cmd, sizeof cmd, &cmd_len));
        conn_run(a, cmd, cmd_len, "OK");
        CHECK(a->n_resps == 2 && conn_resp(a, 0)->kind == QRS_RESP_CONTINUE,
              "APPEND: one continuation request, then the tagged OK");
        /* RFC 4315 APPENDUID uidvalidity uid */
        const qrs_resp_text *t = &conn_tagged(a)->u.cond.text;
        uint32_t v[2];
        CHECK(slice_is(t->code_name, "APPENDUID") && numbers_of(t->code_value, v, 2) == 2,
              "APPEND: no APPENDUID code");
        CHECK(i == 0 || (v[0] == uidvalidity && v[1] > uid[i - 1]),
              "APPENDUID: UIDVALIDITY changed or UID not ascending");
        uidvalidity = v[0];
        uid[i] = v[1];
    }

    BUILT(qrs_build_select(QRS_DIALECT_RFC7162, conn_tag(a), 0, "INBOX", NULL, 0, cmd, sizeof cmd, &cmd_len));
    conn_run(a, cmd, cmd_len, "OK");
    const qrs_message *uv = untagged_code(a, QRS_CODE_UIDVALIDITY);
    CHECK(uv && uv->u.cond.text.number == uidvalidity, "SELECT: UIDVALIDITY differs from APPENDUID's");
    uint64_t h1 = select_highestmodseq(a);
    highestmodseq_grows(a);
    CHECK(a->tracker.known && a->tracker.highest == h1, "tracker: %" PRIu64 " after SELECT, server %" PRIu64,
          a->tracker.highest, h1);

    BUILT(qrs_build_uid_fetch(QRS_DIALECT_RFC7162, conn_tag(a), "1:*", "(FLAGS MODSEQ)", 0, 0, cmd, sizeof cmd,
                              &cmd_len));
    conn_run(a, cmd, cmd_len, "OK");
    uint32_t got[N_MSGS];
    uidset g, w;
    set_of_uids(&g, got, fetched_uids(a, got));
    set_of_uids(&w, uid, N_MSGS);
    expect_same(&g, &w, "UID FETCH 1:* after the APPENDs");
    learn_fetches(a);
    for (int i = 0; i < N_MSGS; i++)
        CHECK(modseq_of[i] <= h1, "MODSEQ %" PRIu64 " above HIGHESTMODSEQ %" PRIu64, modseq_of[i], h1);

    /* a conditional STORE that succeeds: nothing changed since h1 */
    uid_store(a, &uid[0], 1, h1, "(\\Answered)");
    CHECK(conn_tagged(a)->u.cond.text.code != QRS_CODE_MODIFIED, "STORE (UNCHANGEDSINCE current) failed");
    CHECK(count_of(a, QRS_RESP_FETCH) == 1, "conditional STORE: one FETCH expected");
    const qrs_message *f = fetch_of_uid(a, uid[0]);
    CHECK(f->u.fetch_resp.modseq > h1 && has_word(flags_of(f), "\\Answered"),
          "STORE: new MODSEQ above %" PRIu64 " and \\Answered expected", h1);
    learn_fetches(a);
    highestmodseq_grows(a);
    uint64_t m_a = modseq_of[0];

    /* CHANGEDSINCE h1: exactly that change, with its MODSEQ */
    BUILT(qrs_build_uid_fetch(QRS_DIALECT_RFC7162, conn_tag(a), "1:*", "(FLAGS)", h1, 0, cmd, sizeof cmd, &cmd_len));
    conn_run(a, cmd, cmd_len, "OK");
    CHECK(count_of(a, QRS_RESP_FETCH) == 1 && fetch_of_uid(a, uid[0])->u.fetch_resp.modseq == m_a,
          "CHANGEDSINCE %" PRIu64 ": only UID %" PRIu32 " at MODSEQ %" PRIu64 " expected", h1, uid[0], m_a);
    highestmodseq_grows(a);
    CHECK(a->tracker.known && a->tracker.highest == m_a, "tracker: %" PRIu64 ", expected %" PRIu64,
          a->tracker.highest, m_a);
    cached_modseq = a->tracker.highest; /* what a client would store for the next session */
}

/* B flags messages 1 and 3 and expunges messages 2 and 4 (0-based) behind A's back. */
static void b_changes_behind(void)
{
    imap_conn b;
    conn_open(&b, "B", server_argv, path_b, path_log);
    enable_qresync(&b);
    BUILT(qrs_build_select(QRS_DIALECT_RFC7162, conn_tag(&b), 0, "INBOX", NULL, 0, cmd, sizeof cmd, &cmd_len));
    conn_run(&b, cmd, cmd_len, "OK");
    uint64_t hb = select_highestmodseq(&b);
    CHECK(hb == cached_modseq, "B sees HIGHESTMODSEQ %" PRIu64 ", A cached %" PRIu64, hb, cached_modseq);

    uint32_t flagged[2] = {uid[1], uid[3]}, deleted[2] = {uid[2], uid[4]};
    uid_store(&b, flagged, 2, hb, "(\\Flagged)");
    learn_fetches(&b);
    uid_store(&b, deleted, 2, UINT64_C(1) << 62, "(\\Deleted)");
    learn_fetches(&b);
    for (int i = 1; i <= 4; i++)
        CHECK(modseq_of[i] > cached_modseq, "B's change of UID %" PRIu32 " has no new MODSEQ", uid[i]);

    BUILT(qrs_build_bare_command(conn_tag(&b), "EXPUNGE", cmd, sizeof cmd, &cmd_len));
    conn_run(&b, cmd, cmd_len, "OK");
    /* QRESYNC enabled: expunges come as VANISHED, without EARLIER (RFC 7162 section 3.2.10) */
    uidset got, want;
    const qrs_message *v = first_of(&b, QRS_RESP_VANISHED);
    CHECK(v && !v->u.vanished.earlier && count_of(&b, QRS_RESP_VANISHED) == 1, "EXPUNGE: one plain VANISHED expected");
    CHECK(!first_of(&b, QRS_RESP_OTHER) || !slice_is(first_of(&b, QRS_RESP_OTHER)->u.other.name, "EXPUNGE"),
          "EXPUNGE response although QRESYNC is enabled");
    set_of_seqset(&got, &v->u.vanished.uids);
    set_of_uids(&want, deleted, 2);
    expect_same(&got, &want, "VANISHED after EXPUNGE");
    expunged[2] = expunged[4] = 1;
    logout(&b);
}

/* A's stale view meets B's changes. */
static void a_meets_the_changes(imap_conn *a)
{
    uidset got, want;
    uint32_t list[N_MSGS];

    /* a conditional STORE with the cached value: it fails exactly for the
     * messages B changed since (RFC 7162 section 3.1.3), here 1 and 3 */
    uint32_t target[4] = {uid[0], uid[1], uid[3], uid[5]}, modified[2] = {uid[1], uid[3]};
    uid_store(a, target, 4, cached_modseq, "(\\Draft)");
    const qrs_resp_text *t = &conn_tagged(a)->u.cond.text;
    CHECK(t->code == QRS_CODE_MODIFIED, "conditional STORE with a stale UNCHANGEDSINCE: no MODIFIED");
    set_of_seqset(&got, &t->modified);
    set_of_uids(&want, modified, 2);
    expect_same(&got, &want, "MODIFIED");
    learn_fetches(a);
    highestmodseq_grows(a);
    CHECK(modseq_of[0] > cached_modseq && modseq_of[5] > cached_modseq, "the STORE changed 0 and 5 without MODSEQ");

    /* A learns of B's expunges by the end of a NOOP at the latest (RFC 3501 section 6.1.2) */
    uidset seen;
    qrs_ranges_init(&seen.r, seen.v, SET_CAP);
    for (int round = 0; round < 2; round++) {
        for (size_t i = 0; i < a->n_resps; i++) {
            const qrs_message *m = conn_resp(a, i);
            if (m->kind != QRS_RESP_VANISHED)
                continue;
            CHECK(!m->u.vanished.earlier, "VANISHED (EARLIER) without QRESYNC request");
            set_of_seqset(&got, &m->u.vanished.uids);
            for (size_t k = 0; k < got.r.n; k++)
                CHECK(qrs_ranges_add(&seen.r, got.r.v[k].lo, got.r.v[k].hi) == QRS_OK, "too many ranges");
        }
        learn_fetches(a);
        if (round == 0) {
            BUILT(qrs_build_bare_command(conn_tag(a), "NOOP", cmd, sizeof cmd, &cmd_len));
            conn_run(a, cmd, cmd_len, "OK");
            highestmodseq_grows(a);
        }
    }
    qrs_ranges_normalize(&seen.r);
    uint32_t gone[2] = {uid[2], uid[4]};
    set_of_uids(&want, gone, 2);
    expect_same(&seen, &want, "VANISHED sent to A for B's EXPUNGE");

    /* UID FETCH (CHANGEDSINCE cached VANISHED): the expunged UIDs as
     * VANISHED (EARLIER), then each changed message at its MODSEQ */
    BUILT(qrs_build_uid_fetch(QRS_DIALECT_RFC7162, conn_tag(a), "1:*", "(FLAGS)", cached_modseq, 1, cmd, sizeof cmd,
                              &cmd_len));
    conn_run(a, cmd, cmd_len, "OK");
    const qrs_message *v = first_of(a, QRS_RESP_VANISHED);
    CHECK(v && v->u.vanished.earlier && count_of(a, QRS_RESP_VANISHED) == 1,
          "CHANGEDSINCE VANISHED: one VANISHED (EARLIER)");
    set_of_seqset(&got, &v->u.vanished.uids);
    expect_same(&got, &want, "VANISHED (EARLIER) of UID FETCH");
    set_of_uids(&got, list, fetched_uids(a, list));
    uidset changed;
    set_of_uids(&changed, list, changed_since(cached_modseq, list));
    expect_same(&got, &changed, "UIDs of UID FETCH (CHANGEDSINCE)");
    for (int i = 0; i < N_MSGS; i++) {
        if (expunged[i] || modseq_of[i] <= cached_modseq)
            continue;
        const qrs_message *f = fetch_of_uid(a, uid[i]);
        CHECK(f->u.fetch_resp.modseq == modseq_of[i], "UID %" PRIu32 ": MODSEQ %" PRIu64 ", the change had %" PRIu64,
              uid[i], f->u.fetch_resp.modseq, modseq_of[i]);
        /* the refused conditional STORE left 1 and 3 alone */
        CHECK(has_word(flags_of(f), "\\Draft") == (i == 0 || i == 5), "UID %" PRIu32 ": \\Draft where the STORE %s",
              uid[i], i == 0 || i == 5 ? "succeeded" : "failed");
    }
    highestmodseq_grows(a);

    /* SEARCH MODSEQ: the messages changed since the cache, and the highest of their MODSEQs */
    BUILT(qrs_build_search(QRS_DIALECT_RFC7162, conn_tag(a), 1, NULL, NULL, cached_modseq + 1, cmd, sizeof cmd,
                           &cmd_len));
    conn_run(a, cmd, cmd_len, "OK");
    const qrs_message *s = first_of(a, QRS_RESP_SEARCH);
    CHECK(s && count_of(a, QRS_RESP_SEARCH) == 1, "UID SEARCH MODSEQ: one SEARCH response");
    uint32_t found[N_MSGS];
    set_of_uids(&got, found, numbers_of(s->u.search_resp.numbers, found, N_MSGS));
    expect_same(&got, &changed, "UID SEARCH MODSEQ");
    uint64_t top = 0;
    for (int i = 0; i < N_MSGS; i++)
        if (!expunged[i] && modseq_of[i] > top)
            top = modseq_of[i];
    CHECK(s->u.search_resp.has_modseq && s->u.search_resp.modseq == top,
          "SEARCH (MODSEQ %" PRIu64 "), the highest MODSEQ of the matches is %" PRIu64, s->u.search_resp.modseq, top);

    /* per flag: a server without per-flag mod-sequences uses the message's
     * (RFC 7162 section 3.1.5), so B's \Flagged messages are a lower bound */
    BUILT(qrs_build_search(QRS_DIALECT_RFC7162, conn_tag(a), 1, "\\Flagged", "all", cached_modseq + 1, cmd,
                           sizeof cmd, &cmd_len));
    conn_run(a, cmd, cmd_len, "OK");
    s = first_of(a, QRS_RESP_SEARCH);
    CHECK(s != NULL, "UID SEARCH MODSEQ \"/flags/\\\\Flagged\": no SEARCH response");
    set_of_uids(&got, found, numbers_of(s->u.search_resp.numbers, found, N_MSGS));
    uidset both, within;
    qrs_ranges_init(&both.r, both.v, SET_CAP);
    set_of_uids(&want, modified, 2);
    CHECK(qrs_ranges_intersect(&got.r, &want.r, &both.r) == QRS_OK, "intersect");
    expect_same(&both, &want, "UID SEARCH MODSEQ \\Flagged holds B's \\Flagged messages");
    qrs_ranges_init(&within.r, within.v, SET_CAP);
    CHECK(qrs_ranges_intersect(&got.r, &changed.r, &within.r) == QRS_OK, "intersect");
    expect_same(&within, &got, "UID SEARCH MODSEQ \\Flagged within the changed messages");

    /* no message changed after the top: a bare "* SEARCH", no (MODSEQ) (RFC 7162 section 3.1.5) */
    BUILT(qrs_build_search(QRS_DIALECT_RFC7162, conn_tag(a), 1, NULL, NULL, top + 1, cmd, sizeof cmd, &cmd_len));
    conn_run(a, cmd, cmd_len, "OK");
    s = first_of(a, QRS_RESP_SEARCH);
    CHECK(s && s->u.search_resp.count == 0 && !s->u.search_resp.has_modseq, "empty SEARCH MODSEQ: bare * SEARCH");
}

/* SELECT ... (QRESYNC) from the old cache, after another mailbox. */
static void a_resyncs(imap_conn *a)
{
    BUILT(qrs_build_select(QRS_DIALECT_RFC7162, conn_tag(a), 0, "Archive", NULL, 0, cmd, sizeof cmd, &cmd_len));
    conn_run(a, cmd, cmd_len, "OK");
    CHECK(untagged_code(a, QRS_CODE_CLOSED) != NULL, "SELECT Archive: no [CLOSED] for INBOX (RFC 7162 section 3.2.11)");
    const qrs_message *uv = untagged_code(a, QRS_CODE_UIDVALIDITY);
    CHECK(uv && a->tracker.uidvalidity == uv->u.cond.text.number && a->tracker.known &&
              a->tracker.highest == select_highestmodseq(a),
          "tracker: after [CLOSED] it must follow Archive");

    /* the cache: all N_MSGS messages, numbers 1..N_MSGS; seq-match-data samples 2, 5, 8 */
    uidset known;
    set_of_uids(&known, uid, N_MSGS);
    uint32_t seqs[3] = {2, 5, 8}, match[3] = {uid[1], uid[4], uid[7]};
    qrs_qresync_values q = {uidvalidity, cached_modseq, &known.r, seqs, match, 3};
    BUILT(qrs_build_select(QRS_DIALECT_RFC7162, conn_tag(a), 0, "INBOX", &q, 0, cmd, sizeof cmd, &cmd_len));
    conn_run(a, cmd, cmd_len, "OK");
    CHECK(untagged_code(a, QRS_CODE_CLOSED) != NULL, "SELECT INBOX: no [CLOSED] for Archive");
    uidset got, want, changed;
    uint32_t list[N_MSGS], gone[2] = {uid[2], uid[4]};
    const qrs_message *v = first_of(a, QRS_RESP_VANISHED);
    CHECK(v && v->u.vanished.earlier && count_of(a, QRS_RESP_VANISHED) == 1,
          "SELECT (QRESYNC): one VANISHED (EARLIER)");
    set_of_seqset(&got, &v->u.vanished.uids);
    set_of_uids(&want, gone, 2);
    expect_same(&got, &want, "VANISHED (EARLIER) of SELECT (QRESYNC)");
    set_of_uids(&got, list, fetched_uids(a, list));
    set_of_uids(&changed, list, changed_since(cached_modseq, list));
    expect_same(&got, &changed, "FETCH responses of SELECT (QRESYNC)");
    for (int i = 0; i < N_MSGS; i++)
        if (!expunged[i] && modseq_of[i] > cached_modseq)
            CHECK(fetch_of_uid(a, uid[i])->u.fetch_resp.modseq == modseq_of[i],
                  "SELECT (QRESYNC): MODSEQ of UID %" PRIu32, uid[i]);
    uint64_t h2 = select_highestmodseq(a);
    CHECK(h2 > cached_modseq, "HIGHESTMODSEQ %" PRIu64 " did not grow past the cache %" PRIu64, h2, cached_modseq);
    highestmodseq_grows(a);
    CHECK(a->tracker.known && a->tracker.highest == h2, "tracker: %" PRIu64 " after SELECT (QRESYNC), server %" PRIu64,
          a->tracker.highest, h2);

    /* CLOSE expunges silently (RFC 7162 section 3.2.8): message 7 goes, and the
     * tracker's value must be one that makes the next SELECT report it */
    uid_store(a, &uid[7], 1, a->tracker.highest, "(\\Deleted)");
    learn_fetches(a);
    highestmodseq_grows(a);
    uint64_t cache2 = a->tracker.highest;
    CHECK(cache2 == modseq_of[7], "tracker: %" PRIu64 " after the STORE at MODSEQ %" PRIu64, cache2, modseq_of[7]);
    uint32_t still[6] = {uid[0], uid[1], uid[3], uid[5], uid[6], uid[7]};
    set_of_uids(&known, still, 6);
    BUILT(qrs_build_bare_command(conn_tag(a), "CLOSE", cmd, sizeof cmd, &cmd_len));
    conn_run(a, cmd, cmd_len, "OK");
    expunged[7] = 1;

    qrs_qresync_values q2 = {uidvalidity, cache2, &known.r, NULL, NULL, 0};
    BUILT(qrs_build_select(QRS_DIALECT_RFC7162, conn_tag(a), 0, "INBOX", &q2, 0, cmd, sizeof cmd, &cmd_len));
    conn_run(a, cmd, cmd_len, "OK");
    v = first_of(a, QRS_RESP_VANISHED);
    CHECK(v && v->u.vanished.earlier && count_of(a, QRS_RESP_VANISHED) == 1,
          "SELECT (QRESYNC) after CLOSE: one VANISHED (EARLIER)");
    set_of_seqset(&got, &v->u.vanished.uids);
    set_of_uids(&want, &uid[7], 1);
    expect_same(&got, &want, "VANISHED (EARLIER) for the message CLOSE expunged");
    CHECK(count_of(a, QRS_RESP_FETCH) == 0, "SELECT (QRESYNC) from the tracker's value: no FETCH expected");
    highestmodseq_grows(a);
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: %s OUTDIR SERVER [ARG...]\n", argv[0]);
        return 2;
    }
    signal(SIGPIPE, SIG_IGN); /* a server that dies shows as a failed write, with a message */
    outdir = argv[1];
    server_argv = argv + 2;
    snprintf(path_a, sizeof path_a, "%s/session-a.txt", outdir);
    snprintf(path_b, sizeof path_b, "%s/session-b.txt", outdir);
    snprintf(path_log, sizeof path_log, "%s/server.log", outdir);

    imap_conn a;
    conn_open(&a, "A", server_argv, path_a, path_log);
    const qrs_message *greeting = conn_resp(&a, 0);
    qrs_slice caps = greeting->u.cond.text.code_value;
    CHECK(slice_is(greeting->u.cond.text.code_name, "CAPABILITY") && has_word(caps, "QRESYNC") &&
              has_word(caps, "UIDPLUS"),
          "the greeting does not announce QRESYNC and UIDPLUS (APPENDUID)");
    a_appends_and_caches(&a);
    b_changes_behind();
    a_meets_the_changes(&a);
    a_resyncs(&a);
    logout(&a);
    printf("check-interop: %d messages, 2 connections: every check held (transcripts in %s)\n", N_MSGS, outdir);
    return 0;
}
