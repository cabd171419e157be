"""The Python SDK's conformance driver (docs/contracts.md, Drivers): one test per contract of the
bundle. Each opens a mock-server session, calls secure_ai_studio as the contract says, compares
the outcome with `expect`, reads the session's verdict on the traffic, and records pass/fail with
a reason for the matrix."""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Dict, List

import pytest

from driver_results import RESULTS
from contract_call import ContractInputError, Unsupported, perform
from contract_outcome import outcome_mismatch, verdict
from mock_session import open_session, read_session

ROOT = Path(__file__).resolve().parents[3]
# Credentials come only from the contract, never from the developer's shell.
for _name in ("SECURE_AI_STUDIO_API_KEY", "SECURE_AI_STUDIO_BASE_URL"):
    os.environ.pop(_name, None)


def _contracts() -> List[Dict[str, Any]]:
    bundle = os.environ.get("SAIS_CONTRACTS_BUNDLE")
    if not bundle:
        return []  # conftest stops the run with a usage error
    with open(bundle, encoding="utf-8") as f:
        return json.load(f)


CONTRACTS = _contracts()


@pytest.mark.parametrize("contract", CONTRACTS, ids=[c["id"] for c in CONTRACTS])
def test_contract(contract: Dict[str, Any]) -> None:
    mock_url = os.environ["SAIS_MOCK_URL"].rstrip("/")
    try:
        session = open_session(mock_url, contract["id"])
        try:
            reason = outcome_mismatch(contract["expect"], perform(contract, session["baseURL"], ROOT))
        except Unsupported as missing:
            reason = str(missing)
        result = verdict(reason, read_session(mock_url, session["session"]))
    except ContractInputError as error:
        result = {"status": "fail", "reason": f"driver: {contract['id']}: {error}"}
    except Exception as error:  # a driver or mock-server problem still gets a result with a reason
        result = {"status": "fail", "reason": f"driver: {type(error).__name__}: {error}"}
    RESULTS[contract["id"]] = result
    if result["status"] != "pass":
        pytest.fail(result["reason"], pytrace=False)
