package io.secureaistudio.sdk.runtime;

import static io.secureaistudio.sdk.runtime.ScriptedServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** R1.2 / R4.1 environment defaults, R4.2 base URL joining, defaultHeaders. */
class ClientOptionsTest {
  private static final Map<String, String> ENV = Map.of(
      "SECURE_AI_STUDIO_API_KEY", "sk_from_env", "SECURE_AI_STUDIO_BASE_URL", "http://env.example/api/v1");

  @Test
  void environmentSuppliesTheApiKeyAndBaseURLWhenNotGiven() {
    ClientOptions options = ClientOptions.builder(o -> o).defaultBaseURL("https://spec.example/api/v1").env(ENV::get).build();
    assertEquals("sk_from_env", options.apiKey());
    assertEquals("http://env.example/api/v1", options.baseURL().toString());
  }

  @Test
  void explicitOptionsAndTokensWinOverTheEnvironment() {
    ClientOptions explicit = ClientOptions.builder(o -> o).baseURL("http://given.example/api/v1///").apiKey("sk_given").env(ENV::get).build();
    assertEquals("sk_given", explicit.apiKey());
    assertEquals("http://given.example/api/v1", explicit.baseURL().toString(), "trailing slashes removed (R4.2)");
    ClientOptions token = ClientOptions.builder(o -> o).accessToken("jwt").env(ENV::get).build();
    assertNull(token.apiKey(), "an access token means no API key from the environment (R1.1)");
    ClientOptions none = ClientOptions.builder(o -> o).defaultBaseURL("https://spec.example/api/v1").env(name -> null).build();
    assertEquals("https://spec.example/api/v1", none.baseURL().toString());
    assertNull(none.apiKey());
  }

  @Test
  void invalidOptionsFailAtConstructionNamingTheOption() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ClientOptions.builder(o -> o).baseURL("not a url").env(name -> null).build());
    assertEquals("baseURL must be an absolute http(s) URL (got 'not a url')", e.getMessage());
  }

  @Test
  void defaultHeadersAreSentOnEveryRequest() throws Exception {
    try (ScriptedServer server = new ScriptedServer(json(200, "{}"))) {
      Transport transport = ClientOptions.builder(Transport::new).baseURL(server.baseURL() + "/").apiKey("k")
          .defaultHeader("X-Tenant", "acme").build();
      transport.execute(ApiRequest.of("getThing", "GET", "/things/1"), new TypeReference<JsonNode>() {});
      assertEquals("acme", server.requests.get(0).header("X-Tenant"));
      assertEquals("/api/v1/things/1", server.requests.get(0).uri.getPath());
    }
  }
}
