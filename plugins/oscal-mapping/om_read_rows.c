/* SPDX-License-Identifier: MIT */
#include <stdlib.h>
#include <string.h>

#include "om_rows.h"

/* A place in the set: a map, or a gap row. */
struct slot {
	const struct om_node *mapping, *map;
	const struct om_gap *gap;
};

/* A mapping's own method or status is the set's in xwalk: say when they differ. */
static int same_as_provenance(struct om_r *r, const struct om_node *mapping, const char *key)
{
	const char *mine, *set;
	int rc = om_r_text(r, mapping, key, &mine);

	if (rc == 0)
		rc = om_r_text(r, r->provenance, key, &set);
	if (rc == 0 && mine && set && strcmp(mine, set) != 0)
		om_r_warn(r, om_member(mapping, key), "this mapping's %s '%s' is not the "
			  "provenance's '%s', which xwalk keeps for the whole set", key, mine, set);
	return rc;
}

static int collect(struct om_r *r, struct om_rows *rows)
{
	int rc = 0;

	for (const struct om_node *m = om_r_first_mapping(r); rc == 0 && m;
	     m = om_r_next_mapping(r, m)) {
		const struct om_node *maps;

		rc = om_r_array(r, m, "maps", &maps);
		if (rc == 0 && !maps)
			rc = om_r_fail(r, m, XW_EINVAL, "mapping has no 'maps'");
		if (rc == 0)
			rows->n_maps += maps->count;
		if (rc == 0)
			rc = same_as_provenance(r, m, "method");
		if (rc == 0)
			rc = same_as_provenance(r, m, "status");
		if (rc == 0)
			rc = om_r_collect_gaps(r, rows, m);
	}
	return rc;
}

/* Gap rows with a place go there; maps, then their mapping's other gap rows, fill the rest. */
static int place(struct om_r *r, const struct om_rows *rows, struct slot *slots, size_t total)
{
	size_t next = 0, gi = 0;

	for (size_t i = 0; i < rows->n_gaps; i++) {
		const struct om_gap *g = &rows->gaps[i];

		if (!g->position)
			continue;
		if (g->position > total || slots[g->position - 1].gap)
			return om_r_fail(r, g->at, XW_EINVAL, "gap row place %zu is %s", g->position,
					 g->position > total ? "past the last row" : "taken twice");
		slots[g->position - 1] = (struct slot){ g->mapping, NULL, g };
	}
	for (const struct om_node *m = om_r_first_mapping(r); m; m = om_r_next_mapping(r, m)) {
		for (const struct om_node *map = om_member(m, "maps")->first; map; map = map->next) {
			while (slots[next].gap)
				next++;
			slots[next++] = (struct slot){ m, map, NULL };
		}
		/* a mapping's gap rows were collected after those of the mappings before it */
		for (; gi < rows->n_gaps && rows->gaps[gi].mapping == m; gi++) {
			if (rows->gaps[gi].position)
				continue;
			while (slots[next].gap)
				next++;
			slots[next++] = (struct slot){ m, NULL, &rows->gaps[gi] };
		}
	}
	return 0;
}

int om_r_rows(struct om_r *r)
{
	struct om_rows rows;
	struct slot *slots = NULL;
	size_t total = 0;
	int rc;

	memset(&rows, 0, sizeof(rows));
	rc = collect(r, &rows);
	if (rc == 0) {
		total = rows.n_maps + rows.n_gaps;
		slots = calloc(total ? total : 1, sizeof(*slots));
		if (!slots)
			rc = om_r_fail(r, NULL, XW_ENOMEM, "out of memory");
	}
	if (rc == 0)
		rc = place(r, &rows, slots, total);
	for (size_t i = 0; rc == 0 && i < total; i++)
		rc = slots[i].gap ? om_r_gap(r, &rows, slots[i].gap)
				  : om_r_map(r, slots[i].mapping, slots[i].map);
	free(slots);
	free(rows.pairs);
	free(rows.gaps);
	return rc;
}
