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
  S_SP = 18,                               /* "SP"  */
  S_CRLF = 19,                             /* "CRLF"  */
  S_LPAREN = 20,                           /* "("  */
  S_RPAREN = 21,                           /* ")"  */
  S_LBRACKET = 22,                         /* "["  */
  S_RBRACKET = 23,                         /* "]"  */
  S_NUMBER = 24,                           /* "number"  */
  S_SEQSET = 25,                           /* "sequence-set"  */
  S_ATOM = 26,                             /* "atom"  */
  S_ASTRING_WORD = 27,                     /* "astring"  */
  S_LIST_WORD = 28,                        /* "list-word"  */
  S_SECTION = 29,                          /* "section-word"  */
  S_FLAG = 30,                             /* "flag"  */
  S_QUOTED = 31,                           /* "quoted"  */
  S_LITERAL = 32,                          /* "literal"  */
  S_TEXT = 33,                             /* "text"  */
  S_CODE_ATOM = 34,                        /* "resp-text-code atom"  */
  S_CODE_TEXT = 35,                        /* "resp-text-code text"  */
  S_TAG = 36,                              /* "tag"  */
  S_UNTAGGED = 37,                         /* "*"  */
  S_CONTINUE = 38,                         /* "+"  */
  S_INVALID = 39,                          /* "invalid byte"  */
  S_K_ALERT = 40,                          /* "ALERT"  */
  S_K_ALL = 41,                            /* "ALL"  */
  S_K_ANSWERED = 42,                       /* "ANSWERED"  */
  S_K_APPEND = 43,                         /* "APPEND"  */
  S_K_APR = 44,                            /* "APR"  */
  S_K_AUG = 45,                            /* "AUG"  */
  S_K_AUTH_ = 46,                          /* "AUTH="  */
  S_K_AUTHENTICATE = 47,                   /* "AUTHENTICATE"  */
  S_K_BAD = 48,                            /* "BAD"  */
  S_K_BADCHARSET = 49,                     /* "BADCHARSET"  */
  S_K_BCC = 50,                            /* "BCC"  */
  S_K_BEFORE = 51,                         /* "BEFORE"  */
  S_K_BODY = 52,                           /* "BODY"  */
  S_K_BYE = 53,                            /* "BYE"  */
  S_K_CAPABILITY = 54,                     /* "CAPABILITY"  */
  S_K_CC = 55,                             /* "CC"  */
  S_K_CHANGEDSINCE = 56,                   /* "CHANGEDSINCE"  */
  S_K_CHARSET = 57,                        /* "CHARSET"  */
  S_K_CHECK = 58,                          /* "CHECK"  */
  S_K_CLOSE = 59,                          /* "CLOSE"  */
  S_K_CLOSED = 60,                         /* "CLOSED"  */
  S_K_CONDSTORE = 61,                      /* "CONDSTORE"  */
  S_K_COPY = 62,                           /* "COPY"  */
  S_K_CREATE = 63,                         /* "CREATE"  */
  S_K_DEC = 64,                            /* "DEC"  */
  S_K_DELETE = 65,                         /* "DELETE"  */
  S_K_DELETED = 66,                        /* "DELETED"  */
  S_K_DRAFT = 67,                          /* "DRAFT"  */
  S_K_ENABLE = 68,                         /* "ENABLE"  */
  S_K_ENABLED = 69,                        /* "ENABLED"  */
  S_K_ENVELOPE = 70,                       /* "ENVELOPE"  */
  S_K_ESEARCH = 71,                        /* "ESEARCH"  */
  S_K_EXAMINE = 72,                        /* "EXAMINE"  */
  S_K_EXISTS = 73,                         /* "EXISTS"  */
  S_K_EXPUNGE = 74,                        /* "EXPUNGE"  */
  S_K_FAST = 75,                           /* "FAST"  */
  S_K_FEB = 76,                            /* "FEB"  */
  S_K_FETCH = 77,                          /* "FETCH"  */
  S_K_FLAGGED = 78,                        /* "FLAGGED"  */
  S_K_FLAGS = 79,                          /* "FLAGS"  */
  S_K_FROM = 80,                           /* "FROM"  */
  S_K_FULL = 81,                           /* "FULL"  */
  S_K_HEADER = 82,                         /* "HEADER"  */
  S_K_HIGHESTMODSEQ = 83,                  /* "HIGHESTMODSEQ"  */
  S_K_IMAP4REV1 = 84,                      /* "IMAP4rev1"  */
  S_K_INBOX = 85,                          /* "INBOX"  */
  S_K_INTERNALDATE = 86,                   /* "INTERNALDATE"  */
  S_K_JAN = 87,                            /* "JAN"  */
  S_K_JUL = 88,                            /* "JUL"  */
  S_K_JUN = 89,                            /* "JUN"  */
  S_K_KEYWORD = 90,                        /* "KEYWORD"  */
  S_K_LARGER = 91,                         /* "LARGER"  */
  S_K_LIST = 92,                           /* "LIST"  */
  S_K_LOGIN = 93,                          /* "LOGIN"  */
  S_K_LOGOUT = 94,                         /* "LOGOUT"  */
  S_K_LSUB = 95,                           /* "LSUB"  */
  S_K_MAR = 96,                            /* "MAR"  */
  S_K_MAY = 97,                            /* "MAY"  */
  S_K_MESSAGES = 98,                       /* "MESSAGES"  */
  S_K_MODIFIED = 99,                       /* "MODIFIED"  */
  S_K_MODSEQ = 100,                        /* "MODSEQ"  */
  S_K_NAMESPACE = 101,                     /* "NAMESPACE"  */
  S_K_NEW = 102,                           /* "NEW"  */
  S_K_NIL = 103,                           /* "NIL"  */
  S_K_NO = 104,                            /* "NO"  */
  S_K_NOMODSEQ = 105,                      /* "NOMODSEQ"  */
  S_K_NOOP = 106,                          /* "NOOP"  */
  S_K_NOT = 107,                           /* "NOT"  */
  S_K_NOV = 108,                           /* "NOV"  */
  S_K_OCT = 109,                           /* "OCT"  */
  S_K_OK = 110,                            /* "OK"  */
  S_K_OLD = 111,                           /* "OLD"  */
  S_K_ON = 112,                            /* "ON"  */
  S_K_OR = 113,                            /* "OR"  */
  S_K_PARSE = 114,                         /* "PARSE"  */
  S_K_PERMANENTFLAGS = 115,                /* "PERMANENTFLAGS"  */
  S_K_PREAUTH = 116,                       /* "PREAUTH"  */
  S_K_PRIV = 117,                          /* "priv"  */
  S_K_QRESYNC = 118,                       /* "QRESYNC"  */
  S_K_READ_ONLY = 119,                     /* "READ-ONLY"  */
  S_K_READ_WRITE = 120,                    /* "READ-WRITE"  */
  S_K_RECENT = 121,                        /* "RECENT"  */
  S_K_RENAME = 122,                        /* "RENAME"  */
  S_K_RFC822 = 123,                        /* "RFC822"  */
  S_K_RFC822_SIZE = 124,                   /* "RFC822.SIZE"  */
  S_K_SEARCH = 125,                        /* "SEARCH"  */
  S_K_SEEN = 126,                          /* "SEEN"  */
  S_K_SELECT = 127,                        /* "SELECT"  */
  S_K_SENTBEFORE = 128,                    /* "SENTBEFORE"  */
  S_K_SENTON = 129,                        /* "SENTON"  */
  S_K_SENTSINCE = 130,                     /* "SENTSINCE"  */
  S_K_SEP = 131,                           /* "SEP"  */
  S_K_SHARED = 132,                        /* "shared"  */
  S_K_SINCE = 133,                         /* "SINCE"  */
  S_K_SMALLER = 134,                       /* "SMALLER"  */
  S_K_SORT = 135,                          /* "SORT"  */
  S_K_STARTTLS = 136,                      /* "STARTTLS"  */
  S_K_STATUS = 137,                        /* "STATUS"  */
  S_K_STORE = 138,                         /* "STORE"  */
  S_K_STRUCTURE = 139,                     /* "STRUCTURE"  */
  S_K_SUBJECT = 140,                       /* "SUBJECT"  */
  S_K_SUBSCRIBE = 141,                     /* "SUBSCRIBE"  */
  S_K_TAG = 142,                           /* "TAG"  */
  S_K_TEXT = 143,                          /* "TEXT"  */
  S_K_TO = 144,                            /* "TO"  */
  S_K_TRYCREATE = 145,                     /* "TRYCREATE"  */
  S_K_UID = 146,                           /* "UID"  */
  S_K_UIDNEXT = 147,                       /* "UIDNEXT"  */
  S_K_UIDVALIDITY = 148,                   /* "UIDVALIDITY"  */
  S_K_UNANSWERED = 149,                    /* "UNANSWERED"  */
  S_K_UNCHANGEDSINCE = 150,                /* "UNCHANGEDSINCE"  */
  S_K_UNDELETED = 151,                     /* "UNDELETED"  */
  S_K_UNDRAFT = 152,                       /* "UNDRAFT"  */
  S_K_UNFLAGGED = 153,                     /* "UNFLAGGED"  */
  S_K_UNKEYWORD = 154,                     /* "UNKEYWORD"  */
  S_K_UNSEEN = 155,                        /* "UNSEEN"  */
  S_K_UNSUBSCRIBE = 156,                   /* "UNSUBSCRIBE"  */
  S_K_VANISHED = 157,                      /* "VANISHED"  */
  S_K_X = 158,                             /* "X"  */
  S_K_X_DRAFT_W02_QRESYNC = 159,           /* "X-DRAFT-W02-QRESYNC"  */
  S_YYACCEPT = 160,                        /* $accept  */
  S_start = 161,                           /* start  */
  S_command = 162,                         /* command  */
  S_command_body = 163,                    /* command_body  */
  S_select_params = 164,                   /* select_params  */
  S_select_param_list = 165,               /* select_param_list  */
  S_select_param = 166,                    /* select_param  */
  S_qresync_tail = 167,                    /* qresync_tail  */
  S_seq_match_data = 168,                  /* seq_match_data  */
  S_seq_match_data_frag = 169,             /* seq_match_data_frag  */
  S_uidvalidity = 170,                     /* uidvalidity  */
  S_known_uids = 171,                      /* known_uids  */
  S_known_sequence_set = 172,              /* known_sequence_set  */
  S_known_uid_set = 173,                   /* known_uid_set  */
  S_sequence_set = 174,                    /* sequence_set  */
  S_set_token = 175,                       /* set_token  */
  S_generic_param_value = 176,             /* generic_param_value  */
  S_tagged_ext_comp = 177,                 /* tagged_ext_comp  */
  S_tagged_ext_item = 178,                 /* tagged_ext_item  */
  S_fetch = 179,                           /* fetch  */
  S_fetch_atts = 180,                      /* fetch_atts  */
  S_fetch_att_list = 181,                  /* fetch_att_list  */
  S_fetch_att = 182,                       /* fetch_att  */
  S_fetch_modifier_list = 183,             /* fetch_modifier_list  */
  S_fetch_modifier = 184,                  /* fetch_modifier  */
  S_store = 185,                           /* store  */
  S_store_modifier_list = 186,             /* store_modifier_list  */
  S_store_modifier = 187,                  /* store_modifier  */
  S_store_att_flags = 188,                 /* store_att_flags  */
  S_store_action = 189,                    /* store_action  */
  S_store_flags = 190,                     /* store_flags  */
  S_flag_list = 191,                       /* flag_list  */
  S_flag_seq = 192,                        /* flag_seq  */
  S_flag = 193,                            /* flag  */
  S_search = 194,                          /* search  */
  S_search_keys = 195,                     /* search_keys  */
  S_search_key = 196,                      /* search_key  */
  S_search_key_list = 197,                 /* search_key_list  */
  S_date = 198,                            /* date  */
  S_search_modsequence = 199,              /* search_modsequence  */
  S_entry_type = 200,                      /* entry_type  */
  S_status_att_list = 201,                 /* status_att_list  */
  S_status_att = 202,                      /* status_att  */
  S_status_att_name = 203,                 /* status_att_name  */
  S_capability_list = 204,                 /* capability_list  */
  S_response = 205,                        /* response  */
  S_tagged_status = 206,                   /* tagged_status  */
  S_untagged_status = 207,                 /* untagged_status  */
  S_resp_text = 208,                       /* resp_text  */
  S_resp_text_code = 209,                  /* resp_text_code  */
  S_untagged_data = 210,                   /* untagged_data  */
  S_expunged_resp = 211,                   /* expunged_resp  */
  S_vanished_uids = 212,                   /* vanished_uids  */
  S_vanished_marker = 213,                 /* vanished_marker  */
  S_tag_correlators = 214,                 /* tag_correlators  */
  S_tag_string = 215,                      /* tag_string  */
  S_msg_att = 216,                         /* msg_att  */
  S_msg_att_list = 217,                    /* msg_att_list  */
  S_msg_att_item = 218,                    /* msg_att_item  */
  S_permsg_modsequence = 219,              /* permsg_modsequence  */
  S_fetch_mod_resp_frag = 220,             /* fetch_mod_resp_frag  */
  S_flag_fetch_list = 221,                 /* flag_fetch_list  */
  S_flag_fetch_seq = 222,                  /* flag_fetch_seq  */
  S_flag_fetch = 223,                      /* flag_fetch  */
  S_search_resp = 224,                     /* search_resp  */
  S_esearch_resp = 225,                    /* esearch_resp  */
  S_esearch_item = 226,                    /* esearch_item  */
  S_status_att_val_list = 227,             /* status_att_val_list  */
  S_status_att_val = 228,                  /* status_att_val  */
  S_mod_sequence_value = 229,              /* mod_sequence_value  */
  S_mod_sequence_valzer = 230,             /* mod_sequence_valzer  */
  S_nz_number = 231,                       /* nz_number  */
  S_number = 232,                          /* number  */
  S_mailbox = 233,                         /* mailbox  */
  S_astring = 234,                         /* astring  */
  S_string = 235,                          /* string  */
  S_atom = 236,                            /* atom  */
  S_generic_args = 237,                    /* generic_args  */
  S_generic_item = 238,                    /* generic_item  */
  S_generic_list = 239,                    /* generic_list  */
  S_generic_token = 240,                   /* generic_token  */
  S_kw_a = 241,                            /* kw_a  */
  S_kw_status = 242,                       /* kw_status  */
  S_kw_r = 243,                            /* kw_r  */
  S_kw_num = 244,                          /* kw_num  */
  S_kw_sel = 245,                          /* kw_sel  */
  S_kw_macro = 246,                        /* kw_macro  */
  S_cmd_generic_name = 247,                /* cmd_generic_name  */
  S_uid_generic_name = 248,                /* uid_generic_name  */
  S_resp_generic_name = 249,               /* resp_generic_name  */
  S_num_generic_name = 250,                /* num_generic_name  */
  S_fetch_att_generic = 251,               /* fetch_att_generic  */
  S_msg_att_generic_name = 252,            /* msg_att_generic_name  */
  S_esearch_generic_name = 253,            /* esearch_generic_name  */
  S_select_label = 254,                    /* select_label  */
  S_fetch_label = 255,                     /* fetch_label  */
  S_store_label = 256,                     /* store_label  */
  S_any_keyword = 257,                     /* any_keyword  */
  S_kw_rest = 258                          /* kw_rest  */
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
#define YYFINAL  232
/* YYLAST -- Last index in YYTABLE.  */
#define YYLAST   4456

