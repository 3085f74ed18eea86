// validate.mjs — checks that an OpenAPI document (handlers/openapi.json) is a valid OpenAPI 3.1
// description, strictly.
//
//   npm ci --prefix tests/openapi          # once (CI runs this), installs the pinned validator
//   node tests/openapi/validate.mjs handlers/openapi.json
//
// Exit status: 0 valid; 1 invalid (every error printed); 2 usage; 77 when node_modules is missing
// (meson reports the test as skipped).
//
// Checks, in order:
// 1. the document against the official OpenAPI 3.1 JSON Schema, with formats checked, and every
//    internal $ref resolving (@seriousme/openapi-schema-validator);
// 2. that it is 3.1 and not another version the validator also accepts;
// 3. every Schema Object against the JSON Schema 2020-12 meta-schema (the OpenAPI schema in step 1
//    only requires a Schema Object to be an object or a boolean, so a typo such as
//    "type": "strng" would otherwise pass);
// 4. every example (media types, parameters, headers) against its schema, so the examples a
//    reader copies are real answers;
// 5. unique operationIds and declared path parameters (not expressible in JSON Schema).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
if (!existsSync(join(here, "node_modules", "@seriousme", "openapi-schema-validator"))) {
  console.error(`validate.mjs: ${join(here, "node_modules")} is missing; run: npm ci --prefix tests/openapi`);
  process.exit(77);
}
if (process.argv.length !== 3) {
  console.error("usage: node validate.mjs OPENAPI.json");
  process.exit(2);
}

const { Validator } = await import("@seriousme/openapi-schema-validator");
const { default: Ajv2020 } = await import("ajv/dist/2020.js");
const { default: addFormats } = await import("ajv-formats");

const file = process.argv[2];
const errors = [];
const fail = (where, msg) => errors.push(`${where}: ${msg}`);

let doc;
try {
  doc = JSON.parse(readFileSync(file, "utf8"));
} catch (e) {
  console.error(`${file}: ${e.message}`);
  process.exit(1);
}

// 1. The OpenAPI schema and $refs.
const validator = new Validator({ allErrors: true });
const res = await validator.validate(structuredClone(doc));
if (!res.valid) {
  const errs = Array.isArray(res.errors) ? res.errors : [res.errors];
  for (const e of errs) {
    if (typeof e === "string") fail("document", e);
    else fail(e.instancePath || "/", `${e.message}${e.params ? " " + JSON.stringify(e.params) : ""}`);
  }
}

// 2. The version.
if (typeof doc.openapi !== "string" || !/^3\.1\.\d+$/.test(doc.openapi))
  fail("/openapi", `must be 3.1.x, is ${JSON.stringify(doc.openapi)}`);

// 3 and 4. Schemas and examples. All component schemas live in one JSON Schema resource so that
// "#/components/schemas/X" references inside them resolve as they do in the document.
const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
addFormats(ajv);
const BASE = "urn:chronik:openapi";
ajv.addSchema({ $id: BASE, components: { schemas: doc.components?.schemas ?? {} } });

