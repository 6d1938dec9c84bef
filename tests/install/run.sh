#!/bin/sh
# tests/install/run.sh - `make check-install`: install into a temporary tree
# and use the installed copy the way a program outside this repository would.
#
# Called by mk/install.mk with MAKE, B, CC, C[ "$("$root/bin/qresync" --version)" = "$QRS_VERSION" ] || fail "installed qresync --version does not print $QRS_VERSION"
#   - install puts exactly the expected files under DESTDIR+PREFIX, and the
#     directory variables (BINDIR, LIBDIR, ...) move them;
#   - the shared library's SONAME and symlinks, and that it exports exactly
#     the QRS_API functions of the header, all prefixed qrs_;
#   - qresync.pc gives working flags: consumer.c builds with them as C99 and
#     as C++, against the installed header, resolves the installed
#     libqresync.so.0 at run time, and passes its own checks;
#   - the installed tool runs; the man pages are installed, pass a lint, and
#     name every subcommand, option and public function;
#   - uninstall removes every installed file.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "check-install: $*" >&2; exit 1; }

# make_in TARGET VAR=VALUE...: run the top Makefile quietly, with only the
# given directory variables: none inherited from the calling make's command
# line (MAKEFLAGS) or from the environment, so that stage 1 sees the defaults.
make_in() {
    target=$1
    shift
    env -u MAKEFLAGS -u MFLAGS -u DESTDIR -u PREFIX -u BINDIR -u LIBDIR -u INCLUDEDIR -u MANDIR -u PKGCONFIGDIR \
        "$MAKE" -s --no-print-directory -C "$top" B="$B" "$target" "$@" >"$tmp/make.log" 2>&1 ||
        { cat "$tmp/make.log" >&2; fail "make $target $* failed"; }
}

files_under() { # every file and symlink under $1, relative, sorted
    (cd "$1" && find . \( -type f -o -type l \) | sed 's|^\./||' | LC_ALL=C sort)
}

# --- 1. Install with the default layout under a temporary PREFIX ----------
stage=$tmp/stage
prefix=/opt/qresync-check
make_in install DESTDIR="$stage" PREFIX="$prefix"
root=$stage$prefix

LC_ALL=C sort >"$tmp/want" <<EOF
opt/qresync-check/bin/qresync
opt/qresync-check/include/qresync.h
opt/qresync-check/lib/$SO_NAME
opt/qresync-check/lib/$SO_REAL
opt/qresync-check/lib/libqresync.a
opt/qresync-check/lib/libqresync.so
opt/qresync-check/lib/pkgconfig/qresync.pc
opt/qresync-check/share/man/man1/qresync.1
opt/qresync-check/share/man/man3/qresync.3
EOF
files_under "$stage" >"$tmp/got"
diff -u "$tmp/want" "$tmp/got" || fail "install did not put exactly the expected files under DESTDIR"

# --- 2. The shared library: symlinks, SONAME, exported symbols -------------
[ "$(readlink "$root/lib/libqresync.so")" = "$SO_NAME" ] || fail "libqresync.so does not point to $SO_NAME"
[ "$(readlink "$root/lib/$SO_NAME")" = "$SO_REAL" ] || fail "$SO_NAME does not point to $SO_REAL"
soname=$(readelf -d "$root/lib/$SO_REAL" | sed -n 's/.*Library soname: \[\(.*\)\].*/\1/p')
[ "$soname" = "$SO_NAME" ] || fail "SONAME is '$soname', want $SO_NAME"

# The public functions are the QRS_API declarations of the header; a
# declaration names its function just before the first '('.
sed -n 's/^QRS_API[^(]*[ *]\(qrs_[A-Za-z0-9_]*\)(.*/\1/p' "$top/include/qresync.h" | LC_ALL=C sort >"$tmp/api"
[ -s "$tmp/api" ] || fail "no QRS_API declaration found in include/qresync.h"
nm -D --defined-only "$root/lib/$SO_REAL" | awk 'NF == 3 { print $3 }' | LC_ALL=C sort >"$tmp/exported"
if grep -v '^qrs_' "$tmp/exported" >"$tmp/bad"; then
    cat "$tmp/bad" >&2
    fail "the shared library exports symbols without the qrs_ prefix (above)"
fi
diff -u "$tmp/api" "$tmp/exported" ||
    fail "exported symbols (+) differ from the header's QRS_API functions (-)"

