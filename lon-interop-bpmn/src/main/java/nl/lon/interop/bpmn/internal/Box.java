package nl.lon.interop.bpmn.internal;

/**
 * A rectangle of the layout, in pixels from the top left.
 *
 * @param x the left edge
 * @param y the top edge
 * @param width the width
 * @param height the height
 */
public record Box(int x, int y, int width, int height) {

  /**
   * The horizontal centre.
   *
   * @return the x coordinate of the centre
   */
  public int cx() {
    return x + width / 2;
  }

  /**
   * The vertical centre.
   *
   * @return the y coordinate of the centre
   */
  public int cy() {
    return y + height / 2;
  }

  /**
   * The right edge.
   *
   * @return x plus width
   */
  public int right() {
    return x + width;
  }

  /**
   * The bottom edge.
   *
   * @return y plus height
   */
  public int bottom() {
    return y + height;
  }

  /**
   * A box with a centre and a size.
   *
   * @param cx the centre's x
   * @param cy the centre's y
   * @param width the width
   * @param height the height
   * @return the box
   */
  public static Box centred(int cx, int cy, int width, int height) {
    return new Box(cx - width / 2, cy - height / 2, width, height);
  }
}
