// Type-checked in a strict consumer project (tsc --strict --noUncheckedIndexedAccess) against
// the installed tarball's declarations: results, bodies, params and options are typed, enums are
// literal unions, misspelled keys are errors, and a Job narrows by `type`. Never run; each
// `@ts-expect-error` must be an error, or tsc fails.
import SecureAIStudioDefault, {
    APIError, BinaryResponse, EventStream, GraphqlSubscription, NotFoundError, Page, SecureAIStudio, toFile,
    type GraphqlOptions, type GraphqlResponse, type ImageJob, type Job, type JobStatus, type TemplateListParams, type RequestOptions, type Template,
} from '@secure-ai-studio/sdk';

export async function typed(): Promise<void> {
    const client: SecureAIStudio = new SecureAIStudioDefault({ maxRetries: 1 });
    const options: RequestOptions = { timeout: 5000, maxRetries: 0, signal: AbortSignal.timeout(1000), headers: { 'X-Trace': 't' }, idempotencyKey: 'k' };

    for await (const t of client.templates.list({ kind: 'image' })) {
        const name: string = t.name;
        void name;
    }
    const page: Page<Template, unknown> = await client.templates.list({ limit: 5 }, options);
    const first: Template | undefined = page.data[0]; // noUncheckedIndexedAccess
    void first;

    const job: ImageJob = await client.jobs.createImage({ prompt: 'A lighthouse at dusk', width: 1024 });
    const done: Job = await client.jobs.waitFor(job.id, { interval: 500 });
    if (done.type === 'video') {
        const seconds: number = done.params.durationSeconds; // narrowed to VideoJob
        void seconds;
    } else {
        const width: number | undefined = done.params.width; // narrowed to ImageJob
        void width;
    }
    const status: JobStatus = done.status;
    void status;

    const stream: EventStream<unknown> = await client.jobs.events(job.id);
    for await (const e of await client.jobs.events(job.id)) {
        const progress: number = e.data.progress;
        void progress;
    }
    void stream;

    const gqlOptions: GraphqlOptions = { operationName: 'OneJob', timeout: 5000, idempotencyKey: 'k' };
    const result: GraphqlResponse = await client.graphql.query('query OneJob($jobId: ID!) { job(jobId: $jobId) { id } }', { jobId: job.id }, gqlOptions);
    const firstError: string | undefined = result.errors?.[0]?.message;
    void firstError;
    const me = await client.graphql.query<{ data?: { me: { id: string } } | null }>('{ me { id } }');
    const meId: string | undefined = me.data?.me.id;
    void meId;
    const { requestId: queryRequestId } = await client.graphql.query('{ me { id } }').withResponse();
    void queryRequestId;
    const subscription: GraphqlSubscription<GraphqlResponse> = client.graphql.subscribe('subscription { jobEvents(jobId: "job_1") { progress } }');
    for await (const payload of subscription) {
        const payloadData: unknown = payload.data;
        void payloadData;
        break;
    }
    const closed: IteratorResult<GraphqlResponse, undefined> = await client.graphql.subscribe('subscription { x }', {}, { operationName: null }).return();
    void closed;
    const subscriptionResponse: Response | undefined = subscription.response;
    void subscriptionResponse;
    // @ts-expect-error: the document is a string
    await client.graphql.query({ query: '{ me { id } }' });
    // @ts-expect-error: misspelled GraphQL option
    await client.graphql.query('{ me { id } }', {}, { operationNme: 'x' });

    const { data, response, requestId } = await client.templates.retrieve('tpl_1').withResponse();
    const etag: string | null = response.headers.get('etag');
    const id: string = data.id;
    const rid: string | null = requestId;
    void etag; void id; void rid;
    const raw: Response = await client.templates.retrieve('tpl_1').asResponse();
    void raw;

    await client.templates.update('tpl_1', { name: 'New name' }, { ifMatch: '"v1"' });
    const binary: BinaryResponse = await client.assets.download('ast_1', { range: 'bytes=0-9' });
    const bytes: Buffer = await binary.bytes();
    void bytes;
    await client.assets.upload({ file: await toFile(new Uint8Array([1]), 'ref.png', { type: 'image/png' }) });

    const fast: SecureAIStudio = client.withOptions({ maxRetries: 0, timeout: 5000 });
    void fast;

    try {
        await client.templates.retrieve('tpl_missing');
    } catch (err) {
        if (err instanceof NotFoundError) {
            const code: number = err.status;
            void code;
        } else if (err instanceof APIError) {
            const rid2: string | undefined = err.requestId;
            void rid2;
        }
    }

    // @ts-expect-error: 'gif' is not a kind (literal union)
    const bad: TemplateListParams = { kind: 'gif' };
    void bad;
    // @ts-expect-error: misspelled body key
    await client.jobs.createImage({ prompt: 'x', widht: 1024 });
    // @ts-expect-error: misspelled params key
    await client.templates.list({ knd: 'image' });
    // @ts-expect-error: misspelled per-call option
    await client.templates.retrieve('tpl_1', { timout: 5 });
    // @ts-expect-error: a required body property is missing
    await client.jobs.createImage({ width: 1024 });
    // @ts-expect-error: no stock *Api classes on the client
    void client.templatesApi;
    // @ts-expect-error: 'exploded' is not a JobStatus
    const wrong: JobStatus = 'exploded';
    void wrong;
}
