/*
 * test_rfc_examples.c - every protocol line of the RFC and draft examples
 * (tests/vectors/rfc-examples.vec) gets its verdict in each of the three
 * dialects: parsed, or refused with the recorded error code at the recorded
 * byte offset; and in its own dialect also with every leniency.  Each line is
 * parsed flush against a guard page.
 */
#include "support.h"

static void parse_vec(const vec *v, qrs_dialect d, uint32_t lenient, parsed *p)
{
    qrs_options o = opts_of(d, lenient);
    o.side = v->client ? QRS_SIDE_CLIENT : QRS_SIDE_SERVER;
    parse_with(p, v->line, strlen(v->line), &o);
}

Test(rfc_examples, every_line_gets_its_verdict)
{
    FILE *f = fopen(VEC_PATH, "r");
    cr_assert(f, "cannot open %s", VEC_PATH);
    static parsed p;
    vec v;
    unsigned lineno = 0, n = 0, failing = 0;
    while (read_vec(f, &v, &lineno)) {
        n++;
        for (int d = QRS_DIALECT_RFC7162; d <= QRS_DIALECT_DRAFT03; d++) {
            const char *want = v.strict[d];
            parse_vec(&v, (qrs_dialect)d, 0, &p);
            if (!strcmp(want, "ok")) {
                cr_expect(p.rc == QRS_OK, "%s:%u (%s, %s): expected ok, got %s at %zu: %s", VEC_PATH, v.lineno,
                          v.source, qrs_dialect_name((qrs_dialect)d), qrs_code_name(p.rc), p.err.offset, v.line);
                cr_expect(p.rc != QRS_OK || p.msg->raw.len == strlen(v.line));
            } else {
                char got[48];
                snprintf(got, sizeof got, "%s@%zu", qrs_code_name(p.rc), p.rc ? p.err.offset : (size_t)0);
                failing += d == (int)v.dialect;
                cr_expect(p.rc != QRS_OK && !strcmp(got, want), "%s:%u (%s, %s): expected %s, got %s: %s", VEC_PATH,
                          v.lineno, v.source, qrs_dialect_name((qrs_dialect)d), want, got, v.line);
                cr_expect(p.msg == NULL);
            }
            guarded_free(&p.in);
        }

        parse_vec(&v, v.dialect, QRS_LENIENT_ALL, &p);
        cr_expect((p.rc == QRS_OK) == !strcmp(v.lenient, "ok"), "%s:%u: lenient verdict %s expected, got %s",
                  VEC_PATH, v.lineno, v.lenient, qrs_code_name(p.rc));
        guarded_free(&p.in);
    }
    fclose(f);
    cr_expect(n == 708, "expected 708 example lines, read %u", n);
    cr_expect(failing > 40, "the vectors hold the invalid examples too (%u)", failing);
}
