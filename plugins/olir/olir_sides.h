/* SPDX-License-Identifier: MIT */
#ifndef OLIR_SIDES_H
#define OLIR_SIDES_H

/*
 * The framework of each side of a mapping read from an OLIR file: the
 * focal document is the source, the reference document the target. The
 * reader's options decide first; else the document's name in the general
 * information, when it is an xwalk framework id (as the writer writes
 * it) or a name the plugin knows with a version it knows; the version,
 * else, is the one the framework has (nist-csf-2.0 is 2.0). An item id
 * is read in its framework's form: SP 800-53's zero-padded "AC-02(01)"
 * becomes the OSCAL id "ac-2.1".
 */

#include <stdbool.h>
#include <stddef.h>

#define OLIR_SIDE_MAX 128

struct olir_side {
	char framework[OLIR_SIDE_MAX];
	char version[OLIR_SIDE_MAX];
	bool sp80053;               /* ids are SP 800-53's, made OSCAL ids */
};

/*
 * Fills @side from @option_id and @option_version ("" when not given)
 * and the general information's @name and @version (NULL when absent).
 * False when the framework stays unknown; a version that does is "" (a
 * mapping set may leave it out).
 */
bool olir_side_resolve(struct olir_side *side, const char *option_id,
		       const char *option_version, const char *name,
		       const char *version);

/*
 * The id @text names in @side's framework, into @out: trimmed, and an
 * SP 800-53 control made an OSCAL id. False when it is not one.
 */
bool olir_side_id(const struct olir_side *side, const char *text, char *out,
		  size_t size);

#endif
