package io.secureaistudio.sdk.runtime;

import static io.secureaistudio.sdk.runtime.ScriptedServer.json;
import static io.secureaistudio.sdk.runtime.ScriptedServer.slow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The async client's pages and event streams block no thread: requests go out with
 * {@code sendAsync}, futures complete on the HTTP client's executor, a next page is requested only
 * when asked, events are pushed as they arrive. API-agnostic: raw JSON items, hand-built requests.
 */
class AsyncPagesAndEventsTest {
  private final AtomicInteger threads = new AtomicInteger();
  /** The HTTP client's own executor, its threads named so a test can tell where work ran. */
  private final ExecutorService httpExecutor = Executors.newCachedThreadPool(task -> {
    Thread t = new Thread(task, "http-executor-" + threads.incrementAndGet());
    t.setDaemon(true);
    return t;
  });

  @AfterEach
  void stop() {
    httpExecutor.shutdownNow();
  }

  private Transport transport(ScriptedServer server) {
    HttpClient http = HttpClient.newBuilder().executor(httpExecutor).build();
    return new Transport(ClientOptions.builder(o -> o).baseURL(server.baseURL()).apiKey("k").httpClient(http).build());
  }

  private CompletableFuture<AsyncPage<String>> first(Transport transport) {
    ApiRequest request = ApiRequest.of("listThings", "GET", "/things").queryParam("limit", 2).queryParam("tag", "blue");
    return AsyncPage.first(transport, request, new TypeReference<JsonNode>() {}, "cursor",
        page -> {
          List<String> ids = new ArrayList<>();
          page.path("data").forEach(item -> ids.add(item.path("id").asText()));
          return ids;
        },
        page -> page.hasNonNull("nextCursor") ? page.get("nextCursor").asText() : null);
  }

  @Test
  void theFirstPageArrivesOnTheHttpClientsExecutorWithoutBlockingTheCaller() throws Exception {
    try (ScriptedServer server = new ScriptedServer(slow(400, 200, "{\"data\":[{\"id\":\"a\"}],\"nextCursor\":null}"))) {
      long start = System.nanoTime();
      CompletableFuture<AsyncPage<String>> future = first(transport(server));
      long returnedAfterMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      AtomicReference<String> completedOn = new AtomicReference<>();
      CompletableFuture<Void> seen = future.thenAccept(page -> completedOn.set(Thread.currentThread().getName()));
      assertFalse(future.isDone(), "the server answers after 400 ms: the call must not have waited for it");
      assertTrue(returnedAfterMs < 400, "returned after " + returnedAfterMs + " ms");
      seen.get(10, TimeUnit.SECONDS);
      assertTrue(completedOn.get().startsWith("http-executor-"), "completed on " + completedOn.get());
      assertEquals(List.of("a"), future.get().data());
    }
  }

  @Test
  void theNextPageIsRequestedOnlyWhenAskedAndKeepsTheParameters() throws Exception {
    try (ScriptedServer server = new ScriptedServer(
        json(200, "{\"data\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"nextCursor\":\"c1\"}"),
        json(200, "{\"data\":[{\"id\":\"c\"}],\"nextCursor\":null}"))) {
      AsyncPage<String> page = first(transport(server)).get(10, TimeUnit.SECONDS);
      assertEquals(List.of("a", "b"), page.data());
      assertTrue(page.hasNextPage());
      Thread.sleep(200); // had anything fetched ahead, it would have arrived by now
      assertEquals(1, server.requests.size(), "no page is fetched ahead");
      AsyncPage<String> second = page.getNextPage().get(10, TimeUnit.SECONDS);
      assertEquals(2, server.requests.size());
      assertEquals("limit=2&tag=blue&cursor=c1", server.requests.get(1).uri.getRawQuery());
      assertEquals(List.of("c"), second.data());
      assertFalse(second.hasNextPage());
      ExecutionException none = assertThrows(ExecutionException.class, () -> second.getNextPage().get());
      assertInstanceOf(java.util.NoSuchElementException.class, none.getCause());
    }
  }

  @Test
  void theAutoPagerWalksEveryPageOnTheHttpExecutorAndCompletesAFuture() throws Exception {
    try (ScriptedServer server = new ScriptedServer(
        json(200, "{\"data\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"nextCursor\":\"c1\"}"),
        json(200, "{\"data\":[],\"nextCursor\":\"c2\"}"),
        json(200, "{\"data\":[{\"id\":\"c\"}],\"nextCursor\":null}"))) {
      AsyncPage<String> page = first(transport(server)).get(10, TimeUnit.SECONDS);
      List<String> items = new CopyOnWriteArrayList<>();
      List<String> laterPagesOn = new CopyOnWriteArrayList<>();
      page.autoPager().forEach(item -> {
        items.add(item);
        if (item.equals("c")) laterPagesOn.add(Thread.currentThread().getName());
      }).get(10, TimeUnit.SECONDS);
      // An empty page with a cursor continues (R6.2).
      assertEquals(List.of("a", "b", "c"), items);
      assertEquals(3, server.requests.size());
      assertTrue(laterPagesOn.get(0).startsWith("http-executor-"), "page 3 was handled on " + laterPagesOn);
    }
  }

