#!/bin/sh
# tests/cli/run.sh QRESYNC - the command-line tool's contract: one JSON object
# per message, offsets into the line without its "C: "/"S: " prefix, literals
# spanning lines, exit 0 / 1 / 2.  Prints "N passed, N failed".
set -u
bin=$1
here=$(dirname "$0")
vectors=$here/../vectors
pass=0
fail=0
check() { # NAME CONDITION-RESULT
    if [ "$2" = 0 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $1"; fi
}
expect_out() { # NAME EXPECTED-EXIT EXPECTED-SUBSTRING INPUT(printf format) ARGS...
    name=$1 want_rc=$2 want=$3 input=$4
    shift 4
    # shellcheck disable=SC2059
    out=$(printf "$input" | "$bin" "$@" 2>/dev/null)
    rc=$?
    [ "$rc" = "$want_rc" ] && case "$out" in *"$want"*) true ;; *) false ;; esac
    r=$?
    [ $r = 0 ] || echo "  got rc=$rc out=$out"
    check "$name" $r
}

# The demo session parses whole: one object per data line, all ok.
out=$("$bin" parse "$vectors/demo-session.txt"); rc=$?
lines=$(grep -c '^[CS]: ' "$vectors/demo-session.txt")
check "demo session exit 0" $([ $rc = 0 ]; echo $?)
check "demo session one object per line" $([ "$(printf '%s\n' "$out" | grep -c '"ok":true')" = "$lines" ]; echo $?)

# Real-world deviations fail strictly (exit 1) and some pass with --lenient=all.
"$bin" parse "$vectors/demo-errors.txt" >/dev/null; rc=$?
check "errors exit 1" $([ $rc = 1 ]; echo $?)
n_ok=$("$bin" parse --lenient=all "$vectors/demo-errors.txt" | grep -c '"ok":true')
check "leniency accepts the five tolerated deviations" $([ "$n_ok" = 5 ]; echo $?)

# Offsets count from after the prefix; the prefix sets the side.  (22: where the
# missing SP and text should start.)
expect_out "offset after prefix" 1 '"offset":22' 'S: * OK [HIGHESTMODSEQ 5]\n' parse
expect_out "offset without prefix" 1 '"offset":22' '* OK [HIGHESTMODSEQ 5]\n' parse
expect_out "star in known-uids" 1 '"code":"star-forbidden","offset":31' 'C: a SELECT INBOX (QRESYNC (1 2 1:*))\n' parse
expect_out "CRLF input" 1 '"offset":31' 'a SELECT INBOX (QRESYNC (1 2 1:*))\r\n' parse

# Literals: the message continues on the next lines, CRLF or LF.
expect_out "literal across lines" 0 '"kind":"other"' 'C: a LOGIN {5}\nhello {3}\nabc\n' parse
expect_out "literal then next message" 0 '"line":4' 'C: a LOGIN {5}\r\nhello {3}\r\nabc\r\nC: b NOOP\r\n' parse
expect_out "literal cut short" 1 '"code":"incomplete"' 'C: a LOGIN {50}\nhello\n' parse

# Memory follows the message limit, not the input: under a 100 MB address
# space limit, 300 MB of literal data or of one line are read and dropped, the
# message is refused as too long, and the next one still parses.
bounded() { # EXPECTED-SUBSTRING ARGS... (input on standard input)
    want=$1
    shift
    out=$( (ulimit -v 100000; "$bin" "$@") 2>&1)
    case "$out" in *"$want"*) return 0 ;; *) echo "  got: $(printf '%s' "$out" | cut -c1-300)"; return 1 ;; esac
}
zeros() { head -c 300000000 /dev/zero | tr '\0' x; }
{ printf 'a LOGIN {999999999}\r\n'; zeros; } | bounded '"code":"too-long","offset":8,"rule":"literal"' parse --side=client
check "literal past the limit refused at its announcement, unbuffered" $?
{ printf 'a NOOP '; zeros; printf '\r\nb NOOP\r\n'; } |
    bounded '"line":2,"ok":true' parse --side=client --max-message=1000
