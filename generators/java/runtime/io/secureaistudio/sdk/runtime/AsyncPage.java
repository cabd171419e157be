package io.secureaistudio.sdk.runtime;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One page of a list operation from {@code client.async()} (rulebook R6): like {@link Page}, but
 * nothing here blocks. {@link #getNextPage()} returns a future for the next page, fetched with
 * {@code HttpClient.sendAsync} only when asked; {@link #autoPager()} walks every item of every page
 * the same way and completes a future at the end.
 *
 * <p>Generated async list methods return a subclass named after the list body and its items
 * field, such as {@code TemplateList.DataAsyncPage}, an {@code AsyncPage<Template>}.
 *
 * @param <T> the item type
 */
public class AsyncPage<T> {
  private final Transport transport;
  private final ApiRequest request;
  private final Page.Shape<T> shape;
  private final ApiResponse<?> response;

  private AsyncPage(Transport transport, ApiRequest request, Page.Shape<T> shape, ApiResponse<?> response) {
    this.transport = transport;
    this.request = request;
    this.shape = shape;
    this.response = response;
  }

  /**
   * The same page under another (generated, typed) class.
   *
   * @param page the page to wrap
   */
  protected AsyncPage(AsyncPage<T> page) {
    this(page.transport, page.request, page.shape, page.response);
  }

  /**
   * Requests the first page of {@code request}; the generated page types call this.
   *
   * @param <P> the list body's type
   * @param <T> the item type
   * @param transport sends the page requests
   * @param request the list operation's request (the first page's cursor, if any, set)
   * @param type the list body's type
   * @param cursorParam the query parameter that takes the cursor ({@code x-pagination.cursorParam})
   * @param items reads the items out of a decoded page ({@code x-pagination.itemsField})
   * @param next reads the next cursor out of a decoded page ({@code x-pagination.nextCursorField})
   * @return the page once it arrived; cancelling the future aborts the request
   */
  public static <P, T> CompletableFuture<AsyncPage<T>> first(Transport transport, ApiRequest request, TypeReference<P> type,
      String cursorParam, Function<P, ? extends Collection<T>> items, Function<P, String> next) {
    return fetch(transport, request, new Page.Shape<>(type, cursorParam, items, next));
  }

  private static <T> CompletableFuture<AsyncPage<T>> fetch(Transport transport, ApiRequest request, Page.Shape<T> shape) {
    return AsyncCalls.map(transport.executeAsync(request, shape.type), r -> new AsyncPage<>(transport, request, shape, r));
  }

  /** @return the items of this page only, unmodifiable (empty when the server sent none) */
  public List<T> data() {
    Collection<T> data = response.getData() == null ? null : shape.items.apply(response.getData());
    if (data == null) return Collections.emptyList();
    return data instanceof List ? Collections.unmodifiableList((List<T>) data) : Collections.unmodifiableList(new ArrayList<>(data));
  }

  /** @return the server's cursor for the next page; null when this is the last page */
  public String nextCursor() {
    return response.getData() == null ? null : shape.next.apply(response.getData());
  }

  /** @return true when another page follows (R6.2, as {@link Page#hasNextPage()}) */
  public boolean hasNextPage() {
    return Page.shouldContinue(request.queryValue(shape.cursorParam), nextCursor());
  }

  /**
   * Requests the next page now (not before this call).
   *
   * @return the next page once it arrived; a failed future with {@link NoSuchElementException}
   *     when {@link #hasNextPage()} is false
   */
  public CompletableFuture<AsyncPage<T>> getNextPage() {
    if (!hasNextPage()) {
      return CompletableFuture.failedFuture(new NoSuchElementException(request.operationId + ": there is no next page"));
    }
    return fetch(transport, request.withQueryParam(shape.cursorParam, nextCursor()), shape);
  }

  /** @return the status, headers and decoded body of the response this page came from (R10) */
  public ApiResponse<?> response() {
    return response;
  }

  /**
   * Every item of this page and the pages after it, pushed to a handler without blocking.
   *
   * @return a walker over the items, starting at this page
   */
  public AutoPager<T> autoPager() {
    return new AutoPager<>(this);
  }

  /**
   * Walks the items of a page and the pages after it (openai-java's {@code AutoPagerAsync}): each
   * next page is requested when the handler has seen every item of the one before, on the thread
   * that completed that page's response.
   *
   * @param <T> the item type
   */
  public static final class AutoPager<T> {
    private final AsyncPage<T> first;

    AutoPager(AsyncPage<T> first) {
      this.first = first;
    }

    /**
     * Gives every item to {@code action}, page after page.
     *
     * @param action called with each item, in order
     * @return completes after the last item, exceptionally when a page request or the action fails;
     *     cancelling it stops before the next page (and aborts a page request in flight)
     */
    public CompletableFuture<Void> forEach(Consumer<? super T> action) {
      return forEachWhile(item -> {
        action.accept(item);
        return true;
      });
    }

    /**
     * Gives items to {@code action} until it returns false or the items run out.
     *
     * @param action called with each item, in order; false stops the walk
     * @return completes after the last item seen, exceptionally when a page request or the action
     *     fails; cancelling it stops before the next page
     */
    public CompletableFuture<Void> forEachWhile(Predicate<? super T> action) {
      Walk<T> walk = new Walk<>(action);
      walk.visit(first);
      return walk.done;
    }
  }

  /** The state of one {@link AutoPager#forEachWhile} walk. */
  private static final class Walk<T> {
    private final Predicate<? super T> action;
    private volatile CompletableFuture<?> inFlight;
    final CompletableFuture<Void> done = new CompletableFuture<Void>() {
      @Override
      public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        CompletableFuture<?> request = inFlight;
        if (cancelled && request != null) request.cancel(true);
        return cancelled;
      }
    };

    Walk(Predicate<? super T> action) {
      this.action = action;
    }

    void visit(AsyncPage<T> page) {
      try {
        // An empty page with a usable cursor is skipped, not taken for the end (R6.2).
        for (T item : page.data()) {
          if (done.isDone()) return;
          if (!action.test(item)) {
            done.complete(null);
            return;
          }
        }
        if (!page.hasNextPage()) {
          done.complete(null);
          return;
        }
        if (done.isDone()) return;
        CompletableFuture<AsyncPage<T>> next = page.getNextPage();
        inFlight = next;
        if (done.isCancelled()) next.cancel(true);
        next.whenComplete((nextPage, error) -> {
          if (error != null) done.completeExceptionally(AsyncCalls.unwrap(error));
          else visit(nextPage);
        });
      } catch (Throwable t) {
        done.completeExceptionally(t);
      }
    }
  }
}
