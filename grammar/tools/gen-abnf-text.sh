#!/bin/sh
# gen-abnf-text.sh FILE... - write gen/abnf-text.c: the ABNF files as C arrays
# of lines, so that the ABNF oracle (src/oracle/) and `qresync gen` read the
# grammar as written without needing the source tree at run time.
set -eu
echo '/* Generated from grammar/abnf/ by grammar/tools/gen-abnf-text.sh; do not edit. */'
echo '#include "oracle/abnf.h"'
i=0
for f in "$@"; do
    printf '\nstatic const char *const file%d[] = {\n' "$i"
    # Escape backslashes, double quotes and question marks (no trigraphs); every byte of the files is printable ASCII.
    sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/?/\\?/g' -e 's/^/    "/' -e 's/$/",/' "$f"
    printf '    0\n};\n'
    i=$((i + 1))
done
printf '\nconst qrs_abnf_file qrs_abnf_files[] = {\n'
i=0
for f in "$@"; do
    printf '    {"%s", file%d},\n' "$(basename "$f")" "$i"
    i=$((i + 1))
done
printf '};\n\nconst size_t qrs_abnf_file_count = %d;\n' "$i"
