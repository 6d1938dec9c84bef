#!/bin/sh
# tests/mutate.sh [--list] [FILE...] - mutation testing: one-line changes of the
# library's sources (tests/mutate.awk makes them), each built and run against
# the fast checks.  A mutant the checks notice is killed; one they do not
# notice survived, and is either a missing test or an equivalent program
# (tests/MUTATION.md says which, for each survivor of the last run).
#
# The files come from the arguments, else MUTATE_FILES, else every library
# src/*.c.  Settings, from the environment (make mutate passes them on):
#   MUTANTS=N          at most N mutants a file, a sample drawn with MUTATE_SEED (0: all)
#   MUTATE_SEED=N      the sample's seed; the same seed and sources give the same mutants
#   MUTATE_ONLY="src/a.c:LINE src/a.c@ID ..."  just those (IDs are in results.tsv)
#   MUTATE_SAN=1       library and suites under ASan+UBSan, as make check runs them (the tool
#                      stays unsanitized, as check-cli runs it)
#   MUTATE_B=DIR       build folder (default build-mutate); MUTATE_OPT its -O flags
#   MUTATE_REPORT=FILE the survivors (default $MUTATE_B/mutate/report.txt)
#   MUTATE_JOBS=N      Criterion jobs (default 2); MUTATE_TIMEOUT=S a suite run's limit
#   MUTATE_CLI=0|1     run tests/cli/run.sh too (default: when the tool links the file)
# --list prints the chosen mutants and runs none.
#
# Each mutant: the file is copied to the work folder with one line changed,
# compiled with the library's flags (an error, or any warning but an unused
# one: "did not compile"), and compared with the original compiled from the same place; the
# same machine code is an equivalent mutant whatever the tests say ("same
# code", not counted in the score).  Otherwise the suites are linked against
# it and run, without linear_time (slow, and about timing), the suites about
# the file first, with --fail-fast; any failure, crash or timeout kills it.
# When they all pass and the tool links the file, tests/cli/run.sh runs
# against a tool linked with the mutant.  src/ itself is never written; the
# script checks that at the end, also after an interrupt (git diff --quiet
# src, when src/ was clean at the start).
set -u
tab=$(printf '\t')
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root" || exit 2

list_only=0
if [ "${1:-}" = --list ]; then list_only=1; shift; fi
MAKE=${MAKE:-make}
MUTATE_B=${MUTATE_B:-build-mutate}
MUTATE_OPT=${MUTATE_OPT:--O1 -g}
MUTATE_SAN=${MUTATE_SAN:-0}
MUTANTS=${MUTANTS:-0}
MUTATE_SEED=${MUTATE_SEED:-1}
MUTATE_ONLY=${MUTATE_ONLY:-}
MUTATE_JOBS=${MUTATE_JOBS:-2}
MUTATE_TIMEOUT=${MUTATE_TIMEOUT:-60}
MUTATE_CLI=${MUTATE_CLI:-auto}

# The flags, object lists and folders, from the Makefile (mk/mutate.mk).
mk() { "$MAKE" -s --no-print-directory B="$MUTATE_B" OPT="$MUTATE_OPT" MUTATE_SAN="$MUTATE_SAN" "$@"; }
env_text=$(mk mutate-env) || { echo "mutate: make mutate-env failed" >&2; exit 2; }
eval "$env_text"
# A deleted call can leave a parameter or variable unused; that warning says
# nothing about the mutant's behaviour, so it stays a warning (any other
# warning still fails the build, as -Werror does in make check).
relax="-Wno-error=unused-parameter -Wno-error=unused-variable -Wno-error=unused-but-set-variable \
    -Wno-error=unused-function"
MUTATE_LIB_CFLAGS="$MUTATE_LIB_CFLAGS $relax"
MUTATE_TOOL_CFLAGS="$MUTATE_TOOL_CFLAGS $relax"

if [ $# -gt 0 ]; then files=$*; else files=${MUTATE_FILES:-$MUTATE_LIB_SRC}; fi
for f in $files; do
    case " $MUTATE_LIB_SRC " in *" $f "*) ;; *) echo "mutate: $f is not a library source ($MUTATE_LIB_SRC)" >&2; exit 2 ;; esac
done

D=$MUTATE_DIR
W=$D/work
REPORT=${MUTATE_REPORT:-$D/report.txt}
RESULTS=$D/results.tsv
mkdir -p "$D/lists" "$D/base" "$W/src"

