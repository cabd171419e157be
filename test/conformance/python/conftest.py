"""Checks the driver's environment (docs/contracts.md, Drivers) and writes what the SDK produced
for every contract to SAIS_RESULTS when the run ends, whatever happened to the tests."""
from __future__ import annotations

import os

import pytest

from driver_results import write_results

_ENV = ("SAIS_CONTRACTS_BUNDLE", "SAIS_RESULTS")


def pytest_configure(config: pytest.Config) -> None:
    missing = [name for name in _ENV if not os.environ.get(name)]
    if missing:
        raise pytest.UsageError(f"{', '.join(missing)} not set: run this driver through test/conformance/run.mjs "
                                "(node test/conformance/run.mjs --sdk python)")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if os.environ.get("SAIS_RESULTS"):
        write_results(os.environ["SAIS_RESULTS"])
