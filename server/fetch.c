/* fetch.c — SSRF-safe page fetching on a libcurl multi handle driven by one thread.
 *
 * Safety: the address check happens in CURLOPT_OPENSOCKETFUNCTION, i.e. on the exact address
 * libcurl is about to connect to, after its own resolution — so there is no window between a
 * check and the connection for DNS rebinding, and every redirect's new connection is checked the
 * same way. Proxies from the environment are disabled, only http and https are allowed (also for
 * redirects, at most 5), the body is capped while it arrives, the whole transfer has a time limit.
 *
 * Threading: fetch_start() appends a job under a mutex and wakes the thread
 * (curl_multi_wakeup); the thread adds jobs to the multi handle, performs, and for each finished
 * transfer fills the caller's result and calls its done callback (which resumes the suspended
 * HTTP connection). */
#include "server/fetch.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <curl/curl.h>

#define FETCH_MAX_REDIRECTS 5
#define FETCH_USER_AGENT    "chronik/" CHRONIK_VERSION " (news article analysis)"

typedef struct job {
    struct job *next;
    CURL *easy;
    const config *cfg;
    fetch_result *out;
    fetch_done_fn done;
    void *ctx;
    char *buf;
    size_t len, cap;
    bool too_large;
    char refused[INET6_ADDRSTRLEN + 40]; /* the address the policy refused, if any */
    char url[];
} job;

struct fetcher {
    const config *cfg;
    CURLM *multi;
    pthread_t thread;
    pthread_mutex_t mu;
    job *queue;   /* waiting to be added to the multi handle */
    job *running; /* added */
    bool stop;
};

void fetch_result_clear(fetch_result *r)
{
    if (!r) return;
    free(r->body);
    memset(r, 0, sizeof *r);
}

static bool v4_public(const unsigned char *a)
{
    if (a[0] == 0 || a[0] == 10 || a[0] == 127) return false;
    if (a[0] == 100 && (a[1] & 0xc0) == 64) return false; /* 100.64/10 shared */
    if (a[0] == 169 && a[1] == 254) return false;         /* link-local */
    if (a[0] == 172 && (a[1] & 0xf0) == 16) return false; /* 172.16/12 */
    if (a[0] == 192 && a[1] == 168) return false;
    if (a[0] == 192 && a[1] == 0 && (a[2] == 0 || a[2] == 2)) return false;
    if (a[0] == 198 && (a[1] & 0xfe) == 18) return false; /* benchmarking */
    if (a[0] == 198 && a[1] == 51 && a[2] == 100) return false;
    if (a[0] == 203 && a[1] == 0 && a[2] == 113) return false;
    if (a[0] >= 224) return false; /* multicast, reserved, broadcast */
    return true;
}

bool fetch_address_public(const struct sockaddr *addr)
{
    if (addr->sa_family == AF_INET)
        return v4_public((const unsigned char *)&((const struct sockaddr_in *)addr)->sin_addr);
    if (addr->sa_family != AF_INET6) return false;
    const unsigned char *a = ((const struct sockaddr_in6 *)addr)->sin6_addr.s6_addr;
    static const unsigned char zero10[10] = {0};
    if (memcmp(a, zero10, 10) == 0) {
        if (a[10] == 0xff && a[11] == 0xff) return v4_public(a + 12); /* ::ffff:a.b.c.d */
        if (a[10] == 0 && a[11] == 0) return false; /* ::, ::1, ::a.b.c.d (deprecated) */
        return false;
    }
    if (a[0] == 0x00 && a[1] == 0x64 && a[2] == 0xff && a[3] == 0x9b) /* 64:ff9b::/96 NAT64 */
        return v4_public(a + 12);
    if ((a[0] & 0xfe) == 0xfc) return false;                 /* fc00::/7 unique local */
    if (a[0] == 0xfe && (a[1] & 0xc0) == 0x80) return false; /* fe80::/10 link-local */
    if (a[0] == 0xfe && (a[1] & 0xc0) == 0xc0) return false; /* fec0::/10 site-local */
    if (a[0] == 0xff) return false;                          /* multicast */
    if (a[0] == 0x20 && a[1] == 0x01 && a[2] == 0x0d && a[3] == 0xb8) return false; /* docs */
    if (a[0] == 0x20 && a[1] == 0x02) { /* 6to4 embeds an IPv4 address */
        return v4_public(a + 2);
    }
    return true;
}

