/* server.c — the libmicrohttpd daemon and the life of one request.
 *
 * Lifecycle (libmicrohttpd's largepost pattern): the first call of the access handler creates
 * the exchange, counts it in flight and answers at once what needs no body (404, 405, OPTIONS,
 * 415, 413 by Content-Length, 503 over the in-flight limit); the following calls accumulate the
 * body up to max_body_bytes (past it: 413 and the rest discarded); the call with no more data
 * runs the handler. The completion callback writes the access log, counts the metrics and frees
 * the exchange and its arena. Resources load in a thread after the socket is open, so /readyz
 * can say 503 meanwhile. SIGTERM/SIGINT quiesce the daemon and wait for the requests in flight. */
#include "server/server.h"

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>
#include <microhttpd.h>

#include "handlers/handlers.h"
#include "server/http.h"
#include "server/log.h"
#include "server/metrics.h"
#include "server/problem.h"

struct server {
    const config *cfg;
    struct MHD_Daemon *daemon;
    fetcher *fetcher; /* NULL when fetch.enabled is false */
    int port;
    _Atomic(const resources *) res;
    atomic_ullong next_id;
    unsigned long long id_seed;
    /* connections whose request head has not come in yet (header watchdog, below) */
    pthread_mutex_t conns_lock;
    struct conn_state *conns;
    pthread_t watchdog;
    bool watchdog_running;
    atomic_bool stopping;
};

/* One open connection, for the header watchdog: libmicrohttpd's connection timeout counts
 * silence only, so a client that sends its request line and headers a byte a second would hold
 * the connection for ever. The watchdog shuts down the socket of a connection whose request head
 * is not complete request_timeout_s after the connection opened or its last request ended; the
 * daemon then sees the connection fail and closes it. Entries live from the daemon's STARTED to
 * its CLOSED notification, which comes before the socket is closed, so the watchdog never
 * touches a descriptor that was reused. */
typedef struct conn_state {
    struct conn_state *next, *prev;
    int fd;
    double since;    /* when the connection opened or its last request ended */
    bool in_request; /* the request head is complete: the body and handler have their own limit */
    bool cut;
} conn_state;

/* The route table: every endpoint of API.md. */
static const struct route {
    const char *method;
    const char *path;
    http_handler handler;
} routes[] = {
    {"POST", "/analyze", handle_analyze},     {"GET", "/healthz", handle_healthz},
    {"GET", "/readyz", handle_readyz},        {"GET", "/metrics", handle_metrics},
    {"GET", "/openapi.json", handle_openapi}, {"GET", "/", handle_demo},
};
#define NROUTES (sizeof routes / sizeof *routes)

/* Server-side state of one exchange beyond what handlers see. */
typedef struct exchange {
    http_exchange x;
    server *srv;
    const struct route *route;
    bool responded;
    int status;
    size_t bytes_out;
    char client[INET6_ADDRSTRLEN + 8];
} exchange;

arena *http_arena(http_exchange *x)
{
    if (!x->arena) x->arena = arena_new(0, 0);
    return x->arena;
}

void http_json(http_response *r, int status, json_t *json)
{
    char *s = json ? json_dumps(json, JSON_COMPACT) : NULL;
    json_decref(json);
    if (!s) {
        r->status = 500;
        r->content_type = "application/problem+json";
        r->body = (char *)"{\"type\":\"" PROBLEM_TYPE_BASE "out-of-memory\",\"title\":\"Out of "
                          "memory\",\"status\":500}";
        r->len = strlen(r->body);
        r->body_static = true;
        return;
    }
    r->status = status;
    r->content_type = "application/json";
    r->body = s;
    r->len = strlen(s);
    r->body_static = false;
}

void http_problem(http_response *r, int code, const char *detail)
{
    const problem_def *p = problem_lookup((ck_code)code);
    http_json(r, p->status, problem_json((ck_code)code, detail));
    r->content_type = "application/problem+json";
}

const char *http_query(http_exchange *x, const char *name)
{
    return MHD_lookup_connection_value(x->conn, MHD_GET_ARGUMENT_KIND, name);
}

