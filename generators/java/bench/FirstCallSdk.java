import io.secureaistudio.sdk.SecureAIStudioClient;
import io.secureaistudio.sdk.model.Template;

/** The SDK's first call in a fresh JVM: prints the milliseconds since the launch time given in nanoseconds. */
public class FirstCallSdk {
  public static void main(String[] args) {
    long launchedNanos = Long.parseLong(args[1]);
    SecureAIStudioClient client = SecureAIStudioClient.builder().baseURL(args[0]).apiKey("sk_test_bench").build();
    Template template = client.templates().retrieve("tpl_01JD5A1B2C3D4E5F6G7H8J9K0M"); // default validation (WARN)
    long ms = (epochNanos() - launchedNanos) / 1_000_000;
    System.out.println("sdk " + ms + " " + template.getName());
  }

  static long epochNanos() {
    java.time.Instant now = java.time.Instant.now();
    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
  }
}
