package nl.lon.service.history;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads the lines of an import file as {@link java.io.BufferedReader#readLine()} does (a line ends
 * at {@code \n}, {@code \r} or {@code \r\n}), but holds at most {@link #maxCharacters} characters
 * of a line: of a longer line it keeps the beginning, skips the rest to the line's end and says so,
 * so that one endless line cannot fill the memory.
 */
final class LineReader {

  private final Reader in;
  private final int maxCharacters;
  private final char[] buffer = new char[1 << 16];
  private int position;
  private int limit;
  private boolean skipLineFeed;
  private boolean lastTooLong;

  LineReader(Reader in, int maxCharacters) {
    this.in = in;
    this.maxCharacters = maxCharacters;
  }

  /**
   * The next line without its terminator, or null at the end of the input; of a line longer than
   * the maximum only its first characters ({@link #lastLineTooLong()} then says so).
   *
   * @throws IOException when the reader fails
   */
  String next() throws IOException {
    lastTooLong = false;
    StringBuilder kept = null;
    boolean any = false;
    while (true) {
      if (position >= limit && !fill()) {
        return any ? text(kept) : null;
      }
      if (skipLineFeed) {
        skipLineFeed = false;
        if (buffer[position] == '\n') {
          position++;
          continue;
        }
      }
      any = true;
      int start = position;
      while (position < limit && buffer[position] != '\n' && buffer[position] != '\r') {
        position++;
      }
      boolean ended = position < limit;
      int room = maxCharacters - (kept == null ? 0 : kept.length());
      int n = position - start;
      if (n > room) {
        lastTooLong = true;
        n = Math.max(room, 0);
      }
      if (ended && kept == null) {
        String line = new String(buffer, start, n);
        terminate();
        return line;
      }
      if (kept == null) {
        kept = new StringBuilder(Math.min(Math.max(2 * n, 256), maxCharacters));
      }
      kept.append(buffer, start, n);
      if (ended) {
        terminate();
        return kept.toString();
      }
    }
  }

  /** Whether the line {@link #next()} returned last was longer than the maximum. */
  boolean lastLineTooLong() {
    return lastTooLong;
  }

  private void terminate() {
    if (buffer[position] == '\r') {
      skipLineFeed = true;
    }
    position++;
  }

  private boolean fill() throws IOException {
    int n;
    do {
      n = in.read(buffer, 0, buffer.length);
    } while (n == 0);
    if (n < 0) {
      position = 0;
      limit = 0;
      return false;
    }
    position = 0;
    limit = n;
    return true;
  }

  private static String text(StringBuilder kept) {
    return kept == null ? "" : kept.toString();
  }
}
