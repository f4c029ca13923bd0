/* SPDX-License-Identifier: MIT */
#ifndef OM_TEXT_H
#define OM_TEXT_H

/*
 * The OSCAL 1.2.1 JSON schema's text types, checked before writing, so
 * that every document written validates.
 */

#include <stdbool.h>

/*
 * Why @s is not a StringDatatype (^\S(.*\S)?$ as a JavaScript pattern:
 * not empty, no blank at either end, no line break), or NULL when it is.
 */
const char *om_string_problem(const char *s);
/* Why @s is not a MarkupLineDatatype (^[^\n]+$), or NULL. */
const char *om_line_problem(const char *s);
/* Whether @s is a TokenDatatype; only ASCII names are taken as tokens. */
bool om_is_token(const char *s);
/* Whether @s holds a glob's special character: * ? [ */
bool om_has_glob(const char *s);

#endif
