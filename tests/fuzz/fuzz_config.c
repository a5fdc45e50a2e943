/* fuzz_config.c - libFuzzer target for the generator: a whole .config through rampart-gen table. */
#define _GNU_SOURCE /* nftw */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <getopt.h>
#include <fcntl.h>
#include <ftw.h>
#include <sys/stat.h>

#include "gen.h"

/*
 * The input is written as a .config and run through cmd_table() exactly as
 * `rampart-gen table` would, against tests/gen/rootfs (FUZZ_ROOTFS), with
 * the output in a scratch folder. Every reader and validator of .config
 * values runs on it: malformed lines, bad strings, every option's checks,
 * ordering, users and groups. The generator's error lines go to /dev/null
 * (stderr is redirected around each call, so libFuzzer still reports).
 */

static char dir[] = "/tmp/rampart-fuzz-XXXXXX";
static char config[64], out[64], modules[64], caps[4096];
static const char *rootfs;
static int null_fd = -1;

static int remove_entry(const char *path, const struct stat *st, int flag,
	struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(path);
}

/* The scratch folder goes when the fuzzer or the replay ends. */
static void scratch_remove(void)
{
	nftw(dir, remove_entry, 8, FTW_DEPTH | FTW_PHYS);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	int fd;

	(void)argc;
	(void)argv;
	rootfs = getenv("FUZZ_ROOTFS");
	if (!rootfs || !mkdtemp(dir))
		abort();
	/* libcap's name table, as the gen tier uses it (next to the rootfs). */
	snprintf(caps, sizeof(caps), "%s/../cap_names.list.h", rootfs);
	atexit(scratch_remove);
	snprintf(config, sizeof(config), "%s/config", dir);
	snprintf(out, sizeof(out), "%s/out", dir);
	snprintf(modules, sizeof(modules), "%s/modules", dir);
	fd = open(modules, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (fd < 0 || mkdir(out, 0755) < 0)
		abort();
	close(fd);
	null_fd = open("/dev/null", O_WRONLY | O_CLOEXEC);
	if (null_fd < 0)
		abort();
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *argv[] = {"table", "--config", config, "--rootfs",
		(char *)rootfs, "--modules", modules, "--out", out,
		"--capabilities", caps, NULL};
	FILE *f;
	int saved;

	if (!rootfs)
		LLVMFuzzerInitialize(NULL, NULL);
	f = fopen(config, "w");
	if (!f || fwrite(data, 1, size, f) != size || fclose(f))
		abort();
	gen_errors = 0;
	optind = 0; /* a full getopt reset for the next call */
	fflush(stderr);
	saved = dup(2);
	dup2(null_fd, 2);
	cmd_table(11, argv);
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	return 0;
}
