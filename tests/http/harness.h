/* harness.h — runs a real `chronik` as a child process and talks to it.
 *
 * A child's stderr is read by a thread into a growing log, so the pipe never blocks the server
 * and the tests can wait for log lines ("listening", "ready", access lines). HTTP is spoken with
 * libcurl where a well-behaved client is wanted and with raw sockets where the point is a client
 * that misbehaves (slow, silent, leaving mid-body). Included by test_http.c and test_cli.c. */
#ifndef CHRONIK_HTTP_HARNESS_H
#define CHRONIK_HTTP_HARNESS_H

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <strings.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <curl/curl.h>
#include <jansson.h>

#include "../unit/test.h"

extern char **environ;

static const char *chronik_bin; /* argv[1]: the built chronik binary */

static inline double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static inline void sleep_ms(int ms)
{
    struct timespec ts = {ms / 1000, (long)(ms % 1000) * 1000000L};
    nanosleep(&ts, NULL);
}

/* ---- child processes ---- */

typedef struct child {
    pid_t pid;
    int errfd;
    pthread_t reader;
    pthread_mutex_t mu;
    char *log; /* everything the child wrote on stderr, NUL-terminated */
    size_t len, cap;
    bool eof;
    int port;
    int exit_status; /* raw waitpid status once reaped */
    bool reaped;
} child;

