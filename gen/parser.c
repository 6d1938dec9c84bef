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
  S_K_INBOX = 88,                          /* "INBOX"  */
  S_K_INTERNALDATE = 89,                   /* "INTERNALDATE"  */
  S_K_JAN = 90,                            /* "JAN"  */
  S_K_JUL = 91,                            /* "JUL"  */
  S_K_JUN = 92,                            /* "JUN"  */
  S_K_KEYWORD = 93,                        /* "KEYWORD"  */
  S_K_LARGER = 94,                         /* "LARGER"  */
  S_K_LIST = 95,                           /* "LIST"  */
  S_K_LOGIN = 96,                          /* "LOGIN"  */
  S_K_LOGOUT = 97,                         /* "LOGOUT"  */
  S_K_LSUB = 98,                           /* "LSUB"  */
  S_K_MAR = 99,                            /* "MAR"  */
  S_K_MAY = 100,                           /* "MAY"  */
  S_K_MESSAGES = 101,                      /* "MESSAGES"  */
  S_K_MODIFIED = 102,                      /* "MODIFIED"  */
  S_K_MODSEQ = 103,                        /* "MODSEQ"  */
  S_K_NAMESPACE = 104,                     /* "NAMESPACE"  */
  S_K_NEW = 105,                           /* "NEW"  */
  S_K_NIL = 106,                           /* "NIL"  */
  S_K_NO = 107,                            /* "NO"  */
  S_K_NOMODSEQ = 108,                      /* "NOMODSEQ"  */
  S_K_NOOP = 109,                          /* "NOOP"  */
  S_K_NOT = 110,                           /* "NOT"  */
  S_K_NOV = 111,                           /* "NOV"  */
  S_K_OCT = 112,                           /* "OCT"  */
  S_K_OK = 113,                            /* "OK"  */
  S_K_OLD = 114,                           /* "OLD"  */
  S_K_ON = 115,                            /* "ON"  */
  S_K_OR = 116,                            /* "OR"  */
  S_K_PARSE = 117,                         /* "PARSE"  */
  S_K_PERMANENTFLAGS = 118,                /* "PERMANENTFLAGS"  */
  S_K_PREAUTH = 119,                       /* "PREAUTH"  */
  S_K_PRIV = 120,                          /* "priv"  */
  S_K_QRESYNC = 121,                       /* "QRESYNC"  */
  S_K_RETURN = 122,                        /* "RETURN"  */
  S_K_READ_ONLY = 123,                     /* "READ-ONLY"  */
  S_K_READ_WRITE = 124,                    /* "READ-WRITE"  */
  S_K_RECENT = 125,                        /* "RECENT"  */
  S_K_RENAME = 126,                        /* "RENAME"  */
  S_K_RFC822 = 127,                        /* "RFC822"  */
  S_K_RFC822_SIZE = 128,                   /* "RFC822.SIZE"  */
  S_K_SEARCH = 129,                        /* "SEARCH"  */
  S_K_SEEN = 130,                          /* "SEEN"  */
  S_K_SELECT = 131,                        /* "SELECT"  */
  S_K_SENTBEFORE = 132,                    /* "SENTBEFORE"  */
  S_K_SENTON = 133,                        /* "SENTON"  */
  S_K_SENTSINCE = 134,                     /* "SENTSINCE"  */
  S_K_SEP = 135,                           /* "SEP"  */
  S_K_SHARED = 136,                        /* "shared"  */
  S_K_SINCE = 137,                         /* "SINCE"  */
  S_K_SMALLER = 138,                       /* "SMALLER"  */
  S_K_SORT = 139,                          /* "SORT"  */
  S_K_STARTTLS = 140,                      /* "STARTTLS"  */
  S_K_STATUS = 141,                        /* "STATUS"  */
  S_K_STORE = 142,                         /* "STORE"  */
  S_K_STRUCTURE = 143,                     /* "STRUCTURE"  */
  S_K_SUBJECT = 144,                       /* "SUBJECT"  */
  S_K_SUBSCRIBE = 145,                     /* "SUBSCRIBE"  */
  S_K_TAG = 146,                           /* "TAG"  */
  S_K_TEXT = 147,                          /* "TEXT"  */
  S_K_TO = 148,                            /* "TO"  */
  S_K_TRYCREATE = 149,                     /* "TRYCREATE"  */
  S_K_UID = 150,                           /* "UID"  */
  S_K_UIDNEXT = 151,                       /* "UIDNEXT"  */
  S_K_UIDVALIDITY = 152,                   /* "UIDVALIDITY"  */
  S_K_UNANSWERED = 153,                    /* "UNANSWERED"  */
  S_K_UNCHANGEDSINCE = 154,                /* "UNCHANGEDSINCE"  */
  S_K_UNDELETED = 155,                     /* "UNDELETED"  */
  S_K_UNDRAFT = 156,                       /* "UNDRAFT"  */
  S_K_UNFLAGGED = 157,                     /* "UNFLAGGED"  */
  S_K_UNKEYWORD = 158,                     /* "UNKEYWORD"  */
  S_K_UNSEEN = 159,                        /* "UNSEEN"  */
  S_K_UNSUBSCRIBE = 160,                   /* "UNSUBSCRIBE"  */
  S_K_VANISHED = 161,                      /* "VANISHED"  */
  S_K_X = 162,                             /* "X"  */
  S_K_X_DRAFT_W02_QRESYNC = 163,           /* "X-DRAFT-W02-QRESYNC"  */
  S_YYACCEPT = 164,                        /* $accept  */
  S_start = 165,                           /* start  */
  S_command = 166,                         /* command  */
  S_command_body = 167,                    /* command_body  */
  S_select_params = 168,                   /* select_params  */
  S_select_param_list = 169,               /* select_param_list  */
  S_select_param = 170,                    /* select_param  */
  S_qresync_tail = 171,                    /* qresync_tail  */
  S_seq_match_data = 172,                  /* seq_match_data  */
  S_seq_match_data_frag = 173,             /* seq_match_data_frag  */
  S_uidvalidity = 174,                     /* uidvalidity  */
  S_known_uids = 175,                      /* known_uids  */
  S_known_sequence_set = 176,              /* known_sequence_set  */
  S_known_uid_set = 177,                   /* known_uid_set  */
  S_sequence_set = 178,                    /* sequence_set  */
  S_set_token = 179,                       /* set_token  */
  S_generic_param_value = 180,             /* generic_param_value  */
  S_tagged_ext_comp = 181,                 /* tagged_ext_comp  */
  S_tagged_ext_item = 182,                 /* tagged_ext_item  */
  S_fetch = 183,                           /* fetch  */
  S_fetch_atts = 184,                      /* fetch_atts  */
  S_fetch_att_list = 185,                  /* fetch_att_list  */
  S_fetch_att = 186,                       /* fetch_att  */
  S_fetch_modifier_list = 187,             /* fetch_modifier_list  */
  S_fetch_modifier = 188,                  /* fetch_modifier  */
  S_store = 189,                           /* store  */
  S_store_modifier_list = 190,             /* store_modifier_list  */
  S_store_modifier = 191,                  /* store_modifier  */
  S_store_att_flags = 192,                 /* store_att_flags  */
  S_store_action = 193,                    /* store_action  */
  S_store_flags = 194,                     /* store_flags  */
  S_flag_list = 195,                       /* flag_list  */
  S_flag_seq = 196,                        /* flag_seq  */
  S_flag = 197,                            /* flag  */
  S_search = 198,                          /* search  */
  S_search_ret_list = 199,                 /* search_ret_list  */
  S_search_ret_name = 200,                 /* search_ret_name  */
  S_search_program = 201,                  /* search_program  */
  S_charset = 202,                         /* charset  */
  S_search_key_seq = 203,                  /* search_key_seq  */
  S_search_key = 204,                      /* search_key  */
  S_search_key_list = 205,                 /* search_key_list  */
  S_date = 206,                            /* date  */
  S_search_modsequence = 207,              /* search_modsequence  */
  S_entry_type = 208,                      /* entry_type  */
  S_status_att_list = 209,                 /* status_att_list  */
  S_status_att = 210,                      /* status_att  */
  S_status_att_name = 211,                 /* status_att_name  */
  S_capability_list = 212,                 /* capability_list  */
  S_response = 213,                        /* response  */
  S_tagged_status = 214,                   /* tagged_status  */
  S_untagged_status = 215,                 /* untagged_status  */
  S_resp_text = 216,                       /* resp_text  */
  S_resp_text_code = 217,                  /* resp_text_code  */
  S_untagged_data = 218,                   /* untagged_data  */
  S_expunged_resp = 219,                   /* expunged_resp  */
  S_vanished_uids = 220,                   /* vanished_uids  */
  S_vanished_marker = 221,                 /* vanished_marker  */
  S_tag_correlators = 222,                 /* tag_correlators  */
  S_tag_string = 223,                      /* tag_string  */
  S_msg_att = 224,                         /* msg_att  */
  S_msg_att_list = 225,                    /* msg_att_list  */
  S_msg_att_item = 226,                    /* msg_att_item  */
  S_permsg_modsequence = 227,              /* permsg_modsequence  */
  S_fetch_mod_resp_frag = 228,             /* fetch_mod_resp_frag  */
  S_flag_fetch_list = 229,                 /* flag_fetch_list  */
  S_flag_fetch_seq = 230,                  /* flag_fetch_seq  */
  S_flag_fetch = 231,                      /* flag_fetch  */
  S_search_resp = 232,                     /* search_resp  */
  S_esearch_resp = 233,                    /* esearch_resp  */
  S_esearch_item = 234,                    /* esearch_item  */
  S_status_att_val_list = 235,             /* status_att_val_list  */
  S_status_att_val = 236,                  /* status_att_val  */
  S_mod_sequence_value = 237,              /* mod_sequence_value  */
  S_mod_sequence_valzer = 238,             /* mod_sequence_valzer  */
  S_nz_number = 239,                       /* nz_number  */
  S_number = 240,                          /* number  */
  S_mailbox = 241,                         /* mailbox  */
  S_astring = 242,                         /* astring  */
  S_string = 243,                          /* string  */
  S_atom = 244,                            /* atom  */
  S_generic_args = 245,                    /* generic_args  */
  S_generic_item = 246,                    /* generic_item  */
  S_generic_list = 247,                    /* generic_list  */
  S_generic_token = 248,                   /* generic_token  */
  S_kw_a = 249,                            /* kw_a  */
  S_kw_status = 250,                       /* kw_status  */
  S_kw_r = 251,                            /* kw_r  */
  S_kw_num = 252,                          /* kw_num  */
  S_kw_sel = 253,                          /* kw_sel  */
  S_kw_macro = 254,                        /* kw_macro  */
  S_cmd_generic_name = 255,                /* cmd_generic_name  */
  S_uid_generic_name = 256,                /* uid_generic_name  */
  S_resp_generic_name = 257,               /* resp_generic_name  */
  S_num_generic_name = 258,                /* num_generic_name  */
  S_fetch_att_generic = 259,               /* fetch_att_generic  */
  S_msg_att_generic_name = 260,            /* msg_att_generic_name  */
  S_esearch_generic_name = 261,            /* esearch_generic_name  */
  S_select_label = 262,                    /* select_label  */
  S_fetch_label = 263,                     /* fetch_label  */
  S_store_label = 264,                     /* store_label  */
  S_any_keyword = 265,                     /* any_keyword  */
  S_kw_rest = 266                          /* kw_rest  */
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
#define YYFINAL  291
/* YYLAST -- Last index in YYTABLE.  */
#define YYLAST   5058

/* YYNTOKENS -- Number of terminals.  */
#define YYNTOKENS  164
/* YYNNTS -- Number of nonterminals.  */
#define YYNNTS  103
/* YYNRULES -- Number of rules.  */
#define YYNRULES  542
/* YYNSTATES -- Number of states.  */
#define YYNSTATES  811

/* YYMAXUTOK -- Last valid token kind.  */
#define YYMAXUTOK   418


/* YYTRANSLATE(TOKEN-NUM) -- Symbol number corresponding to TOKEN-NUM
   as returned by yylex, with out-of-bounds checking.  */
#define YYTRANSLATE(YYX) YY_CAST (yysymbol_kind_t, YYX)

