# mk/ossfuzz.mk: included by the top Makefile.
#
#   make print-lib-src, print-oracle-src
#                        the library's and the ABNF oracle's sources, for build.sh, which
#                        has no other way to follow this Makefile.

# build.sh zips the seed corpora (the engine's image has zip).
APT_PACKAGES += zip

print-lib-src:
	@echo $(LIB_SRC)

print-oracle-src:
	@echo $(ORACLE_SRC)

.PHONY: print-lib-src print-oracle-src
