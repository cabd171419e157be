package io.secureaistudio.sdk.runtime;

import static io.secureaistudio.sdk.runtime.ScriptedServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.secureaistudio.sdk.params.TemplateListParams;
import io.secureaistudio.sdk.SecureAIStudioClient;
import io.secureaistudio.sdk.model.Backup;
import io.secureaistudio.sdk.model.BackupStatus;
import io.secureaistudio.sdk.model.ComplianceReport;
import io.secureaistudio.sdk.model.ComplianceReportStatus;
import io.secureaistudio.sdk.model.ImageJob;
import io.secureaistudio.sdk.model.Job;
import io.secureaistudio.sdk.model.JobStatus;
import io.secureaistudio.sdk.model.Template;
import io.secureaistudio.sdk.model.TemplateList;
import io.secureaistudio.sdk.model.VideoJob;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import io.secureaistudio.sdk.services.TemplatesService;
import org.junit.jupiter.api.Test;

/**
 * The generated, typed helpers over the R6/R8 runtime, against real local servers: named waiters
 * from {@code x-waiter} ({@code jobs().waitFor}, {@code backups().waitFor}, {@code compliance().waitForReport})
 * and list methods returning a {@code Page} of the list's item type. Each test compiles only if
 * the generated signatures are typed (no casts, no unchecked conversions).
 */
class NamedWaitersAndTypedPagesTest {
  private final List<Duration> waits = new CopyOnWriteArrayList<>();

  private SecureAIStudioClient client(ScriptedServer server) {
    return SecureAIStudioClient.builder().baseURL(server.baseURL()).apiKey("sk_test_named")
        .sleeper(waits::add).validation(Validation.OFF).build();
  }

  private static String job(String type, String status) {
    return "{\"id\":\"job_01\",\"type\":\"" + type + "\",\"status\":\"" + status + "\",\"progress\":40,\"outputAssetIds\":[]}";
  }

