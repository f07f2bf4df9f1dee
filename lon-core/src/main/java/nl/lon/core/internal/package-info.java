/**
 * Internals shared by the LON SDK's own modules: the Immutables style and validation helpers, among
 * them the one text rule for free texts ({@link nl.lon.core.internal.Checks#text(String, int,
 * String)}).
 *
 * <p>Not part of the public API; may change in any release.
 */
package nl.lon.core.internal;
