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
   * @param lastEventID Resume after this event ID. (optional)
   * @return String
   */
  public String streamJobEvents(String jobId, String lastEventID) {
    return streamJobEventsWithHttpInfo(jobId, lastEventID).getData();
  }

  /**
   * Stream job events, with the response status and headers.
   *
   * @param jobId The job&#39;s ID.
   * @param lastEventID Resume after this event ID. (optional)
   * @return the decoded body with status code and headers
   */
  public ApiResponse<String> streamJobEventsWithHttpInfo(String jobId, String lastEventID) {
    ApiRequest request = streamJobEventsRequest(jobId, lastEventID);
    return transport.execute(request, new TypeReference<String>() {});
  }

  private ApiRequest streamJobEventsRequest(String jobId, String lastEventID) {
    return ApiRequest.of("streamJobEvents", "GET", "/jobs/{jobId}/events")
        .require("jobId", jobId)
        .pathParam("jobId", jobId)
        .header("Last-Event-ID", lastEventID)
        .accept("text/event-stream, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }
}
