#!/bin/bash -eu
# check.sh [SANITIZER...] - run the OSS-Fuzz / ClusterFuzzLite build the way
# the engine runs it, without its Docker image, then run what it built.
#
# For each sanitizer (address, undefined, memory by default), in fresh $SRC,
# $OUT and $WORK directories: the tree copied to $SRC/libqresync, and
# .clusterfuzzlite/build.sh copied to $SRC/build.sh (as the Dockerfile does)
# and run as `bash -eux $SRC/build.sh` from $SRC/libqresync, with no variables
# but the engine's, so that any other variable the scripts read is unset and
# fails under -u.  Then every fuzz/fuzz_*.c must have its binary and its seed
# corpus zip in $OUT, and each binary runs on its unzipped corpus, with its
# dictionary and the engine's runtime options, for the corpus plus OSSFUZZ_RUNS
# executions (5000 by default).  A missing target, a failed build, a target
# that does not run or that crashes or leaks, and a build that writes into
# the source tree fail the check; every build and target is still tried, so
# that one failure does not hide another.  On failure the work directory,
# with the logs and any crashing input, is kept.
#
# The flags and options are the engine's own, from google/oss-fuzz:
# infra/base-images/base-clang/Dockerfile (CFLAGS), base-builder/Dockerfile
# (SANITIZER_FLAGS_*, COVERAGE_FLAGS), base-builder/compile (how they are
# put together), base-builder/compile_libfuzzer (LIB_FUZZING_ENGINE) and
# base-runner/Dockerfile (the *SAN_OPTIONS and FUZZER_ARGS of the runs;
# their strip_path_prefix=/workspace/ is left out, as it only shortens the
# paths in reports and there is no /workspace here).
root=$(cd "$(dirname "$0")/../.." && pwd)
sanitizers=${*:-address undefined memory}
runs=${OSSFUZZ_RUNS:-5000}

# base-clang's CFLAGS, less -Wno-error=vla-cxx-extension: clang 14 does not
# know that warning and would say so on every file (it is a C++ warning).
base_cflags="-O1 -fno-omit-frame-pointer -gline-tables-only -Wno-error=incompatible-function-pointer-types \
-Wno-error=int-conversion -Wno-error=deprecated-declarations -Wno-error=implicit-function-declaration \
-Wno-error=implicit-int -Wno-error=unknown-warning-option -DFUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION"
coverage_flags="-fsanitize=fuzzer-no-link"
# unsigned-integer-overflow is in -fsanitize but not in -fno-sanitize-recover:
# the engine uses it as a coverage signal and silences its reports
# (silence_unsigned_overflow=1 below), so the library's intended wraparound
# is no finding.  float-divide-by-zero is not in the set.
ubsan_sanitize="array-bounds,bool,builtin,enum,function,integer-divide-by-zero,null,object-size,return,\
returns-nonnull-attribute,shift,signed-integer-overflow,unsigned-integer-overflow,unreachable,vla-bound,vptr"
ubsan_no_recover="array-bounds,bool,builtin,enum,function,integer-divide-by-zero,null,object-size,return,\
returns-nonnull-attribute,shift,signed-integer-overflow,unreachable,vla-bound,vptr"
sanitizer_flags() {
    case "$1" in
    address) echo "-fsanitize=address -fsanitize-address-use-after-scope" ;;
    undefined) echo "-fsanitize=$ubsan_sanitize -fno-sanitize-recover=$ubsan_no_recover" ;;
    memory) echo "-fsanitize=memory -fsanitize-memory-track-origins" ;;
    *) echo "check.sh: unknown sanitizer $1 (address, undefined, memory)" >&2; return 1 ;;
    esac
}
asan_options="alloc_dealloc_mismatch=0:allocator_may_return_null=1:allocator_release_to_os_interval_ms=500:\
check_malloc_usable_size=0:detect_container_overflow=1:detect_odr_violation=0:detect_leaks=1:\
detect_stack_use_after_return=1:fast_unwind_on_fatal=0:handle_abort=1:handle_segv=1:handle_sigill=1:\
max_uar_stack_size_log=16:print_scariness=1:quarantine_size_mb=10:strict_memcmp=1:symbolize=1:\
use_sigaltstack=1:dedup_token_length=3"
msan_options="print_stats=1:symbolize=1:dedup_token_length=3"
ubsan_options="print_stacktrace=1:print_summary=1:silence_unsigned_overflow=1:symbolize=1:dedup_token_length=3"
fuzzer_args="-rss_limit_mb=2560 -timeout=25"

for s in $sanitizers; do sanitizer_flags "$s" >/dev/null; done
targets=$(cd "$root/fuzz" && ls fuzz_*.c | sed 's/\.c$//')

