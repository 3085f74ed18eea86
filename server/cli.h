/* cli.h — `chronik analyze`: one article, or a JSON-lines batch, without a server. */
#ifndef CHRONIK_CLI_H
#define CHRONIK_CLI_H

/* Runs the analyze subcommand; returns the exit status (0 ok, 2 bad input or usage, 1 when
 * the resources cannot be loaded). */
int cli_analyze(int argc, char **argv);

#endif
