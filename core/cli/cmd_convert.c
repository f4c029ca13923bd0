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
		{ "profiles", required_argument, NULL, 'p' },
		{ NULL, 0, NULL, 0 },
	};
	const char *from = NULL, *to = NULL, *profiles[16];
	size_t n_profiles = 0;
	enum xw_doc_kind kind = XW_DOC_NONE;
	struct xw_registry *reg;
	struct xw_doc doc;
	struct xw_error e;
	int c, rc;

	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":hf:t:k:p:", opts, NULL)) != -1) {
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
		case 'p':
			if (n_profiles == 16)
				return cli_usage(&verb_convert, "at most 16 --profiles");
			profiles[n_profiles++] = optarg;
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
	if (rc == 0 && n_profiles && doc.kind != XW_DOC_FRAMEWORK)
		rc = xw_error_set(&e, XW_EUSAGE, argv[optind], 0, 0,
				  "--profiles applies to a framework");
	for (size_t i = 0; rc == 0 && i < n_profiles; i++)
		rc = xw_registry_read_profiles(reg, profiles[i], NULL, doc.framework, &e);
	/* after running out of memory (reported) no file is written */
	if (rc == 0 && !cli->out_of_memory)
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
	"                  could be read as more than one\n"
	"  --profiles FILE profiles of the framework from another file, such as\n"
	"                  an OSCAL baseline profile; repeatable, in order",
	"xwalk convert [--from FORMAT] [--to FORMAT] [--kind KIND] [--profiles FILE]... IN OUT",
	run,
};
