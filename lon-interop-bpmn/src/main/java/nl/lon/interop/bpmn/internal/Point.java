package nl.lon.interop.bpmn.internal;

/**
 * A point of the layout, in pixels from the top left.
 *
 * @param x the x coordinate
 * @param y the y coordinate
 */
public record Point(int x, int y) {}
