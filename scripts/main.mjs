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
  // Each SDK's README examples against `sais-mock --stateful`: a template created by one call is
  // read back by the next (each examples script starts and stops its own mock server).
  { name: 'README examples of every SDK against sais-mock --stateful', cmd: 'bash', args: ['-c', 'for l in python javascript java csharp; do echo "-- $l"; bash generators/$l/examples.sh sdks/$l || exit 1; done && echo "-- typescript" && npm run --silent examples -w @secure-ai-studio/client'] },
  // Every SDK's driver against every recorded contract; any failure fails the job, with its reason.
  { name: 'conformance matrix (all five SDKs)', cmd: process.execPath, args: ['test/conformance/run.mjs'] },
  { name: 'documentation site (docs/site/index.html)', cmd: 'npm', args: ['run', '--silent', 'docs'] },
];

process.exitCode = (await runSteps('main job', steps, { keepGoing: false })) ? 0 : 1;
