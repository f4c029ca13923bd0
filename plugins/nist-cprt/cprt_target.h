/* SPDX-License-Identifier: MIT */
#ifndef CPRT_TARGET_H
#define CPRT_TARGET_H

/*
 * The schemes whose informative references the plugin reads as a mapping
 * set, chosen with the option target=NAME. Each names the label NIST
 * gives the scheme in the export ("ISO/IEC 27001:2022: Annex A Controls:
 * 5.1") and reads one reference into the target framework's item ids.
 */

#include <stdbool.h>
#include <stddef.h>

/* Called for each item id a reference names; @known is false for one the target does not have. */
typedef int (*cprt_emit_fn)(void *ctx, const char *id, bool known);

/* A reference read() cannot make sense of (positive, unlike errors). */
#define CPRT_REF_UNREADABLE 1

struct cprt_target {
	const char *name;        /* the option's value, and the target framework's id */
	const char *version;     /* the target framework's version the references are to */
	const char *scheme;      /* NIST's label, before ": " */
	const char *title_ja, *title_en;
	const char *forms;       /* how a reference is written, for messages */
	const char *absent;      /* "has no such clause", for what is left out */
	/*
	 * Reads the reference @ref (the text after "SCHEME:", trimmed):
	 * emits each id it names, in order. 0, CPRT_REF_UNREADABLE, or the
	 * first error @emit returned.
	 */
	int (*read)(const char *ref, cprt_emit_fn emit, void *ctx);
};

/* The target called @name, or NULL. */
const struct cprt_target *cprt_target_find(const char *name);

/* "iso27001-2022 (ISO/IEC 27001:2022) or nist-sp800-53-r5 (...)", for messages. */
void cprt_target_list(char *buf, size_t size);

#endif
