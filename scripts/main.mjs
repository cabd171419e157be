#!/usr/bin/env node
// `npm start` after setup: the main job. Checks the spec, regenerates every SDK from it and prints
// the conformance matrix (for the SDKs that have a contract driver so far).
import { runSteps } from './lib/steps.mjs';

const steps = [
  { name: 'lint openapi.yaml', cmd: 'npm', args: ['run', '--silent', 'lint:spec'] },
  { name: 'check openapi.yaml', cmd: process.execPath, args: ['scripts/check-spec.mjs', 'openapi.yaml'] },
  { name: 'generate the Python, JavaScript, Java and C# SDKs', cmd: process.execPath, args: ['generators/generate.mjs'] },
  { name: 'generate the TypeScript client types and schemas', cmd: 'npm', args: ['run', '--silent', 'generate', '-w', '@secure-ai-studio/client'] },
  { name: 'conformance matrix', cmd: process.execPath, args: ['test/conformance/run.mjs', '--sdk', 'typescript', '--allow-uncovered'] },
];

process.exitCode = (await runSteps('main job', steps, { keepGoing: false })) ? 0 : 1;
