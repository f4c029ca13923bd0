/* SPDX-License-Identifier: MIT */
#ifndef JC_LABELS_H
#define JC_LABELS_H

/*
 * The labels and sub-labels of a check sheet, as its item rows name
 * them: a label ("6", kind label) takes its name from the sheet; a
 * label group (the label itself, or a sub-label "6-1", kind category,
 * which has no name of its own) takes the 目的 as props.purpose and the
 * 要求事項 as its text. Each is added when its first row comes.
 */

#include "jc_table.h"

struct jc_labels {
	char label[4], group[6];                  /* the label and group being read */
	uint32_t group_row;                       /* the row where the group began */
	struct xw_item *label_item;
	const char *name;                         /* the label's name in its first row */
	size_t name_len;
	uint32_t label_began[JC_LAST_LABEL + 1];  /* the row where each label began */
	/* ... and each group: [label][sub-label, 0 for the label itself] */
	uint32_t group_began[JC_LAST_LABEL + 1][JC_LAST_SUB + 1];
};

/*
 * The label group of item @item's row into @group, adding the label and
 * the sub-label to @fw when they begin there and checking the row's
 * label texts against their first row's. A blank label cell continues
 * the group above.
 */
int jc_labels_row(struct jc_labels *l, struct jc_table *t, struct xw_framework *fw,
		  uint32_t row, const char *item, char group[6]);

/*
 * Sets text field @key ("title", "text") of @it from column @c of @row:
 * "ja", marking *@official; listed in `unknown` when the cell is blank;
 * nothing when the sheet has no such column.
 */
int jc_set_text(const struct jc_table *t, struct xw_item *it, uint32_t row,
		enum jc_col c, const char *key, bool *official);

#endif
