#!/usr/bin/env node
// `npm test`: every test of the project, in order from the spec outwards. Assumes the setup of
// `npm start` (scripts/setup.sh) has run.
import { runSteps } from './lib/steps.mjs';

const steps = [
  { name: 'lint openapi.yaml (Spectral + OWASP)', cmd: 'npm', args: ['run', '--silent', 'lint:spec'] },
  { name: 'spec checks (examples, conventions, extensions)', cmd: 'npm', args: ['run', '--silent', 'test:spec'] },
  { name: 'contract loader (format and spec validation of test/contracts)', cmd: 'npm', args: ['run', '--silent', 'test:contracts'] },
];

process.exitCode = (await runSteps('npm test', steps)) ? 0 : 1;
