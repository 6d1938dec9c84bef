/*
 * parser.y - bison 3.8.2 source of the parser (generated into gen/parser.c).
 *
 * A pure pull parser: no globals, no heap (the stack is fixed with
 * YYMAXDEPTH == YYINITDEPTH; nesting is limited earlier by the lexer's depth
 * check).  Actions build nodes in the caller's arena through src/internal.h.
 * Every rule names the ABNF rule(s) of grammar/abnf/ it implements in an
 * "abnf:" comment; `make check-grammar` fails when an ABNF rule has none.
 *
 * Where the ABNF offers a generic RFC 4466 production beside a specific one
 * (select-param, fetch-modifier, store-modifier, resp-text-code), a specific
 * keyword commits to its own production (grammar.md section 5), so
 * "(QRESYNC (0 1))" is an error, not a generic parameter.
 */
%code top {
/* Fixed-size parser stack: no malloc (see src/internal.h, QRS_MAX_DEPTH_LIMIT). */
#define YYINITDEPTH 700
#define YYMAXDEPTH YYINITDEPTH
}

%code requires {
#include "internal.h"
#define QRS_YYLTYPE qrs_loc
#define QRS_YYLTYPE_IS_DECLARED 1
#define YYLLOC_DEFAULT(Cur, Rhs, N)                                   \
    do {                                                              \
        if (N) {                                                      \
            (Cur).start = YYRHSLOC(Rhs, 1).start;                     \
            (Cur).end = YYRHSLOC(Rhs, N).end;                         \
        } else {                                                      \
            (Cur).start = (Cur).end = YYRHSLOC(Rhs, 0).end;           \
        }                                                             \
    } while (0)
typedef struct qrs_param_list { qrs_param *head, *tail; } qrs_param_list;
typedef struct qrs_item_list { qrs_item *head, *tail; } qrs_item_list;
typedef struct qrs_word_list { qrs_word *head, *tail; } qrs_word_list;
typedef struct qrs_status_list { qrs_status_att *head, *tail; } qrs_status_list;
}

%code {
#include "actions.h"
static void qrs_yyerror(const qrs_loc *loc, qrs_ctx *ctx, const char *msg);
}

%define api.pure full
%define api.prefix {qrs_yy}
%define api.token.prefix {QRS_TOK_}
%define api.token.raw
%define parse.error custom
%define api.symbol.prefix {S_}
%locations
%param {qrs_ctx *ctx}
%expect 0

%union {
    uint32_t u32;
    uint64_t u64;
    qrs_seqset set;
    qrs_string str;
    qrs_param *param;
    qrs_param_list plist;
    qrs_item *item;
    qrs_item_list ilist;
    qrs_word_list wlist;
    qrs_status_list slist;
    qrs_status_att *satt;
    qrs_search_modseq *smod;
    qrs_resp_text *rt;
    int flag;
}

/* Pseudo-tokens chosen by src/parse.c to select what to parse. */
%token START_COMMAND START_RESPONSE
%token START_SEQUENCE_SET START_KNOWN_UIDS START_SEQ_MATCH_DATA START_SELECT_PARAM
%token START_FETCH_MODIFIER START_STORE_MODIFIER START_EXPUNGED_RESP START_MOD_SEQUENCE_VALUE
%token START_MOD_SEQUENCE_VALZER START_SEARCH_MODSEQUENCE START_RESP_TEXT_CODE START_FETCH_MOD_RESP
%token START_STATUS_ATT_VAL START_FETCH_ATT START_FLAG_LIST START_FLAG_FETCH

%token SP "SP" CRLF "CRLF" LPAREN "(" RPAREN ")" LBRACKET "[" RBRACKET "]"
%token NUMBER "number" SEQSET "sequence-set" ATOM "atom" ASTRING_WORD "astring"
%token LIST_WORD "list-word" SECTION "section-word" FLAG "flag"
%token QUOTED "quoted" LITERAL "literal" TEXT "text" CODE_ATOM "resp-text-code atom" CODE_TEXT "resp-text-code text"
%token TAG "tag" UNTAGGED "*" CONTINUE "+" INVALID "invalid byte"

/* Keywords: the case-insensitive strings of the ABNF, exactly the list that
 * gen/keywords.h is generated from (grammar/tools/gen-keywords.sh). */