check "a line past the limit is dropped, the next message parses" $?
{ printf 'a NOOP '; zeros; printf '\r\n'; } | bounded '"code":"too-long","offset":1000' parse --side=client --max-message=1000
check "a line past --max-message is too-long at the limit" $?
expect_out "literal length above 32 bits is no literal" 1 '"line":2,"ok":true' \
    'a LOGIN {18446744073709551615}\r\nb NOOP\r\n' parse --side=client
expect_out "literal within --max-message" 0 '"ok":true' 'a LOGIN {5}\r\nhello x\r\n' parse --max-message=30
expect_out "literal past --max-message, before its data" 1 '"code":"too-long","offset":8' 'a LOGIN {50}\r\nhello\r\n' \
    parse --max-message=30
expect_out "bad --max-message" 2 '' '' parse --max-message=0
expect_out "bad --max-message text" 2 '' '' parse --max-message=12k

# Dialects and leniency flags.
expect_out "draft03 TAG" 0 '"kind":"vanished"' 'S: * VANISHED (TAG "a1") 1:5\n' parse --dialect=draft03
expect_out "rfc7162 refuses TAG" 1 '"code":"dialect"' 'S: * VANISHED (TAG "a1") 1:5\n' parse
expect_out "named leniency" 0 '"ok":true' 'S: * OK [HIGHESTMODSEQ 5]\n' parse --lenient=missing-text
expect_out "other leniency does not help" 1 '"ok":false' 'S: * OK [HIGHESTMODSEQ 5]\n' parse --lenient=modseq-zero

# Recorded traffic: every message gets the verdict its "#   !" line gives, or
# parses when it has none; strictly, then with --lenient=all.
verdicts() { # FILE: "LINE CODE@OFFSET" for each failing message, from the tool
    "$bin" parse "$@" | sed -n 's/^{"line":\([0-9]*\),"ok":false,"error":{"code":"\([^"]*\)","offset":\([0-9]*\).*/\1 \2@\3/p'
}
expected() { # FILE MODE: the same list from the annotations (MODE strict or lenient)
    awk -v mode="$2" '
        /^[CS]: / { msg = NR }
        /^#   ! / { if (mode == "strict" || $4 == "lenient=fail") print msg, $3 }' "$1"
}
for t in "$vectors"/traffic-*.txt; do
    check "$(basename "$t") strict" $([ "$(verdicts "$t")" = "$(expected "$t" strict)" ]; echo $?)
    check "$(basename "$t") lenient" $([ "$(verdicts --lenient=all "$t" | cut -d' ' -f1)" = "$(expected "$t" lenient | cut -d' ' -f1)" ]; echo $?)
done

# fmt: --lossless gives every message back byte for byte (comments and the
# messages that fail even with every leniency left out); --canonical is a
# fixed point.  (Canonical output keeps what a leniency let in as a value,
# such as {n+} or '*' in known-uids, so the second pass is lenient too.)
messages_that_parse() { # FILE: the transcript without comments and without messages marked lenient=fail
    awk '/^[CS]: / { if (keep) printf "%s", buf; buf = ""; keep = 1 }
         /^#   ! / && $4 == "lenient=fail" { keep = 0 }
         !/^#/ { buf = buf $0 "\n" }
         END { if (keep) printf "%s", buf }' "$1"
}
for t in "$vectors"/traffic-*.txt "$vectors"/demo-session.txt; do
    messages_that_parse "$t" > /tmp/qrs-cli-in.$$
    "$bin" fmt --lossless --lenient=all /tmp/qrs-cli-in.$$ > /tmp/qrs-cli-out.$$ 2>/dev/null
    check "$(basename "$t") fmt --lossless" $(cmp -s /tmp/qrs-cli-in.$$ /tmp/qrs-cli-out.$$; echo $?)
    "$bin" fmt --canonical --lenient=all /tmp/qrs-cli-in.$$ > /tmp/qrs-cli-out.$$ 2>/dev/null
    "$bin" fmt --canonical --lenient=all /tmp/qrs-cli-out.$$ > /tmp/qrs-cli-out2.$$ 2>/dev/null
    check "$(basename "$t") fmt --canonical idempotent" $(cmp -s /tmp/qrs-cli-out.$$ /tmp/qrs-cli-out2.$$; echo $?)
