/**
 * The access policy (privacyprotocol): who may see and do what with each resource the case service
 * serves (case, timeline, personal data, transfer, erasure, audit trail, network agenda, own
 * agenda, management figures), consent and legal bases for sharing, client numbers only, the
 * small-cell threshold of the figures, and the emergency override. Denies by default. {@link
 * nl.lon.rules.access.AccessRules} decides; {@link nl.lon.rules.access.AccessRuleId} lists every
 * rule id with its reason in English and Dutch.
 *
 * <p>Values are immutable; rules are pure and thread-safe. Null policy: no null arguments or
 * results.
 */
@LonStyle
package nl.lon.rules.access;

import nl.lon.core.internal.LonStyle;
