"""The Python SDK's conformance driver (docs/contracts.md, Drivers): one test per contract of the
bundle. Each calls secure_ai_studio as the contract says, against the session baseURL the runner
put in the bundle, and records what the SDK produced. The runner (test/conformance/run.mjs) takes
the verdict; a test here fails only when the driver could not apply the contract."""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Dict, List

import pytest

from driver_results import RESULTS
from contract_call import ContractInputError, Unsupported, perform

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
    try:
        try:
            result: Dict[str, Any] = {"outcome": perform(contract, contract["baseURL"], ROOT)}
        except Unsupported as missing:
            result = {"outcome": {"unsupported": str(missing)}}
    except ContractInputError as error:
        result = {"driverError": f"{contract['id']}: {error}"}
    except Exception as error:  # a driver problem still gets a result with a reason
        result = {"driverError": f"{type(error).__name__}: {error}"}
    RESULTS[contract["id"]] = result
    if "driverError" in result:
        pytest.fail(result["driverError"], pytrace=False)