static inline void *child_reader(void *arg)
{
    child *c = arg;
    char buf[4096];
    for (;;) {
        ssize_t n = read(c->errfd, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        pthread_mutex_lock(&c->mu);
        if (n <= 0) {
            c->eof = true;
            pthread_mutex_unlock(&c->mu);
            break;
        }
        if (c->len + (size_t)n + 1 > c->cap) {
            size_t cap = c->cap ? c->cap * 2 : 65536;
            while (cap < c->len + (size_t)n + 1)
                cap *= 2;
            c->log = realloc(c->log, cap);
            c->cap = cap;
        }
        memcpy(c->log + c->len, buf, (size_t)n);
        c->len += (size_t)n;
        c->log[c->len] = '\0';
        pthread_mutex_unlock(&c->mu);
    }
    return NULL;
}

/* The environment of a child: ours without CHRONIK_* (the test runner sets variables such as
 * CHRONIK_SOURCE_ROOT that are not configuration keys), except CHRONIK_RESOURCES, plus extra. */
static inline char **child_env(const char *const *extra)
{
    size_t n = 0, k = 0;
    for (char **e = environ; *e; e++)
        n++;
    for (const char *const *e = extra; e && *e; e++)
        n++;
    char **env = calloc(n + 1, sizeof *env);
    for (char **e = environ; *e; e++)
        if (strncmp(*e, "CHRONIK_", 8) != 0 || strncmp(*e, "CHRONIK_RESOURCES=", 18) == 0)
            env[k++] = *e;
    for (const char *const *e = extra; e && *e; e++)
        env[k++] = (char *)*e;
    env[k] = NULL;
    return env;
}

/* Starts argv with the environment above; stdout goes to out_fd (or /dev/null when -1), stdin
 * comes from in_fd (or /dev/null). */
static inline void child_spawn(child *c, char *const *argv, const char *const *extra_env, int in_fd,
                               int out_fd)
{
    memset(c, 0, sizeof *c);
    pthread_mutex_init(&c->mu, NULL);
    int p[2];
    if (pipe(p)) {
        perror("pipe");
        exit(99);
    }
    char **env = child_env(extra_env);
    pid_t pid = fork();
    if (pid < 0) {
        perror("fork");
        exit(99);
    }
    if (pid == 0) {
        int devnull = open("/dev/null", O_RDWR);
        dup2(in_fd >= 0 ? in_fd : devnull, 0);
        dup2(out_fd >= 0 ? out_fd : devnull, 1);
        dup2(p[1], 2);
        close(p[0]);
        close(p[1]);
        execve(argv[0], argv, env);
        fprintf(stderr, "exec %s: %s\n", argv[0], strerror(errno));
        _exit(127);
    }
    free(env);
    close(p[1]);
    c->pid = pid;
    c->errfd = p[0];
    pthread_create(&c->reader, NULL, child_reader, c);
}

/* Whether the log holds needle (after byte from); waits up to timeout_s. Returns the offset just
 * past the match, or -1. */
static inline long child_wait_log(child *c, const char *needle, size_t from, double timeout_s)
{
    double until = now_s() + timeout_s;
    for (;;) {
        pthread_mutex_lock(&c->mu);
        const char *hit = c->len > from ? strstr(c->log + from, needle) : NULL;
        long off = hit ? (long)(hit - c->log + (long)strlen(needle)) : -1;
        bool eof = c->eof;
        pthread_mutex_unlock(&c->mu);
        if (off >= 0) return off;
        if (eof || now_s() > until) return -1;
        sleep_ms(5);
    }
}

/* A copy of the log so far (malloc'd). */
static inline char *child_log(child *c)
{
    pthread_mutex_lock(&c->mu);
    char *s = strdup(c->log ? c->log : "");
    pthread_mutex_unlock(&c->mu);
    return s;
}

/* Waits up to timeout_s for the child to exit (SIGKILL after that, and a failed check). Returns
 * the exit code, 128+signal for a signal. Joins the reader; checks that no sanitizer spoke. */
static inline int child_reap(child *c, double timeout_s)
{
    double until = now_s() + timeout_s;
    int st = 0;
    while (!c->reaped) {
        pid_t r = waitpid(c->pid, &st, WNOHANG);
        if (r == c->pid) {
            c->reaped = true;
            break;
        }
        if (now_s() > until) {
            fprintf(stderr, "child %d did not exit within %.0f s; killing it\n", (int)c->pid,
                    timeout_s);
            CHECK(!"child exited in time");
            kill(c->pid, SIGKILL);
            waitpid(c->pid, &st, 0);
            c->reaped = true;
            break;
        }
        sleep_ms(5);
    }
    c->exit_status = st;
    pthread_join(c->reader, NULL);
    close(c->errfd);
    const char *log = c->log ? c->log : "";
    if (getenv("TEST_CHILD_LOG")) /* TEST_CHILD_LOG=1: show every child's stderr */
        fprintf(stderr, "---- child %d stderr ----\n%s----\n", (int)c->pid, log);
    bool sanitizer = strstr(log, "Sanitizer") || strstr(log, "runtime error:");
    if (sanitizer) fprintf(stderr, "---- child %d stderr ----\n%s----\n", (int)c->pid, log);
    CHECK(!sanitizer);
    return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

static inline void child_free(child *c)
{
    free(c->log);
    c->log = NULL;
    pthread_mutex_destroy(&c->mu);
}

/* ---- a chronik serve child ---- */

/* Starts `chronik serve --listen 127.0.0.1:0` with extra environment, learns the port from the
 * "listening" line and waits for "ready". Exits the test on failure (nothing else can run). */
static inline void server_start(child *c, const char *const *extra_env)
{
    char *argv[] = {(char *)chronik_bin, (char *)"serve", (char *)"--listen", (char *)"127.0.0.1:0",
                    NULL};
    child_spawn(c, argv, extra_env, -1, -1);
    long off = child_wait_log(c, "\"msg\":\"listening\"", 0, 20);
    long r = off >= 0 ? child_wait_log(c, "\"msg\":\"ready\"", 0, 20) : -1;
    if (off < 0 || r < 0) {
        char *log = child_log(c);
        fprintf(stderr, "chronik serve did not start:\n%s\n", log);
        free(log);
        kill(c->pid, SIGKILL);
        exit(1);
    }
    /* the listening line is one JSON object: parse it for the port */
    pthread_mutex_lock(&c->mu);
    const char *hit = strstr(c->log, "\"msg\":\"listening\"");
    const char *start = hit;
    while (start > c->log && start[-1] != '\n')
        start--;
    const char *end = strchr(hit, '\n');
    json_t *line = json_loadb(start, end ? (size_t)(end - start) : strlen(start), 0, NULL);
    pthread_mutex_unlock(&c->mu);
    c->port = (int)json_integer_value(json_object_get(line, "port"));
    json_decref(line);
    if (c->port <= 0 || c->port > 65535) {
        fprintf(stderr, "no port in the listening line\n");
        kill(c->pid, SIGKILL);
        exit(1);
    }
}

/* Sends SIGTERM and expects a clean exit 0. */
static inline void server_stop(child *c)
{
    kill(c->pid, SIGTERM);
    int code = child_reap(c, 30);
    CHECK_INT(code, 0);
    if (code != 0) fprintf(stderr, "---- server stderr ----\n%s----\n", c->log ? c->log : "");
    child_free(c);
}

/* The parsed access-log line of request_id, waiting up to 3 s for it. New reference or NULL. */
static inline json_t *access_line(child *c, const char *request_id)
{
    char needle[160];
    snprintf(needle, sizeof needle, "\"request_id\":\"%s\"", request_id);
    if (child_wait_log(c, needle, 0, 3) < 0) return NULL;
    json_t *found = NULL;
    char *log = child_log(c);
    for (char *line = strtok(log, "\n"); line && !found; line = strtok(NULL, "\n")) {
        if (!strstr(line, needle)) continue;
        json_t *j = json_loads(line, 0, NULL);
        if (j && json_is_string(json_object_get(j, "msg")) &&
            strcmp(json_string_value(json_object_get(j, "msg")), "request") == 0)
            found = j;
        else
            json_decref(j);
    }
    free(log);
    return found;
}

/* ---- libcurl ---- */

typedef struct resp {
    CURLcode rc;
    long status;
    char *headers; /* raw header block of the final response */
    size_t hlen;
    char *body;
    size_t len;
    json_t *json; /* body parsed, when it parses */
} resp;

static inline size_t collect(char *p, size_t sz, size_t n, void *ud, bool headers)
{
    resp *r = ud;
    char **buf = headers ? &r->headers : &r->body;
    size_t *len = headers ? &r->hlen : &r->len;
    size_t add = sz * n;
    if (headers && add >= 5 && strncmp(p, "HTTP/", 5) == 0) *len = 0; /* a 100 Continue first */
    *buf = realloc(*buf, *len + add + 1);
    memcpy(*buf + *len, p, add);
    *len += add;
    (*buf)[*len] = '\0';
    return add;
}

static inline size_t on_body(char *p, size_t sz, size_t n, void *ud)
{
    return collect(p, sz, n, ud, false);
}

static inline size_t on_header(char *p, size_t sz, size_t n, void *ud)
{
    return collect(p, sz, n, ud, true);
}

/* A chunked upload source: total bytes of 'a'. */
typedef struct upload {
    size_t total, sent;
} upload;

static inline size_t on_read(char *buf, size_t sz, size_t n, void *ud)
{
    upload *u = ud;
    size_t k = sz * n;
    if (k > u->total - u->sent) k = u->total - u->sent;
    memset(buf, 'a', k);
    u->sent += k;
    return k;
}

/* One request. body NULL: none; body_len < 0: strlen(body). hdrs: NULL-terminated header lines.
 * chunked > 0: a chunked upload of that many bytes instead of body. */
static inline resp http_req(int port, const char *method, const char *path, const char *const *hdrs,
                            const char *body, long body_len, size_t chunked)
{
    resp r = {0};
    CURL *h = curl_easy_init();
    char url[512];
    snprintf(url, sizeof url, "http://127.0.0.1:%d%s", port, path);
    curl_easy_setopt(h, CURLOPT_URL, url);
    curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, 15000L);
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &r);
    curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, on_header);
    curl_easy_setopt(h, CURLOPT_HEADERDATA, &r);
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    struct curl_slist *sl = NULL;
    for (const char *const *p = hdrs; p && *p; p++)
        sl = curl_slist_append(sl, *p);
    upload up = {chunked, 0};
    if (chunked) {
        curl_easy_setopt(h, CURLOPT_POST, 1L);
        curl_easy_setopt(h, CURLOPT_READFUNCTION, on_read);
        curl_easy_setopt(h, CURLOPT_READDATA, &up);
        sl = curl_slist_append(sl, "Transfer-Encoding: chunked");
    } else if (body) {
        curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE,
                         (curl_off_t)(body_len < 0 ? (long)strlen(body) : body_len));
        curl_easy_setopt(h, CURLOPT_POSTFIELDS, body);
    }
    if (strcmp(method, "HEAD") == 0)
        curl_easy_setopt(h, CURLOPT_NOBODY, 1L);
    else if (strcmp(method, "GET") != 0 && !(strcmp(method, "POST") == 0 && (body || chunked)))
        curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, method);
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, sl);
    r.rc = curl_easy_perform(h);
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &r.status);
    curl_easy_cleanup(h);
    curl_slist_free_all(sl);
    if (r.body) r.json = json_loadb(r.body, r.len, 0, NULL);
    return r;
}

