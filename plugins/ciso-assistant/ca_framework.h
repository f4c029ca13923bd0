/* SPDX-License-Identifier: MIT */
#ifndef CA_FRAMEWORK_H
#define CA_FRAMEWORK_H

/* A framework library read as our framework (docs/formats.md, "CISO Assistant libraries"). */

#include "ca_lib.h"

/*
 * Our id and version of the framework library @lib: @id and @version when
 * not NULL (the reader's options), else the last part of the framework's
 * urn and the library's version. The id must fit our framework ids.
 * *@urn_out gets the framework's urn.
 */
int ca_framework_ident(const struct ca_ctx *c, const struct ca_lib *lib, const char *id,
		       const char *version, const char **id_out, const char **version_out,
		       const char **urn_out);

/* The read_framework entry: XW_EUNSUPPORTED, quietly, for a file that is no framework library. */
int ca_read_framework(const struct xw_host *h, struct xw_call *call, const struct xw_input *in,
		      struct xw_framework *fw);

#endif
