/* SPDX-License-Identifier: MIT */
#ifndef HTML_ASSETS_H
#define HTML_ASSETS_H

/*
 * The page's own style sheet and script, written into every page: the
 * page loads nothing from anywhere (its Content-Security-Policy forbids
 * it), so it works offline and from an e-mail attachment.
 */
extern const char html_style[];
extern const char html_script[];

#endif
