/* A Bison parser, made by GNU Bison 3.8.2.  */

/* Bison implementation for Yacc-like parsers in C

   Copyright (C) 1984, 1989-1990, 2000-2015, 2018-2021 Free Software Foundation,
   Inc.

   This program is free software: you can redistribute it and/or modify
   it under the terms of the GNU General Public License as published by
   the Free Software Foundation, either version 3 of the License, or
   (at your option) any later version.

   This program is distributed in the hope that it will be useful,
   but WITHOUT ANY WARRANTY; without even the implied warranty of
   MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
   GNU General Public License for more details.

   You should have received a copy of the GNU General Public License
   along with this program.  If not, see <https://www.gnu.org/licenses/>.  */

/* As a special exception, you may create a larger work that contains
   part or all of the Bison parser skeleton and distribute that work
   under terms of your choice, so long as that work isn't itself a
   parser generator using the skeleton or a modified version thereof
   as a parser skeleton.  Alternatively, if you modify or redistribute
   the parser skeleton itself, you may (at your option) remove this
   special exception, which will cause the skeleton and the resulting
   Bison output files to be licensed under the GNU General Public
   License without this special exception.

   This special exception was added by the Free Software Foundation in
   version 2.2 of Bison.  */

/* C LALR(1) parser skeleton written by Richard Stallman, by
   simplifying the original so-called "semantic" parser.  */

/* DO NOT RELY ON FEATURES THAT ARE NOT DOCUMENTED in the manual,
   especially those whose name start with YY_ or yy_.  They are
   private implementation details that can be changed or removed.  */

/* All symbols defined below should begin with yy or YY, to avoid
   infringing on user name space.  This should be done even for local
   variables, as they might otherwise be expanded by user macros.
   There are some unavoidable exceptions within include files to
   define necessary library symbols; they are noted "INFRINGES ON
   USER NAME SPACE" below.  */

/* Identify Bison output, and Bison version.  */
#define YYBISON 30802

/* Bison version string.  */
#define YYBISON_VERSION "3.8.2"

/* Skeleton name.  */
#define YYSKELETON_NAME "yacc.c"

/* Pure parsers.  */
#define YYPURE 2

/* Push parsers.  */
#define YYPUSH 0

/* Pull parsers.  */
#define YYPULL 1

/* "%code top" blocks.  */

/* Fixed-size parser stack: no malloc (see src/internal.h, QRS_MAX_DEPTH_LIMIT). */
#define YYINITDEPTH 700
#define YYMAXDEPTH YYINITDEPTH

/* Substitute the type names.  */
#define YYSTYPE         QRS_YYSTYPE
#define YYLTYPE         QRS_YYLTYPE
/* Substitute the variable and function names.  */
#define yyparse         qrs_yyparse
#define yylex           qrs_yylex
#define yyerror         qrs_yyerror
#define yydebug         qrs_yydebug
#define yynerrs         qrs_yynerrs


# ifndef YY_CAST
#  ifdef __cplusplus
#   define YY_CAST(Type, Val) static_cast<Type> (Val)
#   define YY_REINTERPRET_CAST(Type, Val) reinterpret_cast<Type> (Val)
#  else
#   define YY_CAST(Type, Val) ((Type) (Val))
#   define YY_REINTERPRET_CAST(Type, Val) ((Type) (Val))
#  endif
# endif
# ifndef YY_NULLPTR
#  if defined __cplusplus
#   if 201103L <= __cplusplus
#    define YY_NULLPTR nullptr
#   else
#    define YY_NULLPTR 0
#   endif
#  else
#   define YY_NULLPTR ((void*)0)
#  endif
# endif

#include "parser.h"
/* Symbol kind.  */
enum yysymbol_kind_t
{
  S_YYEMPTY = -2,
  S_YYEOF = 0,                             /* "end of file"  */
  S_YYerror = 1,                           /* error  */
  S_YYUNDEF = 2,                           /* "invalid token"  */
  S_START_COMMAND = 3,                     /* START_COMMAND  */
  S_START_RESPONSE = 4,                    /* START_RESPONSE  */
  S_START_SEQUENCE_SET = 5,                /* START_SEQUENCE_SET  */
  S_START_KNOWN_UIDS = 6,                  /* START_KNOWN_UIDS  */
  S_START_SEQ_MATCH_DATA = 7,              /* START_SEQ_MATCH_DATA  */
  S_START_SELECT_PARAM = 8,                /* START_SELECT_PARAM  */
  S_START_FETCH_MODIFIER = 9,              /* START_FETCH_MODIFIER  */
  S_START_STORE_MODIFIER = 10,             /* START_STORE_MODIFIER  */
  S_START_EXPUNGED_RESP = 11,              /* START_EXPUNGED_RESP  */
  S_START_MOD_SEQUENCE_VALUE = 12,         /* START_MOD_SEQUENCE_VALUE  */
  S_START_MOD_SEQUENCE_VALZER = 13,        /* START_MOD_SEQUENCE_VALZER  */
  S_START_SEARCH_MODSEQUENCE = 14,         /* START_SEARCH_MODSEQUENCE  */
  S_START_RESP_TEXT_CODE = 15,             /* START_RESP_TEXT_CODE  */
  S_START_FETCH_MOD_RESP = 16,             /* START_FETCH_MOD_RESP  */
  S_START_STATUS_ATT_VAL = 17,             /* START_STATUS_ATT_VAL  */
  S_START_FETCH_ATT = 18,                  /* START_FETCH_ATT  */
  S_START_FLAG_LIST = 19,                  /* START_FLAG_LIST  */
  S_START_FLAG_FETCH = 20,                 /* START_FLAG_FETCH  */
  S_SP = 21,                               /* "SP"  */
  S_CRLF = 22,                             /* "CRLF"  */
  S_LPAREN = 23,                           /* "("  */
  S_RPAREN = 24,                           /* ")"  */
  S_LBRACKET = 25,                         /* "["  */
  S_RBRACKET = 26,                         /* "]"  */
  S_NUMBER = 27,                           /* "number"  */
  S_SEQSET = 28,                           /* "sequence-set"  */
  S_ATOM = 29,                             /* "atom"  */
  S_ASTRING_WORD = 30,                     /* "astring"  */
  S_LIST_WORD = 31,                        /* "list-word"  */
  S_SECTION = 32,                          /* "section-word"  */
  S_FLAG = 33,                             /* "flag"  */
  S_QUOTED = 34,                           /* "quoted"  */
  S_LITERAL = 35,                          /* "literal"  */
  S_TEXT = 36,                             /* "text"  */
  S_CODE_ATOM = 37,                        /* "resp-text-code atom"  */
  S_CODE_TEXT = 38,                        /* "resp-text-code text"  */
  S_TAG = 39,                              /* "tag"  */
  S_UNTAGGED = 40,                         /* "*"  */
  S_CONTINUE = 41,                         /* "+"  */
  S_INVALID = 42,                          /* "invalid byte"  */
  S_K_ALERT = 43,                          /* "ALERT"  */
  S_K_ALL = 44,                            /* "ALL"  */
  S_K_ANSWERED = 45,                       /* "ANSWERED"  */
  S_K_APPEND = 46,                         /* "APPEND"  */
  S_K_APR = 47,                            /* "APR"  */
  S_K_AUG = 48,                            /* "AUG"  */
  S_K_AUTH_ = 49,                          /* "AUTH="  */
  S_K_AUTHENTICATE = 50,                   /* "AUTHENTICATE"  */
  S_K_BAD = 51,                            /* "BAD"  */
  S_K_BADCHARSET = 52,                     /* "BADCHARSET"  */
  S_K_BCC = 53,                            /* "BCC"  */
  S_K_BEFORE = 54,                         /* "BEFORE"  */
  S_K_BODY = 55,                           /* "BODY"  */
  S_K_BYE = 56,                            /* "BYE"  */
  S_K_CAPABILITY = 57,                     /* "CAPABILITY"  */
  S_K_CC = 58,                             /* "CC"  */
  S_K_CHANGEDSINCE = 59,                   /* "CHANGEDSINCE"  */
  S_K_CHARSET = 60,                        /* "CHARSET"  */
  S_K_CHECK = 61,                          /* "CHECK"  */
  S_K_CLOSE = 62,                          /* "CLOSE"  */
  S_K_CLOSED = 63,                         /* "CLOSED"  */
  S_K_CONDSTORE = 64,                      /* "CONDSTORE"  */
  S_K_COPY = 65,                           /* "COPY"  */
  S_K_CREATE = 66,                         /* "CREATE"  */
  S_K_DEC = 67,                            /* "DEC"  */
  S_K_DELETE = 68,                         /* "DELETE"  */
  S_K_DELETED = 69,                        /* "DELETED"  */
  S_K_DRAFT = 70,                          /* "DRAFT"  */
  S_K_ENABLE = 71,                         /* "ENABLE"  */
  S_K_ENABLED = 72,                        /* "ENABLED"  */
  S_K_ENVELOPE = 73,                       /* "ENVELOPE"  */
  S_K_ESEARCH = 74,                        /* "ESEARCH"  */
  S_K_EXAMINE = 75,                        /* "EXAMINE"  */
  S_K_EXISTS = 76,                         /* "EXISTS"  */
  S_K_EXPUNGE = 77,                        /* "EXPUNGE"  */
  S_K_FAST = 78,                           /* "FAST"  */
  S_K_FEB = 79,                            /* "FEB"  */
  S_K_FETCH = 80,                          /* "FETCH"  */
  S_K_FLAGGED = 81,                        /* "FLAGGED"  */
  S_K_FLAGS = 82,                          /* "FLAGS"  */
  S_K_FROM = 83,                           /* "FROM"  */
  S_K_FULL = 84,                           /* "FULL"  */
  S_K_HEADER = 85,                         /* "HEADER"  */
  S_K_HIGHESTMODSEQ = 86,                  /* "HIGHESTMODSEQ"  */
  S_K_IMAP4REV1 = 87,                      /* "IMAP4rev1"  */
  S_K_IMAP4REV2 = 88,                      /* "IMAP4rev2"  */
  S_K_INBOX = 89,                          /* "INBOX"  */
  S_K_INTERNALDATE = 90,                   /* "INTERNALDATE"  */
  S_K_JAN = 91,                            /* "JAN"  */
  S_K_JUL = 92,                            /* "JUL"  */
  S_K_JUN = 93,                            /* "JUN"  */
  S_K_KEYWORD = 94,                        /* "KEYWORD"  */
  S_K_LARGER = 95,                         /* "LARGER"  */
  S_K_LIST = 96,                           /* "LIST"  */
  S_K_LOGIN = 97,                          /* "LOGIN"  */
  S_K_LOGOUT = 98,                         /* "LOGOUT"  */
  S_K_LSUB = 99,                           /* "LSUB"  */
  S_K_MAR = 100,                           /* "MAR"  */
  S_K_MAY = 101,                           /* "MAY"  */
  S_K_MESSAGES = 102,                      /* "MESSAGES"  */
  S_K_MODIFIED = 103,                      /* "MODIFIED"  */
  S_K_MODSEQ = 104,                        /* "MODSEQ"  */
  S_K_NAMESPACE = 105,                     /* "NAMESPACE"  */
  S_K_NEW = 106,                           /* "NEW"  */
  S_K_NIL = 107,                           /* "NIL"  */
  S_K_NO = 108,                            /* "NO"  */
  S_K_NOMODSEQ = 109,                      /* "NOMODSEQ"  */
  S_K_NOOP = 110,                          /* "NOOP"  */
  S_K_NOT = 111,                           /* "NOT"  */
  S_K_NOV = 112,                           /* "NOV"  */
  S_K_OCT = 113,                           /* "OCT"  */
  S_K_OK = 114,                            /* "OK"  */
  S_K_OLD = 115,                           /* "OLD"  */
  S_K_ON = 116,                            /* "ON"  */
  S_K_OR = 117,                            /* "OR"  */
  S_K_PARSE = 118,                         /* "PARSE"  */
  S_K_PERMANENTFLAGS = 119,                /* "PERMANENTFLAGS"  */
  S_K_PREAUTH = 120,                       /* "PREAUTH"  */
  S_K_PRIV = 121,                          /* "priv"  */
  S_K_QRESYNC = 122,                       /* "QRESYNC"  */
  S_K_RETURN = 123,                        /* "RETURN"  */
  S_K_READ_ONLY = 124,                     /* "READ-ONLY"  */
  S_K_READ_WRITE = 125,                    /* "READ-WRITE"  */
  S_K_RECENT = 126,                        /* "RECENT"  */
  S_K_RENAME = 127,                        /* "RENAME"  */
  S_K_RFC822 = 128,                        /* "RFC822"  */
  S_K_RFC822_SIZE = 129,                   /* "RFC822.SIZE"  */
  S_K_SEARCH = 130,                        /* "SEARCH"  */
  S_K_SEEN = 131,                          /* "SEEN"  */
  S_K_SELECT = 132,                        /* "SELECT"  */
  S_K_SENTBEFORE = 133,                    /* "SENTBEFORE"  */
  S_K_SENTON = 134,                        /* "SENTON"  */
  S_K_SENTSINCE = 135,                     /* "SENTSINCE"  */
  S_K_SEP = 136,                           /* "SEP"  */
  S_K_SHARED = 137,                        /* "shared"  */
  S_K_SINCE = 138,                         /* "SINCE"  */
  S_K_SMALLER = 139,                       /* "SMALLER"  */
  S_K_SORT = 140,                          /* "SORT"  */
  S_K_STARTTLS = 141,                      /* "STARTTLS"  */
  S_K_STATUS = 142,                        /* "STATUS"  */
  S_K_STORE = 143,                         /* "STORE"  */
  S_K_STRUCTURE = 144,                     /* "STRUCTURE"  */
  S_K_SUBJECT = 145,                       /* "SUBJECT"  */
  S_K_SUBSCRIBE = 146,                     /* "SUBSCRIBE"  */
  S_K_TAG = 147,                           /* "TAG"  */
  S_K_TEXT = 148,                          /* "TEXT"  */
  S_K_TO = 149,                            /* "TO"  */
  S_K_TRYCREATE = 150,                     /* "TRYCREATE"  */
  S_K_UID = 151,                           /* "UID"  */
  S_K_UIDNEXT = 152,                       /* "UIDNEXT"  */
  S_K_UIDVALIDITY = 153,                   /* "UIDVALIDITY"  */
  S_K_UNANSWERED = 154,                    /* "UNANSWERED"  */
  S_K_UNCHANGEDSINCE = 155,                /* "UNCHANGEDSINCE"  */
  S_K_UNDELETED = 156,                     /* "UNDELETED"  */
  S_K_UNDRAFT = 157,                       /* "UNDRAFT"  */
  S_K_UNFLAGGED = 158,                     /* "UNFLAGGED"  */
  S_K_UNKEYWORD = 159,                     /* "UNKEYWORD"  */
  S_K_UNSEEN = 160,                        /* "UNSEEN"  */
  S_K_UNSUBSCRIBE = 161,                   /* "UNSUBSCRIBE"  */
  S_K_VANISHED = 162,                      /* "VANISHED"  */
  S_K_X = 163,                             /* "X"  */
  S_K_X_DRAFT_W02_QRESYNC = 164,           /* "X-DRAFT-W02-QRESYNC"  */
  S_YYACCEPT = 165,                        /* $accept  */
  S_start = 166,                           /* start  */
  S_command = 167,                         /* command  */
  S_command_body = 168,                    /* command_body  */
  S_select_params = 169,                   /* select_params  */
  S_select_param_list = 170,               /* select_param_list  */
  S_select_param = 171,                    /* select_param  */
  S_qresync_tail = 172,                    /* qresync_tail  */
  S_seq_match_data = 173,                  /* seq_match_data  */
  S_seq_match_data_frag = 174,             /* seq_match_data_frag  */
  S_uidvalidity = 175,                     /* uidvalidity  */
  S_known_uids = 176,                      /* known_uids  */
  S_known_sequence_set = 177,              /* known_sequence_set  */
  S_known_uid_set = 178,                   /* known_uid_set  */
  S_sequence_set = 179,                    /* sequence_set  */
  S_set_token = 180,                       /* set_token  */
  S_generic_param_value = 181,             /* generic_param_value  */
  S_tagged_ext_comp = 182,                 /* tagged_ext_comp  */
  S_tagged_ext_item = 183,                 /* tagged_ext_item  */
  S_fetch = 184,                           /* fetch  */
  S_fetch_atts = 185,                      /* fetch_atts  */
  S_fetch_att_list = 186,                  /* fetch_att_list  */
  S_fetch_att = 187,                       /* fetch_att  */
  S_fetch_modifier_list = 188,             /* fetch_modifier_list  */
  S_fetch_modifier = 189,                  /* fetch_modifier  */
  S_store = 190,                           /* store  */
  S_store_modifier_list = 191,             /* store_modifier_list  */
  S_store_modifier = 192,                  /* store_modifier  */
  S_store_att_flags = 193,                 /* store_att_flags  */
  S_store_action = 194,                    /* store_action  */
  S_store_flags = 195,                     /* store_flags  */
  S_flag_list = 196,                       /* flag_list  */
  S_flag_seq = 197,                        /* flag_seq  */
  S_flag = 198,                            /* flag  */
  S_search = 199,                          /* search  */
  S_search_ret_list = 200,                 /* search_ret_list  */
  S_search_ret_name = 201,                 /* search_ret_name  */
  S_search_program = 202,                  /* search_program  */
  S_charset = 203,                         /* charset  */
  S_search_key_seq = 204,                  /* search_key_seq  */
  S_search_key = 205,                      /* search_key  */
  S_search_key_list = 206,                 /* search_key_list  */
  S_date = 207,                            /* date  */
  S_search_modsequence = 208,              /* search_modsequence  */
  S_entry_type = 209,                      /* entry_type  */
  S_status_att_list = 210,                 /* status_att_list  */
  S_status_att = 211,                      /* status_att  */
  S_status_att_name = 212,                 /* status_att_name  */
  S_capability_list = 213,                 /* capability_list  */
  S_response = 214,                        /* response  */
  S_tagged_status = 215,                   /* tagged_status  */
  S_untagged_status = 216,                 /* untagged_status  */
  S_resp_text = 217,                       /* resp_text  */
  S_resp_text_code = 218,                  /* resp_text_code  */
  S_untagged_data = 219,                   /* untagged_data  */
  S_220_1 = 220,                           /* $@1  */
  S_expunged_resp = 221,                   /* expunged_resp  */
  S_vanished_uids = 222,                   /* vanished_uids  */
  S_vanished_marker = 223,                 /* vanished_marker  */
  S_tag_correlators = 224,                 /* tag_correlators  */
  S_tag_string = 225,                      /* tag_string  */
  S_msg_att = 226,                         /* msg_att  */
  S_msg_att_list = 227,                    /* msg_att_list  */
  S_msg_att_item = 228,                    /* msg_att_item  */
  S_permsg_modsequence = 229,              /* permsg_modsequence  */
  S_fetch_mod_resp_frag = 230,             /* fetch_mod_resp_frag  */
  S_flag_fetch_list = 231,                 /* flag_fetch_list  */
  S_flag_fetch_seq = 232,                  /* flag_fetch_seq  */
  S_flag_fetch = 233,                      /* flag_fetch  */
  S_search_resp = 234,                     /* search_resp  */
  S_esearch_resp = 235,                    /* esearch_resp  */
  S_esearch_item = 236,                    /* esearch_item  */
  S_status_att_val_list = 237,             /* status_att_val_list  */
  S_status_att_val = 238,                  /* status_att_val  */
  S_mod_sequence_value = 239,              /* mod_sequence_value  */
  S_mod_sequence_valzer = 240,             /* mod_sequence_valzer  */
  S_nz_number = 241,                       /* nz_number  */
  S_number = 242,                          /* number  */
  S_mailbox = 243,                         /* mailbox  */
  S_astring = 244,                         /* astring  */
  S_string = 245,                          /* string  */
  S_atom = 246,                            /* atom  */
  S_generic_args = 247,                    /* generic_args  */
  S_generic_item = 248,                    /* generic_item  */
  S_generic_list = 249,                    /* generic_list  */
  S_generic_token = 250,                   /* generic_token  */
  S_kw_a = 251,                            /* kw_a  */
  S_kw_status = 252,                       /* kw_status  */
  S_kw_r = 253,                            /* kw_r  */
  S_kw_num = 254,                          /* kw_num  */
  S_kw_sel = 255,                          /* kw_sel  */
  S_kw_macro = 256,                        /* kw_macro  */
  S_cmd_generic_name = 257,                /* cmd_generic_name  */
  S_uid_generic_name = 258,                /* uid_generic_name  */
  S_resp_generic_name = 259,               /* resp_generic_name  */
  S_num_generic_name = 260,                /* num_generic_name  */
  S_fetch_att_generic = 261,               /* fetch_att_generic  */
  S_msg_att_generic_name = 262,            /* msg_att_generic_name  */
  S_esearch_generic_name = 263,            /* esearch_generic_name  */
  S_select_label = 264,                    /* select_label  */
  S_fetch_label = 265,                     /* fetch_label  */
  S_store_label = 266,                     /* store_label  */
  S_any_keyword = 267,                     /* any_keyword  */
  S_kw_rest = 268                          /* kw_rest  */
};
typedef enum yysymbol_kind_t yysymbol_kind_t;



/* Unqualified %code blocks.  */

#include "actions.h"
static void qrs_yyerror(const qrs_loc *loc, qrs_ctx *ctx, const char *msg);


#ifdef short
# undef short
#endif

/* On compilers that do not define __PTRDIFF_MAX__ etc., make sure
   <limits.h> and (if available) <stdint.h> are included
   so that the code can choose integer types of a good width.  */

#ifndef __PTRDIFF_MAX__
# include <limits.h> /* INFRINGES ON USER NAME SPACE */
# if defined __STDC_VERSION__ && 199901 <= __STDC_VERSION__
#  include <stdint.h> /* INFRINGES ON USER NAME SPACE */
#  define YY_STDINT_H
# endif
#endif

/* Narrow types that promote to a signed type and that can represent a
   signed or unsigned integer of at least N bits.  In tables they can
   save space and decrease cache pressure.  Promoting to a signed type
   helps avoid bugs in integer arithmetic.  */

#ifdef __INT_LEAST8_MAX__
typedef __INT_LEAST8_TYPE__ yytype_int8;
#elif defined YY_STDINT_H
typedef int_least8_t yytype_int8;
#else
typedef signed char yytype_int8;
#endif

#ifdef __INT_LEAST16_MAX__
typedef __INT_LEAST16_TYPE__ yytype_int16;
#elif defined YY_STDINT_H
typedef int_least16_t yytype_int16;
#else
typedef short yytype_int16;
#endif

/* Work around bug in HP-UX 11.23, which defines these macros
   incorrectly for preprocessor constants.  This workaround can likely
   be removed in 2023, as HPE has promised support for HP-UX 11.23
   (aka HP-UX 11i v2) only through the end of 2022; see Table 2 of
   <https://h20195.www2.hpe.com/V2/getpdf.aspx/4AA4-7673ENW.pdf>.  */
#ifdef __hpux
# undef UINT_LEAST8_MAX
# undef UINT_LEAST16_MAX
# define UINT_LEAST8_MAX 255
# define UINT_LEAST16_MAX 65535
#endif

#if defined __UINT_LEAST8_MAX__ && __UINT_LEAST8_MAX__ <= __INT_MAX__
typedef __UINT_LEAST8_TYPE__ yytype_uint8;
#elif (!defined __UINT_LEAST8_MAX__ && defined YY_STDINT_H \
       && UINT_LEAST8_MAX <= INT_MAX)
typedef uint_least8_t yytype_uint8;
#elif !defined __UINT_LEAST8_MAX__ && UCHAR_MAX <= INT_MAX
typedef unsigned char yytype_uint8;
#else
typedef short yytype_uint8;
#endif

#if defined __UINT_LEAST16_MAX__ && __UINT_LEAST16_MAX__ <= __INT_MAX__
typedef __UINT_LEAST16_TYPE__ yytype_uint16;
#elif (!defined __UINT_LEAST16_MAX__ && defined YY_STDINT_H \
       && UINT_LEAST16_MAX <= INT_MAX)
typedef uint_least16_t yytype_uint16;
#elif !defined __UINT_LEAST16_MAX__ && USHRT_MAX <= INT_MAX
typedef unsigned short yytype_uint16;
#else
typedef int yytype_uint16;
#endif

#ifndef YYPTRDIFF_T
# if defined __PTRDIFF_TYPE__ && defined __PTRDIFF_MAX__
#  define YYPTRDIFF_T __PTRDIFF_TYPE__
#  define YYPTRDIFF_MAXIMUM __PTRDIFF_MAX__
# elif defined PTRDIFF_MAX
#  ifndef ptrdiff_t
#   include <stddef.h> /* INFRINGES ON USER NAME SPACE */
#  endif
#  define YYPTRDIFF_T ptrdiff_t
#  define YYPTRDIFF_MAXIMUM PTRDIFF_MAX
# else
#  define YYPTRDIFF_T long
#  define YYPTRDIFF_MAXIMUM LONG_MAX
# endif
#endif

#ifndef YYSIZE_T
# ifdef __SIZE_TYPE__
#  define YYSIZE_T __SIZE_TYPE__
# elif defined size_t
#  define YYSIZE_T size_t
# elif defined __STDC_VERSION__ && 199901 <= __STDC_VERSION__
#  include <stddef.h> /* INFRINGES ON USER NAME SPACE */
#  define YYSIZE_T size_t
# else
#  define YYSIZE_T unsigned
# endif
#endif

#define YYSIZE_MAXIMUM                                  \
  YY_CAST (YYPTRDIFF_T,                                 \
           (YYPTRDIFF_MAXIMUM < YY_CAST (YYSIZE_T, -1)  \
            ? YYPTRDIFF_MAXIMUM                         \
            : YY_CAST (YYSIZE_T, -1)))

#define YYSIZEOF(X) YY_CAST (YYPTRDIFF_T, sizeof (X))


/* Stored state numbers (used for stacks). */
typedef yytype_int16 yy_state_t;

/* State numbers in computations.  */
typedef int yy_state_fast_t;

