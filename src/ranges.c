/*
 * ranges.c - set algebra over lists of ranges.  Nothing here looks at the
 * values inside a range: 1:4294967295 costs what 1:2 costs, and a loop never
 * counts up to 4294967295 (the end of the UID space is where naive loops
 * written "for (x = a; x <= b; x++)" never stop).
 */
#include <string.h>

#include "internal.h"

void qrs_ranges_init(qrs_ranges *r, qrs_urange *storage, size_t cap)
{
    r->v = storage;
    r->n = 0;
    r->cap = storage ? cap : 0;
}

qrs_code qrs_ranges_add(qrs_ranges *r, uint32_t a, uint32_t b)
{
    if (a == 0 || b == 0)
        return QRS_E_NUMBER_RANGE;
    if (r->n == r->cap)
        return QRS_E_ARENA_FULL;
    r->v[r->n].lo = a < b ? a : b;
    r->v[r->n].hi = a < b ? b : a;
    r->n++;
    return QRS_OK;
}

static int before(const qrs_urange *x, const qrs_urange *y)
{
    return x->lo < y->lo || (x->lo == y->lo && x->hi < y->hi);
}

/* Heapsort: in place and O(n log n) for any input order, so descending input
 * costs what ascending input costs. */
static void sift_down(qrs_urange *v, size_t root, size_t n)
{
    for (;;) {
        size_t child = 2 * root + 1;
        if (child >= n)
            return;
        if (child + 1 < n && before(&v[child], &v[child + 1]))
            child++;
        if (!before(&v[root], &v[child]))
            return;
        qrs_urange t = v[root];
        v[root] = v[child];
        v[child] = t;
        root = child;
    }
}

void qrs_ranges_normalize(qrs_ranges *r)
{
    size_t n = r->n, i, out;
    if (n < 2)
        return;
    for (i = n / 2; i-- > 0;)
        sift_down(r->v, i, n);
    for (i = n - 1; i > 0; i--) {
        qrs_urange t = r->v[0];
        r->v[0] = r->v[i];
        r->v[i] = t;
        sift_down(r->v, 0, i);
    }
    /* Merge overlapping and touching ranges; hi + 1 is taken in 64 bits. */
    for (out = 0, i = 1; i < n; i++) {
        if ((uint64_t)r->v[i].lo <= (uint64_t)r->v[out].hi + 1u) {
            if (r->v[i].hi > r->v[out].hi)
                r->v[out].hi = r->v[i].hi;
        } else {
            r->v[++out] = r->v[i];
        }
    }
    r->n = out + 1;
}

qrs_code qrs_ranges_from_seqset(qrs_ranges *out, const qrs_seqset *set, uint32_t star)
{
    qrs_seqset_iter it;
    qrs_range e;
    qrs_seqset_iter_init(&it, set);
    while (qrs_seqset_next(&it, &e)) {
        if ((e.first_star || e.last_star) && star == 0)
            return QRS_E_STAR_FORBIDDEN;
        qrs_code rc = qrs_ranges_add(out, e.first_star ? star : e.first, e.last_star ? star : e.last);
        if (rc != QRS_OK)
            return rc;
    }
    qrs_ranges_normalize(out);
    return QRS_OK;
}

qrs_code qrs_ranges_from_uids(qrs_ranges *out, const uint32_t *uids, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        /* Extend the last range in place while the UIDs come in order: an
         * ascending array then needs one slot per run, not per UID. */
        if (out->n && uids[i] && out->v[out->n - 1].hi != UINT32_MAX && uids[i] == out->v[out->n - 1].hi + 1u) {
            out->v[out->n - 1].hi = uids[i];
            continue;
        }
        qrs_code rc = qrs_ranges_add(out, uids[i], uids[i]);
        if (rc != QRS_OK)
            return rc;
    }
    qrs_ranges_normalize(out);
    return QRS_OK;
}

int qrs_ranges_contains(const qrs_ranges *r, uint32_t v)
{
    size_t lo = 0, hi = r->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (v < r->v[mid].lo)
            hi = mid;
        else if (v > r->v[mid].hi)
            lo = mid + 1;
        else
            return 1;
    }
    return 0;
}

uint64_t qrs_ranges_count(const qrs_ranges *r)
{
    uint64_t total = 0;
    for (size_t i = 0; i < r->n; i++)
        total += (uint64_t)r->v[i].hi - r->v[i].lo + 1u;
    return total;
}

