package nl.lon.service.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The import's line reader splits lines exactly as {@link BufferedReader#readLine()} does. */
class LineReaderProperties {

  /** A reader that hands out at most {@code chunk} characters a call, as a slow stream does. */
  private static Reader chunked(String text, int chunk) {
    StringReader in = new StringReader(text);
    return new Reader() {
      @Override
      public int read(char[] b, int off, int len) throws IOException {
        return in.read(b, off, Math.min(len, chunk));
      }

      @Override
      public void close() {}
    };
  }

  private static List<String> expected(String text) throws IOException {
    List<String> lines = new ArrayList<>();
    BufferedReader in = new BufferedReader(new StringReader(text));
    String line;
    while ((line = in.readLine()) != null) {
      lines.add(line);
    }
    return lines;
  }

  @Property(tries = 2000)
  void next_anyText_sameLinesAsReadLine(
      @ForAll @StringLength(max = 300) @Chars({'a', 'b', '\n', '\r', ' ', 'é'}) String text,
      @ForAll @IntRange(min = 1, max = 17) int chunk)
      throws IOException {
    LineReader in = new LineReader(chunked(text, chunk), 1_000);
    List<String> lines = new ArrayList<>();
    String line;
    while ((line = in.next()) != null) {
      assertFalse(in.lastLineTooLong());
      lines.add(line);
    }
    assertEquals(expected(text), lines);
  }

  @Property(tries = 500)
  void next_linesLongerThanTheMaximum_keepTheirBeginningAndSayItTheNextLineIsWhole(
      @ForAll @IntRange(min = 4, max = 40) int max,
      @ForAll @IntRange(min = 0, max = 120) int length,
      @ForAll @IntRange(min = 1, max = 9) int chunk)
      throws IOException {
    String longLine = "x".repeat(length);
    LineReader in = new LineReader(chunked(longLine + "\r\nnext\n", chunk), max);

    assertEquals(longLine.substring(0, Math.min(length, max)), in.next());
    assertEquals(length > max, in.lastLineTooLong());
    assertEquals("next", in.next());
    assertFalse(in.lastLineTooLong());
    assertNull(in.next());
  }

  @Test
  void next_endlessLine_holdsOnlyTheMaximum() throws IOException {
    Reader endless =
        new Reader() {
          private long left = 50_000_000L;

          @Override
          public int read(char[] b, int off, int len) {
            if (left <= 0) {
              return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, 'x');
            left -= n;
            return n;
          }

          @Override
          public void close() {}
        };
    LineReader in = new LineReader(endless, 1_000);

    assertEquals(1_000, in.next().length());
    assertTrue(in.lastLineTooLong());
    assertNull(in.next());
  }
}