#ifndef YY_
# if defined YYENABLE_NLS && YYENABLE_NLS
#  if ENABLE_NLS
#   include <libintl.h> /* INFRINGES ON USER NAME SPACE */
#   define YY_(Msgid) dgettext ("bison-runtime", Msgid)
#  endif
# endif
# ifndef YY_
#  define YY_(Msgid) Msgid
# endif
#endif


#ifndef YY_ATTRIBUTE_PURE
# if defined __GNUC__ && 2 < __GNUC__ + (96 <= __GNUC_MINOR__)
#  define YY_ATTRIBUTE_PURE __attribute__ ((__pure__))
# else
#  define YY_ATTRIBUTE_PURE
# endif
#endif

#ifndef YY_ATTRIBUTE_UNUSED
# if defined __GNUC__ && 2 < __GNUC__ + (7 <= __GNUC_MINOR__)
#  define YY_ATTRIBUTE_UNUSED __attribute__ ((__unused__))
# else
#  define YY_ATTRIBUTE_UNUSED
# endif
#endif

/* Suppress unused-variable warnings by "using" E.  */
#if ! defined lint || defined __GNUC__
# define YY_USE(E) ((void) (E))
#else
# define YY_USE(E) /* empty */
#endif

/* Suppress an incorrect diagnostic about yylval being uninitialized.  */
#if defined __GNUC__ && ! defined __ICC && 406 <= __GNUC__ * 100 + __GNUC_MINOR__
# if __GNUC__ * 100 + __GNUC_MINOR__ < 407
#  define YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN                           \
    _Pragma ("GCC diagnostic push")                                     \
    _Pragma ("GCC diagnostic ignored \"-Wuninitialized\"")
# else
#  define YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN                           \
    _Pragma ("GCC diagnostic push")                                     \
    _Pragma ("GCC diagnostic ignored \"-Wuninitialized\"")              \
    _Pragma ("GCC diagnostic ignored \"-Wmaybe-uninitialized\"")
# endif
# define YY_IGNORE_MAYBE_UNINITIALIZED_END      \
    _Pragma ("GCC diagnostic pop")
#else
# define YY_INITIAL_VALUE(Value) Value
#endif
#ifndef YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
# define YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
# define YY_IGNORE_MAYBE_UNINITIALIZED_END
#endif
#ifndef YY_INITIAL_VALUE
# define YY_INITIAL_VALUE(Value) /* Nothing. */
#endif

#if defined __cplusplus && defined __GNUC__ && ! defined __ICC && 6 <= __GNUC__
# define YY_IGNORE_USELESS_CAST_BEGIN                          \
    _Pragma ("GCC diagnostic push")                            \
    _Pragma ("GCC diagnostic ignored \"-Wuseless-cast\"")
# define YY_IGNORE_USELESS_CAST_END            \
    _Pragma ("GCC diagnostic pop")
#endif
#ifndef YY_IGNORE_USELESS_CAST_BEGIN
# define YY_IGNORE_USELESS_CAST_BEGIN
# define YY_IGNORE_USELESS_CAST_END
#endif


#define YY_ASSERT(E) ((void) (0 && (E)))

#if 1

/* The parser invokes alloca or malloc; define the necessary symbols.  */

# ifdef YYSTACK_USE_ALLOCA
#  if YYSTACK_USE_ALLOCA
#   ifdef __GNUC__
#    define YYSTACK_ALLOC __builtin_alloca
#   elif defined __BUILTIN_VA_ARG_INCR
#    include <alloca.h> /* INFRINGES ON USER NAME SPACE */
#   elif defined _AIX
#    define YYSTACK_ALLOC __alloca
#   elif defined _MSC_VER
#    include <malloc.h> /* INFRINGES ON USER NAME SPACE */
#    define alloca _alloca
#   else
#    define YYSTACK_ALLOC alloca
#    if ! defined _ALLOCA_H && ! defined EXIT_SUCCESS
#     include <stdlib.h> /* INFRINGES ON USER NAME SPACE */
      /* Use EXIT_SUCCESS as a witness for stdlib.h.  */
#     ifndef EXIT_SUCCESS
#      define EXIT_SUCCESS 0
#     endif
#    endif
#   endif
#  endif
# endif

# ifdef YYSTACK_ALLOC
   /* Pacify GCC's 'empty if-body' warning.  */
#  define YYSTACK_FREE(Ptr) do { /* empty */; } while (0)
#  ifndef YYSTACK_ALLOC_MAXIMUM
    /* The OS might guarantee only one guard page at the bottom of the stack,
       and a page size can be as small as 4096 bytes.  So we cannot safely
       invoke alloca (N) if N exceeds 4096.  Use a slightly smaller number
       to allow for a few compiler-allocated temporary stack slots.  */
#   define YYSTACK_ALLOC_MAXIMUM 4032 /* reasonable circa 2006 */
#  endif
# else
#  define YYSTACK_ALLOC YYMALLOC
#  define YYSTACK_FREE YYFREE
#  ifndef YYSTACK_ALLOC_MAXIMUM
#   define YYSTACK_ALLOC_MAXIMUM YYSIZE_MAXIMUM
#  endif
#  if (defined __cplusplus && ! defined EXIT_SUCCESS \
       && ! ((defined YYMALLOC || defined malloc) \
             && (defined YYFREE || defined free)))
#   include <stdlib.h> /* INFRINGES ON USER NAME SPACE */
#   ifndef EXIT_SUCCESS
#    define EXIT_SUCCESS 0
#   endif
#  endif
#  ifndef YYMALLOC
#   define YYMALLOC malloc
#   if ! defined malloc && ! defined EXIT_SUCCESS
void *malloc (YYSIZE_T); /* INFRINGES ON USER NAME SPACE */
#   endif
#  endif
#  ifndef YYFREE
#   define YYFREE free
#   if ! defined free && ! defined EXIT_SUCCESS
void free (void *); /* INFRINGES ON USER NAME SPACE */
#   endif
#  endif
# endif
#endif /* 1 */

#if (! defined yyoverflow \
     && (! defined __cplusplus \
         || (defined QRS_YYLTYPE_IS_TRIVIAL && QRS_YYLTYPE_IS_TRIVIAL \
             && defined QRS_YYSTYPE_IS_TRIVIAL && QRS_YYSTYPE_IS_TRIVIAL)))

/* A type that is properly aligned for any stack member.  */
union yyalloc
{
  yy_state_t yyss_alloc;
  YYSTYPE yyvs_alloc;
  YYLTYPE yyls_alloc;
};

/* The size of the maximum gap between one aligned stack and the next.  */
# define YYSTACK_GAP_MAXIMUM (YYSIZEOF (union yyalloc) - 1)

/* The size of an array large to enough to hold all stacks, each with
   N elements.  */
# define YYSTACK_BYTES(N) \
     ((N) * (YYSIZEOF (yy_state_t) + YYSIZEOF (YYSTYPE) \
             + YYSIZEOF (YYLTYPE)) \
      + 2 * YYSTACK_GAP_MAXIMUM)

# define YYCOPY_NEEDED 1

/* Relocate STACK from its old location to the new one.  The
   local variables YYSIZE and YYSTACKSIZE give the old and new number of
   elements in the stack, and YYPTR gives the new location of the
   stack.  Advance YYPTR to a properly aligned location for the next
   stack.  */
# define YYSTACK_RELOCATE(Stack_alloc, Stack)                           \
    do                                                                  \
      {                                                                 \
        YYPTRDIFF_T yynewbytes;                                         \
        YYCOPY (&yyptr->Stack_alloc, Stack, yysize);                    \
        Stack = &yyptr->Stack_alloc;                                    \
        yynewbytes = yystacksize * YYSIZEOF (*Stack) + YYSTACK_GAP_MAXIMUM; \
        yyptr += yynewbytes / YYSIZEOF (*yyptr);                        \
      }                                                                 \
    while (0)

#endif

#if defined YYCOPY_NEEDED && YYCOPY_NEEDED
/* Copy COUNT objects from SRC to DST.  The source and destination do
   not overlap.  */
# ifndef YYCOPY
#  if defined __GNUC__ && 1 < __GNUC__
#   define YYCOPY(Dst, Src, Count) \
      __builtin_memcpy (Dst, Src, YY_CAST (YYSIZE_T, (Count)) * sizeof (*(Src)))
#  else
#   define YYCOPY(Dst, Src, Count)              \
      do                                        \
        {                                       \
          YYPTRDIFF_T yyi;                      \
          for (yyi = 0; yyi < (Count); yyi++)   \
            (Dst)[yyi] = (Src)[yyi];            \
        }                                       \
      while (0)
#  endif
# endif
#endif /* !YYCOPY_NEEDED */

/* YYFINAL -- State number of the termination state.  */
#define YYFINAL  292
/* YYLAST -- Last index in YYTABLE.  */
#define YYLAST   5227

/* YYNTOKENS -- Number of terminals.  */
#define YYNTOKENS  165
/* YYNNTS -- Number of nonterminals.  */
#define YYNNTS  104
/* YYNRULES -- Number of rules.  */
#define YYNRULES  543
/* YYNSTATES -- Number of states.  */
#define YYNSTATES  812

/* YYMAXUTOK -- Last valid token kind.  */
#define YYMAXUTOK   419


/* YYTRANSLATE(TOKEN-NUM) -- Symbol number corresponding to TOKEN-NUM
   as returned by yylex, with out-of-bounds checking.  */
#define YYTRANSLATE(YYX) YY_CAST (yysymbol_kind_t, YYX)

#if QRS_YYDEBUG
/* YYRLINE[YYN] -- Source line where rule number YYN was defined.  */
static const yytype_int16 yyrline[] =
{
       0,   132,   132,   133,   134,   135,   136,   137,   138,   139,
     140,   141,   142,   143,   144,   145,   146,   147,   148,   149,
     156,   161,   162,   163,   164,   165,   167,   168,   169,   170,
     172,   174,   176,   181,   182,   189,   190,   191,   196,   198,
     199,   204,   205,   206,   207,   211,   216,   221,   226,   231,
     236,   241,   244,   244,   251,   254,   257,   258,   265,   266,
     270,   271,   276,   277,   282,   283,   284,   285,   286,   290,
     291,   296,   297,   298,   302,   306,   307,   308,   313,   314,
     315,   320,   321,   326,   327,   328,   333,   334,   338,   342,
     343,   347,   348,   353,   354,   358,   359,   364,   365,   370,
     371,   372,   378,   379,   380,   384,   385,   389,   390,   395,
     396,   400,   401,   406,   406,   406,   406,   406,   406,   406,
     406,   407,   407,   407,   407,   407,   407,   408,   408,   408,
     408,   409,   409,   409,   410,   410,   410,   411,   411,   411,
     412,   412,   413,   414,   414,   415,   416,   417,   418,   419,
     420,   424,   425,   429,   430,   435,   436,   441,   441,   441,
     445,   446,   450,   453,   453,   453,   453,   453,   453,   457,
     458,   465,   466,   467,   468,   469,   470,   473,   476,   476,
     476,   477,   477,   477,   477,   477,   482,   483,   485,   486,
     487,   492,   493,   494,   495,   496,   497,   498,   499,   500,
     505,   510,   510,   512,   513,   514,   515,   516,   517,   518,
     519,   520,   521,   522,   523,   525,   530,   531,   539,   543,
     544,   548,   549,   554,   559,   563,   564,   568,   569,   571,
     572,   577,   581,   585,   586,   590,   591,   595,   596,   601,
     602,   603,   609,   610,   614,   615,   616,   617,   623,   624,
     628,   629,   630,   631,   632,   633,   640,   645,   650,   655,
     660,   665,   666,   667,   668,   672,   673,   678,   679,   680,
     681,   688,   689,   693,   694,   695,   699,   700,   704,   704,
     704,   704,   704,   704,   704,   704,   704,   704,   708,   708,
     708,   709,   709,   709,   709,   709,   710,   710,   710,   710,
     711,   711,   711,   712,   712,   713,   713,   713,   719,   719,
     719,   719,   719,   719,   719,   719,   719,   720,   720,   720,
     721,   721,   721,   721,   724,   724,   724,   724,   724,   724,
     724,   724,   724,   724,   725,   725,   725,   729,   729,   729,
     729,   729,   729,   729,   729,   729,   729,   730,   730,   730,
     730,   730,   732,   732,   732,   732,   732,   732,   732,   732,
     732,   732,   732,   733,   733,   733,   733,   734,   734,   736,
     736,   736,   736,   736,   736,   736,   736,   736,   736,   736,
     737,   737,   737,   737,   737,   739,   739,   739,   739,   739,
     739,   739,   739,   739,   739,   739,   740,   740,   740,   740,
     740,   740,   742,   742,   742,   742,   742,   742,   742,   742,
     742,   742,   742,   742,   743,   743,   743,   743,   745,   745,
     745,   745,   745,   745,   745,   745,   745,   745,   745,   746,
     746,   746,   746,   746,   746,   748,   748,   748,   748,   748,
     748,   748,   748,   748,   748,   748,   749,   749,   749,   749,
     749,   749,   752,   752,   752,   752,   752,   752,   752,   752,
     752,   753,   753,   753,   753,   753,   753,   753,   753,   753,
     753,   754,   754,   754,   754,   754,   754,   754,   754,   754,
     755,   755,   755,   755,   755,   755,   755,   755,   755,   755,
     755,   756,   756,   756,   756,   756,   756,   756,   756,   756,
     756,   757,   757,   757,   757,   757,   757,   757,   757,   757,
     757,   757,   758,   758,   758,   758,   758,   758,   758,   758,
     758,   759,   759,   759,   759,   759,   759,   759,   759,   759,
     760,   760,   760,   760,   760,   760,   760,   760,   761,   761,
     761,   761,   761,   761
};
#endif

/** Accessing symbol of state STATE.  */
#define YY_ACCESSING_SYMBOL(State) YY_CAST (yysymbol_kind_t, yystos[State])

#if 1
/* The user-facing name of the symbol whose (internal) number is
   YYSYMBOL.  No bounds checking.  */
static const char *yysymbol_name (yysymbol_kind_t yysymbol) YY_ATTRIBUTE_UNUSED;

static const char *
yysymbol_name (yysymbol_kind_t yysymbol)
{
  static const char *const yy_sname[] =
  {
  "end of file", "error", "invalid token", "START_COMMAND",
  "START_RESPONSE", "START_SEQUENCE_SET", "START_KNOWN_UIDS",
  "START_SEQ_MATCH_DATA", "START_SELECT_PARAM", "START_FETCH_MODIFIER",
  "START_STORE_MODIFIER", "START_EXPUNGED_RESP",
  "START_MOD_SEQUENCE_VALUE", "START_MOD_SEQUENCE_VALZER",
  "START_SEARCH_MODSEQUENCE", "START_RESP_TEXT_CODE",
  "START_FETCH_MOD_RESP", "START_STATUS_ATT_VAL", "START_FETCH_ATT",
  "START_FLAG_LIST", "START_FLAG_FETCH", "SP", "CRLF", "(", ")", "[", "]",
  "number", "sequence-set", "atom", "astring", "list-word", "section-word",
  "flag", "quoted", "literal", "text", "resp-text-code atom",
  "resp-text-code text", "tag", "*", "+", "invalid byte", "ALERT", "ALL",
  "ANSWERED", "APPEND", "APR", "AUG", "AUTH=", "AUTHENTICATE", "BAD",
  "BADCHARSET", "BCC", "BEFORE", "BODY", "BYE", "CAPABILITY", "CC",
  "CHANGEDSINCE", "CHARSET", "CHECK", "CLOSE", "CLOSED", "CONDSTORE",
  "COPY", "CREATE", "DEC", "DELETE", "DELETED", "DRAFT", "ENABLE",
  "ENABLED", "ENVELOPE", "ESEARCH", "EXAMINE", "EXISTS", "EXPUNGE", "FAST",
  "FEB", "FETCH", "FLAGGED", "FLAGS", "FROM", "FULL", "HEADER",
  "HIGHESTMODSEQ", "IMAP4rev1", "IMAP4rev2", "INBOX", "INTERNALDATE",
  "JAN", "JUL", "JUN", "KEYWORD", "LARGER", "LIST", "LOGIN", "LOGOUT",
  "LSUB", "MAR", "MAY", "MESSAGES", "MODIFIED", "MODSEQ", "NAMESPACE",
  "NEW", "NIL", "NO", "NOMODSEQ", "NOOP", "NOT", "NOV", "OCT", "OK", "OLD",
  "ON", "OR", "PARSE", "PERMANENTFLAGS", "PREAUTH", "priv", "QRESYNC",
  "RETURN", "READ-ONLY", "READ-WRITE", "RECENT", "RENAME", "RFC822",
  "RFC822.SIZE", "SEARCH", "SEEN", "SELECT", "SENTBEFORE", "SENTON",
  "SENTSINCE", "SEP", "shared", "SINCE", "SMALLER", "SORT", "STARTTLS",
  "STATUS", "STORE", "STRUCTURE", "SUBJECT", "SUBSCRIBE", "TAG", "TEXT",
  "TO", "TRYCREATE", "UID", "UIDNEXT", "UIDVALIDITY", "UNANSWERED",
  "UNCHANGEDSINCE", "UNDELETED", "UNDRAFT", "UNFLAGGED", "UNKEYWORD",
  "UNSEEN", "UNSUBSCRIBE", "VANISHED", "X", "X-DRAFT-W02-QRESYNC",
  "$accept", "start", "command", "command_body", "select_params",
  "select_param_list", "select_param", "qresync_tail", "seq_match_data",
  "seq_match_data_frag", "uidvalidity", "known_uids", "known_sequence_set",
  "known_uid_set", "sequence_set", "set_token", "generic_param_value",
  "tagged_ext_comp", "tagged_ext_item", "fetch", "fetch_atts",
  "fetch_att_list", "fetch_att", "fetch_modifier_list", "fetch_modifier",
  "store", "store_modifier_list", "store_modifier", "store_att_flags",
  "store_action", "store_flags", "flag_list", "flag_seq", "flag", "search",
  "search_ret_list", "search_ret_name", "search_program", "charset",
  "search_key_seq", "search_key", "search_key_list", "date",
  "search_modsequence", "entry_type", "status_att_list", "status_att",
  "status_att_name", "capability_list", "response", "tagged_status",
  "untagged_status", "resp_text", "resp_text_code", "untagged_data", "$@1",
  "expunged_resp", "vanished_uids", "vanished_marker", "tag_correlators",
  "tag_string", "msg_att", "msg_att_list", "msg_att_item",
  "permsg_modsequence", "fetch_mod_resp_frag", "flag_fetch_list",
  "flag_fetch_seq", "flag_fetch", "search_resp", "esearch_resp",
  "esearch_item", "status_att_val_list", "status_att_val",
  "mod_sequence_value", "mod_sequence_valzer", "nz_number", "number",
  "mailbox", "astring", "string", "atom", "generic_args", "generic_item",
  "generic_list", "generic_token", "kw_a", "kw_status", "kw_r", "kw_num",
  "kw_sel", "kw_macro", "cmd_generic_name", "uid_generic_name",
  "resp_generic_name", "num_generic_name", "fetch_att_generic",
  "msg_att_generic_name", "esearch_generic_name", "select_label",
  "fetch_label", "store_label", "any_keyword", "kw_rest", YY_NULLPTR
  };
  return yy_sname[yysymbol];
}
#endif

#define YYPACT_NINF (-706)

#define yypact_value_is_default(Yyn) \
  ((Yyn) == YYPACT_NINF)

#define YYTABLE_NINF (-1)

#define yytable_value_is_error(Yyn) \
  0

/* YYPACT[STATE-NUM] -- Index in YYTABLE of the portion describing
   STATE-NUM.  */
static const yytype_int16 yypact[] =
{
     346,    64,    58,    53,    53,   100,  4250,  4386,  4522,   -25,
     115,   136,    74,     7,    78,   -34,  2085,  1375,   160,   149,
     163,  -706,   164,   165,   148,  -706,  -706,  -706,  -706,  -706,
    -706,  -706,    53,  -706,  -706,  -706,  -706,  -706,  -706,  -706,
    -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,
    -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,
    -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,
    -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,
    -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,
    -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,
    -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,
    -706,  -706,  -706,  -706,  -706,   166,  -706,  -706,  -706,  -706,
    -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,
    -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,
    -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,
    -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,   168,  -706,
    -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,   169,  -706,
    -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,
     170,  -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,
    -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,   171,
    -706,   172,  -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,
    -706,   173,  -706,  -706,  -706,  -706,  -706,   174,  -706,   176,
    -706,   177,   179,  -706,   180,   181,   187,  -706,   191,  -706,
     192,   193,   194,   195,   198,   199,  -706,  5063,  -706,  -706,
    -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,
    -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,
    -706,  -706,  2368,  -706,  -706,  -706,  -706,  -706,  -706,  -706,
    -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,   200,
    -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,
    2509,  -706,  -706,  4658,    -2,  3616,    40,  -706,   204,  -706,
     203,  1517,   115,  1659,   136,  1801,    67,    48,   189,   115,
      53,   201,   201,   201,   206,   136,   205,   205,   201,   201,
     205,    45,  -706,  -706,    87,  2926,  -706,  -706,    96,  -706,
    -706,  -706,  -706,   209,   212,   214,  -706,  -706,   215,   217,
     219,   220,   221,  -706,  -706,   222,  -706,  -706,  -706,  -706,
    -706,  -706,  -706,  -706,  -706,  -706,   152,   224,  -706,  -706,
    -706,   209,  -706,   209,  -706,  -706,  -706,  -706,  -706,  -706,
    -706,  -706,  -706,   225,  -706,  -706,  -706,   155,   226,  -706,
    -706,  -706,  -706,  -706,  -706,  -706,     7,  -706,   227,    53,
     216,  1091,  -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,
    -706,  -706,    21,  -706,  -706,   230,  -706,  -706,  -706,  -706,
    -706,  -706,  -706,  -706,   115,  -706,  -706,  -706,  -706,  -706,
    -706,  -706,  5063,  -706,  -706,  -706,  3064,  -706,  3478,   231,
    2788,    53,  3758,  -706,  2788,  2788,    53,  4794,  -706,   233,
      40,  -706,  4930,   231,   231,   234,   235,   235,  2788,    40,
    -706,  -706,   233,   232,  -706,   223,  -706,  -706,   238,  1233,
    -706,  -706,  -706,  -706,  -706,   109,  -706,  -706,  -706,  -706,
    -706,   239,   237,   241,     3,   240,  -706,  -706,  -706,  -706,
    3478,   242,  -706,   244,  -706,  3996,  -706,  -706,   245,   246,
     247,   248,   249,  -706,  -706,  -706,   251,   252,   253,   255,
    -706,   256,  -706,   257,   258,   259,  -706,  -706,   260,   261,
     262,   263,   265,   267,   269,   270,   273,  -706,  -706,  -706,
    -706,   275,  -706,  -706,  -706,   283,  -706,  -706,   242,   286,
     287,  -706,   289,   215,  -706,   291,  -706,  -706,  -706,  -706,
     949,   293,  -706,  -706,  -706,  -706,   301,  -706,  -706,  -706,
    -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,
    -706,  -706,  2227,    44,   302,   303,   307,  -706,   115,   110,
    1233,  -706,   146,   308,   188,  -706,  -706,  -706,   319,  -706,
    -706,   322,  -706,  2085,  -706,   114,  2788,  3202,  2788,  2788,
    3340,  2788,  2788,  3478,   205,  3996,  3202,  3996,   323,  3202,
    3202,  3202,  3202,   205,  2788,  2788,  2788,    53,  3478,  3996,
    -706,   324,    50,    53,  -706,    53,   233,   807,  -706,  -706,
    -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,
    -706,  -706,   233,   228,  -706,  -706,  -706,  -706,   321,  -706,
    -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,
    -706,  -706,   347,  -706,   266,  -706,   344,  -706,   333,   350,
    -706,  -706,  -706,  -706,    53,   351,   136,  4250,   352,  3996,
    -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,   353,  -706,
    -706,   355,  -706,  -706,  -706,  -706,   356,  2650,  -706,  -706,
    -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,   -24,
    4522,  -706,  -706,  -706,   357,  -706,  -706,  -706,  -706,   120,
     358,   359,   115,    73,   361,    19,  -706,    86,   360,  -706,
     146,  -706,   122,   362,  -706,  3996,  2788,  3996,   365,  -706,
     126,  -706,  -706,  -706,  -706,  -706,  -706,  -706,  -706,   127,
    -706,  -706,   132,  1375,   949,  -706,  4114,  -706,   146,  -706,
    -706,   115,  -706,   133,  -706,  -706,   366,  -706,  -706,  -706,
    4386,   283,  -706,  -706,  3877,  1943,   367,   -24,  -706,   368,
    -706,  -706,   369,   370,   371,   134,  -706,  -706,  -706,   373,
     372,   374,   -34,  -706,   100,   141,  -706,  -706,  -706,  3877,
    -706,    22,   160,   376,   201,  4114,  -706,   949,  -706,  -706,
    -706,  -706,  -706,  -706,  -706,  -706,   115,  -706,  -706,  -706,
     377,  -706
};

/* YYDEFACT[STATE-NUM] -- Default reduction number in state STATE-NUM.
   Performed when YYTABLE does not specify something else to do.  Zero
   means the default is an error.  */
