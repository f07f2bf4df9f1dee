package nl.lon.service;

import java.util.Objects;
import java.util.Optional;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.internal.Checks;

/**
 * Why a professional accesses case data, as the audit log records it (doel van de verwerking).
 *
 * <p>Every call of the case service takes one. A legal basis from the profile's catalogue allows
 * sharing without consent where consent is required; an emergency reason invokes the emergency
 * override, which the audit log flags.
 *
 * <pre>{@code Purpose.of("prepare network meeting").onBehalfOf("network director")}</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/ServiceSnippets.java}.
 *
 * @param purpose the purpose, for example "judge report"
 * @param onBehalfOf the responsible professional or role the actor works for
 * @param legalBasis the code of a legal basis invoked, if any
 * @param emergencyReason the emergency reason, if the override is invoked
 * @since 0.1
 */
public record Purpose(
    String purpose,
    String onBehalfOf,
    Optional<String> legalBasis,
    Optional<String> emergencyReason) {

  /**
   * Checks the fields.
   *
   * @param purpose the purpose, for example "judge report"
   * @param onBehalfOf the responsible professional or role the actor works for
   * @param legalBasis the code of a legal basis invoked, if any
   * @param emergencyReason the emergency reason, if the override is invoked
   */
  public Purpose {
    Checks.text(purpose, 500, "Purpose.purpose");
    Checks.text(onBehalfOf, Checks.MAX_LABEL, "Purpose.onBehalfOf");
    Objects.requireNonNull(legalBasis, "legalBasis");
    Objects.requireNonNull(emergencyReason, "emergencyReason");
    legalBasis.ifPresent(b -> Checks.text(b, Checks.MAX_LABEL, "Purpose.legalBasis"));
    emergencyReason.ifPresent(
        r -> {
          Checks.text(r, Checks.MAX_REASON, "Purpose.emergencyReason");
          if (!hasWords(r)) {
            throw new InvalidValueException(
                "Purpose.emergencyReason",
                "visible-words",
                "an emergency reason must say in words why the override is needed");
          }
        });
  }

  /** Whether a text holds at least two letters or digits in a row: a word, not only marks. */
  private static boolean hasWords(String text) {
    int run = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      run = Character.isLetterOrDigit(cp) ? run + 1 : 0;
      if (run >= 2) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /**
   * A purpose on the actor's own behalf.
   *
   * @param purpose the purpose
   * @return the purpose
   */
  public static Purpose of(String purpose) {
    return new Purpose(purpose, "self", Optional.empty(), Optional.empty());
  }

  /**
   * This purpose on behalf of a responsible professional or role.
   *
   * @param responsible who the actor works for
   * @return a copy
   */
  public Purpose onBehalfOf(String responsible) {
    return new Purpose(purpose, responsible, legalBasis, emergencyReason);
  }

  /**
   * This purpose invoking a legal basis for sharing without consent.
   *
   * @param code the legal basis code from the profile's catalogue
   * @return a copy
   */
  public Purpose withLegalBasis(String code) {
    return new Purpose(purpose, onBehalfOf, Optional.of(code), emergencyReason);
  }

  /**
   * This purpose invoking the emergency override.
   *
   * @param reason the emergency
   * @return a copy
   */
  public Purpose inEmergency(String reason) {
    return new Purpose(purpose, onBehalfOf, legalBasis, Optional.of(reason));
  }
}
