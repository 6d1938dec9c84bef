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
  S_K_RETURN = 119,                        /* "RETURN"  */
  S_K_READ_ONLY = 120,                     /* "READ-ONLY"  */
  S_K_READ_WRITE = 121,                    /* "READ-WRITE"  */
  S_K_RECENT = 122,                        /* "RECENT"  */
  S_K_RENAME = 123,                        /* "RENAME"  */
  S_K_RFC822 = 124,                        /* "RFC822"  */
  S_K_RFC822_SIZE = 125,                   /* "RFC822.SIZE"  */
  S_K_SEARCH = 126,                        /* "SEARCH"  */
  S_K_SEEN = 127,                          /* "SEEN"  */
  S_K_SELECT = 128,                        /* "SELECT"  */
  S_K_SENTBEFORE = 129,                    /* "SENTBEFORE"  */
  S_K_SENTON = 130,                        /* "SENTON"  */
  S_K_SENTSINCE = 131,                     /* "SENTSINCE"  */
  S_K_SEP = 132,                           /* "SEP"  */
  S_K_SHARED = 133,                        /* "shared"  */
  S_K_SINCE = 134,                         /* "SINCE"  */
  S_K_SMALLER = 135,                       /* "SMALLER"  */
  S_K_SORT = 136,                          /* "SORT"  */
  S_K_STARTTLS = 137,                      /* "STARTTLS"  */
  S_K_STATUS = 138,                        /* "STATUS"  */
  S_K_STORE = 139,                         /* "STORE"  */
  S_K_STRUCTURE = 140,                     /* "STRUCTURE"  */
  S_K_SUBJECT = 141,                       /* "SUBJECT"  */
  S_K_SUBSCRIBE = 142,                     /* "SUBSCRIBE"  */
  S_K_TAG = 143,                           /* "TAG"  */
  S_K_TEXT = 144,                          /* "TEXT"  */
  S_K_TO = 145,                            /* "TO"  */
  S_K_TRYCREATE = 146,                     /* "TRYCREATE"  */
  S_K_UID = 147,                           /* "UID"  */
  S_K_UIDNEXT = 148,                       /* "UIDNEXT"  */
  S_K_UIDVALIDITY = 149,                   /* "UIDVALIDITY"  */
  S_K_UNANSWERED = 150,                    /* "UNANSWERED"  */
  S_K_UNCHANGEDSINCE = 151,                /* "UNCHANGEDSINCE"  */
  S_K_UNDELETED = 152,                     /* "UNDELETED"  */
  S_K_UNDRAFT = 153,                       /* "UNDRAFT"  */
  S_K_UNFLAGGED = 154,                     /* "UNFLAGGED"  */
  S_K_UNKEYWORD = 155,                     /* "UNKEYWORD"  */
  S_K_UNSEEN = 156,                        /* "UNSEEN"  */
  S_K_UNSUBSCRIBE = 157,                   /* "UNSUBSCRIBE"  */
  S_K_VANISHED = 158,                      /* "VANISHED"  */
  S_K_X = 159,                             /* "X"  */
  S_K_X_DRAFT_W02_QRESYNC = 160,           /* "X-DRAFT-W02-QRESYNC"  */
  S_YYACCEPT = 161,                        /* $accept  */
  S_start = 162,                           /* start  */
  S_command = 163,                         /* command  */
  S_command_body = 164,                    /* command_body  */
  S_select_params = 165,                   /* select_params  */
  S_select_param_list = 166,               /* select_param_list  */
  S_select_param = 167,                    /* select_param  */
  S_qresync_tail = 168,                    /* qresync_tail  */
  S_seq_match_data = 169,                  /* seq_match_data  */
  S_seq_match_data_frag = 170,             /* seq_match_data_frag  */
  S_uidvalidity = 171,                     /* uidvalidity  */
  S_known_uids = 172,                      /* known_uids  */
  S_known_sequence_set = 173,              /* known_sequence_set  */
  S_known_uid_set = 174,                   /* known_uid_set  */
  S_sequence_set = 175,                    /* sequence_set  */
  S_set_token = 176,                       /* set_token  */
  S_generic_param_value = 177,             /* generic_param_value  */
  S_tagged_ext_comp = 178,                 /* tagged_ext_comp  */
  S_tagged_ext_item = 179,                 /* tagged_ext_item  */
  S_fetch = 180,                           /* fetch  */
  S_fetch_atts = 181,                      /* fetch_atts  */
  S_fetch_att_list = 182,                  /* fetch_att_list  */
  S_fetch_att = 183,                       /* fetch_att  */
  S_fetch_modifier_list = 184,             /* fetch_modifier_list  */
  S_fetch_modifier = 185,                  /* fetch_modifier  */
  S_store = 186,                           /* store  */
  S_store_modifier_list = 187,             /* store_modifier_list  */
  S_store_modifier = 188,                  /* store_modifier  */
  S_store_att_flags = 189,                 /* store_att_flags  */
  S_store_action = 190,                    /* store_action  */
  S_store_flags = 191,                     /* store_flags  */
  S_flag_list = 192,                       /* flag_list  */
  S_flag_seq = 193,                        /* flag_seq  */
  S_flag = 194,                            /* flag  */
  S_search = 195,                          /* search  */
  S_search_ret_list = 196,                 /* search_ret_list  */
  S_search_ret_name = 197,                 /* search_ret_name  */
  S_search_program = 198,                  /* search_program  */
  S_charset = 199,                         /* charset  */
  S_search_key_seq = 200,                  /* search_key_seq  */
  S_search_key = 201,                      /* search_key  */
  S_search_key_list = 202,                 /* search_key_list  */
  S_date = 203,                            /* date  */
  S_search_modsequence = 204,              /* search_modsequence  */
  S_entry_type = 205,                      /* entry_type  */
  S_status_att_list = 206,                 /* status_att_list  */
  S_status_att = 207,                      /* status_att  */
  S_status_att_name = 208,                 /* status_att_name  */
  S_capability_list = 209,                 /* capability_list  */
  S_response = 210,                        /* response  */
  S_tagged_status = 211,                   /* tagged_status  */
  S_untagged_status = 212,                 /* untagged_status  */
  S_resp_text = 213,                       /* resp_text  */
  S_resp_text_code = 214,                  /* resp_text_code  */
  S_untagged_data = 215,                   /* untagged_data  */
  S_expunged_resp = 216,                   /* expunged_resp  */
  S_vanished_uids = 217,                   /* vanished_uids  */
  S_vanished_marker = 218,                 /* vanished_marker  */
  S_tag_correlators = 219,                 /* tag_correlators  */
  S_tag_string = 220,                      /* tag_string  */
  S_msg_att = 221,                         /* msg_att  */
  S_msg_att_list = 222,                    /* msg_att_list  */
  S_msg_att_item = 223,                    /* msg_att_item  */
  S_permsg_modsequence = 224,              /* permsg_modsequence  */
  S_fetch_mod_resp_frag = 225,             /* fetch_mod_resp_frag  */
  S_flag_fetch_list = 226,                 /* flag_fetch_list  */
  S_flag_fetch_seq = 227,                  /* flag_fetch_seq  */
  S_flag_fetch = 228,                      /* flag_fetch  */
  S_search_resp = 229,                     /* search_resp  */
  S_esearch_resp = 230,                    /* esearch_resp  */
  S_esearch_item = 231,                    /* esearch_item  */
  S_status_att_val_list = 232,             /* status_att_val_list  */
  S_status_att_val = 233,                  /* status_att_val  */
  S_mod_sequence_value = 234,              /* mod_sequence_value  */
  S_mod_sequence_valzer = 235,             /* mod_sequence_valzer  */
  S_nz_number = 236,                       /* nz_number  */
  S_number = 237,                          /* number  */
  S_mailbox = 238,                         /* mailbox  */
  S_astring = 239,                         /* astring  */
  S_string = 240,                          /* string  */
  S_atom = 241,                            /* atom  */
  S_generic_args = 242,                    /* generic_args  */
  S_generic_item = 243,                    /* generic_item  */
  S_generic_list = 244,                    /* generic_list  */
  S_generic_token = 245,                   /* generic_token  */
  S_kw_a = 246,                            /* kw_a  */
  S_kw_status = 247,                       /* kw_status  */
  S_kw_r = 248,                            /* kw_r  */
  S_kw_num = 249,                          /* kw_num  */
  S_kw_sel = 250,                          /* kw_sel  */
  S_kw_macro = 251,                        /* kw_macro  */
  S_cmd_generic_name = 252,                /* cmd_generic_name  */
  S_uid_generic_name = 253,                /* uid_generic_name  */
  S_resp_generic_name = 254,               /* resp_generic_name  */
  S_num_generic_name = 255,                /* num_generic_name  */
  S_fetch_att_generic = 256,               /* fetch_att_generic  */
  S_msg_att_generic_name = 257,            /* msg_att_generic_name  */
  S_esearch_generic_name = 258,            /* esearch_generic_name  */
  S_select_label = 259,                    /* select_label  */
  S_fetch_label = 260,                     /* fetch_label  */
  S_store_label = 261,                     /* store_label  */
  S_any_keyword = 262,                     /* any_keyword  */
  S_kw_rest = 263                          /* kw_rest  */
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
#define YYFINAL  233
/* YYLAST -- Last index in YYTABLE.  */
#define YYLAST   5025

/* YYNTOKENS -- Number of terminals.  */
#define YYNTOKENS  161
/* YYNNTS -- Number of nonterminals.  */
#define YYNNTS  103
/* YYNRULES -- Number of rules.  */
#define YYNRULES  538
/* YYNSTATES -- Number of states.  */
#define YYNSTATES  804

/* YYMAXUTOK -- Last valid token kind.  */
#define YYMAXUTOK   415


/* YYTRANSLATE(TOKEN-NUM) -- Symbol number corresponding to TOKEN-NUM
   as returned by yylex, with out-of-bounds checking.  */
#define YYTRANSLATE(YYX) YY_CAST (yysymbol_kind_t, YYX)

