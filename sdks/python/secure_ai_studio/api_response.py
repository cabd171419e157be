"""API response object: what ``*_with_http_info`` returns next to the data (R10)."""

from __future__ import annotations
from typing import ClassVar, Optional, Generic, Mapping, TypeVar
from pydantic import ConfigDict, Field, StrictInt, StrictBytes, BaseModel

T = TypeVar("T")

class ApiResponse(BaseModel, Generic[T]):
    """
    API response object
    """

    status_code: StrictInt = Field(description="HTTP status code")
    headers: Optional[Mapping[str, str]] = Field(None, description="HTTP headers")
    data: T = Field(description="Deserialized data given the data type")
    raw_data: StrictBytes = Field(description="Raw data (HTTP response body)")

    model_config: ClassVar[ConfigDict] = ConfigDict(arbitrary_types_allowed=True)

    @property
    def request_id(self) -> Optional[str]:
        """The response's X-Request-Id header, or None (R10.1)."""
        for name, value in (self.headers or {}).items():
            if name.lower() == "x-request-id":
                return value
        return None

    @property
    def etag(self) -> Optional[str]:
        """The response's ETag header, or None: pass it as ``if_match`` to conditional updates (R11)."""
        for name, value in (self.headers or {}).items():
            if name.lower() == "etag":
                return value
        return None
