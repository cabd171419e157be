import { AuditEventsBase } from '../generated/resources/auditEvents.js';

/**
 * The audit trail: `client.auditEvents`.
 *
 * @example
 * ```ts
 * for await (const ev of client.auditEvents.list({ action: 'template.updated' })) console.log(ev.id);
 * ```
 */
export class AuditEvents extends AuditEventsBase {}