#if QRS_YYDEBUG
/* YYRLINE[YYN] -- Source line where rule number YYN was defined.  */
static const yytype_int16 yyrline[] =
{
       0,   131,   131,   132,   133,   134,   135,   136,   137,   138,
     139,   140,   141,   142,   143,   144,   145,   146,   147,   148,
     155,   160,   161,   162,   163,   164,   166,   167,   168,   169,
     171,   173,   175,   180,   181,   188,   189,   190,   195,   197,
     198,   203,   204,   205,   206,   210,   215,   220,   225,   230,
     235,   240,   243,   243,   250,   253,   256,   257,   264,   265,
     269,   270,   275,   276,   281,   282,   283,   284,   285,   289,
     290,   295,   296,   297,   298,   302,   303,   304,   309,   310,
     311,   316,   317,   322,   323,   324,   329,   330,   334,   338,
     339,   343,   344,   349,   350,   354,   355,   360,   361,   366,
     367,   368,   374,   375,   376,   380,   381,   385,   386,   391,
     392,   396,   397,   402,   402,   402,   402,   402,   402,   402,
     402,   403,   403,   403,   403,   403,   403,   404,   404,   404,
     404,   405,   405,   405,   406,   406,   406,   407,   407,   407,
     408,   408,   409,   410,   410,   411,   412,   413,   414,   415,
     416,   420,   421,   425,   426,   431,   432,   437,   437,   437,
     441,   442,   446,   449,   449,   449,   449,   449,   449,   453,
     454,   461,   462,   463,   464,   465,   466,   469,   472,   472,
     472,   473,   473,   473,   473,   473,   478,   479,   480,   481,
     482,   487,   488,   489,   490,   491,   492,   493,   494,   495,
     500,   501,   502,   503,   504,   505,   506,   507,   508,   509,
     510,   511,   512,   513,   515,   520,   521,   529,   533,   534,
     538,   539,   544,   549,   553,   554,   558,   559,   561,   562,
     567,   571,   575,   576,   580,   581,   585,   586,   591,   592,
     593,   599,   600,   604,   605,   606,   607,   613,   614,   618,
     619,   620,   621,   622,   623,   630,   635,   640,   645,   650,
     655,   656,   657,   658,   662,   663,   668,   669,   670,   671,
     678,   679,   683,   684,   685,   689,   690,   694,   694,   694,
     694,   694,   694,   694,   694,   694,   694,   698,   698,   698,
     699,   699,   699,   699,   699,   700,   700,   700,   700,   701,
     701,   701,   702,   702,   703,   703,   703,   709,   709,   709,
     709,   709,   709,   709,   709,   709,   710,   710,   710,   711,
     711,   711,   711,   714,   714,   714,   714,   714,   714,   714,
     714,   714,   714,   715,   715,   715,   717,   717,   717,   717,
     717,   717,   717,   717,   717,   717,   717,   718,   718,   718,
     718,   718,   720,   720,   720,   720,   720,   720,   720,   720,
     720,   720,   720,   721,   721,   721,   721,   722,   722,   724,
     724,   724,   724,   724,   724,   724,   724,   724,   724,   724,
     725,   725,   725,   725,   725,   727,   727,   727,   727,   727,
     727,   727,   727,   727,   727,   727,   728,   728,   728,   728,
     728,   728,   730,   730,   730,   730,   730,   730,   730,   730,
     730,   730,   730,   730,   731,   731,   731,   731,   733,   733,
     733,   733,   733,   733,   733,   733,   733,   733,   733,   734,
     734,   734,   734,   734,   734,   736,   736,   736,   736,   736,
     736,   736,   736,   736,   736,   736,   737,   737,   737,   737,
     737,   737,   740,   740,   740,   740,   740,   740,   740,   740,
     740,   741,   741,   741,   741,   741,   741,   741,   741,   741,
     741,   742,   742,   742,   742,   742,   742,   742,   742,   742,
     743,   743,   743,   743,   743,   743,   743,   743,   743,   743,
     744,   744,   744,   744,   744,   744,   744,   744,   744,   744,
     745,   745,   745,   745,   745,   745,   745,   745,   745,   745,
     745,   746,   746,   746,   746,   746,   746,   746,   746,   746,
     747,   747,   747,   747,   747,   747,   747,   747,   747,   748,
     748,   748,   748,   748,   748,   748,   748,   749,   749,   749,
     749,   749,   749
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
  "HIGHESTMODSEQ", "IMAP4rev1", "INBOX", "INTERNALDATE", "JAN", "JUL",
  "JUN", "KEYWORD", "LARGER", "LIST", "LOGIN", "LOGOUT", "LSUB", "MAR",
  "MAY", "MESSAGES", "MODIFIED", "MODSEQ", "NAMESPACE", "NEW", "NIL", "NO",
  "NOMODSEQ", "NOOP", "NOT", "NOV", "OCT", "OK", "OLD", "ON", "OR",
  "PARSE", "PERMANENTFLAGS", "PREAUTH", "priv", "QRESYNC", "RETURN",
  "READ-ONLY", "READ-WRITE", "RECENT", "RENAME", "RFC822", "RFC822.SIZE",
  "SEARCH", "SEEN", "SELECT", "SENTBEFORE", "SENTON", "SENTSINCE", "SEP",
  "shared", "SINCE", "SMALLER", "SORT", "STARTTLS", "STATUS", "STORE",
  "STRUCTURE", "SUBJECT", "SUBSCRIBE", "TAG", "TEXT", "TO", "TRYCREATE",
  "UID", "UIDNEXT", "UIDVALIDITY", "UNANSWERED", "UNCHANGEDSINCE",
  "UNDELETED", "UNDRAFT", "UNFLAGGED", "UNKEYWORD", "UNSEEN",
  "UNSUBSCRIBE", "VANISHED", "X", "X-DRAFT-W02-QRESYNC", "$accept",
  "start", "command", "command_body", "select_params", "select_param_list",
  "select_param", "qresync_tail", "seq_match_data", "seq_match_data_frag",
  "uidvalidity", "known_uids", "known_sequence_set", "known_uid_set",
  "sequence_set", "set_token", "generic_param_value", "tagged_ext_comp",
  "tagged_ext_item", "fetch", "fetch_atts", "fetch_att_list", "fetch_att",
  "fetch_modifier_list", "fetch_modifier", "store", "store_modifier_list",
  "store_modifier", "store_att_flags", "store_action", "store_flags",
  "flag_list", "flag_seq", "flag", "search", "search_ret_list",
  "search_ret_name", "search_program", "charset", "search_key_seq",
  "search_key", "search_key_list", "date", "search_modsequence",
  "entry_type", "status_att_list", "status_att", "status_att_name",
  "capability_list", "response", "tagged_status", "untagged_status",
  "resp_text", "resp_text_code", "untagged_data", "expunged_resp",
  "vanished_uids", "vanished_marker", "tag_correlators", "tag_string",
  "msg_att", "msg_att_list", "msg_att_item", "permsg_modsequence",
  "fetch_mod_resp_frag", "flag_fetch_list", "flag_fetch_seq", "flag_fetch",
  "search_resp", "esearch_resp", "esearch_item", "status_att_val_list",
  "status_att_val", "mod_sequence_value", "mod_sequence_valzer",
  "nz_number", "number", "mailbox", "astring", "string", "atom",
  "generic_args", "generic_item", "generic_list", "generic_token", "kw_a",
  "kw_status", "kw_r", "kw_num", "kw_sel", "kw_macro", "cmd_generic_name",
  "uid_generic_name", "resp_generic_name", "num_generic_name",
  "fetch_att_generic", "msg_att_generic_name", "esearch_generic_name",
  "select_label", "fetch_label", "store_label", "any_keyword", "kw_rest", YY_NULLPTR
  };
  return yy_sname[yysymbol];
}
#endif

#define YYPACT_NINF (-724)

#define yypact_value_is_default(Yyn) \
  ((Yyn) == YYPACT_NINF)

#define YYTABLE_NINF (-1)

#define yytable_value_is_error(Yyn) \
  0

/* YYPACT[STATE-NUM] -- Index in YYTABLE of the portion describing
   STATE-NUM.  */
static const yytype_int16 yypact[] =
{
     344,    13,   209,   107,   107,    67,  4085,  4220,  4355,  -103,
      42,    65,    -7,    69,     7,   -22,  2054,  1349,    89,   116,
     104,  -724,   133,   142,   126,  -724,  -724,  -724,  -724,  -724,
    -724,  -724,   107,  -724,  -724,  -724,  -724,  -724,  -724,  -724,
    -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,
    -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,
    -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,
    -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,
    -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,
    -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,
    -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,
    -724,  -724,  -724,  -724,   147,  -724,  -724,  -724,  -724,  -724,
    -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,
    -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,
    -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,
    -724,  -724,  -724,  -724,  -724,  -724,  -724,   161,  -724,  -724,
    -724,  -724,  -724,  -724,  -724,  -724,  -724,   178,  -724,  -724,
    -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,   197,
    -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,
    -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,   206,  -724,
     224,  -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,
     225,  -724,  -724,  -724,  -724,  -724,   230,  -724,   231,  -724,
     232,   236,  -724,   239,   240,   241,  -724,   245,  -724,   246,
     247,   248,   249,   251,   252,  -724,  4895,  -724,  -724,  -724,
    -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,
    -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,
    -724,  2335,  -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,
    -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,   253,  -724,
    -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,  2475,
    -724,  -724,  4490,    10,  3574,    34,  -724,   254,  -724,   255,
    1490,    42,  1631,    65,  1772,    57,    41,   238,    42,   107,
     250,   250,   250,   256,    65,   257,   257,   250,   250,   257,
      80,  -724,  -724,    84,  2889,  -724,  -724,   103,  -724,  -724,
    -724,  -724,   259,   260,   261,  -724,  -724,   262,   264,   266,
     268,   269,  -724,  -724,   271,  -724,  -724,  -724,  -724,  -724,
    -724,  -724,  -724,  -724,  -724,   152,   274,  -724,  -724,  -724,
     259,  -724,   259,  -724,  -724,  -724,  -724,  -724,  -724,  -724,
    -724,  -724,   285,  -724,  -724,  -724,   171,   286,  -724,  -724,
    -724,  -724,  -724,  -724,  -724,    69,  -724,   287,   107,   283,
    1067,  -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,
    -724,    33,  -724,  -724,   299,  -724,  -724,  -724,  -724,  -724,
    -724,  -724,  -724,    42,  -724,  -724,  -724,  -724,  -724,  -724,
    -724,  4895,  -724,  -724,  -724,  3026,  -724,  3437,   309,  2752,
     107,    28,  -724,  2752,  2752,   107,  4625,  -724,   311,    34,
    -724,  4760,   309,   309,   313,   315,   315,  2752,    34,  -724,
    -724,   311,   312,  -724,   317,  -724,  -724,   318,  1208,  -724,
    -724,  -724,  -724,  -724,   115,  -724,  -724,  -724,  -724,  -724,
     321,   319,   323,   -18,   341,  -724,  -724,  -724,  -724,  3437,
     324,  -724,   345,  -724,  3833,  -724,  -724,   346,   347,   348,
     350,   351,  -724,  -724,  -724,   352,   353,   354,   355,  -724,
     356,  -724,   357,   358,   359,  -724,  -724,   360,   361,   362,
     363,   364,   365,   366,   367,   368,  -724,  -724,  -724,  -724,
     369,  -724,  -724,  -724,   370,  -724,  -724,   324,   371,   372,
    -724,   373,   262,  -724,   374,  -724,  -724,  -724,  -724,   926,
     375,  -724,  -724,  -724,  -724,   377,  -724,  -724,  -724,  -724,
    -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,
    -724,  -724,  2195,    72,   378,   379,   381,  -724,    42,   146,
    1208,  -724,   220,   382,   258,  -724,  -724,  -724,   384,  -724,
    -724,   385,  -724,  2054,  -724,   180,  2752,  3163,  2752,  2752,
    3300,  2752,  2752,  3437,   257,  3833,  3163,  3833,   386,  3163,
    3163,  3163,  3163,   257,  2752,  2752,  2752,   107,  3437,  3833,
    -724,   387,    37,   107,  -724,   107,   311,   785,  -724,  -724,
    -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,
    -724,   388,   311,   267,  -724,  -724,  -724,  -724,   391,  -724,
    -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,
    -724,  -724,   393,  -724,   293,  -724,   394,  -724,   380,   398,
    -724,  -724,  -724,  -724,   107,   399,    65,  4085,   401,  3833,
    -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,   403,  -724,
    -724,   404,  -724,  -724,  -724,  -724,   405,  2615,  -724,  -724,
    -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,   112,
    4355,  -724,  -724,  -724,   406,  -724,  -724,  -724,  -724,   188,
    3950,  -724,   407,    42,   118,   408,    63,  -724,   129,   376,
    -724,   220,  -724,   195,   414,  -724,  3833,  2752,  3833,   410,
    -724,   205,  -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,
     210,  -724,  -724,   211,  1349,   926,  -724,   419,   421,   424,
     217,  -724,  -724,  -724,   425,   220,  -724,  -724,    42,  -724,
     218,  -724,  -724,   427,  -724,  -724,  -724,  4220,   370,  -724,
    -724,  3715,  1913,   428,   112,  -724,   430,  -724,  -724,    89,
     431,   250,  3950,  -724,   926,   383,   429,   -22,  -724,    67,
     219,  -724,  -724,  -724,  3715,  -724,    18,  -724,    42,  -724,
    -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,  -724,   432,
    -724
};