child=
cleanup() {
    # The running suite or tool (timeout relays the signal to its process group).
    if [ -n "$child" ]; then kill "$child" 2>/dev/null; wait "$child" 2>/dev/null; fi
    child=
    rm -rf "$W"
    if ! git diff --quiet -- src 2>/dev/null && [ "$src_was_clean" = 1 ]; then
        echo "mutate: src/ was modified during the run (git diff src)" >&2
        exit 3
    fi
}
src_was_clean=0
git diff --quiet -- src 2>/dev/null && src_was_clean=1
trap cleanup EXIT
trap 'echo "mutate: interrupted" >&2; exit 130' INT TERM HUP

# run LOG TIMEOUT CMD...: the command in the background, so that a signal to
# this script is handled at once (the trap stops it); its status is returned.
run() {
    log=$1 limit=$2
    shift 2
    timeout "$limit" "$@" >"$log" 2>&1 &
    child=$!
    wait "$child"
    rc=$?
    child=
    return $rc
}

# The suites about each file, run first so that most mutants die early;
# only the order depends on this, not the verdict (the rest run after).
related_suites() {
    case $1 in
    src/build.c) echo 'build_*' ;;
    src/ranges.c) echo 'ranges_*|resync*|iter' ;;
    src/seqset.c) echo 'seqset_scan|iter|msg_seqset|ranges_*|val_*' ;;
    src/session.c) echo 'session*' ;;
    src/tracker.c) echo 'tracker*' ;;
    src/write.c | src/writer.c) echo 'write|build_*' ;;
    src/frame.c) echo 'frame*' ;;
    src/resync.c) echo 'resync*' ;;
    src/number.c) echo 'val_number|val_modseq*|msg_*' ;;
    src/error.c) echo 'val_*|names_*|msg_names|msg_fragment' ;;
    src/keywords.c) echo 'msg_*' ;;
    src/arena.c) echo 'val_arena|arena_*|limits' ;;
    *) echo 'msg_*|val_*' ;;
    esac
}
# Other builds of a file that make check tests: code under #if that the
# default build leaves out (check-portable builds src/seqset.c these ways).
variants() {
    case $1 in
    src/seqset.c) echo '-DQRS_PORTABLE=1 -DQRS_PORTABLE=2' ;;
    esac
}

# sample FILE LIST: the chosen mutants of LIST (LINE OP TEXT, numbered here
# ID LINE OP TEXT): all, those MUTATE_ONLY names, or MUTANTS of them drawn
# with a Park-Miller generator (exact in awk's doubles, the same in every
# awk) seeded from MUTATE_SEED and the file's name.
sample() {
    awk -F"$tab" -v OFS="$tab" -v file="$1" -v n="$MUTANTS" -v seed="$MUTATE_SEED" -v only="$MUTATE_ONLY" '
        BEGIN {
            chars = " !\"#$%&\047()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~"
            h = 0
            for (i = 1; i <= length(file); i++)
                h = (h * 31 + index(chars, substr(file, i, 1))) % 2147483647
            state = (seed * 7919 + h) % 2147483646 + 1
            nonly = split(only, want, " ")
        }
        {
            id = NR
            if (nonly) {
                keep = 0
                for (i = 1; i <= nonly; i++)
                    if (want[i] == file ":" $1 || want[i] == file "@" id)
                        keep = 1
                if (!keep)
                    next
            }
            state = (16807 * state) % 2147483647
            print state, id, $0
        }' "$2" |
    if [ -z "$MUTATE_ONLY" ] && [ "$MUTANTS" -gt 0 ]; then sort -t"$tab" -k1,1n | head -n "$MUTANTS"; else cat; fi |
    sort -t"$tab" -k2,2n | cut -f2-
}

if [ "$list_only" = 1 ]; then
    for f in $files; do
        awk -f tests/mutate.awk "$f" >"$D/lists/$(basename "$f").tsv"
        sample "$f" "$D/lists/$(basename "$f").tsv" | awk -F"$tab" -v f="$f" '{ printf "%s@%s %s:%s: %s: %s\n", f, $1, f, $2, $3, $4 }'
    done
    exit 0
fi

echo "mutate: building the objects in $MUTATE_B"
mk -j"$MUTATE_JOBS" mutate-prepare >"$D/prepare.log" 2>&1 || { cat "$D/prepare.log"; exit 2; }
link_tests() { # OUT OBJECT: the suites, with OBJECT in place of the library's own
    $MUTATE_CC $MUTATE_LINK_FLAGS $MUTATE_TEST_OBJ "$2" "$MUTATE_ARCHIVE" -lcriterion -o "$1"
}
link_tool() { # OUT SOURCE: the tool (never sanitized, as make check-cli runs it) with SOURCE compiled in
    if [ "$MUTATE_SAN" = 1 ]; then
        $MUTATE_CC $MUTATE_TOOL_CFLAGS -c "$2" -o "$1.o" || return 1
    else
        cp "$W/$(basename "$2" .c).o" "$1.o" || return 1
    fi
    $MUTATE_CC $MUTATE_TOOL_OBJ "$1.o" "$MUTATE_TOOL_ARCHIVE" -o "$1"
}
if [ "$MUTATE_SAN" = 1 ]; then
    UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 ASAN_OPTIONS=detect_leaks=1
    export UBSAN_OPTIONS ASAN_OPTIONS
