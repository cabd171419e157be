#!/usr/bin/env node
// `npm start` after setup: the main job. Validates the spec; the SDK generation and the
// conformance matrix join here as they land.
import { runSteps } from './lib/steps.mjs';

const steps = [
  { name: 'lint openapi.yaml', cmd: 'npm', args: ['run', '--silent', 'lint:spec'] },
  { name: 'check openapi.yaml', cmd: process.execPath, args: ['scripts/check-spec.mjs', 'openapi.yaml'] },
];

process.exitCode = (await runSteps('main job', steps, { keepGoing: false })) ? 0 : 1;
