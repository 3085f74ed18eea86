/* metrics.c — lock-free counters (C11 atomics) and their Prometheus exposition. */
#include "server/metrics.h"

#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const route_names[METRIC_ROUTE_COUNT] = {
    "/analyze", "/healthz", "/readyz", "/metrics", "/openapi.json", "/", "other"};

static const int statuses[] = {200, 204, 400, 403, 404, 405, 408, 413,
                               415, 422, 429, 500, 501, 502, 503, 504};
#define NSTATUS      (sizeof statuses / sizeof *statuses)
#define STATUS_OTHER NSTATUS

static const double buckets[] = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                 0.1,    0.25,  0.5,    1,     2.5,  10};
#define NBUCKETS (sizeof buckets / sizeof *buckets)

static atomic_ullong requests[METRIC_ROUTE_COUNT][NSTATUS + 1];
static atomic_ullong latency_bucket[METRIC_ROUTE_COUNT][NBUCKETS + 1];
static atomic_ullong latency_sum_ns[METRIC_ROUTE_COUNT];
static atomic_ullong bytes_in_total;
static atomic_long in_flight;
static atomic_ullong stage_ns[STAGE_COUNT];
static atomic_ullong analyses;

metric_route metrics_route_of(const char *path)
{
    for (int i = 0; i < METRIC_ROUTE_OTHER; i++)
        if (strcmp(path, route_names[i]) == 0) return (metric_route)i;
    return METRIC_ROUTE_OTHER;
}

void metrics_request_done(metric_route route, int status, double seconds, size_t bytes_in)
{
    size_t si = STATUS_OTHER;
    for (size_t i = 0; i < NSTATUS; i++)
        if (statuses[i] == status) si = i;
    atomic_fetch_add(&requests[route][si], 1);
    size_t b = 0;
    while (b < NBUCKETS && seconds > buckets[b])
        b++;
    atomic_fetch_add(&latency_bucket[route][b], 1);
    atomic_fetch_add(&latency_sum_ns[route], (unsigned long long)(seconds * 1e9));
    atomic_fetch_add(&bytes_in_total, bytes_in);
}

void metrics_analysis(const pipeline_times *t)
{
    for (int s = 0; s < STAGE_COUNT; s++)
        atomic_fetch_add(&stage_ns[s], (unsigned long long)(t->seconds[s] * 1e9));
    atomic_fetch_add(&analyses, 1);
}

void metrics_in_flight_add(int delta)
{
    atomic_fetch_add(&in_flight, delta);
}

long metrics_in_flight(void)
{
    return atomic_load(&in_flight);
}

typedef struct sbuf {
    char *p;
    size_t len, cap;
    int failed;
} sbuf;

static void put(sbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void put(sbuf *b, const char *fmt, ...)
{
    if (b->failed) return;
    for (;;) {
        va_list ap;
        va_start(ap, fmt);
        int n = vsnprintf(b->p + b->len, b->cap - b->len, fmt, ap);
        va_end(ap);
        if (n < 0) {
            b->failed = 1;
            return;
        }
        if ((size_t)n < b->cap - b->len) {
            b->len += (size_t)n;
            return;
        }
        size_t ncap = (b->cap + (size_t)n + 1) * 2;
        char *np = realloc(b->p, ncap);
        if (!np) {
            b->failed = 1;
            return;
        }
        b->p = np;
        b->cap = ncap;
    }
}

char *metrics_render(size_t *len)
{
    sbuf b = {malloc(8192), 0, 8192, 0};
    if (!b.p) return NULL;
    b.p[0] = '\0';
    put(&b, "# HELP chronik_http_requests_total HTTP requests by route and status.\n"
            "# TYPE chronik_http_requests_total counter\n");
    for (int r = 0; r < METRIC_ROUTE_COUNT; r++)
        for (size_t s = 0; s <= NSTATUS; s++) {
            unsigned long long v = atomic_load(&requests[r][s]);
            if (!v) continue;
            if (s == STATUS_OTHER)
                put(&b, "chronik_http_requests_total{route=\"%s\",status=\"other\"} %llu\n",
                    route_names[r], v);
            else
                put(&b, "chronik_http_requests_total{route=\"%s\",status=\"%d\"} %llu\n",
                    route_names[r], statuses[s], v);
        }
    put(&b, "# HELP chronik_http_request_duration_seconds Time from the first byte of a request "
            "to the last of its response.\n"
            "# TYPE chronik_http_request_duration_seconds histogram\n");
    for (int r = 0; r < METRIC_ROUTE_COUNT; r++) {
        unsigned long long cum = 0;
        for (size_t i = 0; i <= NBUCKETS; i++) {
            cum += atomic_load(&latency_bucket[r][i]);
            if (i < NBUCKETS)
                put(&b,
                    "chronik_http_request_duration_seconds_bucket{route=\"%s\",le=\"%g\"} %llu\n",
                    route_names[r], buckets[i], cum);
            else
                put(&b,
                    "chronik_http_request_duration_seconds_bucket{route=\"%s\",le=\"+Inf\"} %llu\n",
                    route_names[r], cum);
        }
        put(&b, "chronik_http_request_duration_seconds_sum{route=\"%s\"} %.9f\n", route_names[r],
            (double)atomic_load(&latency_sum_ns[r]) * 1e-9);
        put(&b, "chronik_http_request_duration_seconds_count{route=\"%s\"} %llu\n", route_names[r],
            cum);
    }
    put(&b,
        "# HELP chronik_http_request_bytes_total Request body bytes received.\n"
        "# TYPE chronik_http_request_bytes_total counter\n"
        "chronik_http_request_bytes_total %llu\n",
        atomic_load(&bytes_in_total));
    put(&b,
        "# HELP chronik_http_requests_in_flight Requests being served now.\n"
        "# TYPE chronik_http_requests_in_flight gauge\n"
        "chronik_http_requests_in_flight %ld\n",
        atomic_load(&in_flight));
    put(&b, "# HELP chronik_analysis_stage_seconds_total Analysis time by pipeline stage.\n"
            "# TYPE chronik_analysis_stage_seconds_total counter\n");
    for (int s = 0; s < STAGE_COUNT; s++)
        put(&b, "chronik_analysis_stage_seconds_total{stage=\"%s\"} %.9f\n",
            pipeline_stage_name((pipeline_stage)s), (double)atomic_load(&stage_ns[s]) * 1e-9);
    put(&b,
        "# HELP chronik_analyses_total Articles analyzed.\n"
        "# TYPE chronik_analyses_total counter\n"
        "chronik_analyses_total %llu\n",
        atomic_load(&analyses));
    if (b.failed) {
        free(b.p);
        return NULL;
    }
    if (len) *len = b.len;
    return b.p;
}
