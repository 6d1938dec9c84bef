/*
 * test_arena_bound.c - qrs_arena_bound(n) is enough for any message of n
 * bytes: the shapes with the most nodes per input byte (one-letter list
 * elements, each with its separator) parse in an arena of exactly that size,
 * use no more of it, and use most of it for the worst shape, so the bound is
 * neither too small nor far too large.  Every vector parses within it too.
 */
#include "support.h"

typedef struct shape {
    const char *head, *unit, *tail; /* head, unit repeated, tail, CRLF */
    qrs_side side;
} shape;

static const shape shapes[] = {
    {"A1 SELECT INBOX (", "a ", "b)", QRS_SIDE_CLIENT},
    {"A1 SELECT INBOX (", "a () ", "b)", QRS_SIDE_CLIENT},
    {"A1 UID FETCH 1 (FLAGS) (", "a ", "b)", QRS_SIDE_CLIENT},
    {"A1 STORE 1 (", "a ", "b) FLAGS x", QRS_SIDE_CLIENT},
    {"A1 FETCH 1 (", "a ", "b)", QRS_SIDE_CLIENT},
    {"A1 ENABLE ", "a ", "b", QRS_SIDE_CLIENT},
    {"A1 SEARCH ", "MODSEQ 1 ", "1", QRS_SIDE_CLIENT},
    {"A1 STATUS INBOX (", "MESSAGES ", "UIDNEXT)", QRS_SIDE_CLIENT},
    {"* CAPABILITY IMAP4rev1 ", "a ", "b", QRS_SIDE_SERVER},
    {"* 1 FETCH (", "a 1 ", "b 1)", QRS_SIDE_SERVER},
    {"* ESEARCH ", "a 1 ", "b 1", QRS_SIDE_SERVER},
    {"* STATUS INBOX (", "MESSAGES 1 ", "UIDNEXT 1)", QRS_SIDE_SERVER},
    {"* OK [", "", "a] x", QRS_SIDE_SERVER},
};

/* Parse s into an arena of exactly qrs_arena_bound(len) bytes; the arena's use. */
static size_t used_within_bound(const char *s, size_t len, qrs_side side, qrs_dialect d)
{
    size_t cap = qrs_arena_bound(len);
    unsigned char *mem = malloc(cap);
    cr_assert_not_null(mem);
    guarded in = guarded_copy(s, len);
    qrs_options o;
    memset(&o, 0, sizeof o);
    o.dialect = d;
    o.side = side;
    o.lenient = QRS_LENIENT_ALL;
    qrs_arena a;
    const qrs_message *m;
    qrs_error e;
    qrs_arena_init(&a, mem, cap);
    qrs_code rc = qrs_parse(in.data, in.len, &o, &a, &m, &e);
    cr_assert_neq(rc, QRS_E_ARENA_FULL, "%.60s: the arena ran out within the bound", s);
    cr_assert_leq(a.used, cap);
    /* the same for the fragment rules, which share the arena's nodes */
    for (int r = 0; r < QRS_RULE_COUNT_; r++) {
        qrs_fragment f;
        qrs_arena_reset(&a);
        rc = qrs_parse_fragment((qrs_rule)r, in.data, in.len, &o, &a, &f, &e);
        cr_assert_neq(rc, QRS_E_ARENA_FULL, "%.60s as rule %d", s, r);
    }
    qrs_arena_reset(&a);
    qrs_parse(in.data, in.len, &o, &a, &m, &e);
    size_t used = a.used;
    guarded_free(&in);
    free(mem);
    return used;
}

Test(arena_bound, the_densest_shapes_fit_exactly)
{
    size_t densest = 0, densest_len = 0;
    for (size_t i = 0; i < sizeof shapes / sizeof shapes[0]; i++) {
        const shape *sh = &shapes[i];
        static const size_t counts[] = {0, 1, 2, 3, 100, 20000};
        for (size_t c = 0; c < sizeof counts / sizeof counts[0]; c++) {
            size_t hl = strlen(sh->head), ul = strlen(sh->unit), tl = strlen(sh->tail);
            size_t len = hl + counts[c] * ul + tl + 2;
            char *s = malloc(len + 1);
            cr_assert_not_null(s);
            memcpy(s, sh->head, hl);
            for (size_t k = 0; k < counts[c]; k++)
                memcpy(s + hl + k * ul, sh->unit, ul);
            memcpy(s + hl + counts[c] * ul, sh->tail, tl);
            memcpy(s + len - 2, "\r\n", 3);
            for (int d = 0; d < 3; d++) {
                size_t used = used_within_bound(s, len, sh->side, (qrs_dialect)d);
                if (counts[c] == 20000 && used > densest) {
                    densest = used;
                    densest_len = len;
                }
            }
            free(s);
        }
    }
    /* the bound is close: the densest shape uses at least 90% of it */
    cr_assert_geq((double)densest, 0.9 * (double)qrs_arena_bound(densest_len), "%zu of %zu", densest,
                  qrs_arena_bound(densest_len));
}

Test(arena_bound, every_vector_parses_within_the_bound)
{
    static const char *const files[] = {VEC_DIR "rfc-examples.vec", VEC_DIR "conformance.vec"};
    size_t n = 0;
    for (size_t f = 0; f < 2; f++) {
        FILE *in = fopen(files[f], "r");
        cr_assert_not_null(in, "%s", files[f]);
        static vec v;
        unsigned lineno = 0;
        while (read_vec(in, files[f], &v, &lineno)) {
            used_within_bound(v.line, v.len, v.client ? QRS_SIDE_CLIENT : QRS_SIDE_SERVER, v.dialect);
            n++;
        }
        fclose(in);
    }
    cr_assert_gt(n, 100u);
}

Test(arena_bound, grows_with_the_input_and_saturates)
{
    cr_assert_gt(qrs_arena_bound(0), sizeof(qrs_message));
    cr_assert_lt(qrs_arena_bound(1000), qrs_arena_bound(2000));
    cr_assert_geq(qrs_arena_bound(2000) - qrs_arena_bound(0), 1000 * sizeof(qrs_param));
    cr_assert_eq(qrs_arena_bound(SIZE_MAX), SIZE_MAX);
    cr_assert_eq(qrs_arena_bound(SIZE_MAX / 8), SIZE_MAX);
}
