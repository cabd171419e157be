"""Multipart bodies (docs/sdk-behavior.md R3.7, R9.3): the content type of a file part, and the
body encoded once per call (urllib3 picks the boundary) so every attempt re-sends the same bytes."""
from __future__ import annotations

import json
import os
from typing import Any, Dict, List, Optional, Tuple

from urllib3.filepost import encode_multipart_formdata

# Only the image types the API accepts: a wrong guess would be answered 422 anyway.
_BY_EXTENSION = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".webp": "image/webp"}


def _sniff(data: bytes) -> Optional[str]:
    """The image type announced by the magic number of `data` (PNG, JPEG, WebP), or None."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def part_content_type(filename: Optional[str], data: bytes, content_type: Optional[str] = None,
                      option: str = "file") -> str:
    """R9.3: the caller's content type, else the one the file name's extension names, else the
    one the bytes' magic number names; else a ValueError naming `option`, raised before sending
    (sent as application/octet-stream the server would answer 422)."""
    if content_type:
        return content_type
    extension = os.path.splitext(filename or "")[1].lower()
    guessed = _BY_EXTENSION.get(extension) or _sniff(bytes(data))
    if guessed is None:
        raise ValueError(
            f"{option}: cannot tell the content type (no .png/.jpg/.jpeg/.webp file name and the bytes are "
            "not PNG, JPEG or WebP); pass (filename, bytes) with such a name or (filename, bytes, content_type)")
    return guessed


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
