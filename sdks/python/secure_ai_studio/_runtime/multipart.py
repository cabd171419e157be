"""Multipart bodies encoded once per call (docs/sdk-behavior.md R3.7, R9.3): urllib3 picks the
boundary, and every attempt of the call re-sends the same bytes."""
from __future__ import annotations

import json
from typing import Any, Dict, List, Optional, Tuple

from urllib3.filepost import encode_multipart_formdata


def encode_once(headers: Dict[str, Any], post_params: Optional[List[Tuple[str, Any]]]) -> Optional[bytes]:
    """The encoded body when the request is multipart/form-data with fields, else None; the
    Content-Type header then carries urllib3's boundary."""
    content_type = next((v for k, v in headers.items() if k.lower() == "content-type"), None)
    if not post_params or not isinstance(content_type, str) or not content_type.lower().startswith("multipart/form-data"):
        return None
    # Objects are sent as JSON text (R9.3), as the stock transport does.
    fields = [(name, json.dumps(value) if isinstance(value, dict) else value) for name, value in post_params]
    body, multipart_type = encode_multipart_formdata(fields)
    for name in [k for k in headers if k.lower() == "content-type"]:
        del headers[name]
    headers["Content-Type"] = multipart_type
    return body
