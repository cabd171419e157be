package io.secureaistudio.sdk.runtime;

/**
 * One server-sent event (rulebook R8.4): the SSE event name ({@code message} when the server
 * gave none), its id (null when absent) and its data decoded from JSON.
 *
 * @param <T> the decoded data type (the schema named by {@code x-event-schema})
 */
public final class ServerSentEvent<T> {
  private final String event;
  private final String id;
  private final T data;

  /**
   * @param event the SSE event name ({@code message} when the server gave none)
   * @param id the event's id, or null
   * @param data the event's data, decoded
   */
  public ServerSentEvent(String event, String id, T data) {
    this.event = event;
    this.id = id;
    this.data = data;
  }

  /** @return the SSE event name ({@code message} when the server gave none) */
  public String getEvent() { return event; }
  /** @return the event's id (what {@code Last-Event-ID} resumes from), or null */
  public String getId() { return id; }
  /** @return the event's data decoded from JSON (null for an event without data) */
  public T getData() { return data; }

  @Override
  public String toString() {
    return "ServerSentEvent[event=" + event + ", id=" + id + ", data=" + data + "]";
  }
}
