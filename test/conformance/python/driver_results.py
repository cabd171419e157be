"""What the SDK produced for every contract, collected by the tests and written to SAIS_RESULTS by
conftest.py (docs/contracts.md, Driver results); the runner takes the verdicts."""
from __future__ import annotations

import json
from typing import Any, Dict

RESULTS: Dict[str, Dict[str, Any]] = {}


def write_results(path: str) -> None:
    """`{"<contract id>": {"outcome": ...} | {"driverError": ...}}`, sorted by ID so the file is stable."""
    with open(path, "w", encoding="utf-8") as out:
        json.dump({k: RESULTS[k] for k in sorted(RESULTS)}, out, indent=2)
        out.write("\n")
