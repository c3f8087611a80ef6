package dev.landscape.text;

import dev.landscape.concurrent.Futures;
import dev.landscape.corpus.Paper;
import dev.landscape.corpus.PaperInfo;
import dev.landscape.corpus.PaperSource;
import dev.landscape.progress.Progress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Text preparation, in three steps:
 *
 * <ol>
 *   <li>Stream: papers are read on this thread while a pool normalizes and scans batches of them; surface tokens
 *       are numbered in corpus order. Only the batches in flight hold abstracts.
 *   <li>Decide per word type ({@link TermMapper}): stopwords, glued words, plurals, hyphen variants.
 *   <li>Phrases ({@link PhraseDetector}), then document-frequency pruning ({@link VocabularyBuilder}).
 * </ol>
 *
 * Every step is deterministic and independent of the number of threads.
 */
public final class TextPreparer {
  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(TextPreparer.class);

  private static final int BATCH = 512;

  private final TextOptions options;
  private final StopWords stopWords;
  private final Lexicon lexicon;

  public TextPreparer(TextOptions options) {
    this.options = options;
    this.stopWords = StopWords.withFiles(options.extraStopwords(), options.keepWords());
    this.lexicon = Lexicon.shipped();
  }

  /** Reads {@code stream} to its end and prepares its papers. */
  public PreparedCorpus prepare(PaperSource stream, Progress progress) {
    return prepare(stream, progress, PaperScans.NONE);
  }

  /**
   * Reads {@code stream} to its end and prepares its papers, running {@code scanner} on each paper's own text as it
   * goes by (on the scanning pool): for what must see the words before stopwords and pruning take any.
   */
  public PreparedCorpus prepare(PaperSource stream, Progress progress, PaperScans.Scanner scanner) {
    Map<String, Long> millis = new LinkedHashMap<>();
    long t0 = System.nanoTime();
    List<PaperInfo> papers = new ArrayList<>();
    PaperScans.Builder scans = new PaperScans.Builder(scanner.width());
    RawCorpus raw = scanAll(stream, papers, progress, scanner, scans);
    t0 = lap(millis, "read_and_scan", t0);
    try (Progress.Task task = progress.start("Preparing", PREPARATION_STEPS, "steps")) {
      return prepareScanned(stream, papers, raw, scans, millis, t0, task);
    }
  }

  /** The steps after reading, each reported to {@code task}: words, phrases, the vocabulary, the documents. */
  static final int PREPARATION_STEPS = 4;

