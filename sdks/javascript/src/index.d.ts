// Generated from the OpenAPI document (Secure AI Studio Enterprise API 1.0.0) by openapi-generator with generators/javascript; do not edit.

// The declarations of the ES module entry: the same as `require()`'s (index.d.cts, the one full
// set), re-exported, so the package ships one set of declarations. An ES module may import
// a CommonJS one under every TypeScript module mode; the reverse would need Node >= 20.19 typing.
import {SecureAIStudio} from './index.cjs';

export * from './index.cjs';
export default SecureAIStudio;
