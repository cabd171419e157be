// Decoding and validation of the generated models (no network).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {
    ApiClient, AwsS3Destination, AzureBlobDestination, Backup, BackupDestination, BackupCreate, ClientCredentialsGrant,
    GcsDestination, ImageJob, ImageJobRequest, Job, JobFailure, JobList, JobStatus, TokenRequest, VideoJob, VideoJobRequest,
} from '../../src/internal.js';
import {BACKUP, IMAGE_JOB, VIDEO_JOB} from './helpers/payloads.js';

test('a Job decodes to ImageJob from its discriminator', () => {
    const job = ApiClient.convertToType(IMAGE_JOB, Job);
    assert.ok(job instanceof ImageJob);
    assert.ok(job.params instanceof ImageJobRequest);
    assert.deepEqual([job.params.width, job.params.height, job.params.style], [1024, 768, 'photographic']);
    assert.ok(job.completedAt instanceof Date);
    assert.equal(job.completedAt.toISOString(), '2026-11-21T10:15:42.000Z');
    assert.equal(job.error, null);
    assert.equal(job.outputAssetIds.length, 2);
});

test('a Job decodes to VideoJob with its failure', () => {
    const job = ApiClient.convertToType(VIDEO_JOB, Job);
    assert.ok(job instanceof VideoJob);
    assert.ok(job.params instanceof VideoJobRequest);
    assert.equal(job.params.durationSeconds, 8);
    assert.ok(job.error instanceof JobFailure);
    assert.equal(job.error.code, 'content_policy_violation');
});

test('a JobList keeps mixed subtypes in order', () => {
    const page = ApiClient.convertToType({data: [VIDEO_JOB, IMAGE_JOB], nextCursor: null}, JobList);
    assert.ok(page instanceof JobList);
    assert.deepEqual(page.data.map((j) => j.constructor), [VideoJob, ImageJob]);
    assert.equal(page.nextCursor, null);
});

test('an unknown Job discriminator is rejected, naming the value', () => {
    assert.throws(() => Job.constructFromObject({...IMAGE_JOB, type: 'audio'}), /discriminator value 'audio'/);
});

test('a job missing a required field is rejected, naming the field', () => {
    const {createdAt, ...rest} = IMAGE_JOB;
    assert.throws(() => Job.constructFromObject(rest), /required field `createdAt`/);
});

test('arrays must be arrays and strings must be strings', () => {
    assert.equal(ImageJob.validateJSON(IMAGE_JOB), true);
    assert.throws(() => ImageJob.validateJSON({...IMAGE_JOB, outputAssetIds: 'ast_1'}), /`outputAssetIds` must be an array/);
    assert.throws(() => ImageJob.validateJSON({...IMAGE_JOB, id: 42}), /`id` must be a string/);
});

test('R7.3: unknown fields decode without error and stay visible as received', () => {
    const job = ApiClient.convertToType({...IMAGE_JOB, addedInV2: {x: 1}}, Job);
    assert.ok(job instanceof ImageJob);
    assert.deepEqual(job.addedInV2, {x: 1});
    assert.deepEqual(JSON.parse(JSON.stringify(job)).addedInV2, {x: 1});
});

test('R7.3: dates are Dates that re-serialise to the string the server sent', () => {
    const job = ApiClient.convertToType({...IMAGE_JOB, createdAt: '2026-11-21T10:15:00Z'}, Job);
    assert.ok(job.createdAt instanceof Date);
    assert.equal(job.createdAt.getTime(), Date.parse('2026-11-21T10:15:00Z'));
    assert.equal(JSON.parse(JSON.stringify(job)).createdAt, '2026-11-21T10:15:00Z');
    assert.deepEqual(JSON.parse(JSON.stringify(job)), IMAGE_JOB);
});

test('unknown enum values pass through unchanged (forward compatible)', () => {
    const job = ApiClient.convertToType({...IMAGE_JOB, status: 'paused'}, Job);
    assert.equal(job.status, 'paused');
    assert.equal(JobStatus.canceled, 'canceled');
});

for (const [payload, subtype] of [
    [{provider: 'aws_s3', bucket: 'acme-backups', region: 'eu-west-1'}, AwsS3Destination],
    [{provider: 'azure_blob', storageAccount: 'acmebackups', container: 'studio'}, AzureBlobDestination],
    [{provider: 'gcs', bucket: 'acme-backups'}, GcsDestination],
]) {
    test(`a BackupDestination with provider ${payload.provider} decodes to ${subtype.name}`, () => {
        const backup = ApiClient.convertToType({...BACKUP, destination: payload}, Backup);
        assert.ok(backup.destination instanceof subtype);
        assert.equal(backup.destination.provider, payload.provider);
    });
}

test('a BackupDestination wrapper serializes as its concrete destination', () => {
    const wrapped = new BackupDestination({provider: 'gcs', bucket: 'acme-backups'});
    const body = new BackupCreate(wrapped, ['templates']);
    assert.deepEqual(JSON.parse(JSON.stringify(body)), {destination: {provider: 'gcs', bucket: 'acme-backups'}, scope: ['templates']});
});

test('model constructors take required properties and add no spec defaults (R3.7: the body is what the caller set)', () => {
    const grant = new ClientCredentialsGrant('client_credentials', 'cli_0123456789', 's'.repeat(16));
    assert.deepEqual(JSON.parse(JSON.stringify(new TokenRequest(grant))),
        {grantType: 'client_credentials', clientId: 'cli_0123456789', clientSecret: 's'.repeat(16)});
    const request = new ImageJobRequest('a lighthouse');
    assert.deepEqual(JSON.parse(JSON.stringify(request)), {prompt: 'a lighthouse'});
    assert.equal(request.count, undefined, 'an unset property reads as unset, not as the server default');
    // R7.3: a decoded body keeps exactly the fields the server sent; no defaults appear.
    const decoded = ImageJobRequest.constructFromObject({prompt: 'p'});
    assert.deepEqual(JSON.parse(JSON.stringify(decoded)), {prompt: 'p'});
    assert.equal(decoded.width, undefined);
});
