/*
 * test_vectors.c - every case of the conformance vectors (the .vec files of tests/vectors,
 * format in tests/vectors/README.md): the recorded verdict (error code, byte
 * offset and ABNF rule), and for a message that parses, the lossless writing
 * (the input itself) and the canonical writing recorded.  Each input is
 * parsed flush against a guard page.
 */
#include "support.h"

static unsigned char scratch_buf[1 << 16];

static qrs_code write_msg(const qrs_message *m, qrs_write_mode mode, char *out, size_t cap, size_t *len)
{
    qrs_arena scratch;
    qrs_arena_init(&scratch, scratch_buf, sizeof scratch_buf);
    return qrs_write(m, mode, &scratch, out, cap, len);
}

typedef struct file_totals {
    unsigned cases, failing, ok;
} file_totals;

static file_totals check_file(const char *path)
{
    FILE *f = fopen(path, "r");
    cr_assert(f, "cannot open %s", path);
    static parsed p;
    static vec v;
    static char out[16384];
    file_totals t = {0, 0, 0};
    unsigned lineno = 0;
    while (read_vec(f, path, &v, &lineno)) {
        t.cases++;
        qrs_options o = opts_of(v.dialect, v.lenient);
        o.side = v.client ? QRS_SIDE_CLIENT : QRS_SIDE_SERVER;
        parse_with(&p, v.line, v.len, &o);
        char got[64];
        if (p.rc == QRS_OK)
            snprintf(got, sizeof got, "ok");
        else
            snprintf(got, sizeof got, "%s@%zu", qrs_code_name(p.rc), p.err.offset);
        cr_expect_str_eq(got, v.verdict, "%s:%u (%s): verdict", path, v.lineno, v.source);
        if (p.rc != QRS_OK) {
            t.failing++;
            cr_expect_str_eq(p.err.rule, v.rule, "%s:%u: rule", path, v.lineno);
            cr_expect_str_eq(v.canonical, "-", "%s:%u: a failing case has no canonical form", path, v.lineno);
            guarded_free(&p.in);
            continue;
        }
        t.ok++;
        cr_expect_str_eq(v.rule, "-", "%s:%u", path, v.lineno);
        size_t len;
        cr_assert_eq(write_msg(p.msg, QRS_WRITE_LOSSLESS, out, sizeof out, &len), QRS_OK);
        cr_expect(len == v.len && memcmp(out, v.line, len) == 0, "%s:%u: lossless", path, v.lineno);
        cr_assert_eq(write_msg(p.msg, QRS_WRITE_CANONICAL, out, sizeof out, &len), QRS_OK);
        cr_assert_geq(len, 2);
        if (!strcmp(v.canonical, "="))
            cr_expect(len == v.len && memcmp(out, v.line, len) == 0, "%s:%u: canonical differs from the input: %.*s",
                      path, v.lineno, (int)len, out);
        else
            cr_expect(len - 2 == v.canonical_len && memcmp(out, v.canonical, len - 2) == 0,
                      "%s:%u: canonical %.*s, expected %s", path, v.lineno, (int)len, out, v.canonical);
        guarded_free(&p.in);
    }
    fclose(f);
    return t;
}

Test(vectors, rfc_examples)
{
    file_totals t = check_file(VEC_DIR "rfc-examples.vec");
    /* 708 example lines: strict in three dialects, and lenient in their own */
    cr_expect_eq(t.cases, 708u * 4u, "read %u cases", t.cases);
    cr_expect_gt(t.failing, 40, "the vectors hold the invalid examples too (%u)", t.failing);
}

Test(vectors, conformance)
{
    file_totals t = check_file(VEC_DIR "conformance.vec");
    cr_expect_geq(t.cases, 60u, "read %u cases", t.cases);
    cr_expect_gt(t.failing, 20u);
    cr_expect_gt(t.ok, 20u);
}
