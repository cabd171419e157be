// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

import ApiClient from '../ApiClient.js';
import Asset from '../model/Asset.js';
import Problem from '../model/Problem.js';

/**
 * Assets operations.
 * @module api/AssetsApi
 */
export default class AssetsApi {
    /**
     * @param {module:ApiClient} [apiClient] client to send requests with; defaults to `ApiClient.instance`
     */
    constructor(apiClient) {
        this.apiClient = apiClient || ApiClient.instance;
    }


    /**
     * Download asset content
     * Downloads an asset's bytes. Send `Range: bytes=start-end` for part of it (answered `206` with `Content-Range`); a range outside the content answers `416`. 
     * GET /assets/{assetId}/content
     * @param {String} assetId The asset's ID.
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.range] A single byte range (RFC 9110), for example `bytes=0-1023`.
     * @return {Promise<{data: File, response: Response}>} decoded body and the fetch Response
     */
    downloadAssetContentWithHttpInfo(assetId, opts) {
        opts = opts || {};

        if (assetId === undefined || assetId === null) {
            return Promise.reject(new Error("Missing the required parameter 'assetId' when calling downloadAssetContent"));
        }

        const pathParams = {
            'assetId': assetId
        };
        const queryParams = {
        };
        const headerParams = {
            'Range': opts['range']
        };
        const formParams = {
        };
        const postBody = null;
        const authNames = ['apiKeyAuth', 'bearerAuth'];
        const contentTypes = [];
        const accepts = ['image/png', 'video/mp4', 'application/problem+json'];
        const returnType = File;
        return this.apiClient.callApi(
            '/assets/{assetId}/content', 'GET',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'downloadAssetContent'
        );
    }

    /**
     * Download asset content
     * Same as `downloadAssetContentWithHttpInfo` but resolves to the decoded body only.
     * @param {String} assetId The asset's ID.
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.range] A single byte range (RFC 9110), for example `bytes=0-1023`.
     * @return {Promise<File>}
     */
    downloadAssetContent(assetId, opts) {
        return this.downloadAssetContentWithHttpInfo(assetId, opts).then((result) => result.data);
    }


    /**
     * Get asset metadata
     * Returns an asset's metadata. Download its bytes with `downloadAssetContent`.
     * GET /assets/{assetId}
     * @param {String} assetId The asset's ID.
     * @return {Promise<{data: module:model/Asset, response: Response}>} decoded body and the fetch Response
     */
    getAssetWithHttpInfo(assetId) {

        if (assetId === undefined || assetId === null) {
            return Promise.reject(new Error("Missing the required parameter 'assetId' when calling getAsset"));
        }

        const pathParams = {
            'assetId': assetId
        };
        const queryParams = {
        };
        const headerParams = {
        };
        const formParams = {
        };
        const postBody = null;
        const authNames = ['apiKeyAuth', 'bearerAuth'];
        const contentTypes = [];
        const accepts = ['application/json', 'application/problem+json'];
        const returnType = Asset;
        return this.apiClient.callApi(
            '/assets/{assetId}', 'GET',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'getAsset'
        );
    }

    /**
     * Get asset metadata
     * Same as `getAssetWithHttpInfo` but resolves to the decoded body only.
     * @param {String} assetId The asset's ID.
     * @return {Promise<module:model/Asset>}
     */
    getAsset(assetId) {
        return this.getAssetWithHttpInfo(assetId).then((result) => result.data);
    }


    /**
     * Upload a reference image
     * Uploads an image (PNG, JPEG or WebP, at most 20 MiB) to guide video generation or as an image-to-image source.
     * POST /assets
     * @param {File} file The image bytes (PNG, JPEG or WebP, at most 20 MiB).
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.idempotencyKey] A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice. 
     * @param {String} [opts.description] A free-text description.
     * @return {Promise<{data: module:model/Asset, response: Response}>} decoded body and the fetch Response
     */
    uploadReferenceImageWithHttpInfo(file, opts) {
        opts = opts || {};

        if (file === undefined || file === null) {
            return Promise.reject(new Error("Missing the required parameter 'file' when calling uploadReferenceImage"));
        }

        const pathParams = {
        };
        const queryParams = {
        };
        const headerParams = {
            'Idempotency-Key': opts['idempotencyKey']
        };
        const formParams = {
            'file': file,
            'description': opts['description']
        };
        const postBody = null;
        const authNames = ['apiKeyAuth', 'bearerAuth'];
        const contentTypes = ['multipart/form-data'];
        const accepts = ['application/json', 'application/problem+json'];
        const returnType = Asset;
        return this.apiClient.callApi(
            '/assets', 'POST',
            pathParams, queryParams, headerParams, formParams, postBody,
            authNames, contentTypes, accepts, returnType, null, 'uploadReferenceImage'
        );
    }

    /**
     * Upload a reference image
     * Same as `uploadReferenceImageWithHttpInfo` but resolves to the decoded body only.
     * @param {File} file The image bytes (PNG, JPEG or WebP, at most 20 MiB).
     * @param {Object} [opts] optional parameters
     * @param {String} [opts.idempotencyKey] A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice. 
     * @param {String} [opts.description] A free-text description.
     * @return {Promise<module:model/Asset>}
     */
    uploadReferenceImage(file, opts) {
        return this.uploadReferenceImageWithHttpInfo(file, opts).then((result) => result.data);
    }

}
