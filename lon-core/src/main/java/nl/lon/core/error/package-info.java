/**
 * The LON SDK's one unchecked exception hierarchy, rooted at {@link
 * nl.lon.core.error.LonException}, and the {@link nl.lon.core.error.Violation} value that rule
 * refusals carry.
 *
 * <p>Every message says what to fix. Invalid input names the field; a refused command names the
 * rule and step in English and Dutch; a conflict carries the expected and actual version. Null
 * policy: no method accepts or returns null unless documented.
 */
package nl.lon.core.error;
