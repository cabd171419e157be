// Every GraphQL document a contract sends is one the schema accepts, unless the contract is
// about an invalid document (its recorded answer is then a 400 with errors and no data), and
// every recorded `data` answers the fields its document asked for. Contracts are replayed, not
// executed, so nothing else would notice a contract drifting from the SDL.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate, execute } from 'graphql';
import { parseYaml } from '../../scripts/spec-check/load.mjs';

const root = new URL('../../', import.meta.url).pathname;
const schema = buildSchema(readFileSync(join(root, 'graphql/schema.graphql'), 'utf8'));
const DIRS = ['test/contracts/graphql'];

const contracts = DIRS.flatMap((dir) => readdirSync(join(root, dir)).filter((f) => f.endsWith('.yaml')).map((f) => {
  const { value, error } = parseYaml(readFileSync(join(root, dir, f), 'utf8'));
  assert.equal(error, undefined, `${dir}/${f} is not YAML`);
  return { file: `${dir}/${f}`, contract: value };
}));

// The document and variables a contract sends: a POST body, or a GET's query string.
function requestOf(exchange) {
  const { body, query } = exchange.request;
  if (body) return { document: body.query, variables: body.variables ?? undefined };
  return { document: query.query, variables: query.variables ? JSON.parse(query.variables) : undefined };
}

// The recorded result of a response: its JSON body, or the payload of each `next` event.
function resultsOf(response) {
  if (response.body) return [response.body];
  const events = response.bodyText.split(/\n\n/).filter(Boolean);
  return events.filter((e) => e.startsWith('event: next')).map((e) => JSON.parse(e.split('\ndata: ')[1]));
}

test('the GraphQL contracts exist', () => {
  assert.ok(contracts.length >= 6, contracts.map((c) => c.file).join(', '));
});

for (const { file, contract } of contracts) {
  test(`${file}: its documents fit graphql/schema.graphql`, () => {
    for (const exchange of contract.exchanges) {
      const { document, variables } = requestOf(exchange);
      const errors = validate(schema, parse(document));
      if (exchange.response.status === 400) {
        assert.ok(errors.length > 0, 'a recorded 400 is for a document the schema rejects');
        for (const result of resultsOf(exchange.response)) assert.equal(result.data, undefined);
        continue;
      }
      assert.deepEqual(errors.map((e) => e.message), []);
      // Executing the document over the recorded data gives that data back: every field the
      // answer holds was asked for and has the schema's type.
      const subscription = /^\s*subscription\b/.test(document);
      for (const result of resultsOf(exchange.response)) {
        if (!result.data || subscription) continue; // a subscription payload: its document is checked above
        const replayed = execute({
          schema,
          document: parse(document),
          variableValues: variables,
          rootValue: result.data,
          fieldResolver: (source, _args, _ctx, info) => {
            const value = source?.[info.fieldName];
            if (value instanceof Error) throw value;
            return value;
          },
          typeResolver: (value, _ctx, _info, type) => resolveByDiscriminator(value, type),
        });
        assert.deepEqual(JSON.parse(JSON.stringify(replayed.data)), result.data);
      }
    }
  });
}

// The recorded answers select no __typename, so an interface value is taken as its first
// implementation that has every field the value holds.
function resolveByDiscriminator(value, type) {
  return schema.getPossibleTypes(type).find((t) => Object.keys(value).every((k) => k in t.getFields()))?.name;
}
