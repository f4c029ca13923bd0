/* SPDX-License-Identifier: MIT */
#ifndef OM_IDENT_H
#define OM_IDENT_H

/*
 * Framework ids for resources of other tools' documents, which name a
 * catalog only by a link: the file name without its extension, or the
 * folder's name when the file is just "catalog" or "profile"
 * ("catalogs/NIST_CSF_v2.0/catalog.json" gives "nist-csf-v2.0"), made an
 * xwalk id as the oscal plugin makes one from a title: ASCII letters
 * lower-cased, digits kept, '.' kept between digits, any other run of
 * characters one '-', none at either end.
 */

#include <stddef.h>

/* The part of @href that names the resource: *@len bytes at the result. */
const char *om_href_name(const char *href, size_t *len);

/* @text (@len bytes) as an id into @out (at least @len + 1 bytes); "" when nothing is left. */
void om_to_id(const char *text, size_t len, char *out);

#endif
