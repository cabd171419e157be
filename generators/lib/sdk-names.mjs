// The SDK names of operations, tags and header parameters, shared by the TypeScript client's
// codegen and the generation pipeline, so every SDK says `client.jobs.createImage`. A spec names
// its methods with `x-sdk-method` on each operation; an operation without one gets a name by
// the rule below, so a new operation (or a document that never heard of the extension) is
// never dropped.

export const IDENTIFIER = /^[a-z][A-Za-z0-9]*$/;
const PREPOSITION_END = /[a-z0-9](For|By|In|Of|To|From|With|On|At|And|Or)$/;

/**
 * The resource of operations without a tag. Not openapi-generator's `default`: that is a keyword
 * in Java and C#, so `client.default()` would not compile.
 */
export const UNTAGGED_RESOURCE = 'general';

export const pascal = (s) => s.charAt(0).toUpperCase() + s.slice(1);

/** A name cut into words at every character that is not a letter or digit, each capitalised, joined: `Simple user-2` → `SimpleUser2`. */
export const pascalWords = (name) => String(name).split(/[^A-Za-z0-9]+/).filter(Boolean).map(pascal).join('');

/** `If-Match` → `ifMatch`, `Last-Event-ID` → `lastEventId`. */
export function camelHeader(name) {
  return name
    .toLowerCase()
    .split('-')
    .map((part, i) => (i === 0 ? part : pascal(part)))
    .join('');
}

/**
 * A name as a camelCase identifier: identifiers stay as they are (`apiKeys`); others are cut into
 * words at every character that is not a letter or digit (`security-advisories` →
 * `securityAdvisories`, `Custom code samples` → `customCodeSamples`, `Changelog` → `changelog`,
 * `cookies_standard` → `cookiesStandard`), a leading all-capitals word lowered whole (`API keys`
 * → `apiKeys`). One starting with a digit gets an `n` (`2fa` → `n2fa`); '' when there is no word.
 */
export function camelIdentifier(name) {
  if (IDENTIFIER.test(name)) return name;
  const [first, ...rest] = String(name).split(/[^A-Za-z0-9]+/).filter(Boolean);
  if (first === undefined) return '';
  const head = /^[A-Z0-9]+$/.test(first) ? first.toLowerCase() : first.charAt(0).toLowerCase() + first.slice(1);
  const id = head + rest.map(pascal).join('');
  return /^[0-9]/.test(id) ? `n${id}` : id;
}

/**
 * The singular of a word, as both the method rule and params type names read a resource: `ies`
 * → `y`, a trailing `s` dropped (`ApiKeys` → `ApiKey`, `Policies` → `Policy`). A word ending in
 * `ss` or `us` is not a plural (`Access`, `Status`), nor is one without a trailing `s`
 * (`Compliance`).
 */
export function singular(word) {
  if (/ies$/.test(word)) return word.replace(/ies$/, 'y');
  return /[^su]s$/.test(word) ? word.slice(0, -1) : word;
}

/**
 * The fallback rule: drop the resource's noun from the operationId; a leading `get` becomes
 * `retrieve` (`getApiKey` in tag `apiKeys` → `retrieve`, `listPets` in `pets` → `list`). An
 * operationId that is not a camelCase identifier is made one first, without a leading namespace
 * that names the resource (`repos/get-content` in tag `repos` → `getContent` → `retrieveContent`,
 * `list-data-sets` → `listDataSets`). Always an identifier (IDENTIFIER), or '' for an
 * operationId with no letter or digit.
 */
export function methodNameByRule(operationId, tag) {
  const resource = resourceProperty(tag ?? '');
  let id = operationId;
  if (!IDENTIFIER.test(id)) {
    const segments = String(id).split(/[/.:]+/).filter(Boolean);
    const namespace = segments.length > 1 ? camelIdentifier(segments[0]) : undefined;
    if (namespace && resource && singular(namespace) === singular(resource)) segments.shift();
    id = camelIdentifier(segments.join('-'));
  }
  const noun = resource ? singular(pascal(resource)) : '';
  // Only the whole word: `listStargazers` in `stars` keeps its `Star` (not `listgazers`).
  let stripped = noun ? id.replace(new RegExp(`${escapeRegExp(noun)}s?(?=[A-Z0-9]|$)`), '') : id;
  // The noun as a preposition's object stays: `getWebhookConfigForApp` in `apps` is not `…For`.
  if (PREPOSITION_END.test(stripped)) stripped = id;
  const name = stripped === 'get' ? 'retrieve' : stripped.replace(/^get/, 'retrieve');
  return name && name !== id && IDENTIFIER.test(name) ? name : id;
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

// Reserved words of Java, C#, Python and JavaScript (lowercase ones: C# and Python's `True`
// cannot clash with a camelCase name). A resource is a method (Java `client.jobs()`), a property
// or an attribute under its own name in some SDK, so none may be one of them.
const RESERVED = new Set(`abstract and arguments as assert async await base bool boolean break byte case catch char
  checked class const continue debugger decimal def default del delegate delete do double elif else enum eval event
  except explicit export extends extern false final finally fixed float for foreach from function global goto if
  implements implicit import in instanceof int interface internal is lambda let lock long namespace native new
  nonlocal not null object operator or out override package params pass permits private protected public raise
  readonly record ref return sbyte sealed short sizeof stackalloc static strictfp string struct super switch
  synchronized this throw throws transient true try typeof uint ulong unchecked unsafe ushort using var virtual void
  volatile while with yield`.split(/\s+/));

/**
 * Client property for a tag: the tag as a camelCase identifier (this project's tags already are:
 * `apiKeys`; `security-advisories` → `securityAdvisories`); a reserved word of any SDK language
 * gets `Resource` (`class` → `classResource`), a tag without a letter or digit is `general`.
 */
export function resourceProperty(tag) {
  const id = camelIdentifier(tag) || UNTAGGED_RESOURCE;
  return RESERVED.has(id) ? `${id}Resource` : id;
}

/** Class name for a tag: `apiKeys` → `ApiKeys`, `security-advisories` → `SecurityAdvisories`. */
export function resourceClass(tag) {
  return pascal(resourceProperty(tag));
}

/** The singular of a resource class (`ApiKeys` → `ApiKey`), by `singular`. */
export const singularClass = singular;

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
