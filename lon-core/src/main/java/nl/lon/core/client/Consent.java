package nl.lon.core.client;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A client's consent to share information about them within the network (toestemmingsformulier).
 *
 * <p>Leeuwarden requires it before partners exchange information. A consent is in force from the
 * day it was signed until the day it was withdrawn, if ever.
 *
 * <pre>{@code
 * Consent c = Consent.builder().scope(ConsentScope.NETWORK_PARTNERS)
 *     .signedOn(LocalDate.of(2026, 3, 2)).build();
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/CoreSnippets.java}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Consent {

  Consent() {}

  /**
   * What may be shared, and with whom.
   *
   * @return the scope
   */
  public abstract ConsentScope getScope();

  /**
   * The organisations named on the form; required, and only allowed, for {@link
   * ConsentScope#NAMED_ORGANISATIONS}.
   *
   * @return the named organisations
   */
  public abstract ImmutableSet<OrganisationId> getOrganisations();

  /**
   * The day the client signed.
   *
   * @return the date, within {@link nl.lon.core.process.PlausibleDates}
   */
  public abstract LocalDate getSignedOn();

  /**
   * The day the client withdrew the consent, if they did.
   *
   * @return the date, within {@link nl.lon.core.process.PlausibleDates}, or empty
   */
  public abstract Optional<LocalDate> getWithdrawnOn();

  /**
   * Whether the consent is in force on a date.
   *
   * @param date the date
   * @return true from the signing day up to the day before withdrawal
   */
  public boolean isInForceOn(LocalDate date) {
    return !date.isBefore(getSignedOn()) && getWithdrawnOn().map(date::isBefore).orElse(true);
  }

  /**
   * Whether the consent covers sharing with an organisation involved in the case.
   *
   * @param organisation the organisation
   * @param involvedInCase whether it is involved in this case
   * @return true when the scope covers it
   */
  public boolean covers(OrganisationId organisation, boolean involvedInCase) {
    switch (getScope()) {
      case NETWORK_PARTNERS:
        return true;
      case CASE_PARTNERS:
        return involvedInCase;
      default:
        return getOrganisations().contains(organisation);
    }
  }

  /**
   * This consent, withdrawn on a date.
   *
   * @param date the day of withdrawal, not before signing
   * @return a withdrawn copy
   */
  public Consent withdrawnOn(LocalDate date) {
    return builder().from(this).withdrawnOn(date).build();
  }

  @Value.Check
  void check() {
    Checks.date(getSignedOn(), "Consent.signedOn");
    Checks.optionalDate(getWithdrawnOn(), "Consent.withdrawnOn");
    boolean named = getScope() == ConsentScope.NAMED_ORGANISATIONS;
    Checks.require(
        named != getOrganisations().isEmpty(),
        "Consent.organisations",
        "named-organisations",
        named
            ? "name at least one organisation for scope NAMED_ORGANISATIONS"
            : "organisations are only named for scope NAMED_ORGANISATIONS");
    getWithdrawnOn()
        .ifPresent(
            w ->
                Checks.require(
                    !w.isBefore(getSignedOn()),
                    "Consent.withdrawnOn",
                    "not-before-signed",
                    "a consent cannot be withdrawn before it was signed"));
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
   * Builds a {@link Consent}: set the attributes, then {@code build()} validates them and returns
   * the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableConsent.Builder {
    /** Creates an empty builder, the same as {@link Consent#builder()}. */
    public Builder() {}
  }
}
