"""`SecureAIStudio` and `AsyncSecureAIStudio`: one client object, one resource per tag
(``client.templates``, ``client.jobs``...), each imported on first use so that importing the
package and constructing a client stay cheap (httpx itself is imported by the first call).

Generated from the OpenAPI document by the project's templates (generators/python); do not edit."""
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Callable, Dict, Mapping, Optional

from secure_ai_studio._runtime.client import BaseClient

if TYPE_CHECKING:
    import httpx

    from secure_ai_studio.api.api_keys_api import ApiKeysResource, AsyncApiKeysResource
    from secure_ai_studio.api.assets_api import AssetsResource, AsyncAssetsResource
    from secure_ai_studio.api.audit_events_api import AuditEventsResource, AsyncAuditEventsResource
    from secure_ai_studio.api.auth_api import AuthResource, AsyncAuthResource
    from secure_ai_studio.api.backups_api import BackupsResource, AsyncBackupsResource
    from secure_ai_studio.api.compliance_api import ComplianceResource, AsyncComplianceResource
    from secure_ai_studio.api.graphql_api import GraphqlResource, AsyncGraphqlResource
    from secure_ai_studio.api.health_api import HealthResource, AsyncHealthResource
    from secure_ai_studio.api.jobs_api import JobsResource, AsyncJobsResource
    from secure_ai_studio.api.metrics_api import MetricsResource, AsyncMetricsResource
    from secure_ai_studio.api.roles_api import RolesResource, AsyncRolesResource
    from secure_ai_studio.api.templates_api import TemplatesResource, AsyncTemplatesResource
    from secure_ai_studio.api.users_api import UsersResource, AsyncUsersResource

__all__ = ["SecureAIStudio", "AsyncSecureAIStudio"]

# The document's security schemes: name -> (kind, where, header/parameter name).
_SCHEMES = {
    'bearerAuth': ('bearer', 'header', 'Authorization'),
    'apiKeyAuth': ('apiKey', 'header', 'X-API-Key'),
}


class _Options(BaseClient):
    _schemes = _SCHEMES
    _default_base_url = 'https://api.secure-ai-studio.example/api/v1'
    _models_package = 'secure_ai_studio.models'
    _user_agent = 'secure-ai-studio/1.0.0 (python)'


