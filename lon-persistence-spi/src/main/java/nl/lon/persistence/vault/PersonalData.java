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
 * shows none of the values, and a rejected value is never repeated in an exception message, so
 * personal data do not leak into logs or error messages. Texts follow the text rule of the domain
 * model: visible content, no control characters other than line feed and tab, no bidi controls, no
 * unpaired surrogates, and the maximum length of their database column.
 *
 * <pre>{@code
 * PersonalData p = PersonalData.builder()
 *     .name("J. de Vries").address("Dorpsstraat 1").residence("Rotterdam")
 *     .phone("010-1234567").dateOfBirth(LocalDate.of(1970, 5, 17)).build();
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/PersistenceSnippets.java}.
 *
 * <p>For a client without a fixed address, record the postal address (postadres) or a description
 * such as {@code "zonder vaste woon- of verblijfplaats"}. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class PersonalData {

  /** The maximum length of {@link #getName()}, as the {@code full_name} column: 200. */
  public static final int MAX_NAME = 200;

  /** The maximum length of {@link #getAddress()}, as the {@code address} column: 200. */
  public static final int MAX_ADDRESS = 200;

  /** The maximum length of {@link #getResidence()}, as the {@code residence} column: 100. */
  public static final int MAX_RESIDENCE = 100;

  /** The maximum length of {@link #getPhone()}, as the {@code phone} column: 40. */
  public static final int MAX_PHONE = 40;

  PersonalData() {}

  /**
   * The client's name (naam).
   *
   * @return a text with visible content, at most {@value #MAX_NAME} characters
   */
  @Value.Redacted
  public abstract String getName();

  /**
   * The street address (adres).
   *
   * @return a text with visible content, at most {@value #MAX_ADDRESS} characters
   */
  @Value.Redacted
  public abstract String getAddress();

  /**
   * The place of residence (woonplaats).
   *
   * @return a text with visible content, at most {@value #MAX_RESIDENCE} characters
   */
  @Value.Redacted
  public abstract String getResidence();

  /**
   * The telephone number (telefoonnummer), when known.
   *
   * @return a text with visible content of at most {@value #MAX_PHONE} characters, or empty
   */
  @Value.Redacted
  public abstract Optional<String> getPhone();

  /**
   * The date of birth (geboortedatum), when known.
   *
   * <p>Within {@link nl.lon.core.process.PlausibleDates} (1900-01-01 to 2199-12-31). A value has no
   * clock, so a date of birth after today is not refused here: a service checks it with {@link
   * nl.lon.core.process.PlausibleDates#plausibleDateOfBirth(LocalDate, LocalDate)}.
   *
   * @return the date, or empty
   */
  @Value.Redacted
  public abstract Optional<LocalDate> getDateOfBirth();

  @Value.Check
  void check() {
    Checks.text(getName(), MAX_NAME, "PersonalData.name");
    Checks.text(getAddress(), MAX_ADDRESS, "PersonalData.address");
    Checks.text(getResidence(), MAX_RESIDENCE, "PersonalData.residence");
    Checks.optionalText(getPhone(), MAX_PHONE, "PersonalData.phone");
    Checks.optionalDate(getDateOfBirth(), "PersonalData.dateOfBirth");
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link PersonalData}: set the attributes, then {@code build()} validates them and
   * returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutablePersonalData.Builder {
    /** Creates an empty builder, the same as {@link PersonalData#builder()}. */
    public Builder() {}
  }
}
