/**
 * Turns ajv errors into the Problem `errors` items: `location` is where the value came from
 * (`path`, `query`, `header`, `cookie`, `body`), `name` the parameter name or, for bodies, the
 * JSON pointer of the offending value (`/prompt`, `/size/width`), `message` what is wrong.
 */
export function toViolations(ajvErrors, location) {
  const out = [];
  const seen = new Set();
  for (const e of ajvErrors ?? []) {
    let pointer = e.instancePath;
    let message = e.message ?? 'is invalid';
    switch (e.keyword) {
      case 'required':
        pointer += '/' + escape(e.params.missingProperty);
        message = 'is required';
        break;
      case 'additionalProperties':
        pointer += '/' + escape(e.params.additionalProperty);
        message = 'is not an allowed property';
        break;
      case 'enum':
        message = `must be one of: ${e.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
        break;
      case 'discriminator':
        pointer += '/' + escape(e.params.tag);
        if (e.params.error === 'mapping') message = `${JSON.stringify(e.params.tagValue)} does not name a known variant`;
        else message = e.params.tagValue === undefined ? 'is required: it names the variant' : 'must be a string naming the variant';
        break;
      default:
    }
    const name = location === 'body' ? pointer : paramName(pointer);
    const key = `${name}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ location, name, message });
  }
  return out;
}

function escape(token) {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

// A parameter object is validated as `{name: value}`; its error pointer starts with `/name`.
function paramName(pointer) {
  const [first, ...rest] = pointer.slice(1).split('/');
  const name = first.replace(/~1/g, '/').replace(/~0/g, '~');
  return rest.length ? `${name}/${rest.join('/')}` : name;
}
