# mk/install.mk: included by the top Makefile.
#
#   make install     header, static and shared library, the tool, qresync.pc, man pages
#   make uninstall   removes exactly what install put there
#   make check-install   installs into a temporary tree and builds a C and a C++ consumer
#                        through pkg-config against the installed shared library
#
# Directories follow the GNU conventions; each can be set on the command line,
# and DESTDIR is prepended to all of them (staged installs, packaging).

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
LIBDIR ?= $(PREFIX)/lib
INCLUDEDIR ?= $(PREFIX)/include
MANDIR ?= $(PREFIX)/share/man
PKGCONFIGDIR ?= $(LIBDIR)/pkgconfig
INSTALL ?= install

# The header is the one place the version is written down.
QRS_VERSION := $(shell sed -n 's/^.define QRS_VERSION_STRING "\(.*\)"$$/\1/p' include/qresync.h)
QRS_SOVERSION := $(firstword $(subst ., ,$(QRS_VERSION)))
SO_REAL = libqresync.so.$(QRS_VERSION)
SO_NAME = libqresync.so.$(QRS_SOVERSION)

PIC_OBJ = $(LIB_SRC:%.c=$(B)/pic/%.o)
INSTALL_MAN = man/qresync.1 man/qresync.3

APT_PACKAGES += pkg-config mandoc
CHECK_EXTRA += check-install

.PHONY: install uninstall check-install shared

shared: $(B)/$(SO_REAL)

# Position-independent copies of the library objects for the shared library;
# hidden visibility leaves only the QRS_API functions exported.
$(B)/pic/%.o: %.c include/qresync.h $(wildcard src/*.h gen/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS_LIB) $(CFLAGS_ALL) -fPIC -fvisibility=hidden -c $< -o $@

# -z defs: an unresolved reference fails here rather than in a consumer.
$(B)/$(SO_REAL): $(PIC_OBJ)
	$(CC) $(CFLAGS_ALL) -shared -Wl,-soname,$(SO_NAME) -Wl,-z,defs $(LDFLAGS) $^ -o $@

# Paths in the .pc file stay relative to ${prefix} when they lie under it,
# so that pkg-config --define-prefix can relocate the tree.  Written at
# install time, since it records the PREFIX of that install.
pc_path = $(patsubst $(PREFIX)/%,$${prefix}/%,$(1))
PC_SED = -e 's|@PREFIX@|$(PREFIX)|' -e 's|@LIBDIR@|$(call pc_path,$(LIBDIR))|' \
         -e 's|@INCLUDEDIR@|$(call pc_path,$(INCLUDEDIR))|' -e 's|@VERSION@|$(QRS_VERSION)|'

install: $(B)/libqresync.a $(B)/$(SO_REAL) $(B)/qresync $(INSTALL_MAN) qresync.pc.in
	$(INSTALL) -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(LIBDIR) $(DESTDIR)$(INCLUDEDIR) $(DESTDIR)$(PKGCONFIGDIR) \
	    $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man3
	$(INSTALL) -m 644 include/qresync.h $(DESTDIR)$(INCLUDEDIR)/qresync.h
	$(INSTALL) -m 644 $(B)/libqresync.a $(DESTDIR)$(LIBDIR)/libqresync.a
	$(INSTALL) -m 755 $(B)/$(SO_REAL) $(DESTDIR)$(LIBDIR)/$(SO_REAL)
	ln -sf $(SO_REAL) $(DESTDIR)$(LIBDIR)/$(SO_NAME)
	ln -sf $(SO_NAME) $(DESTDIR)$(LIBDIR)/libqresync.so
	$(INSTALL) -m 755 $(B)/qresync $(DESTDIR)$(BINDIR)/qresync
	sed $(PC_SED) qresync.pc.in > $(DESTDIR)$(PKGCONFIGDIR)/qresync.pc
	chmod 644 $(DESTDIR)$(PKGCONFIGDIR)/qresync.pc
	$(INSTALL) -m 644 man/qresync.1 $(DESTDIR)$(MANDIR)/man1/qresync.1
	$(INSTALL) -m 644 man/qresync.3 $(DESTDIR)$(MANDIR)/man3/qresync.3

# Files only; directories may be shared with other packages and are left.
uninstall:
	rm -f $(DESTDIR)$(INCLUDEDIR)/qresync.h $(DESTDIR)$(LIBDIR)/libqresync.a \
	    $(DESTDIR)$(LIBDIR)/$(SO_REAL) $(DESTDIR)$(LIBDIR)/$(SO_NAME) $(DESTDIR)$(LIBDIR)/libqresync.so \
	    $(DESTDIR)$(BINDIR)/qresync $(DESTDIR)$(PKGCONFIGDIR)/qresync.pc \
	    $(DESTDIR)$(MANDIR)/man1/qresync.1 $(DESTDIR)$(MANDIR)/man3/qresync.3

# The script drives install and uninstall through this Makefile, so it tests
# the rules above rather than a copy of them.
check-install: $(B)/libqresync.a $(B)/$(SO_REAL) $(B)/qresync $(INSTALL_MAN)
	MAKE='$(MAKE)' B='$(B)' CC='$(CC)' CXX='$(CXX)' WARN='$(WARN)' SAN='$(SAN)' SO_REAL='$(SO_REAL)' \
	    SO_NAME='$(SO_NAME)' QRS_VERSION='$(QRS_VERSION)' sh tests/install/run.sh
