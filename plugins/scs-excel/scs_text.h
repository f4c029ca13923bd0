/* SPDX-License-Identifier: MIT */
#ifndef SCS_TEXT_H
#define SCS_TEXT_H

/* The small texts of a ★ workbook: headers, ids, levels, marks. */

#include <stdbool.h>
#include <stddef.h>

/*
 * True when cell @cell says @name, compared loosely as people retype
 * headers and levels: blanks and line breaks (also U+3000) left out,
 * full-width ASCII read as ASCII, ASCII case ignored. "評価基準 No."
 * and "評価基準\nＮｏ．" both say "評価基準No.".
 */
bool scs_says(const char *cell, const char *name);

/* @s without leading and trailing blanks into @buf; false when it does not fit. */
bool scs_trim(const char *s, char *buf, size_t size);

/* True for a criterion number of the scheme, "1-2-1-1" ([1-7]-[1-5]-[1-9]-[1-9]). */
bool scs_is_criterion_id(const char *id);

/*
 * A dense index of the first @parts parts of a valid criterion number,
 * below SCS_IDS(@parts): 2835 criteria, 315 requirements, 35
 * sub-categories, 7 categories at most.
 */
size_t scs_id_index(const char *id, int parts);
#define SCS_IDS(parts) ((parts) == 1 ? 7 : (parts) == 2 ? 35 : (parts) == 3 ? 315 : 2835)

/* The profile of a level cell ("★3" -> "star3"), or NULL. */
const char *scs_profile_of(const char *level);

/* The result status of a 自己評価 mark ("○" -> "implemented"), or NULL. */
const char *scs_status_of(const char *mark);
/* The marks scs_status_of() knows, for messages. */
extern const char scs_marks[];

/* The CSF 2.0 function code of "統治(GV)" (or "GV") into @code, or false. */
bool scs_csf_of(const char *cell, char code[3]);

#endif