static const yytype_int16 yydefact[] =
{
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     2,     0,     0,     0,     3,    52,    53,     4,    51,
       5,    48,     0,    46,     6,   385,   452,   305,   453,   454,
     455,   456,   457,   458,   293,   459,   460,   461,   462,   295,
     297,   463,   397,   464,   465,   466,   467,    39,   468,   469,
     470,   471,   472,   473,   290,   296,   474,   299,   289,   300,
     302,   307,   475,   388,   476,   400,   477,   306,   478,   479,
     480,   481,   482,   483,   484,   485,   486,   487,   488,   489,
     490,   491,   492,   493,   494,   495,   496,   399,   497,   498,
     499,   292,   500,   501,   502,   503,   504,   291,   505,   506,
     507,   508,   509,   294,   510,     0,   514,   511,   512,   301,
     513,   515,   516,   390,   517,   288,   518,   519,   520,   521,
     522,   523,   524,   298,   525,   392,   389,   526,   527,   528,
     529,   530,   531,   532,   391,   533,   534,   535,   398,   536,
     537,   538,   539,   540,   541,   394,   542,   543,     7,    35,
     387,   393,   395,   396,   401,    40,   386,   402,     0,   304,
     405,   416,   415,   303,   407,   409,   406,   408,   414,    79,
       8,    75,   404,   410,   411,   412,   413,   417,    80,   403,
     418,   431,   421,   433,   432,   423,   425,   422,   424,     0,
     427,     9,    83,   420,   426,   428,   429,   430,   434,    87,
     419,     0,    10,   256,    11,   257,    12,     0,    13,   198,
     194,     0,     0,   192,     0,     0,     0,    14,     0,    15,
       0,     0,     0,     0,     0,     0,    16,     0,   352,   353,
      64,   365,    66,   356,    73,    65,    71,   358,   359,   357,
      72,   366,   361,    17,    67,   355,   360,   362,   363,   364,
      74,   354,     0,   268,   269,   267,    97,   447,   437,   450,
     449,   439,   441,   438,   440,   448,   443,    18,    91,    92,
      95,    98,   436,   442,   444,   445,   446,   451,   270,   435,
       0,    19,     1,     0,     0,     0,   190,   177,     0,    49,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,    69,    93,     0,     0,   233,   237,     0,   235,
     238,   308,   315,     0,     0,     0,   318,   317,     0,     0,
       0,     0,     0,   316,   311,     0,   310,   312,   313,   314,
     319,   271,   309,   180,   179,   178,     0,     0,   324,   183,
     185,     0,   332,   207,   242,   327,   335,   334,   182,   181,
     184,   239,   239,     0,   328,   329,   333,     0,     0,   200,
     326,   330,   331,   336,   271,   325,     0,   186,     0,     0,
       0,     0,    54,    55,    36,    37,    78,    77,    76,    86,
      85,    84,     0,   218,   216,     0,   155,   199,   191,   193,
     258,   195,   196,   197,     0,   255,   259,   250,   251,   252,
     253,   254,     0,    68,    94,    96,     0,   234,     0,    30,
       0,     0,     0,    25,     0,     0,     0,     0,    20,    32,
     190,   172,     0,   209,   208,   212,   210,   211,     0,   190,
     174,   175,   215,     0,   176,     0,    50,    47,     0,     0,
      56,   262,   263,   265,   266,     0,    58,    60,   264,   261,
     219,     0,     0,   220,     0,     0,   231,    70,   236,   169,
       0,    33,   260,     0,    23,     0,   113,   114,     0,     0,
       0,     0,     0,   115,   125,   116,     0,     0,     0,     0,
     117,     0,   118,     0,     0,     0,   119,   120,     0,     0,
       0,     0,     0,     0,     0,     0,     0,   121,   122,   126,
     123,     0,   124,   148,    99,   107,   111,   150,    33,     0,
       0,    24,     0,     0,   323,     0,   322,   321,   320,   271,
       0,     0,   337,   347,   203,   205,     0,   350,   349,   204,
     341,   343,   340,   342,   348,   339,   344,   345,   346,   351,
     271,   338,     0,     0,     0,     0,   189,    45,     0,     0,
       0,    57,     0,     0,     0,   159,   157,   158,     0,   232,
     170,     0,    22,     0,   151,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
      21,     0,     0,     0,    28,     0,    29,     0,   279,   280,
     278,   282,   286,   283,   287,   284,   285,   272,   273,   281,
     171,   201,   206,     0,   369,   381,   372,   383,     0,   374,
     375,   373,   245,   382,   377,   243,   371,   376,   378,   379,
     380,   384,     0,   370,     0,   240,     0,   173,   188,    41,
      61,    59,   221,   223,     0,     0,     0,     0,    62,     0,
     149,   127,   154,   134,   153,   128,   129,   110,     0,   109,
     130,     0,   140,   143,   145,   135,     0,     0,   137,   138,
     139,   136,   144,   131,   132,   133,   147,   141,   112,     0,
       0,    90,    89,    81,     0,    26,    27,   274,   276,     0,
       0,     0,     0,     0,     0,     0,   187,     0,     0,   217,
       0,   156,     0,     0,   152,     0,     0,     0,     0,   105,
       0,   102,   106,   168,   163,   164,   165,   166,   167,     0,
     160,   162,     0,     0,     0,   275,     0,   202,     0,   246,
     247,     0,   213,     0,   248,    43,    42,    38,   222,    34,
       0,   108,   142,   146,     0,     0,     0,     0,    31,     0,
      88,   277,     0,     0,     0,     0,   225,   368,   367,     0,
       0,     0,     0,   214,     0,     0,   100,   104,   103,     0,
     161,     0,     0,     0,     0,     0,   224,     0,   244,   241,
     249,    44,    63,   101,    82,   229,     0,   227,   226,   230,
       0,   228
};

/* YYPGOTO[NTERM-NUM].  */
static const yytype_int16 yypgoto[] =
{
    -706,  -706,  -706,  -706,  -149,  -284,    94,  -706,  -669,  -706,
    -706,  -320,  -706,  -706,    27,    32,  -270,   -59,  -168,  -210,
    -179,  -706,  -211,  -355,   103,  -208,  -292,   104,  -381,  -706,
    -332,  -706,   150,    88,  -119,  -706,  -350,  -705,  -706,  -308,
    -470,  -706,  -513,   406,  -706,  -706,  -347,  -706,  -197,  -706,
    -706,  -706,  -377,    37,  -706,  -706,   129,  -239,  -706,  -706,
    -663,  -706,  -706,  -369,  -379,  -706,  -364,  -706,     4,    57,
    -706,  -706,  -706,  -660,    18,  -273,  -301,  -264,  -374,  -382,
    -545,    23,  -343,  -592,  -706,  -706,    -3,     0,    13,    16,
      38,    31,    -5,  -706,  -706,  -706,  -688,  -706,  -706,  -706,
    -706,  -706,  -526,    -6
};

/* YYDEFGOTO[NTERM-NUM].  */
static const yytype_int16 yydefgoto[] =
{
       0,    19,    21,   345,   582,   158,   159,   718,    33,    34,
     458,    30,   298,   455,   523,    29,   395,   465,   466,   484,
     253,   321,   254,   180,   181,   531,   201,   202,   703,   704,
     277,   278,   279,   280,   433,   730,   731,   524,   678,   525,
     526,   585,   673,   527,   578,   739,   740,   741,   429,    25,
     356,   377,   388,   227,   378,   710,   212,   404,   472,   473,
     662,   747,   775,   776,   475,   229,   291,   328,   329,   446,
     445,   645,   753,   236,   476,   216,   411,   417,   481,   482,
     468,   469,   439,   627,   709,   628,   282,   283,   284,   285,
     286,   287,   351,   539,   384,   560,   260,   779,   652,   165,
     188,   209,   288,   289
};

/* YYTABLE[YYPACT[STATE-NUM]] -- What to do in state STATE-NUM.  If
   positive, shift that token.  If negative, reduce the rule whose
   number is the opposite.  If YYTABLE_NINF, syntax error.  */
static const yytype_int16 yytable[] =
{
     166,   189,   210,   160,   182,   203,   161,   183,   204,   467,
     261,   412,   413,   255,   629,   584,   256,   419,   420,   162,
     184,   205,   163,   185,   206,   708,   322,   663,   214,   257,
      28,   399,   258,   397,   406,   400,    31,   164,   187,   208,
     281,   452,   415,   752,   219,   186,   207,   575,   755,   353,
     470,   701,   230,   418,   259,   754,   421,   758,   778,   786,
     528,   529,   733,   541,   299,   386,   422,   654,   231,   423,
     220,   655,   565,   700,   564,   215,   387,   467,   734,   701,
      26,    27,   405,   685,   803,   780,   688,   689,   690,   691,
     402,   629,   232,   221,    26,    27,   391,    22,    23,    24,
     392,   393,   735,    20,   702,   230,   354,   778,   325,    32,
     222,   424,   355,    26,    27,   801,   223,   426,   233,   234,
     427,   231,   800,    32,   576,   684,   235,   686,   736,   737,
     570,   570,   702,   571,   660,   669,   738,   211,   670,   698,
     577,   744,   213,   301,   745,   232,   759,   765,   767,   292,
     766,   768,   771,   305,   782,   795,   769,   783,   796,   224,
     225,   732,   303,   215,   443,   802,   444,   226,   471,   296,
     297,   233,   234,   440,   441,   663,   449,   450,   217,   235,
     463,   464,   228,   290,   293,   294,   295,   300,   467,   301,
     302,   303,   304,   305,   306,   307,   616,   308,   309,   724,
     310,   311,   312,   663,   671,   809,   675,   676,   313,   680,
     681,   477,   314,   315,   316,   317,   318,   632,   629,   319,
     320,   325,   693,   694,   695,   389,   390,   407,   410,   414,
     428,   261,   416,   430,   255,   431,   432,   256,   434,   732,
     435,   436,   437,   457,   438,   442,   448,   567,   451,   454,
     257,   474,   480,   258,   540,   562,   563,   763,   566,   568,
     572,   573,   574,   581,   579,   583,   586,   587,   588,   589,
     590,   629,   591,   592,   593,   259,   594,   595,   596,   597,
     598,   599,   600,   601,   602,   281,   603,   352,   604,   385,
     605,   606,   380,   346,   607,   166,   608,   189,   160,   210,
     182,   161,   203,   183,   609,   204,   347,   611,   612,   348,
     613,   381,   615,   330,   162,   630,   184,   163,   205,   185,
     396,   206,   631,   656,   350,   657,   383,   408,   658,   664,
     683,   349,   164,   382,   187,   665,   208,   409,   403,   692,
     666,   186,   712,   207,   762,   667,   687,   699,   281,     1,
       2,     3,     4,     5,     6,     7,     8,     9,    10,    11,
      12,    13,    14,    15,    16,    17,    18,   715,   713,   716,
     714,   717,   720,   723,   725,   711,   726,   727,   743,   610,
     748,   746,   751,   722,   757,   760,   764,   784,   789,   791,
     792,   793,   794,   721,   797,   394,   798,   756,   799,   806,
     569,   811,   661,   705,   668,   785,   398,   706,   742,   401,
     804,   770,   324,   425,   614,   788,   261,   761,   218,   255,
     790,   456,   256,   453,   379,   719,   808,   810,   805,   447,
     478,   352,   538,     0,   537,   257,   561,   346,   258,   555,
       0,     0,   556,   750,     0,     0,     0,     0,     0,   330,
     347,   479,     0,   348,     0,   557,     0,     0,   483,     0,
     259,     0,     0,   530,     0,     0,     0,     0,   350,     0,
       0,     0,     0,   559,     0,   349,     0,     0,     0,     0,
     558,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,   807,     0,   787,     0,     0,     0,     0,
       0,     0,     0,   580,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,   653,     0,     0,   646,
       0,     0,   647,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,   648,     0,   261,   649,     0,
     255,     0,     0,   256,     0,     0,   659,     0,     0,     0,
       0,     0,     0,   651,     0,     0,   257,     0,     0,   258,
     650,     0,     0,     0,     0,     0,     0,     0,     0,     0,
     674,     0,     0,   679,     0,     0,   682,     0,     0,   674,
       0,   259,   674,   674,   674,   674,     0,     0,     0,     0,
       0,   697,     0,     0,   696,     0,     0,     0,     0,     0,
     483,     0,   530,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,   166,     0,     0,   160,     0,     0,   161,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
     162,     0,     0,   163,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,   210,     0,   403,   203,   164,     0,
     204,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,   205,     0,     0,   206,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
     749,   208,     0,     0,     0,     0,     0,     0,   207,     0,
     261,     0,     0,   255,     0,     0,   256,     0,     0,    31,
       0,     0,     0,     0,   189,     0,     0,   182,     0,   257,
     183,     0,   258,     0,     0,     0,   281,     0,     0,   781,
       0,     0,     0,   184,     0,     0,   185,   777,     0,     0,
       0,     0,     0,     0,   259,     0,     0,     0,     0,   261,
       0,   187,   255,     0,     0,   256,     0,     0,   186,     0,
       0,     0,     0,     0,     0,     0,     0,     0,   257,     0,
       0,   258,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,   777,     0,     0,     0,
     617,   707,     0,   259,   618,   619,   620,   621,   622,   623,
     624,   625,   626,     0,     0,     0,     0,     0,     0,     0,
      36,    37,    38,    39,    40,    41,    42,    43,    44,    45,
      46,    47,    48,    49,    50,    51,   267,    53,    54,    55,
      56,   169,    58,    59,    60,    61,    62,    63,    64,    65,
      66,    67,    68,    69,    70,    71,    72,   268,    74,   269,
      76,    77,    78,    79,    80,    81,    82,    83,    84,    85,
      86,    87,    88,    89,    90,    91,    92,    93,    94,    95,
      96,   270,    98,    99,   100,   101,   102,   103,   104,   105,
     106,   107,   108,   109,   110,   111,   112,   113,   114,   173,
     116,   117,   118,   119,   120,   121,   122,   271,   124,   125,
     126,   127,   128,   129,   130,   131,   132,   133,   134,   272,
     273,   137,   138,   139,   140,   141,   142,   143,   274,   145,
     146,   147,   275,   149,   150,   151,   152,   153,   154,   276,
     156,   157,   617,     0,     0,     0,   618,   619,   620,   621,
     622,   623,   624,   625,   626,     0,     0,     0,     0,     0,
       0,     0,    36,    37,    38,    39,    40,    41,    42,    43,
      44,    45,    46,    47,    48,    49,    50,    51,   267,    53,
      54,    55,    56,   169,    58,    59,    60,    61,    62,    63,
      64,    65,    66,    67,    68,    69,    70,    71,    72,   268,
      74,   269,    76,    77,    78,    79,    80,    81,    82,    83,
      84,    85,    86,    87,    88,    89,    90,    91,    92,    93,
      94,    95,    96,   270,    98,    99,   100,   101,   102,   103,
     104,   105,   106,   107,   108,   109,   110,   111,   112,   113,
     114,   173,   116,   117,   118,   119,   120,   121,   122,   271,
     124,   125,   126,   127,   128,   129,   130,   131,   132,   133,
     134,   272,   273,   137,   138,   139,   140,   141,   142,   143,
     274,   145,   146,   147,   275,   149,   150,   151,   152,   153,
     154,   276,   156,   157,   459,   460,     0,     0,   263,   264,
     265,   461,     0,   462,     0,   463,   464,     0,     0,     0,
       0,     0,     0,     0,    36,    37,    38,    39,    40,    41,
      42,    43,    44,    45,    46,    47,    48,    49,    50,    51,
     267,    53,    54,    55,    56,   169,    58,    59,    60,    61,
      62,    63,    64,    65,    66,    67,    68,    69,    70,    71,
      72,   268,    74,   269,    76,    77,    78,    79,    80,    81,
      82,    83,    84,    85,    86,    87,    88,    89,    90,    91,
      92,    93,    94,    95,    96,   270,    98,    99,   100,   101,
     102,   103,   104,   105,   106,   107,   108,   109,   110,   111,
     112,   113,   114,   173,   116,   117,   118,   119,   120,   121,
     122,   271,   124,   125,   126,   127,   128,   129,   130,   131,
     132,   133,   134,   272,   273,   137,   138,   139,   140,   141,
     142,   143,   274,   145,   146,   147,   275,   149,   150,   151,
     152,   153,   154,   276,   156,   157,   459,     0,     0,     0,
     263,   264,   265,   461,     0,   462,     0,   463,   464,     0,
       0,     0,     0,     0,     0,     0,    36,    37,    38,    39,
      40,    41,    42,    43,    44,    45,    46,    47,    48,    49,
      50,    51,   267,    53,    54,    55,    56,   169,    58,    59,
      60,    61,    62,    63,    64,    65,    66,    67,    68,    69,
      70,    71,    72,   268,    74,   269,    76,    77,    78,    79,
      80,    81,    82,    83,    84,    85,    86,    87,    88,    89,
      90,    91,    92,    93,    94,    95,    96,   270,    98,    99,
     100,   101,   102,   103,   104,   105,   106,   107,   108,   109,
     110,   111,   112,   113,   114,   173,   116,   117,   118,   119,
     120,   121,   122,   271,   124,   125,   126,   127,   128,   129,
     130,   131,   132,   133,   134,   272,   273,   137,   138,   139,
     140,   141,   142,   143,   274,   145,   146,   147,   275,   149,
     150,   151,   152,   153,   154,   276,   156,   157,   262,     0,
       0,     0,   263,   264,   265,     0,     0,     0,   266,     0,
       0,     0,     0,     0,     0,     0,     0,     0,    36,    37,
      38,    39,    40,    41,    42,    43,    44,    45,    46,    47,
      48,    49,    50,    51,   267,    53,    54,    55,    56,   169,
      58,    59,    60,    61,    62,    63,    64,    65,    66,    67,
      68,    69,    70,    71,    72,   268,    74,   269,    76,    77,
      78,    79,    80,    81,    82,    83,    84,    85,    86,    87,
      88,    89,    90,    91,    92,    93,    94,    95,    96,   270,
      98,    99,   100,   101,   102,   103,   104,   105,   106,   107,
     108,   109,   110,   111,   112,   113,   114,   173,   116,   117,
     118,   119,   120,   121,   122,   271,   124,   125,   126,   127,
     128,   129,   130,   131,   132,   133,   134,   272,   273,   137,
     138,   139,   140,   141,   142,   143,   274,   145,   146,   147,
     275,   149,   150,   151,   152,   153,   154,   276,   156,   157,
     391,     0,     0,     0,   392,   393,    35,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
      36,    37,    38,    39,    40,    41,    42,    43,    44,    45,
      46,    47,    48,    49,    50,    51,    52,    53,    54,    55,
      56,    57,    58,    59,    60,    61,    62,    63,    64,    65,
      66,    67,    68,    69,    70,    71,    72,    73,    74,    75,
      76,    77,    78,    79,    80,    81,    82,    83,    84,    85,
      86,    87,    88,    89,    90,    91,    92,    93,    94,    95,
      96,    97,    98,    99,   100,   101,   102,   103,   104,   105,
     106,   107,   108,   109,   110,   111,   112,   113,   114,   115,
     116,   117,   118,   119,   120,   121,   122,   123,   124,   125,
     126,   127,   128,   129,   130,   131,   132,   133,   134,   135,
     136,   137,   138,   139,   140,   141,   142,   143,   144,   145,
     146,   147,   148,   149,   150,   151,   152,   153,   154,   155,
     156,   157,   391,     0,     0,     0,   392,   393,   167,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,    36,    37,    38,    39,    40,    41,    42,    43,
      44,    45,    46,    47,    48,    49,    50,    51,   168,    53,
      54,    55,    56,   169,    58,    59,    60,    61,    62,    63,
      64,    65,    66,    67,    68,    69,    70,    71,    72,   170,
      74,   171,    76,    77,    78,    79,    80,    81,    82,    83,
      84,    85,    86,    87,    88,    89,    90,    91,    92,    93,
      94,    95,    96,   172,    98,    99,   100,   101,   102,   103,
     104,   105,   106,   107,   108,   109,   110,   111,   112,   113,
     114,   173,   116,   117,   118,   119,   120,   121,   122,   174,
     124,   125,   126,   127,   128,   129,   130,   131,   132,   133,
     134,   175,   176,   137,   138,   139,   140,   141,   142,   143,
     177,   145,   146,   147,   178,   149,   150,   151,   152,   153,
     154,   179,   156,   157,   391,     0,     0,     0,   392,   393,
     190,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,    36,    37,    38,    39,    40,    41,
      42,    43,    44,    45,    46,    47,    48,    49,    50,    51,
     191,    53,    54,    55,    56,   169,    58,    59,    60,    61,
      62,    63,    64,    65,    66,    67,    68,    69,    70,    71,
      72,   192,    74,   193,    76,    77,    78,    79,    80,    81,
      82,    83,    84,    85,    86,    87,    88,    89,    90,    91,
      92,    93,    94,    95,    96,   194,    98,    99,   100,   101,
     102,   103,   104,   105,   106,   107,   108,   109,   110,   111,
     112,   113,   114,   173,   116,   117,   118,   119,   120,   121,
     122,   195,   124,   125,   126,   127,   128,   129,   130,   131,
     132,   133,   134,   196,   197,   137,   138,   139,   140,   141,
     142,   143,   198,   145,   146,   147,   199,   149,   150,   151,
     152,   153,   154,   200,   156,   157,   391,     0,     0,     0,
     392,   393,   729,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,    36,    37,    38,    39,
      40,    41,    42,    43,    44,    45,    46,    47,    48,    49,
      50,    51,   267,    53,    54,    55,    56,   169,    58,    59,
      60,    61,    62,    63,    64,    65,    66,    67,    68,    69,
      70,    71,    72,   268,    74,   269,    76,    77,    78,    79,
      80,    81,    82,    83,    84,    85,    86,    87,    88,    89,
      90,    91,    92,    93,    94,    95,    96,   270,    98,    99,
     100,   101,   102,   103,   104,   105,   106,   107,   108,   109,
     110,   111,   112,   113,   114,   173,   116,   117,   118,   119,
     120,   121,   122,   271,   124,   125,   126,   127,   128,   129,
     130,   131,   132,   133,   134,   272,   273,   137,   138,   139,
     140,   141,   142,   143,   274,   145,   146,   147,   275,   149,
     150,   151,   152,   153,   154,   276,   156,   157,   237,     0,
       0,     0,     0,     0,   238,     0,     0,   239,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,    36,   240,
      38,    39,    40,    41,    42,    43,    44,    45,    46,    47,
      48,    49,    50,    51,   241,    53,    54,    55,    56,   169,
      58,    59,    60,    61,    62,    63,    64,    65,    66,    67,
      68,    69,    70,   242,    72,   243,    74,   244,    76,   245,
      78,    79,    80,    81,    82,    83,    84,    85,    86,    87,
      88,    89,    90,    91,    92,    93,    94,    95,    96,   246,
      98,    99,   100,   101,   102,   103,   104,   105,   106,   107,
     108,   109,   110,   111,   112,   113,   114,   173,   116,   117,
     118,   119,   120,   121,   122,   247,   124,   125,   126,   127,
     128,   129,   130,   131,   132,   133,   134,   248,   249,   137,
     138,   139,   140,   141,   142,   143,   250,   145,   146,   147,
     251,   149,   150,   151,   152,   153,   154,   252,   156,   157,
     633,     0,     0,     0,     0,     0,   634,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
      36,    37,    38,    39,    40,    41,    42,    43,    44,    45,
      46,    47,    48,    49,    50,    51,   635,    53,    54,    55,
      56,   169,    58,    59,    60,    61,    62,    63,    64,    65,
      66,    67,    68,    69,    70,    71,    72,   636,    74,   637,
      76,    77,    78,    79,    80,    81,    82,    83,    84,    85,
      86,    87,    88,    89,    90,    91,    92,    93,    94,    95,
      96,   638,    98,    99,   100,   101,   102,   103,   104,   105,
     106,   107,   108,   109,   110,   111,   112,   113,   114,   173,
     116,   117,   118,   119,   120,   121,   122,   639,   124,   125,
     126,   127,   128,   129,   130,   131,   132,   133,   134,   640,
     641,   137,   138,   139,   140,   141,   142,   143,   642,   145,
     146,   147,   643,   149,   150,   151,   152,   153,   154,   644,
     156,   157,   323,     0,     0,   263,   264,   265,     0,     0,
       0,   266,     0,     0,     0,     0,     0,     0,     0,     0,
       0,    36,    37,    38,    39,    40,    41,    42,    43,    44,
      45,    46,    47,    48,    49,    50,    51,   267,    53,    54,
      55,    56,   169,    58,    59,    60,    61,    62,    63,    64,
      65,    66,    67,    68,    69,    70,    71,    72,   268,    74,
     269,    76,    77,    78,    79,    80,    81,    82,    83,    84,
      85,    86,    87,    88,    89,    90,    91,    92,    93,    94,
      95,    96,   270,    98,    99,   100,   101,   102,   103,   104,
     105,   106,   107,   108,   109,   110,   111,   112,   113,   114,
     173,   116,   117,   118,   119,   120,   121,   122,   271,   124,
     125,   126,   127,   128,   129,   130,   131,   132,   133,   134,
     272,   273,   137,   138,   139,   140,   141,   142,   143,   274,
     145,   146,   147,   275,   149,   150,   151,   152,   153,   154,
     276,   156,   157,   326,     0,     0,   263,   264,   265,     0,
       0,     0,   327,     0,     0,     0,     0,     0,     0,     0,
       0,     0,    36,    37,    38,    39,    40,    41,    42,    43,
      44,    45,    46,    47,    48,    49,    50,    51,   267,    53,
      54,    55,    56,   169,    58,    59,    60,    61,    62,    63,
      64,    65,    66,    67,    68,    69,    70,    71,    72,   268,
      74,   269,    76,    77,    78,    79,    80,    81,    82,    83,
      84,    85,    86,    87,    88,    89,    90,    91,    92,    93,
      94,    95,    96,   270,    98,    99,   100,   101,   102,   103,
     104,   105,   106,   107,   108,   109,   110,   111,   112,   113,
     114,   173,   116,   117,   118,   119,   120,   121,   122,   271,
     124,   125,   126,   127,   128,   129,   130,   131,   132,   133,
     134,   272,   273,   137,   138,   139,   140,   141,   142,   143,
     274,   145,   146,   147,   275,   149,   150,   151,   152,   153,
     154,   276,   156,   157,   728,     0,     0,     0,     0,   729,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,    36,    37,    38,    39,    40,    41,    42,
      43,    44,    45,    46,    47,    48,    49,    50,    51,   267,
      53,    54,    55,    56,   169,    58,    59,    60,    61,    62,
      63,    64,    65,    66,    67,    68,    69,    70,    71,    72,
     268,    74,   269,    76,    77,    78,    79,    80,    81,    82,
      83,    84,    85,    86,    87,    88,    89,    90,    91,    92,
      93,    94,    95,    96,   270,    98,    99,   100,   101,   102,
     103,   104,   105,   106,   107,   108,   109,   110,   111,   112,
     113,   114,   173,   116,   117,   118,   119,   120,   121,   122,
     271,   124,   125,   126,   127,   128,   129,   130,   131,   132,
     133,   134,   272,   273,   137,   138,   139,   140,   141,   142,
     143,   274,   145,   146,   147,   275,   149,   150,   151,   152,
     153,   154,   276,   156,   157,   263,   264,   265,   461,     0,
     462,     0,   463,   464,     0,     0,     0,     0,     0,     0,
       0,    36,    37,    38,    39,    40,    41,    42,    43,    44,
      45,    46,    47,    48,    49,    50,    51,   267,    53,    54,
      55,    56,   169,    58,    59,    60,    61,    62,    63,    64,
      65,    66,    67,    68,    69,    70,    71,    72,   268,    74,
     269,    76,    77,    78,    79,    80,    81,    82,    83,    84,
      85,    86,    87,    88,    89,    90,    91,    92,    93,    94,
      95,    96,   270,    98,    99,   100,   101,   102,   103,   104,
     105,   106,   107,   108,   109,   110,   111,   112,   113,   114,
     173,   116,   117,   118,   119,   120,   121,   122,   271,   124,
     125,   126,   127,   128,   129,   130,   131,   132,   133,   134,
     272,   273,   137,   138,   139,   140,   141,   142,   143,   274,
     145,   146,   147,   275,   149,   150,   151,   152,   153,   154,
     276,   156,   157,   263,   264,   265,     0,     0,     0,   266,
       0,     0,     0,     0,     0,     0,     0,     0,     0,    36,
      37,    38,    39,    40,    41,    42,    43,    44,    45,    46,
      47,    48,    49,    50,    51,   267,    53,    54,    55,    56,
     169,    58,    59,    60,    61,    62,    63,    64,    65,    66,
      67,    68,    69,    70,    71,    72,   268,    74,   269,    76,
      77,    78,    79,    80,    81,    82,    83,    84,    85,    86,
      87,    88,    89,    90,    91,    92,    93,    94,    95,    96,
     270,    98,    99,   100,   101,   102,   103,   104,   105,   106,
     107,   108,   109,   110,   111,   112,   113,   114,   173,   116,
     117,   118,   119,   120,   121,   122,   271,   124,   125,   126,
     127,   128,   129,   130,   131,   132,   133,   134,   272,   273,
     137,   138,   139,   140,   141,   142,   143,   274,   145,   146,
     147,   275,   149,   150,   151,   152,   153,   154,   276,   156,
     157,   263,   264,   265,     0,     0,     0,   327,     0,     0,
       0,     0,     0,     0,     0,     0,     0,    36,    37,    38,
      39,    40,    41,    42,    43,    44,    45,    46,    47,    48,
      49,    50,    51,   267,    53,    54,    55,    56,   169,    58,
      59,    60,    61,    62,    63,    64,    65,    66,    67,    68,
      69,    70,    71,    72,   268,    74,   269,    76,    77,    78,
      79,    80,    81,    82,    83,    84,    85,    86,    87,    88,
      89,    90,    91,    92,    93,    94,    95,    96,   270,    98,
      99,   100,   101,   102,   103,   104,   105,   106,   107,   108,
     109,   110,   111,   112,   113,   114,   173,   116,   117,   118,
     119,   120,   121,   122,   271,   124,   125,   126,   127,   128,
     129,   130,   131,   132,   133,   134,   272,   273,   137,   138,
     139,   140,   141,   142,   143,   274,   145,   146,   147,   275,
     149,   150,   151,   152,   153,   154,   276,   156,   157,   263,
     264,   265,     0,     0,     0,     0,   672,     0,     0,     0,
       0,     0,     0,     0,     0,    36,    37,    38,    39,    40,
      41,    42,    43,    44,    45,    46,    47,    48,    49,    50,
      51,   267,    53,    54,    55,    56,   169,    58,    59,    60,
      61,    62,    63,    64,    65,    66,    67,    68,    69,    70,
      71,    72,   268,    74,   269,    76,    77,    78,    79,    80,
      81,    82,    83,    84,    85,    86,    87,    88,    89,    90,
      91,    92,    93,    94,    95,    96,   270,    98,    99,   100,
     101,   102,   103,   104,   105,   106,   107,   108,   109,   110,
     111,   112,   113,   114,   173,   116,   117,   118,   119,   120,
     121,   122,   271,   124,   125,   126,   127,   128,   129,   130,
     131,   132,   133,   134,   272,   273,   137,   138,   139,   140,
     141,   142,   143,   274,   145,   146,   147,   275,   149,   150,
     151,   152,   153,   154,   276,   156,   157,   263,   264,   265,
       0,     0,     0,     0,   677,     0,     0,     0,     0,     0,
       0,     0,     0,    36,    37,    38,    39,    40,    41,    42,
      43,    44,    45,    46,    47,    48,    49,    50,    51,   267,
      53,    54,    55,    56,   169,    58,    59,    60,    61,    62,
      63,    64,    65,    66,    67,    68,    69,    70,    71,    72,
     268,    74,   269,    76,    77,    78,    79,    80,    81,    82,
      83,    84,    85,    86,    87,    88,    89,    90,    91,    92,
      93,    94,    95,    96,   270,    98,    99,   100,   101,   102,
     103,   104,   105,   106,   107,   108,   109,   110,   111,   112,
     113,   114,   173,   116,   117,   118,   119,   120,   121,   122,
     271,   124,   125,   126,   127,   128,   129,   130,   131,   132,
     133,   134,   272,   273,   137,   138,   139,   140,   141,   142,
     143,   274,   145,   146,   147,   275,   149,   150,   151,   152,
     153,   154,   276,   156,   157,   263,   264,   265,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,    36,    37,    38,    39,    40,    41,    42,    43,    44,
      45,    46,    47,    48,    49,    50,    51,   267,    53,    54,
      55,    56,   169,    58,    59,    60,    61,    62,    63,    64,
      65,    66,    67,    68,    69,    70,    71,    72,   268,    74,
     269,    76,    77,    78,    79,    80,    81,    82,    83,    84,
      85,    86,    87,    88,    89,    90,    91,    92,    93,    94,
      95,    96,   270,    98,    99,   100,   101,   102,   103,   104,
     105,   106,   107,   108,   109,   110,   111,   112,   113,   114,
     173,   116,   117,   118,   119,   120,   121,   122,   271,   124,
     125,   126,   127,   128,   129,   130,   131,   132,   133,   134,
     272,   273,   137,   138,   139,   140,   141,   142,   143,   274,
     145,   146,   147,   275,   149,   150,   151,   152,   153,   154,
     276,   156,   157,   357,     0,   358,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,    36,
      37,    38,    39,    40,    41,    42,    43,   359,    45,    46,
      47,    48,   360,   361,    51,   362,    53,    54,    55,    56,
     169,    58,    59,    60,    61,    62,    63,    64,   363,    66,
     364,    68,    69,    70,    71,    72,   365,    74,   366,    76,
      77,    78,    79,    80,    81,    82,    83,    84,    85,    86,
      87,    88,    89,    90,    91,    92,    93,    94,    95,    96,
     367,    98,    99,   100,   368,   102,   103,   104,   105,   106,
     369,   108,   109,   110,   111,   112,   370,   114,   173,   116,
     117,   118,   119,   120,   121,   122,   371,   124,   125,   126,
     127,   128,   129,   130,   131,   132,   372,   134,   373,   374,
     137,   138,   139,   140,   141,   142,   143,   375,   145,   146,
     147,   376,   149,   150,   151,   152,   153,   154,   211,   156,
     157,   485,     0,     0,     0,    26,    27,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,   486,   487,     0,     0,     0,     0,     0,     0,
       0,   488,   489,   490,     0,     0,   491,     0,   492,     0,
       0,     0,     0,     0,     0,     0,     0,   493,   494,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,   495,
       0,   496,     0,   497,     0,     0,     0,     0,     0,     0,
       0,     0,   498,   499,     0,     0,     0,     0,     0,     0,
       0,     0,   217,     0,   500,     0,     0,     0,     0,   501,
       0,     0,     0,   502,   503,   504,     0,     0,     0,     0,
       0,   505,     0,     0,   506,     0,     0,     0,     0,   507,
       0,   508,   509,   510,     0,     0,   511,   512,     0,     0,
     485,     0,     0,   513,    26,    27,   514,   515,     0,   516,
       0,     0,   517,     0,   518,   519,   520,   521,   522,     0,
       0,   486,   487,     0,     0,     0,     0,     0,     0,     0,
     488,   489,   490,     0,     0,   491,     0,   492,     0,     0,
       0,     0,     0,     0,     0,     0,   493,   494,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,   495,     0,
     496,     0,   497,     0,     0,     0,     0,     0,     0,     0,
       0,   498,   499,     0,     0,     0,     0,     0,     0,     0,
       0,   217,     0,   500,     0,     0,     0,     0,   501,     0,
       0,     0,   502,   503,   504,     0,     0,     0,     0,     0,
       0,     0,     0,   506,     0,     0,     0,     0,   507,     0,
     508,   509,   510,     0,     0,   511,   512,     0,     0,   485,
       0,     0,   513,    26,    27,   514,   515,     0,   516,     0,
       0,   517,     0,   518,   519,   520,   521,   522,     0,     0,
     486,   487,     0,     0,     0,     0,     0,     0,     0,   488,
     489,   490,     0,     0,   491,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,   493,   494,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,   495,     0,   496,
       0,   497,     0,     0,     0,     0,     0,     0,     0,     0,
     498,   499,     0,     0,     0,     0,     0,     0,     0,     0,
     217,     0,   500,     0,     0,     0,     0,   501,     0,     0,
       0,   502,   503,   504,     0,     0,     0,     0,     0,     0,
       0,     0,   506,     0,     0,     0,     0,   507,     0,   508,
     509,   510,     0,     0,   511,   512,     0,     0,     0,     0,
       0,   513,     0,   238,   514,   515,   239,   516,     0,     0,
     517,     0,   518,   519,   520,   521,   522,    36,    37,    38,
      39,    40,    41,    42,    43,    44,    45,    46,    47,    48,
      49,    50,    51,   241,    53,    54,    55,    56,   169,    58,
      59,    60,    61,    62,    63,    64,    65,    66,    67,    68,
      69,    70,    71,    72,   243,    74,   772,    76,    77,    78,
      79,    80,    81,    82,    83,    84,    85,    86,    87,    88,
      89,    90,    91,    92,    93,    94,    95,    96,   773,    98,
      99,   100,   101,   102,   103,   104,   105,   106,   107,   108,
     109,   110,   111,   112,   113,   114,   173,   116,   117,   118,
     119,   120,   121,   122,   247,   124,   125,   126,   127,   128,
     129,   130,   131,   132,   133,   134,   248,   249,   137,   138,
     139,   140,   141,   142,   143,   774,   145,   146,   147,   251,
     149,   150,   151,   152,   153,   154,   252,   156,   157,    35,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,    36,    37,    38,    39,    40,    41,    42,
      43,    44,    45,    46,    47,    48,    49,    50,    51,    52,
      53,    54,    55,    56,    57,    58,    59,    60,    61,    62,
      63,    64,    65,    66,    67,    68,    69,    70,    71,    72,
      73,    74,    75,    76,    77,    78,    79,    80,    81,    82,
      83,    84,    85,    86,    87,    88,    89,    90,    91,    92,
      93,    94,    95,    96,    97,    98,    99,   100,   101,   102,
     103,   104,   105,   106,   107,   108,   109,   110,   111,   112,
     113,   114,   115,   116,   117,   118,   119,   120,   121,   122,
     123,   124,   125,   126,   127,   128,   129,   130,   131,   132,
     133,   134,   135,   136,   137,   138,   139,   140,   141,   142,
     143,   144,   145,   146,   147,   148,   149,   150,   151,   152,
     153,   154,   155,   156,   157,   167,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,    36,
      37,    38,    39,    40,    41,    42,    43,    44,    45,    46,
      47,    48,    49,    50,    51,   168,    53,    54,    55,    56,
     169,    58,    59,    60,    61,    62,    63,    64,    65,    66,
      67,    68,    69,    70,    71,    72,   170,    74,   171,    76,
      77,    78,    79,    80,    81,    82,    83,    84,    85,    86,
      87,    88,    89,    90,    91,    92,    93,    94,    95,    96,
     172,    98,    99,   100,   101,   102,   103,   104,   105,   106,
     107,   108,   109,   110,   111,   112,   113,   114,   173,   116,
     117,   118,   119,   120,   121,   122,   174,   124,   125,   126,
     127,   128,   129,   130,   131,   132,   133,   134,   175,   176,
     137,   138,   139,   140,   141,   142,   143,   177,   145,   146,
     147,   178,   149,   150,   151,   152,   153,   154,   179,   156,
     157,   190,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,    36,    37,    38,    39,    40,
      41,    42,    43,    44,    45,    46,    47,    48,    49,    50,
      51,   191,    53,    54,    55,    56,   169,    58,    59,    60,
      61,    62,    63,    64,    65,    66,    67,    68,    69,    70,
      71,    72,   192,    74,   193,    76,    77,    78,    79,    80,
      81,    82,    83,    84,    85,    86,    87,    88,    89,    90,
      91,    92,    93,    94,    95,    96,   194,    98,    99,   100,
     101,   102,   103,   104,   105,   106,   107,   108,   109,   110,
     111,   112,   113,   114,   173,   116,   117,   118,   119,   120,
     121,   122,   195,   124,   125,   126,   127,   128,   129,   130,
     131,   132,   133,   134,   196,   197,   137,   138,   139,   140,
     141,   142,   143,   198,   145,   146,   147,   199,   149,   150,
     151,   152,   153,   154,   200,   156,   157,   331,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,    36,    37,    38,    39,    40,    41,    42,    43,    44,
      45,    46,    47,    48,    49,    50,    51,   332,    53,    54,
      55,    56,   169,    58,    59,    60,    61,    62,    63,   333,
      65,    66,    67,   334,    69,    70,    71,    72,   335,    74,
     336,    76,    77,    78,    79,    80,    81,    82,    83,    84,
      85,    86,    87,    88,    89,    90,    91,    92,    93,    94,
      95,    96,   337,    98,    99,   100,   101,   102,   103,   104,
     105,   106,   107,   108,   109,   110,   111,   112,   113,   114,
     173,   116,   117,   118,   119,   120,   121,   122,   338,   124,
     339,   126,   127,   128,   129,   130,   131,   132,   133,   134,
     340,   341,   137,   138,   139,   140,   141,   142,   143,   342,
     145,   146,   147,   343,   149,   150,   151,   152,   153,   154,
     344,   156,   157,   331,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,    36,    37,    38,
      39,    40,    41,    42,    43,    44,    45,    46,    47,    48,
      49,    50,    51,   332,    53,    54,    55,    56,   169,    58,
      59,    60,    61,    62,    63,    64,    65,    66,    67,    68,
      69,    70,    71,    72,   532,    74,   336,    76,    77,    78,
      79,    80,    81,    82,    83,    84,    85,    86,    87,    88,
      89,    90,    91,    92,    93,    94,    95,    96,   337,    98,
      99,   100,   101,   102,   103,   104,   105,   106,   107,   108,
     109,   110,   111,   112,   113,   114,   173,   116,   117,   118,
     119,   120,   121,   122,   533,   124,   125,   126,   127,   128,
     129,   130,   131,   132,   133,   134,   534,   535,   137,   138,
     139,   140,   141,   142,   143,   536,   145,   146,   147,   343,
     149,   150,   151,   152,   153,   154,   344,   156,   157,   542,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,    36,    37,    38,    39,    40,    41,    42,
      43,    44,    45,    46,    47,    48,    49,    50,    51,   543,
      53,    54,    55,    56,   169,    58,    59,    60,    61,    62,
      63,    64,    65,    66,    67,    68,   544,   545,    71,    72,
     546,    74,   547,    76,    77,    78,    79,    80,    81,    82,
      83,    84,    85,    86,    87,    88,    89,    90,    91,    92,
      93,    94,    95,    96,   548,    98,    99,   100,   101,   102,
     103,   104,   105,   106,   107,   108,   109,   110,   111,   112,
     113,   114,   173,   116,   117,   118,   549,   120,   121,   122,
     550,   124,   125,   126,   127,   128,   129,   130,   131,   132,
     133,   134,   551,   552,   137,   138,   139,   140,   141,   142,
     143,   553,   145,   146,   147,   554,   149,   150,   151,   152,
     153,   154,   238,   156,   157,   239,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,    36,     0,    38,    39,
      40,    41,    42,    43,    44,    45,    46,    47,    48,    49,
      50,    51,   241,    53,    54,    55,    56,   169,    58,    59,
      60,    61,    62,    63,    64,    65,    66,    67,    68,    69,
      70,     0,    72,   243,    74,   244,    76,     0,    78,    79,
      80,    81,    82,    83,    84,    85,    86,    87,    88,    89,
      90,    91,    92,    93,    94,    95,    96,   246,    98,    99,
     100,   101,   102,   103,   104,   105,   106,   107,   108,   109,
     110,   111,   112,   113,   114,   173,   116,   117,   118,   119,
     120,   121,   122,   247,   124,   125,   126,   127,   128,   129,
     130,   131,   132,   133,   134,   248,   249,   137,   138,   139,
     140,   141,   142,   143,   250,   145,   146,   147,   251,   149,
     150,   151,   152,   153,   154,   252,   156,   157
};

