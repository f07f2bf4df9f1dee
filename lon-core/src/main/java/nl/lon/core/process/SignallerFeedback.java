package nl.lon.core.process;

import java.time.LocalDate;
import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * Feedback to and consultation with the signaller about the follow-up of their signal
 * (terugkoppeling aan de melder; "overleg met de signaalinbrenger over het vervolg", Enschede,
 * seeds/004_ca47ed76719141bc.txt l.1434-1435).
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class SignallerFeedback {

  SignallerFeedback() {}

  /**
   * The day the feedback was given.
   *
   * @return the date, within {@link PlausibleDates}
   */
  @Value.Parameter
  public abstract LocalDate getGivenOn();

  /**
   * What the signaller was told, without personal data.
   *
   * @return a text with visible content, at most 2,000 characters
   */
  @Value.Parameter
  public abstract String getSummary();

  @Value.Check
  void check() {
    Checks.date(getGivenOn(), "SignallerFeedback.givenOn");
    Checks.text(getSummary(), Checks.MAX_REASON, "SignallerFeedback.summary");
  }

  /**
   * Creates feedback.
   *
   * @param givenOn the day given
   * @param summary what was told
   * @return the feedback
   */
  public static SignallerFeedback of(LocalDate givenOn, String summary) {
    return ImmutableSignallerFeedback.of(givenOn, summary);
  }
}
