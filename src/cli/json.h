/*
 * json.h - a tiny streaming JSON writer for the qresync command-line tool.
 *
 * It writes compact JSON (no whitespace) straight to a FILE and inserts the
 * commas itself, so the callers only say what comes next.  It knows nothing
 * about libqresync; the tool adapts slices and numbers on top of it.
 *
 * Strings are byte ranges, not C strings, because the parser hands out
 * slices of the input that may contain NUL, control bytes or invalid UTF-8.
 * See json.c for how such bytes are escaped.
 */
#ifndef QRESYNC_CLI_JSON_H
#define QRESYNC_CLI_JSON_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* Deepest nesting the tool needs is about four; the margin costs nothing. */
#define JSON_MAX_DEPTH 16

typedef struct json_writer {
    FILE *out;
    int depth;                          /* 0 outside every container */
    unsigned char empty[JSON_MAX_DEPTH]; /* 1 while the container at that depth has no member yet */
    int after_key;                      /* a key was written; its value needs no comma */
} json_writer;

void json_init(json_writer *w, FILE *out);

void json_begin_object(json_writer *w);
void json_end_object(json_writer *w);
void json_begin_array(json_writer *w);
void json_end_array(json_writer *w);

/* An object member name; the value written next belongs to it. */
void json_key(json_writer *w, const char *key);

void json_string(json_writer *w, const char *s, size_t len);
/* A NUL-terminated string, or null when s is NULL. */
void json_cstring(json_writer *w, const char *s);
void json_u64(json_writer *w, uint64_t v);
void json_bool(json_writer *w, int v);
void json_null(json_writer *w);

/* End the current top-level value with a newline (one JSON document per line). */
void json_newline(json_writer *w);

#endif /* QRESYNC_CLI_JSON_H */
