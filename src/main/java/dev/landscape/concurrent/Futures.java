package dev.landscape.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Small helpers for the fixed thread pools the stages use. */
public final class Futures {
  private Futures() {}

  /**
   * The result of {@code future}; a failure of the task is rethrown as it was (runtime exceptions such as our input
   * errors keep their type), an interruption as an {@link IllegalStateException} naming {@code what}.
   */
  public static <T> T await(Future<T> future, String what) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while " + what, e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(what + " failed", e.getCause());
    }
  }

  /** A pool of {@code threads} daemon threads named {@code landscape-NAME}, so a stuck task never keeps the JVM. */
  public static ExecutorService pool(int threads, String name) {
    return Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "landscape-" + name);
      thread.setDaemon(true);
      return thread;
    });
  }

  /**
   * Runs {@code tasks} on a pool of {@code threads} and returns their results in the order of {@code tasks}; the
   * first failure (in that order) is rethrown as {@link #await} does, and the pool is shut down either way.
   */
  public static <T> List<T> all(List<? extends Callable<T>> tasks, int threads, String name, String what) {
    ExecutorService pool = pool(Math.max(1, Math.min(threads, tasks.size())), name);
    try {
      List<Future<T>> futures = new ArrayList<>(tasks.size());
      for (Callable<T> task : tasks) {
        futures.add(pool.submit(task));
      }
      List<T> results = new ArrayList<>(tasks.size());
      for (Future<T> future : futures) {
        results.add(await(future, what));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