# --- 3. pkg-config, then a C and a C++ consumer of the installed copy ------
export PKG_CONFIG_PATH="$root/lib/pkgconfig" PKG_CONFIG_SYSROOT_DIR="$stage" PKG_CONFIG_LIBDIR="$root/lib/pkgconfig"
[ "$(pkg-config --modversion qresync)" = "$QRS_VERSION" ] || fail "pkg-config --modversion is not $QRS_VERSION"
flags=$(pkg-config --cflags --libs qresync)
case " $flags " in *" -I$root/include "*) ;; *) fail "pkg-config --cflags '$flags' lacks -I$root/include" ;; esac
case " $flags " in *" -L$root/lib "*) ;; *) fail "pkg-config --libs '$flags' lacks -L$root/lib" ;; esac

cd "$tmp" # away from the source tree: only what pkg-config names is found
# shellcheck disable=SC2086 # flags and warning lists are word lists
$CC -std=c99 $WARN $SAN "$here/consumer.c" $flags -o consumer-c
# shellcheck disable=SC2086
$CXX -std=c++11 -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Werror $SAN \
    -x c++ "$here/consumer.c" -x none $flags -o consumer-c++
# shellcheck disable=SC2046,SC2086
$CC -std=c99 -M "$here/consumer.c" $(pkg-config --cflags qresync) | tr -d '\\' | tr ' ' '\n' |
    grep -qx "$root/include/qresync.h" || fail "the consumer did not include the installed header"

for lang in c c++; do
    prog=./consumer-$lang
    readelf -d "$prog" | grep -q "(NEEDED).*\[$SO_NAME\]" || fail "$prog does not need $SO_NAME"
    nm -u "$prog" | grep -qw qrs_parse || fail "$prog holds its own copy of qrs_parse instead of the shared one"
    LD_LIBRARY_PATH="$root/lib" ldd "$prog" >ldd.out
    grep -q "$SO_NAME => $root/lib/$SO_NAME " ldd.out || { cat ldd.out >&2; fail "$prog did not resolve $SO_NAME in $root/lib"; }
    LD_LIBRARY_PATH="$root/lib" ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1 "$prog" ||
        fail "$prog failed its checks"
done

# --- 4. The installed tool and the man pages -------------------------------
[ "$("$root/bin/qresync" --version)" = "$QRS_VERSION" ] || fail "installed qresync --version does not print $QRS_VERSION"
printf 'S: * VANISHED (EARLIER) 41,43:116\n' | "$root/bin/qresync" parse | grep -q '"ok":true' ||
    fail "installed qresync cannot parse a VANISHED line"

man1=$root/share/man/man1/qresync.1
man3=$root/share/man/man3/qresync.3
cmp -s "$man1" "$top/man/qresync.1" || fail "qresync.1 not installed as written"
cmp -s "$man3" "$top/man/qresync.3" || fail "qresync.3 not installed as written"
for page in "$man1" "$man3"; do
    grep -q "^\.TH QRESYNC [13] .*\"libqresync $QRS_VERSION\"" "$page" || fail "$page: .TH does not name libqresync $QRS_VERSION"
done
if command -v mandoc >/dev/null 2>&1; then
    mandoc -T lint -W warning "$man1" "$man3" || fail "mandoc -T lint reports the problems above"
else
    echo "check-install: mandoc not found, man page lint skipped (apt-get install mandoc)"
fi
# Every option that the tool's help and its gen help name has an entry of
# its own: a .TP tag naming it (roff writes '-' as '\-').  So has every
# leniency the help lists, and every rule src/session.c reports.
"$root/bin/qresync" --help >help.txt 2>&1 || true
"$root/bin/qresync" gen --help >>help.txt 2>&1 || true
awk 'prev == ".TP" && /^\.B[IR]? / { print } { prev = $0 }' "$man1" | sed 's/\\-/-/g' >tags.txt
{ awk '{ print $2 }' tags.txt | sed 's/[=,"].*//'; grep -Eo -- '--[a-z0-9]+(-[a-z0-9]+)*' tags.txt; } | sort -u >entries.txt
for opt in $(grep -Eo -- '--[a-z0-9]+(-[a-z0-9]+)*' help.txt | sort -u); do
    grep -qx -- "$opt" entries.txt || fail "qresync.1 has no entry for $opt"
