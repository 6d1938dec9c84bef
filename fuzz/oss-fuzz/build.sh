#!/bin/bash -eu
# OSS-Fuzz / ClusterFuzzLite build script: every target of fuzz/, compiled with
# the infrastructure's $CC/$CFLAGS and linked with $LIB_FUZZING_ENGINE into
# $OUT, with the ABNF dictionary and a seed corpus from the example vectors.
# The targets are the ones `make fuzz-smoke` runs, unchanged.
cd "$SRC/libqresync"

lib="src/actions.c src/arena.c src/build.c src/error.c src/frame.c src/keywords.c src/number.c src/parse.c
     src/ranges.c src/seqset.c src/write.c src/writer.c gen/lexer.c gen/parser.c gen/parser-rules.c"
for t in fuzz_parse fuzz_sets fuzz_build fuzz_frame; do
    # shellcheck disable=SC2086
    $CC $CFLAGS -std=c99 -Iinclude -Isrc -Igen "fuzz/$t.c" $lib $LIB_FUZZING_ENGINE -o "$OUT/$t"
done

for t in fuzz_parse fuzz_frame; do
    cp gen/qresync.dict "$OUT/$t.dict"
done

# Seed corpus: one vector input per file, with the two option bytes fuzz_parse reads first.
seeds=$(mktemp -d)
awk -F'\t' -v dir="$seeds" -f fuzz/vec-to-corpus.awk tests/vectors/rfc-examples.vec tests/vectors/conformance.vec
(cd "$seeds" && zip -q "$OUT/fuzz_parse_seed_corpus.zip" ./*)
rm -rf "$seeds"
