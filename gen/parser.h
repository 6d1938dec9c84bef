/* A Bison parser, made by GNU Bison 3.8.2.  */

/* Bison interface for Yacc-like parsers in C

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

/* DO NOT RELY ON FEATURES THAT ARE NOT DOCUMENTED in the manual,
   especially those whose name start with YY_ or yy_.  They are
   private implementation details that can be changed or removed.  */

#ifndef YY_QRS_YY_PARSER_H_INCLUDED
# define YY_QRS_YY_PARSER_H_INCLUDED
/* Debug traces.  */
#ifndef QRS_YYDEBUG
# if defined YYDEBUG
#if YYDEBUG
#   define QRS_YYDEBUG 1
#  else
#   define QRS_YYDEBUG 0
#  endif
# else /* ! defined YYDEBUG */
#  define QRS_YYDEBUG 0
# endif /* ! defined YYDEBUG */
#endif  /* ! defined QRS_YYDEBUG */
#if QRS_YYDEBUG
extern int qrs_yydebug;
#endif
/* "%code requires" blocks.  */

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


/* Token kinds.  */
#ifndef QRS_YYTOKENTYPE
# define QRS_YYTOKENTYPE
  enum qrs_yytokentype
  {
    QRS_TOK_QRS_YYEMPTY = -2,
    QRS_TOK_YYEOF = 0,             /* "end of file"  */
    QRS_TOK_QRS_YYerror = 1,       /* error  */
    QRS_TOK_QRS_YYUNDEF = 2,       /* "invalid token"  */
    QRS_TOK_START_COMMAND = 3,     /* START_COMMAND  */
    QRS_TOK_START_RESPONSE = 4,    /* START_RESPONSE  */
    QRS_TOK_START_SEQUENCE_SET = 5, /* START_SEQUENCE_SET  */
    QRS_TOK_START_KNOWN_UIDS = 6,  /* START_KNOWN_UIDS  */
    QRS_TOK_START_SEQ_MATCH_DATA = 7, /* START_SEQ_MATCH_DATA  */
    QRS_TOK_START_SELECT_PARAM = 8, /* START_SELECT_PARAM  */
    QRS_TOK_START_FETCH_MODIFIER = 9, /* START_FETCH_MODIFIER  */
    QRS_TOK_START_STORE_MODIFIER = 10, /* START_STORE_MODIFIER  */
    QRS_TOK_START_EXPUNGED_RESP = 11, /* START_EXPUNGED_RESP  */
    QRS_TOK_START_MOD_SEQUENCE_VALUE = 12, /* START_MOD_SEQUENCE_VALUE  */
    QRS_TOK_START_MOD_SEQUENCE_VALZER = 13, /* START_MOD_SEQUENCE_VALZER  */
    QRS_TOK_START_SEARCH_MODSEQUENCE = 14, /* START_SEARCH_MODSEQUENCE  */
    QRS_TOK_START_RESP_TEXT_CODE = 15, /* START_RESP_TEXT_CODE  */
    QRS_TOK_START_FETCH_MOD_RESP = 16, /* START_FETCH_MOD_RESP  */
    QRS_TOK_START_STATUS_ATT_VAL = 17, /* START_STATUS_ATT_VAL  */
    QRS_TOK_START_FETCH_ATT = 18,  /* START_FETCH_ATT  */
    QRS_TOK_START_FLAG_LIST = 19,  /* START_FLAG_LIST  */
    QRS_TOK_START_FLAG_FETCH = 20, /* START_FLAG_FETCH  */
    QRS_TOK_SP = 21,               /* "SP"  */
    QRS_TOK_CRLF = 22,             /* "CRLF"  */
    QRS_TOK_LPAREN = 23,           /* "("  */
    QRS_TOK_RPAREN = 24,           /* ")"  */
    QRS_TOK_LBRACKET = 25,         /* "["  */
    QRS_TOK_RBRACKET = 26,         /* "]"  */
    QRS_TOK_NUMBER = 27,           /* "number"  */
    QRS_TOK_SEQSET = 28,           /* "sequence-set"  */
    QRS_TOK_ATOM = 29,             /* "atom"  */
    QRS_TOK_ASTRING_WORD = 30,     /* "astring"  */
    QRS_TOK_LIST_WORD = 31,        /* "list-word"  */
    QRS_TOK_SECTION = 32,          /* "section-word"  */
    QRS_TOK_FLAG = 33,             /* "flag"  */
    QRS_TOK_QUOTED = 34,           /* "quoted"  */
    QRS_TOK_LITERAL = 35,          /* "literal"  */
    QRS_TOK_TEXT = 36,             /* "text"  */
    QRS_TOK_CODE_ATOM = 37,        /* "resp-text-code atom"  */
    QRS_TOK_CODE_TEXT = 38,        /* "resp-text-code text"  */
    QRS_TOK_TAG = 39,              /* "tag"  */
    QRS_TOK_UNTAGGED = 40,         /* "*"  */
    QRS_TOK_CONTINUE = 41,         /* "+"  */
    QRS_TOK_INVALID = 42,          /* "invalid byte"  */
    QRS_TOK_K_ALERT = 43,          /* "ALERT"  */
    QRS_TOK_K_ALL = 44,            /* "ALL"  */
    QRS_TOK_K_ANSWERED = 45,       /* "ANSWERED"  */
    QRS_TOK_K_APPEND = 46,         /* "APPEND"  */
    QRS_TOK_K_APR = 47,            /* "APR"  */
    QRS_TOK_K_AUG = 48,            /* "AUG"  */
    QRS_TOK_K_AUTH_ = 49,          /* "AUTH="  */
    QRS_TOK_K_AUTHENTICATE = 50,   /* "AUTHENTICATE"  */
    QRS_TOK_K_BAD = 51,            /* "BAD"  */
    QRS_TOK_K_BADCHARSET = 52,     /* "BADCHARSET"  */
    QRS_TOK_K_BCC = 53,            /* "BCC"  */
    QRS_TOK_K_BEFORE = 54,         /* "BEFORE"  */
    QRS_TOK_K_BODY = 55,           /* "BODY"  */
    QRS_TOK_K_BYE = 56,            /* "BYE"  */
    QRS_TOK_K_CAPABILITY = 57,     /* "CAPABILITY"  */
    QRS_TOK_K_CC = 58,             /* "CC"  */
    QRS_TOK_K_CHANGEDSINCE = 59,   /* "CHANGEDSINCE"  */
    QRS_TOK_K_CHARSET = 60,        /* "CHARSET"  */
    QRS_TOK_K_CHECK = 61,          /* "CHECK"  */
    QRS_TOK_K_CLOSE = 62,          /* "CLOSE"  */
    QRS_TOK_K_CLOSED = 63,         /* "CLOSED"  */
    QRS_TOK_K_CONDSTORE = 64,      /* "CONDSTORE"  */
    QRS_TOK_K_COPY = 65,           /* "COPY"  */
    QRS_TOK_K_CREATE = 66,         /* "CREATE"  */
    QRS_TOK_K_DEC = 67,            /* "DEC"  */
    QRS_TOK_K_DELETE = 68,         /* "DELETE"  */
    QRS_TOK_K_DELETED = 69,        /* "DELETED"  */
    QRS_TOK_K_DRAFT = 70,          /* "DRAFT"  */
    QRS_TOK_K_ENABLE = 71,         /* "ENABLE"  */
    QRS_TOK_K_ENABLED = 72,        /* "ENABLED"  */
    QRS_TOK_K_ENVELOPE = 73,       /* "ENVELOPE"  */
    QRS_TOK_K_ESEARCH = 74,        /* "ESEARCH"  */
    QRS_TOK_K_EXAMINE = 75,        /* "EXAMINE"  */
    QRS_TOK_K_EXISTS = 76,         /* "EXISTS"  */
    QRS_TOK_K_EXPUNGE = 77,        /* "EXPUNGE"  */
    QRS_TOK_K_FAST = 78,           /* "FAST"  */
    QRS_TOK_K_FEB = 79,            /* "FEB"  */
    QRS_TOK_K_FETCH = 80,          /* "FETCH"  */
    QRS_TOK_K_FLAGGED = 81,        /* "FLAGGED"  */
    QRS_TOK_K_FLAGS = 82,          /* "FLAGS"  */
    QRS_TOK_K_FROM = 83,           /* "FROM"  */
    QRS_TOK_K_FULL = 84,           /* "FULL"  */
    QRS_TOK_K_HEADER = 85,         /* "HEADER"  */
    QRS_TOK_K_HIGHESTMODSEQ = 86,  /* "HIGHESTMODSEQ"  */
    QRS_TOK_K_IMAP4REV1 = 87,      /* "IMAP4rev1"  */
    QRS_TOK_K_IMAP4REV2 = 88,      /* "IMAP4rev2"  */
    QRS_TOK_K_INBOX = 89,          /* "INBOX"  */
    QRS_TOK_K_INTERNALDATE = 90,   /* "INTERNALDATE"  */
    QRS_TOK_K_JAN = 91,            /* "JAN"  */
    QRS_TOK_K_JUL = 92,            /* "JUL"  */
    QRS_TOK_K_JUN = 93,            /* "JUN"  */
    QRS_TOK_K_KEYWORD = 94,        /* "KEYWORD"  */
    QRS_TOK_K_LARGER = 95,         /* "LARGER"  */
    QRS_TOK_K_LIST = 96,           /* "LIST"  */
    QRS_TOK_K_LOGIN = 97,          /* "LOGIN"  */
    QRS_TOK_K_LOGOUT = 98,         /* "LOGOUT"  */
    QRS_TOK_K_LSUB = 99,           /* "LSUB"  */
    QRS_TOK_K_MAR = 100,           /* "MAR"  */
    QRS_TOK_K_MAY = 101,           /* "MAY"  */
    QRS_TOK_K_MESSAGES = 102,      /* "MESSAGES"  */
    QRS_TOK_K_MODIFIED = 103,      /* "MODIFIED"  */
    QRS_TOK_K_MODSEQ = 104,        /* "MODSEQ"  */
    QRS_TOK_K_NAMESPACE = 105,     /* "NAMESPACE"  */
    QRS_TOK_K_NEW = 106,           /* "NEW"  */
    QRS_TOK_K_NIL = 107,           /* "NIL"  */
    QRS_TOK_K_NO = 108,            /* "NO"  */
    QRS_TOK_K_NOMODSEQ = 109,      /* "NOMODSEQ"  */
    QRS_TOK_K_NOOP = 110,          /* "NOOP"  */
    QRS_TOK_K_NOT = 111,           /* "NOT"  */
    QRS_TOK_K_NOV = 112,           /* "NOV"  */
    QRS_TOK_K_OCT = 113,           /* "OCT"  */
    QRS_TOK_K_OK = 114,            /* "OK"  */
    QRS_TOK_K_OLD = 115,           /* "OLD"  */
    QRS_TOK_K_ON = 116,            /* "ON"  */
    QRS_TOK_K_OR = 117,            /* "OR"  */
    QRS_TOK_K_PARSE = 118,         /* "PARSE"  */
    QRS_TOK_K_PERMANENTFLAGS = 119, /* "PERMANENTFLAGS"  */
    QRS_TOK_K_PREAUTH = 120,       /* "PREAUTH"  */
    QRS_TOK_K_PRIV = 121,          /* "priv"  */
    QRS_TOK_K_QRESYNC = 122,       /* "QRESYNC"  */
    QRS_TOK_K_RETURN = 123,        /* "RETURN"  */
    QRS_TOK_K_READ_ONLY = 124,     /* "READ-ONLY"  */
    QRS_TOK_K_READ_WRITE = 125,    /* "READ-WRITE"  */
    QRS_TOK_K_RECENT = 126,        /* "RECENT"  */
    QRS_TOK_K_RENAME = 127,        /* "RENAME"  */
    QRS_TOK_K_RFC822 = 128,        /* "RFC822"  */
    QRS_TOK_K_RFC822_SIZE = 129,   /* "RFC822.SIZE"  */
    QRS_TOK_K_SEARCH = 130,        /* "SEARCH"  */
    QRS_TOK_K_SEEN = 131,          /* "SEEN"  */
    QRS_TOK_K_SELECT = 132,        /* "SELECT"  */
    QRS_TOK_K_SENTBEFORE = 133,    /* "SENTBEFORE"  */
    QRS_TOK_K_SENTON = 134,        /* "SENTON"  */
    QRS_TOK_K_SENTSINCE = 135,     /* "SENTSINCE"  */
    QRS_TOK_K_SEP = 136,           /* "SEP"  */
    QRS_TOK_K_SHARED = 137,        /* "shared"  */
    QRS_TOK_K_SINCE = 138,         /* "SINCE"  */
    QRS_TOK_K_SMALLER = 139,       /* "SMALLER"  */
    QRS_TOK_K_SORT = 140,          /* "SORT"  */
    QRS_TOK_K_STARTTLS = 141,      /* "STARTTLS"  */
    QRS_TOK_K_STATUS = 142,        /* "STATUS"  */
    QRS_TOK_K_STORE = 143,         /* "STORE"  */
    QRS_TOK_K_STRUCTURE = 144,     /* "STRUCTURE"  */
    QRS_TOK_K_SUBJECT = 145,       /* "SUBJECT"  */
    QRS_TOK_K_SUBSCRIBE = 146,     /* "SUBSCRIBE"  */
    QRS_TOK_K_TAG = 147,           /* "TAG"  */
    QRS_TOK_K_TEXT = 148,          /* "TEXT"  */
    QRS_TOK_K_TO = 149,            /* "TO"  */
    QRS_TOK_K_TRYCREATE = 150,     /* "TRYCREATE"  */
    QRS_TOK_K_UID = 151,           /* "UID"  */
    QRS_TOK_K_UIDNEXT = 152,       /* "UIDNEXT"  */
    QRS_TOK_K_UIDVALIDITY = 153,   /* "UIDVALIDITY"  */
    QRS_TOK_K_UNANSWERED = 154,    /* "UNANSWERED"  */
    QRS_TOK_K_UNCHANGEDSINCE = 155, /* "UNCHANGEDSINCE"  */
    QRS_TOK_K_UNDELETED = 156,     /* "UNDELETED"  */
    QRS_TOK_K_UNDRAFT = 157,       /* "UNDRAFT"  */
    QRS_TOK_K_UNFLAGGED = 158,     /* "UNFLAGGED"  */
    QRS_TOK_K_UNKEYWORD = 159,     /* "UNKEYWORD"  */
    QRS_TOK_K_UNSEEN = 160,        /* "UNSEEN"  */
    QRS_TOK_K_UNSUBSCRIBE = 161,   /* "UNSUBSCRIBE"  */
    QRS_TOK_K_VANISHED = 162,      /* "VANISHED"  */
    QRS_TOK_K_X = 163,             /* "X"  */
    QRS_TOK_K_X_DRAFT_W02_QRESYNC = 164 /* "X-DRAFT-W02-QRESYNC"  */
  };
  typedef enum qrs_yytokentype qrs_yytoken_kind_t;
#endif

/* Value type.  */
#if ! defined QRS_YYSTYPE && ! defined QRS_YYSTYPE_IS_DECLARED
union QRS_YYSTYPE
{

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


};
typedef union QRS_YYSTYPE QRS_YYSTYPE;
# define QRS_YYSTYPE_IS_TRIVIAL 1
# define QRS_YYSTYPE_IS_DECLARED 1
#endif

/* Location type.  */
#if ! defined QRS_YYLTYPE && ! defined QRS_YYLTYPE_IS_DECLARED
typedef struct QRS_YYLTYPE QRS_YYLTYPE;
struct QRS_YYLTYPE
{
  int first_line;
  int first_column;
  int last_line;
  int last_column;
};
# define QRS_YYLTYPE_IS_DECLARED 1
# define QRS_YYLTYPE_IS_TRIVIAL 1
#endif




int qrs_yyparse (qrs_ctx *ctx);


#endif /* !YY_QRS_YY_PARSER_H_INCLUDED  */
