/* SPDX-License-Identifier: MIT */
#ifndef XW_FOLDER_H
#define XW_FOLDER_H

#include "xwalk/error.h"

/*
 * Sets @err for the folder @dir that scandir() could not list, by
 * @errnum: XW_ENOMEM "out of memory", else XW_EIO "cannot read the
 * folder". Returns the code. Shared by the catalog and the plugin
 * registry, which both list folders.
 */
int xw_folder_error(struct xw_error *err, const char *dir, int errnum);

#endif
