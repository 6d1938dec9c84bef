# mk/examples.mk: included by the top Makefile.
#
# The two example programs (examples/README.md), built with the project's
# warnings against the library, and `make check-examples`: the client
# resyncs against the server through pipes and must end with the server's
# mailbox (examples/tests/run.sh).

EXAMPLES_BIN = $(B)/examples
EXAMPLES_SHARED = examples/imap_stream.c examples/imap_stream.h include/qresync.h

$(EXAMPLES_BIN)/%: examples/%.c $(EXAMPLES_SHARED) $(B)/libqresync.a
	@mkdir -p $(dir $@)
	$(CC) -Iinclude $(CFLAGS_ALL) $< examples/imap_stream.c $(B)/libqresync.a -o $@

# The same under ASan and UBSan, for the check.
$(EXAMPLES_BIN)/asan/%: examples/%.c $(EXAMPLES_SHARED) $(B)/asan/libqresync.a
	@mkdir -p $(dir $@)
	$(CC) -Iinclude $(STD) -O1 -g $(WARN) $(SAN) $< examples/imap_stream.c $(B)/asan/libqresync.a -o $@

examples: $(EXAMPLES_BIN)/client_resync $(EXAMPLES_BIN)/server_responder

check-examples: $(EXAMPLES_BIN)/asan/client_resync $(EXAMPLES_BIN)/asan/server_responder $(B)/qresync \
                $(EXAMPLES_BIN)/client_resync $(EXAMPLES_BIN)/server_responder
	UBSAN_OPTIONS=halt_on_error=1 ASAN_OPTIONS=detect_leaks=1 \
	    sh examples/tests/run.sh $(EXAMPLES_BIN)/asan $(B)/qresync $(EXAMPLES_BIN)/work

CHECK_EXTRA += check-examples
.PHONY: examples check-examples
