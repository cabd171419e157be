# flake8: noqa

# import apis into api package
from secure_ai_studio.api.api_keys_api import ApiKeysApi
from secure_ai_studio.api.assets_api import AssetsApi
from secure_ai_studio.api.audit_events_api import AuditEventsApi
from secure_ai_studio.api.auth_api import AuthApi
from secure_ai_studio.api.backups_api import BackupsApi
from secure_ai_studio.api.compliance_api import ComplianceApi
from secure_ai_studio.api.graphql_api import GraphqlApi
from secure_ai_studio.api.health_api import HealthApi
from secure_ai_studio.api.jobs_api import JobsApi
from secure_ai_studio.api.metrics_api import MetricsApi
from secure_ai_studio.api.roles_api import RolesApi
from secure_ai_studio.api.templates_api import TemplatesApi
from secure_ai_studio.api.users_api import UsersApi

