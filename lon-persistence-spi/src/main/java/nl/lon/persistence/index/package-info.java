/**
 * The involvement index: who else is involved with a client (verwijsindex).
 *
 * <p>A professional registers that their organisation is involved with a client, keyed by a {@link
 * nl.lon.persistence.index.ClientPseudonym}: a keyed hash that the networks sharing the index
 * compute alike ({@link nl.lon.persistence.index.Pseudonymiser}), never the citizen service number
 * (BSN) itself. A second registration of the same pseudonym, by another organisation or in another
 * network, is a {@link nl.lon.persistence.index.Match} that both sides see: the other side's
 * network, organisation, contact professional and since when, never a reason or any case content.
 * The port is {@link nl.lon.persistence.index.InvolvementIndex}, with rules I1-I5.
 *
 * <p>Null policy: no method accepts or returns null; absent values are {@link java.util.Optional}.
 * Values are immutable and thread-safe; implementations of the port must be safe for use by many
 * threads.
 */
package nl.lon.persistence.index;
