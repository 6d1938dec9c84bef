#!/bin/sh
# examples/tests/run.sh BIN_DIR QRESYNC_TOOL WORK_DIR
#
# Runs client_resync against server_responder through two named pipes and
# checks that the client's saved cache equals the server's mailbox
# (server_responder --dump): UIDs, flags and HIGHESTMODSEQ.  Every session
# transcript must pass `qresync lint`.  Then runs server_responder alone on
# fixed commands, and client_resync alone on canned responses, and compares
# what they write with the expected lines.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$3" && mkdir -p "$3"
# absolute paths: the server cases run from $here
bin=$(cd "$1" && pwd) tool=$(cd "$(dirname "$2")" && pwd)/$(basename "$2") work=$(cd "$3" && pwd)
failures=0

fail() {
    echo "check-examples: FAIL: $*"
    failures=$((failures + 1))
}

# session NAME MAILBOX CACHE_IN SERVER_LINE_MAX CLIENT_LINE_MAX
# Leaves $work/NAME.cache (the client's new cache) and $work/NAME.trace.
session() {
    name=$1 mbox=$here/$2 cache_in=$3 server_max=$4 client_max=$5
    rm -f "$work/to-server" "$work/to-client"
    mkfifo "$work/to-server" "$work/to-client"
    "$bin/server_responder" --line-max "$server_max" "$mbox" <"$work/to-server" >"$work/to-client" &
    server=$!
    if ! "$bin/client_resync" --trace "$work/$name.trace" --line-max "$client_max" "$cache_in" "$work/$name.cache" \
        >"$work/to-server" <"$work/to-client" 2>"$work/$name.log"; then
        fail "$name: client_resync failed: $(cat "$work/$name.log")"
    fi
    wait "$server" || fail "$name: server_responder failed"
    "$bin/server_responder" --dump "$mbox" >"$work/$name.expected"
    if ! diff -u "$work/$name.expected" "$work/$name.cache"; then
        fail "$name: the client's cache differs from the server's mailbox"
    fi
    if ! "$tool" lint "$work/$name.trace" >"$work/$name.lint"; then
        cat "$work/$name.lint"
        fail "$name: the session breaks a QRESYNC rule"
    fi
}

# server responses of a session, without the "S: " prefix and CRLF
responses() {
    sed -n 's/^S: //p' "$work/$1.trace" | tr -d '\r'
}

# 1. No cache yet: a plain SELECT, then UID FETCH 1:* (FLAGS).
session first old.mbox "$work/none" 8192 8192
grep -q '^C: a3 UID FETCH 1:\* (FLAGS)' "$work/first.trace" || fail "first: no full fetch"

# 2. Nothing changed since: the server reports no VANISHED and no FETCH.
session unchanged old.mbox "$work/first.cache" 8192 8192
if responses unchanged | grep -E -q 'VANISHED|FETCH'; then fail "unchanged: changes reported"; fi

# 3. The resync: expunges inside the client's range 3:30, two flag changes,
#    new messages, and VANISHED split over lines of at most 34 octets.
session resync new.mbox "$work/first.cache" 34 8192
grep -q '^C: a2 SELECT INBOX (QRESYNC (3857529045 100 1,3:30 ' "$work/resync.trace" ||
    fail "resync: SELECT does not carry the cached state"
vanished=$(responses resync | grep -c '^\* VANISHED (EARLIER) ' || true)
[ "$vanished" -ge 2 ] || fail "resync: VANISHED not split ($vanished lines)"
# each line with its CRLF within 34 octets ("S: " is 3 bytes, awk counts the CR, not the LF)
awk '/^S: \* VANISHED/ && length($0) - 3 + 1 > 34 { bad = 1 } END { exit bad }' "$work/resync.trace" ||
    fail "resync: a VANISHED line is longer than 34 octets"
responses resync | grep -q '^\* [0-9]* FETCH (UID 8 MODSEQ (108) FLAGS (\\Seen \\Flagged))$' ||
    fail "resync: the flag change on UID 8 was not reported"
grep -q '^client_resync: 7 vanished, ' "$work/resync.log" || fail "resync: $(cat "$work/resync.log")"

# 4. A client line budget of 50 octets: known-uids 1,3:30 is coarsened to 1:30,
#    and the result is the same.
session tight new.mbox "$work/first.cache" 34 50
grep -q '^C: a2 SELECT INBOX (QRESYNC (3857529045 100 1:30))' "$work/tight.trace" ||
    fail "tight: known-uids not coarsened to 1:30 within 50 octets"

# 5. The mailbox was recreated (new UIDVALIDITY): the cache is dropped and refetched.
session renumbered renumbered.mbox "$work/resync.cache" 8192 8192
grep -q '^C: a3 UID FETCH 1:\* (FLAGS)' "$work/renumbered.trace" || fail "renumbered: no full fetch"

# 6. server_responder alone: fixed commands, expected responses.  Each case
#    is NAME.cmds (LF line ends; sent with CRLF) and NAME.expected; the
#    first line of NAME.cmds is "# args: ARGUMENTS".
bad_message='s/^\([^ ]* BAD [a-z0-9-]* in [a-z0-9-]*\): .*/\1: .../'
for cmds in "$here"/server/*.cmds; do
    name=$(basename "$cmds" .cmds)
    args=$(sed -n '1s/^# args: //p' "$cmds")
    # shellcheck disable=SC2086 # ARGUMENTS are words
    sed '1d; s/$/\r/' "$cmds" | (cd "$here" && "$bin/server_responder" $args) >"$work/$name.out" ||
        fail "server/$name: exit status $?"
    if grep -v -q "$(printf '\r')\$" "$work/$name.out"; then fail "server/$name: a line without CRLF"; fi
    # A BAD for a command that does not parse names the error code and the
    # ABNF rule, then the library's English message, which is not compared.
    tr -d '\r' <"$work/$name.out" | sed "$bad_message" >"$work/$name.got"
    sed "$bad_message" "$here/server/$name.expected" | diff -u - "$work/$name.got" || fail "server/$name: output differs"
done

# 7. client_resync alone, on canned responses a test server would not send:
#    delayed-vanished: a VANISHED (EARLIER) range up to 4294967295, a FETCH
#      with a literal, and a HIGHESTMODSEQ code lower than a MODSEQ item
#      seen before it, which wins at the tagged OK (RFC 7162 section 6);
#    nomodseq: a NOMODSEQ mailbox, so the cache is refetched.
#    NAME.cache is the cache before, NAME.responses what the server says
#    (LF line ends; sent with CRLF), NAME.sent the commands the client must
#    send and NAME.expected its cache after.
for responses in "$here"/client/*.responses; do
    name=$(basename "$responses" .responses)
    sed 's/$/\r/' "$responses" |
        "$bin/client_resync" "$here/client/$name.cache" "$work/client-$name.cache" >"$work/client-$name.sent" ||
        fail "client/$name: exit status $?"
    tr -d '\r' <"$work/client-$name.sent" | diff -u "$here/client/$name.sent" - || fail "client/$name: commands differ"
    diff -u "$here/client/$name.expected" "$work/client-$name.cache" || fail "client/$name: cache differs"
done

if [ "$failures" -ne 0 ]; then
    echo "check-examples: $failures failures"
    exit 1
fi
echo "check-examples: 5 client/server sessions match the server's mailbox;" \
    "$(ls "$here"/server/*.cmds | wc -l) fixed server cases, $(ls "$here"/client/*.responses | wc -l) canned client cases"
