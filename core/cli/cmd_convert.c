/* SPDX-License-Identifier: MIT */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

static int parse_kind(const char *s, enum xw_doc_kind *out)
{
	static const char *const names[] = { "framework", "mapping", "assessment" };

	for (int i = 0; i < 3; i++)
		if (strcmp(s, names[i]) == 0) {
			*out = (enum xw_doc_kind)(XW_DOC_FRAMEWORK + i);
			return 0;
		}
	return -1;
}

static int run(struct cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "from", required_argument, NULL, 'f' },
		{ "to", required_argument, NULL, 't' },
		{ "kind", required_argument, NULL, 'k' },
		{ NULL, 0, NULL, 0 },
	};
	const char *from = NULL, *to = NULL;
	enum xw_doc_kind kind = XW_DOC_NONE;
	struct xw_registry *reg;
	struct xw_doc doc;
	struct xw_error e;
	int c, rc;

	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":hf:t:k:", opts, NULL)) != -1) {
		switch (c) {
		case 'h': return cli_help(&verb_convert);
		case 'f': from = optarg; break;
		case 't': to = optarg; break;
		case 'k':
			if (parse_kind(optarg, &kind) < 0)
				return cli_usage(&verb_convert,
						 "--kind takes framework, mapping or assessment, not '%s'",
						 optarg);
			break;
		default: return cli_bad_option(&verb_convert, c, argv);
		}
	}
	if (argc - optind != 2)
		return cli_usage(&verb_convert, "'convert' needs IN and OUT");
	reg = cli_registry(cli);
	if (!reg)
		return EXIT_FAIL;
	xw_error_clear(&e);
	rc = cli_read(cli, argv[optind], from, kind, &doc, &e);
	if (rc == 0)
		rc = xw_registry_write(reg, &doc, argv[optind + 1], to, &e);
	xw_doc_clear(&doc);
	if (rc < 0) {
		cli_print_error(&e);
		return EXIT_FAIL;
	}
	return EXIT_OK;
}

const struct verb verb_convert = {
	"convert",
	"convert between the native format and plugin formats",
	"Convert a framework, mapping set or assessment between formats. The\n"
	"input format is recognised from the content (or --from PLUGIN); the\n"
	"output format from OUT's extension (.yaml is native; or --to PLUGIN).\n"
	"OUT is replaced atomically; '-' writes to standard output.\n"
	"  --from FORMAT   'native' or a plugin name (see 'xwalk plugins'), with\n"
	"                  options for it as NAME:OPTIONS (see docs/formats.md)\n"
	"  --to FORMAT     'native' or a plugin name\n"
	"  --kind KIND     framework, mapping or assessment, for inputs that\n"
	"                  could be read as more than one",
	"xwalk convert [--from FORMAT] [--to FORMAT] [--kind KIND] IN OUT",
	run,
};
