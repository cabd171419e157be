#!/usr/bin/env node
// `npm test`: every test of the project, in order from the spec outwards. Assumes the setup of
// `npm start` (scripts/setup.sh) has run. Every step runs even after a failure, so one run shows
// everything that is broken; the exit status is non-zero if any step failed.
import { runSteps } from './lib/steps.mjs';

const npm = (name, ...args) => ({ name, cmd: 'npm', args: ['run', '--silent', ...args] });
const sdk = (lang, runner) => ({ name: `${lang} SDK: build, package, ${runner}, consumer smoke test`, cmd: 'bash', args: [`generators/${lang}/test.sh`, `sdks/${lang}`] });

const steps = [
  npm('lint openapi.yaml (Spectral + OWASP)', 'lint:spec'),
  npm('spec checks (examples, conventions, extensions)', 'test:spec'),
  npm('GraphQL SDL agrees with openapi.yaml (node:test)', 'test:graphql'),
  npm('the five packages carry one version (openapi.yaml info.version)', 'test:versions'),
  npm('behaviour vectors are well-formed and agree with reference libraries', 'test:vectors'),
  npm('contract loader and conformance report', 'test:contracts'),
  npm('generated SDKs are current (generate --check)', 'generate', '--', '--check'),
  npm('generation pipeline: derived vendor extensions (node:test)', 'test:generators'),
  { name: 'generators work for another spec (test/generators/petstore-plus.yaml)', cmd: 'bash', args: ['test/generators/other-spec.sh'] },
  npm('TypeScript client (drift check, tsc, vitest)', 'test', '-w', '@secure-ai-studio/client'),
  npm('TypeScript client package lint (publint --strict, attw, package-check)', 'lint:package', '-w', '@secure-ai-studio/client'),
  npm('TypeScript client README examples against sais-mock --stateful', 'examples', '-w', '@secure-ai-studio/client'),
  npm('TypeScript client bundle size within budget', 'size'),
  npm('TypeScript client reference docs (typedoc, warnings fail)', 'docs', '-w', '@secure-ai-studio/client'),
  npm('mock server (node:test)', 'test', '-w', '@secure-ai-studio/mock-server'),
  npm('mock server fuzzed by schemathesis (spec mode, every operation)', 'fuzz', '-w', '@secure-ai-studio/mock-server'),
  sdk('python', 'pytest'),
  sdk('javascript', 'node:test'),
  sdk('java', 'JUnit 5'),
  sdk('csharp', 'NUnit'),
  npm('generators on documents nobody here wrote: the corpus fast subset, four SDKs each (test/generators/corpus)', 'corpus', '--', '--fast', '--jobs', '2', '--expect', 'test/generators/corpus/expected-fast.json'),
  npm('docs: every code sample of every operation compiles in its language and runs against the mock server', 'test:docs'),
  npm('conformance: every recorded contract replayed against all five SDKs', 'conformance'),
  npm('docs: the site and the conformance report in headless Chromium (playwright-core)', 'test:docs:browser'),
];

process.exitCode = (await runSteps('npm test', steps)) ? 0 : 1;
