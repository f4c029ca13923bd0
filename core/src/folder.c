/* SPDX-License-Identifier: MIT */
#include <errno.h>
#include <string.h>

#include "folder.h"

int xw_folder_error(struct xw_error *err, const char *dir, int errnum)
{
	if (errnum == ENOMEM)
		return xw_error_set(err, XW_ENOMEM, dir, 0, 0, "out of memory");
	return xw_error_set(err, XW_EIO, dir, 0, 0, "cannot read the folder: %s",
			    strerror(errnum));
}