static const yytype_int16 yycheck[] =
{
       6,     7,     8,     6,     7,     8,     6,     7,     8,   391,
      16,   312,   313,    16,   540,   485,    16,   318,   319,     6,
       7,     8,     6,     7,     8,   617,   237,   572,    10,    16,
       3,   304,    16,   303,   307,   305,     4,     6,     7,     8,
      17,   384,   315,    24,    37,     7,     8,    44,   717,    51,
      29,    29,    86,   317,    16,   715,   320,   720,   746,   764,
     434,   435,    86,   440,    32,    25,    21,    23,   102,    24,
      63,    27,   449,    23,   448,    27,    36,   459,   102,    29,
      27,    28,    34,   596,   789,   748,   599,   600,   601,   602,
      23,   617,   126,    86,    27,    28,    23,    39,    40,    41,
      27,    28,   126,    39,    82,    86,   108,   795,    21,    23,
     103,    24,   114,    27,    28,   784,   109,    21,   152,   153,
      24,   102,   782,    23,   121,   595,   160,   597,   152,   153,
      21,    21,    82,    24,    24,    21,   160,   162,    24,   609,
     137,    21,    27,    21,    24,   126,    24,    21,    21,     0,
      24,    24,   744,    21,    21,    21,    24,    24,    24,   152,
     153,   687,    21,    27,   361,    24,   363,   160,   147,    21,
      22,   152,   153,    21,    22,   720,    21,    22,   104,   160,
      34,    35,   104,    23,    21,    21,    21,    21,   570,    21,
      21,    21,    21,    21,    21,    21,   539,    21,    21,   669,
      21,    21,    21,   748,   586,   797,   588,   589,    21,   591,
     592,   422,    21,    21,    21,    21,    21,   560,   744,    21,
      21,    21,   604,   605,   606,    21,    23,    38,    27,    23,
      21,   237,    27,    21,   237,    21,    21,   237,    21,   765,
      21,    21,    21,    27,    22,    21,    21,    24,    22,    22,
     237,    21,    21,   237,    21,    21,    21,   727,    26,    21,
      21,    24,    21,    21,    24,    21,    21,    21,    21,    21,
      21,   797,    21,    21,    21,   237,    21,    21,    21,    21,
      21,    21,    21,    21,    21,   262,    21,   293,    21,   295,
      21,    21,   295,   293,    21,   301,    21,   303,   301,   305,
     303,   301,   305,   303,    21,   305,   293,    21,    21,   293,
      21,   295,    21,   290,   301,    22,   303,   301,   305,   303,
     302,   305,    21,    21,   293,    22,   295,   309,    21,    21,
     594,   293,   301,   295,   303,   147,   305,   310,   306,   603,
      21,   303,    21,   305,   726,    23,    23,    23,   325,     3,
       4,     5,     6,     7,     8,     9,    10,    11,    12,    13,
      14,    15,    16,    17,    18,    19,    20,    23,    21,    36,
     104,    21,    21,    21,    21,   147,    21,    21,    21,   528,
      21,    23,    21,   667,    24,    23,    21,    21,    21,    21,
      21,    21,    21,   666,    21,   301,    24,   717,    24,    23,
     459,    24,   570,   613,   583,   760,   303,   615,   700,   305,
     791,   743,   262,   325,   533,   765,   422,   725,    12,   422,
     767,   389,   422,   386,   295,   664,   795,   806,   792,   372,
     426,   437,   437,    -1,   437,   422,   442,   437,   422,   442,
      -1,    -1,   442,   713,    -1,    -1,    -1,    -1,    -1,   426,
     437,   428,    -1,   437,    -1,   442,    -1,    -1,   431,    -1,
     422,    -1,    -1,   436,    -1,    -1,    -1,    -1,   437,    -1,
      -1,    -1,    -1,   442,    -1,   437,    -1,    -1,    -1,    -1,
     442,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,   794,    -1,   765,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,   480,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,   562,    -1,    -1,   562,
      -1,    -1,   562,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,   562,    -1,   583,   562,    -1,
     583,    -1,    -1,   583,    -1,    -1,   568,    -1,    -1,    -1,
      -1,    -1,    -1,   562,    -1,    -1,   583,    -1,    -1,   583,
     562,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
     587,    -1,    -1,   590,    -1,    -1,   593,    -1,    -1,   596,
      -1,   583,   599,   600,   601,   602,    -1,    -1,    -1,    -1,
      -1,   608,    -1,    -1,   607,    -1,    -1,    -1,    -1,    -1,
     613,    -1,   615,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,   667,    -1,    -1,   667,    -1,    -1,   667,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
     667,    -1,    -1,   667,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,   700,    -1,   664,   700,   667,    -1,
     700,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,   700,    -1,    -1,   700,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
     712,   700,    -1,    -1,    -1,    -1,    -1,    -1,   700,    -1,
     746,    -1,    -1,   746,    -1,    -1,   746,    -1,    -1,   717,
      -1,    -1,    -1,    -1,   760,    -1,    -1,   760,    -1,   746,
     760,    -1,   746,    -1,    -1,    -1,   743,    -1,    -1,   751,
      -1,    -1,    -1,   760,    -1,    -1,   760,   746,    -1,    -1,
      -1,    -1,    -1,    -1,   746,    -1,    -1,    -1,    -1,   795,
      -1,   760,   795,    -1,    -1,   795,    -1,    -1,   760,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   795,    -1,
      -1,   795,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,   795,    -1,    -1,    -1,
      23,    24,    -1,   795,    27,    28,    29,    30,    31,    32,
      33,    34,    35,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      43,    44,    45,    46,    47,    48,    49,    50,    51,    52,
      53,    54,    55,    56,    57,    58,    59,    60,    61,    62,
      63,    64,    65,    66,    67,    68,    69,    70,    71,    72,
      73,    74,    75,    76,    77,    78,    79,    80,    81,    82,
      83,    84,    85,    86,    87,    88,    89,    90,    91,    92,
      93,    94,    95,    96,    97,    98,    99,   100,   101,   102,
     103,   104,   105,   106,   107,   108,   109,   110,   111,   112,
     113,   114,   115,   116,   117,   118,   119,   120,   121,   122,
     123,   124,   125,   126,   127,   128,   129,   130,   131,   132,
     133,   134,   135,   136,   137,   138,   139,   140,   141,   142,
     143,   144,   145,   146,   147,   148,   149,   150,   151,   152,
     153,   154,   155,   156,   157,   158,   159,   160,   161,   162,
     163,   164,    23,    -1,    -1,    -1,    27,    28,    29,    30,
      31,    32,    33,    34,    35,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    43,    44,    45,    46,    47,    48,    49,    50,
      51,    52,    53,    54,    55,    56,    57,    58,    59,    60,
      61,    62,    63,    64,    65,    66,    67,    68,    69,    70,
      71,    72,    73,    74,    75,    76,    77,    78,    79,    80,
      81,    82,    83,    84,    85,    86,    87,    88,    89,    90,
      91,    92,    93,    94,    95,    96,    97,    98,    99,   100,
     101,   102,   103,   104,   105,   106,   107,   108,   109,   110,
     111,   112,   113,   114,   115,   116,   117,   118,   119,   120,
     121,   122,   123,   124,   125,   126,   127,   128,   129,   130,
     131,   132,   133,   134,   135,   136,   137,   138,   139,   140,
     141,   142,   143,   144,   145,   146,   147,   148,   149,   150,
     151,   152,   153,   154,   155,   156,   157,   158,   159,   160,
     161,   162,   163,   164,    23,    24,    -1,    -1,    27,    28,
      29,    30,    -1,    32,    -1,    34,    35,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    43,    44,    45,    46,    47,    48,
      49,    50,    51,    52,    53,    54,    55,    56,    57,    58,
      59,    60,    61,    62,    63,    64,    65,    66,    67,    68,
      69,    70,    71,    72,    73,    74,    75,    76,    77,    78,
      79,    80,    81,    82,    83,    84,    85,    86,    87,    88,
      89,    90,    91,    92,    93,    94,    95,    96,    97,    98,
      99,   100,   101,   102,   103,   104,   105,   106,   107,   108,
     109,   110,   111,   112,   113,   114,   115,   116,   117,   118,
     119,   120,   121,   122,   123,   124,   125,   126,   127,   128,
     129,   130,   131,   132,   133,   134,   135,   136,   137,   138,
     139,   140,   141,   142,   143,   144,   145,   146,   147,   148,
     149,   150,   151,   152,   153,   154,   155,   156,   157,   158,
     159,   160,   161,   162,   163,   164,    23,    -1,    -1,    -1,
      27,    28,    29,    30,    -1,    32,    -1,    34,    35,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    43,    44,    45,    46,
      47,    48,    49,    50,    51,    52,    53,    54,    55,    56,
      57,    58,    59,    60,    61,    62,    63,    64,    65,    66,
      67,    68,    69,    70,    71,    72,    73,    74,    75,    76,
      77,    78,    79,    80,    81,    82,    83,    84,    85,    86,
      87,    88,    89,    90,    91,    92,    93,    94,    95,    96,
      97,    98,    99,   100,   101,   102,   103,   104,   105,   106,
     107,   108,   109,   110,   111,   112,   113,   114,   115,   116,
     117,   118,   119,   120,   121,   122,   123,   124,   125,   126,
     127,   128,   129,   130,   131,   132,   133,   134,   135,   136,
     137,   138,   139,   140,   141,   142,   143,   144,   145,   146,
     147,   148,   149,   150,   151,   152,   153,   154,   155,   156,
     157,   158,   159,   160,   161,   162,   163,   164,    23,    -1,
      -1,    -1,    27,    28,    29,    -1,    -1,    -1,    33,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    43,    44,
      45,    46,    47,    48,    49,    50,    51,    52,    53,    54,
      55,    56,    57,    58,    59,    60,    61,    62,    63,    64,
      65,    66,    67,    68,    69,    70,    71,    72,    73,    74,
      75,    76,    77,    78,    79,    80,    81,    82,    83,    84,
      85,    86,    87,    88,    89,    90,    91,    92,    93,    94,
      95,    96,    97,    98,    99,   100,   101,   102,   103,   104,
     105,   106,   107,   108,   109,   110,   111,   112,   113,   114,
     115,   116,   117,   118,   119,   120,   121,   122,   123,   124,
     125,   126,   127,   128,   129,   130,   131,   132,   133,   134,
     135,   136,   137,   138,   139,   140,   141,   142,   143,   144,
     145,   146,   147,   148,   149,   150,   151,   152,   153,   154,
     155,   156,   157,   158,   159,   160,   161,   162,   163,   164,
      23,    -1,    -1,    -1,    27,    28,    29,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      43,    44,    45,    46,    47,    48,    49,    50,    51,    52,
      53,    54,    55,    56,    57,    58,    59,    60,    61,    62,
      63,    64,    65,    66,    67,    68,    69,    70,    71,    72,
      73,    74,    75,    76,    77,    78,    79,    80,    81,    82,
      83,    84,    85,    86,    87,    88,    89,    90,    91,    92,
      93,    94,    95,    96,    97,    98,    99,   100,   101,   102,
     103,   104,   105,   106,   107,   108,   109,   110,   111,   112,
     113,   114,   115,   116,   117,   118,   119,   120,   121,   122,
     123,   124,   125,   126,   127,   128,   129,   130,   131,   132,
     133,   134,   135,   136,   137,   138,   139,   140,   141,   142,
     143,   144,   145,   146,   147,   148,   149,   150,   151,   152,
     153,   154,   155,   156,   157,   158,   159,   160,   161,   162,
     163,   164,    23,    -1,    -1,    -1,    27,    28,    29,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    43,    44,    45,    46,    47,    48,    49,    50,
      51,    52,    53,    54,    55,    56,    57,    58,    59,    60,
      61,    62,    63,    64,    65,    66,    67,    68,    69,    70,
      71,    72,    73,    74,    75,    76,    77,    78,    79,    80,
      81,    82,    83,    84,    85,    86,    87,    88,    89,    90,
      91,    92,    93,    94,    95,    96,    97,    98,    99,   100,
     101,   102,   103,   104,   105,   106,   107,   108,   109,   110,
     111,   112,   113,   114,   115,   116,   117,   118,   119,   120,
     121,   122,   123,   124,   125,   126,   127,   128,   129,   130,
     131,   132,   133,   134,   135,   136,   137,   138,   139,   140,
     141,   142,   143,   144,   145,   146,   147,   148,   149,   150,
     151,   152,   153,   154,   155,   156,   157,   158,   159,   160,
     161,   162,   163,   164,    23,    -1,    -1,    -1,    27,    28,
      29,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    43,    44,    45,    46,    47,    48,
      49,    50,    51,    52,    53,    54,    55,    56,    57,    58,
      59,    60,    61,    62,    63,    64,    65,    66,    67,    68,
      69,    70,    71,    72,    73,    74,    75,    76,    77,    78,
      79,    80,    81,    82,    83,    84,    85,    86,    87,    88,
      89,    90,    91,    92,    93,    94,    95,    96,    97,    98,
      99,   100,   101,   102,   103,   104,   105,   106,   107,   108,
     109,   110,   111,   112,   113,   114,   115,   116,   117,   118,
     119,   120,   121,   122,   123,   124,   125,   126,   127,   128,
     129,   130,   131,   132,   133,   134,   135,   136,   137,   138,
     139,   140,   141,   142,   143,   144,   145,   146,   147,   148,
     149,   150,   151,   152,   153,   154,   155,   156,   157,   158,
     159,   160,   161,   162,   163,   164,    23,    -1,    -1,    -1,
      27,    28,    29,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    43,    44,    45,    46,
      47,    48,    49,    50,    51,    52,    53,    54,    55,    56,
      57,    58,    59,    60,    61,    62,    63,    64,    65,    66,
      67,    68,    69,    70,    71,    72,    73,    74,    75,    76,
      77,    78,    79,    80,    81,    82,    83,    84,    85,    86,
      87,    88,    89,    90,    91,    92,    93,    94,    95,    96,
      97,    98,    99,   100,   101,   102,   103,   104,   105,   106,
     107,   108,   109,   110,   111,   112,   113,   114,   115,   116,
     117,   118,   119,   120,   121,   122,   123,   124,   125,   126,
     127,   128,   129,   130,   131,   132,   133,   134,   135,   136,
     137,   138,   139,   140,   141,   142,   143,   144,   145,   146,
     147,   148,   149,   150,   151,   152,   153,   154,   155,   156,
     157,   158,   159,   160,   161,   162,   163,   164,    23,    -1,
      -1,    -1,    -1,    -1,    29,    -1,    -1,    32,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    43,    44,
      45,    46,    47,    48,    49,    50,    51,    52,    53,    54,
      55,    56,    57,    58,    59,    60,    61,    62,    63,    64,
      65,    66,    67,    68,    69,    70,    71,    72,    73,    74,
      75,    76,    77,    78,    79,    80,    81,    82,    83,    84,
      85,    86,    87,    88,    89,    90,    91,    92,    93,    94,
      95,    96,    97,    98,    99,   100,   101,   102,   103,   104,
     105,   106,   107,   108,   109,   110,   111,   112,   113,   114,
     115,   116,   117,   118,   119,   120,   121,   122,   123,   124,
     125,   126,   127,   128,   129,   130,   131,   132,   133,   134,
     135,   136,   137,   138,   139,   140,   141,   142,   143,   144,
     145,   146,   147,   148,   149,   150,   151,   152,   153,   154,
     155,   156,   157,   158,   159,   160,   161,   162,   163,   164,
      23,    -1,    -1,    -1,    -1,    -1,    29,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      43,    44,    45,    46,    47,    48,    49,    50,    51,    52,
      53,    54,    55,    56,    57,    58,    59,    60,    61,    62,
      63,    64,    65,    66,    67,    68,    69,    70,    71,    72,
      73,    74,    75,    76,    77,    78,    79,    80,    81,    82,
      83,    84,    85,    86,    87,    88,    89,    90,    91,    92,
      93,    94,    95,    96,    97,    98,    99,   100,   101,   102,
     103,   104,   105,   106,   107,   108,   109,   110,   111,   112,
     113,   114,   115,   116,   117,   118,   119,   120,   121,   122,
     123,   124,   125,   126,   127,   128,   129,   130,   131,   132,
     133,   134,   135,   136,   137,   138,   139,   140,   141,   142,
     143,   144,   145,   146,   147,   148,   149,   150,   151,   152,
     153,   154,   155,   156,   157,   158,   159,   160,   161,   162,
     163,   164,    24,    -1,    -1,    27,    28,    29,    -1,    -1,
      -1,    33,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    43,    44,    45,    46,    47,    48,    49,    50,    51,
      52,    53,    54,    55,    56,    57,    58,    59,    60,    61,
      62,    63,    64,    65,    66,    67,    68,    69,    70,    71,
      72,    73,    74,    75,    76,    77,    78,    79,    80,    81,
      82,    83,    84,    85,    86,    87,    88,    89,    90,    91,
      92,    93,    94,    95,    96,    97,    98,    99,   100,   101,
     102,   103,   104,   105,   106,   107,   108,   109,   110,   111,
     112,   113,   114,   115,   116,   117,   118,   119,   120,   121,
     122,   123,   124,   125,   126,   127,   128,   129,   130,   131,
     132,   133,   134,   135,   136,   137,   138,   139,   140,   141,
     142,   143,   144,   145,   146,   147,   148,   149,   150,   151,
     152,   153,   154,   155,   156,   157,   158,   159,   160,   161,
     162,   163,   164,    24,    -1,    -1,    27,    28,    29,    -1,
      -1,    -1,    33,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    43,    44,    45,    46,    47,    48,    49,    50,
      51,    52,    53,    54,    55,    56,    57,    58,    59,    60,
      61,    62,    63,    64,    65,    66,    67,    68,    69,    70,
      71,    72,    73,    74,    75,    76,    77,    78,    79,    80,
      81,    82,    83,    84,    85,    86,    87,    88,    89,    90,
      91,    92,    93,    94,    95,    96,    97,    98,    99,   100,
     101,   102,   103,   104,   105,   106,   107,   108,   109,   110,
     111,   112,   113,   114,   115,   116,   117,   118,   119,   120,
     121,   122,   123,   124,   125,   126,   127,   128,   129,   130,
     131,   132,   133,   134,   135,   136,   137,   138,   139,   140,
     141,   142,   143,   144,   145,   146,   147,   148,   149,   150,
     151,   152,   153,   154,   155,   156,   157,   158,   159,   160,
     161,   162,   163,   164,    24,    -1,    -1,    -1,    -1,    29,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    43,    44,    45,    46,    47,    48,    49,
      50,    51,    52,    53,    54,    55,    56,    57,    58,    59,
      60,    61,    62,    63,    64,    65,    66,    67,    68,    69,
      70,    71,    72,    73,    74,    75,    76,    77,    78,    79,
      80,    81,    82,    83,    84,    85,    86,    87,    88,    89,
      90,    91,    92,    93,    94,    95,    96,    97,    98,    99,
     100,   101,   102,   103,   104,   105,   106,   107,   108,   109,
     110,   111,   112,   113,   114,   115,   116,   117,   118,   119,
     120,   121,   122,   123,   124,   125,   126,   127,   128,   129,
     130,   131,   132,   133,   134,   135,   136,   137,   138,   139,
     140,   141,   142,   143,   144,   145,   146,   147,   148,   149,
     150,   151,   152,   153,   154,   155,   156,   157,   158,   159,
     160,   161,   162,   163,   164,    27,    28,    29,    30,    -1,
      32,    -1,    34,    35,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    43,    44,    45,    46,    47,    48,    49,    50,    51,
      52,    53,    54,    55,    56,    57,    58,    59,    60,    61,
      62,    63,    64,    65,    66,    67,    68,    69,    70,    71,
      72,    73,    74,    75,    76,    77,    78,    79,    80,    81,
      82,    83,    84,    85,    86,    87,    88,    89,    90,    91,
      92,    93,    94,    95,    96,    97,    98,    99,   100,   101,
     102,   103,   104,   105,   106,   107,   108,   109,   110,   111,
     112,   113,   114,   115,   116,   117,   118,   119,   120,   121,
     122,   123,   124,   125,   126,   127,   128,   129,   130,   131,
     132,   133,   134,   135,   136,   137,   138,   139,   140,   141,
     142,   143,   144,   145,   146,   147,   148,   149,   150,   151,
     152,   153,   154,   155,   156,   157,   158,   159,   160,   161,
     162,   163,   164,    27,    28,    29,    -1,    -1,    -1,    33,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    43,
      44,    45,    46,    47,    48,    49,    50,    51,    52,    53,
      54,    55,    56,    57,    58,    59,    60,    61,    62,    63,
      64,    65,    66,    67,    68,    69,    70,    71,    72,    73,
      74,    75,    76,    77,    78,    79,    80,    81,    82,    83,
      84,    85,    86,    87,    88,    89,    90,    91,    92,    93,
      94,    95,    96,    97,    98,    99,   100,   101,   102,   103,
     104,   105,   106,   107,   108,   109,   110,   111,   112,   113,
     114,   115,   116,   117,   118,   119,   120,   121,   122,   123,
     124,   125,   126,   127,   128,   129,   130,   131,   132,   133,
     134,   135,   136,   137,   138,   139,   140,   141,   142,   143,
     144,   145,   146,   147,   148,   149,   150,   151,   152,   153,
     154,   155,   156,   157,   158,   159,   160,   161,   162,   163,
     164,    27,    28,    29,    -1,    -1,    -1,    33,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    43,    44,    45,
      46,    47,    48,    49,    50,    51,    52,    53,    54,    55,
      56,    57,    58,    59,    60,    61,    62,    63,    64,    65,
      66,    67,    68,    69,    70,    71,    72,    73,    74,    75,
      76,    77,    78,    79,    80,    81,    82,    83,    84,    85,
      86,    87,    88,    89,    90,    91,    92,    93,    94,    95,
      96,    97,    98,    99,   100,   101,   102,   103,   104,   105,
     106,   107,   108,   109,   110,   111,   112,   113,   114,   115,
     116,   117,   118,   119,   120,   121,   122,   123,   124,   125,
     126,   127,   128,   129,   130,   131,   132,   133,   134,   135,
     136,   137,   138,   139,   140,   141,   142,   143,   144,   145,
     146,   147,   148,   149,   150,   151,   152,   153,   154,   155,
     156,   157,   158,   159,   160,   161,   162,   163,   164,    27,
      28,    29,    -1,    -1,    -1,    -1,    34,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    43,    44,    45,    46,    47,
      48,    49,    50,    51,    52,    53,    54,    55,    56,    57,
      58,    59,    60,    61,    62,    63,    64,    65,    66,    67,
      68,    69,    70,    71,    72,    73,    74,    75,    76,    77,
      78,    79,    80,    81,    82,    83,    84,    85,    86,    87,
      88,    89,    90,    91,    92,    93,    94,    95,    96,    97,
      98,    99,   100,   101,   102,   103,   104,   105,   106,   107,
     108,   109,   110,   111,   112,   113,   114,   115,   116,   117,
     118,   119,   120,   121,   122,   123,   124,   125,   126,   127,
     128,   129,   130,   131,   132,   133,   134,   135,   136,   137,
     138,   139,   140,   141,   142,   143,   144,   145,   146,   147,
     148,   149,   150,   151,   152,   153,   154,   155,   156,   157,
     158,   159,   160,   161,   162,   163,   164,    27,    28,    29,
      -1,    -1,    -1,    -1,    34,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    43,    44,    45,    46,    47,    48,    49,
      50,    51,    52,    53,    54,    55,    56,    57,    58,    59,
      60,    61,    62,    63,    64,    65,    66,    67,    68,    69,
      70,    71,    72,    73,    74,    75,    76,    77,    78,    79,
      80,    81,    82,    83,    84,    85,    86,    87,    88,    89,
      90,    91,    92,    93,    94,    95,    96,    97,    98,    99,
     100,   101,   102,   103,   104,   105,   106,   107,   108,   109,
     110,   111,   112,   113,   114,   115,   116,   117,   118,   119,
     120,   121,   122,   123,   124,   125,   126,   127,   128,   129,
     130,   131,   132,   133,   134,   135,   136,   137,   138,   139,
     140,   141,   142,   143,   144,   145,   146,   147,   148,   149,
     150,   151,   152,   153,   154,   155,   156,   157,   158,   159,
     160,   161,   162,   163,   164,    27,    28,    29,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    43,    44,    45,    46,    47,    48,    49,    50,    51,
      52,    53,    54,    55,    56,    57,    58,    59,    60,    61,
      62,    63,    64,    65,    66,    67,    68,    69,    70,    71,
      72,    73,    74,    75,    76,    77,    78,    79,    80,    81,
      82,    83,    84,    85,    86,    87,    88,    89,    90,    91,
      92,    93,    94,    95,    96,    97,    98,    99,   100,   101,
     102,   103,   104,   105,   106,   107,   108,   109,   110,   111,
     112,   113,   114,   115,   116,   117,   118,   119,   120,   121,
     122,   123,   124,   125,   126,   127,   128,   129,   130,   131,
     132,   133,   134,   135,   136,   137,   138,   139,   140,   141,
     142,   143,   144,   145,   146,   147,   148,   149,   150,   151,
     152,   153,   154,   155,   156,   157,   158,   159,   160,   161,
     162,   163,   164,    27,    -1,    29,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    43,
      44,    45,    46,    47,    48,    49,    50,    51,    52,    53,
      54,    55,    56,    57,    58,    59,    60,    61,    62,    63,
      64,    65,    66,    67,    68,    69,    70,    71,    72,    73,
      74,    75,    76,    77,    78,    79,    80,    81,    82,    83,
      84,    85,    86,    87,    88,    89,    90,    91,    92,    93,
      94,    95,    96,    97,    98,    99,   100,   101,   102,   103,
     104,   105,   106,   107,   108,   109,   110,   111,   112,   113,
     114,   115,   116,   117,   118,   119,   120,   121,   122,   123,
     124,   125,   126,   127,   128,   129,   130,   131,   132,   133,
     134,   135,   136,   137,   138,   139,   140,   141,   142,   143,
     144,   145,   146,   147,   148,   149,   150,   151,   152,   153,
     154,   155,   156,   157,   158,   159,   160,   161,   162,   163,
     164,    23,    -1,    -1,    -1,    27,    28,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    44,    45,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    53,    54,    55,    -1,    -1,    58,    -1,    60,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    69,    70,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    81,
      -1,    83,    -1,    85,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    94,    95,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,   104,    -1,   106,    -1,    -1,    -1,    -1,   111,
      -1,    -1,    -1,   115,   116,   117,    -1,    -1,    -1,    -1,
      -1,   123,    -1,    -1,   126,    -1,    -1,    -1,    -1,   131,
      -1,   133,   134,   135,    -1,    -1,   138,   139,    -1,    -1,
      23,    -1,    -1,   145,    27,    28,   148,   149,    -1,   151,
      -1,    -1,   154,    -1,   156,   157,   158,   159,   160,    -1,
      -1,    44,    45,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      53,    54,    55,    -1,    -1,    58,    -1,    60,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    69,    70,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    81,    -1,
      83,    -1,    85,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    94,    95,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,   104,    -1,   106,    -1,    -1,    -1,    -1,   111,    -1,
      -1,    -1,   115,   116,   117,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,   126,    -1,    -1,    -1,    -1,   131,    -1,
     133,   134,   135,    -1,    -1,   138,   139,    -1,    -1,    23,
      -1,    -1,   145,    27,    28,   148,   149,    -1,   151,    -1,
      -1,   154,    -1,   156,   157,   158,   159,   160,    -1,    -1,
      44,    45,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    53,
      54,    55,    -1,    -1,    58,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    69,    70,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    81,    -1,    83,
      -1,    85,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      94,    95,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
     104,    -1,   106,    -1,    -1,    -1,    -1,   111,    -1,    -1,
      -1,   115,   116,   117,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,   126,    -1,    -1,    -1,    -1,   131,    -1,   133,
     134,   135,    -1,    -1,   138,   139,    -1,    -1,    -1,    -1,
      -1,   145,    -1,    29,   148,   149,    32,   151,    -1,    -1,
     154,    -1,   156,   157,   158,   159,   160,    43,    44,    45,
      46,    47,    48,    49,    50,    51,    52,    53,    54,    55,
      56,    57,    58,    59,    60,    61,    62,    63,    64,    65,
      66,    67,    68,    69,    70,    71,    72,    73,    74,    75,
      76,    77,    78,    79,    80,    81,    82,    83,    84,    85,
      86,    87,    88,    89,    90,    91,    92,    93,    94,    95,
      96,    97,    98,    99,   100,   101,   102,   103,   104,   105,
     106,   107,   108,   109,   110,   111,   112,   113,   114,   115,
     116,   117,   118,   119,   120,   121,   122,   123,   124,   125,
     126,   127,   128,   129,   130,   131,   132,   133,   134,   135,
     136,   137,   138,   139,   140,   141,   142,   143,   144,   145,
     146,   147,   148,   149,   150,   151,   152,   153,   154,   155,
     156,   157,   158,   159,   160,   161,   162,   163,   164,    29,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    43,    44,    45,    46,    47,    48,    49,
      50,    51,    52,    53,    54,    55,    56,    57,    58,    59,
      60,    61,    62,    63,    64,    65,    66,    67,    68,    69,
      70,    71,    72,    73,    74,    75,    76,    77,    78,    79,
      80,    81,    82,    83,    84,    85,    86,    87,    88,    89,
      90,    91,    92,    93,    94,    95,    96,    97,    98,    99,
     100,   101,   102,   103,   104,   105,   106,   107,   108,   109,
     110,   111,   112,   113,   114,   115,   116,   117,   118,   119,
     120,   121,   122,   123,   124,   125,   126,   127,   128,   129,
     130,   131,   132,   133,   134,   135,   136,   137,   138,   139,
     140,   141,   142,   143,   144,   145,   146,   147,   148,   149,
     150,   151,   152,   153,   154,   155,   156,   157,   158,   159,
     160,   161,   162,   163,   164,    29,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    43,
      44,    45,    46,    47,    48,    49,    50,    51,    52,    53,
      54,    55,    56,    57,    58,    59,    60,    61,    62,    63,
      64,    65,    66,    67,    68,    69,    70,    71,    72,    73,
      74,    75,    76,    77,    78,    79,    80,    81,    82,    83,
      84,    85,    86,    87,    88,    89,    90,    91,    92,    93,
      94,    95,    96,    97,    98,    99,   100,   101,   102,   103,
     104,   105,   106,   107,   108,   109,   110,   111,   112,   113,
     114,   115,   116,   117,   118,   119,   120,   121,   122,   123,
     124,   125,   126,   127,   128,   129,   130,   131,   132,   133,
     134,   135,   136,   137,   138,   139,   140,   141,   142,   143,
     144,   145,   146,   147,   148,   149,   150,   151,   152,   153,
     154,   155,   156,   157,   158,   159,   160,   161,   162,   163,
     164,    29,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    43,    44,    45,    46,    47,
      48,    49,    50,    51,    52,    53,    54,    55,    56,    57,
      58,    59,    60,    61,    62,    63,    64,    65,    66,    67,
      68,    69,    70,    71,    72,    73,    74,    75,    76,    77,
      78,    79,    80,    81,    82,    83,    84,    85,    86,    87,
      88,    89,    90,    91,    92,    93,    94,    95,    96,    97,
      98,    99,   100,   101,   102,   103,   104,   105,   106,   107,
     108,   109,   110,   111,   112,   113,   114,   115,   116,   117,
     118,   119,   120,   121,   122,   123,   124,   125,   126,   127,
     128,   129,   130,   131,   132,   133,   134,   135,   136,   137,
     138,   139,   140,   141,   142,   143,   144,   145,   146,   147,
     148,   149,   150,   151,   152,   153,   154,   155,   156,   157,
     158,   159,   160,   161,   162,   163,   164,    29,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    43,    44,    45,    46,    47,    48,    49,    50,    51,
      52,    53,    54,    55,    56,    57,    58,    59,    60,    61,
      62,    63,    64,    65,    66,    67,    68,    69,    70,    71,
      72,    73,    74,    75,    76,    77,    78,    79,    80,    81,
      82,    83,    84,    85,    86,    87,    88,    89,    90,    91,
      92,    93,    94,    95,    96,    97,    98,    99,   100,   101,
     102,   103,   104,   105,   106,   107,   108,   109,   110,   111,
     112,   113,   114,   115,   116,   117,   118,   119,   120,   121,
     122,   123,   124,   125,   126,   127,   128,   129,   130,   131,
     132,   133,   134,   135,   136,   137,   138,   139,   140,   141,
     142,   143,   144,   145,   146,   147,   148,   149,   150,   151,
     152,   153,   154,   155,   156,   157,   158,   159,   160,   161,
     162,   163,   164,    29,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    43,    44,    45,
      46,    47,    48,    49,    50,    51,    52,    53,    54,    55,
      56,    57,    58,    59,    60,    61,    62,    63,    64,    65,
      66,    67,    68,    69,    70,    71,    72,    73,    74,    75,
      76,    77,    78,    79,    80,    81,    82,    83,    84,    85,
      86,    87,    88,    89,    90,    91,    92,    93,    94,    95,
      96,    97,    98,    99,   100,   101,   102,   103,   104,   105,
     106,   107,   108,   109,   110,   111,   112,   113,   114,   115,
     116,   117,   118,   119,   120,   121,   122,   123,   124,   125,
     126,   127,   128,   129,   130,   131,   132,   133,   134,   135,
     136,   137,   138,   139,   140,   141,   142,   143,   144,   145,
     146,   147,   148,   149,   150,   151,   152,   153,   154,   155,
     156,   157,   158,   159,   160,   161,   162,   163,   164,    29,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    43,    44,    45,    46,    47,    48,    49,
      50,    51,    52,    53,    54,    55,    56,    57,    58,    59,
      60,    61,    62,    63,    64,    65,    66,    67,    68,    69,
      70,    71,    72,    73,    74,    75,    76,    77,    78,    79,
      80,    81,    82,    83,    84,    85,    86,    87,    88,    89,
      90,    91,    92,    93,    94,    95,    96,    97,    98,    99,
     100,   101,   102,   103,   104,   105,   106,   107,   108,   109,
     110,   111,   112,   113,   114,   115,   116,   117,   118,   119,
     120,   121,   122,   123,   124,   125,   126,   127,   128,   129,
     130,   131,   132,   133,   134,   135,   136,   137,   138,   139,
     140,   141,   142,   143,   144,   145,   146,   147,   148,   149,
     150,   151,   152,   153,   154,   155,   156,   157,   158,   159,
     160,   161,    29,   163,   164,    32,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    43,    -1,    45,    46,
      47,    48,    49,    50,    51,    52,    53,    54,    55,    56,
      57,    58,    59,    60,    61,    62,    63,    64,    65,    66,
      67,    68,    69,    70,    71,    72,    73,    74,    75,    76,
      77,    -1,    79,    80,    81,    82,    83,    -1,    85,    86,
      87,    88,    89,    90,    91,    92,    93,    94,    95,    96,
      97,    98,    99,   100,   101,   102,   103,   104,   105,   106,
     107,   108,   109,   110,   111,   112,   113,   114,   115,   116,
     117,   118,   119,   120,   121,   122,   123,   124,   125,   126,
     127,   128,   129,   130,   131,   132,   133,   134,   135,   136,
     137,   138,   139,   140,   141,   142,   143,   144,   145,   146,
     147,   148,   149,   150,   151,   152,   153,   154,   155,   156,
     157,   158,   159,   160,   161,   162,   163,   164
};

