"""The mock server's contract-mode session API (docs/contracts.md): open a session for one
contract, later read what it saw. Standard library only, so it never shares the SDK's HTTP stack."""
from __future__ import annotations

import json
import urllib.error
import urllib.request
from typing import Any, Dict, Optional


def _exchange(url: str, what: str, body: Optional[Dict[str, Any]] = None) -> Dict[str, Any]:
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method="GET" if body is None else "POST",
                                     headers={"content-type": "application/json"} if data else {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.loads(response.read())
    except urllib.error.HTTPError as error:
        raise RuntimeError(f"{what}: the mock server answered {error.code} {error.read()[:300].decode(errors='replace')}") from None
    except urllib.error.URLError as error:
        raise RuntimeError(f"{what}: the mock server at {url} is unreachable ({error.reason})") from None


def open_session(mock_url: str, contract_id: str) -> Dict[str, Any]:
    """`{"session": sid, "baseURL": ...}` for a new session replaying `contract_id`."""
    return _exchange(f"{mock_url}/_contracts/sessions", f"opening a session for {contract_id}", {"contract": contract_id})


def read_session(mock_url: str, session: str) -> Dict[str, Any]:
    """`{contract, expected, received, complete, mismatches}` of a session."""
    return _exchange(f"{mock_url}/_contracts/sessions/{urllib.request.quote(session, safe='')}", f"reading session {session}")
