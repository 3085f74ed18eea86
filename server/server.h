/* server.h — the HTTP service: libmicrohttpd daemon, routes, limits, lifecycle. */
#ifndef CHRONIK_SERVER_H
#define CHRONIK_SERVER_H

#include "analysis/resources.h"
#include "models/error.h"
#include "server/config.h"

typedef struct server server;

/* Starts listening as cfg says (borrowed; must outlive the server) with a thread pool of
 * cfg->threads. Returns an owned server, or NULL with err filled. */
server *server_new(const config *cfg, ck_error *err);

/* The port actually bound (useful with port 0). */
int server_port(const server *s);

/* Publishes the loaded resources; from then on /readyz answers 200 and /analyze serves. */
void server_set_resources(server *s, const resources *res);

/* Stops accepting, lets the requests in flight finish (at most grace_s seconds), stops. */
void server_shutdown(server *s, double grace_s);

/* Frees the server (after server_shutdown). server_free(NULL) is harmless. */
void server_free(server *s);

/* `chronik serve [--config FILE] [--listen HOST:PORT]`: returns the process exit status. */
int server_main(int argc, char **argv);

#endif
