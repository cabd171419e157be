# flake8: noqa
"""The per-tag modules: each holds a tag's resources (`TemplatesResource`,
`AsyncTemplatesResource`, reached as `client.templates`) and the stock generator's `*Api` class
they call. The `*Api` classes are deprecated as a public API (CHANGELOG.md): still importable at
run time, imported on first use, no longer exported to type checkers."""
import typing as _typing

__all__: _typing.List[str] = []

if not _typing.TYPE_CHECKING:
    from importlib import import_module

    _exports = {
        "ApiKeysApi": ".api_keys_api",
        "AssetsApi": ".assets_api",
        "AuditEventsApi": ".audit_events_api",
        "AuthApi": ".auth_api",
        "BackupsApi": ".backups_api",
        "ComplianceApi": ".compliance_api",
        "GraphqlApi": ".graphql_api",
        "HealthApi": ".health_api",
        "JobsApi": ".jobs_api",
        "MetricsApi": ".metrics_api",
        "RolesApi": ".roles_api",
        "TemplatesApi": ".templates_api",
        "UsersApi": ".users_api",
    }

    def __getattr__(name: str) -> object:
        if (module_name := _exports.get(name)) is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(module_name, __name__), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(globals().keys() | _exports.keys())