/* YYSTOS[STATE-NUM] -- The symbol kind of the accessing symbol of
   state STATE-NUM.  */
static const yytype_int16 yystos[] =
{
       0,     3,     4,     5,     6,     7,     8,     9,    10,    11,
      12,    13,    14,    15,    16,    17,    18,    19,    20,   166,
      39,   167,    39,    40,    41,   214,    27,    28,   179,   180,
     176,   180,    23,   173,   174,    29,    43,    44,    45,    46,
      47,    48,    49,    50,    51,    52,    53,    54,    55,    56,
      57,    58,    59,    60,    61,    62,    63,    64,    65,    66,
      67,    68,    69,    70,    71,    72,    73,    74,    75,    76,
      77,    78,    79,    80,    81,    82,    83,    84,    85,    86,
      87,    88,    89,    90,    91,    92,    93,    94,    95,    96,
      97,    98,    99,   100,   101,   102,   103,   104,   105,   106,
     107,   108,   109,   110,   111,   112,   113,   114,   115,   116,
     117,   118,   119,   120,   121,   122,   123,   124,   125,   126,
     127,   128,   129,   130,   131,   132,   133,   134,   135,   136,
     137,   138,   139,   140,   141,   142,   143,   144,   145,   146,
     147,   148,   149,   150,   151,   152,   153,   154,   155,   156,
     157,   158,   159,   160,   161,   162,   163,   164,   170,   171,
     251,   252,   253,   254,   256,   264,   268,    29,    59,    64,
      80,    82,   104,   122,   130,   142,   143,   151,   155,   162,
     188,   189,   251,   252,   253,   254,   255,   256,   265,   268,
      29,    59,    80,    82,   104,   130,   142,   143,   151,   155,
     162,   191,   192,   251,   252,   253,   254,   255,   256,   266,
     268,   162,   221,    27,   239,    27,   240,   104,   208,    37,
      63,    86,   103,   109,   152,   153,   160,   218,   104,   230,
      86,   102,   126,   152,   153,   160,   238,    23,    29,    32,
      44,    59,    78,    80,    82,    84,   104,   130,   142,   143,
     151,   155,   162,   185,   187,   251,   252,   253,   254,   255,
     261,   268,    23,    27,    28,    29,    33,    59,    80,    82,
     104,   130,   142,   143,   151,   155,   162,   195,   196,   197,
     198,   246,   251,   252,   253,   254,   255,   256,   267,   268,
      23,   231,     0,    21,    21,    21,    21,    22,   177,   180,
      21,    21,    21,    21,    21,    21,    21,    21,    21,    21,
      21,    21,    21,    21,    21,    21,    21,    21,    21,    21,
      21,   186,   187,    24,   197,    21,    24,    33,   232,   233,
     246,    29,    59,    71,    75,    80,    82,   104,   130,   132,
     142,   143,   151,   155,   162,   168,   252,   253,   254,   255,
     256,   257,   268,    51,   108,   114,   215,    27,    29,    51,
      56,    57,    59,    72,    74,    80,    82,   104,   108,   114,
     120,   130,   140,   142,   143,   151,   155,   216,   219,   221,
     251,   254,   255,   256,   259,   268,    25,    36,   217,    21,
      23,    23,    27,    28,   171,   181,   239,   181,   189,   240,
     181,   192,    23,   180,   222,    34,   240,    38,   239,   179,
      27,   241,   241,   241,    23,   240,    27,   242,   242,   241,
     241,   242,    21,    24,    24,   198,    21,    24,    21,   213,
      21,    21,    21,   199,    21,    21,    21,    21,    22,   247,
      21,    22,    21,   213,   213,   235,   234,   234,    21,    21,
      22,    22,   247,   218,    22,   178,   180,    27,   175,    23,
      24,    30,    32,    34,    35,   182,   183,   244,   245,   246,
      29,   147,   223,   224,    21,   229,   239,   187,   233,   246,
      21,   243,   244,   179,   184,    23,    44,    45,    53,    54,
      55,    58,    60,    69,    70,    81,    83,    85,    94,    95,
     106,   111,   115,   116,   117,   123,   126,   131,   133,   134,
     135,   138,   139,   145,   148,   149,   151,   154,   156,   157,
     158,   159,   160,   179,   202,   204,   205,   208,   243,   243,
     179,   190,    80,   130,   142,   143,   151,   251,   257,   258,
      21,   217,    29,    59,    76,    77,    80,    82,   104,   126,
     130,   142,   143,   151,   155,   251,   252,   253,   255,   256,
     260,   268,    21,    21,   243,   217,    26,    24,    21,   182,
      21,    24,    21,    24,    21,    44,   121,   137,   209,    24,
     246,    21,   169,    21,   205,   206,    21,    21,    21,    21,
      21,    21,    21,    21,    21,    21,    21,    21,    21,    21,
      21,    21,    21,    21,    21,    21,    21,    21,    21,    21,
     169,    21,    21,    21,   199,    21,   247,    23,    27,    28,
      29,    30,    31,    32,    33,    34,    35,   248,   250,   267,
      22,    21,   247,    23,    29,    59,    80,    82,   104,   130,
     142,   143,   151,   155,   162,   236,   251,   252,   253,   254,
     255,   256,   263,   268,    23,    27,    21,    22,    21,   239,
      24,   183,   225,   245,    21,   147,    21,    23,   185,    21,
      24,   244,    34,   207,   246,   244,   244,    34,   203,   246,
     244,   244,   246,   242,   205,   207,   205,    23,   207,   207,
     207,   207,   242,   244,   244,   244,   179,   246,   205,    23,
      23,    29,    82,   193,   194,   184,   190,    24,   248,   249,
     220,   147,    21,    21,   104,    23,    36,    21,   172,   222,
      21,   240,   170,    21,   205,    21,    21,    21,    24,    29,
     200,   201,   267,    86,   102,   126,   152,   153,   160,   210,
     211,   212,   191,    21,    21,    24,    23,   226,    21,   239,
     181,    21,    24,   237,   238,   173,   176,    24,   225,    24,
      23,   204,   244,   205,    21,    21,    24,    21,    24,    24,
     195,   248,    82,   104,   151,   227,   228,   256,   261,   262,
     225,   239,    21,    24,    21,   188,   202,   181,   201,    21,
     211,    21,    21,    21,    21,    21,    24,    21,    24,    24,
     238,   173,    24,   202,   193,   231,    23,   241,   228,   248,
     229,    24
};

