// SPDX-License-Identifier: MIT
// node validate.js DIR SCHEMA FILE...: validates each FILE against SCHEMA
// (JSON Schema draft-07) with the Ajv and ajv-formats installed in DIR;
// run through validate.sh. Exits 0 when all are valid, else 1.
'use strict';

const fs = require('fs');
const path = require('path');
const { createRequire } = require('module');

const [dir, schemaPath, ...files] = process.argv.slice(2);
const load = createRequire(path.join(path.resolve(dir), 'validate.js'));
const Ajv = load('ajv').default;
const addFormats = load('ajv-formats').default;

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, 'utf8')));

let failed = 0;
for (const file of files) {
	let doc;
	try {
		doc = JSON.parse(fs.readFileSync(file, 'utf8'));
	} catch (e) {
		console.log(`${file}: not JSON: ${e.message}`);
		failed++;
		continue;
	}
	if (validate(doc)) {
		console.log(`${file}: valid`);
		continue;
	}
	failed++;
	console.log(`${file}: INVALID, ${validate.errors.length} errors`);
	for (const e of validate.errors)
		console.log(`  ${e.instancePath || '/'}: ${e.message} ${JSON.stringify(e.params)}`);
}
process.exit(failed ? 1 : 0);
