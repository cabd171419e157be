// The mock server's contract-mode session API (docs/contracts.md): open a session for one
// contract, later read what it saw.

async function json(response, what) {
  if (!response.ok) throw new Error(`${what}: the mock server answered ${response.status} ${(await response.text()).slice(0, 300)}`);
  return response.json();
}

/** @returns {Promise<{session: string, baseURL: string}>} */
export async function openSession(mockURL, contract) {
  const response = await fetch(`${mockURL}/_contracts/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ contract }),
  });
  return json(response, `opening a session for ${contract}`);
}

/** @returns {Promise<{contract: string, expected: number, received: number, complete: boolean, mismatches: string[]}>} */
export async function readSession(mockURL, session) {
  return json(await fetch(`${mockURL}/_contracts/sessions/${encodeURIComponent(session)}`), `reading session ${session}`);
}
