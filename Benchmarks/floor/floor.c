/* The "libcmark floor" for the Openings benchmarks (issue 4).
 *
 *   cc -O2 -o floor floor.c -lcmark
 *   ./floor SITE/Content/jobs OUT_DIR
 *
 * Reads every *.md file under the jobs tree (sub-folders included, dot entries
 * skipped), skips the YAML front matter (a first line "---" up to the next "---" or
 * "..." line), renders the body with cmark_markdown_to_html(CMARK_OPT_SMART) and
 * writes OUT_DIR/<file name without .md>/index.html: one read, one parse, one render
 * and one write per job, in one thread. No templates, no validation, no listings:
 * this is the least work any generator of these pages has to do.
 */
#define _GNU_SOURCE
#include <cmark.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *out_dir;
static size_t jobs, in_bytes, out_bytes;

static void die(const char *what, const char *path) {
    fprintf(stderr, "floor: %s %s: %s\n", what, path, strerror(errno));
    exit(1);
}

static char *read_file(const char *path, size_t *len) {
    int fd = open(path, O_RDONLY);
    if (fd < 0) die("cannot open", path);
    struct stat st;
    if (fstat(fd, &st) != 0) die("cannot stat", path);
    char *buf = malloc((size_t)st.st_size + 1);
    size_t got = 0;
    while (got < (size_t)st.st_size) {
        ssize_t n = read(fd, buf + got, (size_t)st.st_size - got);
        if (n < 0) die("cannot read", path);
        if (n == 0) break;
        got += (size_t)n;
    }
    close(fd);
    buf[got] = 0;
    *len = got;
    return buf;
}

/* Returns the offset of the body: after the closing front matter line, or 0. */
static size_t body_offset(const char *s, size_t len) {
    size_t i = 0;
    if (len >= 3 && (unsigned char)s[0] == 0xEF && (unsigned char)s[1] == 0xBB && (unsigned char)s[2] == 0xBF)
        i = 3;
    if (strncmp(s + i, "---", 3) != 0) return 0;
    const char *p = memchr(s + i, '\n', len - i);
    while (p) {
        const char *line = p + 1;
        size_t rest = len - (size_t)(line - s);
        const char *eol = memchr(line, '\n', rest);
        size_t ll = eol ? (size_t)(eol - line) : rest;
        if (ll && line[ll - 1] == '\r') ll--;
        if (ll == 3 && (strncmp(line, "---", 3) == 0 || strncmp(line, "...", 3) == 0))
            return eol ? (size_t)(eol - s) + 1 : len;
        p = eol;
    }
    return 0;
}

static void render(const char *path, const char *name) {
    size_t len;
    char *src = read_file(path, &len);
    size_t off = body_offset(src, len);
    char *html = cmark_markdown_to_html(src + off, len - off, CMARK_OPT_SMART);
    size_t hl = strlen(html);

    char dir[4096], file[4200];
    size_t nl = strlen(name) - 3; /* without ".md" */
    snprintf(dir, sizeof dir, "%s/%.*s", out_dir, (int)nl, name);
    if (mkdir(dir, 0755) != 0 && errno != EEXIST) die("cannot create", dir);
    snprintf(file, sizeof file, "%s/index.html", dir);
    int fd = open(file, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) die("cannot create", file);
    size_t done = 0;
    while (done < hl) {
        ssize_t n = write(fd, html + done, hl - done);
        if (n < 0) die("cannot write", file);
        done += (size_t)n;
    }
    close(fd);
    jobs++;
    in_bytes += len;
    out_bytes += hl;
    free(html);
    free(src);
}

static void walk(const char *dir) {
    DIR *d = opendir(dir);
    if (!d) die("cannot open", dir);
    struct dirent *e;
    char path[4096];
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.') continue;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        unsigned char type = e->d_type;
        if (type == DT_UNKNOWN || type == DT_LNK) {
            struct stat st;
            if (stat(path, &st) != 0) continue;
            type = S_ISDIR(st.st_mode) ? DT_DIR : S_ISREG(st.st_mode) ? DT_REG : DT_UNKNOWN;
        }
        size_t n = strlen(e->d_name);
        if (type == DT_DIR)
            walk(path);
        else if (type == DT_REG && n > 3 && strcmp(e->d_name + n - 3, ".md") == 0)
            render(path, e->d_name);
    }
    closedir(d);
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: floor JOBS_DIR OUT_DIR\n");
        return 2;
    }
    out_dir = argv[2];
    if (mkdir(out_dir, 0755) != 0 && errno != EEXIST) die("cannot create", out_dir);
    walk(argv[1]);
    fprintf(stderr, "floor: libcmark %s, %zu jobs, %zu bytes in, %zu bytes of HTML out\n",
            cmark_version_string(), jobs, in_bytes, out_bytes);
    return 0;
}
