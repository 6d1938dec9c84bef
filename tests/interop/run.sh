#!/bin/sh
# run.sh BUILD_DIR IMAP_BINARY - the live interop session (see README.md).
#
# Prepares a throw-away mail home with fixed UIDVALIDITY values, runs the
# driver BUILD_DIR/interop/dovecot-qresync against IMAP_BINARY (Dovecot's
# pre-authenticated imap process, one per connection, on stdin/stdout), then
# lints the transcripts it wrote with BUILD_DIR/qresync.  Dovecot refuses to
# keep mail as root, so as root the server runs as nobody (uid 65534).
set -eu

build=$(cd "$1" && pwd)
imap=$2
out=$build/interop
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
chmod 755 "$work"   # mktemp -d makes 0700: nobody could not enter it
mkdir -p "$out"
rm -f "$out/session-a.txt" "$out/session-b.txt" "$out/server.log"

home=$work/home
for d in cur new tmp .Archive/cur .Archive/new .Archive/tmp; do mkdir -p "$home/Maildir/$d"; done
# A Maildir's dovecot-uidlist header "3 V<uidvalidity> N<next uid>" fixes the
# UIDVALIDITY, which Dovecot otherwise takes from the clock.
printf '3 V1000000001 N1\n' > "$home/Maildir/dovecot-uidlist"
printf '3 V1000000002 N1\n' > "$home/Maildir/.Archive/dovecot-uidlist"
# Our own configuration: the system one may point mail elsewhere (mbox in /var/mail on Debian).
printf '%s\n' 'mail_location = maildir:~/Maildir' 'ssl = no' 'log_path = /dev/stderr' > "$work/dovecot.conf"
chmod 644 "$work/dovecot.conf"

if [ "$(id -u)" = 0 ]; then
    chown -R 65534:65534 "$home"
    chmod 755 "$home"
    user=$(getent passwd 65534 | cut -d: -f1)
    setpriv=$(command -v setpriv) || { echo "check-interop: setpriv (util-linux) is needed to run Dovecot as nobody"; exit 1; }
    set -- "$setpriv" --reuid=65534 --regid=65534 --clear-groups "$imap" -c "$work/dovecot.conf"
else
    user=$(id -un)
    set -- "$imap" -c "$work/dovecot.conf"
fi

# The driver starts the server itself, once per connection, with this environment.
if ! (cd "$work" && env USER="${user:-nobody}" HOME="$home" MAIL='maildir:~/Maildir' \
        "$out/dovecot-qresync" "$out" "$@"); then
    echo "check-interop: failed; transcripts and server log in $out"
    exit 1
fi
"$build/qresync" lint --dialect=rfc7162 "$out/session-a.txt" "$out/session-b.txt"
