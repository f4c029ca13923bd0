/* SPDX-License-Identifier: MIT */
/*
 * fuzz-native: the native YAML reader (framework, mapping set and
 * assessment: the input's "format:" key picks the kind) on the input
 * as it is, from memory. A successful read must write canonical YAML
 * that reads back to the same bytes, and lints (on its own, as `xwalk
 * lint FILE` does); a failed one must say why, in one line.
 */
#include <stddef.h>
#include <stdint.h>

#include "xwalk/native.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct xw_error err;
	struct xw_doc doc;
	int rc;

	(void)xw_native_probe((const char *)data, size);
	xw_error_clear(&err);
	rc = xw_native_read("fuzz.yaml", (const char *)data, size, &doc, &err);
	fuzz_check_error(rc, &err);
	if (rc == 0) {
		fuzz_check_native(&doc, NULL, NULL);
		fuzz_lint(&doc);
	} else if (doc.kind != XW_DOC_NONE) {
		fuzz_fail("leftover", "a failed read left a document behind");
	}
	return 0;
}