fi

# suites BINARY FILE LOG: 0 when every suite but linear_time passes.
suites() {
    rel=$(related_suites "$2")
    run "$3" "$MUTATE_TIMEOUT" "$1" --jobs="$MUTATE_JOBS" --fail-fast --color=never --timeout=15 \
        --filter="@($rel)/*" || return 1
    run "$3.rest" "$MUTATE_TIMEOUT" "$1" --jobs="$MUTATE_JOBS" --fail-fast --color=never --timeout=15 \
        --filter="!(@(linear_time|$rel))/*" || { mv "$3.rest" "$3"; return 1; }
}
# What a failed run says first: the test, or how it ended.
why() {
    w=$(sed -n 's/^\[FAIL\] \([^:]*::[^:]*\).*/\1/p; s/^FAIL: \(.*\)/cli: \1/p' "$1" | head -n 1)
    [ -n "$w" ] || w=$(grep -m1 -o 'Timeout\|timed out\|CRASH\|Segmentation fault\|ERROR: [A-Za-z]*Sanitizer' "$1")
    printf '%s' "${w:-exit status $2}"
}

# The unmutated library must pass all of it, or every mutant would count as killed.
echo "mutate: checking the unmutated build"
link_tests "$D/base/run-tests" "$MUTATE_OBJ_DIR/src/arena.o" || exit 2
suites "$D/base/run-tests" none "$D/base/suites.log" || { echo "mutate: the suites fail without a mutant:"; tail -n 30 "$D/base/suites.log"; exit 2; }
$MUTATE_CC $MUTATE_TOOL_OBJ "$MUTATE_TOOL_ARCHIVE" -o "$D/base/qresync" || exit 2
if [ "$MUTATE_CLI" != 0 ]; then
    run "$D/base/cli.log" "$MUTATE_TIMEOUT" sh tests/cli/run.sh "$D/base/qresync" ||
        { echo "mutate: tests/cli/run.sh fails without a mutant:"; tail -n 30 "$D/base/cli.log"; exit 2; }
fi
nm --defined-only "$D/base/qresync" | awk 'NF == 3 { print $3 }' | sort -u >"$D/base/tool.syms"

: >"$RESULTS"
start=$(date +%s)
total=0
for f in $files; do
    name=$(basename "$f" .c)
    awk -f tests/mutate.awk "$f" >"$D/lists/$name.tsv"
    sample "$f" "$D/lists/$name.tsv" >"$D/lists/$name.chosen"
    total=$((total + $(wc -l <"$D/lists/$name.chosen")))
done
echo "mutate: $total mutants of $(echo $files | wc -w) files (MUTANTS=$MUTANTS, seed $MUTATE_SEED)"

