/* main.c — the chronik binary: subcommands serve and analyze. */
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "--version") == 0) {
        printf("chronik %s\n", CHRONIK_VERSION);
        return 0;
    }
    fprintf(stderr, "usage: chronik serve|analyze\n");
    return 2;
}
