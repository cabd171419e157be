import io.secureaistudio.sdk.SecureAIStudioClient;
import io.secureaistudio.sdk.model.HealthStatus;
import io.secureaistudio.sdk.model.ImageJob;
import io.secureaistudio.sdk.model.Job;
import io.secureaistudio.sdk.model.JobList;
import io.secureaistudio.sdk.model.VideoJob;

/** Consumer smoke test: the installed SDK jar, used from a fresh Maven project, against a live server. */
public class Smoke {
  public static void main(String[] args) {
    SecureAIStudioClient client = SecureAIStudioClient.builder()
        .baseURL(args[0])
        .apiKey("sk_test_consumer_smoke")
        .build();

    HealthStatus health = client.health().getLiveness();
    check(health.getStatus() != null, "getLiveness returned a status");

    JobList page = client.jobs().listJobs(null, 5, null, null);
    check(!page.getData().isEmpty(), "listJobs returned jobs");
    Job first = page.getData().get(0);
    check(first instanceof ImageJob || first instanceof VideoJob, "jobs are ImageJob/VideoJob subtypes");
    String id = first.getId(); // the base type has the variants' common properties
    check(id != null && first.getStatus() != null, "the base type Job has getId() and getStatus()");
    Job again = client.jobs().getJob(id);
    check(again instanceof ImageJob || again instanceof VideoJob, "getJob returns an ImageJob/VideoJob");

    System.out.println("consumer smoke OK: liveness " + health.getStatus() + ", " + page.getData().size()
        + " jobs, first " + first.getClass().getSimpleName() + " " + id);
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      System.err.println("consumer smoke FAILED: " + what);
      System.exit(1);
    }
  }
}