%token K_ALERT "ALERT" K_ALL "ALL" K_ANSWERED "ANSWERED" K_APPEND "APPEND" K_APR "APR" K_AUG "AUG"
%token K_AUTH_ "AUTH=" K_AUTHENTICATE "AUTHENTICATE" K_BAD "BAD" K_BADCHARSET "BADCHARSET" K_BCC "BCC"
%token K_BEFORE "BEFORE" K_BODY "BODY" K_BYE "BYE" K_CAPABILITY "CAPABILITY" K_CC "CC"
%token K_CHANGEDSINCE "CHANGEDSINCE" K_CHARSET "CHARSET" K_CHECK "CHECK" K_CLOSE "CLOSE" K_CLOSED "CLOSED"
%token K_CONDSTORE "CONDSTORE" K_COPY "COPY" K_CREATE "CREATE" K_DEC "DEC" K_DELETE "DELETE"
%token K_DELETED "DELETED" K_DRAFT "DRAFT" K_ENABLE "ENABLE" K_ENABLED "ENABLED" K_ENVELOPE "ENVELOPE"
%token K_ESEARCH "ESEARCH" K_EXAMINE "EXAMINE" K_EXISTS "EXISTS" K_EXPUNGE "EXPUNGE" K_FAST "FAST" K_FEB "FEB"
%token K_FETCH "FETCH" K_FLAGGED "FLAGGED" K_FLAGS "FLAGS" K_FROM "FROM" K_FULL "FULL" K_HEADER "HEADER"
%token K_HIGHESTMODSEQ "HIGHESTMODSEQ" K_IMAP4REV1 "IMAP4rev1" K_IMAP4REV2 "IMAP4rev2" K_INBOX "INBOX"
%token K_INTERNALDATE "INTERNALDATE"
%token K_JAN "JAN" K_JUL "JUL" K_JUN "JUN" K_KEYWORD "KEYWORD" K_LARGER "LARGER" K_LIST "LIST" K_LOGIN "LOGIN"
%token K_LOGOUT "LOGOUT" K_LSUB "LSUB" K_MAR "MAR" K_MAY "MAY" K_MESSAGES "MESSAGES" K_MODIFIED "MODIFIED"
%token K_MODSEQ "MODSEQ" K_NAMESPACE "NAMESPACE" K_NEW "NEW" K_NIL "NIL" K_NO "NO" K_NOMODSEQ "NOMODSEQ"
%token K_NOOP "NOOP" K_NOT "NOT" K_NOV "NOV" K_OCT "OCT" K_OK "OK" K_OLD "OLD" K_ON "ON" K_OR "OR"
%token K_PARSE "PARSE" K_PERMANENTFLAGS "PERMANENTFLAGS" K_PREAUTH "PREAUTH" K_PRIV "priv" K_QRESYNC "QRESYNC"
%token K_RETURN "RETURN" K_READ_ONLY "READ-ONLY" K_READ_WRITE "READ-WRITE" K_RECENT "RECENT" K_RENAME "RENAME" K_RFC822 "RFC822"
%token K_RFC822_SIZE "RFC822.SIZE" K_SEARCH "SEARCH" K_SEEN "SEEN" K_SELECT "SELECT" K_SENTBEFORE "SENTBEFORE"
%token K_SENTON "SENTON" K_SENTSINCE "SENTSINCE" K_SEP "SEP" K_SHARED "shared" K_SINCE "SINCE"
%token K_SMALLER "SMALLER" K_SORT "SORT" K_STARTTLS "STARTTLS" K_STATUS "STATUS" K_STORE "STORE"
%token K_STRUCTURE "STRUCTURE" K_SUBJECT "SUBJECT" K_SUBSCRIBE "SUBSCRIBE" K_TAG "TAG" K_TEXT "TEXT" K_TO "TO"
%token K_TRYCREATE "TRYCREATE" K_UID "UID" K_UIDNEXT "UIDNEXT" K_UIDVALIDITY "UIDVALIDITY"
%token K_UNANSWERED "UNANSWERED" K_UNCHANGEDSINCE "UNCHANGEDSINCE" K_UNDELETED "UNDELETED" K_UNDRAFT "UNDRAFT"
%token K_UNFLAGGED "UNFLAGGED" K_UNKEYWORD "UNKEYWORD" K_UNSEEN "UNSEEN" K_UNSUBSCRIBE "UNSUBSCRIBE"
%token K_VANISHED "VANISHED" K_X "X" K_X_DRAFT_W02_QRESYNC "X-DRAFT-W02-QRESYNC"

%type <u32> nz_number uidvalidity number
%type <u64> mod_sequence_value mod_sequence_valzer permsg_modsequence
%type <set> sequence_set vanished_uids known_uids known_sequence_set known_uid_set
%type <str> astring string mailbox tag_string
%type <param> select_param fetch_modifier store_modifier generic_param_value
%type <plist> select_param_list fetch_modifier_list store_modifier_list search_ret_list
%type <param> search_ret_name
%type <item> fetch_att msg_att_item
%type <ilist> fetch_att_list msg_att_list msg_att
%type <wlist> capability_list
%type <slist> status_att_list status_att_val_list
%type <satt> status_att status_att_val
%type <smod> search_modsequence
%type <rt> resp_text resp_text_code
%type <flag> vanished_marker

%%

/* abnf: client-line server-line */
start:
    START_COMMAND command
  | START_RESPONSE response
  | START_SEQUENCE_SET sequence_set                 { ctx->frag->set = $2; }
  | START_KNOWN_UIDS known_uids                     { ctx->frag->set = $2; }
  | START_SEQ_MATCH_DATA seq_match_data_frag
  | START_SELECT_PARAM select_param_list            { CHECK(qrs_act_single_param(ctx, $2, "select-param")); }
  | START_FETCH_MODIFIER fetch_modifier_list        { CHECK(qrs_act_single_param(ctx, $2, "fetch-modifier")); }
  | START_STORE_MODIFIER store_modifier_list        { CHECK(qrs_act_single_param(ctx, $2, "store-modifier")); }
  | START_EXPUNGED_RESP expunged_resp
  | START_MOD_SEQUENCE_VALUE mod_sequence_value     { ctx->frag->number = $2; }
  | START_MOD_SEQUENCE_VALZER mod_sequence_valzer   { ctx->frag->number = $2; }
  | START_SEARCH_MODSEQUENCE search_modsequence     { ctx->frag->search_modseq = $2; }
  | START_RESP_TEXT_CODE resp_text_code             { ctx->frag->resp_text = *$2; }
  | START_FETCH_MOD_RESP fetch_mod_resp_frag
  | START_STATUS_ATT_VAL status_att_val             { ctx->frag->status_att = $2; }
  | START_FETCH_ATT fetch_atts
  | START_FLAG_LIST store_flags
  | START_FLAG_FETCH flag_fetch_list
  ;

/* MARK: - Commands */

/* abnf: command command-any command-auth command-select command-nonauth x-command */
command:
    TAG SP command_body CRLF                        { ctx->msg->tag = SPAN(@1); }
  ;

command_body:
    /* abnf: select examine */
    K_SELECT SP mailbox select_params               { qrs_act_select_cmd(ctx, 0, &$3); }
  | K_EXAMINE SP mailbox select_params              { qrs_act_select_cmd(ctx, 1, &$3); }
  | K_FETCH SP fetch                                { CHECK(qrs_act_fetch_done(ctx, 0)); }
  | K_STORE SP store                                { ctx->msg->kind = QRS_CMD_STORE; }
  | K_SEARCH search                                 { ctx->msg->kind = QRS_CMD_SEARCH; }
  /* abnf: uid */
  | K_UID SP K_FETCH SP fetch                       { ctx->msg->uid = 1; CHECK(qrs_act_fetch_done(ctx, 1)); }
  | K_UID SP K_STORE SP store                       { ctx->msg->uid = 1; ctx->msg->kind = QRS_CMD_STORE; }
  | K_UID SP K_SEARCH search                        { ctx->msg->uid = 1; ctx->msg->kind = QRS_CMD_SEARCH; }
  | K_UID SP uid_generic_name generic_args          { qrs_act_other_cmd(ctx, @1, @3, @4); }
  /* ENABLE: command-any =/ "ENABLE" 1*(SP capability) (RFC 5161) */
  | K_ENABLE capability_list                        { qrs_act_enable_cmd(ctx, $2.head); }
  /* abnf: status */
  | K_STATUS SP mailbox SP LPAREN status_att_list RPAREN
                                                    { qrs_act_status_cmd(ctx, &$3, $6.head); }
  | cmd_generic_name generic_args                   { qrs_act_other_cmd(ctx, @1, @1, @2); }
  ;