int fetch_check_url(const char *url, ck_error *err)
{
    CURLU *u = curl_url();
    if (!u) return ck_fail(err, CK_E_NOMEM, "out of memory");
    char *scheme = NULL, *host = NULL;
    int rc = 0;
    if (curl_url_set(u, CURLUPART_URL, url, 0) != CURLUE_OK) {
        rc = ck_fail(err, CK_E_UNPROCESSABLE, "'%.200s' is not a valid absolute URL", url);
    } else if (curl_url_get(u, CURLUPART_SCHEME, &scheme, 0) != CURLUE_OK ||
               (strcasecmp(scheme, "http") != 0 && strcasecmp(scheme, "https") != 0)) {
        rc = ck_fail(err, CK_E_UNPROCESSABLE, "only http and https URLs are fetched, not '%.40s'",
                     scheme ? scheme : "?");
    } else if (curl_url_get(u, CURLUPART_HOST, &host, 0) != CURLUE_OK || !host || !*host) {
        rc = ck_fail(err, CK_E_UNPROCESSABLE, "the URL has no host");
    }
    curl_free(scheme);
    curl_free(host);
    curl_url_cleanup(u);
    return rc;
}

static curl_socket_t open_socket(void *clientp, curlsocktype purpose, struct curl_sockaddr *a)
{
    job *j = clientp;
    if (!j->cfg->fetch_allow_private && !fetch_address_public(&a->addr)) {
        char ip[INET6_ADDRSTRLEN] = "?";
        if (a->family == AF_INET)
            inet_ntop(AF_INET, &((struct sockaddr_in *)&a->addr)->sin_addr, ip, sizeof ip);
        else if (a->family == AF_INET6)
            inet_ntop(AF_INET6, &((struct sockaddr_in6 *)&a->addr)->sin6_addr, ip, sizeof ip);
        snprintf(j->refused, sizeof j->refused, "%s", ip);
        return CURL_SOCKET_BAD;
    }
    return socket(a->family, a->socktype, a->protocol);
}

static size_t on_data(char *p, size_t size, size_t n, void *ud)
{
    job *j = ud;
    size_t len = size * n;
    if (j->len + len > (size_t)j->cfg->fetch_max_bytes) {
        j->too_large = true;
        return 0; /* aborts the transfer */
    }
    if (j->len + len + 1 > j->cap) {
        size_t cap = j->cap ? j->cap : 65536;
        while (cap < j->len + len + 1)
            cap *= 2;
        char *nb = realloc(j->buf, cap);
        if (!nb) return 0;
        j->buf = nb;
        j->cap = cap;
    }
    memcpy(j->buf + j->len, p, len);
    j->len += len;
    j->buf[j->len] = '\0';
    return len;
}

static job *job_new(const config *cfg, const char *url, fetch_result *out)
{
    size_t n = strlen(url);
    job *j = calloc(1, sizeof *j + n + 1);
    if (!j) return NULL;
    memcpy(j->url, url, n + 1);
    j->cfg = cfg;
    j->out = out;
    j->easy = curl_easy_init();
    if (!j->easy) {
        free(j);
        return NULL;
    }
    CURL *e = j->easy;
    curl_easy_setopt(e, CURLOPT_URL, (const char *)j->url);
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(e, CURLOPT_MAXREDIRS, (long)FETCH_MAX_REDIRECTS);
    curl_easy_setopt(e, CURLOPT_PROXY, ""); /* never through an environment proxy */
    curl_easy_setopt(e, CURLOPT_NOPROXY, "*");
    curl_easy_setopt(e, CURLOPT_TIMEOUT, (long)cfg->fetch_timeout_s);
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT, (long)cfg->fetch_timeout_s);
    curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)cfg->fetch_max_bytes);
    curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, ""); /* every encoding libcurl decodes */
    curl_easy_setopt(e, CURLOPT_USERAGENT, FETCH_USER_AGENT);
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_OPENSOCKETFUNCTION, open_socket);
    curl_easy_setopt(e, CURLOPT_OPENSOCKETDATA, j);
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, on_data);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, j);
    curl_easy_setopt(e, CURLOPT_PRIVATE, j);
    return j;
}

