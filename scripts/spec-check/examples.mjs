// Every example in the document must validate against the schema it illustrates.
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve as resolvePath } from 'node:path';
import { createParser } from 'eventsource-parser';
import { operations, resolve } from './load.mjs';
import { carriesPayload } from './graphql-sse.mjs';

export function checkExamples(spec, specFile, validator, report) {
  let checked = 0;
  const check = (schemaAt, value, at) => {
    checked++;
    for (const err of validator.validate(schemaAt, value)) report(at, `example does not match its schema: ${err}`);
  };
  // One holder of `example`/`examples` (a media type, parameter or header) next to its `schema`.
  const checkHolder = (holder, at, onValue = () => {}) => {
    if (!holder?.schema) return;
    const schemaAt = [...at, 'schema'];
    if ('example' in holder) {
      check(schemaAt, holder.example, [...at, 'example']);
      onValue(holder.example, [...at, 'example']);
    }
    for (const [name, ex] of Object.entries(holder.examples ?? {})) {
      const exAt = [...at, 'examples', name];
      const example = resolve(spec, ex);
      if (example?.externalValue !== undefined) {
        const path = resolvePath(dirname(specFile), example.externalValue);
        if (!existsSync(path) || statSync(path).size === 0) {
          report([...exAt, 'externalValue'], `file ${example.externalValue} is missing or empty`);
        }
        checked++;
      } else if (example && 'value' in example) {
        check(schemaAt, example.value, [...exAt, 'value']);
        onValue(example.value, [...exAt, 'value']);
      } else {
        report(exAt, 'example has neither value nor externalValue');
      }
    }
  };
  const checkContent = (content, at, op) => {
    for (const [type, media] of Object.entries(content ?? {})) {
      const onValue = type === 'text/event-stream'
        ? (text, exAt) => checkEventStream(spec, op, media, text, [...at, type], exAt, validator, report, () => checked++)
        : undefined;
      checkHolder(media, [...at, type], onValue);
    }
  };

  for (const [name, schema] of Object.entries(spec.components?.schemas ?? {})) {
    if ('example' in schema) check(['components', 'schemas', name], schema.example, ['components', 'schemas', name, 'example']);
  }
  for (const [name, p] of Object.entries(spec.components?.parameters ?? {})) checkHolder(p, ['components', 'parameters', name]);
  for (const [name, h] of Object.entries(spec.components?.headers ?? {})) checkHolder(h, ['components', 'headers', name]);
  for (const [name, r] of Object.entries(spec.components?.responses ?? {})) {
    checkContent(r.content, ['components', 'responses', name, 'content']);
  }
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    (item.parameters ?? []).forEach((p, i) => { if (!p.$ref) checkHolder(p, ['paths', path, 'parameters', i]); });
  }
  for (const { op, at } of operations(spec)) {
    (op.parameters ?? []).forEach((p, i) => { if (!p.$ref) checkHolder(p, [...at, 'parameters', i]); });
    if (op.requestBody && !op.requestBody.$ref) checkContent(op.requestBody.content, [...at, 'requestBody', 'content']);
    for (const [status, response] of Object.entries(op.responses ?? {})) {
      if (response.$ref) continue;
      checkContent(response.content, [...at, 'responses', status, 'content'], op);
      for (const [name, h] of Object.entries(response.headers ?? {})) {
        if (!h.$ref) checkHolder(h, [...at, 'responses', status, 'headers', name]);
      }
    }
  }
  return checked;
}

// An SSE example is text: parse it as a client would and validate each event's JSON data.
function checkEventStream(spec, op, media, text, mediaAt, exAt, validator, report, count) {
  const ref = media['x-event-schema']?.$ref;
  if (!ref) {
    report(mediaAt, 'a text/event-stream response needs x-event-schema naming the schema of each event\'s data');
    return;
  }
  if (!resolve(spec, media['x-event-schema'])) {
    report([...mediaAt, 'x-event-schema'], `${ref} does not resolve`);
    return;
  }
  if (typeof text !== 'string') {
    report(exAt, 'a text/event-stream example must be the stream text');
    return;
  }
  const schemaAt = ref.slice(2).split('/');
  let events = 0;
  const parser = createParser({
    onEvent(event) {
      events++;
      if (!carriesPayload(op, event)) return;
      count();
      let data;
      try {
        data = JSON.parse(event.data);
      } catch {
        report(exAt, `event ${events} has data that is not JSON: ${event.data.slice(0, 60)}`);
        return;
      }
      for (const err of validator.validate(schemaAt, data)) report(exAt, `event ${events} does not match ${ref}: ${err}`);
      if (event.event && data.event !== undefined && data.event !== event.event) {
        report(exAt, `event ${events} is named '${event.event}' but its data says '${data.event}'`);
      }
    },
  });
  parser.feed(text);
  if (events === 0) report(exAt, 'the event-stream example holds no complete event (each ends with a blank line)');
}
