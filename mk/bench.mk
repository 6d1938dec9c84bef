# mk/bench.mk: included by the top Makefile.
#
# Benchmarks against Dovecot's lib-imap and libetpan (bench/README.md):
#   make bench         the full table, the targets as PASS/FAIL; exits 1 when one fails
#   make bench-quick   a shorter run (fewer, shorter rounds)
#   make bench-deps    apt-get install the peers' development packages (as root)
#   make bench-callgrind BENCH_IMPL=libqresync BENCH_INPUT=vanished-100k
#                      instructions per byte under callgrind, stable from run to run
#   make check-bench   (part of make check) checksums and allocation counts only, no timing
#
# The peers are optional: without their headers the harness still builds and
# reports them as missing (make bench then fails its peer targets).

BENCH_PEER_PACKAGES = dovecot-dev libetpan-dev
# A few seconds, no timing: the checksums, the allocation count and the parser
# shortcut's agreement with the parser (bench/agree.c).
CHECK_EXTRA += check-bench
BENCH_SRC = bench/main.c bench/inputs.c bench/alloc_count.c bench/agree.c bench/impl_qresync.c bench/impl_digits.c
BENCH_HDR = bench/inputs.h bench/impl.h bench/alloc_count.h bench/agree.h include/qresync.h
BENCH_OPT = -O2 -g
BENCH_IMPL ?= libqresync
BENCH_INPUT ?= vanished-100k
BENCH_PASSES ?= 20

BENCH_HAVE_DOVECOT := $(wildcard /usr/include/dovecot/imap-seqset.h)
BENCH_HAVE_ETPAN := $(wildcard /usr/include/libetpan/libetpan.h)
# The peers' headers are not written for -Wpedantic -Wconversion -Wsign-conversion
# -Wcast-qual -Wstrict-prototypes (Dovecot's array and buffer macros, libetpan's
# K&R-style declarations): only the two files that include them drop those, and
# only those.
BENCH_PEER_RELAX = -Wno-pedantic -Wno-conversion -Wno-sign-conversion -Wno-cast-qual -Wno-strict-prototypes
# Dovecot's headers expect its config.h first and GNU C (its own DOVECOT_CFLAGS say -std=gnu99).
BENCH_DOVECOT_FLAGS = $(if $(BENCH_HAVE_DOVECOT),-std=gnu99 -DBENCH_HAVE_DOVECOT -I/usr/include/dovecot \
    -include /usr/include/dovecot/config.h)
BENCH_DOVECOT_RPATH = -Wl,-rpath,/usr/lib/dovecot
BENCH_DOVECOT_LIBS = $(if $(BENCH_HAVE_DOVECOT),-L/usr/lib/dovecot $(BENCH_DOVECOT_RPATH) -ldovecot)
BENCH_ETPAN_FLAGS = $(if $(BENCH_HAVE_ETPAN),-DBENCH_HAVE_ETPAN)
BENCH_ETPAN_LIBS = $(if $(BENCH_HAVE_ETPAN),-letpan)

$(B)/bench/%.o: bench/%.c $(BENCH_HDR)
	@mkdir -p $(dir $@)
	$(CC) -Iinclude -Ibench $(STD) $(BENCH_OPT) $(WARN) -c $< -o $@

$(B)/bench/impl_dovecot.o: bench/impl_dovecot.c $(BENCH_HDR)
	@mkdir -p $(dir $@)
	$(CC) -Iinclude -Ibench $(STD) $(BENCH_OPT) $(WARN) $(BENCH_PEER_RELAX) $(BENCH_DOVECOT_FLAGS) -c $< -o $@

$(B)/bench/impl_etpan.o: bench/impl_etpan.c $(BENCH_HDR)
	@mkdir -p $(dir $@)
	$(CC) -Iinclude -Ibench $(STD) $(BENCH_OPT) $(WARN) $(BENCH_PEER_RELAX) $(BENCH_ETPAN_FLAGS) -c $< -o $@

BENCH_OBJ = $(BENCH_SRC:bench/%.c=$(B)/bench/%.o) $(B)/bench/impl_dovecot.o $(B)/bench/impl_etpan.o

$(B)/bench/qrs-bench: $(BENCH_OBJ) $(B)/libqresync.a
	$(CC) $(BENCH_OBJ) $(B)/libqresync.a $(BENCH_DOVECOT_LIBS) $(BENCH_ETPAN_LIBS) -o $@

bench: $(B)/bench/qrs-bench
	$(B)/bench/qrs-bench

bench-quick: $(B)/bench/qrs-bench
	$(B)/bench/qrs-bench --quick

bench-callgrind: $(B)/bench/qrs-bench
	@valgrind --tool=callgrind --callgrind-out-file=$(B)/bench/callgrind.out --toggle-collect=bench_measured_passes \
	    $(B)/bench/qrs-bench --only $(BENCH_IMPL) --input $(BENCH_INPUT) --passes $(BENCH_PASSES) 2>$(B)/bench/callgrind.log \
	    >$(B)/bench/callgrind.run; cat $(B)/bench/callgrind.run
	@grep -q ' ok=1 ' $(B)/bench/callgrind.run || { echo "CALLGRIND $(BENCH_INPUT) $(BENCH_IMPL) not run (no such input, or no parser for it)"; exit 1; }; \
	ir=$$(awk '/^summary:/ { print $$2 }' $(B)/bench/callgrind.out); \
	bytes=$$(sed -n 's/.*bytes_per_pass=\([0-9]*\).*/\1/p' $(B)/bench/callgrind.run); \
	lines=$$(sed -n 's/.*lines_per_pass=\([0-9]*\).*/\1/p' $(B)/bench/callgrind.run); \
	awk -v ir=$$ir -v b=$$bytes -v l=$$lines -v p=$(BENCH_PASSES) 'BEGIN { \
	    printf "CALLGRIND %s %s instructions/byte %.2f instructions/line %.0f\n", "$(BENCH_INPUT)", "$(BENCH_IMPL)", \
	        ir / (b * p), ir / (l * p) }'

bench-deps:
	@missing=""; for p in $(BENCH_PEER_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	    if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	    else echo "missing packages; run: sudo apt-get install -y$$missing"; exit 1; fi; fi

check-bench: $(B)/bench/qrs-bench
	@$(if $(BENCH_HAVE_DOVECOT),,echo "check-bench: dovecot-dev missing, Dovecot skipped";) \
	$(if $(BENCH_HAVE_ETPAN),,echo "check-bench: libetpan-dev missing, libetpan skipped";) \
	$(B)/bench/qrs-bench --check

.PHONY: bench bench-quick bench-callgrind bench-deps check-bench
