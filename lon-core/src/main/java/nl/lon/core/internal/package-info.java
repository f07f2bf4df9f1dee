/**
 * Internals shared by the LON SDK's own modules: the Immutables style and validation helpers.
 *
 * <p>Not part of the public API; may change in any release.
 */
package nl.lon.core.internal;
