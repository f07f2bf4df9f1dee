package nl.lon.core.id;

import org.immutables.value.Value;

/**
 * Identifies one case: the trajectory of one client (system) in one network, from signal to follow-up.
 *
 * <p>Dutch: <em>casus</em>. Immutable and thread-safe; equal when the values are equal.
 *
 * <pre>{@code CaseId id = CaseId.of("case-2026-0042");}</pre>
 *
 * @since 0.1
 */
@Value.Immutable(builder = false, copy = false)
public abstract class CaseId extends Identifier {

  CaseId() {}

  /**
   * Obtains an identifier from its text value.
   *
   * @param value 1-128 letters, digits or {@code . _ : -}
   * @return the identifier
   * @throws nl.lon.core.error.InvalidValueException when the value is blank or malformed
   */
  public static CaseId of(String value) {
    return ImmutableCaseId.of(value);
  }
}
