# mk/interop.mk: included by the top Makefile.
#
# check-interop: a live QRESYNC session against Dovecot's imap process
# (tests/interop/README.md).  Skipped, with the reason, where Dovecot is not
# installed; `make deps` installs it (Debian package dovecot-imapd).

INTEROP_IMAP ?= /usr/lib/dovecot/imap
APT_PACKAGES += dovecot-imapd
CHECK_EXTRA += check-interop

INTEROP_SRC = tests/interop/dovecot_qresync.c tests/interop/imap_conn.c

# The driver: the project's warnings, ASan and UBSan, the sanitized library.
$(B)/interop/dovecot-qresync: $(INTEROP_SRC) tests/interop/imap_conn.h include/qresync.h $(B)/asan/libqresync.a
	@mkdir -p $(dir $@)
	$(CC) -Iinclude -D_POSIX_C_SOURCE=200809L $(STD) -O1 -g $(WARN) $(SAN) $(INTEROP_SRC) $(B)/asan/libqresync.a -o $@

check-interop: $(B)/interop/dovecot-qresync $(B)/qresync
	@if [ -x $(INTEROP_IMAP) ]; then \
	    UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 ASAN_OPTIONS=detect_leaks=1 \
	        sh tests/interop/run.sh $(B) $(INTEROP_IMAP); \
	else echo "check-interop: skipped: $(INTEROP_IMAP) not found (Debian package dovecot-imapd)"; fi

.PHONY: check-interop