done
for flag in $(sed -n '/--lenient/,/--help/p' help.txt | grep -Eo '[a-z0-9]+(-[a-z0-9]+)+' | sort -u); do
    grep -qx -- "$flag" entries.txt || fail "qresync.1 has no entry for the leniency $flag"
done
rules=$(sed -n 's/.*report(out, max, n, "\([a-z0-9-]*\)".*/\1/p' "$top/src/session.c" | sort -u)
[ -n "$rules" ] || fail "no lint rule found in src/session.c"
for rule in $rules; do
    grep -qx -- "$rule" entries.txt || fail "qresync.1 has no entry for the lint rule $rule (under .SS lint)"
done
for sub in $(sed -n 's/^ *\(usage:\)\{0,1\} *qresync \([a-z][a-z]*\).*/\2/p' help.txt | sort -u); do
    grep -qx "\.SS $sub" "$man1" || fail "qresync.1 has no section '.SS $sub'"
done
# Every public function outside the builder section has its name in qresync.3
# (the builders are listed there as a group; their owner documents each in the header).
for fn in $(grep -v '^qrs_build_' "$tmp/api"); do
    grep -qw "$fn" "$man3" || fail "qresync.3 does not mention $fn"
done

# The example program of qresync.3 compiles against the installed copy and
# prints the ranges its comment promises.
awk '/^\.SH EXAMPLES/ { e = 1 } e && /^\.nf/ { p = 1; next } p && /^\.fi/ { exit } p' "$man3" |
    sed 's/\\e/\\/g; s/\\-/-/g' >example3.c
# shellcheck disable=SC2086
$CC -std=c99 $WARN example3.c $flags -o example3 || fail "the example of qresync.3 does not compile"
LD_LIBRARY_PATH="$root/lib" ./example3 >example3.out || fail "the example of qresync.3 failed"
printf '300..310\n405..405\n411..411\n' | cmp -s - example3.out || fail "the example of qresync.3 printed other ranges"

# --- 5. Uninstall leaves no file behind -------------------------------------
make_in uninstall DESTDIR="$stage" PREFIX="$prefix"
files_under "$stage" >"$tmp/left"
[ ! -s "$tmp/left" ] || { cat "$tmp/left" >&2; fail "uninstall left the files above"; }

# --- 6. Each directory variable moves its files; uninstall follows them -----
stage2=$tmp/stage2
make_in install DESTDIR="$stage2" PREFIX=/usr BINDIR=/usr/games LIBDIR=/usr/lib64 INCLUDEDIR=/usr/include/imap \
    MANDIR=/usr/man PKGCONFIGDIR=/usr/share/pkgconfig
LC_ALL=C sort >"$tmp/want2" <<EOF
usr/games/qresync
usr/include/imap/qresync.h
usr/lib64/$SO_NAME
usr/lib64/$SO_REAL
usr/lib64/libqresync.a
usr/lib64/libqresync.so
usr/man/man1/qresync.1
usr/man/man3/qresync.3
usr/share/pkgconfig/qresync.pc
EOF
files_under "$stage2" >"$tmp/got2"
diff -u "$tmp/want2" "$tmp/got2" || fail "install ignored a directory variable"
# shellcheck disable=SC2016 # ${prefix} is pkg-config's, written literally in the .pc file
grep -qx 'libdir=${prefix}/lib64' "$stage2/usr/share/pkgconfig/qresync.pc" || fail "qresync.pc does not follow LIBDIR"
# shellcheck disable=SC2016
grep -qx 'includedir=${prefix}/include/imap' "$stage2/usr/share/pkgconfig/qresync.pc" ||
    fail "qresync.pc does not follow INCLUDEDIR"
make_in uninstall DESTDIR="$stage2" PREFIX=/usr BINDIR=/usr/games LIBDIR=/usr/lib64 INCLUDEDIR=/usr/include/imap \
    MANDIR=/usr/man PKGCONFIGDIR=/usr/share/pkgconfig
files_under "$stage2" >"$tmp/left2"
[ ! -s "$tmp/left2" ] || { cat "$tmp/left2" >&2; fail "uninstall with moved directories left the files above"; }

echo "check-install: installed, built as C and C++ via pkg-config against $SO_NAME, $(wc -l <"$tmp/exported") symbols exported, uninstalled clean"