const ptr = (parts) => "/" + parts.map((p) => String(p).replace(/~/g, "~0").replace(/\//g, "~1")).join("/");

function checkSchema(schema, where) {
  if (typeof schema === "boolean") return;
  if (!ajv.validateSchema(schema)) fail(where, `not a JSON Schema 2020-12 schema: ${ajv.errorsText(ajv.errors)}`);
}

// Follows a local $ref ("#/components/...") to the object it names.
function deref(obj, seen = new Set()) {
  while (obj && typeof obj === "object" && typeof obj.$ref === "string" && obj.$ref.startsWith("#/")) {
    if (seen.has(obj.$ref)) return undefined;
    seen.add(obj.$ref);
    obj = obj.$ref
      .slice(2)
      .split("/")
      .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce((o, k) => (o == null ? undefined : o[k]), doc);
  }
  return obj;
}

// Rewrites "#/components/schemas/..." references to point into the BASE resource.
function rebase(schema) {
  if (Array.isArray(schema)) return schema.map(rebase);
  if (schema && typeof schema === "object") {
    const out = {};
    for (const [k, v] of Object.entries(schema))
      out[k] = k === "$ref" && typeof v === "string" && v.startsWith("#/") ? BASE + v : rebase(v);
    return out;
  }
  return schema;
}

function checkExamples(holder, schema, where) {
  if (schema === undefined) return;
  const values = [];
  if ("example" in holder) values.push(["example", holder.example]);
  for (const [name, ex] of Object.entries(holder.examples ?? {})) {
    const e = deref(ex);
    if (e && "value" in e) values.push([`examples/${name}`, e.value]);
  }
  if (!values.length) return;
  let validate;
  try {
    validate = ajv.compile(rebase(schema));
  } catch (e) {
    fail(where, `schema does not compile: ${e.message}`);
    return;
  }
  for (const [name, value] of values)
    if (!validate(value)) fail(`${where}/${name}`, `example does not match its schema: ${ajv.errorsText(validate.errors)}`);
}

for (const [name, schema] of Object.entries(doc.components?.schemas ?? {}))
  checkSchema(schema, ptr(["components", "schemas", name]));

function visitParamOrHeader(p, where) {
  const obj = deref(p);
  if (!obj || typeof obj !== "object") return;
  if (obj.schema !== undefined) {
    checkSchema(obj.schema, where + "/schema");
    checkExamples(obj, obj.schema, where);
  }
  for (const [mt, m] of Object.entries(obj.content ?? {})) visitMedia(m, `${where}/content/${mt}`);
}

function visitMedia(m, where) {
  if (m.schema !== undefined) checkSchema(m.schema, where + "/schema");
  checkExamples(m, m.schema, where);
}

function visitResponse(r, where) {
  const obj = deref(r);
  if (!obj) return;
  for (const [h, hv] of Object.entries(obj.headers ?? {})) visitParamOrHeader(hv, `${where}/headers/${h}`);
  for (const [mt, m] of Object.entries(obj.content ?? {})) visitMedia(m, `${where}/content/${mt}`);
}

// 5. operationIds and path parameters, while walking the paths.
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
const opIds = new Map();
for (const [path, item] of Object.entries(doc.paths ?? {})) {
  const templated = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  for (const method of METHODS) {
    const op = item?.[method];
    if (!op) continue;
    const where = ptr(["paths", path, method]);
    if (op.operationId) {
      if (opIds.has(op.operationId)) fail(where, `operationId "${op.operationId}" also used at ${opIds.get(op.operationId)}`);
      opIds.set(op.operationId, where);
    }
    const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) => deref(p)).filter(Boolean);
    for (const name of templated)
      if (!params.some((p) => p.in === "path" && p.name === name)) fail(where, `path parameter {${name}} is not declared`);
    for (const p of params)
      if (p.in === "path" && !templated.includes(p.name)) fail(where, `path parameter "${p.name}" is not in the path`);
    const seenParams = new Set();
    for (const p of params) {
      const key = `${p.in}:${p.in === "header" ? String(p.name).toLowerCase() : p.name}`;
      if (seenParams.has(key)) fail(where, `parameter ${p.name} (in ${p.in}) declared twice`);
      seenParams.add(key);
    }
    (op.parameters ?? []).forEach((p, i) => visitParamOrHeader(p, `${where}/parameters/${i}`));
    const body = deref(op.requestBody);
    for (const [mt, m] of Object.entries(body?.content ?? {})) visitMedia(m, `${where}/requestBody/content/${mt}`);
    for (const [status, r] of Object.entries(op.responses ?? {})) {
      // Components are checked once below; inline responses here.
      if (!r.$ref) visitResponse(r, `${where}/responses/${status}`);
    }
  }
}
for (const [name, r] of Object.entries(doc.components?.responses ?? {})) visitResponse(r, ptr(["components", "responses", name]));
for (const [name, p] of Object.entries(doc.components?.parameters ?? {})) visitParamOrHeader(p, ptr(["components", "parameters", name]));
for (const [name, h] of Object.entries(doc.components?.headers ?? {})) visitParamOrHeader(h, ptr(["components", "headers", name]));

if (errors.length) {
  console.error(`${file}: not a valid OpenAPI 3.1 document (${errors.length} error${errors.length > 1 ? "s" : ""}):`);
  for (const e of errors) console.error("  " + e);
  process.exit(1);
}
console.log(`${file}: valid OpenAPI ${doc.openapi} (${Object.keys(doc.paths ?? {}).length} paths, ${opIds.size} operations)`);
