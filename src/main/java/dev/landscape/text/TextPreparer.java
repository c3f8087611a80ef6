package dev.landscape.text;

import dev.landscape.corpus.Paper;
import dev.landscape.corpus.PaperInfo;
import dev.landscape.corpus.PaperStream;
import dev.landscape.progress.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Streams papers from a {@link PaperStream}, tokenizes them in parallel batches and assigns token ids in corpus
 * order. Only one batch of abstracts is in memory at a time; what is kept is each paper's metadata and ids.
 */
public final class TextPreparer {
  private static final int BATCH = 4096;

  private final Tokenizer tokenizer;
  private final int threads;

  public TextPreparer(Tokenizer tokenizer, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, found " + threads);
    }
    this.tokenizer = tokenizer;
    this.threads = threads;
  }

  /** Reads {@code stream} to its end. */
  public PreparedCorpus prepare(PaperStream stream, Progress progress) {
    Vocabulary vocabulary = new Vocabulary();
    List<PaperInfo> papers = new ArrayList<>();
    List<int[]> documents = new ArrayList<>();
    List<PaperInfo> empty = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemon());
    try (Progress.Task task = progress.start("Reading", -1, "papers")) {
      List<Paper> batch = nextBatch(stream);
      while (!batch.isEmpty()) {
        for (TokenizedBatch part : tokenize(pool, batch)) {
          for (int i = 0; i < part.papers().size(); i++) {
            List<String> tokens = part.tokens().get(i);
            if (tokens.isEmpty()) {
              empty.add(part.papers().get(i).info());
              continue;
            }
            int[] ids = new int[tokens.size()];
            for (int t = 0; t < ids.length; t++) {
              ids[t] = vocabulary.idOf(tokens.get(t));
            }
            papers.add(part.papers().get(i).info());
            documents.add(ids);
          }
        }
        task.stepTo(papers.size() + empty.size());
        batch = nextBatch(stream);
      }
    } finally {
      pool.shutdownNow();
    }
    return new PreparedCorpus(papers, vocabulary, new TokenizedCorpus(documents.toArray(int[][]::new)), empty,
        stream.stats());
  }

  private record TokenizedBatch(List<Paper> papers, List<List<String>> tokens) {}

  /** Splits the batch into one slice per thread and tokenizes the slices concurrently, keeping their order. */
  private List<TokenizedBatch> tokenize(ExecutorService pool, List<Paper> batch) {
    int slice = (batch.size() + threads - 1) / threads;
    List<Future<TokenizedBatch>> futures = new ArrayList<>();
    for (int from = 0; from < batch.size(); from += slice) {
      List<Paper> part = batch.subList(from, Math.min(batch.size(), from + slice));
      futures.add(pool.submit(() -> new TokenizedBatch(part,
          part.stream().map(p -> tokenizer.tokenize(p.modelText())).toList())));
    }
    List<TokenizedBatch> done = new ArrayList<>();
    for (Future<TokenizedBatch> future : futures) {
      try {
        done.add(future.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while tokenizing", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("tokenizing failed", e.getCause());
      }
    }
    return done;
  }

  private static List<Paper> nextBatch(PaperStream stream) {
    List<Paper> batch = new ArrayList<>(BATCH);
    Paper paper;
    while (batch.size() < BATCH && (paper = stream.next()) != null) {
      batch.add(paper);
    }
    return batch;
  }

  private static java.util.concurrent.ThreadFactory daemon() {
    return runnable -> {
      Thread thread = new Thread(runnable, "landscape-tokenize");
      thread.setDaemon(true);
      return thread;
    };
  }
}
