// TypeDoc plugin: members that openapi-typescript declares in src/generated/openapi.ts (the raw
// `paths` / `components` trees the client re-exports, and the schema properties its resource
// methods return) mirror openapi.yaml one to one. Where the document has no description for one,
// it gets a line naming where it is declared (`components.schemas.BackupPolicy.createdAt`), so
// `validation.notDocumented` holds every other public member (hand-written code, the generated
// resources and params) to a real comment. Members declared anywhere else are left alone.
import { Comment, Converter, ReflectionKind } from 'typedoc';

const GENERATED_TYPES = /[\\/]src[\\/]generated[\\/]openapi\.ts$/;

/** The raw trees themselves: what each is. */
const TREES = {
  paths: 'Every path of openapi.yaml with its operations, as openapi-typescript types them (`paths[\'/templates\'][\'get\']`).',
  components: 'The reusable parts of openapi.yaml (`components.schemas`, `components.parameters`, `components.responses`, …), as openapi-typescript types them.',
  operations: 'Every operation of openapi.yaml by operationId, as openapi-typescript types it (`operations[\'listTemplates\']`).',
};

const member = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`);

export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    let filled = 0;
    for (const reflection of Object.values(context.project.reflections)) {
      if (reflection.comment) continue;
      if (reflection.kindOf(ReflectionKind.Interface) && reflection.parent?.kindOf(ReflectionKind.Project) && TREES[reflection.name]) {
        reflection.comment = new Comment([{ kind: 'text', text: TREES[reflection.name] }]);
        continue;
      }
      if (!reflection.kindOf(ReflectionKind.Property)) continue;
      const id = context.project.getSymbolIdFromReflection(reflection);
      if (!id || !GENERATED_TYPES.test(id.fileName)) continue;
      const [head, ...rest] = id.qualifiedName.split('.');
      reflection.comment = new Comment([
        { kind: 'code', text: `\`${head}${rest.map(member).join('')}\`` },
        { kind: 'text', text: ' as openapi.yaml declares it (no description there).' },
      ]);
      filled++;
    }
    app.logger.verbose(`typedoc-openapi-comments: ${filled} members of src/generated/openapi.ts named by their place in the document`);
  });
}
