/* SPDX-License-Identifier: MIT */
#ifndef OSCAL_PROFILE_H
#define OSCAL_PROFILE_H

/*
 * An OSCAL profile, whichever its syntax, read as one profile of a
 * framework read before from its catalog: the items its imports select
 * are put in it, nothing is added to the framework. See docs/formats.md,
 * "Profiles and baselines", for the rules.
 */

#include "xwalk/plugin.h"
#include "oscal_view.h"

/* The longest `matching` pattern read; a longer one is an error. */
#define OC_PATTERN_MAX 256

/*
 * Declares the profile of @v in @fw and puts the items it selects in it.
 * Warnings: an id that is not an active item of @fw (once per id), an
 * import naming another catalog, a pattern or a profile selecting
 * nothing. Errors, reported: no title, no import, a profile id @fw
 * already has, a with-id that is not plain text, a pattern too long,
 * XW_ENOMEM, and those of the host's setters.
 */
int oc_profile_read(const struct xw_host *h, struct xw_call *call,
		    const struct oc_view *v, struct xw_framework *fw);

#endif