/* YYDEFACT[STATE-NUM] -- Default reduction number in state STATE-NUM.
   Performed when YYTABLE does not specify something else to do.  Zero
   means the default is an error.  */
static const yytype_int16 yydefact[] =
{
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     2,     0,     0,     0,     3,    52,    53,     4,    51,
       5,    48,     0,    46,     6,   385,   452,   304,   453,   454,
     455,   456,   457,   458,   292,   459,   460,   461,   462,   294,
     296,   463,   397,   464,   465,   466,   467,    39,   468,   469,
     470,   471,   472,   473,   289,   295,   474,   298,   288,   299,
     301,   306,   475,   388,   476,   400,   477,   305,   478,   479,
     480,   481,   482,   483,   484,   485,   486,   487,   488,   489,
     490,   491,   492,   493,   494,   495,   399,   496,   497,   498,
     291,   499,   500,   501,   502,   503,   290,   504,   505,   506,
     507,   508,   293,   509,     0,   513,   510,   511,   300,   512,
     514,   515,   390,   516,   287,   517,   518,   519,   520,   521,
     522,   523,   297,   524,   392,   389,   525,   526,   527,   528,
     529,   530,   531,   391,   532,   533,   534,   398,   535,   536,
     537,   538,   539,   540,   394,   541,   542,     7,    35,   387,
     393,   395,   396,   401,    40,   386,   402,     0,   303,   405,
     416,   415,   302,   407,   409,   406,   408,   414,    79,     8,
      75,   404,   410,   411,   412,   413,   417,    80,   403,   418,
     431,   421,   433,   432,   423,   425,   422,   424,     0,   427,
       9,    83,   420,   426,   428,   429,   430,   434,    87,   419,
       0,    10,   255,    11,   256,    12,     0,    13,   198,   194,
       0,     0,   192,     0,     0,     0,    14,     0,    15,     0,
       0,     0,     0,     0,     0,    16,     0,   352,   353,    64,
     365,    66,   356,    73,    65,    71,   358,   359,   357,    72,
     366,   361,    17,    67,   355,   360,   362,   363,   364,    74,
     354,     0,   267,   268,   266,    97,   447,   437,   450,   449,
     439,   441,   438,   440,   448,   443,    18,    91,    92,    95,
      98,   436,   442,   444,   445,   446,   451,   269,   435,     0,
      19,     1,     0,     0,     0,   190,   177,     0,    49,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,    69,    93,     0,     0,   232,   236,     0,   234,   237,
     307,   314,     0,     0,     0,   317,   316,     0,     0,     0,
       0,     0,   315,   310,     0,   309,   311,   312,   313,   318,
     270,   308,   180,   179,   178,     0,     0,   323,   183,   185,
       0,   331,   206,   241,   326,   334,   333,   182,   181,   184,
     238,   238,     0,   327,   328,   332,     0,     0,   200,   325,
     329,   330,   335,   270,   324,     0,   186,     0,     0,     0,
       0,    54,    55,    36,    37,    78,    77,    76,    86,    85,
      84,     0,   217,   215,     0,   155,   199,   191,   193,   257,
     195,   196,   197,     0,   254,   258,   249,   250,   251,   252,
     253,     0,    68,    94,    96,     0,   233,     0,    30,     0,
       0,     0,    25,     0,     0,     0,     0,    20,    32,   190,
     172,     0,   208,   207,   211,   209,   210,     0,   190,   174,
     175,   214,     0,   176,     0,    50,    47,     0,     0,    56,
     261,   262,   264,   265,     0,    58,    60,   263,   260,   218,
       0,     0,   219,     0,     0,   230,    70,   235,   169,     0,
      33,   259,     0,    23,     0,   113,   114,     0,     0,     0,
       0,     0,   115,   125,   116,     0,     0,     0,     0,   117,
       0,   118,     0,     0,     0,   119,   120,     0,     0,     0,
       0,     0,     0,     0,     0,     0,   121,   122,   126,   123,
       0,   124,   148,    99,   107,   111,   150,    33,     0,     0,
      24,     0,     0,   322,     0,   321,   320,   319,   270,     0,
       0,   336,   347,   202,   204,     0,   350,   349,   203,   340,
     342,   339,   341,   348,   344,   338,   343,   345,   346,   351,
     270,   337,     0,     0,     0,     0,   189,    45,     0,     0,
       0,    57,     0,     0,     0,   159,   157,   158,     0,   231,
     170,     0,    22,     0,   151,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
      21,     0,     0,     0,    28,     0,    29,     0,   278,   279,
     277,   281,   285,   282,   286,   283,   284,   271,   272,   280,
     171,     0,   205,     0,   369,   381,   372,   383,     0,   374,
     375,   373,   244,   382,   377,   242,   371,   376,   378,   379,
     380,   384,     0,   370,     0,   239,     0,   173,   188,    41,
      61,    59,   220,   222,     0,     0,     0,     0,    62,     0,
     149,   127,   154,   134,   153,   128,   129,   110,     0,   109,
     130,     0,   140,   143,   145,   135,     0,     0,   137,   138,
     139,   136,   144,   131,   132,   133,   147,   141,   112,     0,
       0,    90,    89,    81,     0,    26,    27,   273,   275,     0,
       0,   201,     0,     0,     0,     0,     0,   187,     0,     0,
     216,     0,   156,     0,     0,   152,     0,     0,     0,     0,
     105,     0,   102,   106,   168,   163,   164,   165,   166,   167,
       0,   160,   162,     0,     0,     0,   274,     0,     0,     0,
       0,   224,   368,   367,     0,     0,   245,   246,     0,   212,
       0,   247,    43,    42,    38,   221,    34,     0,   108,   142,
     146,     0,     0,     0,     0,    31,     0,    88,   276,     0,
       0,     0,     0,   223,     0,     0,     0,     0,   213,     0,
       0,   100,   104,   103,     0,   161,     0,   228,     0,   226,
     225,   229,   243,   240,   248,    44,    63,   101,    82,     0,
     227
};

/* YYPGOTO[NTERM-NUM].  */
static const yytype_int16 yypgoto[] =
{
    -724,  -724,  -724,  -724,   -72,  -210,   159,  -724,  -674,  -724,
    -724,  -258,  -724,  -724,     9,    35,  -280,     5,  -108,  -149,
    -116,  -724,  -215,  -299,   167,  -143,  -226,   172,  -321,  -724,
    -267,  -724,   221,   154,   -53,  -724,  -292,  -723,  -724,  -245,
    -469,  -724,  -405,   471,  -724,  -724,  -290,  -724,  -284,  -724,
    -724,  -724,  -374,   100,  -724,   192,  -177,  -724,  -724,  -664,
    -724,  -724,  -294,  -309,  -724,  -289,  -724,    66,   122,  -724,
    -724,  -724,  -667,     4,  -260,  -277,  -266,  -340,  -381,  -552,
      46,  -358,  -594,  -724,  -724,    -3,     0,    11,    22,    29,
      25,    58,  -724,  -724,  -724,  -668,  -724,  -724,  -724,  -724,
    -724,  -528,    -6
};

/* YYDEFGOTO[NTERM-NUM].  */
static const yytype_int16 yydefgoto[] =
{
       0,    19,    21,   344,   582,   157,   158,   719,    33,    34,
     457,    30,   297,   454,   522,    29,   394,   464,   465,   483,
     252,   320,   253,   179,   180,   530,   200,   201,   703,   704,
     276,   277,   278,   279,   432,   731,   732,   523,   678,   524,
     525,   585,   673,   526,   578,   740,   741,   742,   428,    25,
     355,   376,   387,   226,   377,   211,   403,   471,   472,   662,
     711,   750,   751,   474,   228,   290,   327,   328,   445,   444,
     645,   760,   235,   475,   215,   410,   416,   480,   481,   467,
     468,   438,   627,   709,   628,   281,   282,   283,   284,   285,
     286,   350,   538,   383,   560,   259,   754,   652,   164,   187,
     208,   287,   288
};

/* YYTABLE[YYPACT[STATE-NUM]] -- What to do in state STATE-NUM.  If
   positive, shift that token.  If negative, reduce the rule whose
   number is the opposite.  If YYTABLE_NINF, syntax error.  */