done
rm -f /tmp/qrs-cli-in.$$ /tmp/qrs-cli-out.$$ /tmp/qrs-cli-out2.$$
expect_out "fmt canonical" 0 '* VANISHED (EARLIER) 1:3,7' 'S: * vanished (earlier) 7,3,1:2\n' fmt
expect_out "fmt reports failures on stderr, exit 1" 1 '' 'S: * VANISHED 0\n' fmt

# lint: a conforming session reports nothing; each violation file gets
# exactly one error, on the offending line, with the rule id, per dialect.
expect_out "lint: conforming session" 0 'lint: 33 messages, 0 errors, 0 warnings' '' lint "$vectors/demo-session.txt"
lint_one() { # DIALECT FILE EXPECTED ("LINE:RULE" or "none")
    out=$("$bin" lint --dialect="$1" "$vectors/lint/$2" | grep -v '^lint:')
    got=$(printf '%s\n' "$out" | sed -n 's/^[^:]*:\([0-9]*\):[0-9]*: \(error\|warning\): \[\([a-z0-9-]*\)\].*/\1:\3/p')
    [ "$(printf '%s\n' "$out" | wc -l)" = 1 ] || got="several: $got"
    [ -n "$out" ] || got=none
    check "lint --dialect=$1 $2: $3" $([ "$got" = "$3" ]; echo $?)
}
for d in rfc5162 rfc7162; do
    lint_one $d vanished-before-enable.txt 7:vanished-not-enabled
    lint_one $d earlier-unasked.txt 8:earlier-unasked
    lint_one $d earlier-after-fetch.txt 8:earlier-after-fetch
    lint_one $d select-before-enable.txt 2:qresync-not-enabled
done
lint_one rfc7162 highestmodseq-on-close.txt 9:highestmodseq-on-close
lint_one rfc5162 highestmodseq-on-close.txt none
lint_one draft03 highestmodseq-on-close.txt none
lint_one draft03 select-before-enable.txt none
lint_one draft03 vanished-before-enable.txt 7:vanished-not-enabled
lint_one draft03 earlier-after-fetch.txt 8:dialect
for d in draft03 rfc5162 rfc7162; do
    lint_one $d highestmodseq-backwards.txt 7:highestmodseq-backwards
done
lint_one rfc7162 closed-missing.txt 10:closed-missing
lint_one rfc5162 closed-missing.txt 10:closed-missing
lint_one draft03 closed-missing.txt none
lint_one rfc7162 nomodseq-misuse.txt 5:nomodseq-misuse
lint_one rfc5162 nomodseq-misuse.txt none
lint_one draft03 nomodseq-misuse.txt none
lint_one rfc7162 vanished-repeated.txt 10:vanished-repeated
lint_one rfc5162 vanished-repeated.txt none

# Usage errors exit 2.
expect_out "unknown dialect" 2 '' '' parse --dialect=rfc9999
expect_out "unknown leniency" 2 '' '' parse --lenient=nope
expect_out "unknown command" 2 '' '' frobnicate
expect_out "missing file" 2 '' '' parse /nonexistent/file

# qresync gen: deterministic per seed, N instances, valid by construction.
a=$("$bin" gen known-uids -n 50 --seed=9); b=$("$bin" gen known-uids -n 50 --seed 9)
check "gen same seed, same strings" $([ "$a" = "$b" ] && [ -n "$a" ]; echo $?)
c=$("$bin" gen known-uids -n 50 --seed=10)
check "gen other seed, other strings" $([ "$a" != "$c" ]; echo $?)
check "gen prints N lines" $([ "$(printf '%s\n' "$a" | wc -l)" = 50 ]; echo $?)
check "gen known-uids: no star" $(printf '%s\n' "$a" | grep -q '[*]'; [ $? = 1 ]; echo $?)
n_vanished=$("$bin" gen expunged-resp -n 40 --raw | sed 's/^/* /' | "$bin" parse --side=server | grep -c '"ok":true')
check "gen expunged-resp: every instance parses" $([ "$n_vanished" = 40 ]; echo $?)
"$bin" gen no-such-rule >/dev/null 2>&1; rc=$?
check "gen unknown rule exit 2" $([ $rc = 2 ]; echo $?)
"$bin" gen client-line --dialect=rfc9999 >/dev/null 2>&1; rc=$?
check "gen unknown dialect exit 2" $([ $rc = 2 ]; echo $?)

echo "cli: $pass passed, $fail failed"
[ "$fail" = 0 ]
