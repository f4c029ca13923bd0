/* SPDX-License-Identifier: MIT */
#ifndef CA_RELATION_H
#define CA_RELATION_H

/*
 * CISO Assistant's relationships and ours (NIST IR 8477 both): equal,
 * subset / subset-of, superset / superset-of, intersect /
 * intersects-with, not_related / no-relationship. Ours also has
 * 'related', which CISO Assistant has not.
 */

/* Our name of CISO Assistant's @name, or NULL. */
const char *ca_relation_ours(const char *name);

/* CISO Assistant's name of our @name, or NULL ('related'). */
const char *ca_relation_theirs(const char *name);

/* CISO Assistant's names, for messages. */
#define CA_RELATIONS "equal, subset, superset, intersect or not_related"

#endif
