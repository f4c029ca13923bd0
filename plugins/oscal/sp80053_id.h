/* SPDX-License-Identifier: MIT */
#ifndef SP80053_ID_H
#define SP80053_ID_H

/*
 * SP 800-53 control ids as other documents write them, turned into the
 * OSCAL ids the oscal plugin gives its items. NIST's own data writes
 * one control several ways: "AC-2(1)" in the publication, "AC-02(01)"
 * in the CSF 2.0 crosswalks and 800-53A, "ac-2.1" in OSCAL, sometimes
 * with stray blanks ("AC-2 (1)"). All of them become "ac-2.1"; a family
 * alone ("AC") becomes "ac". Used by the plugin's tests and by mapping
 * importers that meet such references.
 */

#include <stddef.h>

/*
 * Writes the OSCAL form of @ref to @out (@size bytes with the NUL).
 * Returns its length, or -1 when @ref is not a control id (an item of a
 * statement such as "AC-2a" is not) or @out is too small.
 */
int sp80053_id(const char *ref, char *out, size_t size);

#endif
