/**
 * The access policy (privacyprotocol): who may see and do what with a case, consent and legal
 * bases for sharing, client numbers only, and the emergency override. Denies by default.
 *
 * <p>Values are immutable; rules are pure and thread-safe. Null policy: no null arguments or
 * results.
 */
@LonStyle
package nl.lon.rules.access;

import nl.lon.core.internal.LonStyle;
