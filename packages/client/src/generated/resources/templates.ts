// generated from openapi.yaml (sha256 4585b9fbda0ce4c6, openapi-typescript 7.13.0, scripts/generate.mjs), do not edit
import type { APIPromise } from '../../core/api-promise.js';
import type { PagePromise } from '../../core/pagination.js';
import type { RequestOptions } from '../../core/request-options.js';
import { APIResource } from '../../core/resource.js';
import type { operations } from '../openapi.js';
import * as ops from '../operations.js';

/** Query and header parameters of `listTemplates`. */
export interface TemplateListParams {
  /** The `nextCursor` of the previous page; leave out for the first page. */
  cursor?: NonNullable<operations["listTemplates"]['parameters']['query']>["cursor"];
  /** The largest number of items a page holds. */
  limit?: NonNullable<operations["listTemplates"]['parameters']['query']>["limit"];
  /** Only templates of this kind. */
  kind?: NonNullable<operations["listTemplates"]['parameters']['query']>["kind"];
  /** Only templates carrying this tag. */
  tag?: NonNullable<operations["listTemplates"]['parameters']['query']>["tag"];
}

/** Response body of `listTemplates` (HTTP 200). */
export type ListTemplatesResponse = operations["listTemplates"]['responses'][200]['content']['application/json'];

/** One item of a `listTemplates` page. */
export type ListTemplatesItem = ListTemplatesResponse["data"][number];

/** Request body of `createTemplate`. */
export type CreateTemplateBody = NonNullable<operations["createTemplate"]['requestBody']>['content']['application/json'];

/** Response body of `createTemplate` (HTTP 201). */
export type CreateTemplateResponse = operations["createTemplate"]['responses'][201]['content']['application/json'];

/** Response body of `getTemplate` (HTTP 200). */
export type GetTemplateResponse = operations["getTemplate"]['responses'][200]['content']['application/json'];

/** Query and header parameters of `deleteTemplate`. */
export interface TemplateDeleteParams {
  /** `If-Match` header: The ETag the change is based on, from the last read of the resource. */
  ifMatch: NonNullable<operations["deleteTemplate"]['parameters']['header']>["If-Match"];
}

/** Query and header parameters of `updateTemplate`. */
export interface TemplateUpdateParams {
  /** `If-Match` header: The ETag the change is based on, from the last read of the resource. */
  ifMatch: NonNullable<operations["updateTemplate"]['parameters']['header']>["If-Match"];
}

/** Request body of `updateTemplate`. */
export type UpdateTemplateBody = NonNullable<operations["updateTemplate"]['requestBody']>['content']['application/json'];

/** Response body of `updateTemplate` (HTTP 200). */
export type UpdateTemplateResponse = operations["updateTemplate"]['responses'][200]['content']['application/json'];

/**
 * Operations tagged `templates`: The template library of reusable generation settings.
 * Generated base of the hand-written resource class; reach it as
 * `client.templates`.
 */
export class TemplatesBase extends APIResource {
  /**
   * List templates.
   *
   * Lists templates in the library, newest first, optionally filtered by kind and tag.
   *
   * `GET /templates` (operation `listTemplates`).
   * @param params - Query and header parameters.
   * @param options - Per-call overrides: timeout, retries, signal, headers, idempotency key.
   * @example
   * ```ts
   * for await (const item of client.templates.list()) {
   *   console.log(item);
   * }
   * ```
   */
  list(params?: TemplateListParams, options?: RequestOptions): PagePromise<ListTemplatesItem> {
    return this._client.requestPage<ListTemplatesItem>(ops.listTemplates, { params }, options);
  }

  /**
   * Create a template.
   *
   * Adds a template to the library.
   *
   * `POST /templates` (operation `createTemplate`, sends an Idempotency-Key).
   * @param body - The request body.
   * @param options - Per-call overrides: timeout, retries, signal, headers, idempotency key.
   * @example
   * ```ts
   * const result = await client.templates.create({
   *   name: "Product shot on marble",
   *   kind: "image",
   *   description: "Studio product photography on white marble with soft daylight.",
   *   prompt: "Studio photo of {product} on white marble, soft daylight, 50mm",
   *   tags: [
   *     "product",
   *     "studio"
   *   ],
   *   visibility: "team"
   * });
   * ```
   */
  create(body: CreateTemplateBody, options?: RequestOptions): APIPromise<CreateTemplateResponse> {
    return this._client.request<CreateTemplateResponse>(ops.createTemplate, { body }, options);
  }

  /**
   * Get a template.
   *
   * Returns a template. Its `ETag` header is what `updateTemplate` and `deleteTemplate` take as `If-Match`.
   *
   * `GET /templates/{templateId}` (operation `getTemplate`).
   * @param templateId - The template's ID.
   * @param options - Per-call overrides: timeout, retries, signal, headers, idempotency key.
   * @example
   * ```ts
   * const result = await client.templates.retrieve('tpl_01JD5A1B2C3D4E5F6G7H8J9K0M');
   * ```
   */
  retrieve(templateId: string, options?: RequestOptions): APIPromise<GetTemplateResponse> {
    return this._client.request<GetTemplateResponse>(ops.getTemplate, { path: { templateId } }, options);
  }

  /**
   * Delete a template.
   *
   * Deletes a template. `If-Match` must carry its current ETag (412 otherwise). Jobs made from it are kept.
   *
   * `DELETE /templates/{templateId}` (operation `deleteTemplate`).
   * @param templateId - The template's ID.
   * @param params - Query and header parameters.
   * @param options - Per-call overrides: timeout, retries, signal, headers, idempotency key.
   * @example
   * ```ts
   * await client.templates.delete('tpl_01JD5A1B2C3D4E5F6G7H8J9K0M', { ifMatch: "\"v3-5f2b9c\"" });
   * ```
   */
  delete(templateId: string, params: TemplateDeleteParams, options?: RequestOptions): APIPromise<void> {
    return this._client.request<void>(ops.deleteTemplate, { path: { templateId }, params }, options);
  }

  /**
   * Update a template.
   *
   * Changes a template. `If-Match` must carry the template's current ETag; if somebody changed it
   * since, the update is refused with 412 and nothing changes.
   *
   * `PATCH /templates/{templateId}` (operation `updateTemplate`).
   * @param templateId - The template's ID.
   * @param body - The request body.
   * @param params - Query and header parameters.
   * @param options - Per-call overrides: timeout, retries, signal, headers, idempotency key.
   * @example
   * ```ts
   * const result = await client.templates.update('tpl_01JD5A1B2C3D4E5F6G7H8J9K0M', {
   *   description: "Studio product photography on white marble with warm daylight.",
   *   tags: [
   *     "product",
   *     "studio",
   *     "warm"
   *   ]
   * }, { ifMatch: "\"v3-5f2b9c\"" });
   * ```
   */
  update(templateId: string, body: UpdateTemplateBody, params: TemplateUpdateParams, options?: RequestOptions): APIPromise<UpdateTemplateResponse> {
    return this._client.request<UpdateTemplateResponse>(ops.updateTemplate, { path: { templateId }, body, params }, options);
  }
}
