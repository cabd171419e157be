// The CommonJS side of the strict consumer: `require` resolves the package's require condition
// (index.cjs + index.d.cts) and gets the same typed surface.
import sdk = require('@secure-ai-studio/sdk');

export async function typedRequire(): Promise<string> {
    const client = new sdk.SecureAIStudio({ timeout: 1000 });
    const template = await client.templates.retrieve('tpl_1');
    // @ts-expect-error: misspelled params key
    await client.templates.list({ limt: 1 });
    return template.name;
}