/* abnf: select-params */
select_params:
    %empty
  | SP LPAREN select_param_list RPAREN              { CHECK(qrs_act_select_params(ctx, $3.head)); }
  ;

/* Parameters are read as a flat list of names and values, and a value is
 * attached to the name before it: one token of lookahead cannot tell
 * "(FOO 1)" (FOO with value 1) from a list of two parameters otherwise. */
select_param_list:
    select_param                                    { $$.head = $$.tail = $1; }
  | select_param_list SP select_param               { qrs_act_param_append(&$1, $3); $$ = $1; }
  | select_param_list SP generic_param_value        { CHECK(qrs_act_param_value(ctx, &$1, $3, @3, "select-param")); $$ = $1; }
  ;

/* abnf: select-param condstore-param */
select_param:
    K_QRESYNC SP LPAREN uidvalidity SP mod_sequence_value qresync_tail RPAREN
                                                    { $$ = qrs_act_qresync_param(ctx, @$, @1, $4, $6); CHECK($$); }
  | K_CONDSTORE                                     { $$ = qrs_act_new_param(ctx, QRS_PARAM_CONDSTORE, @$, @1); CHECK($$); }
  | select_label                                    { $$ = qrs_act_generic_param(ctx, @1); CHECK($$); }
  ;

/* abnf: seq-match-data */
qresync_tail:
    %empty
  | SP known_uids                                   { ctx->qr.has_known_uids = 1; ctx->qr.known_uids = $2; }
  | SP seq_match_data
  | SP known_uids SP seq_match_data                 { ctx->qr.has_known_uids = 1; ctx->qr.known_uids = $2; }
  ;

seq_match_data:
    LPAREN known_sequence_set SP known_uid_set RPAREN
                                                    { CHECK(qrs_act_seq_match(ctx, &ctx->qr, $2, $4, @4)); }
  ;

seq_match_data_frag:
    seq_match_data                                  { ctx->frag->qresync = ctx->qr; }
  ;

/* abnf: uidvalidity */
uidvalidity:
    NUMBER                                          { CHECK(qrs_nz_number(ctx, @1, "uidvalidity", &$$)); }
  ;

/* abnf: known-uids */
known_uids:
    set_token                                       { CHECK(qrs_seqset_check(ctx, @1, "known-uids", qrs_act_known_checks(ctx, 0), &$$)); }
  ;

/* abnf: known-sequence-set */
known_sequence_set:
    set_token                                       { CHECK(qrs_seqset_check(ctx, @1, "known-sequence-set", qrs_act_known_checks(ctx, 1), &$$)); }
  ;

/* abnf: known-uid-set */
known_uid_set:
    set_token                                       { CHECK(qrs_seqset_check(ctx, @1, "known-uid-set", qrs_act_known_checks(ctx, 1), &$$)); }
  ;

/* abnf: sequence-set seq-number seq-range uniqueid */
sequence_set:
    set_token                                       { CHECK(qrs_seqset_check(ctx, @1, "sequence-set", 0, &$$)); }
  ;

set_token: NUMBER | SEQSET ;

/* abnf: select-param-name fetch-modifier-name store-modifier-name tagged-ext-label tagged-label-fchar tagged-label-char */
/* (select_label, fetch_label, store_label below; qrs_act_generic_param() checks the label's characters) */

/* abnf: select-param-value fetch-modif-params store-modif-params tagged-ext-val tagged-ext-simple */
generic_param_value:
    NUMBER                                          { uint32_t v; /* tagged-ext-simple's number: 32 bits */
                                                      CHECK(qrs_number(ctx, @1, "tagged-ext-simple", &v));
                                                      $$ = qrs_act_new_param(ctx, QRS_PARAM_OTHER, @$, @1); CHECK($$); }
  | SEQSET                                          { qrs_seqset set; /* RFC 4466 tagged-ext-simple: a valid sequence-set */
                                                      CHECK(qrs_seqset_check(ctx, @1, "tagged-ext-simple", 0, &set));
                                                      $$ = qrs_act_new_param(ctx, QRS_PARAM_OTHER, @$, @1); CHECK($$); }
  | LPAREN RPAREN                                   { $$ = qrs_act_new_param(ctx, QRS_PARAM_OTHER, @$, @1); CHECK($$); }
  | LPAREN tagged_ext_comp RPAREN                   { $$ = qrs_act_new_param(ctx, QRS_PARAM_OTHER, @$, @1); CHECK($$); }
  ;

/* tagged-ext-comp = astring / tagged-ext-comp *(SP tagged-ext-comp) / "(" tagged-ext-comp ")"
 * rewritten without left recursion ambiguity as a list of items. */
/* abnf: tagged-ext-comp */
tagged_ext_comp:
    tagged_ext_item
  | tagged_ext_comp SP tagged_ext_item
  ;

tagged_ext_item:
    astring                                         { }
  | LPAREN tagged_ext_comp RPAREN
  ;

/* abnf: fetch fetch-modifiers */
fetch:
    sequence_set SP fetch_atts                      { qrs_act_fetch_cmd(ctx, $1, @3, NULL); }
  | sequence_set SP fetch_atts SP LPAREN fetch_modifier_list RPAREN
                                                    { qrs_act_fetch_cmd(ctx, $1, @3, $6.head); }
  ;

fetch_atts:
    K_ALL                                           { CHECK(qrs_act_add_att(ctx, QRS_ITEM_OTHER, @1)); }
  | K_FULL                                          { CHECK(qrs_act_add_att(ctx, QRS_ITEM_OTHER, @1)); }
  | K_FAST                                          { CHECK(qrs_act_add_att(ctx, QRS_ITEM_OTHER, @1)); }
  | fetch_att
  | LPAREN fetch_att_list RPAREN
  ;

fetch_att_list:
    fetch_att                                       { }
  | fetch_att_list SP fetch_att                     { }
  ;

