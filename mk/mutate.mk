# mk/mutate.mk: included by the top Makefile.
#
#   make mutate      one-line mutants of src/*.c, each built and run against the fast
#                    checks: did the tests notice? (tests/mutate.sh, tests/MUTATION.md)
#     MUTATE_FILES="src/a.c src/b.c"   the files to mutate (default: every library src/*.c)
#     MUTANTS=N          at most N mutants a file, sampled with MUTATE_SEED (0: all of them)
#     MUTATE_SEED=N      the sample's seed (the same seed and sources give the same mutants)
#     MUTATE_ONLY="src/a.c:LINE src/a.c@ID"   only those mutants (IDs from the results file)
#     MUTATE_SAN=1       library and tests under ASan+UBSan, as make check runs them (slower)
#     MUTATE_REPORT=FILE the survivors, "file:line: original -> mutant" (default
#                        $(MUTATE_B)/mutate/report.txt; all results in results.tsv beside it)
#
# Not part of make check: a full run takes about a second per mutant and ten
# per survivor.  Everything is built in MUTATE_B, never in $(B), and src/ is
# never written: each mutant is compiled from a copy.

MUTATE_B ?= $(B)-mutate
MUTATE_OPT ?= -O1 -g
MUTATE_SAN ?= 0
MUTATE_FILES ?=
MUTANTS ?= 0
MUTATE_SEED ?= 1
MUTATE_ONLY ?=
MUTATE_REPORT ?=

# What tests/mutate.sh builds once (it calls `make B=$(MUTATE_B) mutate-prepare`):
# the library objects, and the test suites' and the tool's objects, so that
# a mutant costs one library object and two links.
MUTATE_SANITIZED = $(filter 1,$(MUTATE_SAN))
MUTATE_DIR = $(B)/mutate$(if $(MUTATE_SANITIZED),-asan)
MUTATE_XFLAGS = $(if $(MUTATE_SANITIZED),$(SAN))
MUTATE_TEST_OBJ = $(TEST_SRC:tests/%.c=$(MUTATE_DIR)/tests/%.o)
# The tool is always built without sanitizers, as make check-cli runs it (its
# tests limit the address space, which ASan's shadow memory does not fit in).
MUTATE_TOOL_OBJ = $(CLI_SRC:%.c=$(B)/mutate/tool/%.o) $(ORACLE_SRC:%.c=$(B)/mutate/tool/%.o)

$(MUTATE_DIR)/tests/%.o: tests/%.c tests/support.h include/qresync.h
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS_LIB) -Itests -D_DEFAULT_SOURCE -DQRS_SOURCE_DIR='"$(CURDIR)"' $(STD) -O1 -g \
	    -Wall -Wextra -Werror $(MUTATE_XFLAGS) -c $< -o $@

$(B)/mutate/tool/%.o: %.c src/cli/json.h src/cli/gen.h include/qresync.h $(ORACLE_HDR)
	@mkdir -p $(dir $@)
	$(CC) -Iinclude -Isrc -D_POSIX_C_SOURCE=200809L $(CFLAGS_ALL) -c $< -o $@

mutate-prepare: $(B)/libqresync.a $(if $(MUTATE_SANITIZED),$(B)/asan/libqresync.a) $(MUTATE_TEST_OBJ) $(MUTATE_TOOL_OBJ)

# The flags and lists tests/mutate.sh needs, as shell assignments (one source: this Makefile).
mutate-env:
	@echo "MUTATE_CC='$(CC)'"
	@echo "MUTATE_LIB_CFLAGS='$(CPPFLAGS_LIB) $(CFLAGS_ALL) -fvisibility=hidden $(MUTATE_XFLAGS)'"
	@echo "MUTATE_TOOL_CFLAGS='$(CPPFLAGS_LIB) $(CFLAGS_ALL) -fvisibility=hidden'"
	@echo "MUTATE_LINK_FLAGS='$(MUTATE_XFLAGS)'"
	@echo "MUTATE_LIB_SRC='$(filter src/%,$(LIB_SRC))'"
	@echo "MUTATE_DIR='$(MUTATE_DIR)'"
	@echo "MUTATE_ARCHIVE='$(if $(MUTATE_SANITIZED),$(B)/asan/libqresync.a,$(B)/libqresync.a)'"
	@echo "MUTATE_OBJ_DIR='$(if $(MUTATE_SANITIZED),$(B)/asan,$(B))'"
	@echo "MUTATE_TEST_OBJ='$(MUTATE_TEST_OBJ)'"
	@echo "MUTATE_TOOL_OBJ='$(MUTATE_TOOL_OBJ)'"
	@echo "MUTATE_TOOL_ARCHIVE='$(B)/libqresync.a'"

mutate:
	MAKE='$(MAKE)' MUTATE_B='$(MUTATE_B)' MUTATE_OPT='$(MUTATE_OPT)' MUTATE_SAN='$(MUTATE_SAN)' \
	    MUTATE_FILES='$(MUTATE_FILES)' MUTANTS='$(MUTANTS)' MUTATE_SEED='$(MUTATE_SEED)' \
	    MUTATE_ONLY='$(MUTATE_ONLY)' MUTATE_REPORT='$(MUTATE_REPORT)' sh tests/mutate.sh

.PHONY: mutate mutate-prepare mutate-env
