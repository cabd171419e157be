// The SDK reference documentation the index page links to, each where its build writes it
// (relative to docs/). A reference that is not built yet is listed with a visible "not built"
// note and the command that builds it, never as a dead link.
export const SDK_REFERENCES = [
  { sdk: 'TypeScript', pkg: '@secure-ai-studio/client', tool: 'typedoc', dir: 'reference/client', build: 'npm run docs -w @secure-ai-studio/client' },
  { sdk: 'JavaScript', pkg: '@secure-ai-studio/sdk', tool: 'typedoc (from the SDK declarations)', dir: 'reference/javascript', build: 'bash generators/javascript/docs.sh sdks/javascript (run by its test.sh)' },
  { sdk: 'Python', pkg: 'secure-ai-studio', tool: 'API docs from the docstrings', dir: 'reference/python', build: 'the Python SDK reference build (not yet made: issue 16)' },
  { sdk: 'Java', pkg: 'io.secureaistudio:secure-ai-studio-sdk', tool: 'javadoc', dir: 'reference/java', build: 'bash generators/java/build.sh sdks/java' },
  { sdk: 'C#', pkg: 'SecureAiStudio.Sdk', tool: 'XML documentation, rendered', dir: 'reference/csharp', build: 'bash generators/csharp/build.sh sdks/csharp' },
];