/* YYNTOKENS -- Number of terminals.  */
#define YYNTOKENS  160
/* YYNNTS -- Number of nonterminals.  */
#define YYNNTS  99
/* YYNRULES -- Number of rules.  */
#define YYNRULES  527
/* YYNSTATES -- Number of states.  */
#define YYNSTATES  784

/* YYMAXUTOK -- Last valid token kind.  */
#define YYMAXUTOK   414


/* YYTRANSLATE(TOKEN-NUM) -- Symbol number corresponding to TOKEN-NUM
   as returned by yylex, with out-of-bounds checking.  */
#define YYTRANSLATE(YYX) YY_CAST (yysymbol_kind_t, YYX)

#if QRS_YYDEBUG
/* YYRLINE[YYN] -- Source line where rule number YYN was defined.  */
static const yytype_int16 yyrline[] =
{
       0,   129,   129,   130,   131,   132,   133,   134,   135,   136,
     137,   138,   139,   140,   141,   142,   143,   150,   155,   156,
     157,   158,   159,   161,   162,   163,   164,   166,   168,   170,
     175,   176,   183,   184,   185,   190,   192,   193,   198,   199,
     200,   201,   205,   210,   215,   220,   225,   230,   235,   238,
     238,   245,   246,   247,   254,   255,   259,   260,   265,   266,
     271,   272,   273,   274,   275,   279,   280,   285,   286,   287,
     288,   292,   293,   294,   299,   300,   301,   306,   307,   312,
     313,   314,   319,   320,   324,   328,   329,   333,   334,   339,
     340,   344,   345,   350,   351,   356,   357,   361,   362,   366,
     366,   366,   366,   366,   366,   366,   366,   367,   367,   367,
     367,   367,   367,   368,   368,   368,   368,   369,   369,   369,
     370,   370,   370,   371,   371,   371,   372,   372,   373,   374,
     374,   375,   376,   377,   378,   379,   380,   384,   385,   389,
     390,   395,   396,   401,   401,   401,   405,   406,   410,   413,
     413,   413,   413,   413,   413,   417,   418,   425,   426,   427,
     428,   429,   430,   431,   434,   434,   434,   435,   435,   435,
     435,   435,   439,   440,   441,   442,   443,   448,   449,   450,
     451,   452,   453,   454,   455,   456,   461,   462,   463,   464,
     465,   466,   467,   468,   469,   470,   471,   472,   473,   474,
     476,   481,   482,   490,   494,   495,   499,   500,   505,   510,
     514,   515,   519,   520,   522,   523,   528,   532,   536,   537,
     541,   542,   546,   547,   552,   553,   554,   560,   561,   565,
     566,   567,   568,   573,   574,   578,   579,   580,   581,   582,
     583,   590,   595,   600,   605,   610,   615,   616,   617,   618,
     622,   623,   628,   629,   630,   631,   638,   639,   643,   644,
     645,   649,   650,   654,   654,   654,   654,   654,   654,   654,
     654,   654,   654,   658,   658,   658,   659,   659,   659,   659,
     659,   660,   660,   660,   660,   661,   661,   661,   662,   662,
     663,   663,   663,   666,   666,   666,   666,   666,   666,   666,
     666,   666,   667,   667,   667,   668,   668,   668,   668,   670,
     670,   670,   670,   670,   670,   670,   670,   670,   670,   671,
     671,   671,   673,   673,   673,   673,   673,   673,   673,   673,
     673,   673,   673,   674,   674,   674,   674,   674,   676,   676,
     676,   676,   676,   676,   676,   676,   676,   676,   676,   677,
     677,   677,   677,   678,   678,   680,   680,   680,   680,   680,
     680,   680,   680,   680,   680,   680,   681,   681,   681,   681,
     681,   683,   683,   683,   683,   683,   683,   683,   683,   683,
     683,   683,   684,   684,   684,   684,   684,   684,   686,   686,
     686,   686,   686,   686,   686,   686,   686,   686,   686,   686,
     687,   687,   687,   687,   689,   689,   689,   689,   689,   689,
     689,   689,   689,   689,   689,   690,   690,   690,   690,   690,
     690,   692,   692,   692,   692,   692,   692,   692,   692,   692,
     692,   692,   693,   693,   693,   693,   693,   693,   696,   696,
     696,   696,   696,   696,   696,   696,   696,   697,   697,   697,
     697,   697,   697,   697,   697,   697,   697,   698,   698,   698,
     698,   698,   698,   698,   698,   698,   699,   699,   699,   699,
     699,   699,   699,   699,   699,   699,   700,   700,   700,   700,
     700,   700,   700,   700,   700,   700,   701,   701,   701,   701,
     701,   701,   701,   701,   701,   701,   701,   702,   702,   702,
     702,   702,   702,   702,   702,   703,   703,   703,   703,   703,
     703,   703,   703,   703,   704,   704,   704,   704,   704,   704,
     704,   704,   705,   705,   705,   705,   705,   705
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
  "START_FETCH_MOD_RESP", "START_STATUS_ATT_VAL", "SP", "CRLF", "(", ")",
  "[", "]", "number", "sequence-set", "atom", "astring", "list-word",
  "section-word", "flag", "quoted", "literal", "text",
  "resp-text-code atom", "resp-text-code text", "tag", "*", "+",
  "invalid byte", "ALERT", "ALL", "ANSWERED", "APPEND", "APR", "AUG",
  "AUTH=", "AUTHENTICATE", "BAD", "BADCHARSET", "BCC", "BEFORE", "BODY",
  "BYE", "CAPABILITY", "CC", "CHANGEDSINCE", "CHARSET", "CHECK", "CLOSE",
  "CLOSED", "CONDSTORE", "COPY", "CREATE", "DEC", "DELETE", "DELETED",
  "DRAFT", "ENABLE", "ENABLED", "ENVELOPE", "ESEARCH", "EXAMINE", "EXISTS",
  "EXPUNGE", "FAST", "FEB", "FETCH", "FLAGGED", "FLAGS", "FROM", "FULL",
  "HEADER", "HIGHESTMODSEQ", "IMAP4rev1", "INBOX", "INTERNALDATE", "JAN",
  "JUL", "JUN", "KEYWORD", "LARGER", "LIST", "LOGIN", "LOGOUT", "LSUB",
  "MAR", "MAY", "MESSAGES", "MODIFIED", "MODSEQ", "NAMESPACE", "NEW",
  "NIL", "NO", "NOMODSEQ", "NOOP", "NOT", "NOV", "OCT", "OK", "OLD", "ON",
  "OR", "PARSE", "PERMANENTFLAGS", "PREAUTH", "priv", "QRESYNC",
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
  "flag_list", "flag_seq", "flag", "search", "search_keys", "search_key",
  "search_key_list", "date", "search_modsequence", "entry_type",
  "status_att_list", "status_att", "status_att_name", "capability_list",
  "response", "tagged_status", "untagged_status", "resp_text",
  "resp_text_code", "untagged_data", "expunged_resp", "vanished_uids",
  "vanished_marker", "tag_correlators", "tag_string", "msg_att",
  "msg_att_list", "msg_att_item", "permsg_modsequence",
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

#define YYPACT_NINF (-637)

#define yypact_value_is_default(Yyn) \
  ((Yyn) == YYPACT_NINF)

#define YYTABLE_NINF (-1)

#define yytable_value_is_error(Yyn) \
  0

/* YYPACT[STATE-NUM] -- Index in YYTABLE of the portion describing
   STATE-NUM.  */
static const yytype_int16 yypact[] =
{
     323,    35,    50,    82,    82,    59,  3493,  3627,  3761,   -56,
      90,   101,    18,   242,    41,   -18,   127,   113,  -637,   117,
     129,   165,  -637,  -637,  -637,  -637,  -637,  -637,  -637,    82,
    -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,
    -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,
    -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,
    -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,
    -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,
    -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,
    -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,
    -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,
    -637,   133,  -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,
    -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,
    -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,
    -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,
    -637,  -637,  -637,   138,  -637,  -637,  -637,  -637,  -637,  -637,
    -637,  -637,  -637,   151,  -637,  -637,  -637,  -637,  -637,  -637,
    -637,  -637,  -637,  -637,  -637,   155,  -637,  -637,  -637,  -637,
    -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,
    -637,  -637,  -637,  -637,   159,  -637,   161,  -637,  -637,  -637,
    -637,  -637,  -637,  -637,  -637,  -637,   172,  -637,  -637,  -637,
    -637,  -637,   188,  -637,   193,  -637,   196,   205,  -637,   210,
     212,   213,  -637,   216,  -637,   235,   236,   237,   251,   255,
     256,  -637,  -637,  3895,     1,  3103,    36,  -637,   264,  -637,
     268,  1449,    90,  1589,   101,  1729,    65,    22,   110,    90,
      82,   265,   265,   265,   271,   101,   270,   270,   265,   265,
     270,  -637,  -637,   274,   277,   278,  -637,  -637,   279,   283,
     285,   288,   289,  -637,  -637,   290,  -637,  -637,  -637,  -637,
    -637,  -637,  -637,  -637,  -637,  -637,   201,   292,  -637,  -637,
    -637,   274,  -637,   274,  -637,  -637,  -637,  -637,  -637,  -637,
    -637,  -637,  -637,   293,  -637,  -637,  -637,   203,   294,  -637,
    -637,  -637,  -637,  -637,  -637,  -637,   242,  -637,   295,    82,
     284,  1029,  -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,
    -637,     6,  -637,  -637,   297,  -637,  -637,  -637,  -637,  -637,
    -637,  -637,  -637,    90,  -637,  -637,  -637,  -637,  -637,  -637,
    -637,  2967,   300,  2423,    82,    42,  -637,   301,  2423,  2423,
      82,  4029,  -637,   302,    36,  -637,  4163,   300,   300,   303,
     304,   304,  2423,    36,  -637,  -637,   302,   319,  -637,   322,
    -637,  -637,   305,  1169,  -637,  -637,  -637,  -637,  -637,  -637,
    -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,
    -637,  -637,    38,  -637,  -637,  -637,  -637,  -637,  -637,  -637,
    -637,  -637,  -637,  -637,  -637,  -637,   326,   324,   328,    -4,
     327,  -637,  -637,  2967,   331,  -637,   332,  -637,  3243,  -637,
    -637,   333,   334,   336,   338,   339,  -637,  -637,  -637,   341,
     344,   347,   350,  -637,   352,  -637,   353,   354,  -637,  -637,
     356,   357,   358,   361,   362,   363,   365,   367,   368,  -637,
    -637,  -637,  -637,   369,  -637,  -637,  -637,  -637,  3243,   331,
     373,   374,  -637,   376,   279,  -637,   377,  -637,  -637,  -637,
    -637,   889,   379,  -637,  -637,  -637,  -637,   381,  -637,  -637,
    -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,
    -637,  -637,  -637,  -637,  2009,    40,   382,   383,   385,  -637,
      90,    94,  1169,  -637,   194,   386,   259,  -637,  -637,  -637,
     387,  -637,  -637,   388,  -637,  1869,  -637,   105,  2423,  2559,
    2423,  2423,  2423,  2423,  2423,  2967,   270,  3243,  2559,  3243,
    2559,  2559,  2559,  2559,   270,  2423,  2423,  2423,    82,  2967,
    -637,  -637,   390,    31,    82,  -637,    82,   302,   749,  -637,
    -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,
    -637,  -637,   391,   302,   272,  -637,  -637,  -637,  -637,   389,
    -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,
    -637,  -637,  -637,   394,  -637,   306,  -637,   393,  -637,   384,
     397,  -637,  -637,  -637,  -637,    82,   398,   101,  3493,  4297,
    -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,
    -637,  -637,  -637,  -637,  -637,   400,  -637,  -637,  -637,  -637,
    -637,  -637,  -637,  -637,  3243,  -637,  -637,  -637,  -637,  -637,
    -637,  -637,   401,  -637,   402,  -637,  -637,  -637,  -637,   403,
    -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,  -637,
     169,  3761,  -637,  -637,  -637,   404,  -637,  -637,  -637,  -637,
     125,  3359,  -637,   405,    90,    71,   406,    19,  -637,   114,
     407,  -637,   194,  -637,   139,   140,  -637,   409,  -637,  3243,
     301,  2423,  3243,  -637,  -637,  -637,  -637,  -637,  -637,   144,
    -637,  -637,   160,  1309,   889,  -637,   408,   412,   413,   171,
    -637,  -637,  -637,   414,   194,  -637,  -637,    90,  -637,   180,
    -637,  -637,   415,  -637,  -637,  -637,  4297,  -637,  3627,  -637,
    -637,   169,  -637,   418,  2148,  -637,  -637,  -637,   419,  -637,
    -637,  -637,   420,   421,   265,  3359,  -637,   889,   417,   422,
     -18,  -637,    59,  -637,   181,  -637,    21,  -637,   182,  2695,
    2287,  -637,    90,  -637,  -637,  -637,  -637,  -637,  -637,  -637,
    -637,  -637,  -637,  -637,  -637,  -637,   187,  -637,  -637,   424,
    2831,  -637,  -637,  -637
};

/* YYDEFACT[STATE-NUM] -- Default reduction number in state STATE-NUM.
   Performed when YYTABLE does not specify something else to do.  Zero
   means the default is an error.  */
static const yytype_int16 yydefact[] =
{
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     2,     0,
       0,     0,     3,    49,    50,     4,    48,     5,    45,     0,
      43,     6,   371,   438,   290,   439,   440,   441,   442,   443,
     444,   278,   445,   446,   447,   448,   280,   282,   449,   383,
     450,   451,   452,   453,    36,   454,   455,   456,   457,   458,
     459,   275,   281,   460,   284,   274,   285,   287,   292,   461,
     374,   462,   386,   463,   291,   464,   465,   466,   467,   468,
     469,   470,   471,   472,   473,   474,   475,   476,   477,   478,
     479,   480,   481,   385,   482,   483,   484,   277,   485,   486,
     487,   488,   489,   276,   490,   491,   492,   493,   494,   279,
     495,     0,   496,   497,   286,   498,   499,   500,   376,   501,
     273,   502,   503,   504,   505,   506,   507,   508,   283,   509,
     378,   375,   510,   511,   512,   513,   514,   515,   516,   377,
     517,   518,   519,   384,   520,   521,   522,   523,   524,   525,
     380,   526,   527,     7,    32,   373,   379,   381,   382,   387,
      37,   372,   388,     0,   289,   391,   402,   401,   288,   393,
     395,   392,   394,   400,    75,     8,    71,   390,   396,   397,
     398,   399,   403,    76,   389,   404,   417,   407,   419,   418,
     409,   411,   408,   410,     0,   413,     9,    79,   406,   412,
     414,   415,   416,   420,    83,   405,     0,    10,   241,    11,
     242,    12,     0,    13,   184,   180,     0,     0,   178,     0,
       0,     0,    14,     0,    15,     0,     0,     0,     0,     0,
       0,    16,     1,     0,     0,     0,   176,   163,     0,    46,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,   293,   300,     0,     0,     0,   303,   302,     0,     0,
       0,     0,     0,   301,   296,     0,   295,   297,   298,   299,
     304,   256,   294,   166,   165,   164,     0,     0,   309,   169,
     171,     0,   317,   192,   227,   312,   320,   319,   168,   167,
     170,   224,   224,     0,   313,   314,   318,     0,     0,   186,
     311,   315,   316,   321,   256,   310,     0,   172,     0,     0,
       0,     0,    33,    51,    34,    74,    73,    72,    82,    81,
      80,     0,   203,   201,     0,   141,   185,   177,   179,   243,
     181,   182,   183,     0,   240,   244,   235,   236,   237,   238,
     239,     0,    27,     0,     0,     0,    22,    95,     0,     0,
       0,     0,    17,    29,   176,   158,     0,   194,   193,   197,
     195,   196,     0,   176,   160,   161,   200,     0,   162,     0,
      47,    44,     0,     0,    52,   253,   254,   252,   247,   248,
     250,   251,   433,   423,   436,   435,   425,   427,   424,   426,
     434,   429,     0,    54,    56,   249,   246,   422,   428,   430,
     431,   432,   437,   255,   421,   204,     0,     0,   205,     0,
       0,   216,   155,     0,    30,   245,     0,    20,     0,    99,
     100,     0,     0,     0,     0,     0,   101,   111,   102,     0,
       0,     0,     0,   103,     0,   104,     0,     0,   105,   106,
       0,     0,     0,     0,     0,     0,     0,     0,     0,   107,
     108,   112,   109,     0,   110,   134,    97,   136,     0,    30,
       0,     0,    21,     0,     0,   308,     0,   307,   306,   305,
     256,     0,     0,   322,   333,   188,   190,     0,   336,   335,
     189,   326,   328,   325,   327,   334,   330,   324,   329,   331,
     332,   337,   256,   323,     0,     0,     0,     0,   175,    42,
       0,     0,     0,    53,     0,     0,     0,   145,   143,   144,
       0,   217,   156,     0,    19,     0,   137,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
      98,    18,     0,     0,     0,    25,     0,    26,     0,   264,
     265,   263,   267,   271,   268,   272,   269,   270,   257,   258,
     266,   157,     0,   191,     0,   355,   367,   358,   369,     0,
     360,   361,   359,   230,   368,   363,   228,   357,   362,   364,
     365,   366,   370,     0,   356,     0,   225,     0,   159,   174,
      38,    57,    55,   206,   208,     0,     0,     0,     0,     0,
     338,   339,    60,   351,    62,   342,    69,    61,    67,   344,
     345,   343,    68,   352,   347,    58,    63,   341,   346,   348,
     349,   350,    70,   340,     0,   135,   113,   140,   120,   139,
     114,   115,     0,   116,     0,   126,   129,   131,   121,     0,
     123,   124,   125,   122,   130,   117,   118,   119,   133,   127,
       0,     0,    86,    85,    77,     0,    23,    24,   259,   261,
       0,     0,   187,     0,     0,     0,     0,     0,   173,     0,
       0,   202,     0,   142,     0,     0,    65,     0,   138,     0,
      96,     0,     0,   154,   149,   150,   151,   152,   153,     0,
     146,   148,     0,     0,     0,   260,     0,     0,     0,     0,
     210,   354,   353,     0,     0,   231,   232,     0,   198,     0,
     233,    40,    39,    35,   207,    31,     0,    64,     0,   128,
     132,     0,    28,     0,     0,    93,    84,    87,    88,    91,
      94,   262,     0,     0,     0,     0,   209,     0,     0,     0,
       0,   199,     0,    66,     0,   147,     0,    89,     0,     0,
       0,   214,     0,   212,   211,   215,   229,   226,   234,    41,
      59,    78,    90,    92,   218,   222,     0,   220,   223,     0,
       0,   219,   213,   221
};

/* YYPGOTO[NTERM-NUM].  */
static const yytype_int16 yypgoto[] =
{
    -637,  -637,  -637,  -637,   -44,  -181,   198,  -637,  -636,  -637,
    -637,  -237,  -637,  -637,    13,    34,  -228,    63,   -64,  -105,
    -637,  -637,  -567,  -278,   208,  -104,  -208,   209,  -300,  -637,
    -637,  -637,  -277,  -301,   -15,  -182,  -387,  -637,  -465,   449,
    -637,  -637,  -269,  -637,  -221,  -637,  -637,  -637,  -312,   147,
    -637,   229,  -140,  -637,  -637,  -632,  -637,  -637,  -279,  -295,
    -637,  -637,  -637,  -311,   166,  -637,  -637,  -637,  -629,    29,
    -211,  -239,  -232,  -304,  -247,  -502,  -325,  -293,  -540,  -637,
    -637,    -3,     0,     3,    23,    27,    16,   109,  -637,  -637,
    -637,  -626,  -637,  -637,  -637,  -637,  -637,  -454,    -6
};

/* YYDEFGOTO[NTERM-NUM].  */
static const yytype_int16 yydefgoto[] =
{
       0,    16,    18,   275,   524,   153,   154,   680,    30,    31,
     382,    27,   238,   379,   465,    26,   324,   402,   403,   427,
     625,   685,   626,   175,   176,   472,   196,   197,   664,   665,
     736,   737,   738,   739,   356,   357,   466,   527,   638,   467,
     520,   699,   700,   701,   352,    22,   286,   307,   318,   222,
     308,   207,   333,   417,   418,   603,   672,   709,   710,   420,
     224,   761,   776,   777,   370,   369,   586,   719,   231,   421,
     211,   340,   346,   424,   425,   405,   406,   363,   568,   670,
     569,   407,   408,   409,   410,   411,   412,   281,   480,   314,
     502,   632,   713,   593,   160,   183,   204,   413,   414
};

/* YYTABLE[YYPACT[STATE-NUM]] -- What to do in state STATE-NUM.  If
   positive, shift that token.  If negative, reduce the rule whose
   number is the opposite.  If YYTABLE_NINF, syntax error.  */
static const yytype_int16 yytable[] =
{
     161,   184,   205,   155,   177,   198,   156,   178,   199,   157,
     179,   200,   604,   341,   342,   326,    25,   329,   669,   348,
     349,   376,   159,   182,   203,   347,   422,   570,   350,   158,
     180,   201,   415,   328,   181,   202,   335,   517,    28,   209,
     718,   526,   686,   721,   344,   712,   210,   662,   720,   283,
     724,   661,   482,   334,   469,   470,   512,   662,   316,   513,
     595,   507,   428,   239,   596,   225,    23,    24,   506,   317,
     367,    17,   368,   648,   404,   650,   651,   652,   653,    29,
     226,   550,   748,   429,   430,   331,    19,    20,    21,    23,
      24,   321,   431,   432,   433,    23,    24,   434,   522,   435,
     663,   206,   225,   227,   570,   284,    23,    24,   436,   437,
     663,   285,   512,   518,   208,   601,   769,   226,   212,   712,
     438,   768,   439,   634,   440,   210,   635,   232,   519,   228,
     229,   233,   441,   442,    29,   234,   404,   230,    23,    24,
     227,   223,   212,   704,   443,   336,   705,   235,   416,   444,
     647,   240,   649,   445,   446,   447,   241,   241,   726,   753,
     725,   727,   731,   448,   741,   732,   228,   229,   449,   242,
     450,   451,   452,   243,   230,   453,   454,   244,   245,   245,
     604,   733,   455,   236,   237,   456,   457,   557,   458,   745,
     246,   459,   746,   460,   461,   462,   463,   464,   750,   243,
     759,   751,   770,   772,   639,   780,   247,   765,   781,   573,
     645,   248,   604,   639,   249,   639,   639,   639,   639,   364,
     365,   373,   374,   250,   659,   390,   391,   282,   251,   315,
     252,   253,   310,   276,   254,   161,   277,   184,   155,   205,
     177,   156,   198,   178,   157,   199,   179,   688,   200,   280,
     570,   313,   693,   255,   256,   257,   278,   159,   311,   182,
     279,   203,   312,   338,   158,   404,   180,   694,   201,   258,
     181,   325,   202,   259,   260,   323,   214,   323,   337,   323,
     332,   636,   319,   640,   641,   642,   643,   644,   320,   339,
     695,   343,   351,   570,   345,   353,   354,   355,   655,   656,
     657,   358,   215,   359,   646,   730,   360,   361,   381,   362,
     366,   372,   654,   375,   378,   419,   696,   697,   423,   468,
     481,   504,   505,   510,   698,   216,     1,     2,     3,     4,
       5,     6,     7,     8,     9,    10,    11,    12,    13,    14,
      15,   217,   508,   509,   514,   515,   516,   218,   521,   523,
     525,   528,   529,   380,   530,   282,   531,   532,   478,   533,
     503,   276,   534,   497,   277,   535,   498,   426,   536,   499,
     537,   538,   539,   471,   540,   541,   542,   280,   740,   543,
     544,   545,   501,   546,   278,   547,   548,   549,   279,   219,
     220,   552,   553,   500,   554,   556,   683,   221,   571,   572,
     597,   606,   598,   599,   605,   607,   676,   674,   608,   740,
     660,   671,   675,   677,   673,   679,   682,   678,   687,   689,
     691,   692,   703,   714,   717,   551,   742,   684,   723,   728,
     743,   744,   747,   752,   740,   778,   756,   759,   766,   322,
     760,   762,   722,   767,   729,   782,   511,   716,   602,   666,
     754,   327,   667,   702,   330,   778,   771,   758,   773,   555,
     690,   213,   755,   377,   309,   681,   764,   779,   371,   783,
     479,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,   594,     0,
       0,   587,     0,     0,   588,   763,     0,   589,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,   633,
     592,     0,   627,     0,     0,   628,     0,   590,   629,     0,
       0,   591,     0,     0,     0,     0,     0,     0,     0,   600,
       0,     0,     0,     0,     0,     0,     0,     0,   630,     0,
       0,     0,   631,     0,     0,     0,     0,     0,     0,     0,
       0,   658,     0,     0,     0,     0,     0,   426,     0,   471,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,   161,   633,     0,   155,   627,     0,   156,   628,
       0,   157,   629,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,   159,     0,     0,     0,     0,     0,
       0,   158,   630,     0,     0,     0,   631,     0,     0,   332,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,   205,     0,     0,   198,     0,
       0,   199,     0,     0,   200,   633,     0,     0,   627,     0,
       0,   628,     0,     0,   629,     0,     0,   203,     0,     0,
       0,     0,     0,     0,   201,     0,     0,   711,   202,     0,
       0,     0,     0,     0,   630,     0,     0,     0,   631,     0,
       0,     0,     0,   715,     0,     0,     0,     0,     0,   323,
       0,     0,     0,    28,     0,     0,     0,     0,     0,     0,
     633,     0,   184,   627,     0,   177,   628,     0,   178,   629,
       0,   179,     0,     0,     0,     0,     0,     0,     0,   633,
       0,     0,   627,     0,   182,   628,   749,     0,   629,   630,
       0,   180,     0,   631,     0,   181,     0,     0,     0,     0,
       0,   711,     0,     0,     0,     0,     0,     0,   630,   558,
     668,     0,   631,   559,   560,   561,   562,   563,   564,   565,
     566,   567,     0,     0,     0,     0,     0,     0,     0,    33,
      34,    35,    36,    37,    38,    39,    40,    41,    42,    43,
      44,    45,    46,    47,    48,   392,    50,    51,    52,    53,
     164,    55,    56,    57,    58,    59,    60,    61,    62,    63,
      64,    65,    66,    67,    68,    69,   393,    71,   394,    73,
      74,    75,    76,    77,    78,    79,    80,    81,    82,    83,
      84,    85,    86,    87,    88,    89,    90,    91,    92,   395,
      94,    95,    96,    97,    98,    99,   100,   101,   102,   103,
     104,   105,   106,   107,   108,   109,   110,   168,   112,   113,
     114,   115,   116,   117,   396,   119,   120,   121,   122,   123,
     124,   125,   126,   127,   128,   129,   397,   398,   132,   133,
     134,   135,   136,   137,   138,   399,   140,   141,   142,   400,
     144,   145,   146,   147,   148,   149,   401,   151,   152,   558,
       0,     0,     0,   559,   560,   561,   562,   563,   564,   565,
     566,   567,     0,     0,     0,     0,     0,     0,     0,    33,
      34,    35,    36,    37,    38,    39,    40,    41,    42,    43,
      44,    45,    46,    47,    48,   392,    50,    51,    52,    53,
     164,    55,    56,    57,    58,    59,    60,    61,    62,    63,
      64,    65,    66,    67,    68,    69,   393,    71,   394,    73,
      74,    75,    76,    77,    78,    79,    80,    81,    82,    83,
      84,    85,    86,    87,    88,    89,    90,    91,    92,   395,
      94,    95,    96,    97,    98,    99,   100,   101,   102,   103,
     104,   105,   106,   107,   108,   109,   110,   168,   112,   113,
     114,   115,   116,   117,   396,   119,   120,   121,   122,   123,
     124,   125,   126,   127,   128,   129,   397,   398,   132,   133,
     134,   135,   136,   137,   138,   399,   140,   141,   142,   400,
     144,   145,   146,   147,   148,   149,   401,   151,   152,   383,
     384,     0,     0,   385,   386,   387,   388,     0,   389,     0,
     390,   391,     0,     0,     0,     0,     0,     0,     0,    33,
      34,    35,    36,    37,    38,    39,    40,    41,    42,    43,
      44,    45,    46,    47,    48,   392,    50,    51,    52,    53,
     164,    55,    56,    57,    58,    59,    60,    61,    62,    63,
      64,    65,    66,    67,    68,    69,   393,    71,   394,    73,
      74,    75,    76,    77,    78,    79,    80,    81,    82,    83,
      84,    85,    86,    87,    88,    89,    90,    91,    92,   395,
      94,    95,    96,    97,    98,    99,   100,   101,   102,   103,
     104,   105,   106,   107,   108,   109,   110,   168,   112,   113,
     114,   115,   116,   117,   396,   119,   120,   121,   122,   123,
     124,   125,   126,   127,   128,   129,   397,   398,   132,   133,
     134,   135,   136,   137,   138,   399,   140,   141,   142,   400,
     144,   145,   146,   147,   148,   149,   401,   151,   152,   383,
       0,     0,     0,   385,   386,   387,   388,     0,   389,     0,
     390,   391,     0,     0,     0,     0,     0,     0,     0,    33,
      34,    35,    36,    37,    38,    39,    40,    41,    42,    43,
      44,    45,    46,    47,    48,   392,    50,    51,    52,    53,
     164,    55,    56,    57,    58,    59,    60,    61,    62,    63,
      64,    65,    66,    67,    68,    69,   393,    71,   394,    73,
      74,    75,    76,    77,    78,    79,    80,    81,    82,    83,
      84,    85,    86,    87,    88,    89,    90,    91,    92,   395,
      94,    95,    96,    97,    98,    99,   100,   101,   102,   103,
     104,   105,   106,   107,   108,   109,   110,   168,   112,   113,
     114,   115,   116,   117,   396,   119,   120,   121,   122,   123,
     124,   125,   126,   127,   128,   129,   397,   398,   132,   133,
     134,   135,   136,   137,   138,   399,   140,   141,   142,   400,
     144,   145,   146,   147,   148,   149,   401,   151,   152,   734,
       0,     0,     0,   385,   386,   387,     0,     0,     0,   735,
       0,     0,     0,     0,     0,     0,     0,     0,     0,    33,
      34,    35,    36,    37,    38,    39,    40,    41,    42,    43,
      44,    45,    46,    47,    48,   392,    50,    51,    52,    53,
     164,    55,    56,    57,    58,    59,    60,    61,    62,    63,
      64,    65,    66,    67,    68,    69,   393,    71,   394,    73,
      74,    75,    76,    77,    78,    79,    80,    81,    82,    83,
      84,    85,    86,    87,    88,    89,    90,    91,    92,   395,
      94,    95,    96,    97,    98,    99,   100,   101,   102,   103,
     104,   105,   106,   107,   108,   109,   110,   168,   112,   113,
     114,   115,   116,   117,   396,   119,   120,   121,   122,   123,
     124,   125,   126,   127,   128,   129,   397,   398,   132,   133,
     134,   135,   136,   137,   138,   399,   140,   141,   142,   400,
     144,   145,   146,   147,   148,   149,   401,   151,   152,   321,
       0,     0,     0,    23,    24,    32,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,    33,
      34,    35,    36,    37,    38,    39,    40,    41,    42,    43,
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
     144,   145,   146,   147,   148,   149,   150,   151,   152,   321,
       0,     0,     0,    23,    24,   162,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,    33,
      34,    35,    36,    37,    38,    39,    40,    41,    42,    43,
      44,    45,    46,    47,    48,   163,    50,    51,    52,    53,
     164,    55,    56,    57,    58,    59,    60,    61,    62,    63,
      64,    65,    66,    67,    68,    69,   165,    71,   166,    73,
      74,    75,    76,    77,    78,    79,    80,    81,    82,    83,
      84,    85,    86,    87,    88,    89,    90,    91,    92,   167,
      94,    95,    96,    97,    98,    99,   100,   101,   102,   103,
     104,   105,   106,   107,   108,   109,   110,   168,   112,   113,
     114,   115,   116,   117,   169,   119,   120,   121,   122,   123,
     124,   125,   126,   127,   128,   129,   170,   171,   132,   133,
     134,   135,   136,   137,   138,   172,   140,   141,   142,   173,
     144,   145,   146,   147,   148,   149,   174,   151,   152,   321,
       0,     0,     0,    23,    24,   185,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,    33,
      34,    35,    36,    37,    38,    39,    40,    41,    42,    43,
      44,    45,    46,    47,    48,   186,    50,    51,    52,    53,
     164,    55,    56,    57,    58,    59,    60,    61,    62,    63,
      64,    65,    66,    67,    68,    69,   187,    71,   188,    73,
      74,    75,    76,    77,    78,    79,    80,    81,    82,    83,
      84,    85,    86,    87,    88,    89,    90,    91,    92,   189,
      94,    95,    96,    97,    98,    99,   100,   101,   102,   103,
     104,   105,   106,   107,   108,   109,   110,   168,   112,   113,
     114,   115,   116,   117,   190,   119,   120,   121,   122,   123,
     124,   125,   126,   127,   128,   129,   191,   192,   132,   133,
     134,   135,   136,   137,   138,   193,   140,   141,   142,   194,
     144,   145,   146,   147,   148,   149,   195,   151,   152,   609,
       0,     0,     0,     0,     0,   610,     0,     0,   611,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,    33,
     612,    35,    36,    37,    38,    39,    40,    41,    42,    43,
      44,    45,    46,    47,    48,   613,    50,    51,    52,    53,
     164,    55,    56,    57,    58,    59,    60,    61,    62,    63,
      64,    65,    66,    67,   614,    69,   615,    71,   616,    73,
     617,    75,    76,    77,    78,    79,    80,    81,    82,    83,
      84,    85,    86,    87,    88,    89,    90,    91,    92,   618,
      94,    95,    96,    97,    98,    99,   100,   101,   102,   103,
     104,   105,   106,   107,   108,   109,   110,   168,   112,   113,
     114,   115,   116,   117,   619,   119,   120,   121,   122,   123,
     124,   125,   126,   127,   128,   129,   620,   621,   132,   133,
     134,   135,   136,   137,   138,   622,   140,   141,   142,   623,
     144,   145,   146,   147,   148,   149,   624,   151,   152,   574,
       0,     0,     0,     0,     0,   575,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,    33,
      34,    35,    36,    37,    38,    39,    40,    41,    42,    43,
      44,    45,    46,    47,    48,   576,    50,    51,    52,    53,
     164,    55,    56,    57,    58,    59,    60,    61,    62,    63,
      64,    65,    66,    67,    68,    69,   577,    71,   578,    73,
      74,    75,    76,    77,    78,    79,    80,    81,    82,    83,
      84,    85,    86,    87,    88,    89,    90,    91,    92,   579,
      94,    95,    96,    97,    98,    99,   100,   101,   102,   103,
     104,   105,   106,   107,   108,   109,   110,   168,   112,   113,
     114,   115,   116,   117,   580,   119,   120,   121,   122,   123,
     124,   125,   126,   127,   128,   129,   581,   582,   132,   133,
     134,   135,   136,   137,   138,   583,   140,   141,   142,   584,
     144,   145,   146,   147,   148,   149,   585,   151,   152,   757,
       0,     0,   385,   386,   387,     0,     0,     0,   735,     0,
       0,     0,     0,     0,     0,     0,     0,     0,    33,    34,
      35,    36,    37,    38,    39,    40,    41,    42,    43,    44,
      45,    46,    47,    48,   392,    50,    51,    52,    53,   164,
      55,    56,    57,    58,    59,    60,    61,    62,    63,    64,
      65,    66,    67,    68,    69,   393,    71,   394,    73,    74,
      75,    76,    77,    78,    79,    80,    81,    82,    83,    84,
      85,    86,    87,    88,    89,    90,    91,    92,   395,    94,
      95,    96,    97,    98,    99,   100,   101,   102,   103,   104,
     105,   106,   107,   108,   109,   110,   168,   112,   113,   114,
     115,   116,   117,   396,   119,   120,   121,   122,   123,   124,
     125,   126,   127,   128,   129,   397,   398,   132,   133,   134,
     135,   136,   137,   138,   399,   140,   141,   142,   400,   144,
     145,   146,   147,   148,   149,   401,   151,   152,   774,     0,
       0,   385,   386,   387,     0,     0,     0,   775,     0,     0,
       0,     0,     0,     0,     0,     0,     0,    33,    34,    35,
      36,    37,    38,    39,    40,    41,    42,    43,    44,    45,
      46,    47,    48,   392,    50,    51,    52,    53,   164,    55,
      56,    57,    58,    59,    60,    61,    62,    63,    64,    65,
      66,    67,    68,    69,   393,    71,   394,    73,    74,    75,
      76,    77,    78,    79,    80,    81,    82,    83,    84,    85,
      86,    87,    88,    89,    90,    91,    92,   395,    94,    95,
      96,    97,    98,    99,   100,   101,   102,   103,   104,   105,
     106,   107,   108,   109,   110,   168,   112,   113,   114,   115,
     116,   117,   396,   119,   120,   121,   122,   123,   124,   125,
     126,   127,   128,   129,   397,   398,   132,   133,   134,   135,
     136,   137,   138,   399,   140,   141,   142,   400,   144,   145,
     146,   147,   148,   149,   401,   151,   152,   385,   386,   387,
     388,     0,   389,     0,   390,   391,     0,     0,     0,     0,
       0,     0,     0,    33,    34,    35,    36,    37,    38,    39,
      40,    41,    42,    43,    44,    45,    46,    47,    48,   392,
      50,    51,    52,    53,   164,    55,    56,    57,    58,    59,
      60,    61,    62,    63,    64,    65,    66,    67,    68,    69,
     393,    71,   394,    73,    74,    75,    76,    77,    78,    79,
      80,    81,    82,    83,    84,    85,    86,    87,    88,    89,
      90,    91,    92,   395,    94,    95,    96,    97,    98,    99,
     100,   101,   102,   103,   104,   105,   106,   107,   108,   109,
     110,   168,   112,   113,   114,   115,   116,   117,   396,   119,
     120,   121,   122,   123,   124,   125,   126,   127,   128,   129,
     397,   398,   132,   133,   134,   135,   136,   137,   138,   399,
     140,   141,   142,   400,   144,   145,   146,   147,   148,   149,
     401,   151,   152,   385,   386,   387,     0,     0,     0,     0,
     637,     0,     0,     0,     0,     0,     0,     0,     0,    33,
      34,    35,    36,    37,    38,    39,    40,    41,    42,    43,
      44,    45,    46,    47,    48,   392,    50,    51,    52,    53,
     164,    55,    56,    57,    58,    59,    60,    61,    62,    63,
      64,    65,    66,    67,    68,    69,   393,    71,   394,    73,
      74,    75,    76,    77,    78,    79,    80,    81,    82,    83,
      84,    85,    86,    87,    88,    89,    90,    91,    92,   395,
      94,    95,    96,    97,    98,    99,   100,   101,   102,   103,
     104,   105,   106,   107,   108,   109,   110,   168,   112,   113,
     114,   115,   116,   117,   396,   119,   120,   121,   122,   123,
     124,   125,   126,   127,   128,   129,   397,   398,   132,   133,
     134,   135,   136,   137,   138,   399,   140,   141,   142,   400,
     144,   145,   146,   147,   148,   149,   401,   151,   152,   385,
     386,   387,     0,     0,     0,   735,     0,     0,     0,     0,
       0,     0,     0,     0,     0,    33,    34,    35,    36,    37,
      38,    39,    40,    41,    42,    43,    44,    45,    46,    47,
      48,   392,    50,    51,    52,    53,   164,    55,    56,    57,
      58,    59,    60,    61,    62,    63,    64,    65,    66,    67,
      68,    69,   393,    71,   394,    73,    74,    75,    76,    77,
      78,    79,    80,    81,    82,    83,    84,    85,    86,    87,
      88,    89,    90,    91,    92,   395,    94,    95,    96,    97,
      98,    99,   100,   101,   102,   103,   104,   105,   106,   107,
     108,   109,   110,   168,   112,   113,   114,   115,   116,   117,
     396,   119,   120,   121,   122,   123,   124,   125,   126,   127,
     128,   129,   397,   398,   132,   133,   134,   135,   136,   137,
     138,   399,   140,   141,   142,   400,   144,   145,   146,   147,
     148,   149,   401,   151,   152,   385,   386,   387,     0,     0,
       0,   775,     0,     0,     0,     0,     0,     0,     0,     0,
       0,    33,    34,    35,    36,    37,    38,    39,    40,    41,
      42,    43,    44,    45,    46,    47,    48,   392,    50,    51,
      52,    53,   164,    55,    56,    57,    58,    59,    60,    61,
      62,    63,    64,    65,    66,    67,    68,    69,   393,    71,
     394,    73,    74,    75,    76,    77,    78,    79,    80,    81,
      82,    83,    84,    85,    86,    87,    88,    89,    90,    91,
      92,   395,    94,    95,    96,    97,    98,    99,   100,   101,
     102,   103,   104,   105,   106,   107,   108,   109,   110,   168,
     112,   113,   114,   115,   116,   117,   396,   119,   120,   121,
     122,   123,   124,   125,   126,   127,   128,   129,   397,   398,
     132,   133,   134,   135,   136,   137,   138,   399,   140,   141,
     142,   400,   144,   145,   146,   147,   148,   149,   401,   151,
     152,   385,   386,   387,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,    33,    34,    35,
      36,    37,    38,    39,    40,    41,    42,    43,    44,    45,
      46,    47,    48,   392,    50,    51,    52,    53,   164,    55,
      56,    57,    58,    59,    60,    61,    62,    63,    64,    65,
      66,    67,    68,    69,   393,    71,   394,    73,    74,    75,
      76,    77,    78,    79,    80,    81,    82,    83,    84,    85,
      86,    87,    88,    89,    90,    91,    92,   395,    94,    95,
      96,    97,    98,    99,   100,   101,   102,   103,   104,   105,
     106,   107,   108,   109,   110,   168,   112,   113,   114,   115,
     116,   117,   396,   119,   120,   121,   122,   123,   124,   125,
     126,   127,   128,   129,   397,   398,   132,   133,   134,   135,
     136,   137,   138,   399,   140,   141,   142,   400,   144,   145,
     146,   147,   148,   149,   401,   151,   152,   287,     0,   288,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,    33,    34,    35,    36,    37,    38,    39,
      40,   289,    42,    43,    44,    45,   290,   291,    48,   292,
      50,    51,    52,    53,   164,    55,    56,    57,    58,    59,
      60,    61,   293,    63,   294,    65,    66,    67,    68,    69,
     295,    71,   296,    73,    74,    75,    76,    77,    78,    79,
      80,    81,    82,    83,    84,    85,    86,    87,    88,    89,
      90,    91,    92,   297,    94,    95,    96,   298,    98,    99,
     100,   101,   102,   299,   104,   105,   106,   107,   108,   300,
     110,   168,   112,   113,   114,   115,   116,   117,   301,   119,
     120,   121,   122,   123,   124,   125,   126,   127,   302,   129,
     303,   304,   132,   133,   134,   135,   136,   137,   138,   305,
     140,   141,   142,   306,   144,   145,   146,   147,   148,   149,
     206,   151,   152,   428,     0,     0,     0,    23,    24,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,   429,   430,     0,     0,     0,     0,
       0,     0,     0,   431,   432,   433,     0,     0,   434,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,   436,
     437,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,   438,     0,   439,     0,   440,     0,     0,     0,     0,
       0,     0,     0,   441,   442,     0,     0,     0,     0,     0,
       0,     0,     0,   212,     0,   443,     0,     0,     0,     0,
     444,     0,     0,     0,   445,   446,   447,     0,     0,     0,
       0,     0,     0,     0,   448,     0,     0,     0,     0,   449,
       0,   450,   451,   452,     0,     0,   453,   454,     0,     0,
       0,     0,     0,   455,     0,   610,   456,   457,   611,   458,
       0,     0,   459,     0,   460,   461,   462,   463,   464,    33,
      34,    35,    36,    37,    38,    39,    40,    41,    42,    43,
      44,    45,    46,    47,    48,   613,    50,    51,    52,    53,
     164,    55,    56,    57,    58,    59,    60,    61,    62,    63,
      64,    65,    66,    67,    68,    69,   615,    71,   706,    73,
      74,    75,    76,    77,    78,    79,    80,    81,    82,    83,
      84,    85,    86,    87,    88,    89,    90,    91,    92,   707,
      94,    95,    96,    97,    98,    99,   100,   101,   102,   103,
     104,   105,   106,   107,   108,   109,   110,   168,   112,   113,
     114,   115,   116,   117,   619,   119,   120,   121,   122,   123,
     124,   125,   126,   127,   128,   129,   620,   621,   132,   133,
     134,   135,   136,   137,   138,   708,   140,   141,   142,   623,
     144,   145,   146,   147,   148,   149,   624,   151,   152,    32,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,    33,    34,    35,    36,    37,    38,    39,
      40,    41,    42,    43,    44,    45,    46,    47,    48,    49,
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
     150,   151,   152,   162,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,    33,    34,    35,
      36,    37,    38,    39,    40,    41,    42,    43,    44,    45,
      46,    47,    48,   163,    50,    51,    52,    53,   164,    55,
      56,    57,    58,    59,    60,    61,    62,    63,    64,    65,
      66,    67,    68,    69,   165,    71,   166,    73,    74,    75,
      76,    77,    78,    79,    80,    81,    82,    83,    84,    85,
      86,    87,    88,    89,    90,    91,    92,   167,    94,    95,
      96,    97,    98,    99,   100,   101,   102,   103,   104,   105,
     106,   107,   108,   109,   110,   168,   112,   113,   114,   115,
     116,   117,   169,   119,   120,   121,   122,   123,   124,   125,
     126,   127,   128,   129,   170,   171,   132,   133,   134,   135,
     136,   137,   138,   172,   140,   141,   142,   173,   144,   145,
     146,   147,   148,   149,   174,   151,   152,   185,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,    33,    34,    35,    36,    37,    38,    39,    40,    41,
      42,    43,    44,    45,    46,    47,    48,   186,    50,    51,
      52,    53,   164,    55,    56,    57,    58,    59,    60,    61,
      62,    63,    64,    65,    66,    67,    68,    69,   187,    71,
     188,    73,    74,    75,    76,    77,    78,    79,    80,    81,
      82,    83,    84,    85,    86,    87,    88,    89,    90,    91,
      92,   189,    94,    95,    96,    97,    98,    99,   100,   101,
     102,   103,   104,   105,   106,   107,   108,   109,   110,   168,
     112,   113,   114,   115,   116,   117,   190,   119,   120,   121,
     122,   123,   124,   125,   126,   127,   128,   129,   191,   192,
     132,   133,   134,   135,   136,   137,   138,   193,   140,   141,
     142,   194,   144,   145,   146,   147,   148,   149,   195,   151,
     152,   261,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,    33,    34,    35,    36,    37,
      38,    39,    40,    41,    42,    43,    44,    45,    46,    47,
      48,   262,    50,    51,    52,    53,   164,    55,    56,    57,
      58,    59,    60,   263,    62,    63,    64,   264,    66,    67,
      68,    69,   265,    71,   266,    73,    74,    75,    76,    77,
      78,    79,    80,    81,    82,    83,    84,    85,    86,    87,
      88,    89,    90,    91,    92,   267,    94,    95,    96,    97,
      98,    99,   100,   101,   102,   103,   104,   105,   106,   107,
     108,   109,   110,   168,   112,   113,   114,   115,   116,   117,
     268,   119,   269,   121,   122,   123,   124,   125,   126,   127,
     128,   129,   270,   271,   132,   133,   134,   135,   136,   137,
     138,   272,   140,   141,   142,   273,   144,   145,   146,   147,
     148,   149,   274,   151,   152,   261,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,    33,
      34,    35,    36,    37,    38,    39,    40,    41,    42,    43,
      44,    45,    46,    47,    48,   262,    50,    51,    52,    53,
     164,    55,    56,    57,    58,    59,    60,    61,    62,    63,
      64,    65,    66,    67,    68,    69,   473,    71,   266,    73,
      74,    75,    76,    77,    78,    79,    80,    81,    82,    83,
      84,    85,    86,    87,    88,    89,    90,    91,    92,   267,
      94,    95,    96,    97,    98,    99,   100,   101,   102,   103,
     104,   105,   106,   107,   108,   109,   110,   168,   112,   113,
     114,   115,   116,   117,   474,   119,   120,   121,   122,   123,
     124,   125,   126,   127,   128,   129,   475,   476,   132,   133,
     134,   135,   136,   137,   138,   477,   140,   141,   142,   273,
     144,   145,   146,   147,   148,   149,   274,   151,   152,   483,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,    33,    34,    35,    36,    37,    38,    39,
      40,    41,    42,    43,    44,    45,    46,    47,    48,   484,
      50,    51,    52,    53,   164,    55,    56,    57,    58,    59,
      60,    61,    62,    63,    64,    65,   485,   486,    68,    69,
     487,    71,   488,    73,    74,    75,    76,    77,    78,    79,
      80,    81,    82,    83,    84,    85,    86,    87,    88,    89,
      90,    91,    92,   489,    94,    95,    96,    97,    98,    99,
     100,   101,   102,   103,   104,   105,   106,   107,   108,   109,
     110,   168,   112,   113,   490,   115,   116,   117,   491,   119,
     120,   121,   122,   123,   124,   125,   126,   127,   128,   129,
     492,   493,   132,   133,   134,   135,   136,   137,   138,   494,
     140,   141,   142,   495,   144,   145,   146,   147,   148,   149,
     496,   151,   152,   610,     0,     0,   611,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,    33,     0,    35,
      36,    37,    38,    39,    40,    41,    42,    43,    44,    45,
      46,    47,    48,   613,    50,    51,    52,    53,   164,    55,
      56,    57,    58,    59,    60,    61,    62,    63,    64,    65,
      66,    67,     0,    69,   615,    71,   616,    73,     0,    75,
      76,    77,    78,    79,    80,    81,    82,    83,    84,    85,
      86,    87,    88,    89,    90,    91,    92,   618,    94,    95,
      96,    97,    98,    99,   100,   101,   102,   103,   104,   105,
     106,   107,   108,   109,   110,   168,   112,   113,   114,   115,
     116,   117,   619,   119,   120,   121,   122,   123,   124,   125,
     126,   127,   128,   129,   620,   621,   132,   133,   134,   135,
     136,   137,   138,   622,   140,   141,   142,   623,   144,   145,
     146,   147,   148,   149,   624,   151,   152
};

static const yytype_int16 yycheck[] =
{
       6,     7,     8,     6,     7,     8,     6,     7,     8,     6,
       7,     8,   514,   252,   253,   243,     3,   245,   558,   258,
     259,   314,     6,     7,     8,   257,   351,   481,   260,     6,
       7,     8,    26,   244,     7,     8,   247,    41,     4,    10,
      21,   428,   609,   679,   255,   671,    24,    26,   677,    48,
     682,    20,   364,    31,   358,   359,    18,    26,    22,    21,
      20,   373,    20,    29,    24,    83,    24,    25,   372,    33,
     291,    36,   293,   538,   321,   540,   541,   542,   543,    20,
      98,   468,   714,    41,    42,    20,    36,    37,    38,    24,
      25,    20,    50,    51,    52,    24,    25,    55,   423,    57,
      79,   157,    83,   121,   558,   104,    24,    25,    66,    67,
      79,   110,    18,   117,    24,    21,   752,    98,   100,   745,
      78,   750,    80,    18,    82,    24,    21,     0,   132,   147,
     148,    18,    90,    91,    20,    18,   383,   155,    24,    25,
     121,   100,   100,    18,   102,    35,    21,    18,   142,   107,
     537,    18,   539,   111,   112,   113,    18,    18,    18,   726,
      21,    21,    18,   121,   704,    21,   147,   148,   126,    18,
     128,   129,   130,    18,   155,   133,   134,    18,    18,    18,
     682,    21,   140,    18,    19,   143,   144,   480,   146,    18,
      18,   149,    21,   151,   152,   153,   154,   155,    18,    18,
      18,    21,    21,    21,   529,    18,    18,   747,    21,   502,
     535,    18,   714,   538,    18,   540,   541,   542,   543,    18,
      19,    18,    19,    18,   549,    31,    32,   233,    18,   235,
      18,    18,   235,   233,    18,   241,   233,   243,   241,   245,
     243,   241,   245,   243,   241,   245,   243,   634,   245,   233,
     704,   235,    83,    18,    18,    18,   233,   241,   235,   243,
     233,   245,   235,   250,   241,   512,   243,    98,   245,    18,
     243,   242,   245,    18,    18,   241,    34,   243,   249,   245,
     246,   528,    18,   530,   531,   532,   533,   534,    20,    24,
     121,    20,    18,   747,    24,    18,    18,    18,   545,   546,
     547,    18,    60,    18,   536,   692,    18,    18,    24,    19,
      18,    18,   544,    19,    19,    18,   147,   148,    18,    18,
      18,    18,    18,    18,   155,    83,     3,     4,     5,     6,
       7,     8,     9,    10,    11,    12,    13,    14,    15,    16,
      17,    99,    23,    21,    18,    21,    18,   105,    21,    18,
      18,    18,    18,   319,    18,   361,    18,    18,   361,    18,
     366,   361,    18,   366,   361,    18,   366,   354,    18,   366,
      18,    18,    18,   360,    18,    18,    18,   361,   703,    18,
      18,    18,   366,    18,   361,    18,    18,    18,   361,   147,
     148,    18,    18,   366,    18,    18,   607,   155,    19,    18,
      18,   142,    19,    18,    18,    18,   100,    18,    20,   734,
      20,    20,    18,    20,   142,    18,    18,    33,    18,    18,
      18,    18,    18,    18,    18,   469,    18,   608,    21,    20,
      18,    18,    18,    18,   759,   760,    18,    18,    21,   241,
      20,    20,   679,    21,   691,    21,   383,   675,   512,   554,
     728,   243,   556,   661,   245,   780,   756,   734,   759,   474,
     642,    12,   731,   316,   235,   605,   745,   762,   302,   780,
     361,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   504,    -1,
      -1,   504,    -1,    -1,   504,   744,    -1,   504,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   525,
     504,    -1,   525,    -1,    -1,   525,    -1,   504,   525,    -1,
      -1,   504,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   510,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   525,    -1,
      -1,    -1,   525,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,   548,    -1,    -1,    -1,    -1,    -1,   554,    -1,   556,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,   608,   609,    -1,   608,   609,    -1,   608,   609,
      -1,   608,   609,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,   608,    -1,    -1,    -1,    -1,    -1,
      -1,   608,   609,    -1,    -1,    -1,   609,    -1,    -1,   605,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,   661,    -1,    -1,   661,    -1,
      -1,   661,    -1,    -1,   661,   671,    -1,    -1,   671,    -1,
      -1,   671,    -1,    -1,   671,    -1,    -1,   661,    -1,    -1,
      -1,    -1,    -1,    -1,   661,    -1,    -1,   671,   661,    -1,
      -1,    -1,    -1,    -1,   671,    -1,    -1,    -1,   671,    -1,
      -1,    -1,    -1,   674,    -1,    -1,    -1,    -1,    -1,   675,
      -1,    -1,    -1,   679,    -1,    -1,    -1,    -1,    -1,    -1,
     726,    -1,   728,   726,    -1,   728,   726,    -1,   728,   726,
      -1,   728,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   745,
      -1,    -1,   745,    -1,   728,   745,   717,    -1,   745,   726,
      -1,   728,    -1,   726,    -1,   728,    -1,    -1,    -1,    -1,
      -1,   745,    -1,    -1,    -1,    -1,    -1,    -1,   745,    20,
      21,    -1,   745,    24,    25,    26,    27,    28,    29,    30,
      31,    32,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    40,
      41,    42,    43,    44,    45,    46,    47,    48,    49,    50,
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
     151,   152,   153,   154,   155,   156,   157,   158,   159,    20,
      -1,    -1,    -1,    24,    25,    26,    27,    28,    29,    30,
      31,    32,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    40,
      41,    42,    43,    44,    45,    46,    47,    48,    49,    50,
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
     151,   152,   153,   154,   155,   156,   157,   158,   159,    20,
      21,    -1,    -1,    24,    25,    26,    27,    -1,    29,    -1,
      31,    32,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    40,
      41,    42,    43,    44,    45,    46,    47,    48,    49,    50,
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
     151,   152,   153,   154,   155,   156,   157,   158,   159,    20,
      -1,    -1,    -1,    24,    25,    26,    27,    -1,    29,    -1,
      31,    32,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    40,
      41,    42,    43,    44,    45,    46,    47,    48,    49,    50,
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
     151,   152,   153,   154,   155,   156,   157,   158,   159,    20,
      -1,    -1,    -1,    24,    25,    26,    -1,    -1,    -1,    30,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    40,
      41,    42,    43,    44,    45,    46,    47,    48,    49,    50,
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
     151,   152,   153,   154,   155,   156,   157,   158,   159,    20,
      -1,    -1,    -1,    24,    25,    26,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    40,
      41,    42,    43,    44,    45,    46,    47,    48,    49,    50,
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
     151,   152,   153,   154,   155,   156,   157,   158,   159,    20,
      -1,    -1,    -1,    24,    25,    26,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    40,
      41,    42,    43,    44,    45,    46,    47,    48,    49,    50,
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
     151,   152,   153,   154,   155,   156,   157,   158,   159,    20,
      -1,    -1,    -1,    24,    25,    26,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    40,
      41,    42,    43,    44,    45,    46,    47,    48,    49,    50,
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
     151,   152,   153,   154,   155,   156,   157,   158,   159,    20,
      -1,    -1,    -1,    -1,    -1,    26,    -1,    -1,    29,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    40,
      41,    42,    43,    44,    45,    46,    47,    48,    49,    50,
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
     151,   152,   153,   154,   155,   156,   157,   158,   159,    20,
      -1,    -1,    -1,    -1,    -1,    26,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    40,
      41,    42,    43,    44,    45,    46,    47,    48,    49,    50,
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
     151,   152,   153,   154,   155,   156,   157,   158,   159,    21,
      -1,    -1,    24,    25,    26,    -1,    -1,    -1,    30,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    40,    41,
      42,    43,    44,    45,    46,    47,    48,    49,    50,    51,
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
     152,   153,   154,   155,   156,   157,   158,   159,    21,    -1,
      -1,    24,    25,    26,    -1,    -1,    -1,    30,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    40,    41,    42,
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
     153,   154,   155,   156,   157,   158,   159,    24,    25,    26,
      27,    -1,    29,    -1,    31,    32,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    40,    41,    42,    43,    44,    45,    46,
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
     157,   158,   159,    24,    25,    26,    -1,    -1,    -1,    -1,
      31,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    40,
      41,    42,    43,    44,    45,    46,    47,    48,    49,    50,
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
     151,   152,   153,   154,   155,   156,   157,   158,   159,    24,
      25,    26,    -1,    -1,    -1,    30,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    40,    41,    42,    43,    44,
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
     155,   156,   157,   158,   159,    24,    25,    26,    -1,    -1,
      -1,    30,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    40,    41,    42,    43,    44,    45,    46,    47,    48,
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
     159,    24,    25,    26,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    40,    41,    42,
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
     153,   154,   155,   156,   157,   158,   159,    24,    -1,    26,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    40,    41,    42,    43,    44,    45,    46,
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
     157,   158,   159,    20,    -1,    -1,    -1,    24,    25,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    41,    42,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    50,    51,    52,    -1,    -1,    55,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    66,
      67,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    78,    -1,    80,    -1,    82,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    90,    91,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,   100,    -1,   102,    -1,    -1,    -1,    -1,
     107,    -1,    -1,    -1,   111,   112,   113,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,   121,    -1,    -1,    -1,    -1,   126,
      -1,   128,   129,   130,    -1,    -1,   133,   134,    -1,    -1,
      -1,    -1,    -1,   140,    -1,    26,   143,   144,    29,   146,
      -1,    -1,   149,    -1,   151,   152,   153,   154,   155,    40,
      41,    42,    43,    44,    45,    46,    47,    48,    49,    50,
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
     151,   152,   153,   154,   155,   156,   157,   158,   159,    26,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    40,    41,    42,    43,    44,    45,    46,
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
     157,   158,   159,    26,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    40,    41,    42,
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
     153,   154,   155,   156,   157,   158,   159,    26,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    40,    41,    42,    43,    44,    45,    46,    47,    48,
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
     159,    26,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    40,    41,    42,    43,    44,
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
     155,   156,   157,   158,   159,    26,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    40,
      41,    42,    43,    44,    45,    46,    47,    48,    49,    50,
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
     151,   152,   153,   154,   155,   156,   157,   158,   159,    26,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    40,    41,    42,    43,    44,    45,    46,
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
     157,   158,   159,    26,    -1,    -1,    29,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    40,    -1,    42,
      43,    44,    45,    46,    47,    48,    49,    50,    51,    52,
      53,    54,    55,    56,    57,    58,    59,    60,    61,    62,
      63,    64,    65,    66,    67,    68,    69,    70,    71,    72,
      73,    74,    -1,    76,    77,    78,    79,    80,    -1,    82,
      83,    84,    85,    86,    87,    88,    89,    90,    91,    92,
      93,    94,    95,    96,    97,    98,    99,   100,   101,   102,
     103,   104,   105,   106,   107,   108,   109,   110,   111,   112,
     113,   114,   115,   116,   117,   118,   119,   120,   121,   122,
     123,   124,   125,   126,   127,   128,   129,   130,   131,   132,
     133,   134,   135,   136,   137,   138,   139,   140,   141,   142,
     143,   144,   145,   146,   147,   148,   149,   150,   151,   152,
     153,   154,   155,   156,   157,   158,   159
};

/* YYSTOS[STATE-NUM] -- The symbol kind of the accessing symbol of
   state STATE-NUM.  */
static const yytype_int16 yystos[] =
{
       0,     3,     4,     5,     6,     7,     8,     9,    10,    11,
      12,    13,    14,    15,    16,    17,   161,    36,   162,    36,
      37,    38,   205,    24,    25,   174,   175,   171,   175,    20,
     168,   169,    26,    40,    41,    42,    43,    44,    45,    46,
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
     157,   158,   159,   165,   166,   241,   242,   243,   244,   246,
     254,   258,    26,    56,    61,    77,    79,   100,   118,   125,
     137,   138,   146,   150,   157,   183,   184,   241,   242,   243,
     244,   245,   246,   255,   258,    26,    56,    77,    79,   100,
     125,   137,   138,   146,   150,   157,   186,   187,   241,   242,
     243,   244,   245,   246,   256,   258,   157,   211,    24,   229,
      24,   230,   100,   199,    34,    60,    83,    99,   105,   147,
     148,   155,   209,   100,   220,    83,    98,   121,   147,   148,
     155,   228,     0,    18,    18,    18,    18,    19,   172,   175,
      18,    18,    18,    18,    18,    18,    18,    18,    18,    18,
      18,    18,    18,    18,    18,    18,    18,    18,    18,    18,
      18,    26,    56,    68,    72,    77,    79,   100,   125,   127,
     137,   138,   146,   150,   157,   163,   242,   243,   244,   245,
     246,   247,   258,    48,   104,   110,   206,    24,    26,    48,
      53,    54,    56,    69,    71,    77,    79,   100,   104,   110,
     116,   125,   135,   137,   138,   146,   150,   207,   210,   211,
     241,   244,   245,   246,   249,   258,    22,    33,   208,    18,
      20,    20,   166,   175,   176,   229,   176,   184,   230,   176,
     187,    20,   175,   212,    31,   230,    35,   229,   174,    24,
     231,   231,   231,    20,   230,    24,   232,   232,   231,   231,
     232,    18,   204,    18,    18,    18,   194,   195,    18,    18,
      18,    18,    19,   237,    18,    19,    18,   204,   204,   225,
     224,   224,    18,    18,    19,    19,   237,   209,    19,   173,
     175,    24,   170,    20,    21,    24,    25,    26,    27,    29,
      31,    32,    56,    77,    79,   100,   125,   137,   138,   146,
     150,   157,   177,   178,   234,   235,   236,   241,   242,   243,
     244,   245,   246,   257,   258,    26,   142,   213,   214,    18,
     219,   229,   236,    18,   233,   234,   174,   179,    20,    41,
      42,    50,    51,    52,    55,    57,    66,    67,    78,    80,
      82,    90,    91,   102,   107,   111,   112,   113,   121,   126,
     128,   129,   130,   133,   134,   140,   143,   144,   146,   149,
     151,   152,   153,   154,   155,   174,   196,   199,    18,   233,
     233,   174,   185,    77,   125,   137,   138,   146,   241,   247,
     248,    18,   208,    26,    56,    73,    74,    77,    79,   100,
     121,   125,   137,   138,   146,   150,   157,   241,   242,   243,
     245,   246,   250,   258,    18,    18,   233,   208,    23,    21,
      18,   177,    18,    21,    18,    21,    18,    41,   117,   132,
     200,    21,   236,    18,   164,    18,   196,   197,    18,    18,
      18,    18,    18,    18,    18,    18,    18,    18,    18,    18,
      18,    18,    18,    18,    18,    18,    18,    18,    18,    18,
     196,   164,    18,    18,    18,   194,    18,   237,    20,    24,
      25,    26,    27,    28,    29,    30,    31,    32,   238,   240,
     257,    19,    18,   237,    20,    26,    56,    77,    79,   100,
     125,   137,   138,   146,   150,   157,   226,   241,   242,   243,
     244,   245,   246,   253,   258,    20,    24,    18,    19,    18,
     229,    21,   178,   215,   235,    18,   142,    18,    20,    20,
      26,    29,    41,    56,    75,    77,    79,    81,   100,   125,
     137,   138,   146,   150,   157,   180,   182,   241,   242,   243,
     244,   245,   251,   258,    18,    21,   234,    31,   198,   236,
     234,   234,   234,   234,   234,   236,   232,   196,   198,   196,
     198,   198,   198,   198,   232,   234,   234,   234,   174,   236,
      20,    20,    26,    79,   188,   189,   179,   185,    21,   238,
     239,    20,   216,   142,    18,    18,   100,    20,    33,    18,
     167,   212,    18,   230,   165,   181,   182,    18,   196,    18,
     195,    18,    18,    83,    98,   121,   147,   148,   155,   201,
     202,   203,   186,    18,    18,    21,    79,   100,   146,   217,
     218,   246,   251,   252,    18,   229,   176,    18,    21,   227,
     228,   168,   171,    21,   215,    21,    18,    21,    20,   234,
     196,    18,    21,    21,    20,    30,   190,   191,   192,   193,
     236,   238,    18,    18,    18,    18,    21,    18,   215,   229,
      18,    21,    18,   182,   183,   202,    18,    21,   192,    18,
      20,   221,    20,   231,   218,   238,    21,    21,   228,   168,
      21,   188,    21,   193,    21,    30,   222,   223,   236,   219,
      18,    21,    21,   223
};

/* YYR1[RULE-NUM] -- Symbol kind of the left-hand side of rule RULE-NUM.  */
static const yytype_int16 yyr1[] =
{
       0,   160,   161,   161,   161,   161,   161,   161,   161,   161,
     161,   161,   161,   161,   161,   161,   161,   162,   163,   163,
     163,   163,   163,   163,   163,   163,   163,   163,   163,   163,
     164,   164,   165,   165,   165,   166,   166,   166,   167,   167,
     167,   167,   168,   169,   170,   171,   172,   173,   174,   175,
     175,   176,   176,   176,   177,   177,   178,   178,   179,   179,
     180,   180,   180,   180,   180,   181,   181,   182,   182,   182,
     182,   183,   183,   183,   184,   184,   184,   185,   185,   186,
     186,   186,   187,   187,   188,   189,   189,   190,   190,   191,
     191,   192,   192,   193,   193,   194,   194,   195,   195,   196,
     196,   196,   196,   196,   196,   196,   196,   196,   196,   196,
     196,   196,   196,   196,   196,   196,   196,   196,   196,   196,
     196,   196,   196,   196,   196,   196,   196,   196,   196,   196,
     196,   196,   196,   196,   196,   196,   196,   197,   197,   198,
     198,   199,   199,   200,   200,   200,   201,   201,   202,   203,
     203,   203,   203,   203,   203,   204,   204,   205,   205,   205,
     205,   205,   205,   205,   206,   206,   206,   207,   207,   207,
     207,   207,   208,   208,   208,   208,   208,   209,   209,   209,
     209,   209,   209,   209,   209,   209,   210,   210,   210,   210,
     210,   210,   210,   210,   210,   210,   210,   210,   210,   210,
     210,   211,   211,   212,   213,   213,   214,   214,   215,   216,
     217,   217,   218,   218,   218,   218,   219,   220,   221,   221,
     222,   222,   223,   223,   224,   224,   224,   225,   225,   226,
     226,   226,   226,   227,   227,   228,   228,   228,   228,   228,
     228,   229,   230,   231,   232,   233,   234,   234,   234,   234,
     235,   235,   236,   236,   236,   236,   237,   237,   238,   238,
     238,   239,   239,   240,   240,   240,   240,   240,   240,   240,
     240,   240,   240,   241,   241,   241,   242,   242,   242,   242,
     242,   243,   243,   243,   243,   244,   244,   244,   245,   245,
     246,   246,   246,   247,   247,   247,   247,   247,   247,   247,
     247,   247,   247,   247,   247,   248,   248,   248,   248,   249,
     249,   249,   249,   249,   249,   249,   249,   249,   249,   249,
     249,   249,   250,   250,   250,   250,   250,   250,   250,   250,
     250,   250,   250,   250,   250,   250,   250,   250,   251,   251,
     251,   251,   251,   251,   251,   251,   251,   251,   251,   251,
     251,   251,   251,   252,   252,   253,   253,   253,   253,   253,
     253,   253,   253,   253,   253,   253,   253,   253,   253,   253,
     253,   254,   254,   254,   254,   254,   254,   254,   254,   254,
     254,   254,   254,   254,   254,   254,   254,   254,   255,   255,
     255,   255,   255,   255,   255,   255,   255,   255,   255,   255,
     255,   255,   255,   255,   256,   256,   256,   256,   256,   256,
     256,   256,   256,   256,   256,   256,   256,   256,   256,   256,
     256,   257,   257,   257,   257,   257,   257,   257,   257,   257,
     257,   257,   257,   257,   257,   257,   257,   257,   258,   258,
     258,   258,   258,   258,   258,   258,   258,   258,   258,   258,
     258,   258,   258,   258,   258,   258,   258,   258,   258,   258,
     258,   258,   258,   258,   258,   258,   258,   258,   258,   258,
     258,   258,   258,   258,   258,   258,   258,   258,   258,   258,
     258,   258,   258,   258,   258,   258,   258,   258,   258,   258,
     258,   258,   258,   258,   258,   258,   258,   258,   258,   258,
     258,   258,   258,   258,   258,   258,   258,   258,   258,   258,
     258,   258,   258,   258,   258,   258,   258,   258,   258,   258,
     258,   258,   258,   258,   258,   258,   258,   258
};

/* YYR2[RULE-NUM] -- Number of symbols on the right-hand side of rule RULE-NUM.  */
static const yytype_int8 yyr2[] =
{
       0,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     4,     4,     4,
       3,     3,     2,     5,     5,     4,     4,     2,     7,     2,
       0,     4,     1,     3,     3,     8,     1,     1,     0,     2,
       2,     4,     5,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     2,     3,     1,     3,     1,     3,     3,     7,
       1,     1,     1,     1,     3,     1,     3,     1,     1,     1,
       1,     1,     3,     3,     3,     1,     1,     3,     7,     1,
       3,     3,     3,     1,     3,     1,     1,     1,     1,     2,
       3,     1,     3,     1,     1,     1,     5,     2,     3,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     3,     3,     3,     3,     3,     3,     3,
       3,     3,     3,     3,     3,     3,     3,     3,     5,     3,
       3,     3,     5,     3,     1,     3,     1,     1,     3,     1,
       1,     3,     7,     1,     1,     1,     1,     3,     1,     1,
       1,     1,     1,     1,     1,     2,     3,     6,     4,     6,
       4,     4,     4,     2,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     5,     4,     3,     0,     3,     1,     3,
       1,     3,     3,     3,     1,     3,     1,     5,     3,     3,
       3,     4,     1,     2,     2,     2,     2,     2,     6,     7,
       2,     3,     7,     1,     1,     1,     3,     5,     1,     3,
       1,     3,     3,     5,     3,     3,     1,     5,     2,     3,
       1,     3,     1,     1,     0,     3,     7,     0,     3,     5,
       1,     3,     3,     1,     3,     3,     3,     3,     3,     3,
       3,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     0,     3,     1,     2,
       3,     1,     3,     1,     1,     1,     1,     1,     1,     1,
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
       1,     1,     1,     1,     1,     1,     1,     1
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
                                                    { CHECK(single_param(ctx, (yyvsp[0].plist), (yylsp[0]))); }
    break;

  case 8: /* start: START_FETCH_MODIFIER fetch_modifier_list  */
                                                    { CHECK(single_param(ctx, (yyvsp[0].plist), (yylsp[0]))); }
    break;

  case 9: /* start: START_STORE_MODIFIER store_modifier_list  */
                                                    { CHECK(single_param(ctx, (yyvsp[0].plist), (yylsp[0]))); }
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

  case 17: /* command: "tag" "SP" command_body "CRLF"  */
                                                    { ctx->msg->tag = SPAN((yylsp[-3])); }
    break;

  case 18: /* command_body: "SELECT" "SP" mailbox select_params  */
                                                    { select_cmd(ctx, 0, &(yyvsp[-1].str)); }
    break;

  case 19: /* command_body: "EXAMINE" "SP" mailbox select_params  */
                                                    { select_cmd(ctx, 1, &(yyvsp[-1].str)); }
    break;

  case 20: /* command_body: "FETCH" "SP" fetch  */
                                                    { CHECK(fetch_done(ctx, 0)); }
    break;

  case 21: /* command_body: "STORE" "SP" store  */
                                                    { ctx->msg->kind = QRS_CMD_STORE; }
    break;

  case 22: /* command_body: "SEARCH" search  */
                                                    { ctx->msg->kind = QRS_CMD_SEARCH; }
    break;

  case 23: /* command_body: "UID" "SP" "FETCH" "SP" fetch  */
                                                    { ctx->msg->uid = 1; CHECK(fetch_done(ctx, 1)); }
    break;

  case 24: /* command_body: "UID" "SP" "STORE" "SP" store  */
                                                    { ctx->msg->uid = 1; ctx->msg->kind = QRS_CMD_STORE; }
    break;

  case 25: /* command_body: "UID" "SP" "SEARCH" search  */
                                                    { ctx->msg->uid = 1; ctx->msg->kind = QRS_CMD_SEARCH; }
    break;

  case 26: /* command_body: "UID" "SP" uid_generic_name generic_args  */
                                                    { other_cmd(ctx, (yylsp[-3]), (yylsp[-1]), (yylsp[0])); }
    break;

  case 27: /* command_body: "ENABLE" capability_list  */
                                                    { enable_cmd(ctx, (yylsp[-1]), (yylsp[0]), (yyvsp[0].wlist).head); }
    break;

  case 28: /* command_body: "STATUS" "SP" mailbox "SP" "(" status_att_list ")"  */
                                                    { status_cmd(ctx, &(yyvsp[-4].str), (yyvsp[-1].slist).head); }
    break;

  case 29: /* command_body: cmd_generic_name generic_args  */
                                                    { other_cmd(ctx, (yylsp[-1]), (yylsp[-1]), (yylsp[0])); }
    break;

  case 31: /* select_params: "SP" "(" select_param_list ")"  */
                                                    { CHECK(select_params(ctx, (yyvsp[-1].plist).head)); }
    break;

  case 32: /* select_param_list: select_param  */
                                                    { (yyval.plist).head = (yyval.plist).tail = (yyvsp[0].param); }
    break;

  case 33: /* select_param_list: select_param_list "SP" select_param  */
                                                    { CHECK(param_append(ctx, &(yyvsp[-2].plist), (yyvsp[0].param), (yylsp[0]))); (yyval.plist) = (yyvsp[-2].plist); }
    break;

  case 34: /* select_param_list: select_param_list "SP" generic_param_value  */
                                                    { CHECK(param_value(ctx, &(yyvsp[-2].plist), (yyvsp[0].param), (yylsp[0]), "select-param")); (yyval.plist) = (yyvsp[-2].plist); }
    break;

  case 35: /* select_param: "QRESYNC" "SP" "(" uidvalidity "SP" mod_sequence_value qresync_tail ")"  */
                                                    { (yyval.param) = qresync_param(ctx, (yyloc), (yylsp[-7]), (yyvsp[-4].u32), (yyvsp[-2].u64)); CHECK((yyval.param)); }
    break;

  case 36: /* select_param: "CONDSTORE"  */
                                                    { (yyval.param) = new_param(ctx, QRS_PARAM_CONDSTORE, (yyloc), (yylsp[0])); CHECK((yyval.param)); }
    break;

  case 37: /* select_param: select_label  */
                                                    { (yyval.param) = generic_param(ctx, (yylsp[0])); CHECK((yyval.param)); }
    break;

  case 39: /* qresync_tail: "SP" known_uids  */
                                                    { ctx->qr.has_known_uids = 1; ctx->qr.known_uids = (yyvsp[0].set); }
    break;

  case 41: /* qresync_tail: "SP" known_uids "SP" seq_match_data  */
                                                    { ctx->qr.has_known_uids = 1; ctx->qr.known_uids = (yyvsp[-2].set); }
    break;

  case 42: /* seq_match_data: "(" known_sequence_set "SP" known_uid_set ")"  */
                                                    { CHECK(seq_match(ctx, &ctx->qr, (yyvsp[-3].set), (yyvsp[-1].set), (yylsp[-1]))); }
    break;

  case 43: /* seq_match_data_frag: seq_match_data  */
                                                    { ctx->frag->qresync = ctx->qr; }
    break;

  case 44: /* uidvalidity: "number"  */
                                                    { CHECK(qrs_nz_number(ctx, (yylsp[0]), "uidvalidity", &(yyval.u32))); }
    break;

  case 45: /* known_uids: set_token  */
                                                    { CHECK(qrs_seqset_check(ctx, (yylsp[0]), "known-uids", known_checks(ctx, 0), &(yyval.set))); }
    break;

  case 46: /* known_sequence_set: set_token  */
                                                    { CHECK(qrs_seqset_check(ctx, (yylsp[0]), "known-sequence-set", known_checks(ctx, 1), &(yyval.set))); }
    break;

  case 47: /* known_uid_set: set_token  */
                                                    { CHECK(qrs_seqset_check(ctx, (yylsp[0]), "known-uid-set", known_checks(ctx, 1), &(yyval.set))); }
    break;

  case 48: /* sequence_set: set_token  */
                                                    { CHECK(qrs_seqset_check(ctx, (yylsp[0]), "sequence-set", 0, &(yyval.set))); }
    break;

  case 51: /* generic_param_value: set_token  */
                                                    { (yyval.param) = new_param(ctx, QRS_PARAM_OTHER, (yyloc), (yylsp[0])); CHECK((yyval.param)); }
    break;

  case 52: /* generic_param_value: "(" ")"  */
                                                    { (yyval.param) = new_param(ctx, QRS_PARAM_OTHER, (yyloc), (yylsp[-1])); CHECK((yyval.param)); }
    break;

  case 53: /* generic_param_value: "(" tagged_ext_comp ")"  */
                                                    { (yyval.param) = new_param(ctx, QRS_PARAM_OTHER, (yyloc), (yylsp[-2])); CHECK((yyval.param)); }
    break;

  case 56: /* tagged_ext_item: astring  */
                                                    { }
    break;

  case 58: /* fetch: sequence_set "SP" fetch_atts  */
                                                    { fetch_cmd(ctx, (yyvsp[-2].set), (yylsp[0]), NULL); }
    break;

  case 59: /* fetch: sequence_set "SP" fetch_atts "SP" "(" fetch_modifier_list ")"  */
                                                    { fetch_cmd(ctx, (yyvsp[-6].set), (yylsp[-4]), (yyvsp[-1].plist).head); }
    break;

  case 60: /* fetch_atts: "ALL"  */
                                                    { CHECK(add_att(ctx, QRS_ITEM_OTHER, (yylsp[0]))); }
    break;

  case 61: /* fetch_atts: "FULL"  */
                                                    { CHECK(add_att(ctx, QRS_ITEM_OTHER, (yylsp[0]))); }
    break;

  case 62: /* fetch_atts: "FAST"  */
                                                    { CHECK(add_att(ctx, QRS_ITEM_OTHER, (yylsp[0]))); }
    break;

  case 65: /* fetch_att_list: fetch_att  */
                                                    { }
    break;

  case 66: /* fetch_att_list: fetch_att_list "SP" fetch_att  */
                                                    { }
    break;

  case 67: /* fetch_att: "MODSEQ"  */
                                                    { CHECK(add_att(ctx, QRS_ITEM_MODSEQ, (yylsp[0]))); (yyval.item) = NULL; }
    break;

  case 68: /* fetch_att: "UID"  */
                                                    { CHECK(add_att(ctx, QRS_ITEM_UID, (yylsp[0]))); (yyval.item) = NULL; }
    break;

  case 69: /* fetch_att: "FLAGS"  */
                                                    { CHECK(add_att(ctx, QRS_ITEM_FLAGS, (yylsp[0]))); (yyval.item) = NULL; }
    break;

  case 70: /* fetch_att: fetch_att_generic  */
                                                    { CHECK(section_att(ctx, (yylsp[0]))); CHECK(add_att(ctx, QRS_ITEM_OTHER, (yylsp[0]))); (yyval.item) = NULL; }
    break;

  case 71: /* fetch_modifier_list: fetch_modifier  */
                                                    { (yyval.plist).head = (yyval.plist).tail = (yyvsp[0].param); }
    break;

  case 72: /* fetch_modifier_list: fetch_modifier_list "SP" fetch_modifier  */
                                                    { CHECK(param_append(ctx, &(yyvsp[-2].plist), (yyvsp[0].param), (yylsp[0]))); (yyval.plist) = (yyvsp[-2].plist); }
    break;

  case 73: /* fetch_modifier_list: fetch_modifier_list "SP" generic_param_value  */
                                                    { CHECK(param_value(ctx, &(yyvsp[-2].plist), (yyvsp[0].param), (yylsp[0]), "fetch-modifier")); (yyval.plist) = (yyvsp[-2].plist); }
    break;

  case 74: /* fetch_modifier: "CHANGEDSINCE" "SP" mod_sequence_value  */
                                                    { (yyval.param) = new_param(ctx, QRS_PARAM_CHANGEDSINCE, (yyloc), (yylsp[-2])); CHECK((yyval.param)); (yyval.param)->number = (yyvsp[0].u64); (yyval.param)->value = SPAN((yylsp[0])); }
    break;

  case 75: /* fetch_modifier: "VANISHED"  */
                                                    { (yyval.param) = new_param(ctx, QRS_PARAM_VANISHED, (yyloc), (yylsp[0])); CHECK((yyval.param)); }
    break;

  case 76: /* fetch_modifier: fetch_label  */
                                                    { (yyval.param) = generic_param(ctx, (yylsp[0])); CHECK((yyval.param)); }
    break;

  case 77: /* store: sequence_set "SP" store_att_flags  */
                                                    { CHECK(store_cmd(ctx, (yyvsp[-2].set), NULL)); }
    break;

  case 78: /* store: sequence_set "SP" "(" store_modifier_list ")" "SP" store_att_flags  */
                                                    { CHECK(store_cmd(ctx, (yyvsp[-6].set), (yyvsp[-3].plist).head)); }
    break;

  case 79: /* store_modifier_list: store_modifier  */
                                                    { (yyval.plist).head = (yyval.plist).tail = (yyvsp[0].param); }
    break;

  case 80: /* store_modifier_list: store_modifier_list "SP" store_modifier  */
                                                    { CHECK(param_append(ctx, &(yyvsp[-2].plist), (yyvsp[0].param), (yylsp[0]))); (yyval.plist) = (yyvsp[-2].plist); }
    break;

  case 81: /* store_modifier_list: store_modifier_list "SP" generic_param_value  */
                                                    { CHECK(param_value(ctx, &(yyvsp[-2].plist), (yyvsp[0].param), (yylsp[0]), "store-modifier")); (yyval.plist) = (yyvsp[-2].plist); }
    break;

  case 82: /* store_modifier: "UNCHANGEDSINCE" "SP" mod_sequence_valzer  */
                                                    { (yyval.param) = new_param(ctx, QRS_PARAM_UNCHANGEDSINCE, (yyloc), (yylsp[-2])); CHECK((yyval.param)); (yyval.param)->number = (yyvsp[0].u64); (yyval.param)->value = SPAN((yylsp[0])); }
    break;

  case 83: /* store_modifier: store_label  */
                                                    { (yyval.param) = generic_param(ctx, (yylsp[0])); CHECK((yyval.param)); }
    break;

  case 84: /* store_att_flags: store_action "SP" store_flags  */
                                                    { ctx->msg->u.store.flags = SPAN((yylsp[0])); }
    break;

  case 85: /* store_action: "FLAGS"  */
                                                    { ctx->msg->u.store.action = SPAN((yylsp[0])); }
    break;

  case 86: /* store_action: "atom"  */
                                                    { CHECK(store_action(ctx, (yylsp[0]))); }
    break;

  case 93: /* flag: "flag"  */
                                                    { CHECK(flag_check(ctx, (yylsp[0]), 0)); }
    break;

  case 97: /* search_keys: "SP" search_key  */
                                                    { search_program(ctx, (yylsp[0])); }
    break;

  case 98: /* search_keys: search_keys "SP" search_key  */
                                                    { search_program(ctx, (yylsp[0])); }
    break;

  case 134: /* search_key: sequence_set  */
                                                    { }
    break;

  case 136: /* search_key: search_modsequence  */
                                                    { search_modseq_add(ctx, (yyvsp[0].smod)); }
    break;

  case 139: /* date: atom  */
                                                    { CHECK(date_check(ctx, (yylsp[0]), 0)); }
    break;

  case 140: /* date: "quoted"  */
                                                    { CHECK(date_check(ctx, (yylsp[0]), 1)); }
    break;

  case 141: /* search_modsequence: "MODSEQ" "SP" mod_sequence_valzer  */
                                                    { (yyval.smod) = new_search_modseq(ctx, (yyloc)); CHECK((yyval.smod)); (yyval.smod)->modseq = (yyvsp[0].u64); }
    break;

  case 142: /* search_modsequence: "MODSEQ" "SP" "quoted" "SP" entry_type "SP" mod_sequence_valzer  */
                                                    { CHECK(entry_name_check(ctx, (yylsp[-4]))); (yyval.smod) = new_search_modseq(ctx, (yyloc)); CHECK((yyval.smod));
                                                      (yyval.smod)->has_entry = 1; (yyval.smod)->entry_name = SPAN((yylsp[-4])); (yyval.smod)->entry_type = SPAN((yylsp[-2])); (yyval.smod)->modseq = (yyvsp[0].u64); }
    break;

  case 146: /* status_att_list: status_att  */
                                                    { (yyval.slist).head = (yyval.slist).tail = (yyvsp[0].satt); }
    break;

  case 147: /* status_att_list: status_att_list "SP" status_att  */
                                                    { (yyvsp[-2].slist).tail->next = (yyvsp[0].satt); (yyvsp[-2].slist).tail = (yyvsp[0].satt); (yyval.slist) = (yyvsp[-2].slist); }
    break;

  case 148: /* status_att: status_att_name  */
                                                    { (yyval.satt) = new_status_att(ctx, (yylsp[0])); CHECK((yyval.satt)); }
    break;

  case 155: /* capability_list: "SP" atom  */
                                                    { (yyval.wlist).head = (yyval.wlist).tail = new_word(ctx, (yylsp[0])); CHECK((yyval.wlist).head); }
    break;

  case 156: /* capability_list: capability_list "SP" atom  */
                                                    { qrs_word *w = new_word(ctx, (yylsp[0])); CHECK(w); (yyvsp[-2].wlist).tail->next = w; (yyvsp[-2].wlist).tail = w; (yyval.wlist) = (yyvsp[-2].wlist); }
    break;

  case 157: /* response: "tag" "SP" tagged_status "SP" resp_text "CRLF"  */
                                                     { cond_resp(ctx, QRS_RESP_COND, (yylsp[-5]), (yylsp[-3]), (yyvsp[-1].rt)); }
    break;

  case 158: /* response: "tag" "SP" tagged_status "CRLF"  */
                                                     { CHECK(missing_text(ctx, (yylsp[0]))); cond_resp(ctx, QRS_RESP_COND, (yylsp[-3]), (yylsp[-1]), NULL); }
    break;

  case 159: /* response: "*" "SP" untagged_status "SP" resp_text "CRLF"  */
                                                     { cond_resp(ctx, QRS_RESP_COND, (yylsp[-5]), (yylsp[-3]), (yyvsp[-1].rt)); }
    break;

  case 160: /* response: "*" "SP" untagged_status "CRLF"  */
                                                     { CHECK(missing_text(ctx, (yylsp[0]))); cond_resp(ctx, QRS_RESP_COND, (yylsp[-3]), (yylsp[-1]), NULL); }
    break;

  case 162: /* response: "+" "SP" resp_text "CRLF"  */
                                                     { cond_resp(ctx, QRS_RESP_CONTINUE, (yylsp[-3]), (yylsp[-3]), (yyvsp[-1].rt)); }
    break;

  case 163: /* response: "+" "CRLF"  */
                                                     { CHECK(missing_text(ctx, (yylsp[0]))); cond_resp(ctx, QRS_RESP_CONTINUE, (yylsp[-1]), (yylsp[-1]), NULL); }
    break;

  case 172: /* resp_text: "text"  */
                                                    { (yyval.rt) = new_resp_text(ctx, (yylsp[0])); CHECK((yyval.rt)); (yyval.rt)->text = SPAN((yylsp[0])); }
    break;

  case 173: /* resp_text: "[" resp_text_code "]" "SP" "text"  */
                                                    { (yyval.rt) = (yyvsp[-3].rt); (yyval.rt)->text = SPAN((yylsp[0])); }
    break;

  case 174: /* resp_text: "[" resp_text_code "]" "SP"  */
                                                    { CHECK(missing_text(ctx, (yylsp[0]))); (yyval.rt) = (yyvsp[-2].rt); }
    break;

  case 175: /* resp_text: "[" resp_text_code "]"  */
                                                    { CHECK(missing_text(ctx, (yylsp[0]))); (yyval.rt) = (yyvsp[-1].rt); }
    break;

  case 176: /* resp_text: %empty  */
                                                    { CHECK(missing_text(ctx, (yyloc))); (yyval.rt) = NULL; }
    break;

  case 177: /* resp_text_code: "HIGHESTMODSEQ" "SP" mod_sequence_value  */
                                                    { (yyval.rt) = new_code(ctx, QRS_CODE_HIGHESTMODSEQ, (yyloc), (yylsp[-2])); CHECK((yyval.rt)); (yyval.rt)->number = (yyvsp[0].u64); (yyval.rt)->code_value = SPAN((yylsp[0])); }
    break;

  case 178: /* resp_text_code: "NOMODSEQ"  */
                                                    { (yyval.rt) = new_code(ctx, QRS_CODE_NOMODSEQ, (yyloc), (yylsp[0])); CHECK((yyval.rt)); }
    break;

  case 179: /* resp_text_code: "MODIFIED" "SP" sequence_set  */
                                                    { (yyval.rt) = new_code(ctx, QRS_CODE_MODIFIED, (yyloc), (yylsp[-2])); CHECK((yyval.rt)); (yyval.rt)->modified = (yyvsp[0].set); (yyval.rt)->code_value = SPAN((yylsp[0])); }
    break;

  case 180: /* resp_text_code: "CLOSED"  */
                                                    { (yyval.rt) = new_code(ctx, QRS_CODE_CLOSED, (yyloc), (yylsp[0])); CHECK((yyval.rt)); }
    break;

  case 181: /* resp_text_code: "UIDNEXT" "SP" nz_number  */
                                                    { (yyval.rt) = new_code(ctx, QRS_CODE_UIDNEXT, (yyloc), (yylsp[-2])); CHECK((yyval.rt)); (yyval.rt)->number = (yyvsp[0].u32); (yyval.rt)->code_value = SPAN((yylsp[0])); }
    break;

  case 182: /* resp_text_code: "UIDVALIDITY" "SP" nz_number  */
                                                    { (yyval.rt) = new_code(ctx, QRS_CODE_UIDVALIDITY, (yyloc), (yylsp[-2])); CHECK((yyval.rt)); (yyval.rt)->number = (yyvsp[0].u32); (yyval.rt)->code_value = SPAN((yylsp[0])); }
    break;

  case 183: /* resp_text_code: "UNSEEN" "SP" nz_number  */
                                                    { (yyval.rt) = new_code(ctx, QRS_CODE_UNSEEN, (yyloc), (yylsp[-2])); CHECK((yyval.rt)); (yyval.rt)->number = (yyvsp[0].u32); (yyval.rt)->code_value = SPAN((yylsp[0])); }
    break;

  case 184: /* resp_text_code: "resp-text-code atom"  */
                                                    { (yyval.rt) = new_code(ctx, QRS_CODE_OTHER, (yyloc), (yylsp[0])); CHECK((yyval.rt)); }
    break;

  case 185: /* resp_text_code: "resp-text-code atom" "SP" "resp-text-code text"  */
                                                    { (yyval.rt) = new_code(ctx, QRS_CODE_OTHER, (yyloc), (yylsp[-2])); CHECK((yyval.rt)); (yyval.rt)->code_value = SPAN((yylsp[0])); }
    break;

  case 187: /* untagged_data: "number" "SP" "FETCH" "SP" msg_att  */
                                                    { CHECK(fetch_resp(ctx, (yylsp[-4]), (yyvsp[0].ilist).head)); }
    break;

  case 188: /* untagged_data: "number" "SP" "EXISTS"  */
                                                    { CHECK(number_resp(ctx, (yylsp[-2]), 0, (yylsp[0]), (yylsp[0]))); }
    break;

  case 189: /* untagged_data: "number" "SP" "RECENT"  */
                                                    { CHECK(number_resp(ctx, (yylsp[-2]), 0, (yylsp[0]), (yylsp[0]))); }
    break;

  case 190: /* untagged_data: "number" "SP" "EXPUNGE"  */
                                                    { CHECK(number_resp(ctx, (yylsp[-2]), 1, (yylsp[0]), (yylsp[0]))); }
    break;

  case 191: /* untagged_data: "number" "SP" num_generic_name generic_args  */
                                                    { CHECK(number_resp(ctx, (yylsp[-3]), 0, (yylsp[-1]), (yylsp[0]))); }
    break;

  case 192: /* untagged_data: "ENABLED"  */
                                                    { enabled_resp(ctx, (yylsp[0]), (yylsp[0]), NULL); }
    break;

  case 193: /* untagged_data: "ENABLED" capability_list  */
                                                    { enabled_resp(ctx, (yylsp[-1]), (yylsp[0]), (yyvsp[0].wlist).head); }
    break;

  case 194: /* untagged_data: "CAPABILITY" capability_list  */
                                                    { CHECK(capability_resp(ctx, (yylsp[0]), (yyvsp[0].wlist).head)); }
    break;

  case 195: /* untagged_data: "SEARCH" search_resp  */
                                                    { CHECK(search_resp(ctx, 0)); }
    break;

  case 196: /* untagged_data: "SORT" search_resp  */
                                                    { CHECK(search_resp(ctx, 1)); }
    break;

  case 197: /* untagged_data: "ESEARCH" esearch_resp  */
                                                    { ctx->msg->kind = QRS_RESP_ESEARCH; }
    break;

  case 198: /* untagged_data: "STATUS" "SP" mailbox "SP" "(" ")"  */
                                                    { status_resp(ctx, &(yyvsp[-3].str), NULL); }
    break;

  case 199: /* untagged_data: "STATUS" "SP" mailbox "SP" "(" status_att_val_list ")"  */
                                                    { status_resp(ctx, &(yyvsp[-4].str), (yyvsp[-1].slist).head); }
    break;

  case 200: /* untagged_data: resp_generic_name generic_args  */
                                                    { other_resp(ctx, (yylsp[-1]), (yylsp[0])); }
    break;

  case 201: /* expunged_resp: "VANISHED" "SP" vanished_uids  */
                                                    { vanished(ctx, 0, (yyvsp[0].set)); }
    break;

  case 202: /* expunged_resp: "VANISHED" "SP" "(" vanished_marker ")" "SP" vanished_uids  */
                                                    { vanished(ctx, (yyvsp[-3].flag), (yyvsp[0].set)); }
    break;

  case 203: /* vanished_uids: set_token  */
                                                    { CHECK(qrs_seqset_check(ctx, (yylsp[0]), "known-uids", QRS_SETCHK_NO_STAR, &(yyval.set))); }
    break;

  case 204: /* vanished_marker: "atom"  */
                                                    { CHECK(earlier_check(ctx, (yylsp[0]))); (yyval.flag) = 1; }
    break;

  case 205: /* vanished_marker: tag_correlators  */
                                                    { (yyval.flag) = 2; }
    break;

  case 206: /* tag_correlators: "TAG" "SP" tag_string  */
                                                    { CHECK(tag_correlator(ctx, (yylsp[-2]), &(yyvsp[0].str))); }
    break;

  case 207: /* tag_correlators: tag_correlators "SP" "TAG" "SP" tag_string  */
                                                    { CHECK(tag_correlator(ctx, (yylsp[-2]), &(yyvsp[0].str))); }
    break;

  case 209: /* msg_att: "(" msg_att_list ")"  */
                                                    { (yyval.ilist) = (yyvsp[-1].ilist); }
    break;

  case 210: /* msg_att_list: msg_att_item  */
                                                    { (yyval.ilist).head = (yyval.ilist).tail = (yyvsp[0].item); }
    break;

  case 211: /* msg_att_list: msg_att_list "SP" msg_att_item  */
                                                    { (yyvsp[-2].ilist).tail->next = (yyvsp[0].item); (yyvsp[-2].ilist).tail = (yyvsp[0].item); (yyval.ilist) = (yyvsp[-2].ilist); }
    break;

  case 212: /* msg_att_item: "UID" "SP" nz_number  */
                                                    { (yyval.item) = new_item(ctx, QRS_ITEM_UID, (yyloc), (yylsp[-2]), (yylsp[0])); CHECK((yyval.item)); (yyval.item)->number = (yyvsp[0].u32); }
    break;

  case 213: /* msg_att_item: "MODSEQ" "SP" "(" permsg_modsequence ")"  */
                                                    { (yyval.item) = new_item(ctx, QRS_ITEM_MODSEQ, (yyloc), (yylsp[-4]), (yylsp[-2])); CHECK((yyval.item)); (yyval.item)->number = (yyvsp[-1].u64);
                                                      (yyval.item)->value = qrs_span(ctx, (qrs_loc){(yylsp[-2]).start, (yylsp[0]).end}); }
    break;

  case 214: /* msg_att_item: "FLAGS" "SP" flag_fetch_list  */
                                                    { (yyval.item) = new_item(ctx, QRS_ITEM_FLAGS, (yyloc), (yylsp[-2]), (yylsp[0])); CHECK((yyval.item)); }
    break;

  case 215: /* msg_att_item: msg_att_generic_name "SP" generic_item  */
                                                    { (yyval.item) = new_item(ctx, QRS_ITEM_OTHER, (yyloc), (yylsp[-2]), (yylsp[0])); CHECK((yyval.item)); }
    break;

  case 217: /* fetch_mod_resp_frag: "MODSEQ" "SP" "(" permsg_modsequence ")"  */
                                                    { ctx->frag->number = (yyvsp[-1].u64); }
    break;

  case 222: /* flag_fetch: "flag"  */
                                                    { CHECK(flag_check(ctx, (yylsp[0]), 1)); }
    break;

  case 225: /* search_resp: search_resp "SP" "number"  */
                                                    { CHECK(search_number(ctx, (yylsp[0]))); }
    break;

  case 226: /* search_resp: search_resp "SP" "(" "MODSEQ" "SP" mod_sequence_value ")"  */
                                                    { CHECK(search_modseq_resp(ctx, (yyvsp[-1].u64), (yylsp[-4]))); }
    break;

  case 229: /* esearch_item: "(" "TAG" "SP" tag_string ")"  */
                                                    { CHECK(esearch_tag(ctx, &(yyvsp[-1].str), (yyloc))); }
    break;

  case 230: /* esearch_item: "UID"  */
                                                    { CHECK(esearch_uid(ctx, (yyloc))); }
    break;

  case 231: /* esearch_item: "MODSEQ" "SP" mod_sequence_value  */
                                                    { CHECK(esearch_data(ctx, (yyloc))); ctx->msg->u.esearch.has_modseq = 1; ctx->msg->u.esearch.modseq = (yyvsp[0].u64); }
    break;

  case 232: /* esearch_item: esearch_generic_name "SP" generic_param_value  */
                                                    { CHECK(esearch_data(ctx, (yyloc))); }
    break;

  case 233: /* status_att_val_list: status_att_val  */
                                                    { (yyval.slist).head = (yyval.slist).tail = (yyvsp[0].satt); }
    break;

  case 234: /* status_att_val_list: status_att_val_list "SP" status_att_val  */
                                                    { (yyvsp[-2].slist).tail->next = (yyvsp[0].satt); (yyvsp[-2].slist).tail = (yyvsp[0].satt); (yyval.slist) = (yyvsp[-2].slist); }
    break;

  case 235: /* status_att_val: "MESSAGES" "SP" number  */
                                                    { (yyval.satt) = new_status_val(ctx, (yylsp[-2]), (yyvsp[0].u32)); CHECK((yyval.satt)); }
    break;

  case 236: /* status_att_val: "RECENT" "SP" number  */
                                                    { (yyval.satt) = new_status_val(ctx, (yylsp[-2]), (yyvsp[0].u32)); CHECK((yyval.satt)); }
    break;

  case 237: /* status_att_val: "UIDNEXT" "SP" nz_number  */
                                                    { (yyval.satt) = new_status_val(ctx, (yylsp[-2]), (yyvsp[0].u32)); CHECK((yyval.satt)); }
    break;

  case 238: /* status_att_val: "UIDVALIDITY" "SP" nz_number  */
                                                    { (yyval.satt) = new_status_val(ctx, (yylsp[-2]), (yyvsp[0].u32)); CHECK((yyval.satt)); }
    break;

  case 239: /* status_att_val: "UNSEEN" "SP" number  */
                                                    { (yyval.satt) = new_status_val(ctx, (yylsp[-2]), (yyvsp[0].u32)); CHECK((yyval.satt)); }
    break;

  case 240: /* status_att_val: "HIGHESTMODSEQ" "SP" mod_sequence_valzer  */
                                                    { (yyval.satt) = new_status_val(ctx, (yylsp[-2]), (yyvsp[0].u64)); CHECK((yyval.satt)); }
    break;

  case 241: /* mod_sequence_value: "number"  */
                                                    { CHECK(qrs_modseq(ctx, (yylsp[0]), "mod-sequence-value", 0, &(yyval.u64))); }
    break;

  case 242: /* mod_sequence_valzer: "number"  */
                                                    { CHECK(qrs_modseq(ctx, (yylsp[0]), "mod-sequence-valzer", 1, &(yyval.u64))); }
    break;

  case 243: /* nz_number: "number"  */
                                                    { CHECK(qrs_nz_number(ctx, (yylsp[0]), "nz-number", &(yyval.u32))); }
    break;

  case 244: /* number: "number"  */
                                                    { CHECK(qrs_number(ctx, (yylsp[0]), "number", &(yyval.u32))); }
    break;

  case 246: /* astring: atom  */
                                                    { (yyval.str) = make_string(ctx, QRS_STR_ATOM, (yylsp[0])); }
    break;

  case 247: /* astring: "astring"  */
                                                    { (yyval.str) = make_string(ctx, QRS_STR_ATOM, (yylsp[0])); }
    break;

  case 248: /* astring: "section-word"  */
                                                    { CHECK(astring_chars(ctx, (yylsp[0]))); (yyval.str) = make_string(ctx, QRS_STR_ATOM, (yylsp[0])); }
    break;

  case 250: /* string: "quoted"  */
                                                    { (yyval.str) = make_string(ctx, QRS_STR_QUOTED, (yylsp[0])); }
    break;

  case 251: /* string: "literal"  */
                                                    { (yyval.str) = make_string(ctx, QRS_STR_LITERAL, (yylsp[0])); }
    break;

  case 254: /* atom: "sequence-set"  */
                                                    { CHECK(atom_seqset(ctx, (yylsp[0]))); }
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
    yysymbol_kind_t expected[QRS_MAX_EXPECTED];
    int n = yypcontext_expected_tokens(yyctx, expected, QRS_MAX_EXPECTED);
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
    qrs_fail(ctx, code, loc->start, qrs_state_rule((int)*yyctx->yyssp), msg);
    if (n < 0)
        n = 0;
    ctx->err->n_expected = 0;
    for (int i = 0; i < n && i < QRS_MAX_EXPECTED; i++)
        ctx->err->expected[ctx->err->n_expected++] = yysymbol_name(expected[i]);
    return 0;
}

/* Only reached for "memory exhausted": the fixed parser stack is full, which
 * right-nested rules (NOT NOT NOT ...) can cause; a typed limit error. */
static void qrs_yyerror(const qrs_loc *loc, qrs_ctx *ctx, const char *msg)
{
    (void)msg;
    qrs_fail(ctx, QRS_E_TOO_DEEP, loc->start, "search-key", "nesting deeper than the parser stack allows");
}