/* YYR1[RULE-NUM] -- Symbol kind of the left-hand side of rule RULE-NUM.  */
static const yytype_int16 yyr1[] =
{
       0,   165,   166,   166,   166,   166,   166,   166,   166,   166,
     166,   166,   166,   166,   166,   166,   166,   166,   166,   166,
     167,   168,   168,   168,   168,   168,   168,   168,   168,   168,
     168,   168,   168,   169,   169,   170,   170,   170,   171,   171,
     171,   172,   172,   172,   172,   173,   174,   175,   176,   177,
     178,   179,   180,   180,   181,   181,   181,   181,   182,   182,
     183,   183,   184,   184,   185,   185,   185,   185,   185,   186,
     186,   187,   187,   187,   187,   188,   188,   188,   189,   189,
     189,   190,   190,   191,   191,   191,   192,   192,   193,   194,
     194,   195,   195,   196,   196,   197,   197,   198,   198,   199,
     199,   199,   200,   200,   200,   201,   201,   202,   202,   203,
     203,   204,   204,   205,   205,   205,   205,   205,   205,   205,
     205,   205,   205,   205,   205,   205,   205,   205,   205,   205,
     205,   205,   205,   205,   205,   205,   205,   205,   205,   205,
     205,   205,   205,   205,   205,   205,   205,   205,   205,   205,
     205,   206,   206,   207,   207,   208,   208,   209,   209,   209,
     210,   210,   211,   212,   212,   212,   212,   212,   212,   213,
     213,   214,   214,   214,   214,   214,   214,   214,   215,   215,
     215,   216,   216,   216,   216,   216,   217,   217,   217,   217,
     217,   218,   218,   218,   218,   218,   218,   218,   218,   218,
     219,   220,   219,   219,   219,   219,   219,   219,   219,   219,
     219,   219,   219,   219,   219,   219,   221,   221,   222,   223,
     223,   224,   224,   225,   226,   227,   227,   228,   228,   228,
     228,   229,   230,   231,   231,   232,   232,   233,   233,   234,
     234,   234,   235,   235,   236,   236,   236,   236,   237,   237,
     238,   238,   238,   238,   238,   238,   239,   240,   241,   242,
     243,   244,   244,   244,   244,   245,   245,   246,   246,   246,
     246,   247,   247,   248,   248,   248,   249,   249,   250,   250,
     250,   250,   250,   250,   250,   250,   250,   250,   251,   251,
     251,   252,   252,   252,   252,   252,   253,   253,   253,   253,
     254,   254,   254,   255,   255,   256,   256,   256,   257,   257,
     257,   257,   257,   257,   257,   257,   257,   257,   257,   257,
     258,   258,   258,   258,   259,   259,   259,   259,   259,   259,
     259,   259,   259,   259,   259,   259,   259,   260,   260,   260,
     260,   260,   260,   260,   260,   260,   260,   260,   260,   260,
     260,   260,   261,   261,   261,   261,   261,   261,   261,   261,
     261,   261,   261,   261,   261,   261,   261,   262,   262,   263,
     263,   263,   263,   263,   263,   263,   263,   263,   263,   263,
     263,   263,   263,   263,   263,   264,   264,   264,   264,   264,
     264,   264,   264,   264,   264,   264,   264,   264,   264,   264,
     264,   264,   265,   265,   265,   265,   265,   265,   265,   265,
     265,   265,   265,   265,   265,   265,   265,   265,   266,   266,
     266,   266,   266,   266,   266,   266,   266,   266,   266,   266,
     266,   266,   266,   266,   266,   267,   267,   267,   267,   267,
     267,   267,   267,   267,   267,   267,   267,   267,   267,   267,
     267,   267,   268,   268,   268,   268,   268,   268,   268,   268,
     268,   268,   268,   268,   268,   268,   268,   268,   268,   268,
     268,   268,   268,   268,   268,   268,   268,   268,   268,   268,
     268,   268,   268,   268,   268,   268,   268,   268,   268,   268,
     268,   268,   268,   268,   268,   268,   268,   268,   268,   268,
     268,   268,   268,   268,   268,   268,   268,   268,   268,   268,
     268,   268,   268,   268,   268,   268,   268,   268,   268,   268,
     268,   268,   268,   268,   268,   268,   268,   268,   268,   268,
     268,   268,   268,   268,   268,   268,   268,   268,   268,   268,
     268,   268,   268,   268
};

/* YYR2[RULE-NUM] -- Number of symbols on the right-hand side of rule RULE-NUM.  */
static const yytype_int8 yyr2[] =
{
       0,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       4,     4,     4,     3,     3,     2,     5,     5,     4,     4,
       2,     7,     2,     0,     4,     1,     3,     3,     8,     1,
       1,     0,     2,     2,     4,     5,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     2,     3,     1,     3,
       1,     3,     3,     7,     1,     1,     1,     1,     3,     1,
       3,     1,     1,     1,     1,     1,     3,     3,     3,     1,
       1,     3,     7,     1,     3,     3,     3,     1,     3,     1,
       1,     1,     1,     2,     3,     1,     3,     1,     1,     2,
       7,     8,     1,     3,     3,     1,     1,     1,     5,     1,
       1,     1,     3,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     3,     3,     3,
       3,     3,     3,     3,     3,     3,     3,     3,     3,     3,
       3,     3,     5,     3,     3,     3,     5,     3,     1,     3,
       1,     1,     3,     1,     1,     3,     7,     1,     1,     1,
       1,     3,     1,     1,     1,     1,     1,     1,     1,     2,
       3,     6,     4,     6,     4,     4,     4,     2,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     5,     4,     3,
       0,     3,     1,     3,     1,     3,     3,     3,     1,     3,
       1,     0,     6,     3,     3,     3,     4,     1,     2,     2,
       2,     2,     2,     6,     7,     2,     3,     7,     1,     1,
       1,     3,     5,     1,     3,     1,     3,     3,     5,     3,
       3,     1,     5,     2,     3,     1,     3,     1,     1,     0,
       3,     7,     0,     3,     5,     1,     3,     3,     1,     3,
       3,     3,     3,     3,     3,     3,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     0,     3,     1,     2,     3,     1,     3,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1
};


enum { YYENOMEM = -2 };

#define yyerrok         (yyerrstatus = 0)
#define yyclearin       (yychar = QRS_TOK_QRS_YYEMPTY)

#define YYACCEPT        goto yyacceptlab
#define YYABORT         goto yyabortlab
#define YYERROR         goto yyerrorlab
#define YYNOMEM         goto yyexhaustedlab


#define YYRECOVERING()  (!!yyerrstatus)

#define YYBACKUP(Token, Value)                                    \
  do                                                              \
    if (yychar == QRS_TOK_QRS_YYEMPTY)                                        \
      {                                                           \
        yychar = (Token);                                         \
        yylval = (Value);                                         \
        YYPOPSTACK (yylen);                                       \
        yystate = *yyssp;                                         \
        goto yybackup;                                            \
      }                                                           \
    else                                                          \
      {                                                           \
        yyerror (&yylloc, ctx, YY_("syntax error: cannot back up")); \
        YYERROR;                                                  \
      }                                                           \
  while (0)

/* Backward compatibility with an undocumented macro.
   Use QRS_TOK_QRS_YYerror or QRS_TOK_QRS_YYUNDEF. */
#define YYERRCODE QRS_TOK_QRS_YYUNDEF

/* YYLLOC_DEFAULT -- Set CURRENT to span from RHS[1] to RHS[N].
   If N is 0, then set CURRENT to the empty location which ends
   the previous symbol: RHS[0] (always defined).  */

#ifndef YYLLOC_DEFAULT
# define YYLLOC_DEFAULT(Current, Rhs, N)                                \
    do                                                                  \
      if (N)                                                            \
        {                                                               \
          (Current).first_line   = YYRHSLOC (Rhs, 1).first_line;        \
          (Current).first_column = YYRHSLOC (Rhs, 1).first_column;      \
          (Current).last_line    = YYRHSLOC (Rhs, N).last_line;         \
          (Current).last_column  = YYRHSLOC (Rhs, N).last_column;       \
        }                                                               \
      else                                                              \
        {                                                               \
          (Current).first_line   = (Current).last_line   =              \
            YYRHSLOC (Rhs, 0).last_line;                                \
          (Current).first_column = (Current).last_column =              \
            YYRHSLOC (Rhs, 0).last_column;                              \
        }                                                               \
    while (0)
#endif

#define YYRHSLOC(Rhs, K) ((Rhs)[K])


/* Enable debugging if requested.  */
#if QRS_YYDEBUG

# ifndef YYFPRINTF
#  include <stdio.h> /* INFRINGES ON USER NAME SPACE */
#  define YYFPRINTF fprintf
# endif

# define YYDPRINTF(Args)                        \
do {                                            \
  if (yydebug)                                  \
    YYFPRINTF Args;                             \
} while (0)


/* YYLOCATION_PRINT -- Print the location on the stream.
   This macro was not mandated originally: define only if we know
   we won't break user code: when these are the locations we know.  */

# ifndef YYLOCATION_PRINT

#  if defined YY_LOCATION_PRINT

   /* Temporary convenience wrapper in case some people defined the
      undocumented and private YY_LOCATION_PRINT macros.  */
#   define YYLOCATION_PRINT(File, Loc)  YY_LOCATION_PRINT(File, *(Loc))

#  elif defined QRS_YYLTYPE_IS_TRIVIAL && QRS_YYLTYPE_IS_TRIVIAL

/* Print *YYLOCP on YYO.  Private, do not rely on its existence. */

YY_ATTRIBUTE_UNUSED
static int
yy_location_print_ (FILE *yyo, YYLTYPE const * const yylocp)
{
  int res = 0;
  int end_col = 0 != yylocp->last_column ? yylocp->last_column - 1 : 0;
  if (0 <= yylocp->first_line)
    {
      res += YYFPRINTF (yyo, "%d", yylocp->first_line);
      if (0 <= yylocp->first_column)
        res += YYFPRINTF (yyo, ".%d", yylocp->first_column);
    }
  if (0 <= yylocp->last_line)
    {
      if (yylocp->first_line < yylocp->last_line)
        {
          res += YYFPRINTF (yyo, "-%d", yylocp->last_line);
          if (0 <= end_col)
            res += YYFPRINTF (yyo, ".%d", end_col);
        }
      else if (0 <= end_col && yylocp->first_column < end_col)
        res += YYFPRINTF (yyo, "-%d", end_col);
    }
  return res;
}

#   define YYLOCATION_PRINT  yy_location_print_

    /* Temporary convenience wrapper in case some people defined the
       undocumented and private YY_LOCATION_PRINT macros.  */
#   define YY_LOCATION_PRINT(File, Loc)  YYLOCATION_PRINT(File, &(Loc))

#  else

#   define YYLOCATION_PRINT(File, Loc) ((void) 0)
    /* Temporary convenience wrapper in case some people defined the
       undocumented and private YY_LOCATION_PRINT macros.  */
#   define YY_LOCATION_PRINT  YYLOCATION_PRINT

#  endif
# endif /* !defined YYLOCATION_PRINT */


# define YY_SYMBOL_PRINT(Title, Kind, Value, Location)                    \
do {                                                                      \
  if (yydebug)                                                            \
    {                                                                     \
      YYFPRINTF (stderr, "%s ", Title);                                   \
      yy_symbol_print (stderr,                                            \
                  Kind, Value, Location, ctx); \
      YYFPRINTF (stderr, "\n");                                           \
    }                                                                     \
} while (0)


/*-----------------------------------.
| Print this symbol's value on YYO.  |
`-----------------------------------*/

static void
yy_symbol_value_print (FILE *yyo,
                       yysymbol_kind_t yykind, YYSTYPE const * const yyvaluep, YYLTYPE const * const yylocationp, qrs_ctx *ctx)
{
  FILE *yyoutput = yyo;
  YY_USE (yyoutput);
  YY_USE (yylocationp);
  YY_USE (ctx);
  if (!yyvaluep)
    return;
  YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
  YY_USE (yykind);
  YY_IGNORE_MAYBE_UNINITIALIZED_END
}


/*---------------------------.
| Print this symbol on YYO.  |
`---------------------------*/

static void
yy_symbol_print (FILE *yyo,
                 yysymbol_kind_t yykind, YYSTYPE const * const yyvaluep, YYLTYPE const * const yylocationp, qrs_ctx *ctx)
{
  YYFPRINTF (yyo, "%s %s (",
             yykind < YYNTOKENS ? "token" : "nterm", yysymbol_name (yykind));

  YYLOCATION_PRINT (yyo, yylocationp);
  YYFPRINTF (yyo, ": ");
  yy_symbol_value_print (yyo, yykind, yyvaluep, yylocationp, ctx);
  YYFPRINTF (yyo, ")");
}

/*------------------------------------------------------------------.
| yy_stack_print -- Print the state stack from its BOTTOM up to its |
| TOP (included).                                                   |
`------------------------------------------------------------------*/

static void
yy_stack_print (yy_state_t *yybottom, yy_state_t *yytop)
{
  YYFPRINTF (stderr, "Stack now");
  for (; yybottom <= yytop; yybottom++)
    {
      int yybot = *yybottom;
      YYFPRINTF (stderr, " %d", yybot);
    }
  YYFPRINTF (stderr, "\n");
}

# define YY_STACK_PRINT(Bottom, Top)                            \
do {                                                            \
  if (yydebug)                                                  \
    yy_stack_print ((Bottom), (Top));                           \
} while (0)


/*------------------------------------------------.
| Report that the YYRULE is going to be reduced.  |
`------------------------------------------------*/

static void
yy_reduce_print (yy_state_t *yyssp, YYSTYPE *yyvsp, YYLTYPE *yylsp,
                 int yyrule, qrs_ctx *ctx)
{
  int yylno = yyrline[yyrule];
  int yynrhs = yyr2[yyrule];
  int yyi;
  YYFPRINTF (stderr, "Reducing stack by rule %d (line %d):\n",
             yyrule - 1, yylno);
  /* The symbols being reduced.  */
  for (yyi = 0; yyi < yynrhs; yyi++)
    {
      YYFPRINTF (stderr, "   $%d = ", yyi + 1);
      yy_symbol_print (stderr,
                       YY_ACCESSING_SYMBOL (+yyssp[yyi + 1 - yynrhs]),
                       &yyvsp[(yyi + 1) - (yynrhs)],
                       &(yylsp[(yyi + 1) - (yynrhs)]), ctx);
      YYFPRINTF (stderr, "\n");
    }
}

# define YY_REDUCE_PRINT(Rule)          \
do {                                    \
  if (yydebug)                          \
    yy_reduce_print (yyssp, yyvsp, yylsp, Rule, ctx); \
} while (0)

/* Nonzero means print parse trace.  It is left uninitialized so that
   multiple parsers can coexist.  */
int yydebug;
#else /* !QRS_YYDEBUG */
# define YYDPRINTF(Args) ((void) 0)
# define YY_SYMBOL_PRINT(Title, Kind, Value, Location)
# define YY_STACK_PRINT(Bottom, Top)
# define YY_REDUCE_PRINT(Rule)
#endif /* !QRS_YYDEBUG */


/* YYINITDEPTH -- initial size of the parser's stacks.  */
#ifndef YYINITDEPTH
# define YYINITDEPTH 200
#endif

/* YYMAXDEPTH -- maximum size the stacks can grow to (effective only
   if the built-in stack extension method is used).

   Do not make this value too large; the results are undefined if
   YYSTACK_ALLOC_MAXIMUM < YYSTACK_BYTES (YYMAXDEPTH)
   evaluated with infinite-precision integer arithmetic.  */

#ifndef YYMAXDEPTH
# define YYMAXDEPTH 10000
#endif


/* Context of a parse error.  */
typedef struct
{
  yy_state_t *yyssp;
  yysymbol_kind_t yytoken;
  YYLTYPE *yylloc;
} yypcontext_t;

/* Put in YYARG at most YYARGN of the expected tokens given the
   current YYCTX, and return the number of tokens stored in YYARG.  If
   YYARG is null, return the number of expected tokens (guaranteed to
   be less than YYNTOKENS).  Return YYENOMEM on memory exhaustion.
   Return 0 if there are more than YYARGN expected tokens, yet fill
   YYARG up to YYARGN. */
static int
yypcontext_expected_tokens (const yypcontext_t *yyctx,
                            yysymbol_kind_t yyarg[], int yyargn)
{
  /* Actual size of YYARG. */
  int yycount = 0;
  int yyn = yypact[+*yyctx->yyssp];
  if (!yypact_value_is_default (yyn))
    {
      /* Start YYX at -YYN if negative to avoid negative indexes in
         YYCHECK.  In other words, skip the first -YYN actions for
         this state because they are default actions.  */
      int yyxbegin = yyn < 0 ? -yyn : 0;
      /* Stay within bounds of both yycheck and yytname.  */
      int yychecklim = YYLAST - yyn + 1;
      int yyxend = yychecklim < YYNTOKENS ? yychecklim : YYNTOKENS;
      int yyx;
      for (yyx = yyxbegin; yyx < yyxend; ++yyx)
        if (yycheck[yyx + yyn] == yyx && yyx != S_YYerror
            && !yytable_value_is_error (yytable[yyx + yyn]))
          {
            if (!yyarg)
              ++yycount;
            else if (yycount == yyargn)
              return 0;
            else
              yyarg[yycount++] = YY_CAST (yysymbol_kind_t, yyx);
          }
    }
  if (yyarg && yycount == 0 && 0 < yyargn)
    yyarg[0] = S_YYEMPTY;
  return yycount;
}




/* The kind of the lookahead of this context.  */
static yysymbol_kind_t
yypcontext_token (const yypcontext_t *yyctx) YY_ATTRIBUTE_UNUSED;

static yysymbol_kind_t
yypcontext_token (const yypcontext_t *yyctx)
{
  return yyctx->yytoken;
}

/* The location of the lookahead of this context.  */
static YYLTYPE *
yypcontext_location (const yypcontext_t *yyctx) YY_ATTRIBUTE_UNUSED;

static YYLTYPE *
yypcontext_location (const yypcontext_t *yyctx)
{
  return yyctx->yylloc;
}

/* User defined function to report a syntax error.  */
static int
yyreport_syntax_error (const yypcontext_t *yyctx, qrs_ctx *ctx);

/*-----------------------------------------------.
| Release the memory associated to this symbol.  |
`-----------------------------------------------*/

static void
yydestruct (const char *yymsg,
            yysymbol_kind_t yykind, YYSTYPE *yyvaluep, YYLTYPE *yylocationp, qrs_ctx *ctx)
{
  YY_USE (yyvaluep);
  YY_USE (yylocationp);
  YY_USE (ctx);
  if (!yymsg)
    yymsg = "Deleting";
  YY_SYMBOL_PRINT (yymsg, yykind, yyvaluep, yylocationp);

  YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
  YY_USE (yykind);
  YY_IGNORE_MAYBE_UNINITIALIZED_END
}






/*----------.
| yyparse.  |
`----------*/

