package nl.lon.simulation;

/**
 * Told how far a simulation has come, for a progress bar; the library itself prints nothing.
 *
 * @since 0.2
 */
@FunctionalInterface
public interface ProgressListener {
  /** A listener that ignores progress. */
  ProgressListener NONE = (done, total) -> {};

  /**
   * Called after each simulated day.
   *
   * @param daysDone simulated days done
   * @param daysTotal simulated days in all
   */
  void progressed(int daysDone, int daysTotal);
}
