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
    QRS_TOK_SP = 18,               /* "SP"  */
    QRS_TOK_CRLF = 19,             /* "CRLF"  */
    QRS_TOK_LPAREN = 20,           /* "("  */
    QRS_TOK_RPAREN = 21,           /* ")"  */
    QRS_TOK_LBRACKET = 22,         /* "["  */
    QRS_TOK_RBRACKET = 23,         /* "]"  */
    QRS_TOK_NUMBER = 24,           /* "number"  */
    QRS_TOK_SEQSET = 25,           /* "sequence-set"  */
    QRS_TOK_ATOM = 26,             /* "atom"  */
    QRS_TOK_ASTRING_WORD = 27,     /* "astring"  */
    QRS_TOK_LIST_WORD = 28,        /* "list-word"  */
    QRS_TOK_SECTION = 29,          /* "section-word"  */
    QRS_TOK_FLAG = 30,             /* "flag"  */
    QRS_TOK_QUOTED = 31,           /* "quoted"  */
    QRS_TOK_LITERAL = 32,          /* "literal"  */
    QRS_TOK_TEXT = 33,             /* "text"  */
    QRS_TOK_CODE_ATOM = 34,        /* "resp-text-code atom"  */
    QRS_TOK_CODE_TEXT = 35,        /* "resp-text-code text"  */
    QRS_TOK_TAG = 36,              /* "tag"  */
    QRS_TOK_UNTAGGED = 37,         /* "*"  */
    QRS_TOK_CONTINUE = 38,         /* "+"  */
    QRS_TOK_INVALID = 39,          /* "invalid byte"  */
    QRS_TOK_K_ALERT = 40,          /* "ALERT"  */
    QRS_TOK_K_ALL = 41,            /* "ALL"  */
    QRS_TOK_K_ANSWERED = 42,       /* "ANSWERED"  */
    QRS_TOK_K_APPEND = 43,         /* "APPEND"  */
    QRS_TOK_K_APR = 44,            /* "APR"  */
    QRS_TOK_K_AUG = 45,            /* "AUG"  */
    QRS_TOK_K_AUTH_ = 46,          /* "AUTH="  */
    QRS_TOK_K_AUTHENTICATE = 47,   /* "AUTHENTICATE"  */
    QRS_TOK_K_BAD = 48,            /* "BAD"  */
    QRS_TOK_K_BADCHARSET = 49,     /* "BADCHARSET"  */
    QRS_TOK_K_BCC = 50,            /* "BCC"  */
    QRS_TOK_K_BEFORE = 51,         /* "BEFORE"  */
    QRS_TOK_K_BODY = 52,           /* "BODY"  */
    QRS_TOK_K_BYE = 53,            /* "BYE"  */
    QRS_TOK_K_CAPABILITY = 54,     /* "CAPABILITY"  */
    QRS_TOK_K_CC = 55,             /* "CC"  */
    QRS_TOK_K_CHANGEDSINCE = 56,   /* "CHANGEDSINCE"  */
    QRS_TOK_K_CHARSET = 57,        /* "CHARSET"  */
    QRS_TOK_K_CHECK = 58,          /* "CHECK"  */
    QRS_TOK_K_CLOSE = 59,          /* "CLOSE"  */
    QRS_TOK_K_CLOSED = 60,         /* "CLOSED"  */
    QRS_TOK_K_CONDSTORE = 61,      /* "CONDSTORE"  */
    QRS_TOK_K_COPY = 62,           /* "COPY"  */
    QRS_TOK_K_CREATE = 63,         /* "CREATE"  */
    QRS_TOK_K_DEC = 64,            /* "DEC"  */
    QRS_TOK_K_DELETE = 65,         /* "DELETE"  */
    QRS_TOK_K_DELETED = 66,        /* "DELETED"  */
    QRS_TOK_K_DRAFT = 67,          /* "DRAFT"  */
    QRS_TOK_K_ENABLE = 68,         /* "ENABLE"  */
    QRS_TOK_K_ENABLED = 69,        /* "ENABLED"  */
    QRS_TOK_K_ENVELOPE = 70,       /* "ENVELOPE"  */
    QRS_TOK_K_ESEARCH = 71,        /* "ESEARCH"  */
    QRS_TOK_K_EXAMINE = 72,        /* "EXAMINE"  */
    QRS_TOK_K_EXISTS = 73,         /* "EXISTS"  */
    QRS_TOK_K_EXPUNGE = 74,        /* "EXPUNGE"  */
    QRS_TOK_K_FAST = 75,           /* "FAST"  */
    QRS_TOK_K_FEB = 76,            /* "FEB"  */
    QRS_TOK_K_FETCH = 77,          /* "FETCH"  */
    QRS_TOK_K_FLAGGED = 78,        /* "FLAGGED"  */
    QRS_TOK_K_FLAGS = 79,          /* "FLAGS"  */
    QRS_TOK_K_FROM = 80,           /* "FROM"  */
    QRS_TOK_K_FULL = 81,           /* "FULL"  */
    QRS_TOK_K_HEADER = 82,         /* "HEADER"  */
    QRS_TOK_K_HIGHESTMODSEQ = 83,  /* "HIGHESTMODSEQ"  */
    QRS_TOK_K_IMAP4REV1 = 84,      /* "IMAP4rev1"  */
    QRS_TOK_K_INBOX = 85,          /* "INBOX"  */
    QRS_TOK_K_INTERNALDATE = 86,   /* "INTERNALDATE"  */
    QRS_TOK_K_JAN = 87,            /* "JAN"  */
    QRS_TOK_K_JUL = 88,            /* "JUL"  */
    QRS_TOK_K_JUN = 89,            /* "JUN"  */
    QRS_TOK_K_KEYWORD = 90,        /* "KEYWORD"  */
    QRS_TOK_K_LARGER = 91,         /* "LARGER"  */
    QRS_TOK_K_LIST = 92,           /* "LIST"  */
    QRS_TOK_K_LOGIN = 93,          /* "LOGIN"  */
    QRS_TOK_K_LOGOUT = 94,         /* "LOGOUT"  */
    QRS_TOK_K_LSUB = 95,           /* "LSUB"  */
    QRS_TOK_K_MAR = 96,            /* "MAR"  */
    QRS_TOK_K_MAY = 97,            /* "MAY"  */
    QRS_TOK_K_MESSAGES = 98,       /* "MESSAGES"  */
    QRS_TOK_K_MODIFIED = 99,       /* "MODIFIED"  */
    QRS_TOK_K_MODSEQ = 100,        /* "MODSEQ"  */
    QRS_TOK_K_NAMESPACE = 101,     /* "NAMESPACE"  */
    QRS_TOK_K_NEW = 102,           /* "NEW"  */
    QRS_TOK_K_NIL = 103,           /* "NIL"  */
    QRS_TOK_K_NO = 104,            /* "NO"  */
    QRS_TOK_K_NOMODSEQ = 105,      /* "NOMODSEQ"  */
    QRS_TOK_K_NOOP = 106,          /* "NOOP"  */
    QRS_TOK_K_NOT = 107,           /* "NOT"  */
    QRS_TOK_K_NOV = 108,           /* "NOV"  */
    QRS_TOK_K_OCT = 109,           /* "OCT"  */
    QRS_TOK_K_OK = 110,            /* "OK"  */
    QRS_TOK_K_OLD = 111,           /* "OLD"  */
    QRS_TOK_K_ON = 112,            /* "ON"  */
    QRS_TOK_K_OR = 113,            /* "OR"  */
    QRS_TOK_K_PARSE = 114,         /* "PARSE"  */
    QRS_TOK_K_PERMANENTFLAGS = 115, /* "PERMANENTFLAGS"  */
    QRS_TOK_K_PREAUTH = 116,       /* "PREAUTH"  */
    QRS_TOK_K_PRIV = 117,          /* "priv"  */
    QRS_TOK_K_QRESYNC = 118,       /* "QRESYNC"  */
    QRS_TOK_K_RETURN = 119,        /* "RETURN"  */
    QRS_TOK_K_READ_ONLY = 120,     /* "READ-ONLY"  */
    QRS_TOK_K_READ_WRITE = 121,    /* "READ-WRITE"  */
    QRS_TOK_K_RECENT = 122,        /* "RECENT"  */
    QRS_TOK_K_RENAME = 123,        /* "RENAME"  */
    QRS_TOK_K_RFC822 = 124,        /* "RFC822"  */
    QRS_TOK_K_RFC822_SIZE = 125,   /* "RFC822.SIZE"  */
    QRS_TOK_K_SEARCH = 126,        /* "SEARCH"  */
    QRS_TOK_K_SEEN = 127,          /* "SEEN"  */
    QRS_TOK_K_SELECT = 128,        /* "SELECT"  */
    QRS_TOK_K_SENTBEFORE = 129,    /* "SENTBEFORE"  */
    QRS_TOK_K_SENTON = 130,        /* "SENTON"  */
    QRS_TOK_K_SENTSINCE = 131,     /* "SENTSINCE"  */
    QRS_TOK_K_SEP = 132,           /* "SEP"  */
    QRS_TOK_K_SHARED = 133,        /* "shared"  */
    QRS_TOK_K_SINCE = 134,         /* "SINCE"  */
    QRS_TOK_K_SMALLER = 135,       /* "SMALLER"  */
    QRS_TOK_K_SORT = 136,          /* "SORT"  */
    QRS_TOK_K_STARTTLS = 137,      /* "STARTTLS"  */
    QRS_TOK_K_STATUS = 138,        /* "STATUS"  */
    QRS_TOK_K_STORE = 139,         /* "STORE"  */
    QRS_TOK_K_STRUCTURE = 140,     /* "STRUCTURE"  */
    QRS_TOK_K_SUBJECT = 141,       /* "SUBJECT"  */
    QRS_TOK_K_SUBSCRIBE = 142,     /* "SUBSCRIBE"  */
    QRS_TOK_K_TAG = 143,           /* "TAG"  */
    QRS_TOK_K_TEXT = 144,          /* "TEXT"  */
    QRS_TOK_K_TO = 145,            /* "TO"  */
    QRS_TOK_K_TRYCREATE = 146,     /* "TRYCREATE"  */
    QRS_TOK_K_UID = 147,           /* "UID"  */
    QRS_TOK_K_UIDNEXT = 148,       /* "UIDNEXT"  */
    QRS_TOK_K_UIDVALIDITY = 149,   /* "UIDVALIDITY"  */
    QRS_TOK_K_UNANSWERED = 150,    /* "UNANSWERED"  */
    QRS_TOK_K_UNCHANGEDSINCE = 151, /* "UNCHANGEDSINCE"  */
    QRS_TOK_K_UNDELETED = 152,     /* "UNDELETED"  */
    QRS_TOK_K_UNDRAFT = 153,       /* "UNDRAFT"  */
    QRS_TOK_K_UNFLAGGED = 154,     /* "UNFLAGGED"  */
    QRS_TOK_K_UNKEYWORD = 155,     /* "UNKEYWORD"  */
    QRS_TOK_K_UNSEEN = 156,        /* "UNSEEN"  */
    QRS_TOK_K_UNSUBSCRIBE = 157,   /* "UNSUBSCRIBE"  */
    QRS_TOK_K_VANISHED = 158,      /* "VANISHED"  */
    QRS_TOK_K_X = 159,             /* "X"  */
    QRS_TOK_K_X_DRAFT_W02_QRESYNC = 160 /* "X-DRAFT-W02-QRESYNC"  */
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
