# libqresync - build, test and regenerate.
#
#   make             library (build/libqresync.a) and tool (build/qresync); needs only a C compiler
#   make check       tests (Criterion, under ASan+UBSan), grammar and allocator checks
#   make demo        run `qresync parse` on the bundled sample session
#   make regen       regenerate gen/ from grammar/ (needs re2c 3.0 and bison 3.8.2)
#   make check-gen   regenerate into a temporary folder and fail on any difference with gen/
#   make clean

CC ?= cc
OPT ?= -O2 -g
WARN = -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Wshadow -Wstrict-prototypes \
       -Wmissing-prototypes -Wcast-qual -Wundef -Wformat=2 -Wvla -Werror
STD = -std=c99
CPPFLAGS_LIB = -Iinclude -Isrc -Igen
CFLAGS_ALL = $(STD) $(OPT) $(WARN) $(CFLAGS)
SAN = -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer

RE2C ?= re2c
BISON ?= bison
RE2C_VERSION = 3.0
BISON_VERSION = 3.8.2

B = build
LIB_SRC = src/actions.c src/arena.c src/error.c src/frame.c src/keywords.c src/build.c src/number.c src/parse.c src/ranges.c src/resync.c src/seqset.c src/session.c src/tracker.c src/write.c src/writer.c \
          gen/lexer.c gen/parser.c gen/parser-rules.c
LIB_OBJ = $(LIB_SRC:%.c=$(B)/%.o)
ASAN_OBJ = $(LIB_SRC:%.c=$(B)/asan/%.o)
CLI_SRC = src/cli/qresync.c src/cli/json.c src/cli/gen.c
# The ABNF oracle (src/oracle/): beside the library, linked into the tool and the differential test.
ORACLE_SRC = src/oracle/abnf.c src/oracle/generate.c src/oracle/checks.c src/oracle/compare.c gen/abnf-text.c
ORACLE_HDR = src/oracle/abnf.h src/oracle/internal.h
GEN_FILES = gen/lexer.c gen/parser.c gen/parser.h gen/keywords.h gen/parser-rules.c gen/qresync.dict gen/abnf-text.c \
            gen/GENERATED
ABNF = grammar/abnf/core.abnf grammar/abnf/imap4rev1.abnf grammar/abnf/generic.abnf \
       grammar/abnf/enable-rfc5161.abnf grammar/abnf/condstore-rfc4551.abnf \
       grammar/abnf/qresync-draft03.abnf grammar/abnf/qresync-rfc5162.abnf grammar/abnf/rfc7162.abnf
TEST_SRC = $(wildcard tests/test_*.c)
APT_PACKAGES = g++ re2c bison libcriterion-dev clang libclang-rt-14-dev
# Checks that the mk/*.mk fragments add to `make check`; they run before the Criterion suites.
CHECK_EXTRA =

.DEFAULT_GOAL := all
# Parts with a file each (installation, examples, Dovecot interop, benchmarks); they
# may add to CHECK_EXTRA and APT_PACKAGES, so they are read before the rules below.
include mk/install.mk mk/examples.mk mk/interop.mk mk/bench.mk mk/ossfuzz.mk mk/mutate.mk

.PHONY: check-portable check-oracle oracle-report check-fuzz-regressions memcheck all check check-header check-grammar check-nm check-cli test demo regen check-gen deps clean

all: $(B)/libqresync.a $(B)/qresync

# MARK: - Library and tool

$(B)/%.o: %.c include/qresync.h src/internal.h src/actions.h src/writer.h gen/parser.h
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS_LIB) $(CFLAGS_ALL) -fvisibility=hidden -c $< -o $@

$(B)/libqresync.a: $(LIB_OBJ)
	rm -f $@
	ar rcs $@ $^

$(B)/qresync: $(CLI_SRC) src/cli/json.h src/cli/gen.h include/qresync.h $(ORACLE_SRC) $(ORACLE_HDR) $(B)/libqresync.a
	$(CC) -Iinclude -Isrc -D_POSIX_C_SOURCE=200809L $(CFLAGS_ALL) $(CLI_SRC) $(ORACLE_SRC) $(B)/libqresync.a -o $@

# MARK: - Tests (ASan + UBSan)

$(B)/asan/%.o: %.c include/qresync.h src/internal.h src/actions.h src/writer.h gen/parser.h
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS_LIB) $(CFLAGS_ALL) $(SAN) -c $< -o $@

