/**
 * Checks that credentials are present (not valid: this is a mock) for an operation's security
 * requirements: any one alternative whose schemes are all present satisfies it. Returns null
 * when satisfied, else `{ violations, challenge }` for a 401.
 */
export function compileSecurity(requirements, doc) {
  if (!Array.isArray(requirements) || requirements.length === 0) return null;
  const schemes = doc.components?.securitySchemes ?? {};
  const alternatives = [];
  for (const requirement of requirements) {
    const names = Object.keys(requirement ?? {});
    if (names.length === 0) return null; // `{}` makes authentication optional
    alternatives.push(names.map((name) => checkFor(name, schemes[name])));
  }
  const challenges = [...new Set(alternatives.flat().map((c) => c.challenge).filter(Boolean))];
  const violations = alternatives.flat().map((c) => ({ location: c.location, name: c.name, message: c.message }));
  const failure = { violations: dedupe(violations), challenge: challenges.join(', ') || null };

  return function checkSecurity(headers, query, cookies) {
    for (const alt of alternatives) {
      let ok = true;
      for (let i = 0; i < alt.length; i++) {
        if (!alt[i].present(headers, query, cookies)) {
          ok = false;
          break;
        }
      }
      if (ok) return null;
    }
    return failure;
  };
}

function checkFor(name, scheme) {
  if (!scheme) return { present: () => false, location: 'header', name, message: `unknown security scheme "${name}"` };
  if (scheme.type === 'apiKey') {
    const key = scheme.in === 'header' ? String(scheme.name).toLowerCase() : scheme.name;
    const source = scheme.in === 'query' ? 'query' : scheme.in === 'cookie' ? 'cookie' : 'header';
    return {
      location: source,
      name: scheme.name,
      message: `API key required (security scheme "${name}")`,
      present: (headers, query, cookies) => {
        const bag = source === 'header' ? headers : source === 'query' ? query : cookies;
        const v = bag?.[key];
        return typeof v === 'string' ? v.length > 0 : Array.isArray(v) && v.length > 0;
      },
    };
  }
  const prefix = scheme.type === 'http' ? String(scheme.scheme ?? 'bearer').toLowerCase() : 'bearer';
  const label = prefix[0].toUpperCase() + prefix.slice(1);
  return {
    location: 'header',
    name: 'Authorization',
    message: `"${label}" credentials required (security scheme "${name}")`,
    challenge: label,
    present: (headers) => {
      const v = headers.authorization;
      return typeof v === 'string' && v.length > prefix.length + 1 && v.slice(0, prefix.length + 1).toLowerCase() === prefix + ' ';
    },
  };
}

function dedupe(items) {
  const seen = new Set();
  return items.filter((i) => {
    const k = `${i.location}:${i.name}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