/* abnf: fetch-att fetch-mod-sequence */
fetch_att:
    K_MODSEQ                                        { CHECK(qrs_act_add_att(ctx, QRS_ITEM_MODSEQ, @1)); $$ = NULL; }
  | K_UID                                           { CHECK(qrs_act_add_att(ctx, QRS_ITEM_UID, @1)); $$ = NULL; }
  | K_FLAGS                                         { CHECK(qrs_act_add_att(ctx, QRS_ITEM_FLAGS, @1)); $$ = NULL; }
  /* A section-word's partial was checked by the lexer (section_tail_ok in
   * grammar/lexer.re): a word whose partial is malformed is no section-word,
   * and no other token here holds a "]". */
  | fetch_att_generic                               { CHECK(qrs_act_add_att(ctx, QRS_ITEM_OTHER, @1)); $$ = NULL; }
  ;

fetch_modifier_list:
    fetch_modifier                                  { $$.head = $$.tail = $1; }
  | fetch_modifier_list SP fetch_modifier           { qrs_act_param_append(&$1, $3); $$ = $1; }
  | fetch_modifier_list SP generic_param_value      { CHECK(qrs_act_param_value(ctx, &$1, $3, @3, "fetch-modifier")); $$ = $1; }
  ;

/* abnf: fetch-modifier chgsince-fetch-mod rexpunges-fetch-mod */
fetch_modifier:
    K_CHANGEDSINCE SP mod_sequence_value            { $$ = qrs_act_new_param(ctx, QRS_PARAM_CHANGEDSINCE, @$, @1); CHECK($$); $$->number = $3; $$->value = SPAN(@3); }
  | K_VANISHED                                      { $$ = qrs_act_new_param(ctx, QRS_PARAM_VANISHED, @$, @1); CHECK($$); }
  | fetch_label                                     { $$ = qrs_act_generic_param(ctx, @1); CHECK($$); }
  ;

/* abnf: store store-modifiers store-att-flags */
store:
    sequence_set SP store_att_flags                 { CHECK(qrs_act_store_cmd(ctx, $1, NULL)); }
  | sequence_set SP LPAREN store_modifier_list RPAREN SP store_att_flags
                                                    { CHECK(qrs_act_store_cmd(ctx, $1, $4.head)); }
  ;

store_modifier_list:
    store_modifier                                  { $$.head = $$.tail = $1; }
  | store_modifier_list SP store_modifier           { qrs_act_param_append(&$1, $3); $$ = $1; }
  | store_modifier_list SP generic_param_value      { CHECK(qrs_act_param_value(ctx, &$1, $3, @3, "store-modifier")); $$ = $1; }
  ;

/* abnf: store-modifier */
store_modifier:
    K_UNCHANGEDSINCE SP mod_sequence_valzer         { $$ = qrs_act_new_param(ctx, QRS_PARAM_UNCHANGEDSINCE, @$, @1); CHECK($$); $$->number = $3; $$->value = SPAN(@3); }
  | store_label                                     { $$ = qrs_act_generic_param(ctx, @1); CHECK($$); }
  ;

store_att_flags:
    store_action SP store_flags                     { ctx->msg->u.store.flags = SPAN(@3); }
  ;

store_action:
    K_FLAGS                                         { ctx->msg->u.store.action = SPAN(@1); }
  | ATOM                                            { CHECK(qrs_act_store_action(ctx, @1)); }
  ;

store_flags:
    flag_list
  | flag_seq
  ;

/* abnf: flag-list */
flag_list:
    LPAREN RPAREN
  | LPAREN flag_seq RPAREN
  ;

flag_seq:
    flag
  | flag_seq SP flag
  ;

/* abnf: flag flag-extension flag-keyword */
flag:
    FLAG                                            { CHECK(qrs_act_flag_check(ctx, @1, 0)); }
  | atom
  ;

/* abnf: search search-return-opts search-program */
search:
    SP search_program
  | SP K_RETURN SP LPAREN RPAREN SP search_program
  | SP K_RETURN SP LPAREN search_ret_list RPAREN SP search_program
                                                    { ctx->msg->u.search.return_opts = $5.head; }
  ;

/* abnf: search-return-opt search-ret-opt-ext search-mod-params search-modifier-name */
search_ret_list:
    search_ret_name                                 { $$.head = $$.tail = $1; }
  | search_ret_list SP search_ret_name              { qrs_act_param_append(&$1, $3); $$ = $1; }
  | search_ret_list SP generic_param_value          { CHECK(qrs_act_param_value(ctx, &$1, $3, @3, "search-return-opt")); $$ = $1; }
  ;

search_ret_name:
    ATOM                                            { $$ = qrs_act_generic_param(ctx, @1); CHECK($$); }
  | any_keyword                                     { $$ = qrs_act_generic_param(ctx, @1); CHECK($$); }
  ;

search_program:
    search_key_seq
  | K_CHARSET SP charset SP search_key_seq          { ctx->msg->u.search.charset = SPAN(@3); }
  ;

/* abnf: charset */
charset:
    atom
  | QUOTED
  ;

search_key_seq:
    search_key                                      { qrs_act_search_program(ctx, @1); }
  | search_key_seq SP search_key                    { qrs_act_search_program(ctx, @3); }
  ;

/* abnf: search-key date date-text date-day date-month date-year header-fld-name */
search_key:
    K_ALL | K_ANSWERED | K_DELETED | K_FLAGGED | K_NEW | K_OLD | K_RECENT | K_SEEN
  | K_UNANSWERED | K_UNDELETED | K_UNFLAGGED | K_UNSEEN | K_DRAFT | K_UNDRAFT
  | K_BCC SP astring | K_BODY SP astring | K_CC SP astring | K_FROM SP astring
  | K_SUBJECT SP astring | K_TEXT SP astring | K_TO SP astring
  | K_BEFORE SP date | K_ON SP date | K_SINCE SP date
  | K_SENTBEFORE SP date | K_SENTON SP date | K_SENTSINCE SP date
  | K_KEYWORD SP atom | K_UNKEYWORD SP atom
  | K_HEADER SP astring SP astring
  | K_LARGER SP number | K_SMALLER SP number
  | K_NOT SP search_key
  | K_OR SP search_key SP search_key
  | K_UID SP sequence_set
  | sequence_set                                    { }
  | LPAREN search_key_list RPAREN
  | search_modsequence                              { qrs_act_search_modseq_add(ctx, $1); }
  ;

