import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The same call with plain java.net.http + Jackson: the baseline of the first-call benchmark. */
public class FirstCallPlain {
  public static void main(String[] args) throws Exception {
    long launchedNanos = Long.parseLong(args[1]);
    HttpRequest request = HttpRequest.newBuilder(URI.create(args[0] + "/templates/tpl_01JD5A1B2C3D4E5F6G7H8J9K0M"))
        .header("X-API-Key", "sk_test_bench").header("Accept", "application/json").build();
    HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    JsonNode template = new ObjectMapper().readTree(response.body());
    long ms = (FirstCallSdk.epochNanos() - launchedNanos) / 1_000_000;
    System.out.println("plain " + ms + " " + template.path("name").asText());
  }
}
