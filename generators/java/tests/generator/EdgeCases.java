import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.secureaistudio.sdk.SecureAIStudioClient;
import io.secureaistudio.sdk.model.ContentFile;
import io.secureaistudio.sdk.model.ContentSubmodule;
import io.secureaistudio.sdk.model.Enterprise;
import io.secureaistudio.sdk.model.EventPost;
import io.secureaistudio.sdk.model.EventPostEvent;
import io.secureaistudio.sdk.model.EventPostMixed;
import io.secureaistudio.sdk.model.GetContent200Response;
import io.secureaistudio.sdk.model.IntegrationOwner;
import io.secureaistudio.sdk.model.ListStargazers200Response;
import io.secureaistudio.sdk.model.SimpleUser;
import io.secureaistudio.sdk.model.Stargazer;
import io.secureaistudio.sdk.runtime.Json;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Uses the SDK generated from edge-cases.yaml (generate.test.mjs compiles it against the built
 * jar and runs it): each shape compiles, and reads and writes the JSON it stands for.
 */
public class EdgeCases {
  private static void check(boolean ok, String what) {
    if (!ok) throw new AssertionError(what);
  }

  public static void main(String[] args) throws Exception {
    ObjectMapper json = new Json().mapper();

    // An anyOf of two array types: each member read through its full type, held as a List.
    String users = "[{\"login\":\"octocat\",\"id\":1,\"user_view_type\":\"public\"}]";
    ListStargazers200Response list = json.readValue(users, ListStargazers200Response.class);
    check(list.getActualInstance() instanceof List, "an array member holds a List: " + list.getActualInstance());
    Object first = ((List<?>) list.getActualInstance()).get(0);
    check(first instanceof SimpleUser && "octocat".equals(((SimpleUser) first).getLogin()), "items decoded as the member's items: " + first);
    check(json.readTree(json.writeValueAsString(list)).equals(json.readTree(users)), "written back as read: " + json.writeValueAsString(list));
    ListStargazers200Response made = new ListStargazers200Response();
    made.setActualInstance(List.of(new Stargazer().user(new SimpleUser().login("a").id(2L))));
    JsonNode written = json.readTree(json.writeValueAsString(made));
    check("a".equals(written.path(0).path("user").path("login").asText()), "a List set by hand is written: " + written);

    // anyOf members of one Java type (two titled strings): one constructor and getter per type,
    // a value matching either member read, written back as read.
    String event = "{\"event\":\"opened\",\"mixed\":3}";
    EventPost post = json.readValue(event, EventPost.class);
    check("opened".equals(post.getEvent().getString()), "a string for either string member: " + post.getEvent().getActualInstance());
    check(post.getMixed().getInteger() == 3, "the integer member before two string ones: " + post.getMixed().getActualInstance());
    check("n".equals(json.readValue("{\"mixed\":\"n\"}", EventPost.class).getMixed().getString()), "a string for the mixed anyOf");
    check(json.readTree(json.writeValueAsString(post)).equals(json.readTree(event)), "written back as read: " + json.writeValueAsString(post));
    check("\"x\"".equals(json.writeValueAsString(new EventPostEvent("x"))) && new EventPostMixed(4).getInteger() == 4, "made by the per-type constructors");
    try {
      new EventPostEvent().setActualInstance(5);
      check(false, "an Integer is no member of an anyOf of strings");
    } catch (RuntimeException e) {
      check(e.getMessage().endsWith("Must be String"), "the message names each type once: " + e.getMessage());
    }

    // oneOf variants typing one property differently: the interface's getter is their common type,
    // each variant keeps its own.
    IntegrationOwner owner = new Enterprise().id(7).slug("acme").errors(List.of("e"));
    Number id = owner.getId();
    Long userId = new SimpleUser().login("u").id(9L).getId();
    List<?> errors = owner.getErrors();
    check(id.intValue() == 7 && userId == 9L && errors.size() == 1, "typed getters through the interface and the variant");

    // A discriminated oneOf with an array member: the object variants are read by the discriminator.
    GetContent200Response file = json.readValue("{\"type\":\"file\",\"name\":\"README\",\"submodule_git_url\":\"x\"}", GetContent200Response.class);
    check(file instanceof ContentFile && "x".equals(file.getSubmoduleGitUrl()), "a file: " + file);
    GetContent200Response sub = json.readValue("{\"type\":\"submodule\",\"submodule_git_url\":\"https://example.com/x.git\"}", GetContent200Response.class);
    check(sub instanceof ContentSubmodule && ((ContentSubmodule) sub).getSubmoduleGitUrl() instanceof java.net.URI, "a submodule: " + sub);

    // Through the client, against a local server (a POST is echoed).
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", ex -> {
      byte[] body = "POST".equals(ex.getRequestMethod()) ? ex.getRequestBody().readAllBytes() : users.getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", "application/json");
      ex.sendResponseHeaders(200, body.length);
      ex.getResponseBody().write(body);
      ex.close();
    });
    server.start();
    try {
      SecureAIStudioClient client = SecureAIStudioClient.builder().baseURL("http://127.0.0.1:" + server.getAddress().getPort() + "/api").build();
      Object got = client.stars().listStargazers().getActualInstance();
      check(got instanceof List && ((List<?>) got).get(0) instanceof SimpleUser, "the client decodes the anyOf: " + got);
      EventPost echoed = client.events().post(new EventPost().event(new EventPostEvent("closed")).mixed(new EventPostMixed("m")));
      check("closed".equals(echoed.getEvent().getString()) && "m".equals(echoed.getMixed().getString()), "the client writes and reads the anyOf: " + echoed);
    } finally {
      server.stop(0);
    }
    System.out.println("edge cases: ok");
  }
}
