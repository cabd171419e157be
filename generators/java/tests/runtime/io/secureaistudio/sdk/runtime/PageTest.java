package io.secureaistudio.sdk.runtime;

import static io.secureaistudio.sdk.runtime.ScriptedServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Rulebook R6: pages fetched lazily with the same parameters and the next cursor; loop guard. */
class PageTest {
  private static Page<String> first(ScriptedServer server, String cursor) {
    Transport transport = new Transport(ClientOptions.builder(o -> o).baseURL(server.baseURL()).apiKey("k").build());
    ApiRequest request = ApiRequest.of("listThings", "GET", "/things")
        .queryParam("cursor", cursor).queryParam("limit", 2).queryParam("tag", "blue");
    return Page.first(transport, request, new TypeReference<JsonNode>() {}, "cursor",
        page -> {
          List<String> ids = new ArrayList<>();
          page.path("data").forEach(item -> ids.add(item.path("id").asText()));
          return ids;
        },
        page -> page.hasNonNull("nextCursor") ? page.get("nextCursor").asText() : null);
  }

  @Test
  void iteratesEveryItemAcrossPagesLazilyKeepingTheParameters() throws Exception {
    try (ScriptedServer server = new ScriptedServer(
        json(200, "{\"data\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"nextCursor\":\"c1\"}"),
        json(200, "{\"data\":[],\"nextCursor\":\"c2\"}"),
        json(200, "{\"data\":[{\"id\":\"c\"}],\"nextCursor\":null}"))) {
      Page<String> page = first(server, null);
      assertEquals(List.of("a", "b"), page.data());
      assertEquals(1, server.requests.size(), "only the first page is fetched up front");
      assertTrue(page.hasNextPage());
      // An empty page with a cursor continues (R6.2).
      assertEquals(List.of("a", "b", "c"), page.stream().collect(Collectors.toList()));
      assertEquals(3, server.requests.size());
      assertEquals("limit=2&tag=blue", server.requests.get(0).uri.getRawQuery());
      assertEquals("limit=2&tag=blue&cursor=c1", server.requests.get(1).uri.getRawQuery());
      assertEquals("limit=2&tag=blue&cursor=c2", server.requests.get(2).uri.getRawQuery());
    }
  }

  @Test
  void stopsWhenTheServerRepeatsTheCursorOrSendsAnEmptyOne() throws Exception {
    try (ScriptedServer server = new ScriptedServer(
        json(200, "{\"data\":[{\"id\":\"a\"}],\"nextCursor\":\"same\"}"))) {
      Page<String> page = first(server, "same");
      assertFalse(page.hasNextPage(), "a cursor equal to the one that fetched the page ends iteration");
      List<String> all = new ArrayList<>();
      page.forEach(all::add);
      assertEquals(List.of("a"), all);
      assertEquals(1, server.requests.size());
      assertThrows(NoSuchElementException.class, page::getNextPage);
    }
    try (ScriptedServer server = new ScriptedServer(json(200, "{\"data\":[{\"id\":\"a\"}],\"nextCursor\":\"\"}"))) {
      assertFalse(first(server, null).hasNextPage());
    }
  }

  /** Writing a page as JSON (logging, a driver's report) gives its body and fetches nothing more. */
  @Test
  void aPageWritesAsItsBodyWithoutFetchingTheNextPage() throws Exception {
    String body = "{\"data\":[{\"id\":\"a\"}],\"nextCursor\":\"c1\"}";
    try (ScriptedServer server = new ScriptedServer(json(200, body))) {
      Page<String> page = first(server, null);
      assertEquals(new Json().mapper().readTree(body), new Json().mapper().readTree(new Json().write(page)));
      assertEquals(1, server.requests.size());
    }
  }
}
