import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from './errors.mjs';
import { repoRoot } from './paths.mjs';

/**
 * The openapi-generator-cli jar pinned in openapitools.json, at the place the npm wrapper
 * keeps it (<storageDir>/<version>.jar). generators/fetch-generator.sh puts it there via Maven;
 * the driver runs it with `java` directly so one JVM does the whole batch (the npm wrapper
 * would start two extra JVMs just to list commands).
 */
export function resolveGeneratorJar() {
  const configFile = path.join(repoRoot, 'openapitools.json');
  const cli = JSON.parse(fs.readFileSync(configFile, 'utf8'))['generator-cli'] ?? {};
  if (!cli.version) throw new UsageError(`openapitools.json: /generator-cli/version is missing`);
  const storage = path.resolve(repoRoot, cli.storageDir ?? 'node_modules/@openapitools/openapi-generator-cli/versions');
  const jar = path.join(storage, `${cli.version}.jar`);
  if (!fs.existsSync(jar)) {
    throw new UsageError(`openapi-generator-cli ${cli.version} is not installed at ${jar}; run: bash generators/fetch-generator.sh`);
  }
  return { jar, version: cli.version };
}
