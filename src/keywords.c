/*
 * keywords.c - case-insensitive lookup of the ABNF's keywords.  The table is
 * generated from grammar/abnf/ into gen/keywords.h, sorted, so that a binary
 * search finds a word in a few comparisons.
 */
#include <string.h>

#include "internal.h"
#include "parser.h"

typedef struct keyword {
    const char *text;
    unsigned char len;
    int token;
} keyword;

#define QRS_KW(text, tok) {text, (unsigned char)(sizeof(text) - 1), QRS_TOK_##tok},
static const keyword keywords[] = {
#include "keywords.h"
};
#undef QRS_KW

/* Compare the candidate (any case) with an upper-case table entry, as strcmp. */
static int compare(const char *s, size_t len, const keyword *k)
{
    size_t n = len < k->len ? len : k->len;
    for (size_t i = 0; i < n; i++) {
        int a = qrs_upper((unsigned char)s[i]), b = (unsigned char)k->text[i];
        if (a != b)
            return a - b;
    }
    return len < k->len ? -1 : len > k->len ? 1 : 0;
}

int qrs_keyword_lookup(const char *s, size_t len)
{
    size_t lo = 0, hi = sizeof keywords / sizeof keywords[0];
    if (len > 32)
        return 0;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = compare(s, len, &keywords[mid]);
        if (c == 0)
            return keywords[mid].token;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return 0;
}
