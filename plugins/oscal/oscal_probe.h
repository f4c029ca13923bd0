/* SPDX-License-Identifier: MIT */
#ifndef OSCAL_PROBE_H
#define OSCAL_PROBE_H

/*
 * Telling OSCAL files from others cheaply: the host asks every plugin
 * about every file, so this reads a few hundred bytes and parses
 * nothing.
 */

#include "xwalk/plugin.h"

enum oc_syntax { OC_NOT_OSCAL, OC_XML, OC_JSON };

/* The syntax @in is written in, judged by its first character. */
enum oc_syntax oc_sniff(const struct xw_input *in);

enum oc_root { OC_ROOT_NONE, OC_ROOT_CATALOG, OC_ROOT_PROFILE };

/*
 * What @in looks like: an OSCAL catalog or profile when it is XML whose
 * root element is <catalog> or <profile> in the OSCAL namespace (or
 * whose DOCTYPE names one: the reader then refuses it with a clear
 * message), or JSON whose first key is "catalog" or "profile".
 */
enum oc_root oc_oscal_root(const struct xw_input *in);

#endif
