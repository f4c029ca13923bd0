/* SPDX-License-Identifier: MIT */
#ifndef JC_TEXT_H
#define JC_TEXT_H

/*
 * The small texts of a JAMA/JAPIA check sheet: headers, item numbers,
 * labels, levels and answers, as people type them into Excel.
 */

#include <stdbool.h>
#include <stddef.h>

/* The largest item number of guideline v2.2 (No.1 to No.153). */
#define JC_LAST_ITEM 153
/* Labels 1 to 24; a sub-label N-M has M from 1 to 6 (the catalog's id-pattern). */
#define JC_LAST_LABEL 24
#define JC_LAST_SUB 6

/*
 * @s folded for comparison into @out: blanks and line breaks (also
 * U+3000) left out, full-width ASCII read as ASCII, ASCII case ignored.
 * False when it does not fit.
 */
bool jc_fold(const char *s, char *out, size_t size);
/* Room for a folded header cell: a longer one names no known column. */
#define JC_FOLD_SIZE 256

/*
 * True when header cell @cell says header name @name, both folded by
 * jc_fold(): the same, or @name followed by a bracketed remark
 * ("回答（選択）", "レベル(Lv)"). The caller folds each once, since
 * every header cell is tried against every known name.
 */
bool jc_says(const char *cell, const char *name);

/* True when @s holds nothing but blanks. */
bool jc_blank(const char *s);

/*
 * The item number in @cell ("12", "No.12", "No. 12", "Ｎｏ．１２") as the
 * catalog's id "No.12" into @id: 1, 0 for a blank cell, -1 for anything
 * else, a number out of range included.
 */
int jc_item_id(const char *cell, char id[8]);

/*
 * A label cell: its label group ("6-1", "6" or "12") into @id and the
 * label's name after it, if any, as *@name and *@len (pointing into @cell,
 * blanks around it left out: "6-1 事故時の手順" gives "6-1" and
 * "事故時の手順"). 1, 0 for a blank cell, -1 when it starts with no
 * label number of the guideline.
 */
int jc_label(const char *cell, char id[6], const char **name, size_t *len);

/*
 * The profile of level cell @cell: "Lv1" (also "Lv.1", "レベル1", "1") ->
 * "lv1". NULL for a blank cell, or a bare "Lv" with no number (*@bare
 * set: a known defect of copies of the guideline), or anything else.
 */
const char *jc_profile_of(const char *cell, bool *bare);

/* The result status of an answer ("実施", "○", "対象外"...), or NULL. */
const char *jc_status_of(const char *answer);
/* The answers jc_status_of() knows, for messages. */
extern const char jc_answers[];

#endif
