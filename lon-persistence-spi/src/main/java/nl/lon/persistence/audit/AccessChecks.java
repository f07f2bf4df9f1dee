package nl.lon.persistence.audit;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The access checks behind an audited action and their overall outcome (toegangscontroles).
 *
 * <p>Records which conditions of the access policy held: the actor's authorisation (role), a care
 * or case relationship with the client, consent or another legal basis, and whether an emergency
 * override was invoked. The {@link #getOutcome()} is the policy's decision ({@link
 * AuditOutcome#DENIED}) or, once access was allowed, what became of the request ({@link
 * AuditOutcome#ALLOWED}, {@link AuditOutcome#REFUSED}, ...); this value does not recompute it.
 *
 * <pre>{@code
 * AccessChecks checks = AccessChecks.builder()
 *     .authorised(true).relationshipToCase(true).consentOrLegalBasis(true)
 *     .emergencyOverride(false).legalBasis("Wmo 2015 art. 5.2.3")
 *     .outcome(AuditOutcome.ALLOWED).build();
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/PersistenceSnippets.java}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class AccessChecks {

  AccessChecks() {}

  /**
   * Whether the actor's role authorises this kind of action (geautoriseerd).
   *
   * @return true when authorised
   */
  public abstract boolean isAuthorised();

  /**
   * Whether the actor has a care or case relationship with the client (behandelrelatie of
   * casusbetrokkenheid).
   *
   * @return true when a relationship exists
   */
  public abstract boolean isRelationshipToCase();

  /**
   * Whether the client's consent or another legal basis covers the action (toestemming of
   * wettelijke grondslag).
   *
   * @return true when covered
   */
  public abstract boolean isConsentOrLegalBasis();

  /**
   * Whether an emergency override was invoked (noodtoegang); the entry then gives a reason.
   *
   * @return true when invoked
   */
  public abstract boolean isEmergencyOverride();

  /**
   * The legal basis relied on, when it is not (only) consent (wettelijke grondslag).
   *
   * @return a free text of at most 500 characters with a visible character and no control
   *     characters other than line feed and tab, or empty
   */
  public abstract Optional<String> getLegalBasis();

  /**
   * The outcome of the access: the policy's decision, or what happened after it allowed access
   * (uitkomst).
   *
   * @return the outcome
   */
  public abstract AuditOutcome getOutcome();

  @Value.Check
  void check() {
    getLegalBasis().ifPresent(b -> AuditFieldRules.freeText(b, 500, "AccessChecks.legalBasis"));
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
   * Builds a {@link AccessChecks}: set the attributes, then {@code build()} validates them and
   * returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableAccessChecks.Builder {
    /** Creates an empty builder, the same as {@link AccessChecks#builder()}. */
    public Builder() {}
  }
}
