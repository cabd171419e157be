import path from 'node:path';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createMockServer } from '../../src/index.js';
import { FIXTURE, call } from './mock.js';

export const FIXTURES = path.join(path.dirname(FIXTURE));
/**
 * Five contracts of the repository's test/contracts (the download one pointed at this package's
 * fixture PNG) plus ones for faults, SSE, multipart and ranges.
 */
export const BUNDLE = path.join(FIXTURES, 'contracts-bundle.json');
export const CONTRACTS = JSON.parse(readFileSync(BUNDLE, 'utf8'));
export const PNG = readFileSync(path.join(FIXTURES, 'examples', 'asset.png'));

export const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/**
 * A real mock server in contract mode on an ephemeral port. `session(id)` opens a session and
 * returns `{ id, baseURL, api(path, init), report() }`.
 */
export async function startContractMock(options = {}) {
  const internalErrors = [];
  const mock = createMockServer({
    spec: FIXTURE,
    contractsBundle: BUNDLE,
    contractsRoot: FIXTURES,
    ...options,
    onInternalError: (err) => internalErrors.push(err),
  });
  const { url } = await mock.listen(0);
  return {
    url,
    mock,
    internalErrors,
    raw: (p, init) => call(`${url}${p}`, init),
    async session(contract) {
      const opened = await call(`${url}/_contracts/sessions`, { method: 'POST', body: JSON.stringify({ contract }) });
      if (opened.status !== 201) throw new Error(`opening ${contract}: ${opened.status} ${opened.text}`);
      const { session, baseURL } = opened.json;
      return {
        id: session,
        baseURL,
        api: (p, init) => call(`${baseURL}${p}`, init),
        report: async () => (await call(`${url}/_contracts/sessions/${session}`)).json,
      };
    },
    close: () => mock.close(),
  };
}