tmp=$(mktemp -d "${TMPDIR:-/tmp}/check-ossfuzz.XXXXXX")
failures=0
fail() {
    echo "check-ossfuzz: FAIL: $*" >&2
    failures=$((failures + 1))
}

# The tree as the image holds it, less build output and the git store.
src="$tmp/src"
mkdir -p "$src/libqresync"
for e in "$root"/* "$root"/.[!.]*; do
    case "${e##*/}" in
    build | build-* | .git | '.[!.]*') ;;
    *) cp -R "$e" "$src/libqresync/" ;;
    esac
done
cp "$src/libqresync/.clusterfuzzlite/build.sh" "$src/build.sh"
# The check runs as root on CI, where read-only files stop nobody: compare
# checksums instead.
tree_sum() { (cd "$src" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum); }
tree_sum >"$tmp/tree.sum"

start=$(date +%s)
for san in $sanitizers; do
    out="$tmp/$san/out" work="$tmp/$san/work"
    mkdir -p "$out" "$work" "$tmp/$san/home"
    flags="$base_cflags $(sanitizer_flags "$san") $coverage_flags"
    # compile adds -fno-sanitize=function to CFLAGS (not CXXFLAGS) for C code;
    # the engine's CXXFLAGS also add -stdlib=libc++, its own build of it,
    # which Debian's libFuzzer is not linked against.
    cflags=$flags
    if [ "$san" = undefined ]; then cflags="$flags -fno-sanitize=function"; fi
    t0=$(date +%s)
    if ! (cd "$src/libqresync" && env -i PATH="$PATH" HOME="$tmp/$san/home" SRC="$src" OUT="$out" WORK="$work" \
        CC=clang CXX=clang++ CCC=clang++ CFLAGS="$cflags" CXXFLAGS="$flags" LIB_FUZZING_ENGINE=-fsanitize=fuzzer \
        SANITIZER="$san" FUZZING_ENGINE=libfuzzer FUZZING_LANGUAGE=c ARCHITECTURE=x86_64 \
        bash -eux "$src/build.sh") >"$tmp/$san/build.log" 2>&1; then
        tail -n 40 "$tmp/$san/build.log" >&2
        fail "$san: build.sh failed (log: $tmp/$san/build.log)"
        continue
    fi
    grep 'no seed layout' "$tmp/$san/build.log" | grep -v '^+' | sort -u | sed "s/^/check-ossfuzz: $san: /" || true
    t1=$(date +%s)

    for t in $targets; do
        if [ ! -x "$out/$t" ]; then fail "$san: $t: no binary in \$OUT"; continue; fi
        if [ ! -f "$out/${t}_seed_corpus.zip" ]; then fail "$san: $t: no ${t}_seed_corpus.zip in \$OUT"; continue; fi
        corpus="$tmp/$san/corpus/$t"
        mkdir -p "$corpus"
        unzip -q "$out/${t}_seed_corpus.zip" -d "$corpus"
        n=$(find "$corpus" -type f | wc -l)
        if [ "$n" -eq 0 ]; then fail "$san: $t: empty seed corpus"; continue; fi
        dict=""
        if [ -f "$out/$t.dict" ]; then dict="-dict=$out/$t.dict"; fi
        log="$tmp/$san/$t.log"
        # shellcheck disable=SC2086  # $fuzzer_args and $dict are lists of options
        if ! (cd "$tmp/$san" && ASAN_OPTIONS=$asan_options MSAN_OPTIONS=$msan_options UBSAN_OPTIONS=$ubsan_options \
            "$out/$t" $fuzzer_args $dict -runs=$((n + runs)) -artifact_prefix="$tmp/$san/$t-" "$corpus") \
            >"$log" 2>&1; then
            grep -E '^==[0-9]+==ERROR|^SUMMARY|runtime error|Test unit written|^Base64:' "$log" | head -n 6 >&2 || true
            fail "$san: $t crashed or did not run (log: $log)"
            continue
        fi
        if ! done_line=$(grep -E '^Done [0-9]+ runs' "$log"); then
            fail "$san: $t: no 'Done N runs' line (log: $log)"
            continue
        fi
        echo "check-ossfuzz: $san: $t: $n seeds, ${done_line#Done }"
    done
    echo "check-ossfuzz: $san: built in $((t1 - t0)) s, ran in $(($(date +%s) - t1)) s"
done

if ! tree_sum | diff "$tmp/tree.sum" - >&2; then
    fail "build.sh changed the source tree"
fi
summary="$(echo "$targets" | wc -w) targets, sanitizers: $sanitizers; $(($(date +%s) - start)) s"
if [ "$failures" -gt 0 ]; then
    echo "check-ossfuzz: $failures failure(s); $summary; kept $tmp" >&2
    exit 1
fi
echo "check-ossfuzz: $summary"
rm -rf "$tmp"
