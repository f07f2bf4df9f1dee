/**
 * The personal-data vault port: a client's name, address, residence, telephone and date of birth,
 * kept apart from the case events so that they can be erased ({@link
 * nl.lon.persistence.vault.PersonalDataVault}).
 *
 * <p>Dutch: <em>kluis voor persoonsgegevens</em>. Case events name a client only by {@link
 * nl.lon.core.id.ClientNumber}; whoever needs the person behind the number asks the vault, and the
 * case service audits that read. The citizen service number (BSN) is never stored. {@link
 * nl.lon.persistence.vault.PersonalData} is immutable and thread-safe and never shows its values in
 * {@code toString()}. Null policy: no method accepts or returns null; absent values are {@link
 * java.util.Optional}. Implementations of the vault must be safe for use by many threads.
 */
@LonStyle
package nl.lon.persistence.vault;

import nl.lon.core.internal.LonStyle;