static inline resp http_get(int port, const char *path)
{
    return http_req(port, "GET", path, NULL, NULL, 0, 0);
}

/* POST /analyze-style: body with a Content-Type (NULL: none at all). */
static inline resp http_post(int port, const char *path, const char *ctype, const char *body,
                             long len)
{
    char ct[256];
    snprintf(ct, sizeof ct, "Content-Type: %s", ctype ? ctype : "");
    const char *hdrs[] = {ct, NULL};
    if (!ctype) hdrs[0] = "Content-Type:"; /* libcurl: remove the header it would add */
    return http_req(port, "POST", path, hdrs, body, len, 0);
}

static inline void resp_free(resp *r)
{
    free(r->headers);
    free(r->body);
    json_decref(r->json);
    memset(r, 0, sizeof *r);
}

/* The value of header name in r (static buffer, valid until the next call), or NULL. */
static inline const char *resp_header(const resp *r, const char *name)
{
    static char value[1024];
    size_t nl = strlen(name);
    for (const char *p = r->headers; p && *p;) {
        const char *eol = strstr(p, "\r\n");
        size_t ll = eol ? (size_t)(eol - p) : strlen(p);
        if (ll > nl && strncasecmp(p, name, nl) == 0 && p[nl] == ':') {
            const char *v = p + nl + 1;
            while (*v == ' ')
                v++;
            size_t vl = ll - (size_t)(v - p);
            if (vl >= sizeof value) vl = sizeof value - 1;
            memcpy(value, v, vl);
            value[vl] = '\0';
            return value;
        }
        if (!eol) break;
        p = eol + 2;
    }
    return NULL;
}

