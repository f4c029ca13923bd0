/* SPDX-License-Identifier: MIT */
#ifndef CSV_KINDS_H
#define CSV_KINDS_H

/*
 * What a CSV file of each kind holds: its metadata rows and columns,
 * named as in the native formats, and how to reach the model through
 * the host. The reader and the writer share these tables, so a column
 * is added in one place.
 */

#include <stdbool.h>
#include <stddef.h>

#include "xwalk/plugin.h"

/* Metadata rows a kind may have, at most (checked at compile time). */
#define CSV_MAX_META 32

enum csv_shape {
	CSV_TEXT,   /* the whole cell is the value */
	CSV_IDS,    /* a list of ids separated by ';' */
	CSV_LINES,  /* a list with one element per line */
	CSV_MAP,    /* a map: one column "name.KEY" per key */
	CSV_HASHES, /* item text hashes: "ID=HEX" pairs separated by ';' */
};

struct csv_group;

struct csv_field {
	const char *name;     /* as written in the file: "title.ja" */
	const char *key;      /* the host's field: "title" */
	const char *sub;      /* the host's sub-key: "ja", or NULL */
	enum csv_shape cell;
	const char *dflt;     /* what a getter reports for a field never set;
				 such a value is not written */
	/* the group this metadata row belongs to ("#profile.title.ja");
	 * NULL for the document's own rows and for columns */
	const struct csv_group *group;
	bool opens;           /* "#profile,ID": starts a group and sets @key */
};

typedef int (*csv_setter)(const struct xw_host *h, struct xw_call *c,
			  void *obj, const char *key, const char *sub,
			  const char *value);
typedef int (*csv_adder)(const struct xw_host *h, struct xw_call *c,
			 void *doc, void **out);
typedef const char *(*csv_getter)(const struct xw_host *h, const void *obj,
				  const char *key, const char *sub, size_t idx);
/* The @idx-th pair of a CSV_HASHES field: returns the id, fills @hex. */
typedef const char *(*csv_hash_getter)(const struct xw_host *h, const void *obj,
				       const char *key, size_t idx, char hex[17]);

/*
 * Whether the host's table has @fn: a 1.0 host's ends before the fields
 * that ABI 1.1 appended, the first 1.1 host's before the level advice
 * questions, and struct_size says where.
 */
#define CSV_HOST_HAS(h, fn) \
	((h)->struct_size >= offsetof(struct xw_host, fn) + sizeof((h)->fn))

/*
 * A list of objects that a document keeps in its metadata rows, such as
 * a framework's profiles: "#profile,ID" starts one, and the "#profile.*"
 * rows after it fill it. Its fields, the one that starts it included,
 * are rows of the kind's metadata table, and the groups are written
 * where their starting row stands in that table.
 */
struct csv_group {
	/* reading */
	csv_setter set;
	csv_adder add;
	/* writing; count() is 0 on a host whose ABI shows no such objects */
	csv_getter get;
	size_t (*count)(const struct xw_host *h, const void *doc);
	const void *(*at)(const struct xw_host *h, const void *doc, size_t i);
};

struct csv_kind {
	const char *format;            /* "xwalk-mapping/1" */
	const char *what;              /* "mapping set", for messages */
	const char *record;            /* "row": what a data row is */
	/* header columns that tell this kind apart when there is no #format */
	const char *const *signature;
	const struct csv_field *meta;  /* meta[0] is "format" */
	size_t n_meta;
	const struct csv_field *cols;
	size_t n_cols;

	/* reading */
	csv_setter set_doc, set_record;
	csv_adder add_record;

	/* writing; NULL when the ABI offers no getters for this kind */
	csv_getter get_doc, get_record;
	size_t (*count)(const struct xw_host *h, const void *doc);
	const void *(*at)(const struct xw_host *h, const void *doc, size_t i);
	/* a record's CSV_HASHES fields; none on an older host */
	csv_hash_getter get_hashes;
	/* refuses, with a message, a document CSV cannot hold; may be NULL */
	int (*check)(const struct xw_host *h, struct xw_call *c, const void *doc);
};

extern const struct csv_kind csv_framework;
extern const struct csv_kind csv_mapping;
extern const struct csv_kind csv_assessment;

/* All kinds, in the order in which the header decides between them. */
extern const struct csv_kind *const csv_kinds[3];

/**
 * The field of @v named @name, or NULL. For a CSV_MAP field the name is
 * "field.KEY" and *@sub is set to KEY; otherwise *@sub is the field's.
 */
const struct csv_field *csv_field_find(const struct csv_field *v, size_t n,
				       const char *name, const char **sub);

/** The metadata field of @k that starts group @g ("#profile,ID"). */
const struct csv_field *csv_group_start(const struct csv_kind *k,
					const struct csv_group *g);

/** Blanks trimmed around the elements of a ';'-separated cell. */
bool csv_blank(char c);

#endif
