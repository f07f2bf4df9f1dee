package nl.lon.rules.access;

import java.util.Optional;

/**
 * The access policy's answer, with the outcome of each check (toegangsbesluit); the case service
 * writes these outcomes into the audit record.
 *
 * @param allowed whether access is allowed
 * @param rule the policy rule that decided, for example {@code access.viewer-scope}
 * @param message what was decided and, when denied, what would allow it
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
    String rule,
    String message,
    boolean authorised,
    boolean relationshipToCase,
    boolean consentOrLegalBasis,
    Optional<String> legalBasis,
    boolean emergencyOverride) {}