class SecureAIStudio(_Options):
    """The synchronous client. Every option left out has its default: ``api_key`` from
    ``SECURE_AI_STUDIO_API_KEY``, ``base_url`` from ``SECURE_AI_STUDIO_BASE_URL`` (else the
    document's server), ``max_retries`` 2, ``timeout`` 60 seconds per attempt, ``validation``
    'warn'. ``http_client`` is an ``httpx.Client`` to send through instead of a new one (the
    caller closes it). ``debug=True`` logs each attempt through `logging` with credentials
    redacted. Use it as a context manager, or call ``close()``, to release its connections."""

    # The resource properties (one per tag).
    _RESOURCES = (
        'api_keys',
        'assets',
        'audit_events',
        'auth',
        'backups',
        'compliance',
        'graphql',
        'health',
        'jobs',
        'metrics',
        'roles',
        'templates',
        'users',
    )

    def __init__(
        self,
        *,
        api_key: Optional[str] = None,
        access_token: Optional[str] = None,
        refresh_token: Optional[str] = None,
        on_token_refresh: Optional[Callable[[Dict[str, str]], Any]] = None,
        base_url: Optional[str] = None,
        max_retries: Optional[int] = None,
        timeout: Optional[float] = None,
        validation: Optional[str] = None,
        default_headers: Optional[Mapping[str, str]] = None,
        http_client: Optional["httpx.Client"] = None,
        debug: Optional[bool] = None,
    ) -> None:
        super().__init__(api_key=api_key, access_token=access_token, refresh_token=refresh_token,
                         on_token_refresh=on_token_refresh, base_url=base_url, max_retries=max_retries,
                         timeout=timeout, validation=validation, default_headers=default_headers,
                         http_client=http_client, debug=debug)

    @cached_property
    def api_keys(self) -> ApiKeysResource:
        """The `api_keys` operations (ApiKeysResource), loaded on first use."""
        from secure_ai_studio.api.api_keys_api import ApiKeysResource
        return ApiKeysResource(self)

    @cached_property
    def assets(self) -> AssetsResource:
        """The `assets` operations (AssetsResource), loaded on first use."""
        from secure_ai_studio.api.assets_api import AssetsResource
        return AssetsResource(self)

    @cached_property
    def audit_events(self) -> AuditEventsResource:
        """The `audit_events` operations (AuditEventsResource), loaded on first use."""
        from secure_ai_studio.api.audit_events_api import AuditEventsResource
        return AuditEventsResource(self)

    @cached_property
    def auth(self) -> AuthResource:
        """The `auth` operations (AuthResource), loaded on first use."""
        from secure_ai_studio.api.auth_api import AuthResource
        return AuthResource(self)

    @cached_property
    def backups(self) -> BackupsResource:
        """The `backups` operations (BackupsResource), loaded on first use."""
        from secure_ai_studio.api.backups_api import BackupsResource
        return BackupsResource(self)

    @cached_property
    def compliance(self) -> ComplianceResource:
        """The `compliance` operations (ComplianceResource), loaded on first use."""
        from secure_ai_studio.api.compliance_api import ComplianceResource
        return ComplianceResource(self)

    @cached_property
    def graphql(self) -> GraphqlResource:
        """The `graphql` operations (GraphqlResource), loaded on first use."""
        from secure_ai_studio.api.graphql_api import GraphqlResource
        return GraphqlResource(self)

    @cached_property
    def health(self) -> HealthResource:
        """The `health` operations (HealthResource), loaded on first use."""
        from secure_ai_studio.api.health_api import HealthResource
        return HealthResource(self)

    @cached_property
    def jobs(self) -> JobsResource:
        """The `jobs` operations (JobsResource), loaded on first use."""
        from secure_ai_studio.api.jobs_api import JobsResource
        return JobsResource(self)

    @cached_property
    def metrics(self) -> MetricsResource:
        """The `metrics` operations (MetricsResource), loaded on first use."""
        from secure_ai_studio.api.metrics_api import MetricsResource
        return MetricsResource(self)

    @cached_property
    def roles(self) -> RolesResource:
        """The `roles` operations (RolesResource), loaded on first use."""
        from secure_ai_studio.api.roles_api import RolesResource
        return RolesResource(self)

    @cached_property
    def templates(self) -> TemplatesResource:
        """The `templates` operations (TemplatesResource), loaded on first use."""
        from secure_ai_studio.api.templates_api import TemplatesResource
        return TemplatesResource(self)

    @cached_property
    def users(self) -> UsersResource:
        """The `users` operations (UsersResource), loaded on first use."""
        from secure_ai_studio.api.users_api import UsersResource
        return UsersResource(self)

    def close(self) -> None:
        """Closes the connections of the httpx client this client made (one passed as `http_client=` is the caller's to close); also done by `with`."""
        self._close_sync()

    def __enter__(self) -> "SecureAIStudio":
        return self

    def __exit__(self, *exc: Any) -> None:
        self._close_sync()


