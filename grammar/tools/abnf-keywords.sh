#!/bin/sh
# abnf-keywords.sh FILE...
#
# Print every distinct keyword-like string literal of the given RFC 5234
# ABNF files, one per line, upper-cased, in LC_ALL=C order.
#
# A literal is a case-insensitive quoted string ("..." or %i"...");
# case-sensitive %s"..." strings are skipped.  It counts as a keyword when
# it matches ^[A-Za-z][A-Za-z0-9.=-]*$ (so VANISHED, RFC822.SIZE, AUTH=
# and READ-WRITE do, while "(EARLIER)", "\Seen" or "/flags/" do not).
# Text after ";" (a comment) and inside <prose values> is ignored.
#
# Part of libqresync; POSIX sh and awk only.

set -u

if [ "$#" -eq 0 ]; then
    echo "usage: $0 FILE..." >&2
    exit 2
fi
for f in "$@"; do
    if [ ! -r "$f" ]; then
        echo "$0: cannot read '$f'" >&2
        exit 2
    fi
done

LC_ALL=C awk '
{
    line = $0
    n = length(line)
    i = 1
    while (i <= n) {
        c = substr(line, i, 1)
        if (c == ";")
            break                       # comment up to end of line
        if (c == "<") {                 # prose value: skip to ">"
            j = index(substr(line, i + 1), ">")
            if (j == 0)
                break
            i += j + 1
            continue
        }
        if (c == "\"") {                # quoted string: up to next DQUOTE
            j = index(substr(line, i + 1), "\"")
            if (j == 0)
                break                   # unterminated; ignore rest of line
            lit = substr(line, i + 1, j - 1)
            pre = tolower(substr(line, (i > 2 ? i - 2 : 1), (i > 2 ? 2 : i - 1)))
            if (pre != "%s" && lit ~ /^[A-Za-z][A-Za-z0-9.=-]*$/)
                print toupper(lit)
            i += j + 1
            continue
        }
        i++
    }
}' "$@" | LC_ALL=C sort -u
