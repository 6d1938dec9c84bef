/*
 * json.c - the tiny JSON writer behind the qresync tool's output.
 *
 * String escaping (RFC 8259 requires only '"', '\\' and U+0000..U+001F):
 *   - '"' and '\\' are escaped with a backslash;
 *   - every control byte (0x00-0x1F and DEL 0x7F) is written as \u00XX, never
 *     as \n, \t..., so that one rule covers them all and CR/LF inside IMAP
 *     literals stay visible;
 *   - bytes >= 0x80 are copied unchanged when they form a well-formed UTF-8
 *     sequence (shortest form, no surrogates, at most U+10FFFF);
 *   - any other byte >= 0x80 is written as \u00XX of the byte's own value.
 * The last rule keeps the output valid JSON for arbitrary protocol bytes
 * (IMAP allows 8-bit data in literals) and lets a reader see the exact byte
 * that was sent.  The price is ambiguity: a stray 0xE9 byte and a properly
 * encoded U+00E9 both come out as the character U+00E9 after JSON decoding,
 * though the raw JSON text tells them apart ("\u00e9" against "é").
 */
#include "json.h"

static const char hex_digits[] = "0123456789abcdef";

void json_init(json_writer *w, FILE *out)
{
    w->out = out;
    w->depth = 0;
    w->empty[0] = 1;
    w->after_key = 0;
}

/* Write the comma that separates this value or key from the previous member. */
static void separate(json_writer *w)
{
    if (w->after_key) {
        w->after_key = 0;
        return;
    }
    if (w->depth > 0) {
        if (!w->empty[w->depth])
            fputc(',', w->out);
        w->empty[w->depth] = 0;
    }
}

static void open_container(json_writer *w, char c)
{
    separate(w);
    fputc(c, w->out);
    /* Nesting deeper than the table only loses comma tracking; the tool never gets there. */
    if (w->depth + 1 < JSON_MAX_DEPTH) {
        w->depth++;
        w->empty[w->depth] = 1;
    }
}

static void close_container(json_writer *w, char c)
{
    if (w->depth > 0)
        w->depth--;
    w->after_key = 0;
    fputc(c, w->out);
}

void json_begin_object(json_writer *w) { open_container(w, '{'); }
void json_end_object(json_writer *w) { close_container(w, '}'); }
void json_begin_array(json_writer *w) { open_container(w, '['); }
void json_end_array(json_writer *w) { close_container(w, ']'); }

/*
 * Length of the well-formed UTF-8 multi-byte sequence starting at p (which
 * holds n >= 1 bytes, p[0] >= 0x80), or 0 when it is not one.  The ranges are
 * those of the Unicode "well-formed UTF-8 byte sequences" table, which rules
 * out overlong forms, surrogates and code points above U+10FFFF.
 */
static size_t utf8_sequence_length(const unsigned char *p, size_t n)
{
    unsigned char lo = 0x80, hi = 0xBF; /* allowed range of the second byte */
    size_t len, i;

    if (p[0] >= 0xC2 && p[0] <= 0xDF) {
        len = 2;
    } else if (p[0] >= 0xE0 && p[0] <= 0xEF) {
        len = 3;
        if (p[0] == 0xE0)
            lo = 0xA0; /* overlong below U+0800 */
        else if (p[0] == 0xED)
            hi = 0x9F; /* surrogates U+D800..U+DFFF */
    } else if (p[0] >= 0xF0 && p[0] <= 0xF4) {
        len = 4;
        if (p[0] == 0xF0)
            lo = 0x90; /* overlong below U+10000 */
        else if (p[0] == 0xF4)
            hi = 0x8F; /* above U+10FFFF */
    } else {
        return 0; /* continuation byte, C0/C1 or F5..FF as a lead byte */
    }
    if (n < len)
        return 0;
    if (p[1] < lo || p[1] > hi)
        return 0;
    for (i = 2; i < len; i++)
        if (p[i] < 0x80 || p[i] > 0xBF)
            return 0;
    return len;
}

static void write_u00xx(FILE *out, unsigned char b)
{
    fputs("\\u00", out);
    fputc(hex_digits[b >> 4], out);
    fputc(hex_digits[b & 0x0F], out);
}

void json_string(json_writer *w, const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;

    separate(w);
    fputc('"', w->out);
    if (p == NULL)
        len = 0;
    while (i < len) {
        unsigned char b = p[i];
        if (b == '"' || b == '\\') {
            fputc('\\', w->out);
            fputc(b, w->out);
            i++;
        } else if (b < 0x20 || b == 0x7F) {
            write_u00xx(w->out, b);
            i++;
        } else if (b < 0x80) {
            fputc(b, w->out);
            i++;
        } else {
            size_t n = utf8_sequence_length(p + i, len - i);
            if (n == 0) {
                write_u00xx(w->out, b);
                i++;
            } else {
                fwrite(p + i, 1, n, w->out);
                i += n;
            }
        }
    }
    fputc('"', w->out);
}

void json_cstring(json_writer *w, const char *s)
{
    size_t len = 0;

    if (s == NULL) {
        json_null(w);
        return;
    }
    while (s[len] != '\0')
        len++;
    json_string(w, s, len);
}

void json_key(json_writer *w, const char *key)
{
    json_cstring(w, key);
    fputc(':', w->out);
    w->after_key = 1;
}

void json_u64(json_writer *w, uint64_t v)
{
    separate(w);
    fprintf(w->out, "%llu", (unsigned long long)v);
}

void json_bool(json_writer *w, int v)
{
    separate(w);
    fputs(v ? "true" : "false", w->out);
}

void json_null(json_writer *w)
{
    separate(w);
    fputs("null", w->out);
}

void json_newline(json_writer *w)
{
    fputc('\n', w->out);
    w->depth = 0;
    w->empty[0] = 1;
    w->after_key = 0;
}