class AsyncSecureAIStudio(_Options):
    """The asynchronous client: the same options, resources and methods as `SecureAIStudio`,
    awaited over ``httpx.AsyncClient`` (``http_client=``), with ``async for`` over pages and
    event streams. Cancelling the task awaiting a call cancels the call, which is not retried
    (R2.3). Use ``async with``, or ``await close()``."""

    # The resource properties (one per tag).
    _RESOURCES = SecureAIStudio._RESOURCES

    def __init__(
        self,
        *,
        api_key: Optional[str] = None,
        access_token: Optional[str] = None,
        refresh_token: Optional[str] = None,
        on_token_refresh: Optional[Callable[[Dict[str, str]], Any]] = None,
        base_url: Optional[str] = None,
        max_retries: Optional[int] = None,
        timeout: Optional[float] = None,
        validation: Optional[str] = None,
        default_headers: Optional[Mapping[str, str]] = None,
        http_client: Optional["httpx.AsyncClient"] = None,
        debug: Optional[bool] = None,
    ) -> None:
        super().__init__(api_key=api_key, access_token=access_token, refresh_token=refresh_token,
                         on_token_refresh=on_token_refresh, base_url=base_url, max_retries=max_retries,
                         timeout=timeout, validation=validation, default_headers=default_headers,
                         http_client=http_client, debug=debug)

    @cached_property
    def api_keys(self) -> AsyncApiKeysResource:
        """The `api_keys` operations, awaited (AsyncApiKeysResource), loaded on first use."""
        from secure_ai_studio.api.api_keys_api import AsyncApiKeysResource
        return AsyncApiKeysResource(self)

    @cached_property
    def assets(self) -> AsyncAssetsResource:
        """The `assets` operations, awaited (AsyncAssetsResource), loaded on first use."""
        from secure_ai_studio.api.assets_api import AsyncAssetsResource
        return AsyncAssetsResource(self)

    @cached_property
    def audit_events(self) -> AsyncAuditEventsResource:
        """The `audit_events` operations, awaited (AsyncAuditEventsResource), loaded on first use."""
        from secure_ai_studio.api.audit_events_api import AsyncAuditEventsResource
        return AsyncAuditEventsResource(self)

    @cached_property
    def auth(self) -> AsyncAuthResource:
        """The `auth` operations, awaited (AsyncAuthResource), loaded on first use."""
        from secure_ai_studio.api.auth_api import AsyncAuthResource
        return AsyncAuthResource(self)

    @cached_property
    def backups(self) -> AsyncBackupsResource:
        """The `backups` operations, awaited (AsyncBackupsResource), loaded on first use."""
        from secure_ai_studio.api.backups_api import AsyncBackupsResource
        return AsyncBackupsResource(self)

    @cached_property
    def compliance(self) -> AsyncComplianceResource:
        """The `compliance` operations, awaited (AsyncComplianceResource), loaded on first use."""
        from secure_ai_studio.api.compliance_api import AsyncComplianceResource
        return AsyncComplianceResource(self)

    @cached_property
    def graphql(self) -> AsyncGraphqlResource:
        """The `graphql` operations, awaited (AsyncGraphqlResource), loaded on first use."""
        from secure_ai_studio.api.graphql_api import AsyncGraphqlResource
        return AsyncGraphqlResource(self)

    @cached_property
    def health(self) -> AsyncHealthResource:
        """The `health` operations, awaited (AsyncHealthResource), loaded on first use."""
        from secure_ai_studio.api.health_api import AsyncHealthResource
        return AsyncHealthResource(self)

    @cached_property
    def jobs(self) -> AsyncJobsResource:
        """The `jobs` operations, awaited (AsyncJobsResource), loaded on first use."""
        from secure_ai_studio.api.jobs_api import AsyncJobsResource
        return AsyncJobsResource(self)

    @cached_property
    def metrics(self) -> AsyncMetricsResource:
        """The `metrics` operations, awaited (AsyncMetricsResource), loaded on first use."""
        from secure_ai_studio.api.metrics_api import AsyncMetricsResource
        return AsyncMetricsResource(self)

    @cached_property
    def roles(self) -> AsyncRolesResource:
        """The `roles` operations, awaited (AsyncRolesResource), loaded on first use."""
        from secure_ai_studio.api.roles_api import AsyncRolesResource
        return AsyncRolesResource(self)

    @cached_property
    def templates(self) -> AsyncTemplatesResource:
        """The `templates` operations, awaited (AsyncTemplatesResource), loaded on first use."""
        from secure_ai_studio.api.templates_api import AsyncTemplatesResource
        return AsyncTemplatesResource(self)

    @cached_property
    def users(self) -> AsyncUsersResource:
        """The `users` operations, awaited (AsyncUsersResource), loaded on first use."""
        from secure_ai_studio.api.users_api import AsyncUsersResource
        return AsyncUsersResource(self)

    async def close(self) -> None:
        """Closes the connections of the httpx client this client made (one passed as `http_client=` is the caller's to close); also done by `async with`."""
        await self._close_async()

    async def __aenter__(self) -> "AsyncSecureAIStudio":
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self._close_async()
