// Generated from the OpenAPI document by openapi-generator with generators/java/; do not edit.

package io.secureaistudio.sdk.services;

import io.secureaistudio.sdk.model.ImageJob;
import io.secureaistudio.sdk.model.ImageJobRequest;
import io.secureaistudio.sdk.model.Job;
import io.secureaistudio.sdk.model.JobList;
import io.secureaistudio.sdk.model.JobStatus;
import io.secureaistudio.sdk.model.JobType;
import io.secureaistudio.sdk.model.Problem;
import io.secureaistudio.sdk.model.VideoJob;
import io.secureaistudio.sdk.model.VideoJobRequest;
import io.secureaistudio.sdk.params.JobListParams;
import io.secureaistudio.sdk.params.JobEventsParams;
import com.fasterxml.jackson.core.type.TypeReference;
import io.secureaistudio.sdk.runtime.ApiOperation;
import io.secureaistudio.sdk.runtime.ApiParam;
import io.secureaistudio.sdk.runtime.ApiRequest;
import io.secureaistudio.sdk.runtime.ApiResponse;
import io.secureaistudio.sdk.runtime.AsyncCalls;
import io.secureaistudio.sdk.runtime.AsyncEventStream;
import io.secureaistudio.sdk.runtime.AuthScheme;
import io.secureaistudio.sdk.runtime.BinaryResponse;
import io.secureaistudio.sdk.runtime.EventStream;
import io.secureaistudio.sdk.runtime.HttpResponseFor;
import io.secureaistudio.sdk.runtime.RequestOptions;
import io.secureaistudio.sdk.runtime.Transport;
import io.secureaistudio.sdk.runtime.UploadFile;
import io.secureaistudio.sdk.runtime.WaitOptions;
import io.secureaistudio.sdk.runtime.WaitTimeoutException;
import io.secureaistudio.sdk.runtime.Waiter;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The {@code jobs} resource.
 *
 * <p>Get it from {@code client.jobs()}; {@code client.async().jobs()}
 * has the same methods returning {@code CompletableFuture}s ({@link Async}). Optional and query
 * parameters go in the operation's immutable params class in {@code io.secureaistudio.sdk.params}
 * ({@code ...Params.builder()}); every
 * method throws {@code io.secureaistudio.sdk.runtime.APIException} when the server answers with
 * an error status and {@code APIConnectionException} when it cannot be reached.
 */
