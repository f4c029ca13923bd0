/* SPDX-License-Identifier: MIT */
/*
 * yaml-scan: the parser floor for the benchmarks.
 *
 *     yaml-scan PATH...
 *
 * Reads each file (or every *.yaml / *.yml under a folder, recursively,
 * in name order, skipping names that start with '.'), fully into memory
 * as xwalk does, and runs libyaml's event parser over it, deleting each
 * event and counting them. No tree, no model, no checks: this is the
 * least any loader built on libyaml must pay for the same bytes.
 *
 * Prints "yaml-scan: N files, B bytes, E events" on standard output;
 * exits 1 when a file cannot be read or is not valid YAML.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <yaml.h>

struct totals {
	unsigned long long files, bytes, events;
	unsigned failed;
};

static int read_all(const char *path, unsigned char **out, size_t *len)
{
	struct stat st;
	unsigned char *buf;
	size_t got = 0;
	int fd = open(path, O_RDONLY | O_CLOEXEC);

	if (fd < 0)
		return -1;
	if (fstat(fd, &st) < 0) {
		int e = errno;
		close(fd);
		errno = e;
		return -1;
	}
	if (!S_ISREG(st.st_mode)) {
		close(fd);
		errno = EINVAL;   /* not a regular file */
		return -1;
	}
	buf = malloc((size_t)st.st_size + 1);
	if (!buf) {
		close(fd);
		return -1;
	}
	while (got < (size_t)st.st_size) {
		ssize_t n = read(fd, buf + got, (size_t)st.st_size - got);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		got += (size_t)n;
	}
	close(fd);
	buf[got] = '\0';
	*out = buf;
	*len = got;
	return 0;
}

static void scan_file(const char *path, struct totals *t)
{
	yaml_parser_t parser;
	yaml_event_t ev;
	unsigned char *buf;
	size_t len;
	int done = 0;

	if (read_all(path, &buf, &len) < 0) {
		fprintf(stderr, "yaml-scan: %s: cannot read: %s\n", path, strerror(errno));
		t->failed++;
		return;
	}
	if (!yaml_parser_initialize(&parser)) {
		fprintf(stderr, "yaml-scan: out of memory\n");
		exit(1);
	}
	yaml_parser_set_input_string(&parser, buf, len);
	while (!done) {
		if (!yaml_parser_parse(&parser, &ev)) {
			fprintf(stderr, "yaml-scan: %s:%zu:%zu: %s\n", path,
				parser.problem_mark.line + 1,
				parser.problem_mark.column + 1,
				parser.problem ? parser.problem : "invalid YAML");
			t->failed++;
			break;
		}
		done = ev.type == YAML_STREAM_END_EVENT;
		t->events++;
		yaml_event_delete(&ev);
	}
	yaml_parser_delete(&parser);
	free(buf);
	t->files++;
	t->bytes += len;
}

static int is_yaml(const char *name)
{
	size_t n = strlen(name);

	return (n > 5 && strcmp(name + n - 5, ".yaml") == 0) ||
	       (n > 4 && strcmp(name + n - 4, ".yml") == 0);
}

static int by_name(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

static void scan_path(const char *path, struct totals *t, int top)
{
	struct dirent **names;
	struct stat st;
	int n;

	if (stat(path, &st) < 0) {
		fprintf(stderr, "yaml-scan: %s: %s\n", path, strerror(errno));
		t->failed++;
		return;
	}
	if (!S_ISDIR(st.st_mode)) {
		if (top || is_yaml(path))
			scan_file(path, t);
		return;
	}
	n = scandir(path, &names, NULL, by_name);
	if (n < 0) {
		fprintf(stderr, "yaml-scan: %s: cannot read the folder\n", path);
		t->failed++;
		return;
	}
	for (int i = 0; i < n; i++) {
		char sub[4096];

		if (names[i]->d_name[0] != '.' &&
		    (size_t)snprintf(sub, sizeof(sub), "%s/%s", path,
				     names[i]->d_name) < sizeof(sub))
			scan_path(sub, t, 0);
		free(names[i]);
	}
	free(names);
}

int main(int argc, char **argv)
{
	struct totals t = { 0, 0, 0, 0 };

	if (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
		fprintf(argc < 2 ? stderr : stdout,
			"usage: yaml-scan PATH...\n"
			"Runs libyaml's event parser over each file, or every *.yaml under\n"
			"a folder, and counts the events: the parser floor for benchmarks.\n");
		return argc < 2 ? 2 : 0;
	}
	for (int i = 1; i < argc; i++)
		scan_path(argv[i], &t, 1);
	printf("yaml-scan: %llu files, %llu bytes, %llu events\n", t.files,
	       t.bytes, t.events);
	return t.failed ? 1 : 0;
}