int
yyparse (qrs_ctx *ctx)
{
/* Lookahead token kind.  */
int yychar;


/* The semantic value of the lookahead symbol.  */
/* Default value used for initialization, for pacifying older GCCs
   or non-GCC compilers.  */
YY_INITIAL_VALUE (static YYSTYPE yyval_default;)
YYSTYPE yylval YY_INITIAL_VALUE (= yyval_default);

/* Location data for the lookahead symbol.  */
static YYLTYPE yyloc_default
# if defined QRS_YYLTYPE_IS_TRIVIAL && QRS_YYLTYPE_IS_TRIVIAL
  = { 1, 1, 1, 1 }
# endif
;
YYLTYPE yylloc = yyloc_default;

    /* Number of syntax errors so far.  */
    int yynerrs = 0;

    yy_state_fast_t yystate = 0;
    /* Number of tokens to shift before error messages enabled.  */
    int yyerrstatus = 0;

    /* Refer to the stacks through separate pointers, to allow yyoverflow
       to reallocate them elsewhere.  */

    /* Their size.  */
    YYPTRDIFF_T yystacksize = YYINITDEPTH;

    /* The state stack: array, bottom, top.  */
    yy_state_t yyssa[YYINITDEPTH];
    yy_state_t *yyss = yyssa;
    yy_state_t *yyssp = yyss;

    /* The semantic value stack: array, bottom, top.  */
    YYSTYPE yyvsa[YYINITDEPTH];
    YYSTYPE *yyvs = yyvsa;
    YYSTYPE *yyvsp = yyvs;

    /* The location stack: array, bottom, top.  */
    YYLTYPE yylsa[YYINITDEPTH];
    YYLTYPE *yyls = yylsa;
    YYLTYPE *yylsp = yyls;

  int yyn;
  /* The return value of yyparse.  */
  int yyresult;
  /* Lookahead symbol kind.  */
  yysymbol_kind_t yytoken = S_YYEMPTY;
  /* The variables used to return semantic value and location from the
     action routines.  */
  YYSTYPE yyval;
  YYLTYPE yyloc;

  /* The locations where the error started and ended.  */
  YYLTYPE yyerror_range[3];



#define YYPOPSTACK(N)   (yyvsp -= (N), yyssp -= (N), yylsp -= (N))

  /* The number of symbols on the RHS of the reduced rule.
     Keep to zero when no symbol should be popped.  */
  int yylen = 0;

  YYDPRINTF ((stderr, "Starting parse\n"));

  yychar = QRS_TOK_QRS_YYEMPTY; /* Cause a token to be read.  */

  yylsp[0] = yylloc;
  goto yysetstate;


/*------------------------------------------------------------.
| yynewstate -- push a new state, which is found in yystate.  |
`------------------------------------------------------------*/
yynewstate:
  /* In all cases, when you get here, the value and location stacks
     have just been pushed.  So pushing a state here evens the stacks.  */
  yyssp++;


/*--------------------------------------------------------------------.
| yysetstate -- set current state (the top of the stack) to yystate.  |
`--------------------------------------------------------------------*/
yysetstate:
  YYDPRINTF ((stderr, "Entering state %d\n", yystate));
  YY_ASSERT (0 <= yystate && yystate < YYNSTATES);
  YY_IGNORE_USELESS_CAST_BEGIN
  *yyssp = YY_CAST (yy_state_t, yystate);
  YY_IGNORE_USELESS_CAST_END
  YY_STACK_PRINT (yyss, yyssp);

  if (yyss + yystacksize - 1 <= yyssp)
#if !defined yyoverflow && !defined YYSTACK_RELOCATE
    YYNOMEM;
#else
    {
      /* Get the current used size of the three stacks, in elements.  */
      YYPTRDIFF_T yysize = yyssp - yyss + 1;

# if defined yyoverflow
      {
        /* Give user a chance to reallocate the stack.  Use copies of
           these so that the &'s don't force the real ones into
           memory.  */
        yy_state_t *yyss1 = yyss;
        YYSTYPE *yyvs1 = yyvs;
        YYLTYPE *yyls1 = yyls;

        /* Each stack pointer address is followed by the size of the
           data in use in that stack, in bytes.  This used to be a
           conditional around just the two extra args, but that might
           be undefined if yyoverflow is a macro.  */
        yyoverflow (YY_("memory exhausted"),
                    &yyss1, yysize * YYSIZEOF (*yyssp),
                    &yyvs1, yysize * YYSIZEOF (*yyvsp),
                    &yyls1, yysize * YYSIZEOF (*yylsp),
                    &yystacksize);
        yyss = yyss1;
        yyvs = yyvs1;
        yyls = yyls1;
      }
# else /* defined YYSTACK_RELOCATE */
      /* Extend the stack our own way.  */
      if (YYMAXDEPTH <= yystacksize)
        YYNOMEM;
      yystacksize *= 2;
      if (YYMAXDEPTH < yystacksize)
        yystacksize = YYMAXDEPTH;

      {
        yy_state_t *yyss1 = yyss;
        union yyalloc *yyptr =
          YY_CAST (union yyalloc *,
                   YYSTACK_ALLOC (YY_CAST (YYSIZE_T, YYSTACK_BYTES (yystacksize))));
        if (! yyptr)
          YYNOMEM;
        YYSTACK_RELOCATE (yyss_alloc, yyss);
        YYSTACK_RELOCATE (yyvs_alloc, yyvs);
        YYSTACK_RELOCATE (yyls_alloc, yyls);
#  undef YYSTACK_RELOCATE
        if (yyss1 != yyssa)
          YYSTACK_FREE (yyss1);
      }
# endif

      yyssp = yyss + yysize - 1;
      yyvsp = yyvs + yysize - 1;
      yylsp = yyls + yysize - 1;

      YY_IGNORE_USELESS_CAST_BEGIN
      YYDPRINTF ((stderr, "Stack size increased to %ld\n",
                  YY_CAST (long, yystacksize)));
      YY_IGNORE_USELESS_CAST_END

      if (yyss + yystacksize - 1 <= yyssp)
        YYABORT;
    }
#endif /* !defined yyoverflow && !defined YYSTACK_RELOCATE */


  if (yystate == YYFINAL)
    YYACCEPT;

  goto yybackup;


/*-----------.
| yybackup.  |
`-----------*/
yybackup:
  /* Do appropriate processing given the current state.  Read a
     lookahead token if we need one and don't already have one.  */

  /* First try to decide what to do without reference to lookahead token.  */
  yyn = yypact[yystate];
  if (yypact_value_is_default (yyn))
    goto yydefault;

  /* Not known => get a lookahead token if don't already have one.  */

  /* YYCHAR is either empty, or end-of-input, or a valid lookahead.  */
  if (yychar == QRS_TOK_QRS_YYEMPTY)
    {
      YYDPRINTF ((stderr, "Reading a token\n"));
      yychar = yylex (&yylval, &yylloc, ctx);
    }

  if (yychar <= QRS_TOK_YYEOF)
    {
      yychar = QRS_TOK_YYEOF;
      yytoken = S_YYEOF;
      YYDPRINTF ((stderr, "Now at end of input.\n"));
    }
  else if (yychar == QRS_TOK_QRS_YYerror)
    {
      /* The scanner already issued an error message, process directly
         to error recovery.  But do not keep the error token as
         lookahead, it is too special and may lead us to an endless
         loop in error recovery. */
      yychar = QRS_TOK_QRS_YYUNDEF;
      yytoken = S_YYerror;
      yyerror_range[1] = yylloc;
      goto yyerrlab1;
    }
  else
    {
      yytoken = YYTRANSLATE (yychar);
      YY_SYMBOL_PRINT ("Next token is", yytoken, &yylval, &yylloc);
    }

  /* If the proper action on seeing token YYTOKEN is to reduce or to
     detect an error, take that action.  */
  yyn += yytoken;
  if (yyn < 0 || YYLAST < yyn || yycheck[yyn] != yytoken)
    goto yydefault;
  yyn = yytable[yyn];
  if (yyn <= 0)
    {
      if (yytable_value_is_error (yyn))
        goto yyerrlab;
      yyn = -yyn;
      goto yyreduce;
    }

  /* Count tokens shifted since error; after three, turn off error
     status.  */
  if (yyerrstatus)
    yyerrstatus--;

  /* Shift the lookahead token.  */
  YY_SYMBOL_PRINT ("Shifting", yytoken, &yylval, &yylloc);
  yystate = yyn;
  YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
  *++yyvsp = yylval;
  YY_IGNORE_MAYBE_UNINITIALIZED_END
  *++yylsp = yylloc;

  /* Discard the shifted token.  */
  yychar = QRS_TOK_QRS_YYEMPTY;
  goto yynewstate;


/*-----------------------------------------------------------.
| yydefault -- do the default action for the current state.  |
`-----------------------------------------------------------*/
yydefault:
  yyn = yydefact[yystate];
  if (yyn == 0)
    goto yyerrlab;
  goto yyreduce;


/*-----------------------------.
| yyreduce -- do a reduction.  |
`-----------------------------*/
yyreduce:
  /* yyn is the number of a rule to reduce with.  */
  yylen = yyr2[yyn];

  /* If YYLEN is nonzero, implement the default value of the action:
     '$$ = $1'.

     Otherwise, the following line sets YYVAL to garbage.
     This behavior is undocumented and Bison
     users should not rely upon it.  Assigning to YYVAL
     unconditionally makes the parser a bit smaller, and it avoids a
     GCC warning that YYVAL may be used uninitialized.  */
  yyval = yyvsp[1-yylen];

  /* Default location. */
  YYLLOC_DEFAULT (yyloc, (yylsp - yylen), yylen);
  yyerror_range[1] = yyloc;
  YY_REDUCE_PRINT (yyn);
  switch (yyn)
    {
  case 4: /* start: START_SEQUENCE_SET sequence_set  */
                                                    { ctx->frag->set = (yyvsp[0].set); }
    break;

  case 5: /* start: START_KNOWN_UIDS known_uids  */
                                                    { ctx->frag->set = (yyvsp[0].set); }
    break;

  case 7: /* start: START_SELECT_PARAM select_param_list  */
                                                    { CHECK(qrs_act_single_param(ctx, (yyvsp[0].plist), "select-param")); }
    break;

  case 8: /* start: START_FETCH_MODIFIER fetch_modifier_list  */
                                                    { CHECK(qrs_act_single_param(ctx, (yyvsp[0].plist), "fetch-modifier")); }
    break;

  case 9: /* start: START_STORE_MODIFIER store_modifier_list  */
                                                    { CHECK(qrs_act_single_param(ctx, (yyvsp[0].plist), "store-modifier")); }
    break;

  case 11: /* start: START_MOD_SEQUENCE_VALUE mod_sequence_value  */
                                                    { ctx->frag->number = (yyvsp[0].u64); }
    break;

  case 12: /* start: START_MOD_SEQUENCE_VALZER mod_sequence_valzer  */
                                                    { ctx->frag->number = (yyvsp[0].u64); }
    break;

  case 13: /* start: START_SEARCH_MODSEQUENCE search_modsequence  */
                                                    { ctx->frag->search_modseq = (yyvsp[0].smod); }
    break;

  case 14: /* start: START_RESP_TEXT_CODE resp_text_code  */
                                                    { ctx->frag->resp_text = *(yyvsp[0].rt); }
    break;

  case 16: /* start: START_STATUS_ATT_VAL status_att_val  */
                                                    { ctx->frag->status_att = (yyvsp[0].satt); }
    break;

  case 20: /* command: "tag" "SP" command_body "CRLF"  */
                                                    { ctx->msg->tag = SPAN((yylsp[-3])); }
    break;

  case 21: /* command_body: "SELECT" "SP" mailbox select_params  */
                                                    { qrs_act_select_cmd(ctx, 0, &(yyvsp[-1].str)); }
    break;

  case 22: /* command_body: "EXAMINE" "SP" mailbox select_params  */
                                                    { qrs_act_select_cmd(ctx, 1, &(yyvsp[-1].str)); }
    break;

  case 23: /* command_body: "FETCH" "SP" fetch  */
                                                    { CHECK(qrs_act_fetch_done(ctx, 0)); }
    break;

  case 24: /* command_body: "STORE" "SP" store  */
                                                    { ctx->msg->kind = QRS_CMD_STORE; }
    break;

  case 25: /* command_body: "SEARCH" search  */
                                                    { ctx->msg->kind = QRS_CMD_SEARCH; }
    break;

  case 26: /* command_body: "UID" "SP" "FETCH" "SP" fetch  */
                                                    { ctx->msg->uid = 1; CHECK(qrs_act_fetch_done(ctx, 1)); }
    break;

  case 27: /* command_body: "UID" "SP" "STORE" "SP" store  */
                                                    { ctx->msg->uid = 1; ctx->msg->kind = QRS_CMD_STORE; }
    break;

  case 28: /* command_body: "UID" "SP" "SEARCH" search  */
                                                    { ctx->msg->uid = 1; ctx->msg->kind = QRS_CMD_SEARCH; }
    break;

  case 29: /* command_body: "UID" "SP" uid_generic_name generic_args  */
                                                    { qrs_act_other_cmd(ctx, (yylsp[-3]), (yylsp[-1]), (yylsp[0])); }
    break;

  case 30: /* command_body: "ENABLE" capability_list  */
                                                    { qrs_act_enable_cmd(ctx, (yyvsp[0].wlist).head); }
    break;

  case 31: /* command_body: "STATUS" "SP" mailbox "SP" "(" status_att_list ")"  */
                                                    { qrs_act_status_cmd(ctx, &(yyvsp[-4].str), (yyvsp[-1].slist).head); }
    break;

  case 32: /* command_body: cmd_generic_name generic_args  */
                                                    { qrs_act_other_cmd(ctx, (yylsp[-1]), (yylsp[-1]), (yylsp[0])); }
    break;

  case 34: /* select_params: "SP" "(" select_param_list ")"  */
                                                    { CHECK(qrs_act_select_params(ctx, (yyvsp[-1].plist).head)); }
    break;

  case 35: /* select_param_list: select_param  */
                                                    { (yyval.plist).head = (yyval.plist).tail = (yyvsp[0].param); }
    break;

  case 36: /* select_param_list: select_param_list "SP" select_param  */
                                                    { qrs_act_param_append(&(yyvsp[-2].plist), (yyvsp[0].param)); (yyval.plist) = (yyvsp[-2].plist); }
    break;

  case 37: /* select_param_list: select_param_list "SP" generic_param_value  */
                                                    { CHECK(qrs_act_param_value(ctx, &(yyvsp[-2].plist), (yyvsp[0].param), (yylsp[0]), "select-param")); (yyval.plist) = (yyvsp[-2].plist); }
    break;

  case 38: /* select_param: "QRESYNC" "SP" "(" uidvalidity "SP" mod_sequence_value qresync_tail ")"  */
                                                    { (yyval.param) = qrs_act_qresync_param(ctx, (yyloc), (yylsp[-7]), (yyvsp[-4].u32), (yyvsp[-2].u64)); CHECK((yyval.param)); }
    break;

  case 39: /* select_param: "CONDSTORE"  */
                                                    { (yyval.param) = qrs_act_new_param(ctx, QRS_PARAM_CONDSTORE, (yyloc), (yylsp[0])); CHECK((yyval.param)); }
    break;

  case 40: /* select_param: select_label  */
                                                    { (yyval.param) = qrs_act_generic_param(ctx, (yylsp[0])); CHECK((yyval.param)); }
    break;

  case 42: /* qresync_tail: "SP" known_uids  */
                                                    { ctx->qr.has_known_uids = 1; ctx->qr.known_uids = (yyvsp[0].set); }
    break;

  case 44: /* qresync_tail: "SP" known_uids "SP" seq_match_data  */
                                                    { ctx->qr.has_known_uids = 1; ctx->qr.known_uids = (yyvsp[-2].set); }
    break;

  case 45: /* seq_match_data: "(" known_sequence_set "SP" known_uid_set ")"  */
                                                    { CHECK(qrs_act_seq_match(ctx, &ctx->qr, (yyvsp[-3].set), (yyvsp[-1].set), (yylsp[-1]))); }
    break;

  case 46: /* seq_match_data_frag: seq_match_data  */
                                                    { ctx->frag->qresync = ctx->qr; }
    break;

  case 47: /* uidvalidity: "number"  */
                                                    { CHECK(qrs_nz_number(ctx, (yylsp[0]), "uidvalidity", &(yyval.u32))); }
    break;

  case 48: /* known_uids: set_token  */
                                                    { CHECK(qrs_seqset_check(ctx, (yylsp[0]), "known-uids", qrs_act_known_checks(ctx, 0), &(yyval.set))); }
    break;

  case 49: /* known_sequence_set: set_token  */
                                                    { CHECK(qrs_seqset_check(ctx, (yylsp[0]), "known-sequence-set", qrs_act_known_checks(ctx, 1), &(yyval.set))); }
    break;

  case 50: /* known_uid_set: set_token  */
                                                    { CHECK(qrs_seqset_check(ctx, (yylsp[0]), "known-uid-set", qrs_act_known_checks(ctx, 1), &(yyval.set))); }
    break;

  case 51: /* sequence_set: set_token  */
                                                    { CHECK(qrs_seqset_check(ctx, (yylsp[0]), "sequence-set", 0, &(yyval.set))); }
    break;

  case 54: /* generic_param_value: "number"  */
                                                    { uint32_t v; /* tagged-ext-simple's number: 32 bits */
                                                      CHECK(qrs_number(ctx, (yylsp[0]), "tagged-ext-simple", &v));
                                                      (yyval.param) = qrs_act_new_param(ctx, QRS_PARAM_OTHER, (yyloc), (yylsp[0])); CHECK((yyval.param)); }
    break;

  case 55: /* generic_param_value: "sequence-set"  */
                                                    { qrs_seqset set; /* RFC 4466 tagged-ext-simple: a valid sequence-set */
                                                      CHECK(qrs_seqset_check(ctx, (yylsp[0]), "tagged-ext-simple", 0, &set));
                                                      (yyval.param) = qrs_act_new_param(ctx, QRS_PARAM_OTHER, (yyloc), (yylsp[0])); CHECK((yyval.param)); }
    break;

  case 56: /* generic_param_value: "(" ")"  */
                                                    { (yyval.param) = qrs_act_new_param(ctx, QRS_PARAM_OTHER, (yyloc), (yylsp[-1])); CHECK((yyval.param)); }
    break;

  case 57: /* generic_param_value: "(" tagged_ext_comp ")"  */
                                                    { (yyval.param) = qrs_act_new_param(ctx, QRS_PARAM_OTHER, (yyloc), (yylsp[-2])); CHECK((yyval.param)); }
    break;

  case 60: /* tagged_ext_item: astring  */
                                                    { }
    break;

  case 62: /* fetch: sequence_set "SP" fetch_atts  */
                                                    { qrs_act_fetch_cmd(ctx, (yyvsp[-2].set), (yylsp[0]), NULL); }
    break;

  case 63: /* fetch: sequence_set "SP" fetch_atts "SP" "(" fetch_modifier_list ")"  */
                                                    { qrs_act_fetch_cmd(ctx, (yyvsp[-6].set), (yylsp[-4]), (yyvsp[-1].plist).head); }
    break;

  case 64: /* fetch_atts: "ALL"  */
                                                    { CHECK(qrs_act_add_att(ctx, QRS_ITEM_OTHER, (yylsp[0]))); }
    break;

  case 65: /* fetch_atts: "FULL"  */
                                                    { CHECK(qrs_act_add_att(ctx, QRS_ITEM_OTHER, (yylsp[0]))); }
    break;

  case 66: /* fetch_atts: "FAST"  */
                                                    { CHECK(qrs_act_add_att(ctx, QRS_ITEM_OTHER, (yylsp[0]))); }
    break;

  case 69: /* fetch_att_list: fetch_att  */
                                                    { }
    break;

  case 70: /* fetch_att_list: fetch_att_list "SP" fetch_att  */
                                                    { }
    break;

  case 71: /* fetch_att: "MODSEQ"  */
                                                    { CHECK(qrs_act_add_att(ctx, QRS_ITEM_MODSEQ, (yylsp[0]))); (yyval.item) = NULL; }
    break;

  case 72: /* fetch_att: "UID"  */
                                                    { CHECK(qrs_act_add_att(ctx, QRS_ITEM_UID, (yylsp[0]))); (yyval.item) = NULL; }
    break;

  case 73: /* fetch_att: "FLAGS"  */
                                                    { CHECK(qrs_act_add_att(ctx, QRS_ITEM_FLAGS, (yylsp[0]))); (yyval.item) = NULL; }
    break;

  case 74: /* fetch_att: fetch_att_generic  */
                                                    { CHECK(qrs_act_add_att(ctx, QRS_ITEM_OTHER, (yylsp[0]))); (yyval.item) = NULL; }
    break;

  case 75: /* fetch_modifier_list: fetch_modifier  */
                                                    { (yyval.plist).head = (yyval.plist).tail = (yyvsp[0].param); }
    break;

  case 76: /* fetch_modifier_list: fetch_modifier_list "SP" fetch_modifier  */
                                                    { qrs_act_param_append(&(yyvsp[-2].plist), (yyvsp[0].param)); (yyval.plist) = (yyvsp[-2].plist); }
    break;

  case 77: /* fetch_modifier_list: fetch_modifier_list "SP" generic_param_value  */
                                                    { CHECK(qrs_act_param_value(ctx, &(yyvsp[-2].plist), (yyvsp[0].param), (yylsp[0]), "fetch-modifier")); (yyval.plist) = (yyvsp[-2].plist); }
    break;

  case 78: /* fetch_modifier: "CHANGEDSINCE" "SP" mod_sequence_value  */
                                                    { (yyval.param) = qrs_act_new_param(ctx, QRS_PARAM_CHANGEDSINCE, (yyloc), (yylsp[-2])); CHECK((yyval.param)); (yyval.param)->number = (yyvsp[0].u64); (yyval.param)->value = SPAN((yylsp[0])); }
    break;

  case 79: /* fetch_modifier: "VANISHED"  */
                                                    { (yyval.param) = qrs_act_new_param(ctx, QRS_PARAM_VANISHED, (yyloc), (yylsp[0])); CHECK((yyval.param)); }
    break;

  case 80: /* fetch_modifier: fetch_label  */
                                                    { (yyval.param) = qrs_act_generic_param(ctx, (yylsp[0])); CHECK((yyval.param)); }
    break;

  case 81: /* store: sequence_set "SP" store_att_flags  */
                                                    { CHECK(qrs_act_store_cmd(ctx, (yyvsp[-2].set), NULL)); }
    break;

  case 82: /* store: sequence_set "SP" "(" store_modifier_list ")" "SP" store_att_flags  */
                                                    { CHECK(qrs_act_store_cmd(ctx, (yyvsp[-6].set), (yyvsp[-3].plist).head)); }
    break;

  case 83: /* store_modifier_list: store_modifier  */
                                                    { (yyval.plist).head = (yyval.plist).tail = (yyvsp[0].param); }
    break;

  case 84: /* store_modifier_list: store_modifier_list "SP" store_modifier  */
                                                    { qrs_act_param_append(&(yyvsp[-2].plist), (yyvsp[0].param)); (yyval.plist) = (yyvsp[-2].plist); }
    break;

  case 85: /* store_modifier_list: store_modifier_list "SP" generic_param_value  */
                                                    { CHECK(qrs_act_param_value(ctx, &(yyvsp[-2].plist), (yyvsp[0].param), (yylsp[0]), "store-modifier")); (yyval.plist) = (yyvsp[-2].plist); }
    break;

  case 86: /* store_modifier: "UNCHANGEDSINCE" "SP" mod_sequence_valzer  */
                                                    { (yyval.param) = qrs_act_new_param(ctx, QRS_PARAM_UNCHANGEDSINCE, (yyloc), (yylsp[-2])); CHECK((yyval.param)); (yyval.param)->number = (yyvsp[0].u64); (yyval.param)->value = SPAN((yylsp[0])); }
    break;

  case 87: /* store_modifier: store_label  */
                                                    { (yyval.param) = qrs_act_generic_param(ctx, (yylsp[0])); CHECK((yyval.param)); }
    break;

  case 88: /* store_att_flags: store_action "SP" store_flags  */
                                                    { ctx->msg->u.store.flags = SPAN((yylsp[0])); }
    break;

  case 89: /* store_action: "FLAGS"  */
                                                    { ctx->msg->u.store.action = SPAN((yylsp[0])); }
    break;

  case 90: /* store_action: "atom"  */
                                                    { CHECK(qrs_act_store_action(ctx, (yylsp[0]))); }
    break;

  case 97: /* flag: "flag"  */
                                                    { CHECK(qrs_act_flag_check(ctx, (yylsp[0]), 0)); }
    break;

  case 101: /* search: "SP" "RETURN" "SP" "(" search_ret_list ")" "SP" search_program  */
                                                    { ctx->msg->u.search.return_opts = (yyvsp[-3].plist).head; }
    break;

  case 102: /* search_ret_list: search_ret_name  */
                                                    { (yyval.plist).head = (yyval.plist).tail = (yyvsp[0].param); }
    break;

  case 103: /* search_ret_list: search_ret_list "SP" search_ret_name  */
                                                    { qrs_act_param_append(&(yyvsp[-2].plist), (yyvsp[0].param)); (yyval.plist) = (yyvsp[-2].plist); }
    break;

  case 104: /* search_ret_list: search_ret_list "SP" generic_param_value  */
                                                    { CHECK(qrs_act_param_value(ctx, &(yyvsp[-2].plist), (yyvsp[0].param), (yylsp[0]), "search-return-opt")); (yyval.plist) = (yyvsp[-2].plist); }
    break;

  case 105: /* search_ret_name: "atom"  */
                                                    { (yyval.param) = qrs_act_generic_param(ctx, (yylsp[0])); CHECK((yyval.param)); }
    break;

  case 106: /* search_ret_name: any_keyword  */
                                                    { (yyval.param) = qrs_act_generic_param(ctx, (yylsp[0])); CHECK((yyval.param)); }
    break;

  case 108: /* search_program: "CHARSET" "SP" charset "SP" search_key_seq  */
                                                    { ctx->msg->u.search.charset = SPAN((yylsp[-2])); }
    break;

  case 111: /* search_key_seq: search_key  */
                                                    { qrs_act_search_program(ctx, (yylsp[0])); }
    break;

  case 112: /* search_key_seq: search_key_seq "SP" search_key  */
                                                    { qrs_act_search_program(ctx, (yylsp[0])); }
    break;

  case 148: /* search_key: sequence_set  */
                                                    { }
    break;

  case 150: /* search_key: search_modsequence  */
                                                    { qrs_act_search_modseq_add(ctx, (yyvsp[0].smod)); }
    break;

  case 153: /* date: atom  */
                                                    { CHECK(qrs_act_date_check(ctx, (yylsp[0]), 0)); }
    break;

  case 154: /* date: "quoted"  */
                                                    { CHECK(qrs_act_date_check(ctx, (yylsp[0]), 1)); }
    break;

  case 155: /* search_modsequence: "MODSEQ" "SP" mod_sequence_valzer  */
                                                    { (yyval.smod) = qrs_act_new_search_modseq(ctx, (yyloc)); CHECK((yyval.smod)); (yyval.smod)->modseq = (yyvsp[0].u64); }
    break;

  case 156: /* search_modsequence: "MODSEQ" "SP" "quoted" "SP" entry_type "SP" mod_sequence_valzer  */
                                                    { CHECK(qrs_act_entry_name_check(ctx, (yylsp[-4]))); (yyval.smod) = qrs_act_new_search_modseq(ctx, (yyloc)); CHECK((yyval.smod));
                                                      (yyval.smod)->has_entry = 1; (yyval.smod)->entry_name = SPAN((yylsp[-4])); (yyval.smod)->entry_type = SPAN((yylsp[-2])); (yyval.smod)->modseq = (yyvsp[0].u64); }
    break;

  case 160: /* status_att_list: status_att  */
                                                    { (yyval.slist).head = (yyval.slist).tail = (yyvsp[0].satt); }
    break;

  case 161: /* status_att_list: status_att_list "SP" status_att  */
                                                    { (yyvsp[-2].slist).tail->next = (yyvsp[0].satt); (yyvsp[-2].slist).tail = (yyvsp[0].satt); (yyval.slist) = (yyvsp[-2].slist); }
    break;

  case 162: /* status_att: status_att_name  */
                                                    { (yyval.satt) = qrs_act_new_status_att(ctx, (yylsp[0])); CHECK((yyval.satt)); }
    break;

  case 169: /* capability_list: "SP" atom  */
                                                    { (yyval.wlist).head = (yyval.wlist).tail = qrs_act_new_word(ctx, (yylsp[0])); CHECK((yyval.wlist).head); }
    break;

  case 170: /* capability_list: capability_list "SP" atom  */
                                                    { qrs_word *w = qrs_act_new_word(ctx, (yylsp[0])); CHECK(w); (yyvsp[-2].wlist).tail->next = w; (yyvsp[-2].wlist).tail = w; (yyval.wlist) = (yyvsp[-2].wlist); }
    break;

  case 171: /* response: "tag" "SP" tagged_status "SP" resp_text "CRLF"  */
                                                     { CHECK((yyvsp[-1].rt) || qrs_act_missing_text(ctx, (yylsp[-1]))); qrs_act_cond_resp(ctx, QRS_RESP_COND, (yylsp[-5]), (yylsp[-3]), (yyvsp[-1].rt)); }
    break;

  case 172: /* response: "tag" "SP" tagged_status "CRLF"  */
                                                     { CHECK(qrs_act_missing_text(ctx, (yylsp[0]))); qrs_act_cond_resp(ctx, QRS_RESP_COND, (yylsp[-3]), (yylsp[-1]), NULL); }
    break;

  case 173: /* response: "*" "SP" untagged_status "SP" resp_text "CRLF"  */
                                                     { CHECK((yyvsp[-1].rt) || qrs_act_missing_text(ctx, (yylsp[-1]))); qrs_act_cond_resp(ctx, QRS_RESP_COND, (yylsp[-5]), (yylsp[-3]), (yyvsp[-1].rt)); }
    break;

  case 174: /* response: "*" "SP" untagged_status "CRLF"  */
                                                     { CHECK(qrs_act_missing_text(ctx, (yylsp[0]))); qrs_act_cond_resp(ctx, QRS_RESP_COND, (yylsp[-3]), (yylsp[-1]), NULL); }
    break;

  case 176: /* response: "+" "SP" resp_text "CRLF"  */
                                                     { qrs_act_cond_resp(ctx, QRS_RESP_CONTINUE, (yylsp[-3]), (yylsp[-3]), (yyvsp[-1].rt)); }
    break;

  case 177: /* response: "+" "CRLF"  */
                                                     { CHECK(qrs_act_missing_text(ctx, (yylsp[0]))); qrs_act_cond_resp(ctx, QRS_RESP_CONTINUE, (yylsp[-1]), (yylsp[-1]), NULL); }
    break;

  case 186: /* resp_text: "text"  */
                                                    { (yyval.rt) = qrs_act_new_resp_text(ctx, (yylsp[0])); CHECK((yyval.rt)); (yyval.rt)->text = SPAN((yylsp[0])); }
    break;

  case 187: /* resp_text: "[" resp_text_code "]" "SP" "text"  */
                                                    { (yyval.rt) = (yyvsp[-3].rt); (yyval.rt)->text = SPAN((yylsp[0])); }
    break;

  case 188: /* resp_text: "[" resp_text_code "]" "SP"  */
                                                    { CHECK(qrs_act_missing_text(ctx, (qrs_loc){(yylsp[0]).end, (yylsp[0]).end})); (yyval.rt) = (yyvsp[-2].rt); }
    break;

  case 189: /* resp_text: "[" resp_text_code "]"  */
                                                    { CHECK(qrs_act_missing_text(ctx, (qrs_loc){(yylsp[0]).end, (yylsp[0]).end})); (yyval.rt) = (yyvsp[-1].rt); }
    break;

  case 190: /* resp_text: %empty  */
                                                    { (yyval.rt) = NULL; /* the caller decides: text is due after OK, not after "+ " */ }
    break;

  case 191: /* resp_text_code: "HIGHESTMODSEQ" "SP" mod_sequence_value  */
                                                    { (yyval.rt) = qrs_act_new_code(ctx, QRS_CODE_HIGHESTMODSEQ, (yyloc), (yylsp[-2])); CHECK((yyval.rt)); (yyval.rt)->number = (yyvsp[0].u64); (yyval.rt)->code_value = SPAN((yylsp[0])); }
    break;

  case 192: /* resp_text_code: "NOMODSEQ"  */
                                                    { (yyval.rt) = qrs_act_new_code(ctx, QRS_CODE_NOMODSEQ, (yyloc), (yylsp[0])); CHECK((yyval.rt)); }
    break;

  case 193: /* resp_text_code: "MODIFIED" "SP" sequence_set  */
                                                    { (yyval.rt) = qrs_act_new_code(ctx, QRS_CODE_MODIFIED, (yyloc), (yylsp[-2])); CHECK((yyval.rt)); (yyval.rt)->modified = (yyvsp[0].set); (yyval.rt)->code_value = SPAN((yylsp[0])); }
    break;

  case 194: /* resp_text_code: "CLOSED"  */
                                                    { (yyval.rt) = qrs_act_new_code(ctx, QRS_CODE_CLOSED, (yyloc), (yylsp[0])); CHECK((yyval.rt)); }
    break;

  case 195: /* resp_text_code: "UIDNEXT" "SP" nz_number  */
                                                    { (yyval.rt) = qrs_act_new_code(ctx, QRS_CODE_UIDNEXT, (yyloc), (yylsp[-2])); CHECK((yyval.rt)); (yyval.rt)->number = (yyvsp[0].u32); (yyval.rt)->code_value = SPAN((yylsp[0])); }
    break;

  case 196: /* resp_text_code: "UIDVALIDITY" "SP" nz_number  */
                                                    { (yyval.rt) = qrs_act_new_code(ctx, QRS_CODE_UIDVALIDITY, (yyloc), (yylsp[-2])); CHECK((yyval.rt)); (yyval.rt)->number = (yyvsp[0].u32); (yyval.rt)->code_value = SPAN((yylsp[0])); }
    break;

  case 197: /* resp_text_code: "UNSEEN" "SP" nz_number  */
                                                    { (yyval.rt) = qrs_act_new_code(ctx, QRS_CODE_UNSEEN, (yyloc), (yylsp[-2])); CHECK((yyval.rt)); (yyval.rt)->number = (yyvsp[0].u32); (yyval.rt)->code_value = SPAN((yylsp[0])); }
    break;

  case 198: /* resp_text_code: "resp-text-code atom"  */
                                                    { (yyval.rt) = qrs_act_new_code(ctx, QRS_CODE_OTHER, (yyloc), (yylsp[0])); CHECK((yyval.rt)); }
    break;

  case 199: /* resp_text_code: "resp-text-code atom" "SP" "resp-text-code text"  */
                                                    { (yyval.rt) = qrs_act_new_code(ctx, QRS_CODE_OTHER, (yyloc), (yylsp[-2])); CHECK((yyval.rt)); (yyval.rt)->code_value = SPAN((yylsp[0])); }
    break;

  case 201: /* $@1: %empty  */
                                                    { CHECK(qrs_nz_number(ctx, (yylsp[-3]), "nz-number", &ctx->msg->u.fetch_resp.number)); }
    break;

  case 202: /* untagged_data: "number" "SP" "FETCH" "SP" $@1 msg_att  */
                                                    { qrs_act_fetch_resp(ctx, ctx->msg->u.fetch_resp.number, (yyvsp[0].ilist).head); }
    break;

  case 203: /* untagged_data: "number" "SP" "EXISTS"  */
                                                    { CHECK(qrs_act_number_resp(ctx, (yylsp[-2]), 0, (yylsp[0]), (yylsp[0]))); }
    break;

  case 204: /* untagged_data: "number" "SP" "RECENT"  */
                                                    { CHECK(qrs_act_number_resp(ctx, (yylsp[-2]), 0, (yylsp[0]), (yylsp[0]))); }
    break;

  case 205: /* untagged_data: "number" "SP" "EXPUNGE"  */
                                                    { CHECK(qrs_act_number_resp(ctx, (yylsp[-2]), 1, (yylsp[0]), (yylsp[0]))); }
    break;

  case 206: /* untagged_data: "number" "SP" num_generic_name generic_args  */
                                                    { CHECK(qrs_act_number_resp(ctx, (yylsp[-3]), 0, (yylsp[-1]), (yylsp[0]))); }
    break;

  case 207: /* untagged_data: "ENABLED"  */
                                                    { qrs_act_enabled_resp(ctx, NULL); }
    break;

  case 208: /* untagged_data: "ENABLED" capability_list  */
                                                    { qrs_act_enabled_resp(ctx, (yyvsp[0].wlist).head); }
    break;

  case 209: /* untagged_data: "CAPABILITY" capability_list  */
                                                    { CHECK(qrs_act_capability_resp(ctx, (yylsp[0]), (yyvsp[0].wlist).head)); }
    break;

  case 210: /* untagged_data: "SEARCH" search_resp  */
                                                    { CHECK(qrs_act_search_resp(ctx, 0)); }
    break;

  case 211: /* untagged_data: "SORT" search_resp  */
                                                    { CHECK(qrs_act_search_resp(ctx, 1)); }
    break;

  case 212: /* untagged_data: "ESEARCH" esearch_resp  */
                                                    { ctx->msg->kind = QRS_RESP_ESEARCH; }
    break;

  case 213: /* untagged_data: "STATUS" "SP" mailbox "SP" "(" ")"  */
                                                    { qrs_act_status_resp(ctx, &(yyvsp[-3].str), NULL); }
    break;

  case 214: /* untagged_data: "STATUS" "SP" mailbox "SP" "(" status_att_val_list ")"  */
                                                    { qrs_act_status_resp(ctx, &(yyvsp[-4].str), (yyvsp[-1].slist).head); }
    break;

  case 215: /* untagged_data: resp_generic_name generic_args  */
                                                    { qrs_act_other_resp(ctx, (yylsp[-1]), (yylsp[0])); }
    break;

  case 216: /* expunged_resp: "VANISHED" "SP" vanished_uids  */
                                                    { qrs_act_vanished(ctx, 0, (yyvsp[0].set)); }
    break;

  case 217: /* expunged_resp: "VANISHED" "SP" "(" vanished_marker ")" "SP" vanished_uids  */
                                                    { qrs_act_vanished(ctx, (yyvsp[-3].flag), (yyvsp[0].set)); }
    break;

  case 218: /* vanished_uids: set_token  */
                                                    { CHECK(qrs_seqset_check(ctx, (yylsp[0]), "known-uids", QRS_SETCHK_NO_STAR, &(yyval.set))); }
    break;

  case 219: /* vanished_marker: "atom"  */
                                                    { CHECK(qrs_act_earlier_check(ctx, (yylsp[0]))); (yyval.flag) = 1; }
    break;

  case 220: /* vanished_marker: tag_correlators  */
                                                    { (yyval.flag) = 2; }
    break;

  case 221: /* tag_correlators: "TAG" "SP" tag_string  */
                                                    { CHECK(qrs_act_tag_correlator(ctx, (yylsp[-2]), &(yyvsp[0].str))); }
    break;

  case 222: /* tag_correlators: tag_correlators "SP" "TAG" "SP" tag_string  */
                                                    { CHECK(qrs_act_tag_correlator(ctx, (yylsp[-2]), &(yyvsp[0].str))); }
    break;

  case 224: /* msg_att: "(" msg_att_list ")"  */
                                                    { (yyval.ilist) = (yyvsp[-1].ilist); }
    break;

  case 225: /* msg_att_list: msg_att_item  */
                                                    { (yyval.ilist).head = (yyval.ilist).tail = (yyvsp[0].item); }
    break;

  case 226: /* msg_att_list: msg_att_list "SP" msg_att_item  */
                                                    { (yyvsp[-2].ilist).tail->next = (yyvsp[0].item); (yyvsp[-2].ilist).tail = (yyvsp[0].item); (yyval.ilist) = (yyvsp[-2].ilist); }
    break;

  case 227: /* msg_att_item: "UID" "SP" nz_number  */
                                                    { (yyval.item) = qrs_act_new_item(ctx, QRS_ITEM_UID, (yyloc), (yylsp[-2]), (yylsp[0])); CHECK((yyval.item)); (yyval.item)->number = (yyvsp[0].u32); }
    break;

  case 228: /* msg_att_item: "MODSEQ" "SP" "(" permsg_modsequence ")"  */
                                                    { (yyval.item) = qrs_act_new_item(ctx, QRS_ITEM_MODSEQ, (yyloc), (yylsp[-4]), (yylsp[-2])); CHECK((yyval.item)); (yyval.item)->number = (yyvsp[-1].u64);
                                                      (yyval.item)->value = qrs_span(ctx, (qrs_loc){(yylsp[-2]).start, (yylsp[0]).end}); }
    break;

  case 229: /* msg_att_item: "FLAGS" "SP" flag_fetch_list  */
                                                    { (yyval.item) = qrs_act_new_item(ctx, QRS_ITEM_FLAGS, (yyloc), (yylsp[-2]), (yylsp[0])); CHECK((yyval.item)); }
    break;

  case 230: /* msg_att_item: msg_att_generic_name "SP" generic_item  */
                                                    { (yyval.item) = qrs_act_new_item(ctx, QRS_ITEM_OTHER, (yyloc), (yylsp[-2]), (yylsp[0])); CHECK((yyval.item)); }
    break;

  case 232: /* fetch_mod_resp_frag: "MODSEQ" "SP" "(" permsg_modsequence ")"  */
                                                    { ctx->frag->number = (yyvsp[-1].u64); }
    break;

  case 237: /* flag_fetch: "flag"  */
                                                    { CHECK(qrs_act_flag_check(ctx, (yylsp[0]), 1)); }
    break;

  case 240: /* search_resp: search_resp "SP" "number"  */
                                                    { CHECK(qrs_act_search_number(ctx, (yylsp[0]))); }
    break;

  case 241: /* search_resp: search_resp "SP" "(" "MODSEQ" "SP" mod_sequence_value ")"  */
                                                    { CHECK(qrs_act_search_modseq_resp(ctx, (yyvsp[-1].u64), (yylsp[-4]))); }
    break;

  case 244: /* esearch_item: "(" "TAG" "SP" tag_string ")"  */
                                                    { CHECK(qrs_act_esearch_tag(ctx, &(yyvsp[-1].str), (yyloc))); }
    break;

  case 245: /* esearch_item: "UID"  */
                                                    { CHECK(qrs_act_esearch_uid(ctx, (yyloc))); }
    break;

  case 246: /* esearch_item: "MODSEQ" "SP" mod_sequence_value  */
                                                    { CHECK(qrs_act_esearch_data(ctx, (yyloc))); ctx->msg->u.esearch.has_modseq = 1; ctx->msg->u.esearch.modseq = (yyvsp[0].u64); }
    break;

  case 247: /* esearch_item: esearch_generic_name "SP" generic_param_value  */
                                                    { CHECK(qrs_act_generic_param(ctx, (yylsp[-2]))); /* search-modifier-name: tagged-ext-label */
                                                      CHECK(qrs_act_esearch_data(ctx, (yyloc))); }
    break;

  case 248: /* status_att_val_list: status_att_val  */
                                                    { (yyval.slist).head = (yyval.slist).tail = (yyvsp[0].satt); }
    break;

  case 249: /* status_att_val_list: status_att_val_list "SP" status_att_val  */
                                                    { (yyvsp[-2].slist).tail->next = (yyvsp[0].satt); (yyvsp[-2].slist).tail = (yyvsp[0].satt); (yyval.slist) = (yyvsp[-2].slist); }
    break;

  case 250: /* status_att_val: "MESSAGES" "SP" number  */
                                                    { (yyval.satt) = qrs_act_new_status_val(ctx, (yylsp[-2]), (yyvsp[0].u32)); CHECK((yyval.satt)); }
    break;

  case 251: /* status_att_val: "RECENT" "SP" number  */
                                                    { (yyval.satt) = qrs_act_new_status_val(ctx, (yylsp[-2]), (yyvsp[0].u32)); CHECK((yyval.satt)); }
    break;

  case 252: /* status_att_val: "UIDNEXT" "SP" nz_number  */
                                                    { (yyval.satt) = qrs_act_new_status_val(ctx, (yylsp[-2]), (yyvsp[0].u32)); CHECK((yyval.satt)); }
    break;

  case 253: /* status_att_val: "UIDVALIDITY" "SP" nz_number  */
                                                    { (yyval.satt) = qrs_act_new_status_val(ctx, (yylsp[-2]), (yyvsp[0].u32)); CHECK((yyval.satt)); }
    break;

  case 254: /* status_att_val: "UNSEEN" "SP" number  */
                                                    { (yyval.satt) = qrs_act_new_status_val(ctx, (yylsp[-2]), (yyvsp[0].u32)); CHECK((yyval.satt)); }
    break;

  case 255: /* status_att_val: "HIGHESTMODSEQ" "SP" mod_sequence_valzer  */
                                                    { (yyval.satt) = qrs_act_new_status_val(ctx, (yylsp[-2]), (yyvsp[0].u64)); CHECK((yyval.satt)); }
    break;

  case 256: /* mod_sequence_value: "number"  */
                                                    { CHECK(qrs_modseq(ctx, (yylsp[0]), "mod-sequence-value", 0, &(yyval.u64))); }
    break;

  case 257: /* mod_sequence_valzer: "number"  */
                                                    { CHECK(qrs_modseq(ctx, (yylsp[0]), "mod-sequence-valzer", 1, &(yyval.u64))); }
    break;

  case 258: /* nz_number: "number"  */
                                                    { CHECK(qrs_nz_number(ctx, (yylsp[0]), "nz-number", &(yyval.u32))); }
    break;

  case 259: /* number: "number"  */
                                                    { CHECK(qrs_number(ctx, (yylsp[0]), "number", &(yyval.u32))); }
    break;

  case 261: /* astring: atom  */
                                                    { (yyval.str) = qrs_act_make_string(ctx, QRS_STR_ATOM, (yylsp[0])); }
    break;

  case 262: /* astring: "astring"  */
                                                    { (yyval.str) = qrs_act_make_string(ctx, QRS_STR_ATOM, (yylsp[0])); }
    break;

  case 263: /* astring: "section-word"  */
                                                    { CHECK(qrs_act_astring_chars(ctx, (yylsp[0]))); (yyval.str) = qrs_act_make_string(ctx, QRS_STR_ATOM, (yylsp[0])); }
    break;

  case 265: /* string: "quoted"  */
                                                    { (yyval.str) = qrs_act_make_string(ctx, QRS_STR_QUOTED, (yylsp[0])); }
    break;

  case 266: /* string: "literal"  */
                                                    { (yyval.str) = qrs_act_make_string(ctx, QRS_STR_LITERAL, (yylsp[0])); }
    break;

  case 269: /* atom: "sequence-set"  */
                                                    { CHECK(qrs_act_atom_seqset(ctx, (yylsp[0]))); }
    break;



      default: break;
    }
  /* User semantic actions sometimes alter yychar, and that requires
     that yytoken be updated with the new translation.  We take the
     approach of translating immediately before every use of yytoken.
     One alternative is translating here after every semantic action,
     but that translation would be missed if the semantic action invokes
     YYABORT, YYACCEPT, or YYERROR immediately after altering yychar or
     if it invokes YYBACKUP.  In the case of YYABORT or YYACCEPT, an
     incorrect destructor might then be invoked immediately.  In the
     case of YYERROR or YYBACKUP, subsequent parser actions might lead
     to an incorrect destructor call or verbose syntax error message
     before the lookahead is translated.  */
  YY_SYMBOL_PRINT ("-> $$ =", YY_CAST (yysymbol_kind_t, yyr1[yyn]), &yyval, &yyloc);

  YYPOPSTACK (yylen);
  yylen = 0;

  *++yyvsp = yyval;
  *++yylsp = yyloc;

  /* Now 'shift' the result of the reduction.  Determine what state
     that goes to, based on the state we popped back to and the rule
     number reduced by.  */
  {
    const int yylhs = yyr1[yyn] - YYNTOKENS;
    const int yyi = yypgoto[yylhs] + *yyssp;
    yystate = (0 <= yyi && yyi <= YYLAST && yycheck[yyi] == *yyssp
               ? yytable[yyi]
               : yydefgoto[yylhs]);
  }

  goto yynewstate;


/*--------------------------------------.
| yyerrlab -- here on detecting error.  |
`--------------------------------------*/
yyerrlab:
  /* Make sure we have latest lookahead translation.  See comments at
     user semantic actions for why this is necessary.  */
  yytoken = yychar == QRS_TOK_QRS_YYEMPTY ? S_YYEMPTY : YYTRANSLATE (yychar);
  /* If not already recovering from an error, report this error.  */
  if (!yyerrstatus)
    {
      ++yynerrs;
      {
        yypcontext_t yyctx
          = {yyssp, yytoken, &yylloc};
        if (yyreport_syntax_error (&yyctx, ctx) == 2)
          YYNOMEM;
      }
    }

  yyerror_range[1] = yylloc;
  if (yyerrstatus == 3)
    {
      /* If just tried and failed to reuse lookahead token after an
         error, discard it.  */

      if (yychar <= QRS_TOK_YYEOF)
        {
          /* Return failure if at end of input.  */
          if (yychar == QRS_TOK_YYEOF)
            YYABORT;
        }
      else
        {
          yydestruct ("Error: discarding",
                      yytoken, &yylval, &yylloc, ctx);
          yychar = QRS_TOK_QRS_YYEMPTY;
        }
    }

  /* Else will try to reuse lookahead token after shifting the error
     token.  */
  goto yyerrlab1;


/*---------------------------------------------------.
| yyerrorlab -- error raised explicitly by YYERROR.  |
`---------------------------------------------------*/
yyerrorlab:
  /* Pacify compilers when the user code never invokes YYERROR and the
     label yyerrorlab therefore never appears in user code.  */
  if (0)
    YYERROR;
  ++yynerrs;

  /* Do not reclaim the symbols of the rule whose action triggered
     this YYERROR.  */
  YYPOPSTACK (yylen);
  yylen = 0;
  YY_STACK_PRINT (yyss, yyssp);
  yystate = *yyssp;
  goto yyerrlab1;


/*-------------------------------------------------------------.
| yyerrlab1 -- common code for both syntax error and YYERROR.  |
`-------------------------------------------------------------*/
yyerrlab1:
  yyerrstatus = 3;      /* Each real token shifted decrements this.  */

  /* Pop stack until we find a state that shifts the error token.  */
  for (;;)
    {
      yyn = yypact[yystate];
      if (!yypact_value_is_default (yyn))
        {
          yyn += S_YYerror;
          if (0 <= yyn && yyn <= YYLAST && yycheck[yyn] == S_YYerror)
            {
              yyn = yytable[yyn];
              if (0 < yyn)
                break;
            }
        }

      /* Pop the current state because it cannot handle the error token.  */
      if (yyssp == yyss)
        YYABORT;

      yyerror_range[1] = *yylsp;
      yydestruct ("Error: popping",
                  YY_ACCESSING_SYMBOL (yystate), yyvsp, yylsp, ctx);
      YYPOPSTACK (1);
      yystate = *yyssp;
      YY_STACK_PRINT (yyss, yyssp);
    }

  YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
  *++yyvsp = yylval;
  YY_IGNORE_MAYBE_UNINITIALIZED_END

  yyerror_range[2] = yylloc;
  ++yylsp;
  YYLLOC_DEFAULT (*yylsp, yyerror_range, 2);

  /* Shift the error token.  */
  YY_SYMBOL_PRINT ("Shifting", YY_ACCESSING_SYMBOL (yyn), yyvsp, yylsp);

  yystate = yyn;
  goto yynewstate;


/*-------------------------------------.
| yyacceptlab -- YYACCEPT comes here.  |
`-------------------------------------*/
yyacceptlab:
  yyresult = 0;
  goto yyreturnlab;


/*-----------------------------------.
| yyabortlab -- YYABORT comes here.  |
`-----------------------------------*/
yyabortlab:
  yyresult = 1;
  goto yyreturnlab;


/*-----------------------------------------------------------.
| yyexhaustedlab -- YYNOMEM (memory exhaustion) comes here.  |
`-----------------------------------------------------------*/
yyexhaustedlab:
  yyerror (&yylloc, ctx, YY_("memory exhausted"));
  yyresult = 2;
  goto yyreturnlab;


/*----------------------------------------------------------.
| yyreturnlab -- parsing is finished, clean up and return.  |
`----------------------------------------------------------*/
yyreturnlab:
  if (yychar != QRS_TOK_QRS_YYEMPTY)
    {
      /* Make sure we have latest lookahead translation.  See comments at
         user semantic actions for why this is necessary.  */
      yytoken = YYTRANSLATE (yychar);
      yydestruct ("Cleanup: discarding lookahead",
                  yytoken, &yylval, &yylloc, ctx);
    }
  /* Do not reclaim the symbols of the rule whose action triggered
     this YYABORT or YYACCEPT.  */
  YYPOPSTACK (yylen);
  YY_STACK_PRINT (yyss, yyssp);
  while (yyssp != yyss)
    {
      yydestruct ("Cleanup: popping",
                  YY_ACCESSING_SYMBOL (+*yyssp), yyvsp, yylsp, ctx);
      YYPOPSTACK (1);
    }
#ifndef yyoverflow
  if (yyss != yyssa)
    YYSTACK_FREE (yyss);
#endif

  return yyresult;
}



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
