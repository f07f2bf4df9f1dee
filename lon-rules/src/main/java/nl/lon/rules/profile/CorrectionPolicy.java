package nl.lon.rules.profile;

import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * Who may correct or withdraw an entry made in error, and for how long (correctiebeleid).
 *
 * <p>The author of an entry (the professional who recorded the original act) may correct or
 * withdraw it for {@link #getAuthorDays()} calendar days after the day it was recorded, counted in
 * the network's time zone; a network director may do so at any time when {@link
 * #isNetworkDirectorAlways()}. The default ({@link #standard()}): the author for 14 days, the
 * network director always. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class CorrectionPolicy {

  /** The author's period in the standard policy, in days. */
  public static final int STANDARD_AUTHOR_DAYS = 14;

  CorrectionPolicy() {}

  /**
   * How many calendar days after the day of recording the author may still correct or withdraw the
   * entry; 0 allows it on the day itself only.
   *
   * @return 0 to 366
   */
  public abstract int getAuthorDays();

  /**
   * Whether a network director may correct or withdraw any entry at any time.
   *
   * @return true when the network director always may
   */
  public abstract boolean isNetworkDirectorAlways();

  @Value.Check
  void check() {
    Checks.range(getAuthorDays(), 0, 366, "CorrectionPolicy.authorDays");
  }

  /**
   * A policy.
   *
   * @param authorDays the author's period in calendar days after recording, 0 to 366
   * @param networkDirectorAlways whether a network director may correct at any time
   * @return the policy
   */
  public static CorrectionPolicy of(int authorDays, boolean networkDirectorAlways) {
    return new Builder()
        .authorDays(authorDays)
        .networkDirectorAlways(networkDirectorAlways)
        .build();
  }

  /**
   * The standard policy: the author for {@value #STANDARD_AUTHOR_DAYS} days, the network director
   * always.
   *
   * @return the policy
   */
  public static CorrectionPolicy standard() {
    return of(STANDARD_AUTHOR_DAYS, true);
  }

  /**
   * Builds a {@link CorrectionPolicy} for the factories of this type; not part of the public API.
   */
  static final class Builder extends ImmutableCorrectionPolicy.Builder {
    Builder() {}
  }
}
