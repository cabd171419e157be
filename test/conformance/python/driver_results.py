"""Every contract's verdict, collected by the tests and written to SAIS_RESULTS by conftest.py."""
from __future__ import annotations

import json
from typing import Dict

RESULTS: Dict[str, Dict[str, str]] = {}


def write_results(path: str) -> None:
    """`{"<contract id>": {"status": "pass"|"fail", "reason": ...}}`, sorted by ID so the file is stable."""
    with open(path, "w", encoding="utf-8") as out:
        json.dump({k: RESULTS[k] for k in sorted(RESULTS)}, out, indent=2)
        out.write("\n")