@javax.annotation.processing.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public final class JobsService {
  private final Transport transport;
  private final WithRawResponse raw;

  /**
   * The {@code jobs} resource over {@code transport}; the client creates it ({@code client.jobs()}).
   *
   * @param transport sends this resource's requests (the client's HTTP client, options and tokens)
   */
  public JobsService(Transport transport) {
    this.transport = transport;
    this.raw = new WithRawResponse(transport);
  }

  /**
   * This resource with per-call options (rulebook R2.2): {@code timeout}, {@code maxRetries},
   * {@code idempotencyKey} and extra headers. Shares the client's HTTP client and tokens.
   *
   * @param options the overrides
   * @return a view of this resource whose calls use {@code options}
   */
  public JobsService withOptions(RequestOptions options) {
    return new JobsService(transport.withOptions(options));
  }

  /**
   * The same methods returning the decoded body with status code and headers ({@link HttpResponseFor}).
   *
   * @return the raw-response view of this resource
   */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /**
   * Cancel a job ({@code POST /jobs/{jobId}/cancel}, operation {@code cancelJob}).
   * <p>Cancels a queued or running job. A job that already reached a terminal status answers 409.
   *
   * @param jobId The job&#39;s ID.
   * @return the decoded response body
   */
  @ApiOperation("cancelJob")
  public Job cancel(@ApiParam(in = "path", name = "jobId") String jobId) {
    return raw.cancel(jobId).getData();
  }

  /**
   * Generate images ({@code POST /generate/image}, operation {@code createImageJob}).
   * <p>Starts an image generation job. The job runs asynchronously: poll &#x60;getJob&#x60; (the &#x60;Location&#x60; header) or follow &#x60;streamJobEvents&#x60; until its status is terminal. 
   *
   * @param imageJobRequest the request body
   * @return the decoded response body
   */
  @ApiOperation("createImageJob")
  public ImageJob createImage(@ApiParam(in = "body") ImageJobRequest imageJobRequest) {
    return raw.createImage(imageJobRequest).getData();
  }

  /**
   * Generate a video ({@code POST /generate/video}, operation {@code createVideoJob}).
   * <p>Starts a video generation job, optionally animating a reference image. Poll &#x60;getJob&#x60; or follow &#x60;streamJobEvents&#x60; until its status is terminal. 
   *
   * @param videoJobRequest the request body
   * @return the decoded response body
   */
  @ApiOperation("createVideoJob")
  public VideoJob createVideo(@ApiParam(in = "body") VideoJobRequest videoJobRequest) {
    return raw.createVideo(videoJobRequest).getData();
  }

  /**
   * Get a job ({@code GET /jobs/{jobId}}, operation {@code getJob}).
   * <p>Returns a job with its status, progress and, once it succeeded, its output assets.
   *
   * @param jobId The job&#39;s ID.
   * @return the decoded response body
   */
  @ApiOperation("getJob")
  public Job retrieve(@ApiParam(in = "path", name = "jobId") String jobId) {
    return raw.retrieve(jobId).getData();
  }

  /**
   * Waits until the Job is finished (rulebook R8), with the default {@link WaitOptions}:
   * polls every second at first, growing 1.5x up to 10 s, for at most 15 minutes.
   *
   * @param jobId The job&#39;s ID.
   * @return the Job once {@code status} is {@code succeeded}, {@code failed}, {@code canceled}
   * @throws WaitTimeoutException when it is still not finished after 15 minutes
   */
  @ApiOperation(value = "getJob", call = "wait")
  public Job waitFor(@ApiParam(in = "path", name = "jobId") String jobId) {
    return waitFor(jobId, WaitOptions.defaults());
  }

  /**
   * Waits until the Job is finished (rulebook R8): calls {@code getJob} at once, then
   * again after each wait ({@code options}, or the server's {@code Retry-After}) until
   * {@code status} is terminal, and returns it whichever terminal status it has. Use it after
   * {@code createImageJob}, {@code createVideoJob}.
   *
   * @param jobId The job&#39;s ID.
   * @param options intervals and overall timeout
   * @return the Job once {@code status} is terminal
   * @throws WaitTimeoutException when the next wait would pass {@code options.timeout()};
   *     {@code getLastState(Job.class)} is the last Job seen
   * @throws io.secureaistudio.sdk.runtime.APIUserAbortException when the thread is interrupted while waiting
   */
  @ApiOperation(value = "getJob", call = "wait")
  public Job waitFor(@ApiParam(in = "path", name = "jobId") String jobId, WaitOptions options) {
    return Waiter.of("getJob", "status", List.of("succeeded", "failed", "canceled"))
        .waitFor(transport, options, () -> raw.retrieve(jobId));
  }

  /**
   * List jobs ({@code GET /jobs}, operation {@code listJobs}).
   * <p>Lists generation jobs, newest first, optionally filtered by status and type.
   * <p>Returns the first page; iterating it ({@code autoPager()}, {@code stream()}) fetches the
   * next pages when needed (rulebook R6).
   *
   * @param params the operation's other parameters (may be null)
   * @return the first page
   */
  @ApiOperation("listJobs")
  public JobList.DataPage list(JobListParams params) {
    return new JobList.DataPage(transport, listRequest(params),
        "cursor", JobList::getNextCursor);
  }

  /**
   * List jobs, without optional parameters.
   *
   * @return the first page
   */
  @ApiOperation("listJobs")
  public JobList.DataPage list() {
    return list(null);
  }

  /**
   * Stream job events ({@code GET /jobs/{jobId}/events}, operation {@code streamJobEvents}).
   * <p>A server-sent events stream of the job&#39;s progress. Each event&#39;s &#x60;event&#x60; field is the event name and its &#x60;data&#x60; is a JSON &#x60;JobEvent&#x60;. The stream ends after &#x60;job.completed&#x60; or &#x60;job.failed&#x60;. Reconnect with &#x60;Last-Event-ID&#x60; to resume after the last event seen. 
   * <p>Returns the open event stream (rulebook R8.4): iterate it once, close it to stop early.
   *
   * @param jobId The job&#39;s ID.
   * @param params the operation's other parameters (may be null)
   * @return the open event stream
   */
  @ApiOperation("streamJobEvents")
  public EventStream<io.secureaistudio.sdk.model.JobEvent> events(@ApiParam(in = "path", name = "jobId") String jobId, JobEventsParams params) {
    return transport.executeEvents(eventsRequest(jobId, params), io.secureaistudio.sdk.model.JobEvent.class);
  }

  /**
   * Stream job events, without optional parameters.
   *
   * @param jobId The job&#39;s ID.
   * @return the open event stream
   */
  @ApiOperation("streamJobEvents")
  public EventStream<io.secureaistudio.sdk.model.JobEvent> events(@ApiParam(in = "path", name = "jobId") String jobId) {
    return events(jobId, null);
  }

  /**
   * The methods of {@link JobsService} returning the decoded body together with the response's
   * status code and headers; list methods return one page's body, event streams the raw text.
   */
  public static final class WithRawResponse {
    private final Transport transport;

    WithRawResponse(Transport transport) {
      this.transport = transport;
    }

    /**
     * Cancel a job, with status and headers.
     *
     * @param jobId The job&#39;s ID.
     * @return the status code, headers and decoded body
     */
    public HttpResponseFor<Job> cancel(@ApiParam(in = "path", name = "jobId") String jobId) {
      ApiRequest request = cancelRequest(jobId);
      return HttpResponseFor.of(transport.execute(request, new TypeReference<Job>() {}));
    }

    /**
     * Generate images, with status and headers.
     *
     * @param imageJobRequest the request body
     * @return the status code, headers and decoded body
     */
    public HttpResponseFor<ImageJob> createImage(@ApiParam(in = "body") ImageJobRequest imageJobRequest) {
      ApiRequest request = createImageRequest(imageJobRequest);
      return HttpResponseFor.of(transport.execute(request, new TypeReference<ImageJob>() {}));
    }

    /**
     * Generate a video, with status and headers.
     *
     * @param videoJobRequest the request body
     * @return the status code, headers and decoded body
     */
    public HttpResponseFor<VideoJob> createVideo(@ApiParam(in = "body") VideoJobRequest videoJobRequest) {
      ApiRequest request = createVideoRequest(videoJobRequest);
      return HttpResponseFor.of(transport.execute(request, new TypeReference<VideoJob>() {}));
    }

    /**
     * Get a job, with status and headers.
     *
     * @param jobId The job&#39;s ID.
     * @return the status code, headers and decoded body
     */
    public HttpResponseFor<Job> retrieve(@ApiParam(in = "path", name = "jobId") String jobId) {
      ApiRequest request = retrieveRequest(jobId);
      return HttpResponseFor.of(transport.execute(request, new TypeReference<Job>() {}));
    }

    /**
     * List jobs, with status and headers.
     *
     * @param params the operation's other parameters (may be null)
     * @return the status code, headers and decoded body (one page)
     */
    public HttpResponseFor<JobList> list(JobListParams params) {
      ApiRequest request = listRequest(params);
      return HttpResponseFor.of(transport.execute(request, new TypeReference<JobList>() {}));
    }

    /**
     * List jobs, without optional parameters, with status and headers.
     *
     * @return the status code, headers and decoded body (one page)
     */
    public HttpResponseFor<JobList> list() {
      return list(null);
    }

    /**
     * Stream job events, with status and headers.
     *
     * @param jobId The job&#39;s ID.
     * @param params the operation's other parameters (may be null)
     * @return the status code, headers and the event stream's raw text
     */
    public HttpResponseFor<String> events(@ApiParam(in = "path", name = "jobId") String jobId, JobEventsParams params) {
      ApiRequest request = eventsRequest(jobId, params);
      return HttpResponseFor.of(transport.execute(request, new TypeReference<String>() {}));
    }

    /**
     * Stream job events, without optional parameters, with status and headers.
     *
     * @param jobId The job&#39;s ID.
     * @return the status code, headers and the event stream's raw text
     */
    public HttpResponseFor<String> events(@ApiParam(in = "path", name = "jobId") String jobId) {
      return events(jobId, null);
    }
  }

  /**
   * The methods of {@link JobsService} as {@link CompletableFuture}s, run on the client's async
   * executor. Cancelling a future ({@code cancel(true)} or {@code cancel(false)}) interrupts its call
   * (rulebook R2.3): a call not yet started sends nothing, a running attempt, retry wait or waiter
   * poll stops with {@code APIUserAbortException}. List methods and event streams block no thread
   * at all: they use {@code HttpClient.sendAsync}, an {@code AsyncPage} requests its next page only
   * when asked ({@code getNextPage()}, {@code autoPager().forEach(...)}), an {@code AsyncEventStream}
   * pushes events to its subscriber as they arrive.
   */
  public static final class Async {
    private final JobsService sync;
    private final Executor executor;

    /**
     * The async view of {@code sync}; the client creates it ({@code client.async().jobs()}).
     *
     * @param sync the resource whose calls this view runs
     * @param executor runs the calls that block (the client's async executor)
     */
    public Async(JobsService sync, Executor executor) {
      this.sync = Objects.requireNonNull(sync, "sync");
      this.executor = Objects.requireNonNull(executor, "executor");
    }

    /**
     * This resource with per-call options (R2.2), as for {@link JobsService#withOptions}.
     *
     * @param options the overrides
     * @return an async view of this resource whose calls use {@code options}
     */
    public Async withOptions(RequestOptions options) {
      return new Async(sync.withOptions(options), executor);
    }

    /**
     * Cancel a job: see {@link JobsService#cancel}.
     *
     * @param jobId The job&#39;s ID.
     * @return a future of the decoded response body
     */
    public CompletableFuture<Job> cancel(@ApiParam(in = "path", name = "jobId") String jobId) {
      return AsyncCalls.run(executor, () -> sync.cancel(jobId));
    }

    /**
     * Generate images: see {@link JobsService#createImage}.
     *
     * @param imageJobRequest the request body
     * @return a future of the decoded response body
     */
    public CompletableFuture<ImageJob> createImage(@ApiParam(in = "body") ImageJobRequest imageJobRequest) {
      return AsyncCalls.run(executor, () -> sync.createImage(imageJobRequest));
    }

    /**
     * Generate a video: see {@link JobsService#createVideo}.
     *
     * @param videoJobRequest the request body
     * @return a future of the decoded response body
     */
    public CompletableFuture<VideoJob> createVideo(@ApiParam(in = "body") VideoJobRequest videoJobRequest) {
      return AsyncCalls.run(executor, () -> sync.createVideo(videoJobRequest));
    }

    /**
     * Get a job: see {@link JobsService#retrieve}.
     *
     * @param jobId The job&#39;s ID.
     * @return a future of the decoded response body
     */
    public CompletableFuture<Job> retrieve(@ApiParam(in = "path", name = "jobId") String jobId) {
      return AsyncCalls.run(executor, () -> sync.retrieve(jobId));
    }

    /**
     * Waits until the Job is finished, with the default {@link WaitOptions}: see {@link JobsService#waitFor}.
     *
     * @param jobId The job&#39;s ID.
     * @return a future of the Job once {@code status} is terminal
     */
    public CompletableFuture<Job> waitFor(String jobId) {
      return AsyncCalls.run(executor, () -> sync.waitFor(jobId));
    }

    /**
     * Waits until the Job is finished: see {@link JobsService#waitFor}.
     *
     * @param jobId The job&#39;s ID.
     * @param options intervals and overall timeout
     * @return a future of the Job once {@code status} is terminal
     */
    public CompletableFuture<Job> waitFor(String jobId, WaitOptions options) {
      return AsyncCalls.run(executor, () -> sync.waitFor(jobId, options));
    }

    /**
     * List jobs: see {@link JobsService#list}.
     *
     * @param params the operation's other parameters (may be null)
     * @return a future of the first page; its {@code getNextPage()} and {@code autoPager()} fetch the next ones
     */
    public CompletableFuture<JobList.DataAsyncPage> list(JobListParams params) {
      return JobList.DataAsyncPage.first(sync.transport, listRequest(params),
          "cursor", JobList::getNextCursor);
    }

    /**
     * List jobs, without optional parameters.
     *
     * @return a future of the first page; its {@code getNextPage()} and {@code autoPager()} fetch the next ones
     */
    public CompletableFuture<JobList.DataAsyncPage> list() {
      return list(null);
    }

    /**
     * Stream job events: see {@link JobsService#events}.
     *
     * @param jobId The job&#39;s ID.
     * @param params the operation's other parameters (may be null)
     * @return the event stream, opened by {@code subscribe(handler)}
     */
    public AsyncEventStream<io.secureaistudio.sdk.model.JobEvent> events(@ApiParam(in = "path", name = "jobId") String jobId, JobEventsParams params) {
      return new AsyncEventStream<>(sync.transport, eventsRequest(jobId, params), io.secureaistudio.sdk.model.JobEvent.class);
    }

    /**
     * Stream job events, without optional parameters.
     *
     * @param jobId The job&#39;s ID.
     * @return the event stream, opened by {@code subscribe(handler)}
     */
    public AsyncEventStream<io.secureaistudio.sdk.model.JobEvent> events(@ApiParam(in = "path", name = "jobId") String jobId) {
      return events(jobId, null);
    }
  }

  private static ApiRequest cancelRequest(@ApiParam(in = "path", name = "jobId") String jobId) {
    return ApiRequest.of("cancelJob", "POST", "/jobs/{jobId}/cancel")
        .require("jobId", jobId)
        .pathParam("jobId", jobId)
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  private static ApiRequest createImageRequest(@ApiParam(in = "body") ImageJobRequest imageJobRequest) {
    return ApiRequest.of("createImageJob", "POST", "/generate/image")
        .header("Idempotency-Key", null)
        .require("ImageJobRequest", imageJobRequest)
        .jsonBody(imageJobRequest, "application/json")
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  private static ApiRequest createVideoRequest(@ApiParam(in = "body") VideoJobRequest videoJobRequest) {
    return ApiRequest.of("createVideoJob", "POST", "/generate/video")
        .header("Idempotency-Key", null)
        .require("VideoJobRequest", videoJobRequest)
        .jsonBody(videoJobRequest, "application/json")
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  private static ApiRequest retrieveRequest(@ApiParam(in = "path", name = "jobId") String jobId) {
    return ApiRequest.of("getJob", "GET", "/jobs/{jobId}")
        .require("jobId", jobId)
        .pathParam("jobId", jobId)
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  private static ApiRequest listRequest(JobListParams params) {
    return ApiRequest.of("listJobs", "GET", "/jobs")
        .queryParam("cursor", params == null ? null : params.cursor())
        .queryParam("limit", params == null ? null : params.limit())
        .queryParam("status", params == null ? null : params.status())
        .queryParam("type", params == null ? null : params.type())
        .accept("application/json, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }

  private static ApiRequest eventsRequest(@ApiParam(in = "path", name = "jobId") String jobId, JobEventsParams params) {
    return ApiRequest.of("streamJobEvents", "GET", "/jobs/{jobId}/events")
        .require("jobId", jobId)
        .pathParam("jobId", jobId)
        .header("Last-Event-ID", params == null ? null : params.lastEventId())
        .accept("text/event-stream, application/problem+json")
        .security(AuthScheme.apiKey("apiKeyAuth", AuthScheme.Location.HEADER, "X-API-Key"))
        .security(AuthScheme.bearer("bearerAuth"))
        ;
  }
}
