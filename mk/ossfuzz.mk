# mk/ossfuzz.mk: included by the top Makefile.
#
#   make check-ossfuzz   fuzz/oss-fuzz/build.sh run as OSS-Fuzz and ClusterFuzzLite run it
#                        (bash -eu, their variables and flags only, once per sanitizer), then
#                        every target it built run on its own seed corpus and dictionary
#                        (fuzz/oss-fuzz/check.sh).  OSSFUZZ_SANITIZERS picks the builds.
#   make print-lib-src, print-oracle-src
#                        the library's and the ABNF oracle's sources, for build.sh, which
#                        has no other way to follow this Makefile.

# build.sh zips the seed corpora (the engine's image has zip); check.sh unzips them.
APT_PACKAGES += zip unzip

OSSFUZZ_SANITIZERS ?= address undefined memory
# Executions per target beyond its seed corpus.
OSSFUZZ_RUNS ?= 5000

print-lib-src:
	@echo $(LIB_SRC)

print-oracle-src:
	@echo $(ORACLE_SRC)

check-ossfuzz:
	OSSFUZZ_RUNS='$(OSSFUZZ_RUNS)' bash fuzz/oss-fuzz/check.sh $(OSSFUZZ_SANITIZERS)

.PHONY: print-lib-src print-oracle-src check-ossfuzz
