# mk/examples.mk: included by the top Makefile.
