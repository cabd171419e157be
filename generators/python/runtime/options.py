"""Client options shared by every call (docs/sdk-behavior.md R2, R4): `max_retries` and
`timeout` (seconds), checked where they are set so a bad value fails at once (R4.3)."""
from __future__ import annotations

import math
from typing import Any

DEFAULT_MAX_RETRIES = 2
DEFAULT_TIMEOUT = 60.0  # seconds, per attempt (R2.1)
API_KEY_ENV = "SECURE_AI_STUDIO_API_KEY"  # R1.2
BASE_URL_ENV = "SECURE_AI_STUDIO_BASE_URL"  # R4.1


def check_max_retries(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"max_retries must be an integer >= 0 (got {value!r})")
    return value


def check_timeout(value: Any) -> float:
    """Seconds; at least one millisecond, as the other SDKs' `timeout must be >= 1` (ms)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value < 0.001:
        raise ValueError(f"timeout must be a finite number of seconds >= 0.001 (got {value!r})")
    return float(value)

# Response validation modes (R7.1, validation.py).
MODES = ("strict", "warn", "off")
DEFAULT_MODE = "warn"


def check_validation(value: Any) -> str:
    if value not in MODES:
        raise ValueError(f"validation must be 'strict', 'warn' or 'off' (got {value!r})")
    return str(value)
