/**
 * The case events: a closed ({@code sealed}) hierarchy with one immutable type per thing that can
 * happen to a case, from {@link nl.lon.core.event.SignalReceived} to {@link
 * nl.lon.core.event.CaseTransferred}.
 *
 * <p>Events are the record: a case is an append-only stream of them, and its state is a pure fold
 * over the stream ({@link nl.lon.core.state.CaseState}). Immutable and thread-safe. Null and
 * validation policy: as in {@link nl.lon.core.error}.
 */
@LonStyle
package nl.lon.core.event;

import nl.lon.core.internal.LonStyle;