static inline const char *jstr(const json_t *o, const char *key)
{
    return json_string_value(json_object_get(o, key));
}

/* ---- raw sockets ---- */

static inline int raw_connect(int port)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in sa = {0};
    sa.sin_family = AF_INET;
    sa.sin_port = htons((uint16_t)port);
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(fd, (struct sockaddr *)&sa, sizeof sa) != 0) {
        close(fd);
        return -1;
    }
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return fd;
}

static inline bool raw_send(int fd, const char *s, size_t n)
{
    while (n) {
        ssize_t k = send(fd, s, n, MSG_NOSIGNAL);
        if (k < 0 && errno == EINTR) continue;
        if (k <= 0) return false;
        s += k;
        n -= (size_t)k;
    }
    return true;
}

/* Reads until the peer closes (true) or timeout_s passes (false). *out: malloc'd, NUL-ended. */
static inline bool raw_read_until_close(int fd, double timeout_s, char **out, size_t *len)
{
    double until = now_s() + timeout_s;
    size_t n = 0, cap = 4096;
    char *buf = malloc(cap);
    bool closed = false;
    for (;;) {
        double left = until - now_s();
        if (left <= 0) break;
        struct pollfd p = {fd, POLLIN, 0};
        int pr = poll(&p, 1, (int)(left * 1000) + 1);
        if (pr < 0 && errno == EINTR) continue;
        if (pr <= 0) break;
        if (n + 2048 > cap) buf = realloc(buf, cap *= 2);
        ssize_t k = recv(fd, buf + n, cap - n - 1, 0);
        if (k < 0 && errno == EINTR) continue;
        if (k <= 0) {
            closed = true; /* EOF or reset: either way the server let go */
            break;
        }
        n += (size_t)k;
    }
    buf[n] = '\0';
    if (out)
        *out = buf;
    else
        free(buf);
    if (len) *len = n;
    return closed;
}

/* The status code of a raw HTTP response, or 0. */
static inline int raw_status(const char *s)
{
    int code = 0;
    if (s && sscanf(s, "HTTP/1.%*d %d", &code) == 1) return code;
    return 0;
}

/* ---- files ---- */

static inline char *write_temp(const char *data, size_t len)
{
    char *path = strdup("/tmp/chronik-test-XXXXXX");
    int fd = mkstemp(path);
    if (fd < 0 || write(fd, data, len) != (ssize_t)len) {
        perror("temp file");
        exit(99);
    }
    close(fd);
    return path;
}

#endif