search_key_list:
    search_key
  | search_key_list SP search_key
  ;

date:
    atom                                            { CHECK(qrs_act_date_check(ctx, @1, 0)); }
  | QUOTED                                          { CHECK(qrs_act_date_check(ctx, @1, 1)); }
  ;

/* abnf: search-modsequence search-modseq-ext entry-name entry-flag-name entry-type-req entry-type-resp attr-flag attr-flag-keyword attr-flag-extension */
search_modsequence:
    K_MODSEQ SP mod_sequence_valzer                 { $$ = qrs_act_new_search_modseq(ctx, @$); CHECK($$); $$->modseq = $3; }
  | K_MODSEQ SP QUOTED SP entry_type SP mod_sequence_valzer
                                                    { CHECK(qrs_act_entry_name_check(ctx, @3)); $$ = qrs_act_new_search_modseq(ctx, @$); CHECK($$);
                                                      $$->has_entry = 1; $$->entry_name = SPAN(@3); $$->entry_type = SPAN(@5); $$->modseq = $7; }
  ;

entry_type: K_PRIV | K_SHARED | K_ALL ;

/* abnf: status-att */
status_att_list:
    status_att                                      { $$.head = $$.tail = $1; }
  | status_att_list SP status_att                   { $1.tail->next = $3; $1.tail = $3; $$ = $1; }
  ;

status_att:
    status_att_name                                 { $$ = qrs_act_new_status_att(ctx, @1); CHECK($$); }
  ;

status_att_name: K_MESSAGES | K_RECENT | K_UIDNEXT | K_UIDVALIDITY | K_UNSEEN | K_HIGHESTMODSEQ ;

/* abnf: capability auth-type */
capability_list:
    SP atom                                         { $$.head = $$.tail = qrs_act_new_word(ctx, @2); CHECK($$.head); }
  | capability_list SP atom                         { qrs_word *w = qrs_act_new_word(ctx, @3); CHECK(w); $1.tail->next = w; $1.tail = w; $$ = $1; }
  ;

/* MARK: - Responses */

/* abnf: response-data response-payload response-tagged response-fatal response-done greeting resp-cond-auth resp-cond-bye resp-cond-state continue-req base64 */
response:
    TAG SP tagged_status SP resp_text CRLF           { CHECK($5 || qrs_act_missing_text(ctx, @5)); qrs_act_cond_resp(ctx, QRS_RESP_COND, @1, @3, $5); }
  | TAG SP tagged_status CRLF                        { CHECK(qrs_act_missing_text(ctx, @4)); qrs_act_cond_resp(ctx, QRS_RESP_COND, @1, @3, NULL); }
  | UNTAGGED SP untagged_status SP resp_text CRLF    { CHECK($5 || qrs_act_missing_text(ctx, @5)); qrs_act_cond_resp(ctx, QRS_RESP_COND, @1, @3, $5); }
  | UNTAGGED SP untagged_status CRLF                 { CHECK(qrs_act_missing_text(ctx, @4)); qrs_act_cond_resp(ctx, QRS_RESP_COND, @1, @3, NULL); }
  | UNTAGGED SP untagged_data CRLF
  | CONTINUE SP resp_text CRLF                       { qrs_act_cond_resp(ctx, QRS_RESP_CONTINUE, @1, @1, $3); }
                                                    /* "+ " alone: continue-req's base64 may be empty
                                                     * (RFC 3501 section 9), as in an empty SASL challenge */
  | CONTINUE CRLF                                    { CHECK(qrs_act_missing_text(ctx, @2)); qrs_act_cond_resp(ctx, QRS_RESP_CONTINUE, @1, @1, NULL); }
  ;

tagged_status: K_OK | K_NO | K_BAD ;
untagged_status: K_OK | K_NO | K_BAD | K_PREAUTH | K_BYE ;

/* abnf: resp-text text base64-char base64-terminal
 * (a continue-req's base64 is a subset of text and is read as text) */
resp_text:
    TEXT                                            { $$ = qrs_act_new_resp_text(ctx, @1); CHECK($$); $$->text = SPAN(@1); }
  | LBRACKET resp_text_code RBRACKET SP TEXT        { $$ = $2; $$->text = SPAN(@5); }
  /* no text: the error is where the text (or its SP) should start */
  | LBRACKET resp_text_code RBRACKET SP             { CHECK(qrs_act_missing_text(ctx, (qrs_loc){@4.end, @4.end})); $$ = $2; }
  | LBRACKET resp_text_code RBRACKET                { CHECK(qrs_act_missing_text(ctx, (qrs_loc){@3.end, @3.end})); $$ = $2; }
  | %empty                                          { $$ = NULL; /* the caller decides: text is due after OK, not after "+ " */ }
  ;

/* abnf: resp-text-code */
resp_text_code:
    K_HIGHESTMODSEQ SP mod_sequence_value           { $$ = qrs_act_new_code(ctx, QRS_CODE_HIGHESTMODSEQ, @$, @1); CHECK($$); $$->number = $3; $$->code_value = SPAN(@3); }
  | K_NOMODSEQ                                      { $$ = qrs_act_new_code(ctx, QRS_CODE_NOMODSEQ, @$, @1); CHECK($$); }
  | K_MODIFIED SP sequence_set                      { $$ = qrs_act_new_code(ctx, QRS_CODE_MODIFIED, @$, @1); CHECK($$); $$->modified = $3; $$->code_value = SPAN(@3); }
  | K_CLOSED                                        { $$ = qrs_act_new_code(ctx, QRS_CODE_CLOSED, @$, @1); CHECK($$); }
  | K_UIDNEXT SP nz_number                          { $$ = qrs_act_new_code(ctx, QRS_CODE_UIDNEXT, @$, @1); CHECK($$); $$->number = $3; $$->code_value = SPAN(@3); }
  | K_UIDVALIDITY SP nz_number                      { $$ = qrs_act_new_code(ctx, QRS_CODE_UIDVALIDITY, @$, @1); CHECK($$); $$->number = $3; $$->code_value = SPAN(@3); }
  | K_UNSEEN SP nz_number                           { $$ = qrs_act_new_code(ctx, QRS_CODE_UNSEEN, @$, @1); CHECK($$); $$->number = $3; $$->code_value = SPAN(@3); }
  | CODE_ATOM                                       { $$ = qrs_act_new_code(ctx, QRS_CODE_OTHER, @$, @1); CHECK($$); }
  | CODE_ATOM SP CODE_TEXT                          { $$ = qrs_act_new_code(ctx, QRS_CODE_OTHER, @$, @1); CHECK($$); $$->code_value = SPAN(@3); }
  ;

