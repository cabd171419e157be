package io.secureaistudio.sdk.runtime;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * One page of a list operation (rulebook R6), and an {@link Iterable} over every item of this
 * page and the pages after it. Later pages are fetched lazily, one request when the items of the
 * previous page are used up, with the same parameters and the cursor set to {@code nextCursor}.
 *
 * <p>Generated list methods return a subclass named after the list body and its items field,
 * such as {@code TemplateList.DataPage}, a {@code Page<Template>}: the subclass is how the
 * generator spells the item type, which only the list body's model knows.
 *
 * @param <T> the item type
 */
public class Page<T> implements Iterable<T> {
  /** How pages of one list operation are read: the body type and where items and cursor are. */
  static final class Shape<T> {
    final TypeReference<?> type;
    final String cursorParam;
    final Function<Object, ? extends Collection<T>> items;
    final Function<Object, String> next;

    @SuppressWarnings("unchecked")
    <P> Shape(TypeReference<P> type, String cursorParam, Function<P, ? extends Collection<T>> items, Function<P, String> next) {
      this.type = type;
      this.cursorParam = cursorParam;
      this.items = body -> items.apply((P) body);
      this.next = body -> next.apply((P) body);
    }
  }

  private final Transport transport;
  private final ApiRequest request;
  private final Shape<T> shape;
  private final ApiResponse<?> response;

  /**
   * Fetches the first page of {@code request}; the generated page types call this.
   *
   * @param <P> the list body's type
   * @param transport sends the page requests
   * @param request the list operation's request
   * @param type the list body's type
   * @param cursorParam the query parameter that takes the cursor ({@code x-pagination.cursorParam})
   * @param items reads the items out of a decoded page ({@code x-pagination.itemsField})
   * @param next reads the next cursor out of a decoded page ({@code x-pagination.nextCursorField})
   */
  protected <P> Page(Transport transport, ApiRequest request, TypeReference<P> type, String cursorParam,
      Function<P, ? extends Collection<T>> items, Function<P, String> next) {
    this(transport, request, new Shape<>(type, cursorParam, items, next));
  }

  private Page(Transport transport, ApiRequest request, Shape<T> shape) {
    this.transport = transport;
    this.request = request;
    this.shape = shape;
    this.response = transport.execute(request, shape.type);
  }

  /**
   * Fetches the first page of {@code request} as a plain {@code Page<T>} (for hand-built requests).
   *
   * @param <P> the list body's type
   * @param <T> the item type
   * @param transport sends the page requests
   * @param request the list operation's request
   * @param type the list body's type
   * @param cursorParam the query parameter that takes the cursor
   * @param items reads the items out of a decoded page ({@code x-pagination.itemsField})
   * @param next reads the next cursor out of a decoded page ({@code x-pagination.nextCursorField})
   * @return the first page
   */
  public static <P, T> Page<T> first(Transport transport, ApiRequest request, TypeReference<P> type, String cursorParam,
      Function<P, List<T>> items, Function<P, String> next) {
    return new Page<>(transport, request, type, cursorParam, items, next);
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

  /**
   * True when another page follows: the next cursor is neither null nor empty, and differs from
   * the cursor that fetched this page (a server repeating a cursor would loop forever; R6.2).
   *
   * @return whether {@link #getNextPage()} has a page to fetch
   */
  public boolean hasNextPage() {
    return shouldContinue(request.queryValue(shape.cursorParam), nextCursor());
  }

  /**
   * R6.2: another page follows when {@code nextCursor} is a non-empty string different from
   * {@code requestCursor}, the cursor that fetched this page (null for the first page). An empty
   * page with such a cursor continues.
   */
  static boolean shouldContinue(String requestCursor, String nextCursor) {
    return nextCursor != null && !nextCursor.isEmpty() && !nextCursor.equals(requestCursor);
  }

  /**
   * Fetches the next page: the same request with the next cursor.
   *
   * @return the next page
   * @throws NoSuchElementException when {@link #hasNextPage()} is false
   */
  public Page<T> getNextPage() {
    if (!hasNextPage()) {
      throw new NoSuchElementException(request.operationId + ": there is no next page");
    }
    return new Page<>(transport, request.withQueryParam(shape.cursorParam, nextCursor()), shape);
  }

  /**
   * This page as JSON is its response body (what {@code withRawResponse()} returns): Jackson would
   * otherwise take {@link #getNextPage()} for a property and fetch the next page while writing.
   *
   * @return the decoded response body of this page
   */
  @com.fasterxml.jackson.annotation.JsonValue
  public Object body() {
    return response.getData();
  }

  /** @return the status, headers and decoded body of the response this page came from (R10) */
  public ApiResponse<?> response() {
    return response;
  }

  /**
   * This page as the iterable over every item of every page (Stripe's {@code autoPagingIterable}).
   *
   * @return this page; iterating it fetches the next pages when needed
   */
  public Iterable<T> autoPager() {
    return this;
  }

  /**
   * Every item of every page as a sequential, lazy stream.
   *
   * @return a stream fetching the next pages as it goes
   */
  public Stream<T> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
  }

  /** Iterates every item from this page on; each call starts again from this page. */
  @Override
  public Iterator<T> iterator() {
    return new Iterator<T>() {
      private Page<T> page = Page.this;
      private Iterator<T> current = page.data().iterator();

      @Override
      public boolean hasNext() {
        // An empty page with a usable cursor is skipped, not taken for the end (R6.2).
        while (!current.hasNext() && page.hasNextPage()) {
          page = page.getNextPage();
          current = page.data().iterator();
        }
        return current.hasNext();
      }

      @Override
      public T next() {
        if (!hasNext()) throw new NoSuchElementException();
        return current.next();
      }
    };
  }
}
