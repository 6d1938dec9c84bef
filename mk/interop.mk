# mk/interop.mk: included by the top Makefile.
