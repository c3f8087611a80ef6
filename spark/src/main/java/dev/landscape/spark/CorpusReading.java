package dev.landscape.spark;

import dev.landscape.corpus.Paper;
import dev.landscape.corpus.PaperStream;
import dev.landscape.corpus.ReadOptions;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Reads the corpus files on the cluster, one task per file, with the very reader {@code landscape run} uses
 * ({@link PaperStream}: the same formats, field names, record limits, gzip checks and bad-record rules), from any
 * Hadoop file system. A task streams its file's papers and ends with what reading it found, so faults are counted
 * by kind and reported, and one bad line never fails the job (unless {@code --on-bad-record fail} asks for it).
 */
final class CorpusReading {
  private CorpusReading() {}

  /** What a read task yields: papers, then the file's statistics. */
  sealed interface Item extends Serializable permits PaperItem, StatsItem {
    /** The key that keeps one paper of an id (and each file's statistics apart). */
    String key();
  }

  record PaperItem(SparkPaper paper) implements Item {
    @Override
    public String key() {
      return "p" + paper.id();
    }
  }

  record StatsItem(FileStats stats) implements Item {
    @Override
    public String key() {
      return "s" + stats.file();
    }
  }

  /** The files {@code inputs} name (globs and folders expanded, hidden files left out), in order. */
  static List<String> files(List<String> inputs, org.apache.hadoop.conf.Configuration conf) throws IOException {
    List<String> files = new ArrayList<>();
    for (String input : inputs) {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(conf);
      FileStatus[] matched = fs.globStatus(path);
      if (matched == null || matched.length == 0) {
        throw new dev.landscape.io.InputException(input + ": no such file");
      }
      java.util.Arrays.sort(matched, java.util.Comparator.comparing(s -> s.getPath().toString()));
      for (FileStatus status : matched) {
        if (status.isDirectory()) {
          var listed = fs.listFiles(status.getPath(), true);
          List<String> inside = new ArrayList<>();
          while (listed.hasNext()) {
            Path file = listed.next().getPath();
            if (!file.getName().startsWith(".") && !file.getName().startsWith("_")) {
              inside.add(file.toString());
            }
          }
          inside.sort(null);
          files.addAll(inside);
        } else {
          files.add(status.getPath().toString());
        }
      }
    }
    return files;
  }

  /** Streams the papers of file number {@code index}, then its statistics. */
  static Iterator<Item> read(int index, String file, HadoopConf conf, ReadOptions options) throws IOException {
    Path path = new Path(file);
    FileSystem fs = path.getFileSystem(conf.get());
    long bytes = fs.getFileStatus(path).getLen();
    PaperStream stream = PaperStream.open(file, fs.open(path), bytes, options);
    return new Iterator<>() {
      private long ordinal;
      private boolean done;
      private Item next = advance();

      private Item advance() {
        Paper paper = stream.next();
        if (paper != null) {
          return new PaperItem(SparkPaper.of(index, ordinal++, paper));
        }
        Item stats = new StatsItem(FileStats.of(index, stream.stats()));
        try {
          stream.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        done = true;
        return stats;
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public Item next() {
        if (next == null) {
          throw new NoSuchElementException();
        }
        Item item = next;
        next = done ? null : advance();
        return item;
      }
    };
  }
}