static bool is_html_type(const char *ct, const char *body, size_t len)
{
    if (!ct || !*ct) { /* no header: believe the bytes if they look like markup */
        size_t i = 0;
        while (i < len && (body[i] == ' ' || body[i] == '\n' || body[i] == '\r' || body[i] == '\t'))
            i++;
        return i < len && body[i] == '<';
    }
    size_t n = strcspn(ct, "; ");
    return (n == 9 && strncasecmp(ct, "text/html", 9) == 0) ||
           (n == 21 && strncasecmp(ct, "application/xhtml+xml", 21) == 0);
}

/* Fills j->out from a finished transfer and frees the job's transfer state. */
static void job_finish(job *j, CURLcode cc)
{
    fetch_result *r = j->out;
    memset(r, 0, sizeof *r);
    char *ct = NULL;
    curl_easy_getinfo(j->easy, CURLINFO_RESPONSE_CODE, &r->http_status);
    curl_easy_getinfo(j->easy, CURLINFO_CONTENT_TYPE, &ct);
    if (ct) snprintf(r->content_type, sizeof r->content_type, "%s", ct);
    if (j->refused[0]) {
        r->code = CK_E_UNPROCESSABLE;
        snprintf(r->detail, sizeof r->detail,
                 "refused to fetch from %s: a loopback, private or reserved address "
                 "(fetch.allow_private is false)",
                 j->refused);
    } else if (j->too_large || cc == CURLE_FILESIZE_EXCEEDED) {
        r->code = CK_E_UPSTREAM;
        snprintf(r->detail, sizeof r->detail, "the page is larger than fetch.max_bytes (%ld)",
                 j->cfg->fetch_max_bytes);
    } else if (cc == CURLE_OPERATION_TIMEDOUT) {
        r->code = CK_E_UPSTREAM_TIMEOUT;
        snprintf(r->detail, sizeof r->detail, "the page did not arrive within %d s",
                 j->cfg->fetch_timeout_s);
    } else if (cc == CURLE_TOO_MANY_REDIRECTS) {
        r->code = CK_E_UPSTREAM;
        snprintf(r->detail, sizeof r->detail, "more than %d redirects", FETCH_MAX_REDIRECTS);
    } else if (cc == CURLE_UNSUPPORTED_PROTOCOL) {
        r->code = CK_E_UNPROCESSABLE;
        snprintf(r->detail, sizeof r->detail, "a redirect to a scheme other than http(s)");
    } else if (cc != CURLE_OK) {
        r->code = CK_E_UPSTREAM;
        snprintf(r->detail, sizeof r->detail, "fetching failed: %s", curl_easy_strerror(cc));
    } else if (r->http_status < 200 || r->http_status > 299) {
        r->code = CK_E_UPSTREAM;
        snprintf(r->detail, sizeof r->detail, "the origin answered HTTP %ld", r->http_status);
    } else if (!is_html_type(ct, j->buf ? j->buf : "", j->len)) {
        r->code = CK_E_UNPROCESSABLE;
        snprintf(r->detail, sizeof r->detail, "the page is not HTML (Content-Type: %.100s)",
                 ct ? ct : "none");
    } else {
        r->code = 0;
        r->body = j->buf ? j->buf : calloc(1, 1);
        r->len = j->len;
        j->buf = NULL;
    }
    free(j->buf);
    j->buf = NULL;
    curl_easy_cleanup(j->easy);
    j->easy = NULL;
}

