// Runs openapi-typescript on the spec. Options are chosen so the types describe the wire:
// a `default` does not make a property required (the SDK returns bodies as received), and a
// bare `type: object` is Record<string, unknown>. zod-schemas.mjs mirrors exactly these choices.
import openapiTS, { astToString } from 'openapi-typescript';
import { pathToFileURL } from 'node:url';

export const OPENAPI_TS_OPTIONS = { defaultNonNullable: false, emptyObjectsUnknown: true, alphabetize: false };

export async function renderTypesFile(specFile, header) {
  const ast = await openapiTS(pathToFileURL(specFile), { ...OPENAPI_TS_OPTIONS, silent: true });
  return `${header}${astToString(ast)}`;
}