/* abnf: message-data mailbox-data capability-data enable-data */
untagged_data:
    expunged_resp
  /* The message number is checked before the items: a 0 there is the
   * first offending token (nz-number), whatever the items hold.  The check
   * waits for the SP: before it, "FETCH" might still grow into another
   * name ("* 0 FETCHX" is a generic response). */
  | NUMBER SP K_FETCH SP                            { CHECK(qrs_nz_number(ctx, @1, "nz-number", &ctx->msg->u.fetch_resp.number)); }
    msg_att                                         { qrs_act_fetch_resp(ctx, ctx->msg->u.fetch_resp.number, $6.head); }
  | NUMBER SP K_EXISTS                              { CHECK(qrs_act_number_resp(ctx, @1, 0, @3, @3)); }
  | NUMBER SP K_RECENT                              { CHECK(qrs_act_number_resp(ctx, @1, 0, @3, @3)); }
  | NUMBER SP K_EXPUNGE                             { CHECK(qrs_act_number_resp(ctx, @1, 1, @3, @3)); }
  | NUMBER SP num_generic_name generic_args         { CHECK(qrs_act_number_resp(ctx, @1, 0, @3, @4)); }
  | K_ENABLED                                       { qrs_act_enabled_resp(ctx, NULL); }
  | K_ENABLED capability_list                       { qrs_act_enabled_resp(ctx, $2.head); }
  | K_CAPABILITY capability_list                    { CHECK(qrs_act_capability_resp(ctx, @2, $2.head)); }
  | K_SEARCH search_resp                            { CHECK(qrs_act_search_resp(ctx, 0)); }
  | K_SORT search_resp                              { CHECK(qrs_act_search_resp(ctx, 1)); }
  | K_ESEARCH esearch_resp                          { ctx->msg->kind = QRS_RESP_ESEARCH; }
  | K_STATUS SP mailbox SP LPAREN RPAREN            { qrs_act_status_resp(ctx, &$3, NULL); }
  | K_STATUS SP mailbox SP LPAREN status_att_val_list RPAREN
                                                    { qrs_act_status_resp(ctx, &$3, $6.head); }
  | resp_generic_name generic_args                  { qrs_act_other_resp(ctx, @1, @2); }
  ;

/* abnf: expunged-resp expunge-correlator single-exp-correlator */
expunged_resp:
    K_VANISHED SP vanished_uids                     { qrs_act_vanished(ctx, 0, $3); }
  | K_VANISHED SP LPAREN vanished_marker RPAREN SP vanished_uids
                                                    { qrs_act_vanished(ctx, $4, $7); }
  ;

/* known-uids of a VANISHED response: '*' is refused even under the
 * star-in-known leniency, which is for what clients send in SELECT. */
/* abnf: known-uids */
vanished_uids:
    set_token                                       { CHECK(qrs_seqset_check(ctx, @1, "known-uids", QRS_SETCHK_NO_STAR, &$$)); }
  ;

vanished_marker:
    ATOM                                            { CHECK(qrs_act_earlier_check(ctx, @1)); $$ = 1; }
  | tag_correlators                                 { $$ = 2; }
  ;

tag_correlators:
    K_TAG SP tag_string                             { CHECK(qrs_act_tag_correlator(ctx, @1, &$3)); }
  | tag_correlators SP K_TAG SP tag_string          { CHECK(qrs_act_tag_correlator(ctx, @3, &$5)); }
  ;

/* abnf: tag-string */
tag_string:
    string
  ;

/* abnf: msg-att msg-att-dynamic msg-att-static fetch-mod-resp flag-fetch generic-msg-att generic-att-name */
msg_att:
    LPAREN msg_att_list RPAREN                      { $$ = $2; }
  ;

msg_att_list:
    msg_att_item                                    { $$.head = $$.tail = $1; }
  | msg_att_list SP msg_att_item                    { $1.tail->next = $3; $1.tail = $3; $$ = $1; }
  ;

msg_att_item:
    K_UID SP nz_number                              { $$ = qrs_act_new_item(ctx, QRS_ITEM_UID, @$, @1, @3); CHECK($$); $$->number = $3; }
  | K_MODSEQ SP LPAREN permsg_modsequence RPAREN    { $$ = qrs_act_new_item(ctx, QRS_ITEM_MODSEQ, @$, @1, @3); CHECK($$); $$->number = $4;
                                                      $$->value = qrs_span(ctx, (qrs_loc){@3.start, @5.end}); }
  | K_FLAGS SP flag_fetch_list                      { $$ = qrs_act_new_item(ctx, QRS_ITEM_FLAGS, @$, @1, @3); CHECK($$); }
  | msg_att_generic_name SP generic_item            { $$ = qrs_act_new_item(ctx, QRS_ITEM_OTHER, @$, @1, @3); CHECK($$); }
  ;

/* abnf: permsg-modsequence */
permsg_modsequence:
    mod_sequence_value
  ;

fetch_mod_resp_frag:
    K_MODSEQ SP LPAREN permsg_modsequence RPAREN    { ctx->frag->number = $4; }
  ;

flag_fetch_list:
    LPAREN RPAREN
  | LPAREN flag_fetch_seq RPAREN
  ;

flag_fetch_seq:
    flag_fetch
  | flag_fetch_seq SP flag_fetch
  ;

flag_fetch:
    FLAG                                            { CHECK(qrs_act_flag_check(ctx, @1, 1)); }
  | atom
  ;

/* abnf: mailbox-data search-sort-mod-seq sort-data */
search_resp:
    %empty
  | search_resp SP NUMBER                           { CHECK(qrs_act_search_number(ctx, @3)); }
  | search_resp SP LPAREN K_MODSEQ SP mod_sequence_value RPAREN
                                                    { CHECK(qrs_act_search_modseq_resp(ctx, $6, @3)); }
  ;

