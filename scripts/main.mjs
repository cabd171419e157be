#!/usr/bin/env node
// `npm start` after setup: the main job. Checks the spec, regenerates every SDK from it, builds
// the generated SDKs the drivers load, and prints the conformance matrix.
import { runSteps } from './lib/steps.mjs';

const steps = [
  { name: 'lint openapi.yaml', cmd: 'npm', args: ['run', '--silent', 'lint:spec'] },
  { name: 'check openapi.yaml', cmd: process.execPath, args: ['scripts/check-spec.mjs', 'openapi.yaml'] },
  { name: 'generate the Python, JavaScript, Java and C# SDKs', cmd: process.execPath, args: ['generators/generate.mjs'] },
  { name: 'generate the TypeScript client types and schemas', cmd: 'npm', args: ['run', '--silent', 'generate', '-w', '@secure-ai-studio/client'] },
  { name: 'build the generated SDKs', cmd: 'bash', args: ['-c', 'for l in python javascript java csharp; do bash generators/$l/build.sh sdks/$l || exit 1; done'] },
  // Every SDK's driver against every recorded contract; any failure fails the job, with its reason.
  { name: 'conformance matrix (all five SDKs)', cmd: process.execPath, args: ['test/conformance/run.mjs'] },
  { name: 'documentation site (docs/site/index.html)', cmd: 'npm', args: ['run', '--silent', 'docs'] },
];

process.exitCode = (await runSteps('main job', steps, { keepGoing: false })) ? 0 : 1;
