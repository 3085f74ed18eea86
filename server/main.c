/* main.c — the chronik binary: `serve` runs the service, `analyze` one article or a batch. */
#include <stdio.h>
#include <string.h>

#include <curl/curl.h>

#include "server/cli.h"
#include "server/server.h"

static const char usage[] =
    "chronik " CHRONIK_VERSION " — who takes part in a news article, when things happen, and in\n"
    "what order.\n"
    "\n"
    "usage: chronik serve [--config FILE] [--listen HOST:PORT]\n"
    "       chronik analyze [options] [FILE|-]      (chronik analyze --help)\n"
    "       chronik --version | --help\n";

int main(int argc, char **argv)
{
    if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") ||
        !strcmp(argv[1], "help")) {
        fputs(usage, argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    if (!strcmp(argv[1], "--version") || !strcmp(argv[1], "version")) {
        printf("chronik %s\n", CHRONIK_VERSION);
        return 0;
    }
    curl_global_init(CURL_GLOBAL_DEFAULT);
    int status;
    if (!strcmp(argv[1], "serve"))
        status = server_main(argc - 1, argv + 1);
    else if (!strcmp(argv[1], "analyze"))
        status = cli_analyze(argc - 1, argv + 1);
    else {
        fprintf(stderr, "chronik: unknown command '%s'\n%s", argv[1], usage);
        status = 2;
    }
    curl_global_cleanup();
    return status;
}
