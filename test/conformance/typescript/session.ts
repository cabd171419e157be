// The mock server's contract-mode session API (docs/contracts.md): open a session for one
// contract, later read what it saw.

export interface SessionReport {
  contract: string;
  expected: number;
  received: number;
  complete: boolean;
  mismatches: string[];
}

async function json<T>(response: Response, what: string): Promise<T> {
  if (!response.ok) throw new Error(`${what}: the mock server answered ${response.status} ${(await response.text()).slice(0, 300)}`);
  return (await response.json()) as T;
}

export async function openSession(mockURL: string, contract: string): Promise<{ session: string; baseURL: string }> {
  const response = await fetch(`${mockURL}/_contracts/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ contract }),
  });
  return json(response, `opening a session for ${contract}`);
}

export async function readSession(mockURL: string, session: string): Promise<SessionReport> {
  return json(await fetch(`${mockURL}/_contracts/sessions/${encodeURIComponent(session)}`), `reading session ${session}`);
}
