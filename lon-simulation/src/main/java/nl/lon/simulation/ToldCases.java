package nl.lon.simulation;

import java.time.LocalDate;
import java.util.List;
import nl.lon.service.CaseService;

/**
 * Cases told alongside the simulated ones (vertelde casussen): an embedder's own stories, played
 * day by day through the same case service as the simulated year, so that they sit inside it and
 * its agenda and figures.
 *
 * <p>On each of its {@link #days()} within the simulated period, the simulation moves its clock to
 * nine in the morning of that day (before the simulated acts of that day, which are recorded at
 * five in the afternoon) and calls {@link #play}; the told acts are thus recorded on the day they
 * happened. Days outside the simulated period are not played. An exception thrown by {@link #play}
 * ends the simulation and reaches the caller: a told case is expected to be accepted where it
 * expects to be, and to catch the refusals it provokes itself.
 *
 * @since 0.3
 */
public interface ToldCases {
  /** No told cases. */
  ToldCases NONE =
      new ToldCases() {
        @Override
        public List<LocalDate> days() {
          return List.of();
        }

        @Override
        public void play(LocalDate day, CaseService service) {
          throw new IllegalStateException("no told cases to play on " + day);
        }
      };

  /**
   * The days on which the told cases have acts, ascending, each once.
   *
   * @return the days
   */
  List<LocalDate> days();

  /**
   * Plays the told acts of one day, dated that day.
   *
   * @param day one of {@link #days()}
   * @param service the simulation's case service, its clock on that day
   */
  void play(LocalDate day, CaseService service);
}