static const yytype_int16 yytable[] =
{
     165,   188,   209,   159,   181,   202,   160,   182,   203,   466,
     260,   629,    28,   254,   213,   584,   255,   161,   183,   204,
     663,   321,   396,   708,   399,   451,   575,   256,   162,   184,
     205,   163,   186,   207,   411,   412,   185,   206,   257,    31,
     418,   419,   753,   398,   762,   258,   405,   701,   791,   761,
     417,   484,    20,   420,   414,    26,    27,   765,   210,   385,
     700,   352,   469,   280,   229,   540,   701,   298,   214,   212,
     386,   807,   485,   486,   565,   404,   442,   466,   443,   230,
     401,   487,   488,   489,    26,    27,   490,   759,   491,   629,
      32,   785,   214,   527,   528,   654,   216,   492,   493,   655,
     702,   421,   576,   231,   422,   324,   218,   564,   423,   494,
     227,   495,   289,   496,   753,   805,   291,   353,   577,   702,
     804,   497,   498,   354,   425,   292,   684,   426,   686,   232,
     233,   216,   219,   499,    26,    27,   570,   234,   500,   571,
     698,   390,   501,   502,   503,   391,   392,   295,   296,   229,
     504,   778,    32,   505,   293,   220,    26,    27,   506,   733,
     507,   508,   509,   294,   230,   510,   511,   570,   299,   663,
     660,   221,   512,   439,   440,   513,   514,   222,   515,   470,
     616,   516,   300,   517,   518,   519,   520,   521,   231,   466,
     801,   685,   448,   449,   688,   689,   690,   691,   734,   301,
     725,   669,   632,   663,   670,   671,   476,   675,   676,   745,
     680,   681,   746,   735,   232,   233,   300,   629,   302,   766,
     223,   224,   234,   693,   694,   695,   772,   303,   225,   773,
     260,   774,   304,   254,   775,   776,   255,   736,   782,   787,
     302,   783,   788,   806,   733,   304,   305,   256,    22,    23,
      24,   306,   307,   308,   462,   463,   629,   309,   257,   770,
     310,   311,   312,   737,   738,   258,   313,   314,   315,   316,
     317,   739,   318,   319,   324,   388,   406,   409,   389,   413,
     427,   429,   430,   431,   415,   433,   351,   434,   384,   435,
     436,   379,   345,   437,   165,   441,   188,   159,   209,   181,
     160,   202,   182,   346,   203,   395,   447,   280,   450,   453,
     456,   161,   407,   183,   347,   204,   380,   349,   408,   382,
     473,   348,   162,   381,   184,   163,   205,   186,   683,   207,
     479,   185,   539,   206,   562,   329,   563,   692,   566,   568,
     402,   567,   572,   573,   574,   581,   769,     1,     2,     3,
       4,     5,     6,     7,     8,     9,    10,    11,    12,    13,
      14,    15,    16,    17,    18,   579,   583,   586,   587,   588,
     280,   589,   590,   591,   592,   593,   594,   595,   596,   597,
     598,   599,   600,   601,   602,   603,   604,   605,   606,   607,
     608,   609,   611,   612,   613,   615,   715,   630,   631,   656,
     764,   657,   658,   664,   665,   666,   722,   802,   667,   687,
     699,   710,   713,   712,   714,   260,   717,   716,   254,   718,
     721,   255,   724,   455,   726,   727,   728,   744,   755,   758,
     351,   771,   256,   536,   757,   561,   345,   767,   555,   482,
     779,   556,   780,   257,   529,   781,   784,   346,   789,   794,
     258,   796,   557,   803,   798,   610,   810,   723,   347,   393,
     763,   349,   661,   569,   705,   348,   559,   668,   790,   397,
     558,   329,   706,   478,   743,   808,   400,   777,   424,   614,
     793,   768,   323,   217,   795,   452,   378,   720,   800,   809,
     797,   477,   792,   446,   537,     0,     0,     0,     0,     0,
       0,     0,     0,     0,   799,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,   580,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,   653,     0,     0,   646,
       0,     0,   647,     0,     0,     0,     0,     0,     0,     0,
       0,     0,   659,   648,     0,     0,     0,   260,     0,     0,
     254,     0,     0,   255,   649,     0,     0,   651,     0,     0,
       0,   650,     0,     0,   256,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,   257,     0,     0,     0,     0,
       0,     0,   258,     0,     0,     0,   696,     0,     0,     0,
       0,     0,   482,     0,   529,     0,     0,     0,     0,     0,
       0,     0,     0,   674,     0,     0,   679,     0,     0,   682,
       0,     0,   674,     0,     0,   674,   674,   674,   674,     0,
       0,     0,     0,     0,   697,     0,     0,     0,     0,     0,
       0,   165,     0,     0,   159,     0,     0,   160,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,   161,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,   162,
       0,     0,   163,     0,   209,     0,     0,   202,     0,   402,
     203,     0,     0,     0,   260,     0,     0,   254,     0,     0,
     255,   204,     0,     0,     0,     0,     0,   756,     0,     0,
       0,   256,   205,     0,     0,   207,     0,     0,     0,   206,
       0,     0,   257,     0,     0,   752,     0,     0,     0,   258,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,    31,     0,     0,     0,     0,     0,     0,
       0,   188,   786,     0,   181,     0,     0,   182,     0,     0,
       0,     0,     0,     0,     0,     0,   260,     0,   183,   254,
       0,     0,   255,     0,     0,     0,     0,     0,     0,   184,
     280,     0,   186,   256,     0,     0,   185,     0,     0,     0,
       0,     0,     0,     0,   257,     0,     0,   752,   617,   707,
       0,   258,   618,   619,   620,   621,   622,   623,   624,   625,
     626,     0,     0,     0,     0,     0,     0,     0,    36,    37,
      38,    39,    40,    41,    42,    43,    44,    45,    46,    47,
      48,    49,    50,    51,   266,    53,    54,    55,    56,   168,
      58,    59,    60,    61,    62,    63,    64,    65,    66,    67,
      68,    69,    70,    71,    72,   267,    74,   268,    76,    77,
      78,    79,    80,    81,    82,    83,    84,    85,    86,    87,
      88,    89,    90,    91,    92,    93,    94,    95,   269,    97,
      98,    99,   100,   101,   102,   103,   104,   105,   106,   107,
     108,   109,   110,   111,   112,   113,   172,   115,   116,   117,
     118,   119,   120,   121,   270,   123,   124,   125,   126,   127,
     128,   129,   130,   131,   132,   133,   271,   272,   136,   137,
     138,   139,   140,   141,   142,   273,   144,   145,   146,   274,
     148,   149,   150,   151,   152,   153,   275,   155,   156,   617,
       0,     0,     0,   618,   619,   620,   621,   622,   623,   624,
     625,   626,     0,     0,     0,     0,     0,     0,     0,    36,
      37,    38,    39,    40,    41,    42,    43,    44,    45,    46,
      47,    48,    49,    50,    51,   266,    53,    54,    55,    56,
     168,    58,    59,    60,    61,    62,    63,    64,    65,    66,
      67,    68,    69,    70,    71,    72,   267,    74,   268,    76,
      77,    78,    79,    80,    81,    82,    83,    84,    85,    86,
      87,    88,    89,    90,    91,    92,    93,    94,    95,   269,
      97,    98,    99,   100,   101,   102,   103,   104,   105,   106,
     107,   108,   109,   110,   111,   112,   113,   172,   115,   116,
     117,   118,   119,   120,   121,   270,   123,   124,   125,   126,
     127,   128,   129,   130,   131,   132,   133,   271,   272,   136,
     137,   138,   139,   140,   141,   142,   273,   144,   145,   146,
     274,   148,   149,   150,   151,   152,   153,   275,   155,   156,
     458,   459,     0,     0,   262,   263,   264,   460,     0,   461,
       0,   462,   463,     0,     0,     0,     0,     0,     0,     0,
      36,    37,    38,    39,    40,    41,    42,    43,    44,    45,
      46,    47,    48,    49,    50,    51,   266,    53,    54,    55,
      56,   168,    58,    59,    60,    61,    62,    63,    64,    65,
      66,    67,    68,    69,    70,    71,    72,   267,    74,   268,
      76,    77,    78,    79,    80,    81,    82,    83,    84,    85,
      86,    87,    88,    89,    90,    91,    92,    93,    94,    95,
     269,    97,    98,    99,   100,   101,   102,   103,   104,   105,
     106,   107,   108,   109,   110,   111,   112,   113,   172,   115,
     116,   117,   118,   119,   120,   121,   270,   123,   124,   125,
     126,   127,   128,   129,   130,   131,   132,   133,   271,   272,
     136,   137,   138,   139,   140,   141,   142,   273,   144,   145,
     146,   274,   148,   149,   150,   151,   152,   153,   275,   155,
     156,   458,     0,     0,     0,   262,   263,   264,   460,     0,
     461,     0,   462,   463,     0,     0,     0,     0,     0,     0,
       0,    36,    37,    38,    39,    40,    41,    42,    43,    44,
      45,    46,    47,    48,    49,    50,    51,   266,    53,    54,
      55,    56,   168,    58,    59,    60,    61,    62,    63,    64,
      65,    66,    67,    68,    69,    70,    71,    72,   267,    74,
     268,    76,    77,    78,    79,    80,    81,    82,    83,    84,
      85,    86,    87,    88,    89,    90,    91,    92,    93,    94,
      95,   269,    97,    98,    99,   100,   101,   102,   103,   104,
     105,   106,   107,   108,   109,   110,   111,   112,   113,   172,
     115,   116,   117,   118,   119,   120,   121,   270,   123,   124,
     125,   126,   127,   128,   129,   130,   131,   132,   133,   271,
     272,   136,   137,   138,   139,   140,   141,   142,   273,   144,
     145,   146,   274,   148,   149,   150,   151,   152,   153,   275,
     155,   156,   261,     0,     0,     0,   262,   263,   264,     0,
       0,     0,   265,     0,     0,     0,     0,     0,     0,     0,
       0,     0,    36,    37,    38,    39,    40,    41,    42,    43,
      44,    45,    46,    47,    48,    49,    50,    51,   266,    53,
      54,    55,    56,   168,    58,    59,    60,    61,    62,    63,
      64,    65,    66,    67,    68,    69,    70,    71,    72,   267,
      74,   268,    76,    77,    78,    79,    80,    81,    82,    83,
      84,    85,    86,    87,    88,    89,    90,    91,    92,    93,
      94,    95,   269,    97,    98,    99,   100,   101,   102,   103,
     104,   105,   106,   107,   108,   109,   110,   111,   112,   113,
     172,   115,   116,   117,   118,   119,   120,   121,   270,   123,
     124,   125,   126,   127,   128,   129,   130,   131,   132,   133,
     271,   272,   136,   137,   138,   139,   140,   141,   142,   273,
     144,   145,   146,   274,   148,   149,   150,   151,   152,   153,
     275,   155,   156,   390,     0,     0,     0,   391,   392,    35,
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
     153,   154,   155,   156,   390,     0,     0,     0,   391,   392,
     166,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,    36,    37,    38,    39,    40,    41,
      42,    43,    44,    45,    46,    47,    48,    49,    50,    51,
     167,    53,    54,    55,    56,   168,    58,    59,    60,    61,
      62,    63,    64,    65,    66,    67,    68,    69,    70,    71,
      72,   169,    74,   170,    76,    77,    78,    79,    80,    81,
      82,    83,    84,    85,    86,    87,    88,    89,    90,    91,
      92,    93,    94,    95,   171,    97,    98,    99,   100,   101,
     102,   103,   104,   105,   106,   107,   108,   109,   110,   111,
     112,   113,   172,   115,   116,   117,   118,   119,   120,   121,
     173,   123,   124,   125,   126,   127,   128,   129,   130,   131,
     132,   133,   174,   175,   136,   137,   138,   139,   140,   141,
     142,   176,   144,   145,   146,   177,   148,   149,   150,   151,
     152,   153,   178,   155,   156,   390,     0,     0,     0,   391,
     392,   189,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,    36,    37,    38,    39,    40,
      41,    42,    43,    44,    45,    46,    47,    48,    49,    50,
      51,   190,    53,    54,    55,    56,   168,    58,    59,    60,
      61,    62,    63,    64,    65,    66,    67,    68,    69,    70,
      71,    72,   191,    74,   192,    76,    77,    78,    79,    80,
      81,    82,    83,    84,    85,    86,    87,    88,    89,    90,
      91,    92,    93,    94,    95,   193,    97,    98,    99,   100,
     101,   102,   103,   104,   105,   106,   107,   108,   109,   110,
     111,   112,   113,   172,   115,   116,   117,   118,   119,   120,
     121,   194,   123,   124,   125,   126,   127,   128,   129,   130,
     131,   132,   133,   195,   196,   136,   137,   138,   139,   140,
     141,   142,   197,   144,   145,   146,   198,   148,   149,   150,
     151,   152,   153,   199,   155,   156,   390,     0,     0,     0,
     391,   392,   730,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,    36,    37,    38,    39,
      40,    41,    42,    43,    44,    45,    46,    47,    48,    49,
      50,    51,   266,    53,    54,    55,    56,   168,    58,    59,
      60,    61,    62,    63,    64,    65,    66,    67,    68,    69,
      70,    71,    72,   267,    74,   268,    76,    77,    78,    79,
      80,    81,    82,    83,    84,    85,    86,    87,    88,    89,
      90,    91,    92,    93,    94,    95,   269,    97,    98,    99,
     100,   101,   102,   103,   104,   105,   106,   107,   108,   109,
     110,   111,   112,   113,   172,   115,   116,   117,   118,   119,
     120,   121,   270,   123,   124,   125,   126,   127,   128,   129,
     130,   131,   132,   133,   271,   272,   136,   137,   138,   139,
     140,   141,   142,   273,   144,   145,   146,   274,   148,   149,
     150,   151,   152,   153,   275,   155,   156,   236,     0,     0,
       0,     0,     0,   237,     0,     0,   238,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,    36,   239,    38,
      39,    40,    41,    42,    43,    44,    45,    46,    47,    48,
      49,    50,    51,   240,    53,    54,    55,    56,   168,    58,
      59,    60,    61,    62,    63,    64,    65,    66,    67,    68,
      69,    70,   241,    72,   242,    74,   243,    76,   244,    78,
      79,    80,    81,    82,    83,    84,    85,    86,    87,    88,
      89,    90,    91,    92,    93,    94,    95,   245,    97,    98,
      99,   100,   101,   102,   103,   104,   105,   106,   107,   108,
     109,   110,   111,   112,   113,   172,   115,   116,   117,   118,
     119,   120,   121,   246,   123,   124,   125,   126,   127,   128,
     129,   130,   131,   132,   133,   247,   248,   136,   137,   138,
     139,   140,   141,   142,   249,   144,   145,   146,   250,   148,
     149,   150,   151,   152,   153,   251,   155,   156,   633,     0,
       0,     0,     0,     0,   634,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,    36,    37,
      38,    39,    40,    41,    42,    43,    44,    45,    46,    47,
      48,    49,    50,    51,   635,    53,    54,    55,    56,   168,
      58,    59,    60,    61,    62,    63,    64,    65,    66,    67,
      68,    69,    70,    71,    72,   636,    74,   637,    76,    77,
      78,    79,    80,    81,    82,    83,    84,    85,    86,    87,
      88,    89,    90,    91,    92,    93,    94,    95,   638,    97,
      98,    99,   100,   101,   102,   103,   104,   105,   106,   107,
     108,   109,   110,   111,   112,   113,   172,   115,   116,   117,
     118,   119,   120,   121,   639,   123,   124,   125,   126,   127,
     128,   129,   130,   131,   132,   133,   640,   641,   136,   137,
     138,   139,   140,   141,   142,   642,   144,   145,   146,   643,
     148,   149,   150,   151,   152,   153,   644,   155,   156,   322,
       0,     0,   262,   263,   264,     0,     0,     0,   265,     0,
       0,     0,     0,     0,     0,     0,     0,     0,    36,    37,
      38,    39,    40,    41,    42,    43,    44,    45,    46,    47,
      48,    49,    50,    51,   266,    53,    54,    55,    56,   168,
      58,    59,    60,    61,    62,    63,    64,    65,    66,    67,
      68,    69,    70,    71,    72,   267,    74,   268,    76,    77,
      78,    79,    80,    81,    82,    83,    84,    85,    86,    87,
      88,    89,    90,    91,    92,    93,    94,    95,   269,    97,
      98,    99,   100,   101,   102,   103,   104,   105,   106,   107,
     108,   109,   110,   111,   112,   113,   172,   115,   116,   117,
     118,   119,   120,   121,   270,   123,   124,   125,   126,   127,
     128,   129,   130,   131,   132,   133,   271,   272,   136,   137,
     138,   139,   140,   141,   142,   273,   144,   145,   146,   274,
     148,   149,   150,   151,   152,   153,   275,   155,   156,   325,
       0,     0,   262,   263,   264,     0,     0,     0,   326,     0,
       0,     0,     0,     0,     0,     0,     0,     0,    36,    37,
      38,    39,    40,    41,    42,    43,    44,    45,    46,    47,
      48,    49,    50,    51,   266,    53,    54,    55,    56,   168,
      58,    59,    60,    61,    62,    63,    64,    65,    66,    67,
      68,    69,    70,    71,    72,   267,    74,   268,    76,    77,
      78,    79,    80,    81,    82,    83,    84,    85,    86,    87,
      88,    89,    90,    91,    92,    93,    94,    95,   269,    97,
      98,    99,   100,   101,   102,   103,   104,   105,   106,   107,
     108,   109,   110,   111,   112,   113,   172,   115,   116,   117,
     118,   119,   120,   121,   270,   123,   124,   125,   126,   127,
     128,   129,   130,   131,   132,   133,   271,   272,   136,   137,
     138,   139,   140,   141,   142,   273,   144,   145,   146,   274,
     148,   149,   150,   151,   152,   153,   275,   155,   156,   729,
       0,     0,     0,     0,   730,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,    36,    37,
      38,    39,    40,    41,    42,    43,    44,    45,    46,    47,
      48,    49,    50,    51,   266,    53,    54,    55,    56,   168,
      58,    59,    60,    61,    62,    63,    64,    65,    66,    67,
      68,    69,    70,    71,    72,   267,    74,   268,    76,    77,
      78,    79,    80,    81,    82,    83,    84,    85,    86,    87,
      88,    89,    90,    91,    92,    93,    94,    95,   269,    97,
      98,    99,   100,   101,   102,   103,   104,   105,   106,   107,
     108,   109,   110,   111,   112,   113,   172,   115,   116,   117,
     118,   119,   120,   121,   270,   123,   124,   125,   126,   127,
     128,   129,   130,   131,   132,   133,   271,   272,   136,   137,
     138,   139,   140,   141,   142,   273,   144,   145,   146,   274,
     148,   149,   150,   151,   152,   153,   275,   155,   156,   262,
     263,   264,   460,     0,   461,     0,   462,   463,     0,     0,
       0,     0,     0,     0,     0,    36,    37,    38,    39,    40,
      41,    42,    43,    44,    45,    46,    47,    48,    49,    50,
      51,   266,    53,    54,    55,    56,   168,    58,    59,    60,
      61,    62,    63,    64,    65,    66,    67,    68,    69,    70,
      71,    72,   267,    74,   268,    76,    77,    78,    79,    80,
      81,    82,    83,    84,    85,    86,    87,    88,    89,    90,
      91,    92,    93,    94,    95,   269,    97,    98,    99,   100,
     101,   102,   103,   104,   105,   106,   107,   108,   109,   110,
     111,   112,   113,   172,   115,   116,   117,   118,   119,   120,
     121,   270,   123,   124,   125,   126,   127,   128,   129,   130,
     131,   132,   133,   271,   272,   136,   137,   138,   139,   140,
     141,   142,   273,   144,   145,   146,   274,   148,   149,   150,
     151,   152,   153,   275,   155,   156,   262,   263,   264,     0,
       0,     0,   265,     0,     0,     0,     0,     0,     0,     0,
       0,     0,    36,    37,    38,    39,    40,    41,    42,    43,
      44,    45,    46,    47,    48,    49,    50,    51,   266,    53,
      54,    55,    56,   168,    58,    59,    60,    61,    62,    63,
      64,    65,    66,    67,    68,    69,    70,    71,    72,   267,
      74,   268,    76,    77,    78,    79,    80,    81,    82,    83,
      84,    85,    86,    87,    88,    89,    90,    91,    92,    93,
      94,    95,   269,    97,    98,    99,   100,   101,   102,   103,
     104,   105,   106,   107,   108,   109,   110,   111,   112,   113,
     172,   115,   116,   117,   118,   119,   120,   121,   270,   123,
     124,   125,   126,   127,   128,   129,   130,   131,   132,   133,
     271,   272,   136,   137,   138,   139,   140,   141,   142,   273,
     144,   145,   146,   274,   148,   149,   150,   151,   152,   153,
     275,   155,   156,   262,   263,   264,     0,     0,     0,   326,
       0,     0,     0,     0,     0,     0,     0,     0,     0,    36,
      37,    38,    39,    40,    41,    42,    43,    44,    45,    46,
      47,    48,    49,    50,    51,   266,    53,    54,    55,    56,
     168,    58,    59,    60,    61,    62,    63,    64,    65,    66,
      67,    68,    69,    70,    71,    72,   267,    74,   268,    76,
      77,    78,    79,    80,    81,    82,    83,    84,    85,    86,
      87,    88,    89,    90,    91,    92,    93,    94,    95,   269,
      97,    98,    99,   100,   101,   102,   103,   104,   105,   106,
     107,   108,   109,   110,   111,   112,   113,   172,   115,   116,
     117,   118,   119,   120,   121,   270,   123,   124,   125,   126,
     127,   128,   129,   130,   131,   132,   133,   271,   272,   136,
     137,   138,   139,   140,   141,   142,   273,   144,   145,   146,
     274,   148,   149,   150,   151,   152,   153,   275,   155,   156,
     262,   263,   264,     0,     0,     0,     0,   672,     0,     0,
       0,     0,     0,     0,     0,     0,    36,    37,    38,    39,
      40,    41,    42,    43,    44,    45,    46,    47,    48,    49,
      50,    51,   266,    53,    54,    55,    56,   168,    58,    59,
      60,    61,    62,    63,    64,    65,    66,    67,    68,    69,
      70,    71,    72,   267,    74,   268,    76,    77,    78,    79,
      80,    81,    82,    83,    84,    85,    86,    87,    88,    89,
      90,    91,    92,    93,    94,    95,   269,    97,    98,    99,
     100,   101,   102,   103,   104,   105,   106,   107,   108,   109,
     110,   111,   112,   113,   172,   115,   116,   117,   118,   119,
     120,   121,   270,   123,   124,   125,   126,   127,   128,   129,
     130,   131,   132,   133,   271,   272,   136,   137,   138,   139,
     140,   141,   142,   273,   144,   145,   146,   274,   148,   149,
     150,   151,   152,   153,   275,   155,   156,   262,   263,   264,
       0,     0,     0,     0,   677,     0,     0,     0,     0,     0,
       0,     0,     0,    36,    37,    38,    39,    40,    41,    42,
      43,    44,    45,    46,    47,    48,    49,    50,    51,   266,
      53,    54,    55,    56,   168,    58,    59,    60,    61,    62,
      63,    64,    65,    66,    67,    68,    69,    70,    71,    72,
     267,    74,   268,    76,    77,    78,    79,    80,    81,    82,
      83,    84,    85,    86,    87,    88,    89,    90,    91,    92,
      93,    94,    95,   269,    97,    98,    99,   100,   101,   102,
     103,   104,   105,   106,   107,   108,   109,   110,   111,   112,
     113,   172,   115,   116,   117,   118,   119,   120,   121,   270,
     123,   124,   125,   126,   127,   128,   129,   130,   131,   132,
     133,   271,   272,   136,   137,   138,   139,   140,   141,   142,
     273,   144,   145,   146,   274,   148,   149,   150,   151,   152,
     153,   275,   155,   156,   262,   263,   264,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
      36,    37,    38,    39,    40,    41,    42,    43,    44,    45,
      46,    47,    48,    49,    50,    51,   266,    53,    54,    55,
      56,   168,    58,    59,    60,    61,    62,    63,    64,    65,
      66,    67,    68,    69,    70,    71,    72,   267,    74,   268,
      76,    77,    78,    79,    80,    81,    82,    83,    84,    85,
      86,    87,    88,    89,    90,    91,    92,    93,    94,    95,
     269,    97,    98,    99,   100,   101,   102,   103,   104,   105,
     106,   107,   108,   109,   110,   111,   112,   113,   172,   115,
     116,   117,   118,   119,   120,   121,   270,   123,   124,   125,
     126,   127,   128,   129,   130,   131,   132,   133,   271,   272,
     136,   137,   138,   139,   140,   141,   142,   273,   144,   145,
     146,   274,   148,   149,   150,   151,   152,   153,   275,   155,
     156,   356,     0,   357,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,    36,    37,    38,
      39,    40,    41,    42,    43,   358,    45,    46,    47,    48,
     359,   360,    51,   361,    53,    54,    55,    56,   168,    58,
      59,    60,    61,    62,    63,    64,   362,    66,   363,    68,
      69,    70,    71,    72,   364,    74,   365,    76,    77,    78,
      79,    80,    81,    82,    83,    84,    85,    86,    87,    88,
      89,    90,    91,    92,    93,    94,    95,   366,    97,    98,
      99,   367,   101,   102,   103,   104,   105,   368,   107,   108,
     109,   110,   111,   369,   113,   172,   115,   116,   117,   118,
     119,   120,   121,   370,   123,   124,   125,   126,   127,   128,
     129,   130,   131,   371,   133,   372,   373,   136,   137,   138,
     139,   140,   141,   142,   374,   144,   145,   146,   375,   148,
     149,   150,   151,   152,   153,   210,   155,   156,   484,     0,
       0,     0,    26,    27,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,   485,
     486,     0,     0,     0,     0,     0,     0,     0,   487,   488,
     489,     0,     0,   490,     0,   491,     0,     0,     0,     0,
       0,     0,     0,     0,   492,   493,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,   494,     0,   495,     0,
     496,     0,     0,     0,     0,     0,     0,     0,   497,   498,
       0,     0,     0,     0,     0,     0,     0,     0,   216,     0,
     499,     0,     0,     0,     0,   500,     0,     0,     0,   501,
     502,   503,     0,     0,     0,     0,     0,     0,     0,     0,
     505,     0,     0,     0,     0,   506,     0,   507,   508,   509,
       0,     0,   510,   511,     0,     0,   484,     0,     0,   512,
      26,    27,   513,   514,     0,   515,     0,     0,   516,     0,
     517,   518,   519,   520,   521,     0,     0,   485,   486,     0,
       0,     0,     0,     0,     0,     0,   487,   488,   489,     0,
       0,   490,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,   492,   493,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,   494,     0,   495,     0,   496,     0,
       0,     0,     0,     0,     0,     0,   497,   498,     0,     0,
       0,     0,     0,     0,     0,     0,   216,     0,   499,     0,
       0,     0,     0,   500,     0,     0,     0,   501,   502,   503,
       0,     0,     0,     0,     0,     0,     0,     0,   505,     0,
       0,     0,     0,   506,     0,   507,   508,   509,     0,     0,
     510,   511,     0,     0,     0,     0,     0,   512,     0,   237,
     513,   514,   238,   515,     0,     0,   516,     0,   517,   518,
     519,   520,   521,    36,    37,    38,    39,    40,    41,    42,
      43,    44,    45,    46,    47,    48,    49,    50,    51,   240,
      53,    54,    55,    56,   168,    58,    59,    60,    61,    62,
      63,    64,    65,    66,    67,    68,    69,    70,    71,    72,
     242,    74,   747,    76,    77,    78,    79,    80,    81,    82,
      83,    84,    85,    86,    87,    88,    89,    90,    91,    92,
      93,    94,    95,   748,    97,    98,    99,   100,   101,   102,
     103,   104,   105,   106,   107,   108,   109,   110,   111,   112,
     113,   172,   115,   116,   117,   118,   119,   120,   121,   246,
     123,   124,   125,   126,   127,   128,   129,   130,   131,   132,
     133,   247,   248,   136,   137,   138,   139,   140,   141,   142,
     749,   144,   145,   146,   250,   148,   149,   150,   151,   152,
     153,   251,   155,   156,    35,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,    36,    37,
      38,    39,    40,    41,    42,    43,    44,    45,    46,    47,
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
     148,   149,   150,   151,   152,   153,   154,   155,   156,   166,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,    36,    37,    38,    39,    40,    41,    42,
      43,    44,    45,    46,    47,    48,    49,    50,    51,   167,
      53,    54,    55,    56,   168,    58,    59,    60,    61,    62,
      63,    64,    65,    66,    67,    68,    69,    70,    71,    72,
     169,    74,   170,    76,    77,    78,    79,    80,    81,    82,
      83,    84,    85,    86,    87,    88,    89,    90,    91,    92,
      93,    94,    95,   171,    97,    98,    99,   100,   101,   102,
     103,   104,   105,   106,   107,   108,   109,   110,   111,   112,
     113,   172,   115,   116,   117,   118,   119,   120,   121,   173,
     123,   124,   125,   126,   127,   128,   129,   130,   131,   132,
     133,   174,   175,   136,   137,   138,   139,   140,   141,   142,
     176,   144,   145,   146,   177,   148,   149,   150,   151,   152,
     153,   178,   155,   156,   189,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,    36,    37,
      38,    39,    40,    41,    42,    43,    44,    45,    46,    47,
      48,    49,    50,    51,   190,    53,    54,    55,    56,   168,
      58,    59,    60,    61,    62,    63,    64,    65,    66,    67,
      68,    69,    70,    71,    72,   191,    74,   192,    76,    77,
      78,    79,    80,    81,    82,    83,    84,    85,    86,    87,
      88,    89,    90,    91,    92,    93,    94,    95,   193,    97,
      98,    99,   100,   101,   102,   103,   104,   105,   106,   107,
     108,   109,   110,   111,   112,   113,   172,   115,   116,   117,
     118,   119,   120,   121,   194,   123,   124,   125,   126,   127,
     128,   129,   130,   131,   132,   133,   195,   196,   136,   137,
     138,   139,   140,   141,   142,   197,   144,   145,   146,   198,
     148,   149,   150,   151,   152,   153,   199,   155,   156,   330,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,    36,    37,    38,    39,    40,    41,    42,
      43,    44,    45,    46,    47,    48,    49,    50,    51,   331,
      53,    54,    55,    56,   168,    58,    59,    60,    61,    62,
      63,   332,    65,    66,    67,   333,    69,    70,    71,    72,
     334,    74,   335,    76,    77,    78,    79,    80,    81,    82,
      83,    84,    85,    86,    87,    88,    89,    90,    91,    92,
      93,    94,    95,   336,    97,    98,    99,   100,   101,   102,
     103,   104,   105,   106,   107,   108,   109,   110,   111,   112,
     113,   172,   115,   116,   117,   118,   119,   120,   121,   337,
     123,   338,   125,   126,   127,   128,   129,   130,   131,   132,
     133,   339,   340,   136,   137,   138,   139,   140,   141,   142,
     341,   144,   145,   146,   342,   148,   149,   150,   151,   152,
     153,   343,   155,   156,   330,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,    36,    37,
      38,    39,    40,    41,    42,    43,    44,    45,    46,    47,
      48,    49,    50,    51,   331,    53,    54,    55,    56,   168,
      58,    59,    60,    61,    62,    63,    64,    65,    66,    67,
      68,    69,    70,    71,    72,   531,    74,   335,    76,    77,
      78,    79,    80,    81,    82,    83,    84,    85,    86,    87,
      88,    89,    90,    91,    92,    93,    94,    95,   336,    97,
      98,    99,   100,   101,   102,   103,   104,   105,   106,   107,
     108,   109,   110,   111,   112,   113,   172,   115,   116,   117,
     118,   119,   120,   121,   532,   123,   124,   125,   126,   127,
     128,   129,   130,   131,   132,   133,   533,   534,   136,   137,
     138,   139,   140,   141,   142,   535,   144,   145,   146,   342,
     148,   149,   150,   151,   152,   153,   343,   155,   156,   541,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,    36,    37,    38,    39,    40,    41,    42,
      43,    44,    45,    46,    47,    48,    49,    50,    51,   542,
      53,    54,    55,    56,   168,    58,    59,    60,    61,    62,
      63,    64,    65,    66,    67,    68,   543,   544,    71,    72,
     545,    74,   546,    76,    77,    78,    79,    80,    81,    82,
      83,    84,    85,    86,    87,    88,    89,    90,    91,    92,
      93,    94,    95,   547,    97,    98,    99,   100,   101,   102,
     103,   104,   105,   106,   107,   108,   109,   110,   111,   112,
     113,   172,   115,   116,   117,   548,   119,   120,   121,   549,
     123,   124,   125,   126,   127,   128,   129,   130,   131,   132,
     133,   550,   551,   136,   137,   138,   139,   140,   141,   142,
     552,   144,   145,   146,   553,   148,   149,   150,   151,   152,
     153,   554,   155,   156,   237,     0,     0,   238,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,    36,     0,
      38,    39,    40,    41,    42,    43,    44,    45,    46,    47,
      48,    49,    50,    51,   240,    53,    54,    55,    56,   168,
      58,    59,    60,    61,    62,    63,    64,    65,    66,    67,
      68,    69,    70,     0,    72,   242,    74,   243,    76,     0,
      78,    79,    80,    81,    82,    83,    84,    85,    86,    87,
      88,    89,    90,    91,    92,    93,    94,    95,   245,    97,
      98,    99,   100,   101,   102,   103,   104,   105,   106,   107,
     108,   109,   110,   111,   112,   113,   172,   115,   116,   117,
     118,   119,   120,   121,   246,   123,   124,   125,   126,   127,
     128,   129,   130,   131,   132,   133,   247,   248,   136,   137,
     138,   139,   140,   141,   142,   249,   144,   145,   146,   250,
     148,   149,   150,   151,   152,   153,   251,   155,   156
};

