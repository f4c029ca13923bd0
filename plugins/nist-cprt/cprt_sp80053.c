/* SPDX-License-Identifier: MIT */
#include <string.h>

#include "cprt_sp80053.h"
#include "sp80053_id.h"

/* The 20 control families of SP 800-53 Rev. 5. */
static const char families[][3] = {
	"ac", "at", "au", "ca", "cm", "cp", "ia", "ir", "ma", "mp",
	"pe", "pl", "pm", "ps", "pt", "ra", "sa", "sc", "si", "sr",
};

static bool family_known(const char *id)
{
	for (size_t i = 0; i < sizeof(families) / sizeof(families[0]); i++)
		if (strncmp(id, families[i], 2) == 0)
			return true;
	return false;
}

int cprt_sp80053_read(const char *ref, cprt_emit_fn emit, void *ctx)
{
	char id[32];

	if (sp80053_id(ref, id, sizeof(id)) < 0)
		return CPRT_REF_UNREADABLE;
	return emit(ctx, id, family_known(id));
}
