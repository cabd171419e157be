// The SDK names of operations, tags and header parameters, shared by the TypeScript client's
// codegen and the generation pipeline, so every SDK says `client.jobs.createImage`. A spec names
// its methods with `x-sdk-method` on each operation; an operation without one gets a name by
// the rule below, so a new operation (or a document that never heard of the extension) is
// never dropped.

export const IDENTIFIER = /^[a-z][A-Za-z0-9]*$/;

/**
 * The resource of operations without a tag. Not openapi-generator's `default`: that is a keyword
 * in Java and C#, so `client.default()` would not compile.
 */
export const UNTAGGED_RESOURCE = 'general';

export const pascal = (s) => s.charAt(0).toUpperCase() + s.slice(1);

/** `If-Match` → `ifMatch`, `Last-Event-ID` → `lastEventId`. */
export function camelHeader(name) {
  return name
    .toLowerCase()
    .split('-')
    .map((part, i) => (i === 0 ? part : pascal(part)))
    .join('');
}

/**
 * The fallback rule: drop the tag's noun from the operationId; a leading `get` becomes
 * `retrieve` (`getApiKey` in tag `apiKeys` → `retrieve`, `listPets` in `pets` → `list`).
 */
export function methodNameByRule(operationId, tag) {
  const singular = pascal(tag ?? '').replace(/ies$/, 'y').replace(/s$/, '');
  const stripped = singular ? operationId.replace(new RegExp(`${escapeRegExp(singular)}s?`), '') : operationId;
  const name = stripped === 'get' ? 'retrieve' : stripped.replace(/^get/, 'retrieve');
  return name && name !== operationId ? name : operationId;
}

/** The method name of an operation object: its `x-sdk-method`, else the rule. */
export function sdkMethod(op, tag = op?.tags?.[0]) {
  const named = op?.['x-sdk-method'];
  return typeof named === 'string' ? named : methodNameByRule(op.operationId, tag);
}

/**
 * The waiter of a poll operation, from the poll's method name: `retrieve` → `waitFor`
 * (`client.jobs.waitFor`), `retrieveReport` → `waitForReport`, `status` → `waitForStatus`.
 */
export function waiterMethodName(pollMethod) {
  const rest = pollMethod.replace(/^retrieve/, '');
  return 'waitFor' + pascal(rest);
}

/** Client property for a tag: the tag itself (already camelCase in the spec). */
export function resourceProperty(tag) {
  return tag;
}

/** Class name for a tag: `apiKeys` → `ApiKeys`. */
export function resourceClass(tag) {
  return pascal(tag);
}

/**
 * The singular of a resource class, as the method rule singularises a tag: `ies` → `y`, a
 * trailing `s` dropped (`ApiKeys` → `ApiKey`, `Policies` → `Policy`). A word ending in `ss` or
 * `us` is not a plural (`Access`, `Status`), nor is one without a trailing `s` (`Compliance`).
 */
export function singularClass(cls) {
  if (/ies$/.test(cls)) return cls.replace(/ies$/, 'y');
  return /[^su]s$/.test(cls) ? cls.slice(0, -1) : cls;
}

/**
 * The one name of an operation's params type in every SDK (query, header and form parameters):
 * `<singular resource class><Pascal method>Params`, so names sort by resource as openai-java's
 * `FileListParams` do (`templates` + `list` → `TemplateListParams`, `jobs` + `createImage` →
 * `JobCreateImageParams`, `auth` + `me` → `AuthMeParams`).
 */
export function paramsTypeName(tag, method) {
  return `${singularClass(resourceClass(tag))}${pascal(method)}Params`;
}

/** The params type name of an operation object, from its first tag and its SDK method. */
export function sdkParamsName(op, tag = op?.tags?.[0] ?? UNTAGGED_RESOURCE) {
  return paramsTypeName(tag, sdkMethod(op, tag));
}

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
