/* SPDX-License-Identifier: MIT */
#ifndef CA_FWFILE_H
#define CA_FWFILE_H

/*
 * A framework library named by the mapping reader's option framework=FILE:
 * read from disk by the plugin (the host reads only the file it is
 * given), within the host's file size limit and the same YAML limits,
 * to turn requirement node URNs into item ids.
 */

#include "ca_nodes.h"

/* The host's XW_MAX_FILE_SIZE (xwalk/io.h, which plugins do not include). */
#define CA_MAX_FILE_SIZE ((size_t)64 << 20)

struct ca_fwfile {
	const char *path;
	char *data;                    /* owned */
	struct ca_lib lib;
	struct ca_nodes nodes;
	const char *urn;               /* the framework's */
	const char *id, *version;      /* ours, as read_framework reads them */
};

/* Reads @path; errors name it. */
int ca_fwfile_load(const struct xw_host *h, struct xw_call *call, const char *path,
		   struct ca_fwfile *out);
void ca_fwfile_free(struct ca_fwfile *f);

#endif
