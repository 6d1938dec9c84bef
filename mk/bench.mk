# mk/bench.mk: included by the top Makefile.
