/* SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <string.h>

#include "cprt_iso.h"
#include "cprt_sp80053.h"
#include "cprt_target.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

static const struct cprt_target targets[] = {
	{
		"iso27001-2022", "2022", "ISO/IEC 27001:2022",
		"NIST CSF 2.0 から ISO/IEC 27001:2022 への参考情報(NIST)",
		"NIST CSF 2.0 informative references to ISO/IEC 27001:2022 (NIST)",
		"'Mandatory Clause: N' or 'Annex A Controls: N', N a clause or control "
		"number or a list of them, 'None' or 'All applicable controls'",
		"ISO/IEC 27001:2022 has no such clause",
		cprt_iso_read,
	},
	{
		"nist-sp800-53-r5", "5.1.1", "SP 800-53 Rev 5.1.1",
		"NIST CSF 2.0 から NIST SP 800-53 Rev. 5.1.1 への参考情報(NIST)",
		"NIST CSF 2.0 informative references to SP 800-53 Rev. 5.1.1 (NIST)",
		"a control, enhancement or family id such as 'AC-02', 'AC-02(01)' or 'PT'",
		"SP 800-53 Rev. 5 has no such control family",
		cprt_sp80053_read,
	},
};

const struct cprt_target *cprt_target_find(const char *name)
{
	for (size_t i = 0; i < N(targets); i++)
		if (strcmp(targets[i].name, name) == 0)
			return &targets[i];
	return NULL;
}

void cprt_target_list(char *buf, size_t size)
{
	size_t n = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < N(targets) && n < size; i++) {
		int k = snprintf(buf + n, size - n, "%s%s (%s)",
				 i == 0 ? "" : i + 1 == N(targets) ? " or " : ", ",
				 targets[i].name, targets[i].scheme);

		if (k < 0)
			return;
		n += (size_t)k;
	}
}
