package nl.lon.rules.access;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The access policy's answer, with the outcome of each check (toegangsbesluit); the case service
 * writes these outcomes into the audit record.
 *
 * @param allowed whether access is allowed
 * @param ruleId the policy rule that decided, for example {@link AccessRuleId#VIEWER_SCOPE}
 * @param message what was decided and, when denied, what would allow it, in English
 * @param messageNl the same in Dutch
 * @param authorised whether the actor's role and organisation allow it
 * @param relationshipToCase whether the actor has a care or case relationship with the case
 * @param consentOrLegalBasis whether consent is in force or a legal basis was invoked (true when
 *     the policy needs neither)
 * @param legalBasis the legal basis invoked, if any
 * @param emergencyOverride whether the emergency override was used
 * @since 0.1
 */
public record AccessDecision(
    boolean allowed,
    AccessRuleId ruleId,
    String message,
    String messageNl,
    boolean authorised,
    boolean relationshipToCase,
    boolean consentOrLegalBasis,
    Optional<String> legalBasis,
    boolean emergencyOverride) {

  /**
   * Checks for nulls.
   *
   * @param allowed whether access is allowed
   * @param ruleId the policy rule that decided, for example {@link AccessRuleId#VIEWER_SCOPE}
   * @param message what was decided and, when denied, what would allow it, in English
   * @param messageNl the same in Dutch
   * @param authorised whether the actor's role and organisation allow it
   * @param relationshipToCase whether the actor has a care or case relationship with the case
   * @param consentOrLegalBasis whether consent is in force or a legal basis was invoked (true when
   *     the policy needs neither)
   * @param legalBasis the legal basis invoked, if any
   * @param emergencyOverride whether the emergency override was used
   */
  public AccessDecision {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(messageNl, "messageNl");
    Objects.requireNonNull(legalBasis, "legalBasis");
  }

  /**
   * The stable id of the rule that decided, as stored in audit records.
   *
   * @return the id, for example {@code access.viewer-scope}
   */
  public String rule() {
    return ruleId.getId();
  }

  /**
   * The message in a language: Dutch for {@code nl}, else English.
   *
   * @param locale the locale
   * @return the message
   */
  public String reason(Locale locale) {
    return "nl".equals(locale.getLanguage()) ? messageNl : message;
  }
}
