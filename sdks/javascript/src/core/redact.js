// Hand-written runtime: R5.5, secrets never appear in error messages or error fields.

const REDACTED = '[REDACTED]';

/** Replaces every occurrence of each secret (4 characters or longer) in `text`. */
export function redactText(text, secrets) {
    if (typeof text !== 'string') {
        return text;
    }
    let out = text;
    for (const secret of secrets) {
        if (typeof secret === 'string' && secret.length >= 4) {
            out = out.split(secret).join(REDACTED);
        }
    }
    return out;
}

/** A copy of a JSON value with every string redacted. */
export function redactValue(value, secrets) {
    if (typeof value === 'string') {
        return redactText(value, secrets);
    }
    if (Array.isArray(value)) {
        return value.map((item) => redactValue(item, secrets));
    }
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactValue(item, secrets)]));
    }
    return value;
}