i=0
for f in $files; do
    name=$(basename "$f" .c)
    # The original, compiled from where the mutants are, stripped of debug
    # information: the machine code a mutant is compared with.
    cp "$f" "$W/src/$name.c"
    $MUTATE_CC $MUTATE_LIB_CFLAGS -c "$W/src/$name.c" -o "$D/base/$name.o" || exit 2
    objcopy --strip-debug "$D/base/$name.o" "$D/base/$name.code"
    for v in $(variants "$f"); do
        $MUTATE_CC $MUTATE_LIB_CFLAGS "$v" -c "$W/src/$name.c" -o "$D/base/$name$v.o" || exit 2
        objcopy --strip-debug "$D/base/$name$v.o" "$D/base/$name$v.code"
    done
    # Does the tool link this file?  Then tests/cli/run.sh is a check of it too.
    uses_cli=0
    if [ "$MUTATE_CLI" = 1 ]; then uses_cli=1
    elif [ "$MUTATE_CLI" = auto ]; then
        syms=$(nm -g --defined-only "$MUTATE_OBJ_DIR/src/$name.o" | awk 'NF == 3 { print $3 }' | sort -u)
        [ -n "$(printf '%s\n' "$syms" | grep -Fxf - "$D/base/tool.syms" 2>/dev/null)" ] && uses_cli=1
    fi
    while IFS="$tab" read -r id line op text; do
        i=$((i + 1))
        t0=$(date +%s)
        orig=$(sed -n "${line}p" "$f")
        MUTANT_TEXT=$text awk -v n="$line" 'NR == n { print ENVIRON["MUTANT_TEXT"]; next } { print }' "$f" \
            >"$W/src/$name.c"
        status= detail= obj= variant=
        if ! $MUTATE_CC $MUTATE_LIB_CFLAGS -c "$W/src/$name.c" -o "$W/$name.o" >"$W/compile.log" 2>&1; then
            status=uncompiled detail=$(grep -m1 -o 'error: .*' "$W/compile.log" | cut -c1-80)
        else
            objcopy --strip-debug "$W/$name.o" "$W/$name.code"
            if ! cmp -s "$W/$name.code" "$D/base/$name.code"; then
                obj=$W/$name.o
            else
                # The same code here; maybe the line is code another build compiles.
                status=samecode
                for v in $(variants "$f"); do
                    if ! $MUTATE_CC $MUTATE_LIB_CFLAGS "$v" -c "$W/src/$name.c" -o "$W/$name$v.o" >"$W/compile.log" 2>&1; then
                        status=uncompiled detail="with $v"
                        break
                    fi
                    objcopy --strip-debug "$W/$name$v.o" "$W/$name.code"
                    if ! cmp -s "$W/$name.code" "$D/base/$name$v.code"; then
                        status= obj=$W/$name$v.o variant=$v
                        break
                    fi
                done
            fi
        fi
        if [ -n "$obj" ]; then
            detail=${variant:+with $variant}
            if ! link_tests "$W/run-tests" "$obj" >"$W/link.log" 2>&1; then
                status=uncompiled detail="link: $(head -n 1 "$W/link.log" | cut -c1-80)"
            elif ! suites "$W/run-tests" "$f" "$W/suites.log"; then
                status=killed detail="$detail${detail:+: }$(why "$W/suites.log" "$rc")"
            elif [ "$uses_cli" = 1 ] && [ -z "$variant" ]; then
                if ! link_tool "$W/qresync" "$W/src/$name.c" >"$W/link.log" 2>&1; then
                    status=uncompiled detail="link: $(head -n 1 "$W/link.log" | cut -c1-80)"
                elif ! run "$W/cli.log" "$MUTATE_TIMEOUT" sh tests/cli/run.sh "$W/qresync"; then
                    status=killed detail=$(why "$W/cli.log" "$rc")
                else
                    status=survived
                fi
            else
                status=survived
            fi
        fi
        dt=$(($(date +%s) - t0))
        printf '[%3d/%d] %s:%s %s %s%s (%ss)\n' "$i" "$total" "$f" "$line" "$op" "$status" "${detail:+: $detail}" "$dt"
        printf '%s\n' "$f@$id$tab$status$tab$f$tab$line$tab$op$tab$detail$tab$orig$tab$text" >>"$RESULTS"
    done <"$D/lists/$name.chosen"
done
elapsed=$(($(date +%s) - start))

# The report: every survivor as file:line: original -> mutant (both trimmed).
awk -F"$tab" '$2 == "survived" {
        o = $7; m = $8
        gsub(/^[ \t]+|[ \t]+$/, "", o); gsub(/^[ \t]+|[ \t]+$/, "", m)
        printf "%s:%s: %s -> %s\n", $3, $4, o, m
    }' "$RESULTS" >"$REPORT"
echo
awk -F"$tab" -v elapsed="$elapsed" '
    { n[$3, $2]++; if (!($3 in seen)) { seen[$3] = 1; order[++nf] = $3 } all[$2]++ }
    function line(name, k, s, u, e) {
        m = k + s
        printf "%-16s %3d killed of %3d compiled (%5.1f%%)  %3d survived  %3d did not compile  %3d same code\n",
            name, k, m, m ? 100 * k / m : 0, s, u, e
    }
    END {
        for (i = 1; i <= nf; i++) { f = order[i]; line(f, n[f, "killed"], n[f, "survived"], n[f, "uncompiled"], n[f, "samecode"]) }
        line("all", all["killed"], all["survived"], all["uncompiled"], all["samecode"])
        m = all["killed"] + all["survived"]
        printf "mutation score: %d killed of %d compiled (%.1f%%)\n", all["killed"], m, m ? 100 * all["killed"] / m : 0
        printf "mutate: %d mutants in %dm%02ds\n", NR, elapsed / 60, elapsed % 60
    }' "$RESULTS"
echo "mutate: survivors in $REPORT, every result in $RESULTS"