static const yytype_int16 yycheck[] =
{
       6,     7,     8,     6,     7,     8,     6,     7,     8,   390,
      16,   539,     3,    16,    10,   484,    16,     6,     7,     8,
     572,   236,   302,   617,   304,   383,    44,    16,     6,     7,
       8,     6,     7,     8,   311,   312,     7,     8,    16,     4,
     317,   318,   710,   303,   718,    16,   306,    29,   771,   716,
     316,    23,    39,   319,   314,    27,    28,   721,   161,    25,
      23,    51,    29,    17,    86,   439,    29,    32,    27,    27,
      36,   794,    44,    45,   448,    34,   360,   458,   362,   101,
      23,    53,    54,    55,    27,    28,    58,    24,    60,   617,
      23,   755,    27,   433,   434,    23,   103,    69,    70,    27,
      82,    21,   120,   125,    24,    21,    37,   447,    24,    81,
     103,    83,    23,    85,   782,   789,     0,   107,   136,    82,
     787,    93,    94,   113,    21,    21,   595,    24,   597,   151,
     152,   103,    63,   105,    27,    28,    21,   159,   110,    24,
     609,    23,   114,   115,   116,    27,    28,    21,    22,    86,
     122,   745,    23,   125,    21,    86,    27,    28,   130,   687,
     132,   133,   134,    21,   101,   137,   138,    21,    21,   721,
      24,   102,   144,    21,    22,   147,   148,   108,   150,   146,
     538,   153,    21,   155,   156,   157,   158,   159,   125,   570,
     784,   596,    21,    22,   599,   600,   601,   602,    86,    21,
     669,    21,   560,   755,    24,   586,   421,   588,   589,    21,
     591,   592,    24,   101,   151,   152,    21,   745,    21,    24,
     151,   152,   159,   604,   605,   606,    21,    21,   159,    24,
     236,    21,    21,   236,    24,    24,   236,   125,    21,    21,
      21,    24,    24,    24,   772,    21,    21,   236,    39,    40,
      41,    21,    21,    21,    34,    35,   784,    21,   236,   728,
      21,    21,    21,   151,   152,   236,    21,    21,    21,    21,
      21,   159,    21,    21,    21,    21,    38,    27,    23,    23,
      21,    21,    21,    21,    27,    21,   292,    21,   294,    21,
      21,   294,   292,    22,   300,    21,   302,   300,   304,   302,
     300,   304,   302,   292,   304,   301,    21,   261,    22,    22,
      27,   300,   308,   302,   292,   304,   294,   292,   309,   294,
      21,   292,   300,   294,   302,   300,   304,   302,   594,   304,
      21,   302,    21,   304,    21,   289,    21,   603,    26,    21,
     305,    24,    21,    24,    21,    21,   727,     3,     4,     5,
       6,     7,     8,     9,    10,    11,    12,    13,    14,    15,
      16,    17,    18,    19,    20,    24,    21,    21,    21,    21,
     324,    21,    21,    21,    21,    21,    21,    21,    21,    21,
      21,    21,    21,    21,    21,    21,    21,    21,    21,    21,
      21,    21,    21,    21,    21,    21,   103,    22,    21,    21,
      24,    22,    21,    21,   146,    21,   666,    24,    23,    23,
      23,    23,    21,   146,    21,   421,    36,    23,   421,    21,
      21,   421,    21,   388,    21,    21,    21,    21,    21,    21,
     436,    21,   421,   436,   714,   441,   436,    23,   441,   430,
      21,   441,    21,   421,   435,    21,    21,   436,    21,    21,
     421,    21,   441,    24,    23,   527,    24,   667,   436,   300,
     718,   436,   570,   458,   613,   436,   441,   583,   767,   302,
     441,   425,   615,   427,   700,   796,   304,   744,   324,   532,
     772,   726,   261,    12,   774,   385,   294,   664,   782,   798,
     779,   425,   772,   371,   436,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,   781,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,   479,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,   562,    -1,    -1,   562,
      -1,    -1,   562,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,   568,   562,    -1,    -1,    -1,   583,    -1,    -1,
     583,    -1,    -1,   583,   562,    -1,    -1,   562,    -1,    -1,
      -1,   562,    -1,    -1,   583,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,   583,    -1,    -1,    -1,    -1,
      -1,    -1,   583,    -1,    -1,    -1,   607,    -1,    -1,    -1,
      -1,    -1,   613,    -1,   615,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,   587,    -1,    -1,   590,    -1,    -1,   593,
      -1,    -1,   596,    -1,    -1,   599,   600,   601,   602,    -1,
      -1,    -1,    -1,    -1,   608,    -1,    -1,    -1,    -1,    -1,
      -1,   667,    -1,    -1,   667,    -1,    -1,   667,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   667,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   667,
      -1,    -1,   667,    -1,   700,    -1,    -1,   700,    -1,   664,
     700,    -1,    -1,    -1,   710,    -1,    -1,   710,    -1,    -1,
     710,   700,    -1,    -1,    -1,    -1,    -1,   713,    -1,    -1,
      -1,   710,   700,    -1,    -1,   700,    -1,    -1,    -1,   700,
      -1,    -1,   710,    -1,    -1,   710,    -1,    -1,    -1,   710,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,   718,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,   767,   758,    -1,   767,    -1,    -1,   767,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,   782,    -1,   767,   782,
      -1,    -1,   782,    -1,    -1,    -1,    -1,    -1,    -1,   767,
     744,    -1,   767,   782,    -1,    -1,   767,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,   782,    -1,    -1,   782,    23,    24,
      -1,   782,    27,    28,    29,    30,    31,    32,    33,    34,
      35,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    43,    44,
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
     155,   156,   157,   158,   159,   160,   161,   162,   163,    23,
      -1,    -1,    -1,    27,    28,    29,    30,    31,    32,    33,
      34,    35,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    43,
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
      23,    24,    -1,    -1,    27,    28,    29,    30,    -1,    32,
      -1,    34,    35,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
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
     163,    23,    -1,    -1,    -1,    27,    28,    29,    30,    -1,
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
     162,   163,    23,    -1,    -1,    -1,    27,    28,    29,    -1,
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
     161,   162,   163,    23,    -1,    -1,    -1,    27,    28,    29,
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
     160,   161,   162,   163,    23,    -1,    -1,    -1,    27,    28,
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
     159,   160,   161,   162,   163,    23,    -1,    -1,    -1,    27,
      28,    29,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
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
     158,   159,   160,   161,   162,   163,    23,    -1,    -1,    -1,
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
     157,   158,   159,   160,   161,   162,   163,    23,    -1,    -1,
      -1,    -1,    -1,    29,    -1,    -1,    32,    -1,    -1,    -1,
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
     156,   157,   158,   159,   160,   161,   162,   163,    23,    -1,
      -1,    -1,    -1,    -1,    29,    -1,    -1,    -1,    -1,    -1,
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
     155,   156,   157,   158,   159,   160,   161,   162,   163,    24,
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
     155,   156,   157,   158,   159,   160,   161,   162,   163,    24,
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
     155,   156,   157,   158,   159,   160,   161,   162,   163,    24,
      -1,    -1,    -1,    -1,    29,    -1,    -1,    -1,    -1,    -1,
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
     155,   156,   157,   158,   159,   160,   161,   162,   163,    27,
      28,    29,    30,    -1,    32,    -1,    34,    35,    -1,    -1,
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
     158,   159,   160,   161,   162,   163,    27,    28,    29,    -1,
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
     161,   162,   163,    27,    28,    29,    -1,    -1,    -1,    33,
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
      27,    28,    29,    -1,    -1,    -1,    -1,    34,    -1,    -1,
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
     157,   158,   159,   160,   161,   162,   163,    27,    28,    29,
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
     160,   161,   162,   163,    27,    28,    29,    -1,    -1,    -1,
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
     163,    27,    -1,    29,    -1,    -1,    -1,    -1,    -1,    -1,
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
     156,   157,   158,   159,   160,   161,   162,   163,    23,    -1,
      -1,    -1,    27,    28,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    44,
      45,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    53,    54,
      55,    -1,    -1,    58,    -1,    60,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    69,    70,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    81,    -1,    83,    -1,
      85,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    93,    94,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   103,    -1,
     105,    -1,    -1,    -1,    -1,   110,    -1,    -1,    -1,   114,
     115,   116,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
     125,    -1,    -1,    -1,    -1,   130,    -1,   132,   133,   134,
      -1,    -1,   137,   138,    -1,    -1,    23,    -1,    -1,   144,
      27,    28,   147,   148,    -1,   150,    -1,    -1,   153,    -1,
     155,   156,   157,   158,   159,    -1,    -1,    44,    45,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    53,    54,    55,    -1,
      -1,    58,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    69,    70,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    81,    -1,    83,    -1,    85,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    93,    94,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,   103,    -1,   105,    -1,
      -1,    -1,    -1,   110,    -1,    -1,    -1,   114,   115,   116,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   125,    -1,
      -1,    -1,    -1,   130,    -1,   132,   133,   134,    -1,    -1,
     137,   138,    -1,    -1,    -1,    -1,    -1,   144,    -1,    29,
     147,   148,    32,   150,    -1,    -1,   153,    -1,   155,   156,
     157,   158,   159,    43,    44,    45,    46,    47,    48,    49,
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
     160,   161,   162,   163,    29,    -1,    -1,    -1,    -1,    -1,
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
     155,   156,   157,   158,   159,   160,   161,   162,   163,    29,
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
     160,   161,   162,   163,    29,    -1,    -1,    -1,    -1,    -1,
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
     155,   156,   157,   158,   159,   160,   161,   162,   163,    29,
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
     160,   161,   162,   163,    29,    -1,    -1,    -1,    -1,    -1,
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
     155,   156,   157,   158,   159,   160,   161,   162,   163,    29,
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
     160,   161,   162,   163,    29,    -1,    -1,    32,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    43,    -1,
      45,    46,    47,    48,    49,    50,    51,    52,    53,    54,
      55,    56,    57,    58,    59,    60,    61,    62,    63,    64,
      65,    66,    67,    68,    69,    70,    71,    72,    73,    74,
      75,    76,    77,    -1,    79,    80,    81,    82,    83,    -1,
      85,    86,    87,    88,    89,    90,    91,    92,    93,    94,
      95,    96,    97,    98,    99,   100,   101,   102,   103,   104,
     105,   106,   107,   108,   109,   110,   111,   112,   113,   114,
     115,   116,   117,   118,   119,   120,   121,   122,   123,   124,
     125,   126,   127,   128,   129,   130,   131,   132,   133,   134,
     135,   136,   137,   138,   139,   140,   141,   142,   143,   144,
     145,   146,   147,   148,   149,   150,   151,   152,   153,   154,
     155,   156,   157,   158,   159,   160,   161,   162,   163
};

