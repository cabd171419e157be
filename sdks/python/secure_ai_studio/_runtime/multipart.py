"""The content type of a multipart file part (docs/sdk-behavior.md R9.3). The body itself is
encoded once per call by operation.py (httpx's encoder), so every attempt re-sends the same bytes
(R3.7)."""
from __future__ import annotations

import os
from typing import Optional

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
