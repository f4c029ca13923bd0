/* SPDX-License-Identifier: MIT */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xwalk/migrate.h"
#include "cli.h"

static int run(struct cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "to", required_argument, NULL, 't' },
		{ "via", required_argument, NULL, 'v' },
		{ "output", required_argument, NULL, 'o' },
		{ NULL, 0, NULL, 0 },
	};
	const char *to = NULL, *via = NULL, *output = NULL;
	struct xw_doc set = { 0 }, vmap = { 0 }, next = { 0 };
	struct xw_report r = XW_REPORT_INIT;
	const struct xw_framework *old_fw;
	struct xw_migration_note *notes = NULL;
	struct xw_mapping *migrated = NULL;
	size_t fate[3] = { 0 };
	bool target_side;
	struct xw_error e;
	int c, rc = EXIT_FAIL;

	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":ht:v:o:", opts, NULL)) != -1) {
		switch (c) {
		case 'h': return cli_help(&verb_migrate);
		case 't': to = optarg; break;
		case 'v': via = optarg; break;
		case 'o': output = optarg; break;
		default: return cli_bad_option(&verb_migrate, c, argv);
		}
	}
	if (argc - optind != 1 || !to || !via || !output)
		return cli_usage(&verb_migrate, "'migrate' needs MAPPING, --to, --via and -o");
	xw_error_clear(&e);
	if (cli_read(cli, argv[optind], NULL, XW_DOC_MAPPING, &set, &e) < 0 ||
	    cli_read(cli, via, NULL, XW_DOC_MAPPING, &vmap, &e) < 0 ||
	    cli_read(cli, to, NULL, XW_DOC_FRAMEWORK, &next, &e) < 0) {
		cli_print_error(&e);
		goto out;
	}
	/* the version map says which end changes: the one it starts from */
	target_side = strcmp(vmap.mapping->source, set.mapping->target) == 0;
	old_fw = cli_framework(cli, vmap.mapping->source);
	if (!old_fw)
		goto out;
	if (xw_mapping_migrate(set.mapping, vmap.mapping, old_fw, next.framework,
			       target_side, &migrated, &notes, &e) < 0) {
		cli_print_error(&e);
		goto out;
	}
	xw_report_section(&r, "Rows", (const char *const[]){ "ROW", "FATE", "REASON", NULL });
	for (size_t i = 0; i < set.mapping->n_rows; i++) {
		fate[notes[i].fate]++;
		xw_report_row(&r, (const char *const[]){ notes[i].row->id,
			xw_fate_name(notes[i].fate), notes[i].reason });
	}
	xw_report_text(&r, "%zu carried over, %zu marked for review, %zu dropped (listed above)",
		       fate[XW_FATE_CARRIED], fate[XW_FATE_REVIEW], fate[XW_FATE_DROPPED]);
	{
		struct xw_doc outdoc = { XW_DOC_MAPPING, NULL, migrated, NULL };
		if (xw_native_save(&outdoc, output, &e) < 0) {
			cli_print_error(&e);
			goto out;
		}
	}
	rc = cli_emit(cli, &r);
out:
	xw_report_clear(&r);
	xw_mapping_free(migrated);
	free(notes);
	xw_doc_clear(&set);
	xw_doc_clear(&vmap);
	xw_doc_clear(&next);
	return rc;
}

const struct verb verb_migrate = {
	"migrate",
	"carry a mapping set to a new framework version through a version map",
	"Carry a mapping set to a new version of its source or target framework\n"
	"through a version mapping (a mapping set from the old version to the new).\n"
	"A row whose items each map equal to one new item carries over as it is;\n"
	"any other row lands as a draft with the relation derived for it and the\n"
	"reason; a row whose items have no successor is dropped and listed. The old\n"
	"framework is looked up in the bundled data by the version map's source.\n"
	"  --to FILE    the new version of the framework\n"
	"  --via FILE   the version mapping, old -> new\n"
	"  -o FILE      where to write the migrated set (atomically)",
	"xwalk migrate MAPPING --to NEW-FRAMEWORK --via VERSION-MAP -o OUT",
	run,
};
