package io.secureaistudio.sdk.runtime;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs blocking SDK calls as {@link CompletableFuture}s whose {@code cancel} interrupts the call
 * (rulebook R2.3): a plain {@code CompletableFuture.supplyAsync} future cannot reach its thread, so
 * the call would go on sending and retrying after the caller gave up.
 */
public final class AsyncCalls {
  private static final AtomicInteger THREADS = new AtomicInteger();
  private static final ThreadFactory DAEMONS = task -> {
    Thread t = new Thread(task, "secure-ai-studio-async-" + THREADS.incrementAndGet());
    t.setDaemon(true); // never keeps the JVM alive
    return t;
  };

  private static final class Holder {
    static final ExecutorService DEFAULT = Executors.newCachedThreadPool(DAEMONS);
  }

  private AsyncCalls() {}

  /**
   * The shared executor of {@code client.async()}: a cached pool of daemon threads, started on first use.
   *
   * @return an executor handing its tasks to the shared pool
   */
  public static Executor defaultExecutor() {
    return task -> Holder.DEFAULT.execute(task);
  }

  /**
   * Runs {@code call} on {@code executor}. The future completes with its result or exception
   * (unwrapped); cancelling it interrupts the call, or keeps it from starting.
   *
   * @param <T> the call's result type
   * @param executor runs the call
   * @param call the blocking call
   * @return a future of the call's result
   */
  public static <T> CompletableFuture<T> run(Executor executor, Supplier<T> call) {
    Cancellable<T> future = new Cancellable<>();
    FutureTask<Void> task = new FutureTask<>(() -> {
      try {
        future.complete(call.get());
      } catch (Throwable t) {
        future.completeExceptionally(t);
      }
      return null;
    });
    future.task = task;
    executor.execute(task);
    return future;
  }

  /**
   * {@code source.thenApply(fn)} whose {@code cancel} also cancels {@code source} (a plain
   * {@code thenApply} future does not), with {@code source}'s exception unwrapped.
   *
   * @param <A> the source's result type
   * @param <B> the mapped result type
   * @param source the future to map
   * @param fn maps its result
   * @return a future of {@code fn}'s result
   */
  public static <A, B> CompletableFuture<B> map(CompletableFuture<A> source, java.util.function.Function<? super A, ? extends B> fn) {
    CompletableFuture<B> out = new CompletableFuture<B>() {
      @Override
      public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        if (cancelled) source.cancel(true);
        return cancelled;
      }
    };
    source.whenComplete((value, error) -> {
      if (error != null) {
        out.completeExceptionally(unwrap(error));
        return;
      }
      try {
        out.complete(fn.apply(value));
      } catch (Throwable t) {
        out.completeExceptionally(t);
      }
    });
    return out;
  }

  /** The exception a {@link java.util.concurrent.CompletionException} wraps, else itself. */
  static Throwable unwrap(Throwable error) {
    return error instanceof java.util.concurrent.CompletionException && error.getCause() != null ? error.getCause() : error;
  }

  /** A future whose cancellation reaches the task running the call. */
  private static final class Cancellable<T> extends CompletableFuture<T> {
    volatile FutureTask<Void> task;

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      boolean cancelled = super.cancel(mayInterruptIfRunning);
      FutureTask<Void> running = task;
      // Always interrupt: the caller gave up, so the call must stop sending and retrying (R2.3).
      if (cancelled && running != null) running.cancel(true);
      return cancelled;
    }
  }
}
