package nl.lon.persistence.vault;

import java.time.LocalDate;
import java.util.Optional;
import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The personal data of one client: name, address, residence, telephone and date of birth
 * (persoonsgegevens, NAWT).
 *
 * <p>Kept only in a {@link PersonalDataVault}, never in case events or audit records. The citizen
 * service number (BSN) is deliberately absent. Every attribute is redacted: {@code toString()}
 * shows none of the values, so personal data do not leak into logs or error messages.
 *
 * <pre>{@code
 * PersonalData p = PersonalData.builder()
 *     .name("J. de Vries").address("Dorpsstraat 1").residence("Rotterdam")
 *     .phone("010-1234567").dateOfBirth(LocalDate.of(1970, 5, 17)).build();
 * }</pre>
 *
 * <p>For a client without a fixed address, record the postal address (postadres) or a
 * description such as {@code "zonder vaste woon- of verblijfplaats"}. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class PersonalData {

  PersonalData() {}

  /**
   * The client's name (naam).
   *
   * @return a non-blank text of at most 200 characters
   */
  @Value.Redacted
  public abstract String getName();

  /**
   * The street address (adres).
   *
   * @return a non-blank text of at most 200 characters
   */
  @Value.Redacted
  public abstract String getAddress();

  /**
   * The place of residence (woonplaats).
   *
   * @return a non-blank text of at most 100 characters
   */
  @Value.Redacted
  public abstract String getResidence();

  /**
   * The telephone number (telefoonnummer), when known.
   *
   * @return a non-blank text of at most 40 characters, or empty
   */
  @Value.Redacted
  public abstract Optional<String> getPhone();

  /**
   * The date of birth (geboortedatum), when known.
   *
   * @return the date, or empty
   */
  @Value.Redacted
  public abstract Optional<LocalDate> getDateOfBirth();

  @Value.Check
  void check() {
    text(getName(), 200, "PersonalData.name");
    text(getAddress(), 200, "PersonalData.address");
    text(getResidence(), 100, "PersonalData.residence");
    getPhone().ifPresent(p -> text(p, 40, "PersonalData.phone"));
  }

  private static void text(String value, int max, String field) {
    Checks.notBlank(value, field);
    Checks.maxLength(value, max, field);
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static ImmutablePersonalData.Builder builder() {
    return ImmutablePersonalData.builder();
  }
}
