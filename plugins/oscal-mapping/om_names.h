/* SPDX-License-Identifier: MIT */
#ifndef OM_NAMES_H
#define OM_NAMES_H

/*
 * How xwalk's mapping-set words meet OSCAL 1.2's (docs/formats.md,
 * "OSCAL mapping collection"), kept in one place for the reader and the
 * writer.
 */

#include <stdbool.h>

/* The namespace of xwalk's own props, relationships and document id. */
#define OM_NS "urn:xwalk:oscal"
/* OSCAL's own namespace; a relationship without "ns" is in it. */
#define OM_OSCAL_NS "http://csrc.nist.gov/ns/oscal"
/* The schema the writer's documents follow. */
#define OM_OSCAL_VERSION "1.2.1"
/* provenance.mapping-description of a set with no intended use. */
#define OM_NO_INTENDED_USE "No intended use is stated."

/* A relationship that needs a rationale: equal, subset-of, superset-of, intersects-with. */
bool om_rel_is_stated(const char *rel);

/*
 * The OSCAL relationship for xwalk's @rel with @rationale, and in *@ns
 * its namespace (NULL for OSCAL's own). xwalk's equal is OSCAL's
 * equal-to when syntactic, else equivalent-to; no-relationship and
 * related have no OSCAL value and are written in xwalk's namespace.
 */
const char *om_rel_to_oscal(const char *rel, const char *rationale, const char **ns);
/* xwalk's relationship for an OSCAL one in OSCAL's namespace, or NULL. */
const char *om_rel_from_oscal(const char *value);

/*
 * OSCAL's provenance status for xwalk's set status: draft and
 * deprecated as they are, reviewed or approved as complete when the set
 * is comprehensive, else not-complete.
 */
const char *om_status_to_oscal(const char *status, bool comprehensive);
/* xwalk's status for OSCAL's: deprecated for deprecated or superseded, else draft. */
const char *om_status_from_oscal(const char *status);

/* Whether @s is one of the NULL-terminated @names. */
bool om_one_of(const char *s, const char *const *names);

#endif
