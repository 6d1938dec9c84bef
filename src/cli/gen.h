/* gen.h - `qresync gen`: random valid instances of an ABNF rule (src/oracle/). */
#ifndef QRS_CLI_GEN_H
#define QRS_CLI_GEN_H

/* Run `qresync gen` with argv[0] == "gen"; returns the exit status. */
int qrs_cli_gen(int argc, char **argv);

#endif
