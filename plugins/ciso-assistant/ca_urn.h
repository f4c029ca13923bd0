/* SPDX-License-Identifier: MIT */
#ifndef CA_URN_H
#define CA_URN_H

/*
 * The URNs our writers give. Our own libraries are packaged by xwalk:
 * urn:xwalk:risk:library:ID, urn:xwalk:risk:framework:ID,
 * urn:xwalk:risk:req_node:ID:NODE. A mapping set names a framework
 * CISO Assistant already ships by intuitem's URNs instead, so it attaches
 * to the audits its users have: those frameworks are listed in ca_urn.c,
 * each checked by the tests against intuitem's library, whose node URNs
 * are urn:intuitem:risk:req_node:ID: and the lower-cased ref_id.
 */

#include <stdbool.h>
#include <stddef.h>

#define CA_URN_MAX 512

struct ca_place {
	char library[CA_URN_MAX], framework[CA_URN_MAX], node_prefix[CA_URN_MAX];
};

/* Our framework @id in a library of our own (@ours) or where CISO Assistant has it. */
void ca_place_of(const char *id, bool ours, struct ca_place *out);

/* The URN of item @item_id under @p into @buf; false for an id with
 * characters other than ASCII letters, digits, '.', '-' and '_', or too long. */
bool ca_node_urn(const struct ca_place *p, const char *item_id, char buf[CA_URN_MAX]);

#endif
