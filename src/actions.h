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
qrs_string qrs_act_make_string(qrs_ctx *ctx, qrs_string_form form, qrs_loc loc);
int qrs_act_astring_chars(qrs_ctx *ctx, qrs_loc loc);
int qrs_act_atom_seqset(qrs_ctx *ctx, qrs_loc loc);
qrs_word *qrs_act_new_word(qrs_ctx *ctx, qrs_loc loc);

/* Parameters: select-param, fetch-modifier, store-modifier */
qrs_param *qrs_act_new_param(qrs_ctx *ctx, qrs_param_kind kind, qrs_loc all, qrs_loc name);
qrs_param *qrs_act_generic_param(qrs_ctx *ctx, qrs_loc label);
void qrs_act_param_append(struct qrs_param_list *list, qrs_param *p);
int qrs_act_param_value(qrs_ctx *ctx, struct qrs_param_list *list, qrs_param *value, qrs_loc loc, const char *rule);
int qrs_act_single_param(qrs_ctx *ctx, struct qrs_param_list list, const char *rule);
qrs_param *qrs_act_qresync_param(qrs_ctx *ctx, qrs_loc all, qrs_loc name, uint32_t uidvalidity, uint64_t modseq);
int qrs_act_seq_match(qrs_ctx *ctx, qrs_qresync *qr, qrs_seqset seqs, qrs_seqset uids, qrs_loc uids_loc);
unsigned qrs_act_known_checks(const qrs_ctx *ctx, int ascending);

/* Commands */
void qrs_act_select_cmd(qrs_ctx *ctx, int examine, const qrs_string *mailbox);
int qrs_act_select_params(qrs_ctx *ctx, qrs_param *params);
int qrs_act_add_att(qrs_ctx *ctx, qrs_item_kind kind, qrs_loc loc);
void qrs_act_fetch_cmd(qrs_ctx *ctx, qrs_seqset set, qrs_loc atts, qrs_param *modifiers);
int qrs_act_fetch_done(qrs_ctx *ctx, int uid);
int qrs_act_store_cmd(qrs_ctx *ctx, qrs_seqset set, qrs_param *modifiers);
int qrs_act_store_action(qrs_ctx *ctx, qrs_loc loc);
int qrs_act_flag_check(qrs_ctx *ctx, qrs_loc loc, int allow_recent);
void qrs_act_search_program(qrs_ctx *ctx, qrs_loc key);
int qrs_act_date_check(qrs_ctx *ctx, qrs_loc loc, int quoted);
qrs_search_modseq *qrs_act_new_search_modseq(qrs_ctx *ctx, qrs_loc loc);
void qrs_act_search_modseq_add(qrs_ctx *ctx, qrs_search_modseq *m);
int qrs_act_entry_name_check(qrs_ctx *ctx, qrs_loc loc);
qrs_status_att *qrs_act_new_status_att(qrs_ctx *ctx, qrs_loc name);
qrs_status_att *qrs_act_new_status_val(qrs_ctx *ctx, qrs_loc name, uint64_t value);
void qrs_act_status_cmd(qrs_ctx *ctx, const qrs_string *mailbox, qrs_status_att *atts);
void qrs_act_enable_cmd(qrs_ctx *ctx, qrs_word *words);
void qrs_act_other_cmd(qrs_ctx *ctx, qrs_loc name_start, qrs_loc name_end, qrs_loc args);

/* Responses */
void qrs_act_cond_resp(qrs_ctx *ctx, qrs_kind kind, qrs_loc tag, qrs_loc status, const qrs_resp_text *rt);
int qrs_act_missing_text(qrs_ctx *ctx, qrs_loc where);
qrs_resp_text *qrs_act_new_resp_text(qrs_ctx *ctx, qrs_loc loc);
qrs_resp_text *qrs_act_new_code(qrs_ctx *ctx, qrs_code_kind kind, qrs_loc all, qrs_loc name);
void qrs_act_vanished(qrs_ctx *ctx, int marker, qrs_seqset uids);
int qrs_act_earlier_check(qrs_ctx *ctx, qrs_loc loc);
int qrs_act_tag_correlator(qrs_ctx *ctx, qrs_loc tag_kw, const qrs_string *tag);
qrs_item *qrs_act_new_item(qrs_ctx *ctx, qrs_item_kind kind, qrs_loc all, qrs_loc name, qrs_loc value);
void qrs_act_fetch_resp(qrs_ctx *ctx, uint32_t number, qrs_item *items);
int qrs_act_number_resp(qrs_ctx *ctx, qrs_loc number, int nonzero, qrs_loc name, qrs_loc args);
void qrs_act_other_resp(qrs_ctx *ctx, qrs_loc name, qrs_loc args);
void qrs_act_enabled_resp(qrs_ctx *ctx, qrs_word *words);
int qrs_act_capability_resp(qrs_ctx *ctx, qrs_loc args, qrs_word *words);
int qrs_act_search_number(qrs_ctx *ctx, qrs_loc loc);
int qrs_act_search_modseq_resp(qrs_ctx *ctx, uint64_t modseq, qrs_loc loc);
int qrs_act_search_resp(qrs_ctx *ctx, int sort);
int qrs_act_esearch_tag(qrs_ctx *ctx, const qrs_string *tag, qrs_loc loc);
int qrs_act_esearch_uid(qrs_ctx *ctx, qrs_loc loc);
int qrs_act_esearch_data(qrs_ctx *ctx, qrs_loc loc);
void qrs_act_status_resp(qrs_ctx *ctx, const qrs_string *mailbox, qrs_status_att *vals);

#endif /* QRS_ACTIONS_H */