/* Append lo..hi to a normalized out, merging with its last range. */
static qrs_code push(qrs_ranges *out, uint32_t lo, uint32_t hi)
{
    if (out->n && (uint64_t)lo <= (uint64_t)out->v[out->n - 1].hi + 1u) {
        if (hi > out->v[out->n - 1].hi)
            out->v[out->n - 1].hi = hi;
        return QRS_OK;
    }
    return qrs_ranges_add(out, lo, hi);
}

qrs_code qrs_ranges_union(const qrs_ranges *a, const qrs_ranges *b, qrs_ranges *out)
{
    size_t i = 0, j = 0;
    out->n = 0;
    while (i < a->n || j < b->n) {
        const qrs_urange *next = j == b->n || (i < a->n && a->v[i].lo <= b->v[j].lo) ? &a->v[i++] : &b->v[j++];
        qrs_code rc = push(out, next->lo, next->hi);
        if (rc != QRS_OK)
            return rc;
    }
    return QRS_OK;
}

qrs_code qrs_ranges_intersect(const qrs_ranges *a, const qrs_ranges *b, qrs_ranges *out)
{
    size_t i = 0, j = 0;
    out->n = 0;
    while (i < a->n && j < b->n) {
        uint32_t lo = a->v[i].lo > b->v[j].lo ? a->v[i].lo : b->v[j].lo;
        uint32_t hi = a->v[i].hi < b->v[j].hi ? a->v[i].hi : b->v[j].hi;
        if (lo <= hi) {
            qrs_code rc = push(out, lo, hi);
            if (rc != QRS_OK)
                return rc;
        }
        /* Drop whichever range ends first: it cannot meet anything later. */
        if (a->v[i].hi < b->v[j].hi)
            i++;
        else
            j++;
    }
    return QRS_OK;
}

qrs_code qrs_ranges_subtract(const qrs_ranges *a, const qrs_ranges *b, qrs_ranges *out)
{
    size_t j = 0;
    out->n = 0;
    for (size_t i = 0; i < a->n; i++) {
        uint64_t lo = a->v[i].lo; /* next value not yet decided, in 64 bits: it may pass 4294967295 */
        uint32_t hi = a->v[i].hi;
        while (j < b->n && b->v[j].hi < lo)
            j++;
        for (size_t k = j; k < b->n && b->v[k].lo <= hi && lo <= hi; k++) {
            if (b->v[k].lo > lo) {
                qrs_code rc = push(out, (uint32_t)lo, b->v[k].lo - 1u);
                if (rc != QRS_OK)
                    return rc;
            }
            lo = (uint64_t)b->v[k].hi + 1u;
        }
        if (lo <= hi) {
            qrs_code rc = push(out, (uint32_t)lo, hi);
            if (rc != QRS_OK)
                return rc;
        }
    }
    return QRS_OK;
}

qrs_code qrs_ranges_complement(const qrs_ranges *a, uint32_t max, qrs_ranges *out)
{
    qrs_urange all = {1, max};
    qrs_ranges whole = {&all, max ? 1u : 0u, 1};
    return qrs_ranges_subtract(&whole, a, out);
}

void qrs_values_iter_init(qrs_values_iter *it, const qrs_ranges *r)
{
    it->r = r;
    it->i = 0;
    it->next = r->n ? r->v[0].lo : 0;
}

int qrs_values_next(qrs_values_iter *it, uint32_t *v)
{
    while (it->i < it->r->n) {
        if (it->next <= it->r->v[it->i].hi) {
            *v = (uint32_t)it->next++;
            return 1;
        }
        if (++it->i < it->r->n)
            it->next = it->r->v[it->i].lo;
    }
    return 0;
}

/* Decimal digits of v into buf (at most 10), returning how many. */
static size_t digits(uint32_t v, char *buf)
{
    char tmp[10];
    size_t n = 0;
    do {
        tmp[n++] = (char)('0' + v % 10u);
        v /= 10u;
    } while (v);
    for (size_t i = 0; i < n; i++)
        buf[i] = tmp[n - 1 - i];
    return n;
}

size_t qrs_ranges_format(const qrs_ranges *r, char *buf, size_t cap)
{
    size_t len = 0;
    char piece[32];
    for (size_t i = 0; i < r->n; i++) {
        size_t k = 0;
        if (i)
            piece[k++] = ',';
        k += digits(r->v[i].lo, piece + k);
        if (r->v[i].hi != r->v[i].lo) {
            piece[k++] = ':';
            k += digits(r->v[i].hi, piece + k);
        }
        if (len < cap)
            memcpy(buf + len, piece, len + k < cap ? k : cap - len);
        len += k;
    }
    if (cap)
        buf[len < cap ? len : cap - 1] = 0;
    return len;
}