  @Test
  void forEachWhileStopsWithoutRequestingMorePages() throws Exception {
    try (ScriptedServer server = new ScriptedServer(json(200, "{\"data\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"nextCursor\":\"c1\"}"))) {
      AsyncPage<String> page = first(transport(server)).get(10, TimeUnit.SECONDS);
      List<String> items = new ArrayList<>();
      page.autoPager().forEachWhile(item -> items.add(item) && false).get(10, TimeUnit.SECONDS);
      assertEquals(List.of("a"), items);
      assertEquals(1, server.requests.size());
    }
  }

  @Test
  void asyncCallsRetryWithoutSleepingAThreadAndFailWithTheTypedError() throws Exception {
    try (ScriptedServer server = new ScriptedServer(
        ScriptedServer.problem(503, "{\"title\":\"busy\"}", Map.of("Retry-After", "0")),
        json(200, "{\"data\":[{\"id\":\"a\"}],\"nextCursor\":null}"))) {
      assertEquals(List.of("a"), first(transport(server)).get(10, TimeUnit.SECONDS).data());
      assertEquals(2, server.requests.size(), "one retry after the 503");
    }
    try (ScriptedServer server = new ScriptedServer(ScriptedServer.problem(404, "{\"title\":\"nope\",\"code\":\"thing_not_found\"}", Map.of()))) {
      ExecutionException failed = assertThrows(ExecutionException.class, () -> first(transport(server)).get(10, TimeUnit.SECONDS));
      assertInstanceOf(NotFoundException.class, failed.getCause());
      assertEquals(1, server.requests.size());
    }
  }

  @Test
  void cancellingThePageFutureStopsTheCall() throws Exception {
    try (ScriptedServer server = new ScriptedServer(
        ScriptedServer.problem(503, "{\"title\":\"busy\"}", Map.of("Retry-After", "1")),
        json(200, "{\"data\":[],\"nextCursor\":null}"))) {
      CompletableFuture<AsyncPage<String>> future = first(transport(server));
      for (int i = 0; i < 100 && server.requests.isEmpty(); i++) Thread.sleep(20);
      assertTrue(future.cancel(true));
      Thread.sleep(1500); // past the Retry-After: a retry would have been sent by now
      assertEquals(1, server.requests.size(), "no attempt after cancel (R2.3)");
    }
  }

  private static ScriptedServer.Reply events(String body) {
    return new ScriptedServer.Reply(200, "text/event-stream", body, Map.of(), 0);
  }

  @Test
  void eventsArePushedToTheSubscriberOnTheHttpExecutor() throws Exception {
    try (ScriptedServer server = new ScriptedServer(events("id: 1\ndata: {\"n\":1}\n\n: comment\nevent: done\ndata: {\"n\":2}\n\n"))) {
      AsyncEventStream<JsonNode> stream = new AsyncEventStream<>(transport(server), ApiRequest.of("watch", "GET", "/watch"), JsonNode.class);
      assertTrue(server.requests.isEmpty(), "nothing is sent before subscribe");
      List<ServerSentEvent<JsonNode>> seen = new CopyOnWriteArrayList<>();
      List<String> on = new CopyOnWriteArrayList<>();
      stream.subscribe(e -> {
        seen.add(e);
        on.add(Thread.currentThread().getName());
      }).get(10, TimeUnit.SECONDS);
      assertEquals(2, seen.size());
      assertEquals(1, seen.get(0).getData().get("n").asInt());
      assertEquals("1", seen.get(0).getId());
      assertEquals("done", seen.get(1).getEvent());
      assertTrue(on.stream().allMatch(t -> t.startsWith("http-executor-")), "handled on " + on);
      assertThrows(IllegalStateException.class, () -> stream.subscribe(e -> {}));
    }
  }

  @Test
  void aFailingStreamOrHandlerFailsTheFuture() throws Exception {
    try (ScriptedServer server = new ScriptedServer(ScriptedServer.problem(404, "{\"title\":\"nope\"}", Map.of()))) {
      CompletableFuture<Void> done = new AsyncEventStream<>(transport(server), ApiRequest.of("watch", "GET", "/watch"), JsonNode.class)
          .subscribe(e -> {});
      ExecutionException failed = assertThrows(ExecutionException.class, () -> done.get(10, TimeUnit.SECONDS));
      assertInstanceOf(NotFoundException.class, failed.getCause());
    }
    try (ScriptedServer server = new ScriptedServer(events("data: {\"n\":1}\n\ndata: {\"n\":2}\n\n"))) {
      List<JsonNode> seen = new CopyOnWriteArrayList<>();
      CompletableFuture<Void> done = new AsyncEventStream<>(transport(server), ApiRequest.of("watch", "GET", "/watch"), JsonNode.class)
          .subscribe(e -> {
            seen.add(e.getData());
            throw new IllegalStateException("handler gave up");
          });
      ExecutionException failed = assertThrows(ExecutionException.class, () -> done.get(10, TimeUnit.SECONDS));
      assertEquals("handler gave up", failed.getCause().getMessage());
      assertEquals(1, seen.size(), "no event after the handler threw");
    }
    try (ScriptedServer server = new ScriptedServer(events("data: not json\n\n"))) {
      CompletableFuture<Void> done = new AsyncEventStream<>(transport(server), ApiRequest.of("watch", "GET", "/watch"), JsonNode.class)
          .subscribe(e -> {});
      ExecutionException failed = assertThrows(ExecutionException.class, () -> done.get(10, TimeUnit.SECONDS));
      assertInstanceOf(ResponseValidationException.class, failed.getCause());
    }
  }
}
