// Generated from the OpenAPI document by openapi-generator with generators/java/; do not edit.

package io.secureaistudio.sdk.api;

import io.secureaistudio.sdk.model.ImageJob;
import io.secureaistudio.sdk.model.ImageJobRequest;
import io.secureaistudio.sdk.model.Job;
import io.secureaistudio.sdk.model.JobList;
import io.secureaistudio.sdk.model.JobStatus;
import io.secureaistudio.sdk.model.JobType;
import io.secureaistudio.sdk.model.Problem;
import io.secureaistudio.sdk.model.VideoJob;
import io.secureaistudio.sdk.model.VideoJobRequest;
import com.fasterxml.jackson.core.type.TypeReference;
import io.secureaistudio.sdk.runtime.ApiRequest;
import io.secureaistudio.sdk.runtime.ApiResponse;
import io.secureaistudio.sdk.runtime.AuthScheme;
import io.secureaistudio.sdk.runtime.BinaryResponse;
import io.secureaistudio.sdk.runtime.EventStream;
import io.secureaistudio.sdk.runtime.RequestOptions;
import io.secureaistudio.sdk.runtime.WaitOptions;
import io.secureaistudio.sdk.runtime.WaitTimeoutException;
import io.secureaistudio.sdk.runtime.Waiter;
import io.secureaistudio.sdk.runtime.Transport;
import java.io.File;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Operations tagged {@code Jobs}.
 *
 * <p>Get an instance from {@code SecureAIStudioClient#jobs()}. Every method throws
 * {@code io.secureaistudio.sdk.runtime.APIException} when the server answers with an error
 * status and {@code APIConnectionException} when it cannot be reached.
 */
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public class JobsApi {
  private final Transport transport;

  public JobsApi(Transport transport) {
    this.transport = transport;
  }

  /**
   * This API with per-call options (rulebook R2.2): {@code timeout} and {@code maxRetries} override
   * the client's, extra headers are added. Shares the client's HTTP client and tokens.
   *
   * @param options the overrides
   * @return a view of this API whose calls use {@code options}
   */
  public JobsApi withOptions(RequestOptions options) {
    return new JobsApi(transport.withOptions(options));
  }

  /**
   * Cancel a job
   * <p>Cancels a queued or running job. A job that already reached a terminal status answers 409.
   *
   * @param jobId The job&#39;s ID.
   * @return Job
   */
  public Job cancelJob(String jobId) {
    return cancelJobWithHttpInfo(jobId).getData();
  }

  /**
   * Cancel a job, with the response status and headers.
   *
   * @param jobId The job&#39;s ID.
   * @return the decoded body with status code and headers
   */
  public ApiResponse<Job> cancelJobWithHttpInfo(String jobId) {
    ApiRequest request = cancelJobRequest(jobId);
    return transport.execute(request, new TypeReference<Job>() {});
  }


  private ApiRequest cancelJobRequest(String jobId) {
    return ApiRequest.of("cancelJob", "POST", "/jobs/{jobId}/cancel")
        .require("jobId", jobId)
        .pathParam("jobId", jobId)
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  /**
   * Generate images
   * <p>Starts an image generation job. The job runs asynchronously: poll &#x60;getJob&#x60; (the &#x60;Location&#x60; header) or follow &#x60;streamJobEvents&#x60; until its status is terminal. 
   *
   * @param imageJobRequest ImageJobRequest
   * @param idempotencyKey A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice.  (optional)
   * @return ImageJob
   */
  public ImageJob createImageJob(ImageJobRequest imageJobRequest, String idempotencyKey) {
    return createImageJobWithHttpInfo(imageJobRequest, idempotencyKey).getData();
  }

  /**
   * Generate images, with the response status and headers.
   *
   * @param imageJobRequest ImageJobRequest
   * @param idempotencyKey A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice.  (optional)
   * @return the decoded body with status code and headers
   */
  public ApiResponse<ImageJob> createImageJobWithHttpInfo(ImageJobRequest imageJobRequest, String idempotencyKey) {
    ApiRequest request = createImageJobRequest(imageJobRequest, idempotencyKey);
    return transport.execute(request, new TypeReference<ImageJob>() {});
  }


  private ApiRequest createImageJobRequest(ImageJobRequest imageJobRequest, String idempotencyKey) {
    return ApiRequest.of("createImageJob", "POST", "/generate/image")
        .require("ImageJobRequest", imageJobRequest)
        .header("Idempotency-Key", idempotencyKey)
        .jsonBody(imageJobRequest, "application/json")
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  /**
   * Generate a video
   * <p>Starts a video generation job, optionally animating a reference image. Poll &#x60;getJob&#x60; or follow &#x60;streamJobEvents&#x60; until its status is terminal. 
   *
   * @param videoJobRequest VideoJobRequest
   * @param idempotencyKey A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice.  (optional)
   * @return VideoJob
   */
  public VideoJob createVideoJob(VideoJobRequest videoJobRequest, String idempotencyKey) {
    return createVideoJobWithHttpInfo(videoJobRequest, idempotencyKey).getData();
  }

  /**
   * Generate a video, with the response status and headers.
   *
   * @param videoJobRequest VideoJobRequest
   * @param idempotencyKey A unique key for this creation. A request repeated with the same key within 24 hours returns the first result instead of creating again, so a retried request cannot create twice.  (optional)
   * @return the decoded body with status code and headers
   */
  public ApiResponse<VideoJob> createVideoJobWithHttpInfo(VideoJobRequest videoJobRequest, String idempotencyKey) {
    ApiRequest request = createVideoJobRequest(videoJobRequest, idempotencyKey);
    return transport.execute(request, new TypeReference<VideoJob>() {});
  }


  private ApiRequest createVideoJobRequest(VideoJobRequest videoJobRequest, String idempotencyKey) {
    return ApiRequest.of("createVideoJob", "POST", "/generate/video")
        .require("VideoJobRequest", videoJobRequest)
        .header("Idempotency-Key", idempotencyKey)
        .jsonBody(videoJobRequest, "application/json")
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  /**
   * Get a job
   * <p>Returns a job with its status, progress and, once it succeeded, its output assets.
   *
   * @param jobId The job&#39;s ID.
   * @return Job
   */
  public Job getJob(String jobId) {
    return getJobWithHttpInfo(jobId).getData();
  }

  /**
   * Get a job, with the response status and headers.
   *
   * @param jobId The job&#39;s ID.
   * @return the decoded body with status code and headers
   */
  public ApiResponse<Job> getJobWithHttpInfo(String jobId) {
    ApiRequest request = getJobRequest(jobId);
    return transport.execute(request, new TypeReference<Job>() {});
  }

  /**
   * Waits until the Job is finished (rulebook R8), with the default {@link WaitOptions}:
   * polls every second at first, growing 1.5x up to 10 s, for at most 15 minutes.
   *
   * @param jobId The job&#39;s ID.
   * @return the Job once {@code status} is {@code succeeded}, {@code failed}, {@code canceled}
   * @throws WaitTimeoutException when it is still not finished after 15 minutes
   * @see #waitForJob(String, WaitOptions)
   */
  public Job waitForJob(String jobId) {
    return waitForJob(jobId, WaitOptions.defaults());
  }

  /**
   * Waits until the Job is finished (rulebook R8): calls {@code getJob} at once, then
   * again after each wait ({@code options}, or the server's {@code Retry-After}) until
   * {@code status} is terminal, and returns it whichever terminal status it has. Use it after
   * {@code createImageJob}, {@code createVideoJob}.
   *
   * <pre>{@code Job done = api.waitForJob(id, WaitOptions.defaults().withTimeout(Duration.ofMinutes(5)));}</pre>
   *
   * @param jobId The job&#39;s ID.
   * @param options intervals and overall timeout
   * @return the Job once {@code status} is {@code succeeded}, {@code failed}, {@code canceled}
   * @throws WaitTimeoutException when the next wait would pass {@code options.timeout()};
   *     {@code getLastState(Job.class)} is the last Job seen
   * @throws io.secureaistudio.sdk.runtime.APIUserAbortException when the thread is interrupted while waiting
   */
  public Job waitForJob(String jobId, WaitOptions options) {
    return Waiter.of("getJob", "status", List.of("succeeded", "failed", "canceled"))
        .waitFor(transport, options, () -> getJobWithHttpInfo(jobId));
  }


  private ApiRequest getJobRequest(String jobId) {
    return ApiRequest.of("getJob", "GET", "/jobs/{jobId}")
        .require("jobId", jobId)
        .pathParam("jobId", jobId)
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  /**
   * List jobs
   * <p>Lists generation jobs, newest first, optionally filtered by status and type.
   *
   * @param cursor The &#x60;nextCursor&#x60; of the previous page; leave out for the first page. (optional)
   * @param limit The largest number of items a page holds. (optional)
   * @param status Only jobs in this status. (optional)
   * @param type Only jobs of this type. (optional)
   * @return JobList
   */
  public JobList listJobs(String cursor, Integer limit, JobStatus status, JobType type) {
    return listJobsWithHttpInfo(cursor, limit, status, type).getData();
  }

  /**
   * List jobs, with the response status and headers.
   *
   * @param cursor The &#x60;nextCursor&#x60; of the previous page; leave out for the first page. (optional)
   * @param limit The largest number of items a page holds. (optional)
   * @param status Only jobs in this status. (optional)
   * @param type Only jobs of this type. (optional)
   * @return the decoded body with status code and headers
   */
  public ApiResponse<JobList> listJobsWithHttpInfo(String cursor, Integer limit, JobStatus status, JobType type) {
    ApiRequest request = listJobsRequest(cursor, limit, status, type);
    return transport.execute(request, new TypeReference<JobList>() {});
  }

  /**
   * List jobs: the first page, which also iterates over
   * every item of every page, fetching the next page only when needed (rulebook R6).
   *
   * <pre>{@code for (var item : api.listJobsAutoPaging(...)) { ... }}</pre>
   *
   * @param cursor The &#x60;nextCursor&#x60; of the previous page; leave out for the first page. (optional)
   * @param limit The largest number of items a page holds. (optional)
   * @param status Only jobs in this status. (optional)
   * @param type Only jobs of this type. (optional)
   * @return the first page, a {@code Page} of the items in {@code JobList.data}
   */
  public JobList.DataPage listJobsAutoPaging(String cursor, Integer limit, JobStatus status, JobType type) {
    return new JobList.DataPage(transport, listJobsRequest(cursor, limit, status, type),
        "cursor", JobList::getNextCursor);
  }


  private ApiRequest listJobsRequest(String cursor, Integer limit, JobStatus status, JobType type) {
    return ApiRequest.of("listJobs", "GET", "/jobs")
        .queryParam("cursor", cursor)
        .queryParam("limit", limit)
        .queryParam("status", status)
        .queryParam("type", type)
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  /**
   * Stream job events
   * <p>A server-sent events stream of the job&#39;s progress. Each event&#39;s &#x60;event&#x60; field is the event name and its &#x60;data&#x60; is a JSON &#x60;JobEvent&#x60;. The stream ends after &#x60;job.completed&#x60; or &#x60;job.failed&#x60;. Reconnect with &#x60;Last-Event-ID&#x60; to resume after the last event seen. 
   *
   * @param jobId The job&#39;s ID.
   * @param lastEventId Resume after this event ID. (optional)
   * @return String
   */
  public String streamJobEvents(String jobId, String lastEventId) {
    return streamJobEventsWithHttpInfo(jobId, lastEventId).getData();
  }

  /**
   * Stream job events, with the response status and headers.
   *
   * @param jobId The job&#39;s ID.
   * @param lastEventId Resume after this event ID. (optional)
   * @return the decoded body with status code and headers
   */
  public ApiResponse<String> streamJobEventsWithHttpInfo(String jobId, String lastEventId) {
    ApiRequest request = streamJobEventsRequest(jobId, lastEventId);
    return transport.execute(request, new TypeReference<String>() {});
  }


  /**
   * Stream job events as typed server-sent events (rulebook R8.4):
   * iterate it once; close it (try-with-resources) to stop early.
   *
   * @param <T> the event data type (the schema {@code x-event-schema} names)
   * @return the open event stream
   */
  public <T> EventStream<T> streamJobEventsAsEvents(String jobId, String lastEventId) {
    return transport.executeEvents(streamJobEventsRequest(jobId, lastEventId),
        "io.secureaistudio.sdk.model", "#/components/schemas/JobEvent");
  }


  private ApiRequest streamJobEventsRequest(String jobId, String lastEventId) {
    return ApiRequest.of("streamJobEvents", "GET", "/jobs/{jobId}/events")
        .require("jobId", jobId)
        .pathParam("jobId", jobId)
        .header("Last-Event-ID", lastEventId)
        .accept("text/event-stream, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }
}