/* YYSTOS[STATE-NUM] -- The symbol kind of the accessing symbol of
   state STATE-NUM.  */
static const yytype_int16 yystos[] =
{
       0,     3,     4,     5,     6,     7,     8,     9,    10,    11,
      12,    13,    14,    15,    16,    17,    18,    19,    20,   165,
      39,   166,    39,    40,    41,   213,    27,    28,   178,   179,
     175,   179,    23,   172,   173,    29,    43,    44,    45,    46,
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
     157,   158,   159,   160,   161,   162,   163,   169,   170,   249,
     250,   251,   252,   254,   262,   266,    29,    59,    64,    80,
      82,   103,   121,   129,   141,   142,   150,   154,   161,   187,
     188,   249,   250,   251,   252,   253,   254,   263,   266,    29,
      59,    80,    82,   103,   129,   141,   142,   150,   154,   161,
     190,   191,   249,   250,   251,   252,   253,   254,   264,   266,
     161,   219,    27,   237,    27,   238,   103,   207,    37,    63,
      86,   102,   108,   151,   152,   159,   217,   103,   228,    86,
     101,   125,   151,   152,   159,   236,    23,    29,    32,    44,
      59,    78,    80,    82,    84,   103,   129,   141,   142,   150,
     154,   161,   184,   186,   249,   250,   251,   252,   253,   259,
     266,    23,    27,    28,    29,    33,    59,    80,    82,   103,
     129,   141,   142,   150,   154,   161,   194,   195,   196,   197,
     244,   249,   250,   251,   252,   253,   254,   265,   266,    23,
     229,     0,    21,    21,    21,    21,    22,   176,   179,    21,
      21,    21,    21,    21,    21,    21,    21,    21,    21,    21,
      21,    21,    21,    21,    21,    21,    21,    21,    21,    21,
     185,   186,    24,   196,    21,    24,    33,   230,   231,   244,
      29,    59,    71,    75,    80,    82,   103,   129,   131,   141,
     142,   150,   154,   161,   167,   250,   251,   252,   253,   254,
     255,   266,    51,   107,   113,   214,    27,    29,    51,    56,
      57,    59,    72,    74,    80,    82,   103,   107,   113,   119,
     129,   139,   141,   142,   150,   154,   215,   218,   219,   249,
     252,   253,   254,   257,   266,    25,    36,   216,    21,    23,
      23,    27,    28,   170,   180,   237,   180,   188,   238,   180,
     191,    23,   179,   220,    34,   238,    38,   237,   178,    27,
     239,   239,   239,    23,   238,    27,   240,   240,   239,   239,
     240,    21,    24,    24,   197,    21,    24,    21,   212,    21,
      21,    21,   198,    21,    21,    21,    21,    22,   245,    21,
      22,    21,   212,   212,   233,   232,   232,    21,    21,    22,
      22,   245,   217,    22,   177,   179,    27,   174,    23,    24,
      30,    32,    34,    35,   181,   182,   242,   243,   244,    29,
     146,   221,   222,    21,   227,   237,   186,   231,   244,    21,
     241,   242,   178,   183,    23,    44,    45,    53,    54,    55,
      58,    60,    69,    70,    81,    83,    85,    93,    94,   105,
     110,   114,   115,   116,   122,   125,   130,   132,   133,   134,
     137,   138,   144,   147,   148,   150,   153,   155,   156,   157,
     158,   159,   178,   201,   203,   204,   207,   241,   241,   178,
     189,    80,   129,   141,   142,   150,   249,   255,   256,    21,
     216,    29,    59,    76,    77,    80,    82,   103,   125,   129,
     141,   142,   150,   154,   161,   249,   250,   251,   253,   254,
     258,   266,    21,    21,   241,   216,    26,    24,    21,   181,
      21,    24,    21,    24,    21,    44,   120,   136,   208,    24,
     244,    21,   168,    21,   204,   205,    21,    21,    21,    21,
      21,    21,    21,    21,    21,    21,    21,    21,    21,    21,
      21,    21,    21,    21,    21,    21,    21,    21,    21,    21,
     168,    21,    21,    21,   198,    21,   245,    23,    27,    28,
      29,    30,    31,    32,    33,    34,    35,   246,   248,   265,
      22,    21,   245,    23,    29,    59,    80,    82,   103,   129,
     141,   142,   150,   154,   161,   234,   249,   250,   251,   252,
     253,   254,   261,   266,    23,    27,    21,    22,    21,   237,
      24,   182,   223,   243,    21,   146,    21,    23,   184,    21,
      24,   242,    34,   206,   244,   242,   242,    34,   202,   244,
     242,   242,   244,   240,   204,   206,   204,    23,   206,   206,
     206,   206,   240,   242,   242,   242,   178,   244,   204,    23,
      23,    29,    82,   192,   193,   183,   189,    24,   246,   247,
      23,   224,   146,    21,    21,   103,    23,    36,    21,   171,
     220,    21,   238,   169,    21,   204,    21,    21,    21,    24,
      29,   199,   200,   265,    86,   101,   125,   151,   152,   159,
     209,   210,   211,   190,    21,    21,    24,    82,   103,   150,
     225,   226,   254,   259,   260,    21,   237,   180,    21,    24,
     235,   236,   172,   175,    24,   223,    24,    23,   203,   242,
     204,    21,    21,    24,    21,    24,    24,   194,   246,    21,
      21,    21,    21,    24,    21,   223,   237,    21,    24,    21,
     187,   201,   180,   200,    21,   210,    21,   229,    23,   239,
     226,   246,    24,    24,   236,   172,    24,   201,   192,   227,
      24
};

