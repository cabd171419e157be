package io.secureaistudio.sdk.runtime;

import com.fasterxml.jackson.core.type.TypeReference;
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
 * @param <T> the item type
 */
public final class Page<T> implements Iterable<T> {
  private final Transport transport;
  private final ApiRequest request;
  private final TypeReference<?> type;
  private final String cursorParam;
  private final Function<Object, List<T>> items;
  private final Function<Object, String> next;
  private final ApiResponse<?> response;

  private Page(Transport transport, ApiRequest request, TypeReference<?> type, String cursorParam,
      Function<Object, List<T>> items, Function<Object, String> next) {
    this.transport = transport;
    this.request = request;
    this.type = type;
    this.cursorParam = cursorParam;
    this.items = items;
    this.next = next;
    this.response = transport.execute(request, type);
  }

  /**
   * Fetches the first page of {@code request}; generated list methods call this.
   *
   * @param items reads the items out of a decoded page ({@code x-pagination.itemsField})
   * @param next reads the next cursor out of a decoded page ({@code x-pagination.nextCursorField})
   */
  @SuppressWarnings("unchecked")
  public static <P, T> Page<T> first(Transport transport, ApiRequest request, TypeReference<P> type, String cursorParam,
      Function<P, List<T>> items, Function<P, String> next) {
    return new Page<>(transport, request, type, cursorParam,
        page -> items.apply((P) page), page -> next.apply((P) page));
  }

  /** The items of this page only (empty when the server sent none). */
  public List<T> data() {
    List<T> data = response.getData() == null ? null : items.apply(response.getData());
    return data == null ? Collections.emptyList() : Collections.unmodifiableList(data);
  }

  /** The server's cursor for the next page; null when this is the last page. */
  public String nextCursor() {
    return response.getData() == null ? null : next.apply(response.getData());
  }

  /**
   * True when another page follows: the next cursor is neither null nor empty, and differs from
   * the cursor that fetched this page (a server repeating a cursor would loop forever; R6.2).
   */
  public boolean hasNextPage() {
    String cursor = nextCursor();
    return cursor != null && !cursor.isEmpty() && !cursor.equals(request.queryValue(cursorParam));
  }

  /** Fetches the next page; {@link NoSuchElementException} when {@link #hasNextPage()} is false. */
  public Page<T> getNextPage() {
    if (!hasNextPage()) {
      throw new NoSuchElementException(request.operationId + ": there is no next page");
    }
    return new Page<>(transport, request.withQueryParam(cursorParam, nextCursor()), type, cursorParam, items, next);
  }

  /** Status, headers and decoded body of the response this page came from (R10). */
  public ApiResponse<?> response() {
    return response;
  }

  /** This page as the iterable over every item of every page (Stripe's {@code autoPagingIterable}). */
  public Iterable<T> autoPager() {
    return this;
  }

  /** Every item of every page as a sequential, lazy stream. */
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
