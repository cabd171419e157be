// SDK names for operations, tags and header parameters. The table is the generator's
// configuration for idiomatic method names (client.jobs.createImage); an operation missing
// from it still gets a name by rule, so a new operation in the spec is never dropped.
export const METHOD_NAMES = {
  createToken: 'createToken',
  refreshToken: 'refresh',
  revokeToken: 'revoke',
  getCurrentPrincipal: 'me',
  listApiKeys: 'list',
  createApiKey: 'create',
  revokeApiKey: 'revoke',
  listUsers: 'list',
  inviteUser: 'invite',
  getUser: 'retrieve',
  updateUser: 'update',
  deactivateUser: 'deactivate',
  listRoles: 'list',
  getRole: 'retrieve',
  listPermissions: 'listPermissions',
  assignUserRoles: 'assign',
  createImageJob: 'createImage',
  createVideoJob: 'createVideo',
  listJobs: 'list',
  getJob: 'retrieve',
  cancelJob: 'cancel',
  streamJobEvents: 'events',
  uploadReferenceImage: 'upload',
  getAsset: 'retrieve',
  downloadAssetContent: 'download',
  listTemplates: 'list',
  createTemplate: 'create',
  getTemplate: 'retrieve',
  updateTemplate: 'update',
  deleteTemplate: 'delete',
  createBackup: 'create',
  listBackups: 'list',
  getBackup: 'retrieve',
  restoreBackup: 'restore',
  listBackupPolicies: 'listPolicies',
  createBackupPolicy: 'createPolicy',
  getBackupPolicy: 'retrievePolicy',
  updateBackupPolicy: 'updatePolicy',
  deleteBackupPolicy: 'deletePolicy',
  getSystemMetrics: 'system',
  getUsageMetrics: 'usage',
  listAuditEvents: 'list',
  getAuditEvent: 'retrieve',
  createComplianceReport: 'createReport',
  listComplianceReports: 'listReports',
  getComplianceReport: 'retrieveReport',
  executeGraphql: 'execute',
  getLiveness: 'liveness',
  getReadiness: 'readiness',
};

export const pascal = (s) => s.charAt(0).toUpperCase() + s.slice(1);

/** `If-Match` → `ifMatch`, `Last-Event-ID` → `lastEventId`. */
export function camelHeader(name) {
  return name
    .toLowerCase()
    .split('-')
    .map((part, i) => (i === 0 ? part : pascal(part)))
    .join('');
}

/** Fallback: drop the tag's noun from the operationId; a bare `get` becomes `retrieve`. */
export function methodName(operationId, tag) {
  if (METHOD_NAMES[operationId]) return METHOD_NAMES[operationId];
  const singular = pascal(tag).replace(/ies$/, 'y').replace(/s$/, '');
  const stripped = operationId.replace(new RegExp(`${singular}s?`), '');
  const name = stripped === 'get' ? 'retrieve' : stripped.replace(/^get/, 'retrieve');
  return name && name !== operationId ? name : operationId;
}

/** Client property for a tag: the tag itself (already camelCase in the spec). */
export function resourceProperty(tag) {
  return tag;
}

/** Class name for a tag: `apiKeys` → `ApiKeys`. */
export function resourceClass(tag) {
  return pascal(tag);
}
