/**
 * The event store port: append-only streams of case events, one stream per case, with optimistic
 * concurrency and idempotent appends ({@link nl.lon.persistence.event.EventStore}).
 *
 * <p>Dutch: <em>gebeurtenissenopslag</em>. An adapter implements {@link
 * nl.lon.persistence.event.EventStore} on its own database; {@code nl.lon.persistence.memory} holds
 * the reference implementation. The values here ({@link nl.lon.persistence.event.AppendResult},
 * {@link nl.lon.persistence.event.StoredEvent}) are immutable and thread-safe. Null policy: no
 * method accepts or returns null; absent values are {@link java.util.Optional}. Implementations of
 * the store must be safe for use by many threads.
 */
@LonStyle
package nl.lon.persistence.event;

import nl.lon.core.internal.LonStyle;
