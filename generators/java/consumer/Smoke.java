import io.secureaistudio.sdk.params.JobListParams;
import io.secureaistudio.sdk.SecureAIStudioClient;
import io.secureaistudio.sdk.model.HealthStatus;
import io.secureaistudio.sdk.model.ImageJob;
import io.secureaistudio.sdk.model.Job;
import io.secureaistudio.sdk.model.Template;
import io.secureaistudio.sdk.model.VideoJob;
import io.secureaistudio.sdk.runtime.AsyncPage;
import io.secureaistudio.sdk.runtime.Page;
import io.secureaistudio.sdk.services.JobsService;
import java.util.concurrent.TimeUnit;

/** Consumer smoke test: the installed SDK jar, used from a fresh Maven project, against a live server. */
public class Smoke {
  public static void main(String[] args) throws Exception {
    SecureAIStudioClient client = SecureAIStudioClient.builder()
        .baseURL(args[0])
        .apiKey("sk_test_consumer_smoke")
        .build();

    HealthStatus health = client.health().liveness();
    check(health.getStatus() != null, "health().liveness() returned a status");

    Page<Job> page = client.jobs().list(JobListParams.builder().limit(5).build());
    check(!page.data().isEmpty(), "jobs().list() returned jobs");
    Job first = page.data().get(0);
    check(first instanceof ImageJob || first instanceof VideoJob, "jobs are ImageJob/VideoJob subtypes");
    String id = first.getId(); // the base type has the variants' common properties
    check(id != null && first.getStatus() != null, "the base type Job has getId() and getStatus()");
    Job again = client.jobs().retrieve(id);
    check(again instanceof ImageJob || again instanceof VideoJob, "jobs().retrieve() returns an ImageJob/VideoJob");

    AsyncPage<Template> templates = client.async().templates().list().get(10, TimeUnit.SECONDS);
    check(templates.data() != null, "async().templates().list() completed");
    java.util.List<String> names = new java.util.concurrent.CopyOnWriteArrayList<>();
    templates.autoPager().forEach(t -> names.add(t.getName())).get(30, TimeUnit.SECONDS);
    check(names.size() >= templates.data().size(), "async autoPager().forEach walked the pages");

    System.out.println("consumer smoke OK: liveness " + health.getStatus() + ", " + page.data().size()
        + " jobs, first " + first.getClass().getSimpleName() + " " + id + ", " + templates.data().size() + " templates (async)");
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      System.err.println("consumer smoke FAILED: " + what);
      System.exit(1);
    }
  }
}