$(B)/asan/libqresync.a: $(ASAN_OBJ)
	rm -f $@
	ar rcs $@ $^

# All suites in one Criterion binary: one Synthesis line for the whole run.
$(B)/tests/run-tests: $(TEST_SRC) tests/support.h $(B)/asan/libqresync.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS_LIB) -Itests -D_DEFAULT_SOURCE -DQRS_SOURCE_DIR='"$(CURDIR)"' $(STD) -O1 -g \
	    -Wall -Wextra -Werror $(SAN) $(TEST_SRC) $(B)/asan/libqresync.a -lcriterion -o $@

# The same suites without sanitizers, for valgrind (make memcheck).
$(B)/tests/run-tests-plain: $(TEST_SRC) tests/support.h $(B)/libqresync.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS_LIB) -Itests -D_DEFAULT_SOURCE -DQRS_SOURCE_DIR='"$(CURDIR)"' $(STD) -O1 -g \
	    -Wall -Wextra -Werror $(TEST_SRC) $(B)/libqresync.a -lcriterion -o $@

memcheck: $(B)/tests/run-tests-plain
	valgrind --quiet --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
	    --trace-children=yes $(B)/tests/run-tests-plain --jobs=1

# The sequence-set code other machines get (src/seqset.c): QRS_PORTABLE=1
# without SSE2 (as on 64-bit ARM), 2 also without SWAR reads and GCC
# builtins.  The set suites run against each build, under ASan + UBSan.
PORTABLE_LEVELS = 1 2
PORTABLE_SUITES = tests/test_seqset_scan.c tests/test_iter.c tests/test_validation.c tests/test_limits.c
$(B)/portable%/seqset.o: src/seqset.c include/qresync.h src/internal.h gen/parser.h
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS_LIB) $(CFLAGS_ALL) $(SAN) -DQRS_PORTABLE=$* -c $< -o $@

$(B)/portable%/libqresync.a: $(filter-out $(B)/asan/src/seqset.o,$(ASAN_OBJ)) $(B)/portable%/seqset.o
	rm -f $@
	ar rcs $@ $^

$(B)/portable%/set-tests: $(PORTABLE_SUITES) tests/support.h $(B)/portable%/libqresync.a
	$(CC) $(CPPFLAGS_LIB) -Itests -D_DEFAULT_SOURCE -DQRS_SOURCE_DIR='"$(CURDIR)"' $(STD) -O1 -g \
	    -Wall -Wextra -Werror $(SAN) $(PORTABLE_SUITES) $(B)/portable$*/libqresync.a -lcriterion -o $@

.PRECIOUS: $(B)/portable%/seqset.o $(B)/portable%/libqresync.a

check-portable: $(PORTABLE_LEVELS:%=$(B)/portable%/set-tests)
	@for l in $(PORTABLE_LEVELS); do \
	    UBSAN_OPTIONS=halt_on_error=1 ASAN_OPTIONS=detect_leaks=1 $(B)/portable$$l/set-tests --jobs=2 >$(B)/portable$$l/log 2>&1 \
	        || { cat $(B)/portable$$l/log; exit 1; }; \
	    echo "check-portable: QRS_PORTABLE=$$l: $$(grep -o 'Tested: [0-9]* | Passing: [0-9]*' $(B)/portable$$l/log)"; \
	done

test: $(B)/tests/run-tests
	UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 ASAN_OPTIONS=detect_leaks=1 $(B)/tests/run-tests --jobs=2

check: deps all check-header check-grammar check-nm check-cli check-fuzz-regressions check-oracle check-portable $(CHECK_EXTRA) test

# The parser against the ABNF oracle, in each dialect (tests/oracle/differential.c):
# for the start rules and every fragment rule, all generated strings parse, and parser
# and oracle give every mutant the same verdict; so too the strict cases of the vector
# files (ORACLE_VECTORS) and their mutants.  `make oracle-report` is the same run,
# with another seed (ORACLE_SEED), listing every disagreement (tests/oracle/README.md).
ORACLE_STRINGS ?= 3000
$(B)/tests/differential: tests/oracle/differential.c $(ORACLE_SRC) $(ORACLE_HDR) $(B)/asan/libqresync.a
	@mkdir -p $(dir $@)
	$(CC) -Iinclude -Isrc $(STD) -O1 -g $(WARN) $(SAN) tests/oracle/differential.c $(ORACLE_SRC) \
	    $(B)/asan/libqresync.a -o $@

