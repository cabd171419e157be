import { SecureAIStudioError } from '../core/errors.js';
import type { RequestOptions } from '../core/request-options.js';
import { TemplatesBase, type GetTemplateResponse } from '../generated/resources/templates.js';

/**
 * The template library: `client.templates`. Updates and deletes need the ETag of the last
 * read as `ifMatch`; a stale one fails with {@link PreconditionFailedError} (R11).
 *
 * @example
 * ```ts
 * const { data, etag } = await client.templates.retrieveWithETag('tpl_01JD5A1B2C3D4E5F6G7H8J9K0M');
 * await client.templates.update(data.id, { name: 'Renamed' }, { ifMatch: etag });
 * ```
 */
export class Templates extends TemplatesBase {
  /**
   * Reads a template together with its `ETag` response header, ready for `update`/`delete`.
   *
   * @param templateId - The template's ID.
   * @example
   * ```ts
   * const { data, etag } = await client.templates.retrieveWithETag('tpl_01JD5A1B2C3D4E5F6G7H8J9K0M');
   * ```
   */
  async retrieveWithETag(templateId: string, options?: RequestOptions): Promise<{
    /** The template, as `retrieve` gives it. */
    data: GetTemplateResponse;
    /** Its `ETag` response header: pass it as `ifMatch` to `update` or `delete`. */
    etag: string;
  }> {
    const { data, response } = await this.retrieve(templateId, options).withResponse();
    const etag = response.headers.get('etag');
    if (!etag) throw new SecureAIStudioError(`getTemplate response for ${templateId} carried no ETag header`);
    return { data, etag };
  }
}