/* YYR1[RULE-NUM] -- Symbol kind of the left-hand side of rule RULE-NUM.  */
static const yytype_int16 yyr1[] =
{
       0,   164,   165,   165,   165,   165,   165,   165,   165,   165,
     165,   165,   165,   165,   165,   165,   165,   165,   165,   165,
     166,   167,   167,   167,   167,   167,   167,   167,   167,   167,
     167,   167,   167,   168,   168,   169,   169,   169,   170,   170,
     170,   171,   171,   171,   171,   172,   173,   174,   175,   176,
     177,   178,   179,   179,   180,   180,   180,   180,   181,   181,
     182,   182,   183,   183,   184,   184,   184,   184,   184,   185,
     185,   186,   186,   186,   186,   187,   187,   187,   188,   188,
     188,   189,   189,   190,   190,   190,   191,   191,   192,   193,
     193,   194,   194,   195,   195,   196,   196,   197,   197,   198,
     198,   198,   199,   199,   199,   200,   200,   201,   201,   202,
     202,   203,   203,   204,   204,   204,   204,   204,   204,   204,
     204,   204,   204,   204,   204,   204,   204,   204,   204,   204,
     204,   204,   204,   204,   204,   204,   204,   204,   204,   204,
     204,   204,   204,   204,   204,   204,   204,   204,   204,   204,
     204,   205,   205,   206,   206,   207,   207,   208,   208,   208,
     209,   209,   210,   211,   211,   211,   211,   211,   211,   212,
     212,   213,   213,   213,   213,   213,   213,   213,   214,   214,
     214,   215,   215,   215,   215,   215,   216,   216,   216,   216,
     216,   217,   217,   217,   217,   217,   217,   217,   217,   217,
     218,   218,   218,   218,   218,   218,   218,   218,   218,   218,
     218,   218,   218,   218,   218,   219,   219,   220,   221,   221,
     222,   222,   223,   224,   225,   225,   226,   226,   226,   226,
     227,   228,   229,   229,   230,   230,   231,   231,   232,   232,
     232,   233,   233,   234,   234,   234,   234,   235,   235,   236,
     236,   236,   236,   236,   236,   237,   238,   239,   240,   241,
     242,   242,   242,   242,   243,   243,   244,   244,   244,   244,
     245,   245,   246,   246,   246,   247,   247,   248,   248,   248,
     248,   248,   248,   248,   248,   248,   248,   249,   249,   249,
     250,   250,   250,   250,   250,   251,   251,   251,   251,   252,
     252,   252,   253,   253,   254,   254,   254,   255,   255,   255,
     255,   255,   255,   255,   255,   255,   255,   255,   255,   256,
     256,   256,   256,   257,   257,   257,   257,   257,   257,   257,
     257,   257,   257,   257,   257,   257,   258,   258,   258,   258,
     258,   258,   258,   258,   258,   258,   258,   258,   258,   258,
     258,   258,   259,   259,   259,   259,   259,   259,   259,   259,
     259,   259,   259,   259,   259,   259,   259,   260,   260,   261,
     261,   261,   261,   261,   261,   261,   261,   261,   261,   261,
     261,   261,   261,   261,   261,   262,   262,   262,   262,   262,
     262,   262,   262,   262,   262,   262,   262,   262,   262,   262,
     262,   262,   263,   263,   263,   263,   263,   263,   263,   263,
     263,   263,   263,   263,   263,   263,   263,   263,   264,   264,
     264,   264,   264,   264,   264,   264,   264,   264,   264,   264,
     264,   264,   264,   264,   264,   265,   265,   265,   265,   265,
     265,   265,   265,   265,   265,   265,   265,   265,   265,   265,
     265,   265,   266,   266,   266,   266,   266,   266,   266,   266,
     266,   266,   266,   266,   266,   266,   266,   266,   266,   266,
     266,   266,   266,   266,   266,   266,   266,   266,   266,   266,
     266,   266,   266,   266,   266,   266,   266,   266,   266,   266,
     266,   266,   266,   266,   266,   266,   266,   266,   266,   266,
     266,   266,   266,   266,   266,   266,   266,   266,   266,   266,
     266,   266,   266,   266,   266,   266,   266,   266,   266,   266,
     266,   266,   266,   266,   266,   266,   266,   266,   266,   266,
     266,   266,   266,   266,   266,   266,   266,   266,   266,   266,
     266,   266,   266
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
       1,     5,     3,     3,     3,     4,     1,     2,     2,     2,
       2,     2,     6,     7,     2,     3,     7,     1,     1,     1,
       3,     5,     1,     3,     1,     3,     3,     5,     3,     3,
       1,     5,     2,     3,     1,     3,     1,     1,     0,     3,
       7,     0,     3,     5,     1,     3,     3,     1,     3,     3,
       3,     3,     3,     3,     3,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       0,     3,     1,     2,     3,     1,     3,     1,     1,     1,
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
       1,     1,     1
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
                                                    { qrs_act_enable_cmd(ctx, (yylsp[-1]), (yylsp[0]), (yyvsp[0].wlist).head); }
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
                                                    { CHECK(qrs_act_section_att(ctx, (yylsp[0]))); CHECK(qrs_act_add_att(ctx, QRS_ITEM_OTHER, (yylsp[0]))); (yyval.item) = NULL; }
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
                                                    { CHECK(qrs_act_missing_text(ctx, (yylsp[0]))); (yyval.rt) = (yyvsp[-2].rt); }
    break;

  case 189: /* resp_text: "[" resp_text_code "]"  */
                                                    { CHECK(qrs_act_missing_text(ctx, (yylsp[0]))); (yyval.rt) = (yyvsp[-1].rt); }
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

  case 201: /* untagged_data: "number" "SP" "FETCH" "SP" msg_att  */
                                                    { CHECK(qrs_act_fetch_resp(ctx, (yylsp[-4]), (yyvsp[0].ilist).head)); }
    break;

  case 202: /* untagged_data: "number" "SP" "EXISTS"  */
                                                    { CHECK(qrs_act_number_resp(ctx, (yylsp[-2]), 0, (yylsp[0]), (yylsp[0]))); }
    break;

  case 203: /* untagged_data: "number" "SP" "RECENT"  */
                                                    { CHECK(qrs_act_number_resp(ctx, (yylsp[-2]), 0, (yylsp[0]), (yylsp[0]))); }
    break;

  case 204: /* untagged_data: "number" "SP" "EXPUNGE"  */
                                                    { CHECK(qrs_act_number_resp(ctx, (yylsp[-2]), 1, (yylsp[0]), (yylsp[0]))); }
    break;

  case 205: /* untagged_data: "number" "SP" num_generic_name generic_args  */
                                                    { CHECK(qrs_act_number_resp(ctx, (yylsp[-3]), 0, (yylsp[-1]), (yylsp[0]))); }
    break;

  case 206: /* untagged_data: "ENABLED"  */
                                                    { qrs_act_enabled_resp(ctx, (yylsp[0]), (yylsp[0]), NULL); }
    break;

  case 207: /* untagged_data: "ENABLED" capability_list  */
                                                    { qrs_act_enabled_resp(ctx, (yylsp[-1]), (yylsp[0]), (yyvsp[0].wlist).head); }
    break;

  case 208: /* untagged_data: "CAPABILITY" capability_list  */
                                                    { CHECK(qrs_act_capability_resp(ctx, (yylsp[0]), (yyvsp[0].wlist).head)); }
    break;

  case 209: /* untagged_data: "SEARCH" search_resp  */
                                                    { CHECK(qrs_act_search_resp(ctx, 0)); }
    break;

  case 210: /* untagged_data: "SORT" search_resp  */
                                                    { CHECK(qrs_act_search_resp(ctx, 1)); }
    break;

  case 211: /* untagged_data: "ESEARCH" esearch_resp  */
                                                    { ctx->msg->kind = QRS_RESP_ESEARCH; }
    break;

  case 212: /* untagged_data: "STATUS" "SP" mailbox "SP" "(" ")"  */
                                                    { qrs_act_status_resp(ctx, &(yyvsp[-3].str), NULL); }
    break;

  case 213: /* untagged_data: "STATUS" "SP" mailbox "SP" "(" status_att_val_list ")"  */
                                                    { qrs_act_status_resp(ctx, &(yyvsp[-4].str), (yyvsp[-1].slist).head); }
    break;

  case 214: /* untagged_data: resp_generic_name generic_args  */
                                                    { qrs_act_other_resp(ctx, (yylsp[-1]), (yylsp[0])); }
    break;

  case 215: /* expunged_resp: "VANISHED" "SP" vanished_uids  */
                                                    { qrs_act_vanished(ctx, 0, (yyvsp[0].set)); }
    break;

  case 216: /* expunged_resp: "VANISHED" "SP" "(" vanished_marker ")" "SP" vanished_uids  */
                                                    { qrs_act_vanished(ctx, (yyvsp[-3].flag), (yyvsp[0].set)); }
    break;

  case 217: /* vanished_uids: set_token  */
                                                    { CHECK(qrs_seqset_check(ctx, (yylsp[0]), "known-uids", QRS_SETCHK_NO_STAR, &(yyval.set))); }
    break;

  case 218: /* vanished_marker: "atom"  */
                                                    { CHECK(qrs_act_earlier_check(ctx, (yylsp[0]))); (yyval.flag) = 1; }
    break;

  case 219: /* vanished_marker: tag_correlators  */
                                                    { (yyval.flag) = 2; }
    break;

  case 220: /* tag_correlators: "TAG" "SP" tag_string  */
                                                    { CHECK(qrs_act_tag_correlator(ctx, (yylsp[-2]), &(yyvsp[0].str))); }
    break;

  case 221: /* tag_correlators: tag_correlators "SP" "TAG" "SP" tag_string  */
                                                    { CHECK(qrs_act_tag_correlator(ctx, (yylsp[-2]), &(yyvsp[0].str))); }
    break;

  case 223: /* msg_att: "(" msg_att_list ")"  */
                                                    { (yyval.ilist) = (yyvsp[-1].ilist); }
    break;

  case 224: /* msg_att_list: msg_att_item  */
                                                    { (yyval.ilist).head = (yyval.ilist).tail = (yyvsp[0].item); }
    break;

  case 225: /* msg_att_list: msg_att_list "SP" msg_att_item  */
                                                    { (yyvsp[-2].ilist).tail->next = (yyvsp[0].item); (yyvsp[-2].ilist).tail = (yyvsp[0].item); (yyval.ilist) = (yyvsp[-2].ilist); }
    break;

  case 226: /* msg_att_item: "UID" "SP" nz_number  */
                                                    { (yyval.item) = qrs_act_new_item(ctx, QRS_ITEM_UID, (yyloc), (yylsp[-2]), (yylsp[0])); CHECK((yyval.item)); (yyval.item)->number = (yyvsp[0].u32); }
    break;

  case 227: /* msg_att_item: "MODSEQ" "SP" "(" permsg_modsequence ")"  */
                                                    { (yyval.item) = qrs_act_new_item(ctx, QRS_ITEM_MODSEQ, (yyloc), (yylsp[-4]), (yylsp[-2])); CHECK((yyval.item)); (yyval.item)->number = (yyvsp[-1].u64);
                                                      (yyval.item)->value = qrs_span(ctx, (qrs_loc){(yylsp[-2]).start, (yylsp[0]).end}); }
    break;

  case 228: /* msg_att_item: "FLAGS" "SP" flag_fetch_list  */
                                                    { (yyval.item) = qrs_act_new_item(ctx, QRS_ITEM_FLAGS, (yyloc), (yylsp[-2]), (yylsp[0])); CHECK((yyval.item)); }
    break;

  case 229: /* msg_att_item: msg_att_generic_name "SP" generic_item  */
                                                    { (yyval.item) = qrs_act_new_item(ctx, QRS_ITEM_OTHER, (yyloc), (yylsp[-2]), (yylsp[0])); CHECK((yyval.item)); }
    break;

  case 231: /* fetch_mod_resp_frag: "MODSEQ" "SP" "(" permsg_modsequence ")"  */
                                                    { ctx->frag->number = (yyvsp[-1].u64); }
    break;

  case 236: /* flag_fetch: "flag"  */
                                                    { CHECK(qrs_act_flag_check(ctx, (yylsp[0]), 1)); }
    break;

  case 239: /* search_resp: search_resp "SP" "number"  */
                                                    { CHECK(qrs_act_search_number(ctx, (yylsp[0]))); }
    break;

  case 240: /* search_resp: search_resp "SP" "(" "MODSEQ" "SP" mod_sequence_value ")"  */
                                                    { CHECK(qrs_act_search_modseq_resp(ctx, (yyvsp[-1].u64), (yylsp[-4]))); }
    break;

  case 243: /* esearch_item: "(" "TAG" "SP" tag_string ")"  */
                                                    { CHECK(qrs_act_esearch_tag(ctx, &(yyvsp[-1].str), (yyloc))); }
    break;

  case 244: /* esearch_item: "UID"  */
                                                    { CHECK(qrs_act_esearch_uid(ctx, (yyloc))); }
    break;

  case 245: /* esearch_item: "MODSEQ" "SP" mod_sequence_value  */
                                                    { CHECK(qrs_act_esearch_data(ctx, (yyloc))); ctx->msg->u.esearch.has_modseq = 1; ctx->msg->u.esearch.modseq = (yyvsp[0].u64); }
    break;

  case 246: /* esearch_item: esearch_generic_name "SP" generic_param_value  */
                                                    { CHECK(qrs_act_generic_param(ctx, (yylsp[-2]))); /* search-modifier-name: tagged-ext-label */
                                                      CHECK(qrs_act_esearch_data(ctx, (yyloc))); }
    break;

  case 247: /* status_att_val_list: status_att_val  */
                                                    { (yyval.slist).head = (yyval.slist).tail = (yyvsp[0].satt); }
    break;

  case 248: /* status_att_val_list: status_att_val_list "SP" status_att_val  */
                                                    { (yyvsp[-2].slist).tail->next = (yyvsp[0].satt); (yyvsp[-2].slist).tail = (yyvsp[0].satt); (yyval.slist) = (yyvsp[-2].slist); }
    break;

  case 249: /* status_att_val: "MESSAGES" "SP" number  */
                                                    { (yyval.satt) = qrs_act_new_status_val(ctx, (yylsp[-2]), (yyvsp[0].u32)); CHECK((yyval.satt)); }
    break;

  case 250: /* status_att_val: "RECENT" "SP" number  */
                                                    { (yyval.satt) = qrs_act_new_status_val(ctx, (yylsp[-2]), (yyvsp[0].u32)); CHECK((yyval.satt)); }
    break;

  case 251: /* status_att_val: "UIDNEXT" "SP" nz_number  */
                                                    { (yyval.satt) = qrs_act_new_status_val(ctx, (yylsp[-2]), (yyvsp[0].u32)); CHECK((yyval.satt)); }
    break;

  case 252: /* status_att_val: "UIDVALIDITY" "SP" nz_number  */
                                                    { (yyval.satt) = qrs_act_new_status_val(ctx, (yylsp[-2]), (yyvsp[0].u32)); CHECK((yyval.satt)); }
    break;

  case 253: /* status_att_val: "UNSEEN" "SP" number  */
                                                    { (yyval.satt) = qrs_act_new_status_val(ctx, (yylsp[-2]), (yyvsp[0].u32)); CHECK((yyval.satt)); }
    break;

  case 254: /* status_att_val: "HIGHESTMODSEQ" "SP" mod_sequence_valzer  */
                                                    { (yyval.satt) = qrs_act_new_status_val(ctx, (yylsp[-2]), (yyvsp[0].u64)); CHECK((yyval.satt)); }
    break;

  case 255: /* mod_sequence_value: "number"  */
                                                    { CHECK(qrs_modseq(ctx, (yylsp[0]), "mod-sequence-value", 0, &(yyval.u64))); }
    break;

  case 256: /* mod_sequence_valzer: "number"  */
                                                    { CHECK(qrs_modseq(ctx, (yylsp[0]), "mod-sequence-valzer", 1, &(yyval.u64))); }
    break;

  case 257: /* nz_number: "number"  */
                                                    { CHECK(qrs_nz_number(ctx, (yylsp[0]), "nz-number", &(yyval.u32))); }
    break;

  case 258: /* number: "number"  */
                                                    { CHECK(qrs_number(ctx, (yylsp[0]), "number", &(yyval.u32))); }
    break;

  case 260: /* astring: atom  */
                                                    { (yyval.str) = qrs_act_make_string(ctx, QRS_STR_ATOM, (yylsp[0])); }
    break;

  case 261: /* astring: "astring"  */
                                                    { (yyval.str) = qrs_act_make_string(ctx, QRS_STR_ATOM, (yylsp[0])); }
    break;

  case 262: /* astring: "section-word"  */
                                                    { CHECK(qrs_act_astring_chars(ctx, (yylsp[0]))); (yyval.str) = qrs_act_make_string(ctx, QRS_STR_ATOM, (yylsp[0])); }
    break;

  case 264: /* string: "quoted"  */
                                                    { (yyval.str) = qrs_act_make_string(ctx, QRS_STR_QUOTED, (yylsp[0])); }
    break;

  case 265: /* string: "literal"  */
                                                    { (yyval.str) = qrs_act_make_string(ctx, QRS_STR_LITERAL, (yylsp[0])); }
    break;

  case 268: /* atom: "sequence-set"  */
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
