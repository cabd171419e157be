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

  public ServerSentEvent(String event, String id, T data) {
    this.event = event;
    this.id = id;
    this.data = data;
  }

  public String getEvent() { return event; }
  public String getId() { return id; }
  public T getData() { return data; }

  @Override
  public String toString() {
    return "ServerSentEvent[event=" + event + ", id=" + id + ", data=" + data + "]";
  }
}
