# mk/install.mk: included by the top Makefile.
