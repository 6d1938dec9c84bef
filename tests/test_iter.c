/*
 * test_iter.c - the lazy value iterator over range lists: every value once,
 * in order, and no wrap at the top of the 32-bit space (the loop
 * "for (x = a; x <= b; x++)" never ends when b is 4294967295).
 */
#include "support.h"

Test(iter, values_in_order_across_ranges)
{
    qrs_urange st[3] = {{1, 3}, {7, 7}, {10, 11}};
    qrs_ranges r = {st, 3, 3};
    qrs_values_iter it;
    uint32_t v, want[] = {1, 2, 3, 7, 10, 11};
    size_t n = 0;
    qrs_values_iter_init(&it, &r);
    while (qrs_values_next(&it, &v)) {
        cr_assert_lt(n, 6);
        cr_assert_eq(v, want[n]);
        n++;
    }
    cr_assert_eq(n, 6);
    cr_assert(!qrs_values_next(&it, &v), "stays at the end");
}

Test(iter, stops_after_the_largest_uid)
{
    qrs_urange st[1] = {{4294967293u, 4294967295u}};
    qrs_ranges r = {st, 1, 1};
    qrs_values_iter it;
    uint32_t v, n = 0;
    qrs_values_iter_init(&it, &r);
    while (qrs_values_next(&it, &v) && n < 10)
        n++;
    cr_assert_eq(n, 3);
    cr_assert_eq(v, 4294967295u);
}

Test(iter, empty_list)
{
    qrs_ranges r = {NULL, 0, 0};
    qrs_values_iter it;
    uint32_t v;
    qrs_values_iter_init(&it, &r);
    cr_assert(!qrs_values_next(&it, &v));
}

Test(iter, seqset_iterator_keeps_star_and_the_top_uid_apart)
{
    qrs_arena a;
    qrs_fragment f;
    qrs_seqset_iter it;
    qrs_range r;
    static const char text[] = "4294967295,*,5:*";
    guarded g = guarded_copy(text, sizeof text - 1);
    qrs_arena_init(&a, NULL, 0);
    cr_assert_eq(qrs_parse_fragment(QRS_RULE_SEQUENCE_SET, g.data, g.len, NULL, &a, &f, NULL), QRS_OK);
    qrs_seqset_iter_init(&it, &f.set);
    cr_assert(qrs_seqset_next(&it, &r));
    cr_assert(!r.first_star && r.first == 4294967295u);
    cr_assert(qrs_seqset_next(&it, &r));
    cr_assert(r.first_star && !r.is_range);
    cr_assert(qrs_seqset_next(&it, &r));
    cr_assert(r.is_range && r.first == 5 && r.last_star);
    cr_assert(!qrs_seqset_next(&it, &r));
    guarded_free(&g);
}