  @Test
  void waitForJobPollsGetJobUntilTerminalAndReturnsTheTypedJob() throws Exception {
    try (ScriptedServer server = new ScriptedServer(json(200, job("video", "queued")), json(200, job("video", "running")),
        json(200, job("video", "succeeded")))) {
      WaitOptions options = WaitOptions.defaults().withInterval(Duration.ofMillis(100)).withMaxInterval(Duration.ofMillis(120));
      Job done = client(server).jobs().waitFor("job_01", options);
      VideoJob video = assertInstanceOf(VideoJob.class, done, "the oneOf subtype, decoded as getJob decodes it");
      assertEquals(JobStatus.SUCCEEDED, video.getStatus());
      assertEquals(3, server.requests.size());
      for (ScriptedServer.Seen poll : server.requests) {
        assertEquals("GET", poll.method);
        assertEquals("/api/v1/jobs/job_01", poll.uri.getPath());
        assertEquals("sk_test_named", poll.header("X-API-Key"), "each poll is a normal authenticated call");
      }
      assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(120)), waits, "1.5x growth capped at maxInterval");
    }
  }

  @Test
  void aFailedJobIsReturnedAndTheDefaultsStartAtOneSecond() throws Exception {
    try (ScriptedServer server = new ScriptedServer(json(200, job("image", "running")), json(200, job("image", "failed")))) {
      Job done = client(server).jobs().waitFor("job_01");
      assertEquals(JobStatus.FAILED, assertInstanceOf(ImageJob.class, done).getStatus());
      assertEquals(List.of(Duration.ofSeconds(1)), waits);
    }
  }

  @Test
  void waitForJobTimesOutWithTheLastJobTyped() throws Exception {
    try (ScriptedServer server = new ScriptedServer(json(200, job("image", "running")))) {
      WaitTimeoutException e = assertThrows(WaitTimeoutException.class, () -> client(server).jobs()
          .waitFor("job_01", WaitOptions.defaults().withInterval(Duration.ofMillis(400)).withTimeout(Duration.ofMillis(1000))));
      Job last = e.getLastState(Job.class);
      assertEquals(JobStatus.RUNNING, assertInstanceOf(ImageJob.class, last).getStatus());
      assertTrue(e.getMessage().startsWith("getJob: still running after "), e.getMessage());
      assertEquals(List.of(Duration.ofMillis(400)), waits, "the second wait (600 ms) would pass the 1000 ms timeout");
      assertEquals(2, server.requests.size());
    }
  }

  @Test
  void waitForBackupStopsAtCompletedAndHonoursRetryAfter() throws Exception {
    try (ScriptedServer server = new ScriptedServer(
        new ScriptedServer.Reply(200, "application/json", "{\"id\":\"bkp_01\",\"status\":\"running\"}", Map.of("Retry-After", "3"), 0),
        json(200, "{\"id\":\"bkp_01\",\"status\":\"completed\"}"))) {
      Backup backup = client(server).backups().waitFor("bkp_01", WaitOptions.defaults());
      assertEquals(BackupStatus.COMPLETED, backup.getStatus());
      assertEquals("/api/v1/backups/bkp_01", server.requests.get(1).uri.getPath());
      assertEquals(List.of(Duration.ofSeconds(3)), waits, "the poll's Retry-After replaces the interval");
    }
  }

  @Test
  void waitForComplianceReportStopsAtReadyNotAtOtherResourcesTerminalStates() throws Exception {
    // "completed" ends a backup's wait, not a report's: each waiter has its own x-waiter states.
    try (ScriptedServer server = new ScriptedServer(json(200, "{\"id\":\"rpt_01\",\"status\":\"generating\"}"),
        json(200, "{\"id\":\"rpt_01\",\"status\":\"completed\"}"), json(200, "{\"id\":\"rpt_01\",\"status\":\"ready\"}"))) {
      ComplianceReport report = client(server).compliance().waitForReport("rpt_01");
      assertEquals(ComplianceReportStatus.READY, report.getStatus());
      assertEquals(3, server.requests.size());
      assertEquals("/api/v1/compliance/reports/rpt_01", server.requests.get(0).uri.getPath());
    }
  }

  @Test
  void listMethodsReturnPagesOfTheListsItemType() throws Exception {
    String firstPage = "{\"data\":[{\"id\":\"tpl_a\",\"name\":\"A\"},{\"id\":\"tpl_b\",\"name\":\"B\"}],\"nextCursor\":\"c1\"}";
    try (ScriptedServer server = new ScriptedServer(json(200, firstPage), json(200, firstPage),
        json(200, "{\"data\":[{\"id\":\"tpl_c\",\"name\":\"C\"}],\"nextCursor\":null}"))) {
      TemplateList.DataPage first = client(server).templates().list(TemplateListParams.builder().limit(2).build());
      Page<Template> asPage = first;
      List<Template> onFirstPage = asPage.data();
      assertEquals(List.of("A", "B"), onFirstPage.stream().map(Template::getName).collect(Collectors.toList()));
      List<String> names = new ArrayList<>();
      for (Template template : client(server).templates().list(TemplateListParams.builder().limit(2).build())) {
        names.add(template.getName());
      }
      assertEquals(List.of("A", "B", "C"), names);
      assertEquals("/api/v1/templates", server.requests.get(2).uri.getPath());
      assertEquals("limit=2&cursor=c1", server.requests.get(2).uri.getRawQuery(), "same parameters, the next cursor");
    }
  }

  @Test
  void jobPagesYieldTheOneOfSubtypes() throws Exception {
    try (ScriptedServer server = new ScriptedServer(
        json(200, "{\"data\":[" + job("image", "queued") + "," + job("video", "running") + "],\"nextCursor\":null}"))) {
      List<Job> jobs = client(server).jobs().list().stream().collect(Collectors.toList());
      assertInstanceOf(ImageJob.class, jobs.get(0));
      assertInstanceOf(VideoJob.class, jobs.get(1));
    }
  }
}
