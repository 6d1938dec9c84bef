#!/bin/sh
# check-annotations.sh ABNF_DIR IMPL_FILE...
#
# Cross-check the ABNF rules in ABNF_DIR/*.abnf against the rule names
# that the implementation cites in annotations.
#
# ABNF rules: every name defined at column 0 with "=" or "=/".
# Annotations: inside a C comment (/* ... */ or // ...), the text
#   abnf: name1 name2, name3 ...
# names rules; "abnf:" must begin the comment text or follow a blank, "*"
# or "/".  The list runs to the closing "*/" or to the end of the line;
# names are separated by spaces, tabs or commas.  Comments are found
# without regard to string literals.
#
# Rule names compare case-insensitively (RFC 5234).  Prints, on stdout,
#   grammar: no implementation annotated for ABNF rule 'NAME' (FILE)
# for each rule that no annotation names, and
#   grammar: annotation names unknown ABNF rule 'NAME' (FILE:LINE)
# for each annotated name that is not a rule; exits 1 if there is any.
# Otherwise prints "grammar: N ABNF rules, all annotated" and exits 0.
# Exits 2 on a usage error or an unreadable file.
#
# Part of libqresync; POSIX sh and awk only.

set -u

if [ "$#" -lt 1 ]; then
    echo "usage: $0 ABNF_DIR IMPL_FILE..." >&2
    exit 2
fi

abnfdir=$1
case "$abnfdir" in
*?/) abnfdir=${abnfdir%/} ;;
esac
shift
if [ ! -d "$abnfdir" ]; then
    echo "$0: '$abnfdir' is not a directory" >&2
    exit 2
fi

# Count the ABNF files; the awk program gets them, then "--", then the
# implementation files.
n=0
for f in "$abnfdir"/*.abnf; do
    [ -f "$f" ] || continue
    n=$((n + 1))
done
if [ "$n" -eq 0 ]; then
    echo "$0: no .abnf files in '$abnfdir'" >&2
    exit 2
fi

LC_ALL=C awk -v prog="$0" '
function readerr(f) {
    printf "%s: cannot read %s\n", prog, f | "cat 1>&2"
    close("cat 1>&2")
    exit 2
}
# Record the names listed after "abnf:" in comment text s (line ln of f).
function annotations(s, f, ln,   p, rest, m, i, t, k) {
    while ((p = index(s, "abnf:")) > 0) {
        # Only "abnf:" at the start of the comment text or after a blank,
        # "*" or "/" starts a list; a quoted mention ("abnf:") does not.
        if (p > 1 && substr(s, p - 1, 1) !~ /[ \t*\/]/) {
            s = substr(s, p + 5)
            continue
        }
        rest = substr(s, p + 5)
        s = ""
        m = split(rest, t, /[ \t,]+/)
        for (i = 1; i <= m; i++) {
            if (t[i] == "")
                continue
            k = tolower(t[i])
            used[k] = 1
            if (!(k in rule)) {
                nbad++
                bad[nbad] = sprintf("grammar: annotation names unknown ABNF rule \047%s\047 (%s:%d)", t[i], f, ln)
            }
        }
    }
}
BEGIN {
    i = 1
    # ABNF files come first, up to the "--" argument.
    for (; i < ARGC && ARGV[i] != "--"; i++) {
        f = ARGV[i]
        ln = 0
        while ((r = (getline line < f)) > 0) {
            ln++
            if (line !~ /^[A-Za-z][A-Za-z0-9-]*[ \t]*=/)
                continue
            name = line
            sub(/[ \t]*=.*/, "", name)
            k = tolower(name)
            isbase = (substr(line, length(name) + 1) ~ /^[ \t]*=([^\/]|$)/)
            if (!(k in rule)) {
                nrules++
                order[nrules] = k
                rule[k] = name
                where[k] = f
            } else if (isbase && !(k in based)) {
                where[k] = f
            }
            if (isbase)
                based[k] = 1
        }
        if (r < 0)
            readerr(f)
        close(f)
    }
    # Implementation files.
    for (i++; i < ARGC; i++) {
        f = ARGV[i]
        ln = 0
        inblock = 0
        while ((r = (getline line < f)) > 0) {
            ln++
            s = line
            while (s != "") {
                if (inblock) {
                    e = index(s, "*/")
                    if (e == 0) {
                        annotations(s, f, ln)
                        s = ""
                    } else {
                        annotations(substr(s, 1, e - 1), f, ln)
                        s = substr(s, e + 2)
                        inblock = 0
                    }
                    continue
                }
                b = index(s, "/*")
                c = index(s, "//")
                if (c > 0 && (b == 0 || c < b)) {
                    annotations(substr(s, c + 2), f, ln)
                    s = ""
                } else if (b > 0) {
                    s = substr(s, b + 2)
                    inblock = 1
                } else {
                    s = ""
                }
            }
        }
        if (r < 0)
            readerr(f)
        close(f)
    }
    problems = 0
    for (j = 1; j <= nrules; j++) {
        k = order[j]
        if (!(k in used)) {
            printf "grammar: no implementation annotated for ABNF rule \047%s\047 (%s)\n", rule[k], where[k]
            problems++
        }
    }
    for (j = 1; j <= nbad; j++) {
        print bad[j]
        problems++
    }
    if (problems)
        exit 1
    printf "grammar: %d ABNF rules, all annotated\n", nrules
    exit 0
}' "$abnfdir"/*.abnf -- "$@"
