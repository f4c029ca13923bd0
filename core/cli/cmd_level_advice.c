/* SPDX-License-Identifier: MIT */
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

#define MAX_ANSWERS 32

enum answer { UNANSWERED, YES, NO };

struct answers {
	const char *id[MAX_ANSWERS];
	enum answer value[MAX_ANSWERS];
	size_t n;
};

static enum answer given(const struct answers *a, const char *id)
{
	for (size_t i = 0; i < a->n; i++)
		if (strcmp(a->id[i], id) == 0)
			return a->value[i];
	return UNANSWERED;
}

/* Asks on the terminal until the answer is y or n. */
static enum answer ask(const struct xw_question *q, int lang)
{
	char line[64];

	for (;;) {
		printf("%s [y/n] ", xw_ltext_get(&q->text, lang));
		fflush(stdout);
		if (!fgets(line, sizeof(line), stdin))
			return UNANSWERED;
		if (line[0] == 'y' || line[0] == 'Y')
			return YES;
		if (line[0] == 'n' || line[0] == 'N')
			return NO;
	}
}

static int run(struct cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "yes", required_argument, NULL, 'y' },
		{ "no", required_argument, NULL, 'n' },
		{ "framework", required_argument, NULL, 'f' },
		{ NULL, 0, NULL, 0 },
	};
	struct xw_report r = XW_REPORT_INIT;
	const char *fw_id = "scs-2026";
	const struct xw_framework *fw;
	struct answers a = { { 0 }, { 0 }, 0 };
	size_t level, yes = 0;
	int c;

	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":hy:n:f:", opts, NULL)) != -1) {
		switch (c) {
		case 'h': return cli_help(&verb_level_advice);
		case 'f': fw_id = optarg; break;
		case 'y':
		case 'n':
			if (a.n == MAX_ANSWERS)
				return cli_usage(&verb_level_advice, "too many answers");
			a.id[a.n] = optarg;
			a.value[a.n++] = c == 'y' ? YES : NO;
			break;
		default: return cli_bad_option(&verb_level_advice, c, argv);
		}
	}
	if (optind != argc)
		return cli_usage(&verb_level_advice, "'level-advice' takes no operands");
	fw = cli_framework(cli, fw_id);
	if (!fw)
		return EXIT_FAIL;
	if (!fw->n_questions || fw->advice_default == XW_NONE) {
		fprintf(stderr, "xwalk: %s gives no level advice\n", fw->id);
		return EXIT_FAIL;
	}
	for (size_t i = 0; i < a.n; i++) {
		size_t q = 0;
		while (q < fw->n_questions && strcmp(fw->questions[q]->id, a.id[i]))
			q++;
		if (q == fw->n_questions)
			return cli_usage(&verb_level_advice, "%s has no question '%s'",
					 fw->id, a.id[i]);
	}
	level = fw->advice_default;
	xw_report_section(&r, "Answers", (const char *const[]){ "QUESTION", "ANSWER", "TEXT", NULL });
	for (size_t q = 0; q < fw->n_questions; q++) {
		const struct xw_question *qq = fw->questions[q];
		enum answer v = given(&a, qq->id);

		if (v == UNANSWERED && isatty(STDIN_FILENO) && isatty(STDOUT_FILENO))
			v = ask(qq, cli->lang);
		if (v == UNANSWERED) {
			xw_report_clear(&r);
			return cli_usage(&verb_level_advice,
					 "no answer for '%s' (use --yes %s or --no %s, or run on a terminal)",
					 qq->id, qq->id, qq->id);
		}
		if (v == YES) {
			yes++;
			if (qq->if_yes > level)
				level = qq->if_yes;
		}
		xw_report_row(&r, (const char *const[]){ qq->id, v == YES ? "yes" : "no",
							 xw_ltext_get(&qq->text, cli->lang) });
	}
	xw_report_section(&r, "Advice", NULL);
	xw_report_text(&r, "Recommended level: %s (%s)",
		       xw_ltext_get(&fw->profiles[level]->title, cli->lang),
		       fw->profiles[level]->id);
	if (yes)
		xw_report_text(&r, "Reason: %zu answer%s yes; any yes calls for %s.", yes,
			       yes == 1 ? " is" : "s are", fw->profiles[level]->id);
	else
		xw_report_text(&r, "Reason: every answer is no.");
	if (fw->profiles[level]->assurance)
		xw_report_text(&r, "Assurance at this level: %s",
			       xw_assurance_name(fw->profiles[level]->assurance));
	if (xw_ltext_get(&fw->profiles[level]->note, cli->lang))
		xw_report_text(&r, "%s", xw_ltext_get(&fw->profiles[level]->note, cli->lang));
	if (!yes && xw_ltext_get(&fw->advice_note, cli->lang))
		xw_report_text(&r, "%s", xw_ltext_get(&fw->advice_note, cli->lang));
	return cli_emit(cli, &r);
}

const struct verb verb_level_advice = {
	"level-advice",
	"which level a supplier needs (the scheme's questions)",
	"Which level a supplier needs, by the scheme's own decision questions\n"
	"(for scs-2026: any yes means ★4). Answers come from --yes/--no, and any\n"
	"question left open is asked on the terminal.\n"
	"  --yes ID, --no ID   answer question ID (see the output for the ids)\n"
	"  --framework FW      a framework with level advice (default scs-2026)",
	"xwalk level-advice [--yes ID]... [--no ID]... [--framework FW]",
	run,
};
