// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

// The CommonJS entry: `require('@secure-ai-studio/sdk')` gives the same classes as `import` (one
// copy of each, so `instanceof` holds across both), through Node's require() of ES modules
// (Node >= 20.19, the package's engines). The names are listed so tools see them statically.
'use strict';
let sdk;
try {
    sdk = require('./index.js');
} catch (err) {
    // Node < 20.19 (or --no-experimental-require-module) cannot require() an ES module: say
    // what to do instead of Node's generic ERR_REQUIRE_ESM.
    if (err && err.code === 'ERR_REQUIRE_ESM') {
        throw new Error(`require('@secure-ai-studio/sdk') needs Node.js >= 20.19 (require() of ES modules; this is ${process.version}${process.execArgv.includes('--no-experimental-require-module') ? ' with --no-experimental-require-module' : ''}): upgrade Node.js or use import('@secure-ai-studio/sdk')`, {cause: err});
    }
    throw err;
}

Object.defineProperty(exports, '__esModule', {value: true});
exports.default = sdk.default;
exports.SecureAIStudio = sdk.SecureAIStudio;
exports.SecureAIStudioError = sdk.SecureAIStudioError;
exports.APIError = sdk.APIError;
exports.BadRequestError = sdk.BadRequestError;
exports.AuthenticationError = sdk.AuthenticationError;
exports.PermissionDeniedError = sdk.PermissionDeniedError;
exports.NotFoundError = sdk.NotFoundError;
exports.ConflictError = sdk.ConflictError;
exports.PreconditionFailedError = sdk.PreconditionFailedError;
exports.UnprocessableEntityError = sdk.UnprocessableEntityError;
exports.RateLimitError = sdk.RateLimitError;
exports.InternalServerError = sdk.InternalServerError;
exports.APIConnectionError = sdk.APIConnectionError;
exports.APIConnectionTimeoutError = sdk.APIConnectionTimeoutError;
exports.APIUserAbortError = sdk.APIUserAbortError;
exports.ResponseValidationError = sdk.ResponseValidationError;
exports.WaitTimeoutError = sdk.WaitTimeoutError;
exports.APIPromise = sdk.APIPromise;
exports.toFile = sdk.toFile;
exports.BinaryResponse = sdk.BinaryResponse;
exports.byteRange = sdk.byteRange;
exports.Page = sdk.Page;
exports.PagePromise = sdk.PagePromise;
exports.EventStream = sdk.EventStream;
exports.GraphqlSubscription = sdk.GraphqlSubscription;
