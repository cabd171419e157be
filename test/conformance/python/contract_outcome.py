"""What the SDK produced for a contract against the contract's `expect`, and the verdict with the
mock server's session report: a line-for-line port of test/conformance/lib/outcome.mjs, so every
driver words a failure the same way. Each check returns None on a match, else a one-line reason."""
from __future__ import annotations

import json
from typing import Any, Dict, List, Optional

_MISSING = object()


def show(value: Any) -> str:
    """JSON.stringify, cut to 80 characters."""
    if value is _MISSING:
        return "undefined"
    text = json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    return f"{text[:77]}..." if len(text) > 80 else text


def _same(expected: Any, actual: Any) -> bool:
    # JavaScript's Object.is on JSON values: true is not 1, but 1 is 1.0.
    if isinstance(expected, bool) or isinstance(actual, bool):
        return type(expected) is type(actual) and expected == actual
    if isinstance(expected, (int, float)) and isinstance(actual, (int, float)):
        return expected == actual
    return type(expected) is type(actual) and expected == actual


def subset_mismatch(expected: Any, actual: Any, at: str = "") -> Optional[str]:
    """Every member `expected` lists must be in `actual` with an equal value; extra members of
    `actual` are ignored (fields an SDK does not model); arrays match element by element."""
    if not isinstance(expected, (dict, list)):
        return None if _same(expected, actual) else f"{at or '/'}: expected {show(expected)}, got {show(actual)}"
    if isinstance(expected, list):
        if not isinstance(actual, list):
            return f"{at or '/'}: expected an array, got {show(actual)}"
        if len(actual) != len(expected):
            return f"{at or '/'}: expected {len(expected)} items, got {len(actual)}"
        for i, (e, a) in enumerate(zip(expected, actual)):
            reason = subset_mismatch(e, a, f"{at}/{i}")
            if reason:
                return reason
        return None
    if not isinstance(actual, dict):
        return f"{at or '/'}: expected an object, got {show(actual)}"
    for key, value in expected.items():
        pointer_key = key.replace("~", "~0").replace("/", "~1")
        if key not in actual:
            return f"{at}/{pointer_key}: missing (expected {show(value)})"
        reason = subset_mismatch(value, actual[key], f"{at}/{pointer_key}")
        if reason:
            return reason
    return None


def outcome_mismatch(expect: Dict[str, Any], outcome: Dict[str, Any]) -> Optional[str]:
    """`outcome` is `{"error": {type, status, code, requestId, message}}` when the SDK raised,
    otherwise the member of the contract's call kind (result, items, events, bytes)."""
    error = outcome.get("error")
    if expect.get("error"):
        if not error:
            return f"expected {expect['error']['type']}, but the call succeeded"
        for field in ("type", "status", "code", "requestId"):
            if field not in expect["error"]:
                continue
            got = error.get(field, _MISSING)
            if got is None:
                got = _MISSING
            if got is _MISSING or not _same(expect["error"][field], got):
                raised = "" if field == "type" else f" (raised {error['type']})"
                message = f": {error['message']}" if field == "type" and error.get("message") else ""
                return f"error {field}: expected {show(expect['error'][field])}, got {show(got)}{raised}{message}"
        return None
    if error:
        return f"raised {error['type']}: {error.get('message') or ''}".strip()
    if "result" in expect:
        reason = subset_mismatch(expect["result"], outcome.get("result"))
        return reason and f"result {reason}"
    if expect.get("items") is not None:
        got = outcome.get("items") or []
        if got != expect["items"]:
            return f"items: expected [{', '.join(map(str, expect['items']))}], got [{', '.join(map(str, got))}]"
        return None
    if expect.get("events") is not None:
        got = outcome.get("events") or []
        want = expect["events"]
        if len(got) != len(want):
            return (f"events: expected {len(want)} ({', '.join(e['event'] for e in want)}), "
                    f"got {len(got)} ({', '.join(str(e.get('event')) for e in got)})")
        for i, (g, w) in enumerate(zip(got, want)):
            if g.get("event") != w["event"]:
                return f"events/{i}/event: expected {show(w['event'])}, got {show(g.get('event'))}"
            reason = subset_mismatch(w.get("data"), g.get("data"), f"/{i}/data")
            if reason:
                return f"events{reason}"
        return None
    if expect.get("bytes"):
        got = outcome.get("bytes") or {}
        if got.get("length") != expect["bytes"]["length"]:
            return f"bytes: expected {expect['bytes']['length']} bytes, got {got.get('length')}"
        if got.get("sha256") != expect["bytes"]["sha256"]:
            return f"bytes: expected sha256 {expect['bytes']['sha256']}, got {got.get('sha256')}"
        return None
    return f"expect holds nothing this driver knows: {', '.join(expect)}"


def verdict(outcome_reason: Optional[str], session: Dict[str, Any]) -> Dict[str, str]:
    """pass, or fail with a reason saying whether the outcome, the traffic or both broke."""
    reasons: List[str] = []
    if outcome_reason:
        reasons.append(f"outcome: {outcome_reason}")
    if session.get("mismatches"):
        reasons.append(f"traffic: {'; '.join(session['mismatches'])}")
    elif not session.get("complete"):
        reasons.append(f"traffic: sent {session.get('received')} of {session.get('expected')} recorded requests")
    return {"status": "fail", "reason": " | ".join(reasons)} if reasons else {"status": "pass"}