/* A request id: the client's when it is short and printable, else 16 new hex digits. */
static void make_request_id(server *s, struct MHD_Connection *c, char *out, size_t n)
{
    const char *given = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "X-Request-Id");
    if (given) {
        size_t len = strlen(given);
        bool ok = len > 0 && len < n && len <= 64;
        for (size_t i = 0; ok && i < len; i++)
            ok = given[i] > 0x20 && given[i] < 0x7f && given[i] != '"' && given[i] != '\\';
        if (ok) {
            memcpy(out, given, len + 1);
            return;
        }
    }
    unsigned long long v = atomic_fetch_add(&s->next_id, 1) + s->id_seed;
    /* splitmix64: distinct ids that do not look sequential */
    v += 0x9e3779b97f4a7c15ULL;
    v = (v ^ (v >> 30)) * 0xbf58476d1ce4e5b9ULL;
    v = (v ^ (v >> 27)) * 0x94d049bb133111ebULL;
    v ^= v >> 31;
    snprintf(out, n, "%016llx", v);
}

static void client_address(exchange *e)
{
    const union MHD_ConnectionInfo *ci =
        MHD_get_connection_info(e->x.conn, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    e->client[0] = '\0';
    if (!ci || !ci->client_addr) return;
    const struct sockaddr *sa = ci->client_addr;
    if (sa->sa_family == AF_INET)
        inet_ntop(AF_INET, &((const struct sockaddr_in *)sa)->sin_addr, e->client,
                  sizeof e->client);
    else if (sa->sa_family == AF_INET6)
        inet_ntop(AF_INET6, &((const struct sockaddr_in6 *)sa)->sin6_addr, e->client,
                  sizeof e->client);
    if (strncmp(e->client, "::ffff:", 7) == 0 && strchr(e->client, '.'))
        memmove(e->client, e->client + 7, strlen(e->client + 7) + 1);
}

/* The Allow header for path: every method routed there, plus OPTIONS (and HEAD with GET). */
static void allow_for(const char *path, char *out, size_t n)
{
    out[0] = '\0';
    for (size_t i = 0; i < NROUTES; i++) {
        if (strcmp(routes[i].path, path) != 0) continue;
        strncat(out, routes[i].method, n - strlen(out) - 1);
        strncat(out, ", ", n - strlen(out) - 1);
        if (strcmp(routes[i].method, "GET") == 0) strncat(out, "HEAD, ", n - strlen(out) - 1);
    }
    strncat(out, "OPTIONS", n - strlen(out) - 1);
}

static bool path_known(const char *path)
{
    for (size_t i = 0; i < NROUTES; i++)
        if (strcmp(routes[i].path, path) == 0) return true;
    return false;
}

static void add_cors(exchange *e, struct MHD_Response *resp, bool preflight)
{
    const char *origin = MHD_lookup_connection_value(e->x.conn, MHD_HEADER_KIND, "Origin");
    if (!origin || !config_origin_allowed(e->x.cfg, origin)) return;
    bool any = e->x.cfg->ncors_origins == 1 && strcmp(e->x.cfg->cors_origins[0], "*") == 0;
    MHD_add_response_header(resp, "Access-Control-Allow-Origin", any ? "*" : origin);
    if (!any) MHD_add_response_header(resp, "Vary", "Origin");
    MHD_add_response_header(resp, "Access-Control-Expose-Headers", "X-Request-Id, Retry-After");
    if (preflight) {
        char allow[128];
        allow_for(e->x.path, allow, sizeof allow);
        MHD_add_response_header(resp, "Access-Control-Allow-Methods", allow);
        const char *hdrs = MHD_lookup_connection_value(e->x.conn, MHD_HEADER_KIND,
                                                       "Access-Control-Request-Headers");
        MHD_add_response_header(resp, "Access-Control-Allow-Headers",
                                hdrs && strlen(hdrs) < 512 ? hdrs : "Content-Type, X-Request-Id");
        MHD_add_response_header(resp, "Access-Control-Max-Age", "600");
    }
}

static enum MHD_Result send_response(exchange *e, http_response *r)
{
    struct MHD_Response *resp = MHD_create_response_from_buffer(
        r->len, r->body, r->body_static ? MHD_RESPMEM_PERSISTENT : MHD_RESPMEM_MUST_FREE);
    if (!resp) {
        if (!r->body_static) free(r->body);
        return MHD_NO;
    }
    if (r->content_type) MHD_add_response_header(resp, "Content-Type", r->content_type);
    MHD_add_response_header(resp, "X-Request-Id", e->x.request_id);
    MHD_add_response_header(resp, "Cache-Control", "no-store");
    if (r->allow) MHD_add_response_header(resp, "Allow", r->allow);
    if (r->content_type && strncmp(r->content_type, "text/html", 9) == 0) {
        /* the demo page: its own inline script and style, requests to this origin only */
        MHD_add_response_header(resp, "Content-Security-Policy",
                                "default-src 'none'; script-src 'unsafe-inline'; style-src "
                                "'unsafe-inline'; connect-src 'self'; img-src 'self' data:; "
                                "base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
        MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
    }
    if (r->retry_after > 0) {
        char ra[16];
        snprintf(ra, sizeof ra, "%d", r->retry_after);
        MHD_add_response_header(resp, "Retry-After", ra);
    }
    add_cors(e, resp, r->status == 204 && strcmp(e->x.method, "OPTIONS") == 0);
    e->status = r->status;
    e->bytes_out = r->len;
    e->responded = true;
    enum MHD_Result ret = MHD_queue_response(e->x.conn, (unsigned)r->status, resp);
    MHD_destroy_response(resp);
    return ret;
}

static enum MHD_Result send_problem(exchange *e, int code, const char *detail, int retry_after)
{
    http_response r = {0};
    http_problem(&r, code, detail);
    r.retry_after = retry_after;
    if (code == CK_E_METHOD) {
        static _Thread_local char allow[128];
        allow_for(e->x.path, allow, sizeof allow);
        r.allow = allow;
    }
    return send_response(e, &r);
}

/* The body type of a Content-Type header value, or BODY_NONE when it is not one of ours. */
static body_type media_type(const char *ct, bool *bad_charset)
{
    *bad_charset = false;
    if (!ct) return BODY_NONE;
    while (*ct == ' ')
        ct++;
    size_t n = strcspn(ct, ";");
    while (n && ct[n - 1] == ' ')
        n--;
    body_type t = BODY_NONE;
    if (n == 16 && strncasecmp(ct, "application/json", n) == 0)
        t = BODY_JSON;
    else if (n == 10 && strncasecmp(ct, "text/plain", n) == 0)
        t = BODY_TEXT;
    else if (n == 9 && strncasecmp(ct, "text/html", n) == 0)
        t = BODY_HTML;
    const char *cs = strcasestr(ct, "charset=");
    if (t != BODY_NONE && cs) {
        cs += 8;
        if (*cs == '"') cs++;
        if (strncasecmp(cs, "utf-8", 5) != 0 && strncasecmp(cs, "utf8", 4) != 0 &&
            strncasecmp(cs, "us-ascii", 8) != 0 && t != BODY_HTML)
            *bad_charset = true;
    }
    return t;
}

static enum MHD_Result on_first_call(exchange *e, struct MHD_Connection *c)
{
    const config *cfg = e->x.cfg;
    /* the probes and the metrics answer however busy the server is: a liveness check that
     * failed under load would have the container restarted for being busy */
    bool probe = strcmp(e->x.path, "/healthz") == 0 || strcmp(e->x.path, "/readyz") == 0 ||
                 strcmp(e->x.path, "/metrics") == 0;
    if (!probe && metrics_in_flight() > cfg->max_in_flight)
        return send_problem(e, CK_E_BUSY, "too many requests in flight; retry shortly", 1);

    bool head = strcmp(e->x.method, "HEAD") == 0;
    for (size_t i = 0; i < NROUTES; i++)
        if (strcmp(routes[i].path, e->x.path) == 0 &&
            (strcmp(routes[i].method, e->x.method) == 0 ||
             (head && strcmp(routes[i].method, "GET") == 0)))
            e->route = &routes[i];

    if (!path_known(e->x.path)) {
        char d[160];
        snprintf(d, sizeof d, "no endpoint at %.100s", e->x.path);
        return send_problem(e, CK_E_NOT_FOUND, d, 0);
    }
    if (strcmp(e->x.method, "OPTIONS") == 0) {
        http_response r = {204, NULL, (char *)"", 0, true, NULL, 0};
        char allow[128];
        allow_for(e->x.path, allow, sizeof allow);
        r.allow = allow;
        return send_response(e, &r);
    }
    if (!e->route) {
        char d[160];
        snprintf(d, sizeof d, "%.16s is not allowed on %.100s", e->x.method, e->x.path);
        return send_problem(e, CK_E_METHOD, d, 0);
    }
    if (strcmp(e->route->method, "POST") == 0) {
        const char *ct = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Content-Type");
        bool bad_charset;
        e->x.body_type = media_type(ct, &bad_charset);
        if (e->x.body_type == BODY_NONE || bad_charset) {
            char d[200];
            snprintf(d, sizeof d,
                     "Content-Type '%.80s' is not accepted: use application/json, "
                     "text/plain; charset=utf-8 or text/html",
                     ct ? ct : "(none)");
            return send_problem(e, CK_E_MEDIA_TYPE, d, 0);
        }
        const char *cl = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Content-Length");
        if (cl && strtoll(cl, NULL, 10) > cfg->max_body_bytes) {
            char d[96];
            snprintf(d, sizeof d, "body exceeds %ld bytes", cfg->max_body_bytes);
            return send_problem(e, CK_E_TOO_LARGE, d, 0);
        }
    }
    return MHD_YES;
}

/* Marks connection c's request head as complete (in_request) or, when its request has ended,
 * restarts the head's clock for the next request on the connection. */
static void conn_mark(server *s, struct MHD_Connection *c, bool in_request)
{
    const union MHD_ConnectionInfo *ci =
        MHD_get_connection_info(c, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
    conn_state *cs = ci ? ci->socket_context : NULL;
    if (!cs) return;
    pthread_mutex_lock(&s->conns_lock);
    cs->in_request = in_request;
    cs->since = pipeline_clock();
    pthread_mutex_unlock(&s->conns_lock);
}

static void on_connection(void *cls, struct MHD_Connection *c, void **socket_context,
                          enum MHD_ConnectionNotificationCode code)
{
    server *s = cls;
    if (code == MHD_CONNECTION_NOTIFY_STARTED) {
        const union MHD_ConnectionInfo *ci =
            MHD_get_connection_info(c, MHD_CONNECTION_INFO_CONNECTION_FD);
        conn_state *cs = ci ? calloc(1, sizeof *cs) : NULL;
        *socket_context = cs;
        if (!cs) return; /* out of memory: the connection goes unwatched, as before */
        cs->fd = ci->connect_fd;
        cs->since = pipeline_clock();
        pthread_mutex_lock(&s->conns_lock);
        cs->next = s->conns;
        if (s->conns) s->conns->prev = cs;
        s->conns = cs;
        pthread_mutex_unlock(&s->conns_lock);
    } else if (code == MHD_CONNECTION_NOTIFY_CLOSED) {
        conn_state *cs = *socket_context;
        *socket_context = NULL;
        if (!cs) return;
        pthread_mutex_lock(&s->conns_lock);
        if (cs->prev)
            cs->prev->next = cs->next;
        else
            s->conns = cs->next;
        if (cs->next) cs->next->prev = cs->prev;
        pthread_mutex_unlock(&s->conns_lock);
        free(cs);
    }
}

static void *watchdog_main(void *arg)
{
    server *s = arg;
    while (!atomic_load(&s->stopping)) {
        struct timespec ts = {0, 250 * 1000 * 1000};
        nanosleep(&ts, NULL);
        double now = pipeline_clock(), limit = s->cfg->request_timeout_s;
        pthread_mutex_lock(&s->conns_lock);
        for (conn_state *cs = s->conns; cs; cs = cs->next)
            if (!cs->in_request && !cs->cut && now - cs->since > limit) {
                shutdown(cs->fd, SHUT_RDWR);
                cs->cut = true;
            }
        pthread_mutex_unlock(&s->conns_lock);
    }
    return NULL;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url,
                                  const char *method, const char *version, const char *upload_data,
                                  size_t *upload_data_size, void **con_cls)
{
    server *s = cls;
    exchange *e = *con_cls;
    if (!e) {
        e = calloc(1, sizeof *e);
        if (!e) return MHD_NO;
        *con_cls = e;
        e->srv = s;
        e->x.conn = c;
        e->x.cfg = s->cfg;
        e->x.fetcher = s->fetcher;
        e->x.res = atomic_load(&s->res);
        e->x.method = method;
        e->x.path = url;
        e->x.t_start = pipeline_clock();
        conn_mark(s, c, true);
        metrics_in_flight_add(1);
        make_request_id(s, c, e->x.request_id, sizeof e->x.request_id);
        client_address(e);
        return on_first_call(e, c);
    }
    if (*upload_data_size) {
        size_t n = *upload_data_size;
        *upload_data_size = 0;
        e->x.bytes_in += n;
        if (pipeline_clock() - e->x.t_start > s->cfg->request_timeout_s) {
            log_msg(LOG_WARN, "closing a client too slow to send its body (request %s)",
                    e->x.request_id);
            e->status = 408;
            return MHD_NO;
        }
        if (e->responded || e->x.too_large) return MHD_YES; /* discard */
        if (e->x.body_len + n > (size_t)s->cfg->max_body_bytes) {
            /* answer 413 now; libmicrohttpd closes the connection after it, unread */
            e->x.too_large = true;
            free(e->x.body);
            e->x.body = NULL;
            e->x.body_len = e->x.body_cap = 0;
            char d[96];
            snprintf(d, sizeof d, "body exceeds %ld bytes", s->cfg->max_body_bytes);
            if (send_problem(e, CK_E_TOO_LARGE, d, 0) != MHD_YES) {
                e->responded = false; /* not accepted mid-upload: discard, answer at the end */
            }
            return MHD_YES;
        }
        if (e->x.body_len + n + 1 > e->x.body_cap) {
            size_t cap = e->x.body_cap ? e->x.body_cap : 4096;
            while (cap < e->x.body_len + n + 1)
                cap *= 2;
            char *nb = realloc(e->x.body, cap);
            if (!nb) return MHD_NO;
            e->x.body = nb;
            e->x.body_cap = cap;
        }
        memcpy(e->x.body + e->x.body_len, upload_data, n);
        e->x.body_len += n;
        e->x.body[e->x.body_len] = '\0';
        return MHD_YES;
    }
    if (e->responded) return MHD_YES;
    http_response r = {0};
    e->route->handler(&e->x, &r);
    if (r.suspended) return MHD_YES; /* resumed later, then called again */
    return send_response(e, &r);
}

static void on_completed(void *cls, struct MHD_Connection *c, void **con_cls,
                         enum MHD_RequestTerminationCode toe)
{
    exchange *e = *con_cls;
    conn_mark(cls, c, false);
    if (!e) return;
    *con_cls = NULL;
    double secs = pipeline_clock() - e->x.t_start;
    int status = e->status ? e->status : 499; /* 499: the client went away first */
    metrics_request_done(metrics_route_of(e->x.path), status, secs, e->x.bytes_in);
    if (e->x.analyzed) metrics_analysis(&e->x.times);
    metrics_in_flight_add(-1);

    const char *client = e->client;
    const char *xff = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "X-Forwarded-For");
    char fwd[INET6_ADDRSTRLEN + 8];
    if (xff && config_proxy_trusted(e->x.cfg, e->client)) {
        /* the nearest address the trusted proxy saw: the last entry of the list */
        const char *last = strrchr(xff, ',');
        last = last ? last + 1 : xff;
        while (*last == ' ')
            last++;
        snprintf(fwd, sizeof fwd, "%s", last);
        client = problem_utf8_scrub(fwd);
    }
    /* the method and the (unescaped) path are the client's bytes: json_pack refuses a string
     * that is not UTF-8, which would leave the line without any field */
    char *method = strdup(e->x.method), *path = strdup(e->x.path);
    json_t *line =
        json_pack("{s:s, s:s, s:s, s:i, s:I, s:I, s:f, s:s, s:s}", "method",
                  method ? problem_utf8_scrub(method) : "?", "path",
                  path ? problem_utf8_scrub(path) : "?", "event", "access", "status", status,
                  "bytes_in", (json_int_t)e->x.bytes_in, "bytes_out", (json_int_t)e->bytes_out,
                  "duration_ms", secs * 1e3, "request_id", e->x.request_id, "client", client);
    if (line && toe != MHD_REQUEST_TERMINATED_COMPLETED_OK)
        json_object_set_new(line, "terminated", json_integer(toe));
    log_json(LOG_INFO, "request", line);
    free(method);
    free(path);

    free(e->x.body);
    json_decref(e->x.json);
    fetch_result_clear(&e->x.fetched);
    arena_free(e->x.arena);
    free(e);
}

__attribute__((format(printf, 2, 0))) static void mhd_log(void *cls, const char *fmt, va_list ap)
{
    char buf[512];
    vsnprintf(buf, sizeof buf, fmt, ap);
    size_t n = strlen(buf);
    while (n && buf[n - 1] == '\n')
        buf[--n] = '\0';
    log_msg(LOG_WARN, "libmicrohttpd: %s", buf);
}

server *server_new(const config *cfg, ck_error *err)
{
    server *s = calloc(1, sizeof *s);
    if (!s) {
        ck_fail(err, CK_E_NOMEM, "out of memory");
        return NULL;
    }
    s->cfg = cfg;
    s->id_seed = (unsigned long long)time(NULL) ^ ((unsigned long long)getpid() << 32);
    pthread_mutex_init(&s->conns_lock, NULL);

    char port[16];
    snprintf(port, sizeof port, "%d", cfg->listen_port);
    struct addrinfo hints = {0}, *ai = NULL;
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
    int gai = getaddrinfo(cfg->listen_host, port, &hints, &ai);
    if (gai) {
        ck_fail(err, CK_E_CONFIG, "listen: cannot resolve '%s': %s", cfg->listen_host,
                gai_strerror(gai));
        free(s);
        return NULL;
    }
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_USE_ITC |
                     MHD_ALLOW_SUSPEND_RESUME | MHD_USE_ERROR_LOG;
    if (ai->ai_family == AF_INET6) flags |= MHD_USE_IPv6;
    /* one thread: the internal polling thread alone (a pool of one is refused) */
    struct MHD_OptionItem pool[] = {
        {cfg->threads > 1 ? MHD_OPTION_THREAD_POOL_SIZE : MHD_OPTION_END,
         (intptr_t)(cfg->threads > 1 ? cfg->threads : 0), NULL},
        {MHD_OPTION_END, 0, NULL},
    };
    s->daemon = MHD_start_daemon(
        flags, 0, NULL, NULL, on_request, s, MHD_OPTION_EXTERNAL_LOGGER, mhd_log, s,
        MHD_OPTION_SOCK_ADDR, ai->ai_addr, MHD_OPTION_CONNECTION_TIMEOUT,
        (unsigned)cfg->request_timeout_s, MHD_OPTION_NOTIFY_COMPLETED, on_completed, s,
        MHD_OPTION_NOTIFY_CONNECTION, on_connection, s, MHD_OPTION_CONNECTION_LIMIT,
        (unsigned)(cfg->max_in_flight + 64), MHD_OPTION_LISTENING_ADDRESS_REUSE, 1u,
        MHD_OPTION_ARRAY, pool, MHD_OPTION_END);
    freeaddrinfo(ai);
    if (!s->daemon) {
        ck_fail(err, CK_E_CONFIG, "listen: cannot listen on %s:%d (address in use or not local?)",
                cfg->listen_host, cfg->listen_port);
        free(s);
        return NULL;
    }
    if (cfg->fetch_enabled && !(s->fetcher = fetcher_new(cfg, err))) {
        MHD_stop_daemon(s->daemon);
        free(s);
        return NULL;
    }
    const union MHD_DaemonInfo *di = MHD_get_daemon_info(s->daemon, MHD_DAEMON_INFO_BIND_PORT);
    s->port = di ? di->port : cfg->listen_port;
    s->watchdog_running = pthread_create(&s->watchdog, NULL, watchdog_main, s) == 0;
    return s;
}

int server_port(const server *s)
{
    return s->port;
}

void server_set_resources(server *s, const resources *res)
{
    atomic_store(&s->res, res);
}

void server_shutdown(server *s, double grace_s)
{
    if (!s || !s->daemon) return;
    /* new connections are refused at once (shutdown ends the listening), but the descriptor is
     * closed only after the daemon stops: quiescing tells each worker thread to take it out of
     * its epoll set, and a worker that does so after a close finds a bad descriptor and aborts
     * the process (libmicrohttpd "Failed to remove listen FD from epoll set", seen once in the
     * sanitizer run) */
    MHD_socket fd = MHD_quiesce_daemon(s->daemon);
    if (fd != MHD_INVALID_SOCKET) shutdown(fd, SHUT_RDWR);
    double until = pipeline_clock() + grace_s;
    while (metrics_in_flight() > 0 && pipeline_clock() < until) {
        struct timespec ts = {0, 10 * 1000 * 1000};
        nanosleep(&ts, NULL);
    }
    /* fetches still running end now; their connections are resumed before the daemon stops */
    fetcher_free(s->fetcher);
    s->fetcher = NULL;
    MHD_stop_daemon(s->daemon);
    s->daemon = NULL;
    if (fd != MHD_INVALID_SOCKET) close(fd);
}

void server_free(server *s)
{
    if (!s) return;
    atomic_store(&s->stopping, true);
    if (s->watchdog_running) pthread_join(s->watchdog, NULL);
    fetcher_free(s->fetcher);
    if (s->daemon) MHD_stop_daemon(s->daemon);
    pthread_mutex_destroy(&s->conns_lock);
    free(s);
}

/* ---- chronik serve ---- */

typedef struct loader {
    server *srv;
    const char *dir;
    resources_opts opts;
    resources *res;
    pthread_t main_thread;
} loader;

static void *load_resources(void *arg)
{
    loader *l = arg;
    ck_error err = {0};
    double t0 = pipeline_clock();
    l->res = resources_load_opts(l->dir, &l->opts, &err);
    if (!l->res) {
        log_json(LOG_ERROR, "cannot load resources",
                 json_pack("{s:s, s:s}", "resources", l->dir, "error", err.detail));
        pthread_kill(l->main_thread, SIGUSR1);
        return NULL;
    }
    server_set_resources(l->srv, l->res);
    log_json(LOG_INFO, "ready",
             json_pack("{s:s, s:{s:s, s:s}, s:f}", "resources", l->dir, "ner_models", "de",
                       l->opts.ner_model_de, "en", l->opts.ner_model_en, "load_ms",
                       (pipeline_clock() - t0) * 1e3));
    return NULL;
}

static const char serve_usage[] =
    "usage: chronik serve [--config FILE] [--listen HOST:PORT]\n"
    "\n"
    "Runs the HTTP service. Configuration: config/chronik.json (or --config FILE), then\n"
    "CHRONIK_* environment variables, then --listen. SIGTERM or SIGINT stop it gracefully.\n";

int server_main(int argc, char **argv)
{
    const char *config_path = NULL, *listen = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            fputs(serve_usage, stdout);
            return 0;
        } else if (!strcmp(argv[i], "--config") && i + 1 < argc) {
            config_path = argv[++i];
        } else if (!strcmp(argv[i], "--listen") && i + 1 < argc) {
            listen = argv[++i];
        } else {
            fprintf(stderr, "chronik serve: unknown argument '%s'\n%s", argv[i], serve_usage);
            return 2;
        }
    }
    extern char **environ;
    config cfg;
    ck_error err = {0};
    if (config_load(&cfg, config_path, environ, listen, &err)) {
        log_json(LOG_ERROR, "bad configuration", json_pack("{s:s}", "error", err.detail));
        config_free(&cfg);
        return 2;
    }
    log_set_level(cfg.log_level);

    /* signals are taken by sigwait in this thread only */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGUSR1);
    pthread_sigmask(SIG_BLOCK, &set, NULL);
    signal(SIGPIPE, SIG_IGN);

    server *s = server_new(&cfg, &err);
    if (!s) {
        log_json(LOG_ERROR, "cannot start", json_pack("{s:s}", "error", err.detail));
        config_free(&cfg);
        return 1;
    }
    log_json(LOG_INFO, "listening",
             json_pack("{s:s, s:i, s:i, s:s}", "host", cfg.listen_host, "port", server_port(s),
                       "threads", cfg.threads, "version", CHRONIK_VERSION));

    loader l = {s, cfg.resources, {cfg.ner_model_de, cfg.ner_model_en}, NULL, pthread_self()};
    pthread_t th;
    if (pthread_create(&th, NULL, load_resources, &l)) {
        log_msg(LOG_ERROR, "cannot start the resource loader");
        server_free(s);
        config_free(&cfg);
        return 1;
    }
    int sig = 0;
    sigwait(&set, &sig);
    int status = 0;
    if (sig == SIGUSR1) {
        status = 1; /* resources failed: the loader said why */
    } else {
        log_json(LOG_INFO, "stopping",
                 json_pack("{s:s, s:I}", "signal", sig == SIGTERM ? "SIGTERM" : "SIGINT",
                           "in_flight", (json_int_t)metrics_in_flight()));
    }
    pthread_join(th, NULL);
    server_shutdown(s, cfg.request_timeout_s);
    server_free(s);
    resources_free(l.res);
    log_msg(LOG_INFO, "stopped");
    config_free(&cfg);
    return status;
}