static void *fetch_thread(void *arg)
{
    fetcher *f = arg;
    for (;;) {
        pthread_mutex_lock(&f->mu);
        bool stop = f->stop;
        job *q = f->queue;
        f->queue = NULL;
        pthread_mutex_unlock(&f->mu);
        while (q) {
            job *next = q->next;
            q->next = f->running;
            f->running = q;
            curl_multi_add_handle(f->multi, q->easy);
            q = next;
        }
        if (stop) break;
        int still;
        curl_multi_perform(f->multi, &still);
        CURLMsg *m;
        int left;
        while ((m = curl_multi_info_read(f->multi, &left))) {
            if (m->msg != CURLMSG_DONE) continue;
            job *j = NULL;
            curl_easy_getinfo(m->easy_handle, CURLINFO_PRIVATE, (char **)&j);
            CURLcode cc = m->data.result;
            curl_multi_remove_handle(f->multi, m->easy_handle);
            for (job **p = &f->running; *p; p = &(*p)->next)
                if (*p == j) {
                    *p = j->next;
                    break;
                }
            job_finish(j, cc);
            j->done(j->ctx);
            free(j);
        }
        curl_multi_poll(f->multi, NULL, 0, 1000, NULL);
    }
    /* shutting down: every job still here ends as busy */
    job *all = f->running;
    f->running = NULL;
    while (all) {
        job *next = all->next;
        curl_multi_remove_handle(f->multi, all->easy);
        curl_easy_cleanup(all->easy);
        free(all->buf);
        memset(all->out, 0, sizeof *all->out);
        all->out->code = CK_E_BUSY;
        snprintf(all->out->detail, sizeof all->out->detail, "the service is shutting down");
        all->done(all->ctx);
        free(all);
        all = next;
    }
    return NULL;
}

fetcher *fetcher_new(const config *cfg, ck_error *err)
{
    fetcher *f = calloc(1, sizeof *f);
    if (!f || !(f->multi = curl_multi_init())) {
        free(f);
        ck_fail(err, CK_E_NOMEM, "cannot create the fetcher");
        return NULL;
    }
    f->cfg = cfg;
    pthread_mutex_init(&f->mu, NULL);
    if (pthread_create(&f->thread, NULL, fetch_thread, f)) {
        curl_multi_cleanup(f->multi);
        pthread_mutex_destroy(&f->mu);
        free(f);
        ck_fail(err, CK_E_NOMEM, "cannot start the fetch thread");
        return NULL;
    }
    return f;
}

void fetcher_free(fetcher *f)
{
    if (!f) return;
    pthread_mutex_lock(&f->mu);
    f->stop = true;
    pthread_mutex_unlock(&f->mu);
    curl_multi_wakeup(f->multi);
    pthread_join(f->thread, NULL);
    curl_multi_cleanup(f->multi);
    pthread_mutex_destroy(&f->mu);
    free(f);
}

int fetch_start(fetcher *f, const char *url, fetch_result *out, fetch_done_fn done, void *ctx,
                ck_error *err)
{
    int rc = fetch_check_url(url, err);
    if (rc) return rc;
    job *j = job_new(f->cfg, url, out);
    if (!j) return ck_fail(err, CK_E_NOMEM, "out of memory");
    j->done = done;
    j->ctx = ctx;
    pthread_mutex_lock(&f->mu);
    j->next = f->queue;
    f->queue = j;
    pthread_mutex_unlock(&f->mu);
    curl_multi_wakeup(f->multi);
    return 0;
}

int fetch_sync(const config *cfg, const char *url, fetch_result *out)
{
    ck_error err = {0};
    memset(out, 0, sizeof *out);
    if (fetch_check_url(url, &err)) {
        out->code = err.code;
        snprintf(out->detail, sizeof out->detail, "%s", err.detail);
        return out->code;
    }
    job *j = job_new(cfg, url, out);
    if (!j) {
        out->code = CK_E_NOMEM;
        snprintf(out->detail, sizeof out->detail, "out of memory");
        return out->code;
    }
    CURLcode cc = curl_easy_perform(j->easy);
    job_finish(j, cc);
    free(j);
    return out->code;
}