  private PreparedCorpus prepareScanned(PaperSource stream, List<PaperInfo> papers, RawCorpus raw,
      PaperScans.Builder scans, Map<String, Long> millis, long t0, Progress.Task task) {
    task.message("words");

    Terms terms = new Terms();
    TermMapper mapper = new TermMapper(stopWords, lexicon);
    int[][] codes = mapper.map(raw, terms);
    TermMapper.Documents dropped = mapper.documents(raw); // before expanding releases the documents
    int[][] coded = expandAll(raw, codes);
    Map<String, TextModel.Form> forms = forms(raw, codes, mapper);
    t0 = lap(millis, "map_words", t0);
    task.stepTo(1);
    task.message("phrases");
    List<int[]> named = options.seedPhrases().stream().map(p -> mapper.codesOf(p, terms))
        .filter(java.util.Objects::nonNull).toList();
    Map<int[], Integer> namedIds = new java.util.IdentityHashMap<>();
    Map<Integer, Long> namedJoined = new NamedPhrases(named).join(coded,
        m -> namedIds.computeIfAbsent(m, x -> PhraseDetector.phraseTerm(terms, x)));
    PhraseDetector.Result phrases = new PhraseDetector.Result(List.of(), List.of());
    long tokens = raw.tokens();
    int phraseMinCount = options.phrases() ? options.phraseMinCountFor(tokens) : 0;
    if (options.phrases()) {
      phrases = new PhraseDetector(phraseMinCount, options.phraseThreshold(), options.threads()).apply(coded, terms);
    }
    t0 = lap(millis, "phrases", t0);
    task.stepTo(2);
    task.message("vocabulary");
    int minDocs = options.minDocsFor(papers.size());
    int maxDocs = (int) Math.floor(options.maxDocFractionFor(papers.size()) * papers.size());
    VocabularyBuilder.Result built = new VocabularyBuilder(terms, minDocs, maxDocs, options.threads())
        .build(coded, mapper.splits(), mapper.stopCounts(), dropped);
    if (options.maxDocFraction() == 0 && maxDocs < papers.size() && ceilingTookMost(built.entries())) {
      // The default ceiling is meant to drop a field's few ubiquitous words; in a corpus whose small vocabulary is
      // used evenly, every word is "ubiquitous" and it would leave nothing to model. A default must not do that.
      log.warn("--max-doc-fraction: the default ceiling (a term in at most {} of {} papers) would remove most of the "
          + "words left, so this run applies none; set --max-doc-fraction to choose one", maxDocs, papers.size());
      maxDocs = papers.size();
      built = new VocabularyBuilder(terms, minDocs, maxDocs, options.threads())
          .build(coded, mapper.splits(), mapper.stopCounts(), dropped);
    }

    lap(millis, "prune", t0);
    task.stepTo(3);
    task.message("documents");
    List<PaperInfo> modelled = new ArrayList<>();
    List<int[]> documents = new ArrayList<>();
    List<PaperInfo> empty = new ArrayList<>();
    for (int d = 0; d < papers.size(); d++) {
      if (built.documents()[d].length == 0) {
        empty.add(papers.get(d));
      } else {
        modelled.add(papers.get(d));
        documents.add(built.documents()[d]);
        scans.keep(d);
      }
    }
    TextReport report = new TextReport(tokens, mapper.splits().size(), phrases.found().size() + namedJoined.size(),
        phraseMinCount, minDocs, maxDocs, built.entries(), millis);
    List<int[]> joinedNamed = named.stream().filter(namedIds::containsKey).toList();
    TextModel frozen = new TextModel(stopWords, forms, tokens, terms, built.vocabularyIds(),
        new TextModel.Joins(joinedNamed, joinedNamed.stream().mapToInt(namedIds::get).toArray(), phrases.passes()),
        built.vocabulary(), mapper);
    PreparedCorpus prepared = new PreparedCorpus(modelled, built.vocabulary(),
        new TokenizedCorpus(documents.toArray(int[][]::new)), empty, stream.stats(), report, frozen, scans.build());
    task.stepTo(PREPARATION_STEPS);
    task.message("");
    return prepared;
  }

  /** Whether the document-frequency ceiling removed more tokens than the vocabulary kept. */
  static boolean ceilingTookMost(List<VocabularyEntry> entries) {
    long removed = 0;
    long kept = 0;
    for (VocabularyEntry entry : entries) {
      if (entry.status().equals("too_common")) {
        removed += entry.occurrences();
      } else if (entry.status().equals("kept")) {
        kept += entry.occurrences();
      }
    }
    return removed > kept;
  }

  /** What became of each lower-case form, for the frozen {@link TextModel}. */
  private static Map<String, TextModel.Form> forms(RawCorpus raw, int[][] codes, TermMapper mapper) {
    Map<String, TextModel.Form> forms = new java.util.HashMap<>(raw.typeCount() * 2);
    for (int id = 0; id < raw.typeCount(); id++) {
      String lower = raw.surface(id).toLowerCase(java.util.Locale.ROOT);
      if (!forms.containsKey(lower)) {
        forms.put(lower, new TextModel.Form(mapper.lowerCounts().get(lower), codes[id]));
      }
    }
    return forms;
  }

  private static long lap(Map<String, Long> millis, String step, long since) {
    long now = System.nanoTime();
    millis.put(step, (now - since) / 1_000_000);
    return now;
  }

  /** Every document as term codes, in slices on the pool; each raw document is dropped once it is coded. */
  private int[][] expandAll(RawCorpus raw, int[][] codes) {
    int[][] coded = new int[raw.documentCount()][];
    int slice = Math.max(1, (coded.length + options.threads() - 1) / options.threads());
    List<java.util.concurrent.Callable<Void>> slices = new ArrayList<>();
    for (int from = 0; from < coded.length; from += slice) {
      int start = from;
      int end = Math.min(coded.length, from + slice);
      slices.add(() -> {
        for (int d = start; d < end; d++) {
          coded[d] = expand(raw.document(d), codes);
          raw.release(d);
        }
        return null;
      });
    }
    Futures.all(slices, options.threads(), "expand", "mapping words");
    return coded;
  }

