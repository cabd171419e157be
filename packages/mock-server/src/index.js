export { createMockServer, DEFAULT_MAX_BODY_SIZE } from './server.js';
export { loadSpec } from './spec/load-spec.js';
export { SpecError } from './spec/spec-error.js';
export { ContractBundleError } from './contracts/contract-bundle-error.js';
export { loadContractsBundle } from './contracts/load-bundle.js';
export { createRecorder } from './record/recorder.js';
