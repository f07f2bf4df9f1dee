/**
 * The directory port: the networks, their partner organisations and the professionals who act in
 * them, with their roles ({@link nl.lon.persistence.directory.Directory}).
 *
 * <p>Dutch: <em>register van netwerken, partners en professionals</em>. The values stored are
 * lon-core's immutable {@link nl.lon.core.network.Network}, {@link
 * nl.lon.core.network.PartnerOrganisation} and {@link nl.lon.core.network.Professional}. Null
 * policy: no method accepts or returns null; absent values are {@link java.util.Optional}.
 * Implementations must be safe for use by many threads.
 */
package nl.lon.persistence.directory;
