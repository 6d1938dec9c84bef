#!/bin/bash -eu
# OSS-Fuzz / ClusterFuzzLite build script: every fuzz/fuzz_*.c, compiled with
# the engine's $CC and $CFLAGS and linked with $LIB_FUZZING_ENGINE into $OUT,
# each with a seed corpus ($OUT/TARGET_seed_corpus.zip) and, when it reads
# IMAP text, the dictionary generated from the ABNF ($OUT/TARGET.dict).
#
# Nothing here lists a source file or a target: the targets are the files
# fuzz/fuzz_*.c, and the library and oracle sources are the Makefile's LIB_SRC
# and ORACLE_SRC (make print-lib-src, print-oracle-src), so a file added there
# is built here too.  Intermediate files go to $WORK; the tree is only read.
# `make check-ossfuzz` runs this script as the engine does (fuzz/oss-fuzz/check.sh).
cd "$SRC/libqresync"

lib_src=$(make -s --no-print-directory print-lib-src)
oracle_src=$(make -s --no-print-directory print-oracle-src)
targets=$(cd fuzz && ls fuzz_*.c | sed 's/\.c$//')
if [ -z "$lib_src" ] || [ -z "$oracle_src" ] || [ -z "$targets" ]; then
    echo "build.sh: no library sources, oracle sources or fuzz targets found" >&2
    exit 1
fi
# Targets whose input is a byte layout of numbers, where IMAP words would only
# be noise; every other target reads IMAP text after its leading bytes.
no_dict=" fuzz_sets fuzz_build "

inc="-std=c99 -Iinclude -Isrc -Igen"
obj="$WORK/obj"

# The library and the oracle, compiled once for all targets, $(nproc) at a time.
jobs=$(nproc)
running=0
for f in $lib_src $oracle_src; do
    mkdir -p "$obj/$(dirname "$f")"
    # shellcheck disable=SC2086  # $CFLAGS is a list of flags
    $CC $CFLAGS $inc -c "$f" -o "$obj/${f%.c}.o" &
    running=$((running + 1))
    if [ "$running" -ge "$jobs" ]; then
        wait -n
        running=$((running - 1))
    fi
done
while [ "$running" -gt 0 ]; do
    wait -n
    running=$((running - 1))
done

lib_obj=""
for f in $lib_src; do lib_obj="$lib_obj $obj/${f%.c}.o"; done
oracle_obj=""
for f in $oracle_src; do oracle_obj="$oracle_obj $obj/${f%.c}.o"; done

seeds="$WORK/seeds"
vectors="tests/vectors/rfc-examples.vec tests/vectors/conformance.vec"
for t in $targets; do
    # Only a target that includes the oracle's header links the oracle, so
    # that its code does not count in the others' coverage.
    extra=""
    if grep -q '^#include "oracle/' "fuzz/$t.c"; then extra=$oracle_obj; fi
    # shellcheck disable=SC2086
    $CC $CFLAGS $inc -c "fuzz/$t.c" -o "$obj/$t.o"
    # The engine's documentation asks for $CXX at the link, even for C:
    # $LIB_FUZZING_ENGINE may be a C++ library.
    # shellcheck disable=SC2086
    $CXX $CXXFLAGS "$obj/$t.o" $lib_obj $extra $LIB_FUZZING_ENGINE -o "$OUT/$t"

    case "$no_dict" in
    *" $t "*) ;;
    *) cp gen/qresync.dict "$OUT/$t.dict" ;;
    esac

    # Seeds from the vectors in the layout the target reads, and the inputs
    # kept in fuzz/regressions/TARGET/, which each found a bug once.
    rm -rf "$seeds" && mkdir -p "$seeds"
    # fuzz_prefix reads fuzz_parse's layout, so the same seeds serve it.
    if [ "$t" = fuzz_parse ] || [ "$t" = fuzz_prefix ]; then
        LC_ALL=C awk -F'\t' -v dir="$seeds" -f fuzz/vec-to-corpus.awk $vectors
    else
        LC_ALL=C awk -F'\t' -v target="$t" -v dir="$seeds" -v oracle_targets=src/oracle/compare.c \
            -f fuzz/oss-fuzz/seeds.awk $vectors
    fi
    if [ -d "fuzz/regressions/$t" ]; then
        for f in "fuzz/regressions/$t"/*; do
            if [ -f "$f" ]; then cp "$f" "$seeds/regression-$(basename "$f")"; fi
        done
    fi
    rm -f "$OUT/${t}_seed_corpus.zip"
    (cd "$seeds" && zip -q -r "$OUT/${t}_seed_corpus.zip" .)
done
rm -rf "$seeds"