  /** Surface ids and codes to term codes, glued tokens expanded into their parts. */
  private static int[] expand(int[] doc, int[][] codes) {
    int length = 0;
    for (int id : doc) {
      length += id < 0 ? 1 : codes[id].length;
    }
    int[] out = new int[length];
    int n = 0;
    for (int id : doc) {
      if (id < 0) {
        out[n++] = RawCorpus.BOUNDARY;
      } else {
        for (int code : codes[id]) {
          out[n++] = code;
        }
      }
    }
    return out;
  }

  /** Step 1: read and scan every paper, keeping batches in flight so reading and scanning overlap. */
  private RawCorpus scanAll(PaperSource stream, List<PaperInfo> papers, Progress progress,
      PaperScans.Scanner scanner, PaperScans.Builder scans) {
    RawCorpus raw = new RawCorpus();
    ExecutorService pool = Futures.pool(options.threads(), "scan");
    ArrayDeque<Future<RawCorpus.ScannedBatch>> inFlight = new ArrayDeque<>();
    AtomicInteger workers = new AtomicInteger();
    ThreadLocal<Scanner> scanners = ThreadLocal.withInitial(() -> new Scanner(workers.getAndIncrement()));
    // By the file's bytes when its size is known (compressed bytes for gzip), so the bar has a percentage.
    long size = stream.size();
    try (Progress.Task task = size > 0 ? progress.start("Reading", size, Progress.BYTES)
        : progress.start("Reading", -1, "papers")) {
      List<Paper> batch = stream.nextBatch(BATCH);
      while (!batch.isEmpty() || !inFlight.isEmpty()) {
        while (!batch.isEmpty() && inFlight.size() <= options.threads()) {
          batch.forEach(p -> papers.add(p.info()));
          List<Paper> ofBatch = batch;
          inFlight.add(pool.submit(() -> scanners.get().scan(ofBatch, scanner)));
          batch = stream.nextBatch(BATCH);
        }
        RawCorpus.ScannedBatch scanned = Futures.await(inFlight.poll(), "preparing text");
        raw.add(scanned);
        scans.add(scanned.scans());
        task.stepTo(size > 0 ? Math.min(size, stream.bytesRead()) : raw.documentCount());
        task.message(dev.landscape.progress.Counts.of(raw.documentCount(), "paper"));
      }
      if (size > 0) {
        task.stepTo(size);
      }
    } finally {
      pool.shutdownNow();
    }
    return raw;
  }

  /** One pool thread's scanning state: its own table of forms, so that threads never share a map. */
  private static final class Scanner implements Tokenizer.Sink {
    private final int worker;
    private final TokenTable table = new TokenTable();
    private int[] buffer = new int[4096];
    private int length;

    Scanner(int worker) {
      this.worker = worker;
    }

    /** Everything per document that needs no corpus statistics: normalize, tokenize, number the forms. */
    RawCorpus.ScannedBatch scan(List<Paper> papers, PaperScans.Scanner scanner) {
      List<int[]> docs = new ArrayList<>(papers.size());
      byte[] scans = new byte[papers.size() * scanner.width()];
      for (int i = 0; i < papers.size(); i++) {
        length = 0;
        Tokenizer.scan(TextNormalizer.normalize(papers.get(i).modelText()), this);
        docs.add(java.util.Arrays.copyOf(buffer, length));
        scanner.scan(papers.get(i), scans, i * scanner.width());
      }
      return new RawCorpus.ScannedBatch(worker, table.drainNew(), docs, scans);
    }

    @Override
    public void token(char[] chars, int start, int end) {
      append(table.idOf(chars, start, end));
    }

    @Override
    public void boundary() {
      append(RawCorpus.BOUNDARY);
    }

    private void append(int code) {
      if (length == buffer.length) {
        buffer = java.util.Arrays.copyOf(buffer, length * 2);
      }
      buffer[length++] = code;
    }
  }
}
