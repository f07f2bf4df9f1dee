package nl.lon.core.scan;

import nl.lon.core.error.InvalidValueException;
import nl.lon.core.internal.Checks;
import nl.lon.core.label.Labelled;

/**
 * A score on the ordinal five-point self-reliance scale of a life-domain scan
 * (zelfredzaamheidsniveau); no half scores.
 *
 * <p>Dutch: <em>zelfredzaamheidsniveau</em>. Labels in both languages via {@link
 * #label(java.util.Locale)}.
 *
 * @since 0.1
 */
public enum SelfRelianceLevel implements Labelled {
  /** Level 1. */
  ACUTE_PROBLEMS,
  /** Level 2. */
  NOT_SELF_RELIANT,
  /** Level 3. */
  LIMITED,
  /** Level 4. */
  SUFFICIENTLY_SELF_RELIANT,
  /** Level 5. */
  FULLY_SELF_RELIANT;

  /**
   * The level number on the five-point scale.
   *
   * @return 1 (acute problems) to 5 (fully self-reliant)
   */
  public int getLevel() {
    return ordinal() + 1;
  }

  /**
   * Obtains the level for its number.
   *
   * @param level 1 to 5; no half scores
   * @return the level
   * @throws InvalidValueException when the number is outside 1-5
   */
  public static SelfRelianceLevel of(int level) {
    Checks.range(level, 1, 5, "SelfRelianceLevel.level");
    return values()[level - 1];
  }
}