#if QRS_YYDEBUG
/* YYRLINE[YYN] -- Source line where rule number YYN was defined.  */
static const yytype_int16 yyrline[] =
{
       0,   131,   131,   132,   133,   134,   135,   136,   137,   138,
     139,   140,   141,   142,   143,   144,   145,   152,   157,   158,
     159,   160,   161,   163,   164,   165,   166,   168,   170,   172,
     177,   178,   185,   186,   187,   192,   194,   195,   200,   201,
     202,   203,   207,   212,   217,   222,   227,   232,   237,   240,
     240,   247,   248,   249,   256,   257,   261,   262,   267,   268,
     273,   274,   275,   276,   277,   281,   282,   287,   288,   289,
     290,   294,   295,   296,   301,   302,   303,   308,   309,   314,
     315,   316,   321,   322,   326,   330,   331,   335,   336,   341,
     342,   346,   347,   352,   353,   358,   359,   360,   366,   367,
     368,   372,   373,   377,   378,   383,   384,   388,   389,   394,
     394,   394,   394,   394,   394,   394,   394,   395,   395,   395,
     395,   395,   395,   396,   396,   396,   396,   397,   397,   397,
     398,   398,   398,   399,   399,   399,   400,   400,   401,   402,
     402,   403,   404,   405,   406,   407,   408,   412,   413,   417,
     418,   423,   424,   429,   429,   429,   433,   434,   438,   441,
     441,   441,   441,   441,   441,   445,   446,   453,   454,   455,
     456,   457,   458,   459,   462,   462,   462,   463,   463,   463,
     463,   463,   468,   469,   470,   471,   472,   477,   478,   479,
     480,   481,   482,   483,   484,   485,   490,   491,   492,   493,
     494,   495,   496,   497,   498,   499,   500,   501,   502,   503,
     505,   510,   511,   519,   523,   524,   528,   529,   534,   539,
     543,   544,   548,   549,   551,   552,   557,   561,   565,   566,
     570,   571,   575,   576,   581,   582,   583,   589,   590,   594,
     595,   596,   597,   602,   603,   607,   608,   609,   610,   611,
     612,   619,   624,   629,   634,   639,   644,   645,   646,   647,
     651,   652,   657,   658,   659,   660,   667,   668,   672,   673,
     674,   678,   679,   683,   683,   683,   683,   683,   683,   683,
     683,   683,   683,   687,   687,   687,   688,   688,   688,   688,
     688,   689,   689,   689,   689,   690,   690,   690,   691,   691,
     692,   692,   692,   698,   698,   698,   698,   698,   698,   698,
     698,   698,   699,   699,   699,   700,   700,   700,   700,   703,
     703,   703,   703,   703,   703,   703,   703,   703,   703,   704,
     704,   704,   706,   706,   706,   706,   706,   706,   706,   706,
     706,   706,   706,   707,   707,   707,   707,   707,   709,   709,
     709,   709,   709,   709,   709,   709,   709,   709,   709,   710,
     710,   710,   710,   711,   711,   713,   713,   713,   713,   713,
     713,   713,   713,   713,   713,   713,   714,   714,   714,   714,
     714,   716,   716,   716,   716,   716,   716,   716,   716,   716,
     716,   716,   717,   717,   717,   717,   717,   717,   719,   719,
     719,   719,   719,   719,   719,   719,   719,   719,   719,   719,
     720,   720,   720,   720,   722,   722,   722,   722,   722,   722,
     722,   722,   722,   722,   722,   723,   723,   723,   723,   723,
     723,   725,   725,   725,   725,   725,   725,   725,   725,   725,
     725,   725,   726,   726,   726,   726,   726,   726,   729,   729,
     729,   729,   729,   729,   729,   729,   729,   730,   730,   730,
     730,   730,   730,   730,   730,   730,   730,   731,   731,   731,
     731,   731,   731,   731,   731,   731,   732,   732,   732,   732,
     732,   732,   732,   732,   732,   732,   733,   733,   733,   733,
     733,   733,   733,   733,   733,   733,   734,   734,   734,   734,
     734,   734,   734,   734,   734,   734,   734,   735,   735,   735,
     735,   735,   735,   735,   735,   735,   736,   736,   736,   736,
     736,   736,   736,   736,   736,   737,   737,   737,   737,   737,
     737,   737,   737,   738,   738,   738,   738,   738,   738
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
  "OR", "PARSE", "PERMANENTFLAGS", "PREAUTH", "priv", "QRESYNC", "RETURN",
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

#define YYPACT_NINF (-693)

#define yypact_value_is_default(Yyn) \
  ((Yyn) == YYPACT_NINF)

#define YYTABLE_NINF (-1)

#define yytable_value_is_error(Yyn) \
  0

/* YYPACT[STATE-NUM] -- Index in YYTABLE of the portion describing
   STATE-NUM.  */
static const yytype_int16 yypact[] =
{
     161,    23,   149,    70,    70,    67,  4055,  4190,  4325,  -115,
      78,    85,    20,     7,    25,   -33,   138,   114,  -693,   126,
     140,   132,  -693,  -693,  -693,  -693,  -693,  -693,  -693,    70,
    -693,  -693,  -693,  -693,  -693,  -693,  -693,  -693,  -693,  -693,
    -693,  -693,  -693,  -693,  -693,  -693,  -693,  -693,  -693,  -693,
    -693,  -693,  -693,  -693,  -693,  -693,  -693,  -693,  -693,  -693,
    -693,  -693,  -693,  -693,  -693,  -693,  -693,  -693,  -693,  -693,
    -693,  -693,  -693,  -693,  -693,  -693,  -693,  -693,  -693,  -693,
    -693,  -693,  -693,  -693,  -693,  -693,  -693,  -693,  -693,  -693,
    -693,  -693,  -693,  -693,  -693,  -693,  -693,  -693,  -693,  -693,
    -693,  -693,  -693,  -693,  -693,  -693,  -693,  -693,  -693,  -693,
    -693,   180,  -693,  -693,  -693,  -693,  -693,  -693,  -693,  -693,
    -693,  -693,  -693,  -693,  -693,  -693,  -693,  -693,  -693,  -693,
    -693,  -693,  -693,  -693,  -693,  -693,  -693,  -693,  -693,  -693,
    -693,  -693,  -693,  -693,  -693,  -693,  -693,  -693,  -693,  -693,
    -693,  -693,  -693,  -693,   186,  -693,  -693,  -693,  -693,  -693,
    -693,  -693,  -693,  -693,   187,  -693,  -693,  -693,  -693,  -693,
    -693,  -693,  -693,  -693,  -693,  -693,   192,  -693,  -693,  -693,
    -693,  -693,  -693,  -693,  -693,  -693,  -693,  -693,  -693,  -693,
    -693,  -693,  -693,  -693,  -693,   193,  -693,   194,  -693,  -693,
    -693,  -693,  -693,  -693,  -693,  -693,  -693,   195,  -693,  -693,
    -693,  -693,  -693,   196,  -693,   198,  -693,   199,   201,  -693,
     202,   204,   205,  -693,   206,  -693,   207,   213,   214,   217,
     234,   236,  -693,  -693,  4460,    31,  3544,    30,  -693,   237,
    -693,   159,  1460,    78,  1601,    85,  1742,    52,    38,   153,
      78,    70,   233,   233,   233,   246,    85,   244,   244,   233,
     233,   244,  -693,  -693,   251,   261,   262,  -693,  -693,   264,
     267,   271,   272,   273,  -693,  -693,   275,  -693,  -693,  -693,
    -693,  -693,  -693,  -693,  -693,  -693,  -693,   174,   274,  -693,
    -693,  -693,   251,  -693,   251,  -693,  -693,  -693,  -693,  -693,
    -693,  -693,  -693,  -693,   277,  -693,  -693,  -693,   177,   278,
    -693,  -693,  -693,  -693,  -693,  -693,  -693,     7,  -693,   279,
      70,   280,  1037,  -693,  -693,  -693,  -693,  -693,  -693,  -693,
    -693,  -693,     4,  -693,  -693,   285,  -693,  -693,  -693,  -693,
    -693,  -693,  -693,  -693,    78,  -693,  -693,  -693,  -693,  -693,
    -693,  -693,  3407,   287,  2722,    70,   435,  -693,  2722,  2722,
      70,  4595,  -693,   288,    30,  -693,  4730,   287,   287,   290,
     291,   291,  2722,    30,  -693,  -693,   288,   289,  -693,   292,
    -693,  -693,   293,  1178,  -693,  -693,  -693,  -693,  -693,  -693,
    -693,  -693,  -693,  -693,  -693,  -693,  -693,  -693,  -693,  -693,
    -693,  -693,    43,  -693,  -693,  -693,  -693,  -693,  -693,  -693,
    -693,  -693,  -693,  -693,  -693,  -693,   296,   294,   298,   -12,
     297,  -693,  -693,  3407,   299,  -693,   301,  -693,  3803,  -693,
    -693,   302,   303,   304,   305,   306,  -693,  -693,  -693,   308,
     309,   310,   311,  -693,   312,  -693,   313,   314,   315,  -693,
    -693,   316,   317,   318,   319,   320,   321,   322,   323,   324,
    -693,  -693,  -693,  -693,   325,  -693,  -693,  -693,   326,  -693,
    -693,   299,   327,   328,  -693,   329,   264,  -693,   330,  -693,
    -693,  -693,  -693,   896,   331,  -693,  -693,  -693,  -693,   333,
    -693,  -693,  -693,  -693,  -693,  -693,  -693,  -693,  -693,  -693,
    -693,  -693,  -693,  -693,  -693,  -693,  2165,    80,   334,   335,
     338,  -693,    78,    53,  1178,  -693,   170,   339,   167,  -693,
    -693,  -693,   341,  -693,  -693,   276,  -693,  2024,  -693,    89,
    2722,  2859,  2722,  2722,  2996,  2722,  2722,  3407,   244,  3803,
    2859,  3803,   342,  2859,  2859,  2859,  2859,   244,  2722,  2722,
    2722,    70,  3407,  3803,  -693,   345,    34,    70,  -693,    70,
     288,   755,  -693,  -693,  -693,  -693,  -693,  -693,  -693,  -693,
    -693,  -693,  -693,  -693,  -693,   347,   288,   210,  -693,  -693,
    -693,  -693,   350,  -693,  -693,  -693,  -693,  -693,  -693,  -693,
    -693,  -693,  -693,  -693,  -693,  -693,   352,  -693,   281,  -693,
     353,  -693,   346,   354,  -693,  -693,  -693,  -693,    70,   356,
      85,  4055,  4865,  -693,  -693,  -693,  -693,  -693,  -693,  -693,
    -693,  -693,  -693,  -693,  -693,  -693,  -693,  -693,   362,  -693,
    -693,  -693,  -693,  -693,  -693,  -693,  -693,  3803,  -693,  -693,
    -693,  -693,  -693,  -693,  -693,  -693,   364,  -693,  -693,   366,
    -693,  -693,  -693,  -693,   367,  2585,  -693,  -693,  -693,  -693,
    -693,  -693,  -693,  -693,  -693,  -693,  -693,   -30,  4325,  -693,
    -693,  -693,   368,  -693,  -693,  -693,  -693,    90,  3920,  -693,
     369,    78,    58,   370,     5,  -693,    60,   371,  -693,   170,
    -693,    96,   115,  -693,   373,  -693,  3803,  2722,  3803,   372,
    -693,   119,  -693,  -693,  -693,  -693,  -693,  -693,  -693,  -693,
     121,  -693,  -693,   127,  1319,   896,  -693,   377,   379,   380,
     128,  -693,  -693,  -693,   381,   170,  -693,  -693,    78,  -693,
     139,  -693,  -693,   382,  -693,  -693,  -693,  4865,  -693,  4190,
     326,  -693,  -693,  3685,  1883,   383,   -30,  -693,   384,  2305,
    -693,  -693,  -693,   385,  -693,  -693,  -693,   386,   387,   233,
    3920,  -693,   896,   388,   389,   -33,  -693,    67,  -693,   141,
    -693,  -693,  -693,  3685,  -693,    22,  -693,   162,  3133,  2445,
    -693,    78,  -693,  -693,  -693,  -693,  -693,  -693,  -693,  -693,
    -693,  -693,  -693,  -693,  -693,  -693,   163,  -693,  -693,   390,
    3270,  -693,  -693,  -693
};

/* YYDEFACT[STATE-NUM] -- Default reduction number in state STATE-NUM.
   Performed when YYTABLE does not specify something else to do.  Zero
   means the default is an error.  */
static const yytype_int16 yydefact[] =
{
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     2,     0,
       0,     0,     3,    49,    50,     4,    48,     5,    45,     0,
      43,     6,   381,   448,   300,   449,   450,   451,   452,   453,
     454,   288,   455,   456,   457,   458,   290,   292,   459,   393,
     460,   461,   462,   463,    36,   464,   465,   466,   467,   468,
     469,   285,   291,   470,   294,   284,   295,   297,   302,   471,
     384,   472,   396,   473,   301,   474,   475,   476,   477,   478,
     479,   480,   481,   482,   483,   484,   485,   486,   487,   488,
     489,   490,   491,   395,   492,   493,   494,   287,   495,   496,
     497,   498,   499,   286,   500,   501,   502,   503,   504,   289,
     505,     0,   509,   506,   507,   296,   508,   510,   511,   386,
     512,   283,   513,   514,   515,   516,   517,   518,   519,   293,
     520,   388,   385,   521,   522,   523,   524,   525,   526,   527,
     387,   528,   529,   530,   394,   531,   532,   533,   534,   535,
     536,   390,   537,   538,     7,    32,   383,   389,   391,   392,
     397,    37,   382,   398,     0,   299,   401,   412,   411,   298,
     403,   405,   402,   404,   410,    75,     8,    71,   400,   406,
     407,   408,   409,   413,    76,   399,   414,   427,   417,   429,
     428,   419,   421,   418,   420,     0,   423,     9,    79,   416,
     422,   424,   425,   426,   430,    83,   415,     0,    10,   251,
      11,   252,    12,     0,    13,   194,   190,     0,     0,   188,
       0,     0,     0,    14,     0,    15,     0,     0,     0,     0,
       0,     0,    16,     1,     0,     0,     0,   186,   173,     0,
      46,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,   303,   310,     0,     0,     0,   313,   312,     0,
       0,     0,     0,     0,   311,   306,     0,   305,   307,   308,
     309,   314,   266,   304,   176,   175,   174,     0,     0,   319,
     179,   181,     0,   327,   202,   237,   322,   330,   329,   178,
     177,   180,   234,   234,     0,   323,   324,   328,     0,     0,
     196,   321,   325,   326,   331,   266,   320,     0,   182,     0,
       0,     0,     0,    33,    51,    34,    74,    73,    72,    82,
      81,    80,     0,   213,   211,     0,   151,   195,   187,   189,
     253,   191,   192,   193,     0,   250,   254,   245,   246,   247,
     248,   249,     0,    27,     0,     0,     0,    22,     0,     0,
       0,     0,    17,    29,   186,   168,     0,   204,   203,   207,
     205,   206,     0,   186,   170,   171,   210,     0,   172,     0,
      47,    44,     0,     0,    52,   263,   264,   262,   257,   258,
     260,   261,   443,   433,   446,   445,   435,   437,   434,   436,
     444,   439,     0,    54,    56,   259,   256,   432,   438,   440,
     441,   442,   447,   265,   431,   214,     0,     0,   215,     0,
       0,   226,   165,     0,    30,   255,     0,    20,     0,   109,
     110,     0,     0,     0,     0,     0,   111,   121,   112,     0,
       0,     0,     0,   113,     0,   114,     0,     0,     0,   115,
     116,     0,     0,     0,     0,     0,     0,     0,     0,     0,
     117,   118,   122,   119,     0,   120,   144,    95,   103,   107,
     146,    30,     0,     0,    21,     0,     0,   318,     0,   317,
     316,   315,   266,     0,     0,   332,   343,   198,   200,     0,
     346,   345,   199,   336,   338,   335,   337,   344,   340,   334,
     339,   341,   342,   347,   266,   333,     0,     0,     0,     0,
     185,    42,     0,     0,     0,    53,     0,     0,     0,   155,
     153,   154,     0,   227,   166,     0,    19,     0,   147,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,    18,     0,     0,     0,    25,     0,
      26,     0,   274,   275,   273,   277,   281,   278,   282,   279,
     280,   267,   268,   276,   167,     0,   201,     0,   365,   377,
     368,   379,     0,   370,   371,   369,   240,   378,   373,   238,
     367,   372,   374,   375,   376,   380,     0,   366,     0,   235,
       0,   169,   184,    38,    57,    55,   216,   218,     0,     0,
       0,     0,     0,   348,   349,    60,   361,    62,   352,    69,
      61,    67,   354,   355,   353,    68,   362,   357,    58,    63,
     351,   356,   358,   359,   360,    70,   350,     0,   145,   123,
     150,   130,   149,   124,   125,   106,     0,   105,   126,     0,
     136,   139,   141,   131,     0,     0,   133,   134,   135,   132,
     140,   127,   128,   129,   143,   137,   108,     0,     0,    86,
      85,    77,     0,    23,    24,   269,   271,     0,     0,   197,
       0,     0,     0,     0,     0,   183,     0,     0,   212,     0,
     152,     0,     0,    65,     0,   148,     0,     0,     0,     0,
     101,     0,    98,   102,   164,   159,   160,   161,   162,   163,
       0,   156,   158,     0,     0,     0,   270,     0,     0,     0,
       0,   220,   364,   363,     0,     0,   241,   242,     0,   208,
       0,   243,    40,    39,    35,   217,    31,     0,    64,     0,
     104,   138,   142,     0,     0,     0,     0,    28,     0,     0,
      93,    84,    87,    88,    91,    94,   272,     0,     0,     0,
       0,   219,     0,     0,     0,     0,   209,     0,    66,     0,
      96,   100,    99,     0,   157,     0,    89,     0,     0,     0,
     224,     0,   222,   221,   225,   239,   236,   244,    41,    59,
      97,    78,    90,    92,   228,   232,     0,   230,   233,     0,
       0,   229,   223,   231
};

/* YYPGOTO[NTERM-NUM].  */
static const yytype_int16 yypgoto[] =
{
    -693,  -693,  -693,  -693,   -80,  -207,   166,  -693,  -639,  -693,
    -693,  -281,  -693,  -693,    16,    29,  -232,    32,  -101,  -143,
    -693,  -693,  -585,  -323,   173,  -141,  -248,   175,  -356,  -693,
    -693,  -693,  -327,  -355,   -52,  -693,  -319,  -692,  -693,  -270,
    -410,  -693,  -447,   415,  -693,  -693,  -318,  -693,  -103,  -693,
    -693,  -693,  -298,   112,  -693,   197,  -178,  -693,  -693,  -634,
    -693,  -693,  -329,  -349,  -693,  -693,  -693,  -366,   133,  -693,
    -693,  -693,  -635,    27,  -214,  -215,  -245,  -302,  -249,  -499,
    -337,  -283,  -533,  -693,  -693,    -3,     0,     3,    14,    28,
      17,    74,  -693,  -693,  -693,  -638,  -693,  -693,  -693,  -693,
    -693,  -437,    -6
};

/* YYDEFGOTO[NTERM-NUM].  */
static const yytype_int16 yydefgoto[] =
{
       0,    16,    18,   276,   526,   154,   155,   687,    30,    31,
     382,    27,   239,   379,   466,    26,   325,   402,   403,   427,
     628,   692,   629,   176,   177,   474,   197,   198,   671,   672,
     751,   752,   753,   754,   357,   701,   702,   467,   646,   468,
     469,   529,   641,   470,   522,   710,   711,   712,   353,    22,
     287,   308,   319,   223,   309,   208,   334,   417,   418,   606,
     679,   720,   721,   420,   225,   780,   796,   797,   370,   369,
     589,   730,   232,   421,   212,   341,   347,   424,   425,   405,
     406,   363,   571,   677,   572,   407,   408,   409,   410,   411,
     412,   282,   482,   315,   504,   635,   724,   596,   161,   184,
     205,   413,   414
};

/* YYTABLE[YYPACT[STATE-NUM]] -- What to do in state STATE-NUM.  If
   positive, shift that token.  If negative, reduce the rule whose
   number is the opposite.  If YYTABLE_NINF, syntax error.  */
static const yytype_int16 yytable[] =
{
     162,   185,   206,   156,   178,   199,   157,   179,   200,   158,
     180,   201,   327,   348,   330,   422,   351,   607,   528,    25,
     159,   181,   202,   160,   183,   204,   729,   693,   676,   519,
     415,   329,   376,    28,   336,   182,   203,   210,   342,   343,
     723,   215,   345,   207,   349,   350,   573,   732,   669,   731,
     226,   770,   317,   704,   668,   735,   471,   472,   240,    17,
     669,   514,   211,   318,   515,   227,   484,   216,   705,   335,
     508,   514,   332,   404,   604,   509,    23,    24,   322,   284,
      29,   790,    23,    24,    23,    24,   524,    29,   226,   228,
     217,   763,   706,   653,    23,    24,   656,   657,   658,   659,
     598,   670,   209,   227,   599,   520,   218,   637,   715,   211,
     638,   716,   219,   670,   242,   229,   230,   736,   707,   708,
     213,   521,   723,   231,   573,   224,   709,   228,   788,   652,
     787,   654,   234,   737,   404,   285,   738,   744,   233,   746,
     745,   286,   747,   666,   235,   246,   760,   416,   748,   761,
     237,   238,   768,   229,   230,   220,   221,   765,   236,   244,
     766,   231,   789,   222,     1,     2,     3,     4,     5,     6,
       7,     8,     9,    10,    11,    12,    13,    14,    15,   321,
     778,   800,   756,   792,   801,    19,    20,    21,   337,   367,
     607,   368,   364,   365,   642,   373,   374,   647,   241,   560,
     650,   390,   391,   642,   242,   243,   642,   642,   642,   642,
     244,   245,   246,   247,   248,   665,   249,   250,   703,   251,
     252,   576,   253,   254,   255,   256,   607,   695,   283,   784,
     316,   257,   258,   311,   277,   259,   162,   278,   185,   156,
     206,   178,   157,   199,   179,   158,   200,   180,   279,   201,
     312,   281,   260,   314,   261,   320,   159,   340,   181,   160,
     202,   183,   280,   204,   313,   404,   344,   339,   346,   352,
     326,   324,   182,   324,   203,   324,   333,   338,   573,   354,
     355,   639,   356,   643,   644,   358,   648,   649,   742,   359,
     360,   361,   366,   651,   362,   372,   611,   375,   378,   661,
     662,   663,   660,   419,   381,   423,   483,   703,   506,   507,
     609,   512,   510,   511,   516,   517,   518,   525,   523,   527,
     530,   531,   532,   533,   534,   573,   535,   536,   537,   538,
     539,   540,   541,   542,   543,   544,   545,   546,   547,   548,
     549,   550,   551,   552,   553,   555,   556,   557,   559,   380,
     574,   575,   600,   680,   601,   283,   602,   608,   480,   610,
     505,   277,   655,   499,   278,   667,   500,   678,   681,   501,
     682,   426,   686,   684,   689,   279,   473,   755,   281,   685,
     694,   683,   696,   503,   697,   698,   714,   725,   728,   280,
     743,   554,   734,   739,   502,   757,   690,   758,   759,   762,
     767,   773,   775,   778,   691,   733,   779,   781,   323,   785,
     786,   802,   755,   605,   673,   513,   769,   328,   674,   791,
     713,   331,   777,   793,   558,   772,   740,   214,   774,   377,
     688,   783,   799,   310,   803,   481,   371,     0,     0,     0,
       0,   755,   798,     0,     0,     0,     0,     0,   741,     0,
     727,     0,     0,     0,     0,   428,     0,     0,     0,    23,
      24,     0,     0,   798,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,   429,   430,     0,     0,
       0,     0,     0,     0,     0,   431,   432,   433,     0,     0,
     434,     0,   435,     0,     0,     0,     0,     0,     0,     0,
     597,   436,   437,   590,     0,     0,   591,     0,     0,   592,
       0,     0,   771,   438,     0,   439,     0,   440,     0,     0,
     593,   636,     0,   595,   630,   441,   442,   631,     0,     0,
     632,     0,     0,     0,   594,   213,     0,   443,     0,   603,
       0,   633,   444,     0,   782,     0,   445,   446,   447,     0,
       0,     0,     0,     0,   448,   634,     0,   449,     0,     0,
       0,     0,   450,     0,   451,   452,   453,   664,     0,   454,
     455,     0,     0,   426,     0,   473,   456,     0,     0,   457,
     458,     0,   459,     0,     0,   460,     0,   461,   462,   463,
     464,   465,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,   162,   636,     0,   156,   630,
       0,   157,   631,     0,   158,   632,     0,     0,     0,     0,
       0,     0,     0,     0,     0,   159,   633,     0,   160,     0,
       0,     0,     0,     0,     0,     0,     0,   333,     0,     0,
     634,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,   206,     0,     0,   199,     0,     0,   200,     0,
       0,   201,   636,     0,     0,   630,     0,     0,   631,     0,
       0,   632,   202,     0,     0,   204,     0,     0,     0,     0,
       0,     0,   633,     0,     0,   722,   203,     0,     0,     0,
       0,     0,     0,     0,     0,     0,   634,     0,   726,     0,
       0,   324,     0,     0,     0,    28,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,   636,     0,   185,   630,     0,   178,   631,     0,   179,
     632,     0,   180,     0,     0,     0,     0,     0,     0,     0,
       0,   633,     0,   181,   636,   764,   183,   630,     0,     0,
     631,     0,     0,   632,     0,   634,     0,   182,     0,     0,
       0,     0,     0,   324,   633,   561,   675,   722,     0,   562,
     563,   564,   565,   566,   567,   568,   569,   570,   634,     0,
       0,     0,     0,     0,     0,    33,    34,    35,    36,    37,
      38,    39,    40,    41,    42,    43,    44,    45,    46,    47,
      48,   392,    50,    51,    52,    53,   165,    55,    56,    57,
      58,    59,    60,    61,    62,    63,    64,    65,    66,    67,
      68,    69,   393,    71,   394,    73,    74,    75,    76,    77,
      78,    79,    80,    81,    82,    83,    84,    85,    86,    87,
      88,    89,    90,    91,    92,   395,    94,    95,    96,    97,
      98,    99,   100,   101,   102,   103,   104,   105,   106,   107,
     108,   109,   110,   169,   112,   113,   114,   115,   116,   117,
     118,   396,   120,   121,   122,   123,   124,   125,   126,   127,
     128,   129,   130,   397,   398,   133,   134,   135,   136,   137,
     138,   139,   399,   141,   142,   143,   400,   145,   146,   147,
     148,   149,   150,   401,   152,   153,   561,     0,     0,     0,
     562,   563,   564,   565,   566,   567,   568,   569,   570,     0,
       0,     0,     0,     0,     0,     0,    33,    34,    35,    36,
      37,    38,    39,    40,    41,    42,    43,    44,    45,    46,
      47,    48,   392,    50,    51,    52,    53,   165,    55,    56,
      57,    58,    59,    60,    61,    62,    63,    64,    65,    66,
      67,    68,    69,   393,    71,   394,    73,    74,    75,    76,
      77,    78,    79,    80,    81,    82,    83,    84,    85,    86,
      87,    88,    89,    90,    91,    92,   395,    94,    95,    96,
      97,    98,    99,   100,   101,   102,   103,   104,   105,   106,
     107,   108,   109,   110,   169,   112,   113,   114,   115,   116,
     117,   118,   396,   120,   121,   122,   123,   124,   125,   126,
     127,   128,   129,   130,   397,   398,   133,   134,   135,   136,
     137,   138,   139,   399,   141,   142,   143,   400,   145,   146,
     147,   148,   149,   150,   401,   152,   153,   383,   384,     0,
       0,   385,   386,   387,   388,     0,   389,     0,   390,   391,
       0,     0,     0,     0,     0,     0,     0,    33,    34,    35,
      36,    37,    38,    39,    40,    41,    42,    43,    44,    45,
      46,    47,    48,   392,    50,    51,    52,    53,   165,    55,
      56,    57,    58,    59,    60,    61,    62,    63,    64,    65,
      66,    67,    68,    69,   393,    71,   394,    73,    74,    75,
      76,    77,    78,    79,    80,    81,    82,    83,    84,    85,
      86,    87,    88,    89,    90,    91,    92,   395,    94,    95,
      96,    97,    98,    99,   100,   101,   102,   103,   104,   105,
     106,   107,   108,   109,   110,   169,   112,   113,   114,   115,
     116,   117,   118,   396,   120,   121,   122,   123,   124,   125,
     126,   127,   128,   129,   130,   397,   398,   133,   134,   135,
     136,   137,   138,   139,   399,   141,   142,   143,   400,   145,
     146,   147,   148,   149,   150,   401,   152,   153,   383,     0,
       0,     0,   385,   386,   387,   388,     0,   389,     0,   390,
     391,     0,     0,     0,     0,     0,     0,     0,    33,    34,
      35,    36,    37,    38,    39,    40,    41,    42,    43,    44,
      45,    46,    47,    48,   392,    50,    51,    52,    53,   165,
      55,    56,    57,    58,    59,    60,    61,    62,    63,    64,
      65,    66,    67,    68,    69,   393,    71,   394,    73,    74,
      75,    76,    77,    78,    79,    80,    81,    82,    83,    84,
      85,    86,    87,    88,    89,    90,    91,    92,   395,    94,
      95,    96,    97,    98,    99,   100,   101,   102,   103,   104,
     105,   106,   107,   108,   109,   110,   169,   112,   113,   114,
     115,   116,   117,   118,   396,   120,   121,   122,   123,   124,
     125,   126,   127,   128,   129,   130,   397,   398,   133,   134,
     135,   136,   137,   138,   139,   399,   141,   142,   143,   400,
     145,   146,   147,   148,   149,   150,   401,   152,   153,   749,
       0,     0,     0,   385,   386,   387,     0,     0,     0,   750,
       0,     0,     0,     0,     0,     0,     0,     0,     0,    33,
      34,    35,    36,    37,    38,    39,    40,    41,    42,    43,
      44,    45,    46,    47,    48,   392,    50,    51,    52,    53,
     165,    55,    56,    57,    58,    59,    60,    61,    62,    63,
      64,    65,    66,    67,    68,    69,   393,    71,   394,    73,
      74,    75,    76,    77,    78,    79,    80,    81,    82,    83,
      84,    85,    86,    87,    88,    89,    90,    91,    92,   395,
      94,    95,    96,    97,    98,    99,   100,   101,   102,   103,
     104,   105,   106,   107,   108,   109,   110,   169,   112,   113,
     114,   115,   116,   117,   118,   396,   120,   121,   122,   123,
     124,   125,   126,   127,   128,   129,   130,   397,   398,   133,
     134,   135,   136,   137,   138,   139,   399,   141,   142,   143,
     400,   145,   146,   147,   148,   149,   150,   401,   152,   153,
     322,     0,     0,     0,    23,    24,    32,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
      33,    34,    35,    36,    37,    38,    39,    40,    41,    42,
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
     153,   322,     0,     0,     0,    23,    24,   163,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,    33,    34,    35,    36,    37,    38,    39,    40,    41,
      42,    43,    44,    45,    46,    47,    48,   164,    50,    51,
      52,    53,   165,    55,    56,    57,    58,    59,    60,    61,
      62,    63,    64,    65,    66,    67,    68,    69,   166,    71,
     167,    73,    74,    75,    76,    77,    78,    79,    80,    81,
      82,    83,    84,    85,    86,    87,    88,    89,    90,    91,
      92,   168,    94,    95,    96,    97,    98,    99,   100,   101,
     102,   103,   104,   105,   106,   107,   108,   109,   110,   169,
     112,   113,   114,   115,   116,   117,   118,   170,   120,   121,
     122,   123,   124,   125,   126,   127,   128,   129,   130,   171,
     172,   133,   134,   135,   136,   137,   138,   139,   173,   141,
     142,   143,   174,   145,   146,   147,   148,   149,   150,   175,
     152,   153,   322,     0,     0,     0,    23,    24,   186,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,    33,    34,    35,    36,    37,    38,    39,    40,
      41,    42,    43,    44,    45,    46,    47,    48,   187,    50,
      51,    52,    53,   165,    55,    56,    57,    58,    59,    60,
      61,    62,    63,    64,    65,    66,    67,    68,    69,   188,
      71,   189,    73,    74,    75,    76,    77,    78,    79,    80,
      81,    82,    83,    84,    85,    86,    87,    88,    89,    90,
      91,    92,   190,    94,    95,    96,    97,    98,    99,   100,
     101,   102,   103,   104,   105,   106,   107,   108,   109,   110,
     169,   112,   113,   114,   115,   116,   117,   118,   191,   120,
     121,   122,   123,   124,   125,   126,   127,   128,   129,   130,
     192,   193,   133,   134,   135,   136,   137,   138,   139,   194,
     141,   142,   143,   195,   145,   146,   147,   148,   149,   150,
     196,   152,   153,   322,     0,     0,     0,    23,    24,   700,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,    33,    34,    35,    36,    37,    38,    39,
      40,    41,    42,    43,    44,    45,    46,    47,    48,   392,
      50,    51,    52,    53,   165,    55,    56,    57,    58,    59,
      60,    61,    62,    63,    64,    65,    66,    67,    68,    69,
     393,    71,   394,    73,    74,    75,    76,    77,    78,    79,
      80,    81,    82,    83,    84,    85,    86,    87,    88,    89,
      90,    91,    92,   395,    94,    95,    96,    97,    98,    99,
     100,   101,   102,   103,   104,   105,   106,   107,   108,   109,
     110,   169,   112,   113,   114,   115,   116,   117,   118,   396,
     120,   121,   122,   123,   124,   125,   126,   127,   128,   129,
     130,   397,   398,   133,   134,   135,   136,   137,   138,   139,
     399,   141,   142,   143,   400,   145,   146,   147,   148,   149,
     150,   401,   152,   153,   612,     0,     0,     0,     0,     0,
     613,     0,     0,   614,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,    33,   615,    35,    36,    37,    38,
      39,    40,    41,    42,    43,    44,    45,    46,    47,    48,
     616,    50,    51,    52,    53,   165,    55,    56,    57,    58,
      59,    60,    61,    62,    63,    64,    65,    66,    67,   617,
      69,   618,    71,   619,    73,   620,    75,    76,    77,    78,
      79,    80,    81,    82,    83,    84,    85,    86,    87,    88,
      89,    90,    91,    92,   621,    94,    95,    96,    97,    98,
      99,   100,   101,   102,   103,   104,   105,   106,   107,   108,
     109,   110,   169,   112,   113,   114,   115,   116,   117,   118,
     622,   120,   121,   122,   123,   124,   125,   126,   127,   128,
     129,   130,   623,   624,   133,   134,   135,   136,   137,   138,
     139,   625,   141,   142,   143,   626,   145,   146,   147,   148,
     149,   150,   627,   152,   153,   577,     0,     0,     0,     0,
       0,   578,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,    33,    34,    35,    36,    37,
      38,    39,    40,    41,    42,    43,    44,    45,    46,    47,
      48,   579,    50,    51,    52,    53,   165,    55,    56,    57,
      58,    59,    60,    61,    62,    63,    64,    65,    66,    67,
      68,    69,   580,    71,   581,    73,    74,    75,    76,    77,
      78,    79,    80,    81,    82,    83,    84,    85,    86,    87,
      88,    89,    90,    91,    92,   582,    94,    95,    96,    97,
      98,    99,   100,   101,   102,   103,   104,   105,   106,   107,
     108,   109,   110,   169,   112,   113,   114,   115,   116,   117,
     118,   583,   120,   121,   122,   123,   124,   125,   126,   127,
     128,   129,   130,   584,   585,   133,   134,   135,   136,   137,
     138,   139,   586,   141,   142,   143,   587,   145,   146,   147,
     148,   149,   150,   588,   152,   153,   776,     0,     0,   385,
     386,   387,     0,     0,     0,   750,     0,     0,     0,     0,
       0,     0,     0,     0,     0,    33,    34,    35,    36,    37,
      38,    39,    40,    41,    42,    43,    44,    45,    46,    47,
      48,   392,    50,    51,    52,    53,   165,    55,    56,    57,
      58,    59,    60,    61,    62,    63,    64,    65,    66,    67,
      68,    69,   393,    71,   394,    73,    74,    75,    76,    77,
      78,    79,    80,    81,    82,    83,    84,    85,    86,    87,
      88,    89,    90,    91,    92,   395,    94,    95,    96,    97,
      98,    99,   100,   101,   102,   103,   104,   105,   106,   107,
     108,   109,   110,   169,   112,   113,   114,   115,   116,   117,
     118,   396,   120,   121,   122,   123,   124,   125,   126,   127,
     128,   129,   130,   397,   398,   133,   134,   135,   136,   137,
     138,   139,   399,   141,   142,   143,   400,   145,   146,   147,
     148,   149,   150,   401,   152,   153,   794,     0,     0,   385,
     386,   387,     0,     0,     0,   795,     0,     0,     0,     0,
       0,     0,     0,     0,     0,    33,    34,    35,    36,    37,
      38,    39,    40,    41,    42,    43,    44,    45,    46,    47,
      48,   392,    50,    51,    52,    53,   165,    55,    56,    57,
      58,    59,    60,    61,    62,    63,    64,    65,    66,    67,
      68,    69,   393,    71,   394,    73,    74,    75,    76,    77,
      78,    79,    80,    81,    82,    83,    84,    85,    86,    87,
      88,    89,    90,    91,    92,   395,    94,    95,    96,    97,
      98,    99,   100,   101,   102,   103,   104,   105,   106,   107,
     108,   109,   110,   169,   112,   113,   114,   115,   116,   117,
     118,   396,   120,   121,   122,   123,   124,   125,   126,   127,
     128,   129,   130,   397,   398,   133,   134,   135,   136,   137,
     138,   139,   399,   141,   142,   143,   400,   145,   146,   147,
     148,   149,   150,   401,   152,   153,   699,     0,     0,     0,
       0,   700,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,    33,    34,    35,    36,    37,
      38,    39,    40,    41,    42,    43,    44,    45,    46,    47,
      48,   392,    50,    51,    52,    53,   165,    55,    56,    57,
      58,    59,    60,    61,    62,    63,    64,    65,    66,    67,
      68,    69,   393,    71,   394,    73,    74,    75,    76,    77,
      78,    79,    80,    81,    82,    83,    84,    85,    86,    87,
      88,    89,    90,    91,    92,   395,    94,    95,    96,    97,
      98,    99,   100,   101,   102,   103,   104,   105,   106,   107,
     108,   109,   110,   169,   112,   113,   114,   115,   116,   117,
     118,   396,   120,   121,   122,   123,   124,   125,   126,   127,
     128,   129,   130,   397,   398,   133,   134,   135,   136,   137,
     138,   139,   399,   141,   142,   143,   400,   145,   146,   147,
     148,   149,   150,   401,   152,   153,   385,   386,   387,   388,
       0,   389,     0,   390,   391,     0,     0,     0,     0,     0,
       0,     0,    33,    34,    35,    36,    37,    38,    39,    40,
      41,    42,    43,    44,    45,    46,    47,    48,   392,    50,
      51,    52,    53,   165,    55,    56,    57,    58,    59,    60,
      61,    62,    63,    64,    65,    66,    67,    68,    69,   393,
      71,   394,    73,    74,    75,    76,    77,    78,    79,    80,
      81,    82,    83,    84,    85,    86,    87,    88,    89,    90,
      91,    92,   395,    94,    95,    96,    97,    98,    99,   100,
     101,   102,   103,   104,   105,   106,   107,   108,   109,   110,
     169,   112,   113,   114,   115,   116,   117,   118,   396,   120,
     121,   122,   123,   124,   125,   126,   127,   128,   129,   130,
     397,   398,   133,   134,   135,   136,   137,   138,   139,   399,
     141,   142,   143,   400,   145,   146,   147,   148,   149,   150,
     401,   152,   153,   385,   386,   387,     0,     0,     0,     0,
     640,     0,     0,     0,     0,     0,     0,     0,     0,    33,
      34,    35,    36,    37,    38,    39,    40,    41,    42,    43,
      44,    45,    46,    47,    48,   392,    50,    51,    52,    53,
     165,    55,    56,    57,    58,    59,    60,    61,    62,    63,
      64,    65,    66,    67,    68,    69,   393,    71,   394,    73,
      74,    75,    76,    77,    78,    79,    80,    81,    82,    83,
      84,    85,    86,    87,    88,    89,    90,    91,    92,   395,
      94,    95,    96,    97,    98,    99,   100,   101,   102,   103,
     104,   105,   106,   107,   108,   109,   110,   169,   112,   113,
     114,   115,   116,   117,   118,   396,   120,   121,   122,   123,
     124,   125,   126,   127,   128,   129,   130,   397,   398,   133,
     134,   135,   136,   137,   138,   139,   399,   141,   142,   143,
     400,   145,   146,   147,   148,   149,   150,   401,   152,   153,
     385,   386,   387,     0,     0,     0,     0,   645,     0,     0,
       0,     0,     0,     0,     0,     0,    33,    34,    35,    36,
      37,    38,    39,    40,    41,    42,    43,    44,    45,    46,
      47,    48,   392,    50,    51,    52,    53,   165,    55,    56,
      57,    58,    59,    60,    61,    62,    63,    64,    65,    66,
      67,    68,    69,   393,    71,   394,    73,    74,    75,    76,
      77,    78,    79,    80,    81,    82,    83,    84,    85,    86,
      87,    88,    89,    90,    91,    92,   395,    94,    95,    96,
      97,    98,    99,   100,   101,   102,   103,   104,   105,   106,
     107,   108,   109,   110,   169,   112,   113,   114,   115,   116,
     117,   118,   396,   120,   121,   122,   123,   124,   125,   126,
     127,   128,   129,   130,   397,   398,   133,   134,   135,   136,
     137,   138,   139,   399,   141,   142,   143,   400,   145,   146,
     147,   148,   149,   150,   401,   152,   153,   385,   386,   387,
       0,     0,     0,   750,     0,     0,     0,     0,     0,     0,
       0,     0,     0,    33,    34,    35,    36,    37,    38,    39,
      40,    41,    42,    43,    44,    45,    46,    47,    48,   392,
      50,    51,    52,    53,   165,    55,    56,    57,    58,    59,
      60,    61,    62,    63,    64,    65,    66,    67,    68,    69,
     393,    71,   394,    73,    74,    75,    76,    77,    78,    79,
      80,    81,    82,    83,    84,    85,    86,    87,    88,    89,
      90,    91,    92,   395,    94,    95,    96,    97,    98,    99,
     100,   101,   102,   103,   104,   105,   106,   107,   108,   109,
     110,   169,   112,   113,   114,   115,   116,   117,   118,   396,
     120,   121,   122,   123,   124,   125,   126,   127,   128,   129,
     130,   397,   398,   133,   134,   135,   136,   137,   138,   139,
     399,   141,   142,   143,   400,   145,   146,   147,   148,   149,
     150,   401,   152,   153,   385,   386,   387,     0,     0,     0,
     795,     0,     0,     0,     0,     0,     0,     0,     0,     0,
      33,    34,    35,    36,    37,    38,    39,    40,    41,    42,
      43,    44,    45,    46,    47,    48,   392,    50,    51,    52,
      53,   165,    55,    56,    57,    58,    59,    60,    61,    62,
      63,    64,    65,    66,    67,    68,    69,   393,    71,   394,
      73,    74,    75,    76,    77,    78,    79,    80,    81,    82,
      83,    84,    85,    86,    87,    88,    89,    90,    91,    92,
     395,    94,    95,    96,    97,    98,    99,   100,   101,   102,
     103,   104,   105,   106,   107,   108,   109,   110,   169,   112,
     113,   114,   115,   116,   117,   118,   396,   120,   121,   122,
     123,   124,   125,   126,   127,   128,   129,   130,   397,   398,
     133,   134,   135,   136,   137,   138,   139,   399,   141,   142,
     143,   400,   145,   146,   147,   148,   149,   150,   401,   152,
     153,   385,   386,   387,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,    33,    34,    35,
      36,    37,    38,    39,    40,    41,    42,    43,    44,    45,
      46,    47,    48,   392,    50,    51,    52,    53,   165,    55,
      56,    57,    58,    59,    60,    61,    62,    63,    64,    65,
      66,    67,    68,    69,   393,    71,   394,    73,    74,    75,
      76,    77,    78,    79,    80,    81,    82,    83,    84,    85,
      86,    87,    88,    89,    90,    91,    92,   395,    94,    95,
      96,    97,    98,    99,   100,   101,   102,   103,   104,   105,
     106,   107,   108,   109,   110,   169,   112,   113,   114,   115,
     116,   117,   118,   396,   120,   121,   122,   123,   124,   125,
     126,   127,   128,   129,   130,   397,   398,   133,   134,   135,
     136,   137,   138,   139,   399,   141,   142,   143,   400,   145,
     146,   147,   148,   149,   150,   401,   152,   153,   288,     0,
     289,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,    33,    34,    35,    36,    37,    38,
      39,    40,   290,    42,    43,    44,    45,   291,   292,    48,
     293,    50,    51,    52,    53,   165,    55,    56,    57,    58,
      59,    60,    61,   294,    63,   295,    65,    66,    67,    68,
      69,   296,    71,   297,    73,    74,    75,    76,    77,    78,
      79,    80,    81,    82,    83,    84,    85,    86,    87,    88,
      89,    90,    91,    92,   298,    94,    95,    96,   299,    98,
      99,   100,   101,   102,   300,   104,   105,   106,   107,   108,
     301,   110,   169,   112,   113,   114,   115,   116,   117,   118,
     302,   120,   121,   122,   123,   124,   125,   126,   127,   128,
     303,   130,   304,   305,   133,   134,   135,   136,   137,   138,
     139,   306,   141,   142,   143,   307,   145,   146,   147,   148,
     149,   150,   207,   152,   153,   428,     0,     0,     0,    23,
      24,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,   429,   430,     0,     0,
       0,     0,     0,     0,     0,   431,   432,   433,     0,     0,
     434,     0,   435,     0,     0,     0,     0,     0,     0,     0,
       0,   436,   437,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,   438,     0,   439,     0,   440,     0,     0,
       0,     0,     0,     0,     0,   441,   442,     0,     0,     0,
       0,     0,     0,     0,     0,   213,     0,   443,     0,     0,
       0,     0,   444,     0,     0,     0,   445,   446,   447,     0,
       0,     0,     0,     0,     0,     0,     0,   449,     0,     0,
       0,     0,   450,     0,   451,   452,   453,     0,     0,   454,
     455,     0,     0,   428,     0,     0,   456,    23,    24,   457,
     458,     0,   459,     0,     0,   460,     0,   461,   462,   463,
     464,   465,     0,     0,   429,   430,     0,     0,     0,     0,
       0,     0,     0,   431,   432,   433,     0,     0,   434,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,   436,
     437,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,   438,     0,   439,     0,   440,     0,     0,     0,     0,
       0,     0,     0,   441,   442,     0,     0,     0,     0,     0,
       0,     0,     0,   213,     0,   443,     0,     0,     0,     0,
     444,     0,     0,     0,   445,   446,   447,     0,     0,     0,
       0,     0,     0,     0,     0,   449,     0,     0,     0,     0,
     450,     0,   451,   452,   453,     0,     0,   454,   455,     0,
       0,     0,     0,     0,   456,     0,   613,   457,   458,   614,
     459,     0,     0,   460,     0,   461,   462,   463,   464,   465,
      33,    34,    35,    36,    37,    38,    39,    40,    41,    42,
      43,    44,    45,    46,    47,    48,   616,    50,    51,    52,
      53,   165,    55,    56,    57,    58,    59,    60,    61,    62,
      63,    64,    65,    66,    67,    68,    69,   618,    71,   717,
      73,    74,    75,    76,    77,    78,    79,    80,    81,    82,
      83,    84,    85,    86,    87,    88,    89,    90,    91,    92,
     718,    94,    95,    96,    97,    98,    99,   100,   101,   102,
     103,   104,   105,   106,   107,   108,   109,   110,   169,   112,
     113,   114,   115,   116,   117,   118,   622,   120,   121,   122,
     123,   124,   125,   126,   127,   128,   129,   130,   623,   624,
     133,   134,   135,   136,   137,   138,   139,   719,   141,   142,
     143,   626,   145,   146,   147,   148,   149,   150,   627,   152,
     153,    32,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,    33,    34,    35,    36,    37,
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
     148,   149,   150,   151,   152,   153,   163,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
      33,    34,    35,    36,    37,    38,    39,    40,    41,    42,
      43,    44,    45,    46,    47,    48,   164,    50,    51,    52,
      53,   165,    55,    56,    57,    58,    59,    60,    61,    62,
      63,    64,    65,    66,    67,    68,    69,   166,    71,   167,
      73,    74,    75,    76,    77,    78,    79,    80,    81,    82,
      83,    84,    85,    86,    87,    88,    89,    90,    91,    92,
     168,    94,    95,    96,    97,    98,    99,   100,   101,   102,
     103,   104,   105,   106,   107,   108,   109,   110,   169,   112,
     113,   114,   115,   116,   117,   118,   170,   120,   121,   122,
     123,   124,   125,   126,   127,   128,   129,   130,   171,   172,
     133,   134,   135,   136,   137,   138,   139,   173,   141,   142,
     143,   174,   145,   146,   147,   148,   149,   150,   175,   152,
     153,   186,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,    33,    34,    35,    36,    37,
      38,    39,    40,    41,    42,    43,    44,    45,    46,    47,
      48,   187,    50,    51,    52,    53,   165,    55,    56,    57,
      58,    59,    60,    61,    62,    63,    64,    65,    66,    67,
      68,    69,   188,    71,   189,    73,    74,    75,    76,    77,
      78,    79,    80,    81,    82,    83,    84,    85,    86,    87,
      88,    89,    90,    91,    92,   190,    94,    95,    96,    97,
      98,    99,   100,   101,   102,   103,   104,   105,   106,   107,
     108,   109,   110,   169,   112,   113,   114,   115,   116,   117,
     118,   191,   120,   121,   122,   123,   124,   125,   126,   127,
     128,   129,   130,   192,   193,   133,   134,   135,   136,   137,
     138,   139,   194,   141,   142,   143,   195,   145,   146,   147,
     148,   149,   150,   196,   152,   153,   262,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
      33,    34,    35,    36,    37,    38,    39,    40,    41,    42,
      43,    44,    45,    46,    47,    48,   263,    50,    51,    52,
      53,   165,    55,    56,    57,    58,    59,    60,   264,    62,
      63,    64,   265,    66,    67,    68,    69,   266,    71,   267,
      73,    74,    75,    76,    77,    78,    79,    80,    81,    82,
      83,    84,    85,    86,    87,    88,    89,    90,    91,    92,
     268,    94,    95,    96,    97,    98,    99,   100,   101,   102,
     103,   104,   105,   106,   107,   108,   109,   110,   169,   112,
     113,   114,   115,   116,   117,   118,   269,   120,   270,   122,
     123,   124,   125,   126,   127,   128,   129,   130,   271,   272,
     133,   134,   135,   136,   137,   138,   139,   273,   141,   142,
     143,   274,   145,   146,   147,   148,   149,   150,   275,   152,
     153,   262,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,    33,    34,    35,    36,    37,
      38,    39,    40,    41,    42,    43,    44,    45,    46,    47,
      48,   263,    50,    51,    52,    53,   165,    55,    56,    57,
      58,    59,    60,    61,    62,    63,    64,    65,    66,    67,
      68,    69,   475,    71,   267,    73,    74,    75,    76,    77,
      78,    79,    80,    81,    82,    83,    84,    85,    86,    87,
      88,    89,    90,    91,    92,   268,    94,    95,    96,    97,
      98,    99,   100,   101,   102,   103,   104,   105,   106,   107,
     108,   109,   110,   169,   112,   113,   114,   115,   116,   117,
     118,   476,   120,   121,   122,   123,   124,   125,   126,   127,
     128,   129,   130,   477,   478,   133,   134,   135,   136,   137,
     138,   139,   479,   141,   142,   143,   274,   145,   146,   147,
     148,   149,   150,   275,   152,   153,   485,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
      33,    34,    35,    36,    37,    38,    39,    40,    41,    42,
      43,    44,    45,    46,    47,    48,   486,    50,    51,    52,
      53,   165,    55,    56,    57,    58,    59,    60,    61,    62,
      63,    64,    65,   487,   488,    68,    69,   489,    71,   490,
      73,    74,    75,    76,    77,    78,    79,    80,    81,    82,
      83,    84,    85,    86,    87,    88,    89,    90,    91,    92,
     491,    94,    95,    96,    97,    98,    99,   100,   101,   102,
     103,   104,   105,   106,   107,   108,   109,   110,   169,   112,
     113,   114,   492,   116,   117,   118,   493,   120,   121,   122,
     123,   124,   125,   126,   127,   128,   129,   130,   494,   495,
     133,   134,   135,   136,   137,   138,   139,   496,   141,   142,
     143,   497,   145,   146,   147,   148,   149,   150,   498,   152,
     153,   613,     0,     0,   614,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,    33,     0,    35,    36,    37,
      38,    39,    40,    41,    42,    43,    44,    45,    46,    47,
      48,   616,    50,    51,    52,    53,   165,    55,    56,    57,
      58,    59,    60,    61,    62,    63,    64,    65,    66,    67,
       0,    69,   618,    71,   619,    73,     0,    75,    76,    77,
      78,    79,    80,    81,    82,    83,    84,    85,    86,    87,
      88,    89,    90,    91,    92,   621,    94,    95,    96,    97,
      98,    99,   100,   101,   102,   103,   104,   105,   106,   107,
     108,   109,   110,   169,   112,   113,   114,   115,   116,   117,
     118,   622,   120,   121,   122,   123,   124,   125,   126,   127,
     128,   129,   130,   623,   624,   133,   134,   135,   136,   137,
     138,   139,   625,   141,   142,   143,   626,   145,   146,   147,
     148,   149,   150,   627,   152,   153
};

static const yytype_int16 yycheck[] =
{
       6,     7,     8,     6,     7,     8,     6,     7,     8,     6,
       7,     8,   244,   258,   246,   352,   261,   516,   428,     3,
       6,     7,     8,     6,     7,     8,    21,   612,   561,    41,
      26,   245,   315,     4,   248,     7,     8,    10,   253,   254,
     678,    34,   256,   158,   259,   260,   483,   686,    26,   684,
      83,   743,    22,    83,    20,   689,   358,   359,    29,    36,
      26,    18,    24,    33,    21,    98,   364,    60,    98,    31,
     372,    18,    20,   322,    21,   373,    24,    25,    20,    48,
      20,   773,    24,    25,    24,    25,   423,    20,    83,   122,
      83,   725,   122,   540,    24,    25,   543,   544,   545,   546,
      20,    79,    24,    98,    24,   117,    99,    18,    18,    24,
      21,    21,   105,    79,    18,   148,   149,    21,   148,   149,
     100,   133,   760,   156,   561,   100,   156,   122,   767,   539,
     765,   541,    18,    18,   383,   104,    21,    18,     0,    18,
      21,   110,    21,   553,    18,    18,    18,   143,    21,    21,
      18,    19,   737,   148,   149,   148,   149,    18,    18,    18,
      21,   156,    21,   156,     3,     4,     5,     6,     7,     8,
       9,    10,    11,    12,    13,    14,    15,    16,    17,    20,
      18,    18,   715,    21,    21,    36,    37,    38,    35,   292,
     689,   294,    18,    19,   531,    18,    19,   534,    18,   482,
     537,    31,    32,   540,    18,    18,   543,   544,   545,   546,
      18,    18,    18,    18,    18,   552,    18,    18,   655,    18,
      18,   504,    18,    18,    18,    18,   725,   637,   234,   762,
     236,    18,    18,   236,   234,    18,   242,   234,   244,   242,
     246,   244,   242,   246,   244,   242,   246,   244,   234,   246,
     236,   234,    18,   236,    18,    18,   242,    24,   244,   242,
     246,   244,   234,   246,   236,   514,    20,   251,    24,    18,
     243,   242,   244,   244,   246,   246,   247,   250,   715,    18,
      18,   530,    18,   532,   533,    18,   535,   536,   698,    18,
      18,    18,    18,   538,    19,    18,    20,    19,    19,   548,
     549,   550,   547,    18,    24,    18,    18,   744,    18,    18,
     143,    18,    23,    21,    18,    21,    18,    18,    21,    18,
      18,    18,    18,    18,    18,   762,    18,    18,    18,    18,
      18,    18,    18,    18,    18,    18,    18,    18,    18,    18,
      18,    18,    18,    18,    18,    18,    18,    18,    18,   320,
      19,    18,    18,   143,    19,   361,    18,    18,   361,    18,
     366,   361,    20,   366,   361,    20,   366,    20,    18,   366,
      18,   355,    18,    20,    18,   361,   360,   714,   361,    33,
      18,   100,    18,   366,    18,    18,    18,    18,    18,   361,
      18,   471,    21,    20,   366,    18,   610,    18,    18,    18,
      18,    18,    18,    18,   611,   686,    20,    20,   242,    21,
      21,    21,   749,   514,   557,   383,   739,   244,   559,   775,
     668,   246,   749,   778,   476,   744,   696,    12,   746,   317,
     608,   760,   781,   236,   800,   361,   303,    -1,    -1,    -1,
      -1,   778,   779,    -1,    -1,    -1,    -1,    -1,   697,    -1,
     682,    -1,    -1,    -1,    -1,    20,    -1,    -1,    -1,    24,
      25,    -1,    -1,   800,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    41,    42,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    50,    51,    52,    -1,    -1,
      55,    -1,    57,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
     506,    66,    67,   506,    -1,    -1,   506,    -1,    -1,   506,
      -1,    -1,   744,    78,    -1,    80,    -1,    82,    -1,    -1,
     506,   527,    -1,   506,   527,    90,    91,   527,    -1,    -1,
     527,    -1,    -1,    -1,   506,   100,    -1,   102,    -1,   512,
      -1,   527,   107,    -1,   759,    -1,   111,   112,   113,    -1,
      -1,    -1,    -1,    -1,   119,   527,    -1,   122,    -1,    -1,
      -1,    -1,   127,    -1,   129,   130,   131,   551,    -1,   134,
     135,    -1,    -1,   557,    -1,   559,   141,    -1,    -1,   144,
     145,    -1,   147,    -1,    -1,   150,    -1,   152,   153,   154,
     155,   156,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,   611,   612,    -1,   611,   612,
      -1,   611,   612,    -1,   611,   612,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,   611,   612,    -1,   611,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,   608,    -1,    -1,
     612,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,   668,    -1,    -1,   668,    -1,    -1,   668,    -1,
      -1,   668,   678,    -1,    -1,   678,    -1,    -1,   678,    -1,
      -1,   678,   668,    -1,    -1,   668,    -1,    -1,    -1,    -1,
      -1,    -1,   678,    -1,    -1,   678,   668,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,   678,    -1,   681,    -1,
      -1,   682,    -1,    -1,    -1,   686,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,   737,    -1,   739,   737,    -1,   739,   737,    -1,   739,
     737,    -1,   739,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,   737,    -1,   739,   760,   728,   739,   760,    -1,    -1,
     760,    -1,    -1,   760,    -1,   737,    -1,   739,    -1,    -1,
      -1,    -1,    -1,   744,   760,    20,    21,   760,    -1,    24,
      25,    26,    27,    28,    29,    30,    31,    32,   760,    -1,
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
     155,   156,   157,   158,   159,   160,    20,    -1,    -1,    -1,
      24,    25,    26,    27,    28,    29,    30,    31,    32,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    40,    41,    42,    43,
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
     154,   155,   156,   157,   158,   159,   160,    20,    21,    -1,
      -1,    24,    25,    26,    27,    -1,    29,    -1,    31,    32,
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
     153,   154,   155,   156,   157,   158,   159,   160,    20,    -1,
      -1,    -1,    24,    25,    26,    27,    -1,    29,    -1,    31,
      32,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    40,    41,
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
     152,   153,   154,   155,   156,   157,   158,   159,   160,    20,
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
     151,   152,   153,   154,   155,   156,   157,   158,   159,   160,
      20,    -1,    -1,    -1,    24,    25,    26,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
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
     150,   151,   152,   153,   154,   155,   156,   157,   158,   159,
     160,    20,    -1,    -1,    -1,    24,    25,    26,    -1,    -1,
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
     159,   160,    20,    -1,    -1,    -1,    24,    25,    26,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    40,    41,    42,    43,    44,    45,    46,    47,
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
     158,   159,   160,    20,    -1,    -1,    -1,    24,    25,    26,
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
     157,   158,   159,   160,    20,    -1,    -1,    -1,    -1,    -1,
      26,    -1,    -1,    29,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    40,    41,    42,    43,    44,    45,
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
     156,   157,   158,   159,   160,    20,    -1,    -1,    -1,    -1,
      -1,    26,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
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
     155,   156,   157,   158,   159,   160,    21,    -1,    -1,    24,
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
     155,   156,   157,   158,   159,   160,    21,    -1,    -1,    24,
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
     155,   156,   157,   158,   159,   160,    21,    -1,    -1,    -1,
      -1,    26,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
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
     155,   156,   157,   158,   159,   160,    24,    25,    26,    27,
      -1,    29,    -1,    31,    32,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    40,    41,    42,    43,    44,    45,    46,    47,
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
     158,   159,   160,    24,    25,    26,    -1,    -1,    -1,    -1,
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
     151,   152,   153,   154,   155,   156,   157,   158,   159,   160,
      24,    25,    26,    -1,    -1,    -1,    -1,    31,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    40,    41,    42,    43,
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
     154,   155,   156,   157,   158,   159,   160,    24,    25,    26,
      -1,    -1,    -1,    30,    -1,    -1,    -1,    -1,    -1,    -1,
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
     157,   158,   159,   160,    24,    25,    26,    -1,    -1,    -1,
      30,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
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
     150,   151,   152,   153,   154,   155,   156,   157,   158,   159,
     160,    24,    25,    26,    -1,    -1,    -1,    -1,    -1,    -1,
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
     153,   154,   155,   156,   157,   158,   159,   160,    24,    -1,
      26,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    40,    41,    42,    43,    44,    45,
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
     156,   157,   158,   159,   160,    20,    -1,    -1,    -1,    24,
      25,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    41,    42,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    50,    51,    52,    -1,    -1,
      55,    -1,    57,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    66,    67,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    78,    -1,    80,    -1,    82,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    90,    91,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,   100,    -1,   102,    -1,    -1,
      -1,    -1,   107,    -1,    -1,    -1,   111,   112,   113,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,   122,    -1,    -1,
      -1,    -1,   127,    -1,   129,   130,   131,    -1,    -1,   134,
     135,    -1,    -1,    20,    -1,    -1,   141,    24,    25,   144,
     145,    -1,   147,    -1,    -1,   150,    -1,   152,   153,   154,
     155,   156,    -1,    -1,    41,    42,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    50,    51,    52,    -1,    -1,    55,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    66,
      67,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    78,    -1,    80,    -1,    82,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    90,    91,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,   100,    -1,   102,    -1,    -1,    -1,    -1,
     107,    -1,    -1,    -1,   111,   112,   113,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,   122,    -1,    -1,    -1,    -1,
     127,    -1,   129,   130,   131,    -1,    -1,   134,   135,    -1,
      -1,    -1,    -1,    -1,   141,    -1,    26,   144,   145,    29,
     147,    -1,    -1,   150,    -1,   152,   153,   154,   155,   156,
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
     150,   151,   152,   153,   154,   155,   156,   157,   158,   159,
     160,    26,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
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
     155,   156,   157,   158,   159,   160,    26,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
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
     150,   151,   152,   153,   154,   155,   156,   157,   158,   159,
     160,    26,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
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
     155,   156,   157,   158,   159,   160,    26,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
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
     150,   151,   152,   153,   154,   155,   156,   157,   158,   159,
     160,    26,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
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
     155,   156,   157,   158,   159,   160,    26,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
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
     150,   151,   152,   153,   154,   155,   156,   157,   158,   159,
     160,    26,    -1,    -1,    29,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    40,    -1,    42,    43,    44,
      45,    46,    47,    48,    49,    50,    51,    52,    53,    54,
      55,    56,    57,    58,    59,    60,    61,    62,    63,    64,
      65,    66,    67,    68,    69,    70,    71,    72,    73,    74,
      -1,    76,    77,    78,    79,    80,    -1,    82,    83,    84,
      85,    86,    87,    88,    89,    90,    91,    92,    93,    94,
      95,    96,    97,    98,    99,   100,   101,   102,   103,   104,
     105,   106,   107,   108,   109,   110,   111,   112,   113,   114,
     115,   116,   117,   118,   119,   120,   121,   122,   123,   124,
     125,   126,   127,   128,   129,   130,   131,   132,   133,   134,
     135,   136,   137,   138,   139,   140,   141,   142,   143,   144,
     145,   146,   147,   148,   149,   150,   151,   152,   153,   154,
     155,   156,   157,   158,   159,   160
};

/* YYSTOS[STATE-NUM] -- The symbol kind of the accessing symbol of
   state STATE-NUM.  */
static const yytype_int16 yystos[] =
{
       0,     3,     4,     5,     6,     7,     8,     9,    10,    11,
      12,    13,    14,    15,    16,    17,   162,    36,   163,    36,
      37,    38,   210,    24,    25,   175,   176,   172,   176,    20,
     169,   170,    26,    40,    41,    42,    43,    44,    45,    46,
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
     157,   158,   159,   160,   166,   167,   246,   247,   248,   249,
     251,   259,   263,    26,    56,    61,    77,    79,   100,   118,
     126,   138,   139,   147,   151,   158,   184,   185,   246,   247,
     248,   249,   250,   251,   260,   263,    26,    56,    77,    79,
     100,   126,   138,   139,   147,   151,   158,   187,   188,   246,
     247,   248,   249,   250,   251,   261,   263,   158,   216,    24,
     234,    24,   235,   100,   204,    34,    60,    83,    99,   105,
     148,   149,   156,   214,   100,   225,    83,    98,   122,   148,
     149,   156,   233,     0,    18,    18,    18,    18,    19,   173,
     176,    18,    18,    18,    18,    18,    18,    18,    18,    18,
      18,    18,    18,    18,    18,    18,    18,    18,    18,    18,
      18,    18,    26,    56,    68,    72,    77,    79,   100,   126,
     128,   138,   139,   147,   151,   158,   164,   247,   248,   249,
     250,   251,   252,   263,    48,   104,   110,   211,    24,    26,
      48,    53,    54,    56,    69,    71,    77,    79,   100,   104,
     110,   116,   126,   136,   138,   139,   147,   151,   212,   215,
     216,   246,   249,   250,   251,   254,   263,    22,    33,   213,
      18,    20,    20,   167,   176,   177,   234,   177,   185,   235,
     177,   188,    20,   176,   217,    31,   235,    35,   234,   175,
      24,   236,   236,   236,    20,   235,    24,   237,   237,   236,
     236,   237,    18,   209,    18,    18,    18,   195,    18,    18,
      18,    18,    19,   242,    18,    19,    18,   209,   209,   230,
     229,   229,    18,    18,    19,    19,   242,   214,    19,   174,
     176,    24,   171,    20,    21,    24,    25,    26,    27,    29,
      31,    32,    56,    77,    79,   100,   126,   138,   139,   147,
     151,   158,   178,   179,   239,   240,   241,   246,   247,   248,
     249,   250,   251,   262,   263,    26,   143,   218,   219,    18,
     224,   234,   241,    18,   238,   239,   175,   180,    20,    41,
      42,    50,    51,    52,    55,    57,    66,    67,    78,    80,
      82,    90,    91,   102,   107,   111,   112,   113,   119,   122,
     127,   129,   130,   131,   134,   135,   141,   144,   145,   147,
     150,   152,   153,   154,   155,   156,   175,   198,   200,   201,
     204,   238,   238,   175,   186,    77,   126,   138,   139,   147,
     246,   252,   253,    18,   213,    26,    56,    73,    74,    77,
      79,   100,   122,   126,   138,   139,   147,   151,   158,   246,
     247,   248,   250,   251,   255,   263,    18,    18,   238,   213,
      23,    21,    18,   178,    18,    21,    18,    21,    18,    41,
     117,   133,   205,    21,   241,    18,   165,    18,   201,   202,
      18,    18,    18,    18,    18,    18,    18,    18,    18,    18,
      18,    18,    18,    18,    18,    18,    18,    18,    18,    18,
      18,    18,    18,    18,   165,    18,    18,    18,   195,    18,
     242,    20,    24,    25,    26,    27,    28,    29,    30,    31,
      32,   243,   245,   262,    19,    18,   242,    20,    26,    56,
      77,    79,   100,   126,   138,   139,   147,   151,   158,   231,
     246,   247,   248,   249,   250,   251,   258,   263,    20,    24,
      18,    19,    18,   234,    21,   179,   220,   240,    18,   143,
      18,    20,    20,    26,    29,    41,    56,    75,    77,    79,
      81,   100,   126,   138,   139,   147,   151,   158,   181,   183,
     246,   247,   248,   249,   250,   256,   263,    18,    21,   239,
      31,   203,   241,   239,   239,    31,   199,   241,   239,   239,
     241,   237,   201,   203,   201,    20,   203,   203,   203,   203,
     237,   239,   239,   239,   175,   241,   201,    20,    20,    26,
      79,   189,   190,   180,   186,    21,   243,   244,    20,   221,
     143,    18,    18,   100,    20,    33,    18,   168,   217,    18,
     235,   166,   182,   183,    18,   201,    18,    18,    18,    21,
      26,   196,   197,   262,    83,    98,   122,   148,   149,   156,
     206,   207,   208,   187,    18,    18,    21,    79,   100,   147,
     222,   223,   251,   256,   257,    18,   234,   177,    18,    21,
     232,   233,   169,   172,    21,   220,    21,    18,    21,    20,
     200,   239,   201,    18,    18,    21,    18,    21,    21,    20,
      30,   191,   192,   193,   194,   241,   243,    18,    18,    18,
      18,    21,    18,   220,   234,    18,    21,    18,   183,   184,
     198,   177,   197,    18,   207,    18,    21,   193,    18,    20,
     226,    20,   236,   223,   243,    21,    21,   233,   169,    21,
     198,   189,    21,   194,    21,    30,   227,   228,   241,   224,
      18,    21,    21,   228
};

/* YYR1[RULE-NUM] -- Symbol kind of the left-hand side of rule RULE-NUM.  */
static const yytype_int16 yyr1[] =
{
       0,   161,   162,   162,   162,   162,   162,   162,   162,   162,
     162,   162,   162,   162,   162,   162,   162,   163,   164,   164,
     164,   164,   164,   164,   164,   164,   164,   164,   164,   164,
     165,   165,   166,   166,   166,   167,   167,   167,   168,   168,
     168,   168,   169,   170,   171,   172,   173,   174,   175,   176,
     176,   177,   177,   177,   178,   178,   179,   179,   180,   180,
     181,   181,   181,   181,   181,   182,   182,   183,   183,   183,
     183,   184,   184,   184,   185,   185,   185,   186,   186,   187,
     187,   187,   188,   188,   189,   190,   190,   191,   191,   192,
     192,   193,   193,   194,   194,   195,   195,   195,   196,   196,
     196,   197,   197,   198,   198,   199,   199,   200,   200,   201,
     201,   201,   201,   201,   201,   201,   201,   201,   201,   201,
     201,   201,   201,   201,   201,   201,   201,   201,   201,   201,
     201,   201,   201,   201,   201,   201,   201,   201,   201,   201,
     201,   201,   201,   201,   201,   201,   201,   202,   202,   203,
     203,   204,   204,   205,   205,   205,   206,   206,   207,   208,
     208,   208,   208,   208,   208,   209,   209,   210,   210,   210,
     210,   210,   210,   210,   211,   211,   211,   212,   212,   212,
     212,   212,   213,   213,   213,   213,   213,   214,   214,   214,
     214,   214,   214,   214,   214,   214,   215,   215,   215,   215,
     215,   215,   215,   215,   215,   215,   215,   215,   215,   215,
     215,   216,   216,   217,   218,   218,   219,   219,   220,   221,
     222,   222,   223,   223,   223,   223,   224,   225,   226,   226,
     227,   227,   228,   228,   229,   229,   229,   230,   230,   231,
     231,   231,   231,   232,   232,   233,   233,   233,   233,   233,
     233,   234,   235,   236,   237,   238,   239,   239,   239,   239,
     240,   240,   241,   241,   241,   241,   242,   242,   243,   243,
     243,   244,   244,   245,   245,   245,   245,   245,   245,   245,
     245,   245,   245,   246,   246,   246,   247,   247,   247,   247,
     247,   248,   248,   248,   248,   249,   249,   249,   250,   250,
     251,   251,   251,   252,   252,   252,   252,   252,   252,   252,
     252,   252,   252,   252,   252,   253,   253,   253,   253,   254,
     254,   254,   254,   254,   254,   254,   254,   254,   254,   254,
     254,   254,   255,   255,   255,   255,   255,   255,   255,   255,
     255,   255,   255,   255,   255,   255,   255,   255,   256,   256,
     256,   256,   256,   256,   256,   256,   256,   256,   256,   256,
     256,   256,   256,   257,   257,   258,   258,   258,   258,   258,
     258,   258,   258,   258,   258,   258,   258,   258,   258,   258,
     258,   259,   259,   259,   259,   259,   259,   259,   259,   259,
     259,   259,   259,   259,   259,   259,   259,   259,   260,   260,
     260,   260,   260,   260,   260,   260,   260,   260,   260,   260,
     260,   260,   260,   260,   261,   261,   261,   261,   261,   261,
     261,   261,   261,   261,   261,   261,   261,   261,   261,   261,
     261,   262,   262,   262,   262,   262,   262,   262,   262,   262,
     262,   262,   262,   262,   262,   262,   262,   262,   263,   263,
     263,   263,   263,   263,   263,   263,   263,   263,   263,   263,
     263,   263,   263,   263,   263,   263,   263,   263,   263,   263,
     263,   263,   263,   263,   263,   263,   263,   263,   263,   263,
     263,   263,   263,   263,   263,   263,   263,   263,   263,   263,
     263,   263,   263,   263,   263,   263,   263,   263,   263,   263,
     263,   263,   263,   263,   263,   263,   263,   263,   263,   263,
     263,   263,   263,   263,   263,   263,   263,   263,   263,   263,
     263,   263,   263,   263,   263,   263,   263,   263,   263,   263,
     263,   263,   263,   263,   263,   263,   263,   263,   263
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
       3,     1,     3,     1,     1,     2,     7,     8,     1,     3,
       3,     1,     1,     1,     5,     1,     1,     1,     3,     1,
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
       1,     1,     1,     1,     1,     1,     1,     1,     1
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
                                                    { CHECK(qrs_act_single_param(ctx, (yyvsp[0].plist), (yylsp[0]))); }
    break;

  case 8: /* start: START_FETCH_MODIFIER fetch_modifier_list  */
                                                    { CHECK(qrs_act_single_param(ctx, (yyvsp[0].plist), (yylsp[0]))); }
    break;

  case 9: /* start: START_STORE_MODIFIER store_modifier_list  */
                                                    { CHECK(qrs_act_single_param(ctx, (yyvsp[0].plist), (yylsp[0]))); }
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
                                                    { qrs_act_select_cmd(ctx, 0, &(yyvsp[-1].str)); }
    break;

  case 19: /* command_body: "EXAMINE" "SP" mailbox select_params  */
                                                    { qrs_act_select_cmd(ctx, 1, &(yyvsp[-1].str)); }
    break;

  case 20: /* command_body: "FETCH" "SP" fetch  */
                                                    { CHECK(qrs_act_fetch_done(ctx, 0)); }
    break;

  case 21: /* command_body: "STORE" "SP" store  */
                                                    { ctx->msg->kind = QRS_CMD_STORE; }
    break;

  case 22: /* command_body: "SEARCH" search  */
                                                    { ctx->msg->kind = QRS_CMD_SEARCH; }
    break;

  case 23: /* command_body: "UID" "SP" "FETCH" "SP" fetch  */
                                                    { ctx->msg->uid = 1; CHECK(qrs_act_fetch_done(ctx, 1)); }
    break;

  case 24: /* command_body: "UID" "SP" "STORE" "SP" store  */
                                                    { ctx->msg->uid = 1; ctx->msg->kind = QRS_CMD_STORE; }
    break;

  case 25: /* command_body: "UID" "SP" "SEARCH" search  */
                                                    { ctx->msg->uid = 1; ctx->msg->kind = QRS_CMD_SEARCH; }
    break;

  case 26: /* command_body: "UID" "SP" uid_generic_name generic_args  */
                                                    { qrs_act_other_cmd(ctx, (yylsp[-3]), (yylsp[-1]), (yylsp[0])); }
    break;

  case 27: /* command_body: "ENABLE" capability_list  */
                                                    { qrs_act_enable_cmd(ctx, (yylsp[-1]), (yylsp[0]), (yyvsp[0].wlist).head); }
    break;

  case 28: /* command_body: "STATUS" "SP" mailbox "SP" "(" status_att_list ")"  */
                                                    { qrs_act_status_cmd(ctx, &(yyvsp[-4].str), (yyvsp[-1].slist).head); }
    break;

  case 29: /* command_body: cmd_generic_name generic_args  */
                                                    { qrs_act_other_cmd(ctx, (yylsp[-1]), (yylsp[-1]), (yylsp[0])); }
    break;

  case 31: /* select_params: "SP" "(" select_param_list ")"  */
                                                    { CHECK(qrs_act_select_params(ctx, (yyvsp[-1].plist).head)); }
    break;

  case 32: /* select_param_list: select_param  */
                                                    { (yyval.plist).head = (yyval.plist).tail = (yyvsp[0].param); }
    break;

  case 33: /* select_param_list: select_param_list "SP" select_param  */
                                                    { CHECK(qrs_act_param_append(ctx, &(yyvsp[-2].plist), (yyvsp[0].param), (yylsp[0]))); (yyval.plist) = (yyvsp[-2].plist); }
    break;

  case 34: /* select_param_list: select_param_list "SP" generic_param_value  */
                                                    { CHECK(qrs_act_param_value(ctx, &(yyvsp[-2].plist), (yyvsp[0].param), (yylsp[0]), "select-param")); (yyval.plist) = (yyvsp[-2].plist); }
    break;

  case 35: /* select_param: "QRESYNC" "SP" "(" uidvalidity "SP" mod_sequence_value qresync_tail ")"  */
                                                    { (yyval.param) = qrs_act_qresync_param(ctx, (yyloc), (yylsp[-7]), (yyvsp[-4].u32), (yyvsp[-2].u64)); CHECK((yyval.param)); }
    break;

  case 36: /* select_param: "CONDSTORE"  */
                                                    { (yyval.param) = qrs_act_new_param(ctx, QRS_PARAM_CONDSTORE, (yyloc), (yylsp[0])); CHECK((yyval.param)); }
    break;

  case 37: /* select_param: select_label  */
                                                    { (yyval.param) = qrs_act_generic_param(ctx, (yylsp[0])); CHECK((yyval.param)); }
    break;

  case 39: /* qresync_tail: "SP" known_uids  */
                                                    { ctx->qr.has_known_uids = 1; ctx->qr.known_uids = (yyvsp[0].set); }
    break;

  case 41: /* qresync_tail: "SP" known_uids "SP" seq_match_data  */
                                                    { ctx->qr.has_known_uids = 1; ctx->qr.known_uids = (yyvsp[-2].set); }
    break;

  case 42: /* seq_match_data: "(" known_sequence_set "SP" known_uid_set ")"  */
                                                    { CHECK(qrs_act_seq_match(ctx, &ctx->qr, (yyvsp[-3].set), (yyvsp[-1].set), (yylsp[-1]))); }
    break;

  case 43: /* seq_match_data_frag: seq_match_data  */
                                                    { ctx->frag->qresync = ctx->qr; }
    break;

  case 44: /* uidvalidity: "number"  */
                                                    { CHECK(qrs_nz_number(ctx, (yylsp[0]), "uidvalidity", &(yyval.u32))); }
    break;

  case 45: /* known_uids: set_token  */
                                                    { CHECK(qrs_seqset_check(ctx, (yylsp[0]), "known-uids", qrs_act_known_checks(ctx, 0), &(yyval.set))); }
    break;

  case 46: /* known_sequence_set: set_token  */
                                                    { CHECK(qrs_seqset_check(ctx, (yylsp[0]), "known-sequence-set", qrs_act_known_checks(ctx, 1), &(yyval.set))); }
    break;

  case 47: /* known_uid_set: set_token  */
                                                    { CHECK(qrs_seqset_check(ctx, (yylsp[0]), "known-uid-set", qrs_act_known_checks(ctx, 1), &(yyval.set))); }
    break;

  case 48: /* sequence_set: set_token  */
                                                    { CHECK(qrs_seqset_check(ctx, (yylsp[0]), "sequence-set", 0, &(yyval.set))); }
    break;

  case 51: /* generic_param_value: set_token  */
                                                    { (yyval.param) = qrs_act_new_param(ctx, QRS_PARAM_OTHER, (yyloc), (yylsp[0])); CHECK((yyval.param)); }
    break;

  case 52: /* generic_param_value: "(" ")"  */
                                                    { (yyval.param) = qrs_act_new_param(ctx, QRS_PARAM_OTHER, (yyloc), (yylsp[-1])); CHECK((yyval.param)); }
    break;

  case 53: /* generic_param_value: "(" tagged_ext_comp ")"  */
                                                    { (yyval.param) = qrs_act_new_param(ctx, QRS_PARAM_OTHER, (yyloc), (yylsp[-2])); CHECK((yyval.param)); }
    break;

  case 56: /* tagged_ext_item: astring  */
                                                    { }
    break;

  case 58: /* fetch: sequence_set "SP" fetch_atts  */
                                                    { qrs_act_fetch_cmd(ctx, (yyvsp[-2].set), (yylsp[0]), NULL); }
    break;

  case 59: /* fetch: sequence_set "SP" fetch_atts "SP" "(" fetch_modifier_list ")"  */
                                                    { qrs_act_fetch_cmd(ctx, (yyvsp[-6].set), (yylsp[-4]), (yyvsp[-1].plist).head); }
    break;

  case 60: /* fetch_atts: "ALL"  */
                                                    { CHECK(qrs_act_add_att(ctx, QRS_ITEM_OTHER, (yylsp[0]))); }
    break;

  case 61: /* fetch_atts: "FULL"  */
                                                    { CHECK(qrs_act_add_att(ctx, QRS_ITEM_OTHER, (yylsp[0]))); }
    break;

  case 62: /* fetch_atts: "FAST"  */
                                                    { CHECK(qrs_act_add_att(ctx, QRS_ITEM_OTHER, (yylsp[0]))); }
    break;

  case 65: /* fetch_att_list: fetch_att  */
                                                    { }
    break;

  case 66: /* fetch_att_list: fetch_att_list "SP" fetch_att  */
                                                    { }
    break;

  case 67: /* fetch_att: "MODSEQ"  */
                                                    { CHECK(qrs_act_add_att(ctx, QRS_ITEM_MODSEQ, (yylsp[0]))); (yyval.item) = NULL; }
    break;

  case 68: /* fetch_att: "UID"  */
                                                    { CHECK(qrs_act_add_att(ctx, QRS_ITEM_UID, (yylsp[0]))); (yyval.item) = NULL; }
    break;

  case 69: /* fetch_att: "FLAGS"  */
                                                    { CHECK(qrs_act_add_att(ctx, QRS_ITEM_FLAGS, (yylsp[0]))); (yyval.item) = NULL; }
    break;

  case 70: /* fetch_att: fetch_att_generic  */
                                                    { CHECK(qrs_act_section_att(ctx, (yylsp[0]))); CHECK(qrs_act_add_att(ctx, QRS_ITEM_OTHER, (yylsp[0]))); (yyval.item) = NULL; }
    break;

  case 71: /* fetch_modifier_list: fetch_modifier  */
                                                    { (yyval.plist).head = (yyval.plist).tail = (yyvsp[0].param); }
    break;

  case 72: /* fetch_modifier_list: fetch_modifier_list "SP" fetch_modifier  */
                                                    { CHECK(qrs_act_param_append(ctx, &(yyvsp[-2].plist), (yyvsp[0].param), (yylsp[0]))); (yyval.plist) = (yyvsp[-2].plist); }
    break;

  case 73: /* fetch_modifier_list: fetch_modifier_list "SP" generic_param_value  */
                                                    { CHECK(qrs_act_param_value(ctx, &(yyvsp[-2].plist), (yyvsp[0].param), (yylsp[0]), "fetch-modifier")); (yyval.plist) = (yyvsp[-2].plist); }
    break;

  case 74: /* fetch_modifier: "CHANGEDSINCE" "SP" mod_sequence_value  */
                                                    { (yyval.param) = qrs_act_new_param(ctx, QRS_PARAM_CHANGEDSINCE, (yyloc), (yylsp[-2])); CHECK((yyval.param)); (yyval.param)->number = (yyvsp[0].u64); (yyval.param)->value = SPAN((yylsp[0])); }
    break;

  case 75: /* fetch_modifier: "VANISHED"  */
                                                    { (yyval.param) = qrs_act_new_param(ctx, QRS_PARAM_VANISHED, (yyloc), (yylsp[0])); CHECK((yyval.param)); }
    break;

  case 76: /* fetch_modifier: fetch_label  */
                                                    { (yyval.param) = qrs_act_generic_param(ctx, (yylsp[0])); CHECK((yyval.param)); }
    break;

  case 77: /* store: sequence_set "SP" store_att_flags  */
                                                    { CHECK(qrs_act_store_cmd(ctx, (yyvsp[-2].set), NULL)); }
    break;

  case 78: /* store: sequence_set "SP" "(" store_modifier_list ")" "SP" store_att_flags  */
                                                    { CHECK(qrs_act_store_cmd(ctx, (yyvsp[-6].set), (yyvsp[-3].plist).head)); }
    break;

  case 79: /* store_modifier_list: store_modifier  */
                                                    { (yyval.plist).head = (yyval.plist).tail = (yyvsp[0].param); }
    break;

  case 80: /* store_modifier_list: store_modifier_list "SP" store_modifier  */
                                                    { CHECK(qrs_act_param_append(ctx, &(yyvsp[-2].plist), (yyvsp[0].param), (yylsp[0]))); (yyval.plist) = (yyvsp[-2].plist); }
    break;

  case 81: /* store_modifier_list: store_modifier_list "SP" generic_param_value  */
                                                    { CHECK(qrs_act_param_value(ctx, &(yyvsp[-2].plist), (yyvsp[0].param), (yylsp[0]), "store-modifier")); (yyval.plist) = (yyvsp[-2].plist); }
    break;

  case 82: /* store_modifier: "UNCHANGEDSINCE" "SP" mod_sequence_valzer  */
                                                    { (yyval.param) = qrs_act_new_param(ctx, QRS_PARAM_UNCHANGEDSINCE, (yyloc), (yylsp[-2])); CHECK((yyval.param)); (yyval.param)->number = (yyvsp[0].u64); (yyval.param)->value = SPAN((yylsp[0])); }
    break;

  case 83: /* store_modifier: store_label  */
                                                    { (yyval.param) = qrs_act_generic_param(ctx, (yylsp[0])); CHECK((yyval.param)); }
    break;

  case 84: /* store_att_flags: store_action "SP" store_flags  */
                                                    { ctx->msg->u.store.flags = SPAN((yylsp[0])); }
    break;

  case 85: /* store_action: "FLAGS"  */
                                                    { ctx->msg->u.store.action = SPAN((yylsp[0])); }
    break;

  case 86: /* store_action: "atom"  */
                                                    { CHECK(qrs_act_store_action(ctx, (yylsp[0]))); }
    break;

  case 93: /* flag: "flag"  */
                                                    { CHECK(qrs_act_flag_check(ctx, (yylsp[0]), 0)); }
    break;

  case 97: /* search: "SP" "RETURN" "SP" "(" search_ret_list ")" "SP" search_program  */
                                                    { ctx->msg->u.search.return_opts = (yyvsp[-3].plist).head; }
    break;

  case 98: /* search_ret_list: search_ret_name  */
                                                    { (yyval.plist).head = (yyval.plist).tail = (yyvsp[0].param); }
    break;

  case 99: /* search_ret_list: search_ret_list "SP" search_ret_name  */
                                                    { CHECK(qrs_act_param_append(ctx, &(yyvsp[-2].plist), (yyvsp[0].param), (yylsp[0]))); (yyval.plist) = (yyvsp[-2].plist); }
    break;

  case 100: /* search_ret_list: search_ret_list "SP" generic_param_value  */
                                                    { CHECK(qrs_act_param_value(ctx, &(yyvsp[-2].plist), (yyvsp[0].param), (yylsp[0]), "search-return-opt")); (yyval.plist) = (yyvsp[-2].plist); }
    break;

  case 101: /* search_ret_name: "atom"  */
                                                    { (yyval.param) = qrs_act_generic_param(ctx, (yylsp[0])); CHECK((yyval.param)); }
    break;

  case 102: /* search_ret_name: any_keyword  */
                                                    { (yyval.param) = qrs_act_generic_param(ctx, (yylsp[0])); CHECK((yyval.param)); }
    break;

  case 104: /* search_program: "CHARSET" "SP" charset "SP" search_key_seq  */
                                                    { ctx->msg->u.search.charset = SPAN((yylsp[-2])); }
    break;

  case 107: /* search_key_seq: search_key  */
                                                    { qrs_act_search_program(ctx, (yylsp[0])); }
    break;

  case 108: /* search_key_seq: search_key_seq "SP" search_key  */
                                                    { qrs_act_search_program(ctx, (yylsp[0])); }
    break;

  case 144: /* search_key: sequence_set  */
                                                    { }
    break;

  case 146: /* search_key: search_modsequence  */
                                                    { qrs_act_search_modseq_add(ctx, (yyvsp[0].smod)); }
    break;

  case 149: /* date: atom  */
                                                    { CHECK(qrs_act_date_check(ctx, (yylsp[0]), 0)); }
    break;

  case 150: /* date: "quoted"  */
                                                    { CHECK(qrs_act_date_check(ctx, (yylsp[0]), 1)); }
    break;

  case 151: /* search_modsequence: "MODSEQ" "SP" mod_sequence_valzer  */
                                                    { (yyval.smod) = qrs_act_new_search_modseq(ctx, (yyloc)); CHECK((yyval.smod)); (yyval.smod)->modseq = (yyvsp[0].u64); }
    break;

  case 152: /* search_modsequence: "MODSEQ" "SP" "quoted" "SP" entry_type "SP" mod_sequence_valzer  */
                                                    { CHECK(qrs_act_entry_name_check(ctx, (yylsp[-4]))); (yyval.smod) = qrs_act_new_search_modseq(ctx, (yyloc)); CHECK((yyval.smod));
                                                      (yyval.smod)->has_entry = 1; (yyval.smod)->entry_name = SPAN((yylsp[-4])); (yyval.smod)->entry_type = SPAN((yylsp[-2])); (yyval.smod)->modseq = (yyvsp[0].u64); }
    break;

  case 156: /* status_att_list: status_att  */
                                                    { (yyval.slist).head = (yyval.slist).tail = (yyvsp[0].satt); }
    break;

  case 157: /* status_att_list: status_att_list "SP" status_att  */
                                                    { (yyvsp[-2].slist).tail->next = (yyvsp[0].satt); (yyvsp[-2].slist).tail = (yyvsp[0].satt); (yyval.slist) = (yyvsp[-2].slist); }
    break;

  case 158: /* status_att: status_att_name  */
                                                    { (yyval.satt) = qrs_act_new_status_att(ctx, (yylsp[0])); CHECK((yyval.satt)); }
    break;

  case 165: /* capability_list: "SP" atom  */
                                                    { (yyval.wlist).head = (yyval.wlist).tail = qrs_act_new_word(ctx, (yylsp[0])); CHECK((yyval.wlist).head); }
    break;

  case 166: /* capability_list: capability_list "SP" atom  */
                                                    { qrs_word *w = qrs_act_new_word(ctx, (yylsp[0])); CHECK(w); (yyvsp[-2].wlist).tail->next = w; (yyvsp[-2].wlist).tail = w; (yyval.wlist) = (yyvsp[-2].wlist); }
    break;

  case 167: /* response: "tag" "SP" tagged_status "SP" resp_text "CRLF"  */
                                                     { qrs_act_cond_resp(ctx, QRS_RESP_COND, (yylsp[-5]), (yylsp[-3]), (yyvsp[-1].rt)); }
    break;

  case 168: /* response: "tag" "SP" tagged_status "CRLF"  */
                                                     { CHECK(qrs_act_missing_text(ctx, (yylsp[0]))); qrs_act_cond_resp(ctx, QRS_RESP_COND, (yylsp[-3]), (yylsp[-1]), NULL); }
    break;

  case 169: /* response: "*" "SP" untagged_status "SP" resp_text "CRLF"  */
                                                     { qrs_act_cond_resp(ctx, QRS_RESP_COND, (yylsp[-5]), (yylsp[-3]), (yyvsp[-1].rt)); }
    break;

  case 170: /* response: "*" "SP" untagged_status "CRLF"  */
                                                     { CHECK(qrs_act_missing_text(ctx, (yylsp[0]))); qrs_act_cond_resp(ctx, QRS_RESP_COND, (yylsp[-3]), (yylsp[-1]), NULL); }
    break;

  case 172: /* response: "+" "SP" resp_text "CRLF"  */
                                                     { qrs_act_cond_resp(ctx, QRS_RESP_CONTINUE, (yylsp[-3]), (yylsp[-3]), (yyvsp[-1].rt)); }
    break;

  case 173: /* response: "+" "CRLF"  */
                                                     { CHECK(qrs_act_missing_text(ctx, (yylsp[0]))); qrs_act_cond_resp(ctx, QRS_RESP_CONTINUE, (yylsp[-1]), (yylsp[-1]), NULL); }
    break;

  case 182: /* resp_text: "text"  */
                                                    { (yyval.rt) = qrs_act_new_resp_text(ctx, (yylsp[0])); CHECK((yyval.rt)); (yyval.rt)->text = SPAN((yylsp[0])); }
    break;

  case 183: /* resp_text: "[" resp_text_code "]" "SP" "text"  */
                                                    { (yyval.rt) = (yyvsp[-3].rt); (yyval.rt)->text = SPAN((yylsp[0])); }
    break;

  case 184: /* resp_text: "[" resp_text_code "]" "SP"  */
                                                    { CHECK(qrs_act_missing_text(ctx, (yylsp[0]))); (yyval.rt) = (yyvsp[-2].rt); }
    break;

  case 185: /* resp_text: "[" resp_text_code "]"  */
                                                    { CHECK(qrs_act_missing_text(ctx, (yylsp[0]))); (yyval.rt) = (yyvsp[-1].rt); }
    break;

  case 186: /* resp_text: %empty  */
                                                    { CHECK(qrs_act_missing_text(ctx, (yyloc))); (yyval.rt) = NULL; }
    break;

  case 187: /* resp_text_code: "HIGHESTMODSEQ" "SP" mod_sequence_value  */
                                                    { (yyval.rt) = qrs_act_new_code(ctx, QRS_CODE_HIGHESTMODSEQ, (yyloc), (yylsp[-2])); CHECK((yyval.rt)); (yyval.rt)->number = (yyvsp[0].u64); (yyval.rt)->code_value = SPAN((yylsp[0])); }
    break;

  case 188: /* resp_text_code: "NOMODSEQ"  */
                                                    { (yyval.rt) = qrs_act_new_code(ctx, QRS_CODE_NOMODSEQ, (yyloc), (yylsp[0])); CHECK((yyval.rt)); }
    break;

  case 189: /* resp_text_code: "MODIFIED" "SP" sequence_set  */
                                                    { (yyval.rt) = qrs_act_new_code(ctx, QRS_CODE_MODIFIED, (yyloc), (yylsp[-2])); CHECK((yyval.rt)); (yyval.rt)->modified = (yyvsp[0].set); (yyval.rt)->code_value = SPAN((yylsp[0])); }
    break;

  case 190: /* resp_text_code: "CLOSED"  */
                                                    { (yyval.rt) = qrs_act_new_code(ctx, QRS_CODE_CLOSED, (yyloc), (yylsp[0])); CHECK((yyval.rt)); }
    break;

  case 191: /* resp_text_code: "UIDNEXT" "SP" nz_number  */
                                                    { (yyval.rt) = qrs_act_new_code(ctx, QRS_CODE_UIDNEXT, (yyloc), (yylsp[-2])); CHECK((yyval.rt)); (yyval.rt)->number = (yyvsp[0].u32); (yyval.rt)->code_value = SPAN((yylsp[0])); }
    break;

  case 192: /* resp_text_code: "UIDVALIDITY" "SP" nz_number  */
                                                    { (yyval.rt) = qrs_act_new_code(ctx, QRS_CODE_UIDVALIDITY, (yyloc), (yylsp[-2])); CHECK((yyval.rt)); (yyval.rt)->number = (yyvsp[0].u32); (yyval.rt)->code_value = SPAN((yylsp[0])); }
    break;

  case 193: /* resp_text_code: "UNSEEN" "SP" nz_number  */
                                                    { (yyval.rt) = qrs_act_new_code(ctx, QRS_CODE_UNSEEN, (yyloc), (yylsp[-2])); CHECK((yyval.rt)); (yyval.rt)->number = (yyvsp[0].u32); (yyval.rt)->code_value = SPAN((yylsp[0])); }
    break;

  case 194: /* resp_text_code: "resp-text-code atom"  */
                                                    { (yyval.rt) = qrs_act_new_code(ctx, QRS_CODE_OTHER, (yyloc), (yylsp[0])); CHECK((yyval.rt)); }
    break;

  case 195: /* resp_text_code: "resp-text-code atom" "SP" "resp-text-code text"  */
                                                    { (yyval.rt) = qrs_act_new_code(ctx, QRS_CODE_OTHER, (yyloc), (yylsp[-2])); CHECK((yyval.rt)); (yyval.rt)->code_value = SPAN((yylsp[0])); }
    break;

  case 197: /* untagged_data: "number" "SP" "FETCH" "SP" msg_att  */
                                                    { CHECK(qrs_act_fetch_resp(ctx, (yylsp[-4]), (yyvsp[0].ilist).head)); }
    break;

  case 198: /* untagged_data: "number" "SP" "EXISTS"  */
                                                    { CHECK(qrs_act_number_resp(ctx, (yylsp[-2]), 0, (yylsp[0]), (yylsp[0]))); }
    break;

  case 199: /* untagged_data: "number" "SP" "RECENT"  */
                                                    { CHECK(qrs_act_number_resp(ctx, (yylsp[-2]), 0, (yylsp[0]), (yylsp[0]))); }
    break;

  case 200: /* untagged_data: "number" "SP" "EXPUNGE"  */
                                                    { CHECK(qrs_act_number_resp(ctx, (yylsp[-2]), 1, (yylsp[0]), (yylsp[0]))); }
    break;

  case 201: /* untagged_data: "number" "SP" num_generic_name generic_args  */
                                                    { CHECK(qrs_act_number_resp(ctx, (yylsp[-3]), 0, (yylsp[-1]), (yylsp[0]))); }
    break;

  case 202: /* untagged_data: "ENABLED"  */
                                                    { qrs_act_enabled_resp(ctx, (yylsp[0]), (yylsp[0]), NULL); }
    break;

  case 203: /* untagged_data: "ENABLED" capability_list  */
                                                    { qrs_act_enabled_resp(ctx, (yylsp[-1]), (yylsp[0]), (yyvsp[0].wlist).head); }
    break;

  case 204: /* untagged_data: "CAPABILITY" capability_list  */
                                                    { CHECK(qrs_act_capability_resp(ctx, (yylsp[0]), (yyvsp[0].wlist).head)); }
    break;

  case 205: /* untagged_data: "SEARCH" search_resp  */
                                                    { CHECK(qrs_act_search_resp(ctx, 0)); }
    break;

  case 206: /* untagged_data: "SORT" search_resp  */
                                                    { CHECK(qrs_act_search_resp(ctx, 1)); }
    break;

  case 207: /* untagged_data: "ESEARCH" esearch_resp  */
                                                    { ctx->msg->kind = QRS_RESP_ESEARCH; }
    break;

  case 208: /* untagged_data: "STATUS" "SP" mailbox "SP" "(" ")"  */
                                                    { qrs_act_status_resp(ctx, &(yyvsp[-3].str), NULL); }
    break;

  case 209: /* untagged_data: "STATUS" "SP" mailbox "SP" "(" status_att_val_list ")"  */
                                                    { qrs_act_status_resp(ctx, &(yyvsp[-4].str), (yyvsp[-1].slist).head); }
    break;

  case 210: /* untagged_data: resp_generic_name generic_args  */
                                                    { qrs_act_other_resp(ctx, (yylsp[-1]), (yylsp[0])); }
    break;

  case 211: /* expunged_resp: "VANISHED" "SP" vanished_uids  */
                                                    { qrs_act_vanished(ctx, 0, (yyvsp[0].set)); }
    break;

  case 212: /* expunged_resp: "VANISHED" "SP" "(" vanished_marker ")" "SP" vanished_uids  */
                                                    { qrs_act_vanished(ctx, (yyvsp[-3].flag), (yyvsp[0].set)); }
    break;

  case 213: /* vanished_uids: set_token  */
                                                    { CHECK(qrs_seqset_check(ctx, (yylsp[0]), "known-uids", QRS_SETCHK_NO_STAR, &(yyval.set))); }
    break;

  case 214: /* vanished_marker: "atom"  */
                                                    { CHECK(qrs_act_earlier_check(ctx, (yylsp[0]))); (yyval.flag) = 1; }
    break;

  case 215: /* vanished_marker: tag_correlators  */
                                                    { (yyval.flag) = 2; }
    break;

  case 216: /* tag_correlators: "TAG" "SP" tag_string  */
                                                    { CHECK(qrs_act_tag_correlator(ctx, (yylsp[-2]), &(yyvsp[0].str))); }
    break;

  case 217: /* tag_correlators: tag_correlators "SP" "TAG" "SP" tag_string  */
                                                    { CHECK(qrs_act_tag_correlator(ctx, (yylsp[-2]), &(yyvsp[0].str))); }
    break;

  case 219: /* msg_att: "(" msg_att_list ")"  */
                                                    { (yyval.ilist) = (yyvsp[-1].ilist); }
    break;

  case 220: /* msg_att_list: msg_att_item  */
                                                    { (yyval.ilist).head = (yyval.ilist).tail = (yyvsp[0].item); }
    break;

  case 221: /* msg_att_list: msg_att_list "SP" msg_att_item  */
                                                    { (yyvsp[-2].ilist).tail->next = (yyvsp[0].item); (yyvsp[-2].ilist).tail = (yyvsp[0].item); (yyval.ilist) = (yyvsp[-2].ilist); }
    break;

  case 222: /* msg_att_item: "UID" "SP" nz_number  */
                                                    { (yyval.item) = qrs_act_new_item(ctx, QRS_ITEM_UID, (yyloc), (yylsp[-2]), (yylsp[0])); CHECK((yyval.item)); (yyval.item)->number = (yyvsp[0].u32); }
    break;

  case 223: /* msg_att_item: "MODSEQ" "SP" "(" permsg_modsequence ")"  */
                                                    { (yyval.item) = qrs_act_new_item(ctx, QRS_ITEM_MODSEQ, (yyloc), (yylsp[-4]), (yylsp[-2])); CHECK((yyval.item)); (yyval.item)->number = (yyvsp[-1].u64);
                                                      (yyval.item)->value = qrs_span(ctx, (qrs_loc){(yylsp[-2]).start, (yylsp[0]).end}); }
    break;

  case 224: /* msg_att_item: "FLAGS" "SP" flag_fetch_list  */
                                                    { (yyval.item) = qrs_act_new_item(ctx, QRS_ITEM_FLAGS, (yyloc), (yylsp[-2]), (yylsp[0])); CHECK((yyval.item)); }
    break;

  case 225: /* msg_att_item: msg_att_generic_name "SP" generic_item  */
                                                    { (yyval.item) = qrs_act_new_item(ctx, QRS_ITEM_OTHER, (yyloc), (yylsp[-2]), (yylsp[0])); CHECK((yyval.item)); }
    break;

  case 227: /* fetch_mod_resp_frag: "MODSEQ" "SP" "(" permsg_modsequence ")"  */
                                                    { ctx->frag->number = (yyvsp[-1].u64); }
    break;

  case 232: /* flag_fetch: "flag"  */
                                                    { CHECK(qrs_act_flag_check(ctx, (yylsp[0]), 1)); }
    break;

  case 235: /* search_resp: search_resp "SP" "number"  */
                                                    { CHECK(qrs_act_search_number(ctx, (yylsp[0]))); }
    break;

  case 236: /* search_resp: search_resp "SP" "(" "MODSEQ" "SP" mod_sequence_value ")"  */
                                                    { CHECK(qrs_act_search_modseq_resp(ctx, (yyvsp[-1].u64), (yylsp[-4]))); }
    break;

  case 239: /* esearch_item: "(" "TAG" "SP" tag_string ")"  */
                                                    { CHECK(qrs_act_esearch_tag(ctx, &(yyvsp[-1].str), (yyloc))); }
    break;

  case 240: /* esearch_item: "UID"  */
                                                    { CHECK(qrs_act_esearch_uid(ctx, (yyloc))); }
    break;

  case 241: /* esearch_item: "MODSEQ" "SP" mod_sequence_value  */
                                                    { CHECK(qrs_act_esearch_data(ctx, (yyloc))); ctx->msg->u.esearch.has_modseq = 1; ctx->msg->u.esearch.modseq = (yyvsp[0].u64); }
    break;

  case 242: /* esearch_item: esearch_generic_name "SP" generic_param_value  */
                                                    { CHECK(qrs_act_esearch_data(ctx, (yyloc))); }
    break;

  case 243: /* status_att_val_list: status_att_val  */
                                                    { (yyval.slist).head = (yyval.slist).tail = (yyvsp[0].satt); }
    break;

  case 244: /* status_att_val_list: status_att_val_list "SP" status_att_val  */
                                                    { (yyvsp[-2].slist).tail->next = (yyvsp[0].satt); (yyvsp[-2].slist).tail = (yyvsp[0].satt); (yyval.slist) = (yyvsp[-2].slist); }
    break;

  case 245: /* status_att_val: "MESSAGES" "SP" number  */
                                                    { (yyval.satt) = qrs_act_new_status_val(ctx, (yylsp[-2]), (yyvsp[0].u32)); CHECK((yyval.satt)); }
    break;

  case 246: /* status_att_val: "RECENT" "SP" number  */
                                                    { (yyval.satt) = qrs_act_new_status_val(ctx, (yylsp[-2]), (yyvsp[0].u32)); CHECK((yyval.satt)); }
    break;

  case 247: /* status_att_val: "UIDNEXT" "SP" nz_number  */
                                                    { (yyval.satt) = qrs_act_new_status_val(ctx, (yylsp[-2]), (yyvsp[0].u32)); CHECK((yyval.satt)); }
    break;

  case 248: /* status_att_val: "UIDVALIDITY" "SP" nz_number  */
                                                    { (yyval.satt) = qrs_act_new_status_val(ctx, (yylsp[-2]), (yyvsp[0].u32)); CHECK((yyval.satt)); }
    break;

  case 249: /* status_att_val: "UNSEEN" "SP" number  */
                                                    { (yyval.satt) = qrs_act_new_status_val(ctx, (yylsp[-2]), (yyvsp[0].u32)); CHECK((yyval.satt)); }
    break;

  case 250: /* status_att_val: "HIGHESTMODSEQ" "SP" mod_sequence_valzer  */
                                                    { (yyval.satt) = qrs_act_new_status_val(ctx, (yylsp[-2]), (yyvsp[0].u64)); CHECK((yyval.satt)); }
    break;

  case 251: /* mod_sequence_value: "number"  */
                                                    { CHECK(qrs_modseq(ctx, (yylsp[0]), "mod-sequence-value", 0, &(yyval.u64))); }
    break;

  case 252: /* mod_sequence_valzer: "number"  */
                                                    { CHECK(qrs_modseq(ctx, (yylsp[0]), "mod-sequence-valzer", 1, &(yyval.u64))); }
    break;

  case 253: /* nz_number: "number"  */
                                                    { CHECK(qrs_nz_number(ctx, (yylsp[0]), "nz-number", &(yyval.u32))); }
    break;

  case 254: /* number: "number"  */
                                                    { CHECK(qrs_number(ctx, (yylsp[0]), "number", &(yyval.u32))); }
    break;

  case 256: /* astring: atom  */
                                                    { (yyval.str) = qrs_act_make_string(ctx, QRS_STR_ATOM, (yylsp[0])); }
    break;

  case 257: /* astring: "astring"  */
                                                    { (yyval.str) = qrs_act_make_string(ctx, QRS_STR_ATOM, (yylsp[0])); }
    break;

  case 258: /* astring: "section-word"  */
                                                    { CHECK(qrs_act_astring_chars(ctx, (yylsp[0]))); (yyval.str) = qrs_act_make_string(ctx, QRS_STR_ATOM, (yylsp[0])); }
    break;

  case 260: /* string: "quoted"  */
                                                    { (yyval.str) = qrs_act_make_string(ctx, QRS_STR_QUOTED, (yylsp[0])); }
    break;

  case 261: /* string: "literal"  */
                                                    { (yyval.str) = qrs_act_make_string(ctx, QRS_STR_LITERAL, (yylsp[0])); }
    break;

  case 264: /* atom: "sequence-set"  */
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
