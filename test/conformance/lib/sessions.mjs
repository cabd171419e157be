// The mock server's contract-mode session API (docs/contracts.md) as the runner uses it: one
// session per contract and SDK, opened before that SDK's driver starts (the driver only gets
// each session's baseURL) and read after it ends, so the verdict on the traffic is the runner's.

async function json(response, what) {
  if (!response.ok) throw new Error(`${what}: the mock server answered ${response.status} ${(await response.text()).slice(0, 300)}`);
  return response.json();
}

/** Runs `work` over `items`, at most `limit` at a time, keeping the order of the results. */
async function mapLimited(items, limit, work) {
  const out = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return out;
}

/**
 * Opens one session per contract.
 * @returns {Promise<Map<string, {session: string, baseURL: string}>>} by contract id
 */
export async function openSessions(mockURL, contracts) {
  const opened = await mapLimited(contracts, 16, async ({ id }) => {
    const response = await fetch(`${mockURL}/_contracts/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ contract: id }),
    });
    return [id, await json(response, `opening a session for ${id}`)];
  });
  return new Map(opened);
}

/**
 * Reads every session's report; one that cannot be read is null (its contract fails saying so).
 * @returns {Promise<Map<string, object|null>>} by contract id
 */
export async function readSessions(mockURL, sessions) {
  const read = await mapLimited([...sessions], 16, async ([id, { session }]) => {
    try {
      return [id, await json(await fetch(`${mockURL}/_contracts/sessions/${encodeURIComponent(session)}`), `reading session ${session}`)];
    } catch {
      return [id, null];
    }
  });
  return new Map(read);
}