/* abnf: esearch-response search-correlator search-return-data search-return-value */
esearch_resp:
    %empty
  | esearch_resp SP esearch_item
  ;

esearch_item:
    LPAREN K_TAG SP tag_string RPAREN               { CHECK(qrs_act_esearch_tag(ctx, &$4, @$)); }
  | K_UID                                           { CHECK(qrs_act_esearch_uid(ctx, @$)); }
  | K_MODSEQ SP mod_sequence_value                  { CHECK(qrs_act_esearch_data(ctx, @$)); ctx->msg->u.esearch.has_modseq = 1; ctx->msg->u.esearch.modseq = $3; }
  | esearch_generic_name SP generic_param_value     { CHECK(qrs_act_generic_param(ctx, @1)); /* search-modifier-name: tagged-ext-label */
                                                      CHECK(qrs_act_esearch_data(ctx, @$)); }
  ;

/* abnf: status-att-list status-att-val */
status_att_val_list:
    status_att_val                                  { $$.head = $$.tail = $1; }
  | status_att_val_list SP status_att_val           { $1.tail->next = $3; $1.tail = $3; $$ = $1; }
  ;

status_att_val:
    K_MESSAGES SP number                            { $$ = qrs_act_new_status_val(ctx, @1, $3); CHECK($$); }
  | K_RECENT SP number                              { $$ = qrs_act_new_status_val(ctx, @1, $3); CHECK($$); }
  | K_UIDNEXT SP nz_number                          { $$ = qrs_act_new_status_val(ctx, @1, $3); CHECK($$); }
  | K_UIDVALIDITY SP nz_number                      { $$ = qrs_act_new_status_val(ctx, @1, $3); CHECK($$); }
  | K_UNSEEN SP number                              { $$ = qrs_act_new_status_val(ctx, @1, $3); CHECK($$); }
  | K_HIGHESTMODSEQ SP mod_sequence_valzer          { $$ = qrs_act_new_status_val(ctx, @1, $3); CHECK($$); }
  ;

/* MARK: - Shared pieces */

/* abnf: mod-sequence-value */
mod_sequence_value:
    NUMBER                                          { CHECK(qrs_modseq(ctx, @1, "mod-sequence-value", 0, &$$)); }
  ;

/* abnf: mod-sequence-valzer */
mod_sequence_valzer:
    NUMBER                                          { CHECK(qrs_modseq(ctx, @1, "mod-sequence-valzer", 1, &$$)); }
  ;

/* abnf: nz-number */
nz_number:
    NUMBER                                          { CHECK(qrs_nz_number(ctx, @1, "nz-number", &$$)); }
  ;

/* abnf: number */
number:
    NUMBER                                          { CHECK(qrs_number(ctx, @1, "number", &$$)); }
  ;

/* abnf: mailbox */
mailbox:
    astring
  ;

/* abnf: astring string nil nstring */
astring:
    atom                                            { $$ = qrs_act_make_string(ctx, QRS_STR_ATOM, @1); }
  | ASTRING_WORD                                    { $$ = qrs_act_make_string(ctx, QRS_STR_ATOM, @1); }
  | SECTION                                         { CHECK(qrs_act_astring_chars(ctx, @1)); $$ = qrs_act_make_string(ctx, QRS_STR_ATOM, @1); }
  | string
  ;

string:
    QUOTED                                          { $$ = qrs_act_make_string(ctx, QRS_STR_QUOTED, @1); }
  | LITERAL                                         { $$ = qrs_act_make_string(ctx, QRS_STR_LITERAL, @1); }
  ;

/* abnf: atom */
atom:
    ATOM
  | NUMBER
  | SEQSET                                          { CHECK(qrs_act_atom_seqset(ctx, @1)); }
  | any_keyword
  ;

/* MARK: - Generic shape of commands and responses outside the extension */

/* abnf: generic-command generic-response generic-item generic-token generic-name list-word */
generic_args:
    %empty
  | generic_args SP generic_item
  ;

generic_item:
    generic_token
  | LPAREN RPAREN
  | LPAREN generic_list RPAREN
  ;

generic_list:
    generic_item
  | generic_list SP generic_item
  ;

generic_token:
    ATOM | NUMBER | SEQSET | any_keyword | ASTRING_WORD | SECTION | QUOTED | LITERAL | LIST_WORD | FLAG ;

/* Keywords by the places where they have their own production; a keyword
 * is a generic name everywhere else.  The groups are disjoint. */
kw_a: K_SELECT | K_EXAMINE | K_ENABLE ;
kw_status: K_OK | K_NO | K_BAD | K_PREAUTH | K_BYE ;
kw_r: K_ENABLED | K_CAPABILITY | K_SORT | K_ESEARCH ;
kw_num: K_EXISTS | K_RECENT | K_EXPUNGE ;
kw_sel: K_QRESYNC | K_CONDSTORE ;
kw_macro: K_ALL | K_FULL | K_FAST ;

/* Commands outside the extension keep the generic shape (grammar/abnf/generic.abnf).
 * abnf: login authenticate append create delete rename list lsub subscribe unsubscribe copy
 * abnf: prose-experimental-command-arguments */
cmd_generic_name:
    ATOM | kw_rest | kw_status | K_VANISHED | kw_r | kw_num | kw_sel | K_CHANGEDSINCE | K_UNCHANGEDSINCE
  | K_MODSEQ | K_FLAGS | kw_macro ;
uid_generic_name: cmd_generic_name | kw_a | K_UID | K_STATUS ;
/* abnf: mailbox-list Namespace-Response */
resp_generic_name:
    ATOM | kw_rest | kw_a | K_FETCH | K_STORE | K_UID | kw_num | kw_sel | K_CHANGEDSINCE | K_UNCHANGEDSINCE
  | K_MODSEQ | K_FLAGS | kw_macro ;
/* Not VANISHED: it is message-data without a number (RFC 7162 section 7,
 * message-data =/ expunged-resp), so "* 5 VANISHED" is refused, not generic. */
num_generic_name:
    ATOM | kw_rest | kw_a | K_STORE | K_SEARCH | K_UID | K_STATUS | kw_status | kw_r | kw_sel
  | K_CHANGEDSINCE | K_UNCHANGEDSINCE | K_MODSEQ | K_FLAGS | kw_macro ;
