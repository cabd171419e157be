// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

// The package's public surface: the client, its errors and the helper types its methods
// return. Operations are methods of the client's resources (`client.templates.list()`); the
// generated operation classes and models are internal (types for every model are in index.d.ts).
// Relative imports carry the .js extension so Node loads this package as native ES modules.
import {SecureAIStudio} from './client.js';

export {SecureAIStudio};
export default SecureAIStudio;
export {
    SecureAIStudioError,
    APIError,
    BadRequestError,
    AuthenticationError,
    PermissionDeniedError,
    NotFoundError,
    ConflictError,
    PreconditionFailedError,
    UnprocessableEntityError,
    RateLimitError,
    InternalServerError,
    APIConnectionError,
    APIConnectionTimeoutError,
    APIUserAbortError,
    ResponseValidationError,
    WaitTimeoutError,
} from './core/errors.js';
export {APIPromise} from './core/resources.js';
export {toFile} from './core/to-file.js';
export {BinaryResponse, byteRange} from './core/binary.js';
export {Page, PagePromise} from './core/pagination.js';
export {EventStream} from './core/sse.js';
export {GraphqlSubscription} from './core/graphql.js';
