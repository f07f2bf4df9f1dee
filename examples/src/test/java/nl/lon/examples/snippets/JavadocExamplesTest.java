package nl.lon.examples.snippets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Java example in the Javadoc of the library modules ({@code <pre>{@code ...}</pre>} in
 * {@code ../lon-*}{@code /src/main/java}) points to a snippet holder in this package and appears
 * there verbatim (whitespace aside), where it compiles. Examples in other languages are marked
 * {@code <pre class="json">} (or another class) and are skipped.
 */
class JavadocExamplesTest {

  /** Where the snippet holders live, as the Javadoc pointers name them. */
  static final String SNIPPETS = "examples/src/test/java/nl/lon/examples/snippets/";

  private static final Pattern BLOCK = Pattern.compile("<pre>\\{@code(.*?)}</pre>", Pattern.DOTALL);
  private static final Pattern POINTER = Pattern.compile(Pattern.quote(SNIPPETS) + "(\\w+\\.java)");
  private static final Pattern LEADING_STAR = Pattern.compile("(?m)^\\s*\\*(?!/) ?");
  private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(\\d+);");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Map<String, String> NAMED_ENTITIES =
      Map.of("&lt;", "<", "&gt;", ">", "&quot;", "\"", "&amp;", "&");

  /** One example: the file it is in, its line there and its decoded text. */
  record Example(Path file, int line, String text, String comment) {
    String firstLine() {
      return text.strip().lines().findFirst().orElse("").strip();
    }

    String where() {
      return file.normalize() + ":" + line + " (" + firstLine() + ")";
    }
  }

  @Test
  void everyJavadocExample_pointsToItsSnippetHolder_andAppearsThere() {
    List<Example> examples = examples();
    assertTrue(
        examples.size() >= 60,
        "expected at least 60 Javadoc examples under ../lon-*/src/main/java, found "
            + examples.size());
    List<String> failures = new ArrayList<>();
    for (Example example : examples) {
      Matcher pointer = POINTER.matcher(example.comment());
      if (!pointer.find()) {
        failures.add(example.where() + ": its Javadoc does not name its holder in " + SNIPPETS);
        continue;
      }
      Path holder = Path.of("src/test/java/nl/lon/examples/snippets", pointer.group(1));
      if (!Files.isRegularFile(holder)) {
        failures.add(example.where() + ": names " + pointer.group(1) + ", which does not exist");
        continue;
      }
      if (!squeeze(read(holder)).contains(squeeze(example.text()))) {
        failures.add(example.where() + ": not in " + pointer.group(1));
      }
    }
    assertEquals(List.of(), failures, failures.size() + " of " + examples.size() + " examples");
  }

  @Test
  void decode_turnsEntitiesIntoCharacters() {
    assertEquals(
        "@Property Map<K, V> a && b }",
        decode("&#64;Property Map&lt;K, V&gt; a &amp;&amp; b &#125;"));
  }

  @Test
  void examples_skipsBlocksMarkedAsAnotherLanguage() {
    String source =
        "/**\n * <pre>{@code\n * int a = 1;\n * }</pre>\n * <pre class=\"json\">{@code\n * {\"a\":1}\n"
            + " * }</pre>\n */\n";
    List<Example> found = examplesIn(Path.of("Some.java"), source);
    assertEquals(1, found.size());
    assertEquals("int a = 1;", found.get(0).text().strip());
    assertEquals(2, found.get(0).line());
  }

  /** Every Java example in the library modules' main sources. */
  static List<Example> examples() {
    List<Example> all = new ArrayList<>();
    for (Path file : mainSources()) {
      all.addAll(examplesIn(file, read(file)));
    }
    return all;
  }

  private static List<Path> mainSources() {
    try (Stream<Path> modules = Files.list(Path.of(".."))) {
      List<Path> roots =
          modules
              .filter(m -> m.getFileName().toString().startsWith("lon-"))
              .map(m -> m.resolve("src/main/java"))
              .filter(Files::isDirectory)
              .sorted()
              .collect(Collectors.toList());
      List<Path> files = new ArrayList<>();
      for (Path root : roots) {
        try (Stream<Path> walk = Files.walk(root)) {
          walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
        }
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Example> examplesIn(Path file, String source) {
    List<Example> found = new ArrayList<>();
    Matcher m = BLOCK.matcher(source);
    while (m.find()) {
      int commentStart = Math.max(0, source.lastIndexOf("/**", m.start()));
      int commentEnd = source.indexOf("*/", m.end());
      String comment =
          source.substring(commentStart, commentEnd < 0 ? source.length() : commentEnd);
      int line = 1 + (int) source.substring(0, m.start()).chars().filter(c -> c == '\n').count();
      String text = decode(LEADING_STAR.matcher(m.group(1)).replaceAll(""));
      found.add(new Example(file, line, text, LEADING_STAR.matcher(comment).replaceAll("")));
    }
    return found;
  }

  static String decode(String text) {
    Matcher m = NUMERIC_ENTITY.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          out, Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1)))));
    }
    m.appendTail(out);
    String decoded = out.toString();
    for (Map.Entry<String, String> e : NAMED_ENTITIES.entrySet()) {
      if (!e.getKey().equals("&amp;")) {
        decoded = decoded.replace(e.getKey(), e.getValue());
      }
    }
    return decoded.replace("&amp;", "&");
  }

  private static String squeeze(String text) {
    return WHITESPACE.matcher(text).replaceAll("");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
