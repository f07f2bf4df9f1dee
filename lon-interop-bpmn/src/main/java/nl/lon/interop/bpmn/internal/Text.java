package nl.lon.interop.bpmn.internal;

import java.util.ArrayList;
import java.util.List;

/** Line wrapping and text-width estimates for labels in a sans-serif font. */
final class Text {

  /** The average width of a character, as a share of the font size (sans-serif, mixed case). */
  private static final double CHAR_WIDTH = 0.56;

  private Text() {}

  /**
   * Wraps a text into lines that fit a width, breaking at spaces; a word longer than a line keeps
   * its line.
   *
   * @param text the text
   * @param width the width in pixels
   * @param font the font size in pixels
   * @return the lines, empty for an empty text
   */
  static List<String> wrap(String text, int width, int font) {
    int max = Math.max(6, (int) (width / (font * CHAR_WIDTH)));
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.trim().split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (line.length() > 0 && line.length() + 1 + word.length() > max) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  /**
   * The estimated width of the widest line.
   *
   * @param lines the lines
   * @param font the font size in pixels
   * @return the width in pixels
   */
  static int width(List<String> lines, int font) {
    int longest = lines.stream().mapToInt(String::length).max().orElse(0);
    return (int) Math.ceil(longest * font * CHAR_WIDTH);
  }

  /**
   * The height of a block of lines.
   *
   * @param lines the number of lines
   * @param font the font size in pixels
   * @return the height in pixels
   */
  static int height(int lines, int font) {
    return lines * lineHeight(font);
  }

  /**
   * The distance between two baselines.
   *
   * @param font the font size in pixels
   * @return the line height in pixels
   */
  static int lineHeight(int font) {
    return font + 3;
  }
}