ORACLE_VECTORS = tests/vectors/rfc-examples.vec tests/vectors/conformance.vec
check-oracle: $(B)/tests/differential
	UBSAN_OPTIONS=halt_on_error=1 $(B)/tests/differential -n $(ORACLE_STRINGS) $(ORACLE_VECTORS:%=-f %)

ORACLE_SEED ?= 2
oracle-report: $(B)/tests/differential
	$(B)/tests/differential -n $(ORACLE_STRINGS) -s $(ORACLE_SEED) $(ORACLE_VECTORS:%=-f %) -v

# Every input kept in fuzz/regressions/TARGET/ replayed through that target,
# built with the C compiler and ASan+UBSan (no clang or libFuzzer needed).
REGRESSION_TARGETS = $(notdir $(wildcard fuzz/regressions/fuzz_*))
$(B)/replay/%: fuzz/%.c fuzz/replay_main.c $(B)/asan/libqresync.a
	@mkdir -p $(dir $@)
	$(CC) -Iinclude -D_DEFAULT_SOURCE $(STD) -O1 -g $(WARN) -Wno-missing-prototypes $(SAN) $< fuzz/replay_main.c \
	    $(B)/asan/libqresync.a -o $@

check-fuzz-regressions: $(REGRESSION_TARGETS:%=$(B)/replay/%)
	@for t in $(REGRESSION_TARGETS); do \
	    UBSAN_OPTIONS=halt_on_error=1 $(B)/replay/$$t fuzz/regressions/$$t || exit 1; done

# The public header stands alone as C99 and as C++.
check-header:
	$(CC) -std=c99 $(WARN) -fsyntax-only -x c include/qresync.h
	$(CXX) -std=c++11 -Wall -Wextra -Wpedantic -Wshadow -Werror -fsyntax-only -x c++ include/qresync.h

