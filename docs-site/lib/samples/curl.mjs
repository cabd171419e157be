// The HTTP request itself, as curl: the URL under SECURE_AI_STUDIO_BASE_URL (else the production
// server), the credentials header unless the operation is public, a fresh Idempotency-Key for
// creating calls, the required header parameters and the body from the spec's example.

function shellQuote(s) {
  return `'${String(s).replace(/'/g, `'\\''`)}'`;
}

function plainValue(node) {
  switch (node.kind) {
    case 'object':
      return Object.fromEntries(node.fields.map((f) => [f.name, plainValue(f.typed)]));
    case 'array':
      return node.items.map(plainValue);
    case 'null':
      return null;
    default:
      return node.value;
  }
}

export function curlSample(op, { server }) {
  const path = op.path.replace(/\{([^}]+)\}/g, (_, name) => encodeURIComponent(op.pathParams.find((p) => p.name === name).value));
  const query = op.callParams.filter((p) => p.in === 'query').map((p) => `${encodeURIComponent(p.name)}=${encodeURIComponent(String(p.typed.value))}`);
  const url = `"\${SECURE_AI_STUDIO_BASE_URL:-${server}}${path}${query.length ? `?${query.join('&')}` : ''}"`;
  const lines = [`curl -sS --fail-with-body -X ${op.httpMethod} ${url}`];
  if (!op.public) lines.push('-H "X-API-Key: $SECURE_AI_STUDIO_API_KEY"');
  if (op.idempotent) lines.push('-H "Idempotency-Key: $(cat /proc/sys/kernel/random/uuid)"');
  for (const p of op.callParams.filter((q) => q.in === 'header')) lines.push(`-H ${shellQuote(`${p.name}: ${p.typed.value}`)}`);
  if (op.response === 'events') lines.push('-N -H "Accept: text/event-stream"');
  else if (op.response === 'json') lines.push('-H "Accept: application/json"');
  if (op.body?.multipart) {
    lines.push(`-F ${shellQuote(`${op.body.fileField}=@reference.png`)}`);
    for (const f of op.body.fields) lines.push(`-F ${shellQuote(`${f.name}=${typeof f.typed.value === 'string' ? f.typed.value : JSON.stringify(plainValue(f.typed))}`)}`);
  } else if (op.body) {
    lines.push('-H "Content-Type: application/json"', `-d ${shellQuote(JSON.stringify(plainValue(op.body.typed), null, 2))}`);
  }
  if (op.response === 'binary') lines.push('-o content.bin');
  return lines.join(' \\\n  ') + '\n';
}
