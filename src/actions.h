/*
 * actions.h - node constructors and checks called by the grammar's actions
 * (grammar/parser.y).  Each check returns 1 when the input is acceptable and
 * otherwise records a typed error in ctx and returns 0, so that an action
 * reads `CHECK(check(...))`.  Private to the library.
 */
#ifndef QRS_ACTIONS_H
#define QRS_ACTIONS_H

#include "internal.h"

#define CHECK(x)                                                                                   \
    do {                                                                                           \
        if (!(x))                                                                                  \
            YYABORT;                                                                               \
    } while (0)
#define SPAN(loc) qrs_span(ctx, (loc))

struct qrs_param_list;
struct qrs_item_list;

/* Strings (RFC 3501 astring, string) */
qrs_string make_string(qrs_ctx *ctx, qrs_string_form form, qrs_loc loc);
int astring_chars(qrs_ctx *ctx, qrs_loc loc);
int atom_seqset(qrs_ctx *ctx, qrs_loc loc);
qrs_word *new_word(qrs_ctx *ctx, qrs_loc loc);

/* Parameters: select-param, fetch-modifier, store-modifier */
qrs_param *new_param(qrs_ctx *ctx, qrs_param_kind kind, qrs_loc all, qrs_loc name);
qrs_param *generic_param(qrs_ctx *ctx, qrs_loc label);
int param_append(qrs_ctx *ctx, struct qrs_param_list *list, qrs_param *p, qrs_loc loc);
int param_value(qrs_ctx *ctx, struct qrs_param_list *list, qrs_param *value, qrs_loc loc, const char *rule);
int single_param(qrs_ctx *ctx, struct qrs_param_list list, qrs_loc loc);
qrs_param *qresync_param(qrs_ctx *ctx, qrs_loc all, qrs_loc name, uint32_t uidvalidity, uint64_t modseq);
int seq_match(qrs_ctx *ctx, qrs_qresync *qr, qrs_seqset seqs, qrs_seqset uids, qrs_loc uids_loc);
unsigned known_checks(const qrs_ctx *ctx, int ascending);

/* Commands */
void select_cmd(qrs_ctx *ctx, int examine, const qrs_string *mailbox);
int select_params(qrs_ctx *ctx, qrs_param *params);
int add_att(qrs_ctx *ctx, qrs_item_kind kind, qrs_loc loc);
int section_att(qrs_ctx *ctx, qrs_loc loc);
void fetch_cmd(qrs_ctx *ctx, qrs_seqset set, qrs_loc atts, qrs_param *modifiers);
int fetch_done(qrs_ctx *ctx, int uid);
int store_cmd(qrs_ctx *ctx, qrs_seqset set, qrs_param *modifiers);
int store_action(qrs_ctx *ctx, qrs_loc loc);
int flag_check(qrs_ctx *ctx, qrs_loc loc, int allow_recent);
void search_program(qrs_ctx *ctx, qrs_loc key);
int date_check(qrs_ctx *ctx, qrs_loc loc, int quoted);
qrs_search_modseq *new_search_modseq(qrs_ctx *ctx, qrs_loc loc);
void search_modseq_add(qrs_ctx *ctx, qrs_search_modseq *m);
int entry_name_check(qrs_ctx *ctx, qrs_loc loc);
qrs_status_att *new_status_att(qrs_ctx *ctx, qrs_loc name);
qrs_status_att *new_status_val(qrs_ctx *ctx, qrs_loc name, uint64_t value);
void status_cmd(qrs_ctx *ctx, const qrs_string *mailbox, qrs_status_att *atts);
void enable_cmd(qrs_ctx *ctx, qrs_loc name, qrs_loc args, qrs_word *words);
void other_cmd(qrs_ctx *ctx, qrs_loc name_start, qrs_loc name_end, qrs_loc args);

/* Responses */
void cond_resp(qrs_ctx *ctx, qrs_kind kind, qrs_loc tag, qrs_loc status, const qrs_resp_text *rt);
int missing_text(qrs_ctx *ctx, qrs_loc where);
qrs_resp_text *new_resp_text(qrs_ctx *ctx, qrs_loc loc);
qrs_resp_text *new_code(qrs_ctx *ctx, qrs_code_kind kind, qrs_loc all, qrs_loc name);
void vanished(qrs_ctx *ctx, int marker, qrs_seqset uids);
int earlier_check(qrs_ctx *ctx, qrs_loc loc);
int tag_correlator(qrs_ctx *ctx, qrs_loc tag_kw, const qrs_string *tag);
qrs_item *new_item(qrs_ctx *ctx, qrs_item_kind kind, qrs_loc all, qrs_loc name, qrs_loc value);
int fetch_resp(qrs_ctx *ctx, qrs_loc number, qrs_item *items);
int number_resp(qrs_ctx *ctx, qrs_loc number, int nonzero, qrs_loc name, qrs_loc args);
void other_resp(qrs_ctx *ctx, qrs_loc name, qrs_loc args);
void enabled_resp(qrs_ctx *ctx, qrs_loc name, qrs_loc args, qrs_word *words);
int capability_resp(qrs_ctx *ctx, qrs_loc args, qrs_word *words);
int search_number(qrs_ctx *ctx, qrs_loc loc);
int search_modseq_resp(qrs_ctx *ctx, uint64_t modseq, qrs_loc loc);
int search_resp(qrs_ctx *ctx, int sort);
int esearch_tag(qrs_ctx *ctx, const qrs_string *tag, qrs_loc loc);
int esearch_uid(qrs_ctx *ctx, qrs_loc loc);
int esearch_data(qrs_ctx *ctx, qrs_loc loc);
void status_resp(qrs_ctx *ctx, const qrs_string *mailbox, qrs_status_att *vals);

#endif /* QRS_ACTIONS_H */
