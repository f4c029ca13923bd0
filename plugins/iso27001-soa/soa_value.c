/* SPDX-License-Identifier: MIT */
#include <stddef.h>
#include <string.h>

#include "soa_text.h"
#include "soa_value.h"

/*
 * Written as soa_fold() leaves them: ASCII in lower case, no blanks, no
 * punctuation ("n/a" is "na", "Not implemented" "notimplemented").
 */
static const char *const yes[] = {
	"yes", "y", "true", "applicable", "applied", "included", "include",
	"selected", "○", "〇", "◯", "✓", "✔", "レ", "適用", "適用する", "適用あり",
	"該当", "有", "あり", "要", "採用", "選択", "対象", NULL,
};

static const char *const no[] = {
	"no", "n", "false", "notapplicable", "na", "excluded", "exclude",
	"notselected", "×", "✕", "✗", "✖", "除外", "適用除外", "非適用", "適用外",
	"適用しない", "対象外", "不要", "なし", "無", "不採用", "該当なし", "非該当",
	NULL,
};

const char soa_applicable_words[] =
	"yes, y, ○, ✓, 適用 (or the like) for applicable; "
	"no, n, ×, N/A, 除外, 適用除外 (or the like) for excluded";

static const struct {
	enum soa_status status;
	const char *const words[32];
} statuses[] = {
	{ SOA_STATUS_IMPLEMENTED, {
		"implemented", "fullyimplemented", "yes", "y", "done", "complete",
		"completed", "inplace", "○", "〇", "◯", "✓", "✔", "レ", "実施済",
		"実施済み", "導入済", "導入済み", "実装済", "実装済み", "対応済",
		"対応済み", "済", "済み", "完了", "実施", "運用中", NULL } },
	{ SOA_STATUS_PARTIAL, {
		"partial", "partially", "partiallyimplemented", "inprogress", "ongoing",
		"△", "一部実施", "一部実施済", "一部実施済み", "一部導入", "一部導入済",
		"一部導入済み", "一部対応", "一部実装", "一部済", "一部", "実施中", "対応中",
		"導入中", NULL } },
	{ SOA_STATUS_NOT_IMPLEMENTED, {
		"notimplemented", "no", "n", "none", "notstarted", "×", "✕", "✗", "✖",
		"未実施", "未導入", "未対応", "未実装", "未着手", "未", NULL } },
	{ SOA_STATUS_PLANNED, {
		"planned", "plan", "scheduled", "todo", "計画中", "計画", "予定", "検討中",
		"導入予定", "実施予定", "対応予定", NULL } },
	{ SOA_STATUS_NOT_APPLICABLE, {
		"notapplicable", "na", "excluded", "対象外", "適用外", "除外", "適用除外",
		"非該当", "該当なし", NULL } },
	{ SOA_STATUS_UNKNOWN, { "unknown", "tbd", "不明", "未確認", "確認中", NULL } },
};

const char soa_status_words[] =
	"Implemented, 実施済, ○; Partially, 一部実施, △; Not implemented, 未実施, ×; "
	"Planned, 計画中; N/A, 対象外; Unknown, 不明 (or the like)";

/* Dashes people put in a cell for "nothing": ASCII ones are folded away already. */
static bool dashes(const char *s)
{
	static const char *const marks[] = {
		"\xE2\x80\x90" /* ‐ */, "\xE2\x80\x94" /* — */, "\xE2\x80\x95" /* ― */,
		"\xE2\x88\x92" /* − */, "\xE3\x83\xBC" /* ー */,
	};

	while (*s) {
		size_t i = 0;

		while (i < sizeof(marks) / sizeof(marks[0]) && strncmp(s, marks[i], 3) != 0)
			i++;
		if (i == sizeof(marks) / sizeof(marks[0]))
			return false;
		s += 3;
	}
	return true;
}

/* @cell folded into @f: false when it does not fit; "" for a blank or dashes. */
static bool fold(const char *cell, char f[256])
{
	if (!soa_fold(cell, f, 256))
		return false;
	if (dashes(f))
		f[0] = '\0';
	return true;
}

enum soa_applicable soa_applicable_of(const char *cell)
{
	char f[256];

	if (!fold(cell, f))
		return SOA_APPLICABLE_BAD;
	if (!*f)
		return SOA_APPLICABLE_BLANK;
	if (soa_word(f, yes) >= 0)
		return SOA_APPLICABLE_YES;
	return soa_word(f, no) >= 0 ? SOA_APPLICABLE_NO : SOA_APPLICABLE_BAD;
}

enum soa_status soa_status_of(const char *cell)
{
	char f[256];

	if (!fold(cell, f))
		return SOA_STATUS_BAD;
	if (!*f)
		return SOA_STATUS_BLANK;
	for (size_t i = 0; i < sizeof(statuses) / sizeof(statuses[0]); i++)
		if (soa_word(f, statuses[i].words) >= 0)
			return statuses[i].status;
	return SOA_STATUS_BAD;
}

const char *soa_status_name(enum soa_status s)
{
	switch (s) {
	case SOA_STATUS_IMPLEMENTED: return "implemented";
	case SOA_STATUS_PARTIAL: return "partial";
	case SOA_STATUS_NOT_IMPLEMENTED:
	case SOA_STATUS_PLANNED: return "not-implemented";
	case SOA_STATUS_NOT_APPLICABLE: return "not-applicable";
	default: return "unknown";
	}
}