# Every ABNF rule has an annotated implementation, and every annotation names an ABNF rule.
check-grammar:
	sh grammar/tools/check-annotations.sh grammar/abnf grammar/lexer.re grammar/parser.y src/*.c

# Every global symbol of the library starts with qrs_; the generated lexer and
# parser reference no allocator and hold no mutable data.
check-nm: $(B)/gen/lexer.o $(B)/gen/parser.o $(B)/libqresync.a
	@bad=$$(nm -g --defined-only $(B)/libqresync.a | awk 'NF == 3 && $$3 !~ /^qrs_/ { print $$3 }'); \
	if [ -n "$$bad" ]; then echo "library symbols without the qrs_ prefix: $$bad"; exit 1; fi
	@for o in $(B)/gen/lexer.o $(B)/gen/parser.o; do \
	    if nm -u $$o | grep -Ew 'malloc|calloc|realloc|free|alloca'; then echo "$$o references an allocator"; exit 1; fi; \
	    if size -A $$o | awk '($$1 == ".data" || $$1 == ".bss") && $$2 > 0 { bad = 1 } END { exit !bad }'; then \
	        echo "$$o has mutable global data"; exit 1; fi; \
	done; echo "check-nm: gen/lexer.o and gen/parser.o reference no allocator and hold no mutable data"

# The tool on the RFC examples: the lines the spec notes call invalid fail, the others parse.
check-cli: $(B)/qresync
	sh tests/cli/run.sh $(B)/qresync

demo: $(B)/qresync
	@echo "== a QRESYNC session (tests/vectors/demo-session.txt): every line parses"
	$(B)/qresync parse tests/vectors/demo-session.txt
	@echo "== the same session checked against the extension's rules, then sessions that break them"
	$(B)/qresync lint tests/vectors/demo-session.txt
	-$(B)/qresync lint tests/vectors/lint/*.txt
	@echo "== deviations real peers send (tests/vectors/demo-errors.txt): strict, then --lenient=all"
	-$(B)/qresync parse tests/vectors/demo-errors.txt
	-$(B)/qresync parse --lenient=all tests/vectors/demo-errors.txt

# Install missing Debian packages when root; otherwise say what to install.
deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	    dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	    if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	    else echo "missing packages; run: sudo apt-get install -y$$missing"; exit 1; fi; fi

# MARK: - Generated code

# regen-into DIR: write every generated file into DIR.
define regen_into
	@$(RE2C) --version | grep -qx 're2c $(RE2C_VERSION)' || { echo "need re2c $(RE2C_VERSION)"; exit 1; }
	@$(BISON) --version | head -1 | grep -q ' $(BISON_VERSION)$$' || { echo "need bison $(BISON_VERSION)"; exit 1; }
	@mkdir -p $(1)
	cd $(1) && $(RE2C) -W -Werror --no-generation-date --no-version -i $(CURDIR)/grammar/lexer.re -o lexer.c
	cd $(1) && $(BISON) -Wall -Werror --no-lines --report=itemset --report-file=parser.output \
	    -o parser.c --header=parser.h $(CURDIR)/grammar/parser.y
	sh grammar/tools/gen-state-rules.sh $(1)/parser.output grammar/parser.y > $(1)/parser-rules.c
	rm -f $(1)/parser.output
	sh grammar/tools/gen-keywords.sh $(ABNF) > $(1)/keywords.h
	sh grammar/tools/gen-dict.sh $(ABNF) > $(1)/qresync.dict
	sh grammar/tools/gen-abnf-text.sh $(ABNF) > $(1)/abnf-text.c
	printf '%s\n' "Generated from grammar/ by 'make regen'; do not edit." \
	    "re2c $(RE2C_VERSION), bison $(BISON_VERSION)" > $(1)/GENERATED
	sha256sum grammar/lexer.re grammar/parser.y $(ABNF) >> $(1)/GENERATED
endef

regen:
	$(call regen_into,gen)

check-gen:
	@tmp=$$(mktemp -d); trap 'rm -rf $$tmp' EXIT; \
	$(MAKE) -s --no-print-directory regen-tmp TMPGEN=$$tmp && \
	if diff -r gen $$tmp; then echo "check-gen: gen/ is fresh"; else echo "check-gen: gen/ is stale: run make regen"; exit 1; fi

regen-tmp:
	$(call regen_into,$(TMPGEN))

clean:
	rm -rf $(B)

# MARK: - Fuzzing (clang libFuzzer)

FUZZ_CC ?= clang
# FUZZ_SANITIZE=memory builds the targets with MemorySanitizer instead (use a separate B=build-msan).
FUZZ_SANITIZE ?= address,undefined -fno-sanitize-recover=undefined
FUZZ_FLAGS = -std=c99 -g -O1 -fsanitize=fuzzer,$(FUZZ_SANITIZE)
FUZZ_TIME ?= 30

FUZZ_TARGETS = fuzz_parse fuzz_sets fuzz_build fuzz_frame fuzz_frame_parse fuzz_set_model fuzz_resync fuzz_prefix fuzz_build_values
FUZZ_JOBS ?= $(shell nproc)
FUZZ_LONG ?= 3600

$(B)/fuzz/%: fuzz/%.c $(LIB_SRC) include/qresync.h src/internal.h src/actions.h src/writer.h gen/parser.h
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(CPPFLAGS_LIB) $(FUZZ_FLAGS) $< $(LIB_SRC) -o $@

# The oracle differential target also links the ABNF oracle.
$(B)/fuzz/fuzz_oracle: fuzz/fuzz_oracle.c $(LIB_SRC) $(ORACLE_SRC) $(ORACLE_HDR) include/qresync.h src/internal.h gen/parser.h
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(CPPFLAGS_LIB) $(FUZZ_FLAGS) $< $(LIB_SRC) $(ORACLE_SRC) -o $@

# Seed corpus: one message per file, from the conformance vectors.
$(B)/fuzz/corpus: tests/vectors/rfc-examples.vec tests/vectors/conformance.vec fuzz/vec-to-corpus.awk
	@rm -rf $@ && mkdir -p $@
	@awk -F'\t' -v dir=$@ -f fuzz/vec-to-corpus.awk tests/vectors/rfc-examples.vec tests/vectors/conformance.vec

# Every target for a bounded time, plus a replay of fuzz/regressions.
fuzz-smoke: $(FUZZ_TARGETS:%=$(B)/fuzz/%) $(B)/fuzz/fuzz_oracle $(B)/fuzz/corpus
	$(B)/fuzz/fuzz_parse -dict=gen/qresync.dict -max_total_time=$(FUZZ_TIME) -max_len=4096 -timeout=10 \
	    -print_final_stats=1 $(B)/fuzz/corpus
	$(B)/fuzz/fuzz_prefix -dict=gen/qresync.dict -max_total_time=$(FUZZ_TIME) -max_len=1024 -timeout=10 \
	    -print_final_stats=1 $(B)/fuzz/corpus
	$(B)/fuzz/fuzz_sets -max_total_time=$(FUZZ_TIME) -max_len=1024 -timeout=10 -print_final_stats=1
	$(B)/fuzz/fuzz_set_model -max_total_time=$(FUZZ_TIME) -max_len=512 -timeout=10 -print_final_stats=1
	$(B)/fuzz/fuzz_build -max_total_time=$(FUZZ_TIME) -max_len=256 -timeout=10 -print_final_stats=1
	$(B)/fuzz/fuzz_build_values -max_total_time=$(FUZZ_TIME) -max_len=256 -timeout=10 -print_final_stats=1
	$(B)/fuzz/fuzz_frame -dict=gen/qresync.dict -max_total_time=$(FUZZ_TIME) -max_len=4096 -timeout=10 \
	    -print_final_stats=1
	$(B)/fuzz/fuzz_frame_parse -dict=gen/qresync.dict -max_total_time=$(FUZZ_TIME) -max_len=4096 -timeout=10 \
	    -print_final_stats=1
	$(B)/fuzz/fuzz_resync -max_total_time=$(FUZZ_TIME) -max_len=256 -timeout=10 -print_final_stats=1
	$(B)/fuzz/fuzz_oracle -dict=gen/qresync.dict -max_total_time=$(FUZZ_TIME) -max_len=513 -timeout=10 \
	    -print_final_stats=1
	@for t in $(REGRESSION_TARGETS); do $(B)/fuzz/$$t -runs=0 fuzz/regressions/$$t || exit 1; done
# Long runs on every core (libFuzzer -fork), each target's corpus kept in
# $(B)/fuzz/corpus-TARGET and merged down to a minimal one afterwards.
fuzz: $(FUZZ_TARGETS:%=$(B)/fuzz/%) $(B)/fuzz/corpus
	@for t in $(FUZZ_TARGETS); do \
	    mkdir -p $(B)/fuzz/corpus-$$t $(B)/fuzz/merged-$$t; \
	    { [ $$t = fuzz_parse ] || [ $$t = fuzz_prefix ]; } && cp -n $(B)/fuzz/corpus/* $(B)/fuzz/corpus-$$t/ 2>/dev/null; \
	    $(B)/fuzz/$$t -fork=$(FUZZ_JOBS) -dict=gen/qresync.dict -max_total_time=$(FUZZ_LONG) -max_len=4096 \
	        -timeout=10 -print_final_stats=1 $(B)/fuzz/corpus-$$t || exit 1; \
	    $(B)/fuzz/$$t -merge=1 $(B)/fuzz/merged-$$t $(B)/fuzz/corpus-$$t || exit 1; \
	done
# Source-based coverage of src/ and gen/ reached by the corpora of `make fuzz`
# (build/fuzz/corpus-TARGET), replayed through clang coverage builds.
fuzz-coverage:
	@mkdir -p $(B)/cov && rm -f $(B)/cov/*.profraw
	@for t in $(FUZZ_TARGETS); do \
	    $(FUZZ_CC) $(CPPFLAGS_LIB) -D_DEFAULT_SOURCE -std=c99 -O1 -fprofile-instr-generate -fcoverage-mapping \
	        fuzz/$$t.c fuzz/replay_main.c $(LIB_SRC) -o $(B)/cov/$$t || exit 1; \
	    LLVM_PROFILE_FILE=$(B)/cov/$$t.profraw $(B)/cov/$$t $(B)/fuzz/corpus-$$t \
	        $$([ -d fuzz/regressions/$$t ] && echo fuzz/regressions/$$t) >/dev/null || exit 1; \
	done
	llvm-profdata merge -sparse $(B)/cov/*.profraw -o $(B)/cov/all.profdata
	llvm-cov report $(B)/cov/fuzz_parse $(FUZZ_TARGETS:%=-object $(B)/cov/%) -instr-profile=$(B)/cov/all.profdata \
	    $(LIB_SRC)
.PHONY: fuzz fuzz-smoke fuzz-coverage