fetch_att_generic:
    ATOM | SECTION | kw_rest | kw_a | K_FETCH | K_STORE | K_SEARCH | K_STATUS | kw_status | K_VANISHED | kw_r
  | kw_num | kw_sel | K_CHANGEDSINCE | K_UNCHANGEDSINCE ;
msg_att_generic_name: fetch_att_generic | kw_macro ;
esearch_generic_name:
    ATOM | kw_rest | kw_a | K_FETCH | K_STORE | K_SEARCH | K_STATUS | kw_status | K_VANISHED | kw_r | kw_num
  | kw_sel | K_CHANGEDSINCE | K_UNCHANGEDSINCE | K_FLAGS | kw_macro ;
select_label:
    ATOM | kw_rest | kw_a | K_FETCH | K_STORE | K_SEARCH | K_UID | K_STATUS | kw_status | K_VANISHED | kw_r
  | kw_num | K_CHANGEDSINCE | K_UNCHANGEDSINCE | K_MODSEQ | K_FLAGS | kw_macro ;
fetch_label:
    ATOM | kw_rest | kw_a | K_FETCH | K_STORE | K_SEARCH | K_UID | K_STATUS | kw_status | kw_r | kw_num | kw_sel
  | K_UNCHANGEDSINCE | K_MODSEQ | K_FLAGS | kw_macro ;
store_label:
    ATOM | kw_rest | kw_a | K_FETCH | K_STORE | K_SEARCH | K_UID | K_STATUS | kw_status | K_VANISHED | kw_r
  | kw_num | kw_sel | K_CHANGEDSINCE | K_MODSEQ | K_FLAGS | kw_macro ;
any_keyword:
    kw_rest | kw_a | K_FETCH | K_STORE | K_SEARCH | K_UID | K_STATUS | kw_status | K_VANISHED | kw_r | kw_num
  | kw_sel | K_CHANGEDSINCE | K_UNCHANGEDSINCE | K_MODSEQ | K_FLAGS | kw_macro ;

kw_rest:
    K_ALERT | K_ANSWERED | K_APPEND | K_APR | K_AUG | K_AUTH_ | K_AUTHENTICATE | K_BADCHARSET | K_BCC
   | K_BEFORE | K_BODY | K_CC | K_CHARSET | K_CHECK | K_CLOSE | K_CLOSED | K_COPY | K_CREATE | K_DEC
   | K_DELETE | K_DELETED | K_DRAFT | K_ENVELOPE | K_FEB | K_FLAGGED | K_FROM | K_HEADER | K_HIGHESTMODSEQ
   | K_IMAP4REV1 | K_IMAP4REV2 | K_INBOX | K_INTERNALDATE | K_JAN | K_JUL | K_JUN | K_KEYWORD | K_LARGER | K_LIST | K_LOGIN
   | K_LOGOUT | K_LSUB | K_MAR | K_MAY | K_MESSAGES | K_MODIFIED | K_NAMESPACE | K_NEW | K_NIL | K_NOMODSEQ
   | K_NOOP | K_NOT | K_NOV | K_OCT | K_OLD | K_ON | K_OR | K_PARSE | K_PERMANENTFLAGS | K_PRIV | K_READ_ONLY
   | K_READ_WRITE | K_RENAME | K_RETURN | K_RFC822 | K_RFC822_SIZE | K_SEEN | K_SENTBEFORE | K_SENTON | K_SENTSINCE
   | K_SEP | K_SHARED | K_SINCE | K_SMALLER | K_STARTTLS | K_STRUCTURE | K_SUBJECT | K_SUBSCRIBE | K_TAG
   | K_TEXT | K_TO | K_TRYCREATE | K_UIDNEXT | K_UIDVALIDITY | K_UNANSWERED | K_UNDELETED | K_UNDRAFT
   | K_UNFLAGGED | K_UNKEYWORD | K_UNSEEN | K_UNSUBSCRIBE | K_X | K_X_DRAFT_W02_QRESYNC
  ;

%%

/* parse.error custom: fill qrs_error with the offending token's offset, the
 * ABNF rule of the innermost state and the expected tokens. */
static int yyreport_syntax_error(const yypcontext_t *yyctx, qrs_ctx *ctx)
{
    if (ctx->failed)
        return 0;
    /* Ask for every expected token: bison reports none when the array is too small. */
    yysymbol_kind_t all[YYNTOKENS];
    int n = yypcontext_expected_tokens(yyctx, all, YYNTOKENS);
    yysymbol_kind_t got = yypcontext_token(yyctx);
    const qrs_loc *loc = yypcontext_location(yyctx);
    qrs_code code = QRS_E_SYNTAX;
    const char *msg = "unexpected token";
    if (got == S_YYEOF) {
        code = ctx->msg ? QRS_E_INCOMPLETE : QRS_E_SYNTAX;
        msg = ctx->msg ? "input ends before the message is complete" : "input ends too early";
    } else if (got == S_INVALID) {
        msg = "byte not allowed here";
    }
    /* The innermost state that works on an annotated rule names it; state 0
     * is always the bottom of the stack. */
    const char *rule = NULL;
    for (const yy_state_t *s = yyctx->yyssp; !rule; s--) {
        rule = qrs_state_rule((int)*s);
        if (*s == 0)
            break;
    }
    if (!rule)
        rule = ctx->msg ? (ctx->server ? "response" : "command") : "fragment";
    qrs_fail(ctx, code, loc->start, rule, msg);
    if (n < 0)
        n = 0;
    ctx->err->n_expected = 0;
    for (int i = 0; i < n && i < QRS_MAX_EXPECTED; i++)
        ctx->err->expected[ctx->err->n_expected++] = yysymbol_name(all[i]);
    return 0;
}

/* Only reached for "memory exhausted": the fixed parser stack is full, which
 * right-nested rules (NOT NOT NOT ...) can cause; a typed limit error. */
static void qrs_yyerror(const qrs_loc *loc, qrs_ctx *ctx, const char *msg)
{
    (void)msg;
    qrs_fail(ctx, QRS_E_TOO_DEEP, loc->start, "search-key", "nesting deeper than the parser stack allows");
}
