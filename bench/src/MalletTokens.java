import cc.mallet.pipe.CharSequence2TokenSequence;
import cc.mallet.pipe.CharSequenceLowercase;
import cc.mallet.pipe.Pipe;
import cc.mallet.pipe.SerialPipes;
import cc.mallet.pipe.TokenSequenceRemoveStopwords;
import cc.mallet.types.Instance;
import cc.mallet.types.TokenSequence;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes the tokens MALLET's own import makes of a TSV corpus (id, label, text per line), one document per line:
 * the common tokenization that every system's topics are scored on (bench/coherence-vs-peers.sh). The pipes are
 * those of Csv2Vectors --keep-sequence --remove-stopwords: lower case, the default token pattern, MALLET's stoplist.
 */
public final class MalletTokens {
  public static void main(String[] args) throws Exception {
    Pipe pipe = new SerialPipes(List.of(
        new CharSequenceLowercase(),
        new CharSequence2TokenSequence(Pattern.compile("\\p{L}[\\p{L}\\p{P}]+\\p{L}")),
        new TokenSequenceRemoveStopwords(false, false)));
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
        BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] fields = line.split("\t", 3);
        Instance instance = pipe.instanceFrom(new Instance(fields[2], null, fields[0], null));
        TokenSequence tokens = (TokenSequence) instance.getData();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
          if (i > 0) {
            sb.append(' ');
          }
          sb.append(tokens.get(i).getText());
        }
        out.write(sb.toString());
        out.newLine();
      }
    }
  }
}
