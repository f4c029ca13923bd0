/* SPDX-License-Identifier: MIT */
#ifndef XWALK_REGISTRY_KNOWN_H
#define XWALK_REGISTRY_KNOWN_H

/* Loading the plugins a registry knows from their manifests, by need. */

#include <stdbool.h>

#include "xwalk/registry.h"
#include "manifest.h"

typedef bool (*xw_known_filter)(const struct xw_manifest *m, const void *ctx);

/*
 * Loads, in one go (one child process tries their init()s), every known
 * plugin that @want accepts; those that fail are recorded in
 * reg->problems.
 */
void xw_registry_load_known(struct xw_registry *reg, xw_known_filter want,
			    const void *ctx);

#endif
