/**
 * The state of a case, built by a pure fold over its events ({@link nl.lon.core.state.CaseState}).
 *
 * <p>The fold guards against corrupt streams with {@link nl.lon.core.error.IllegalEventException};
 * the rules of {@code lon-rules} decide which events may be appended. Immutable and thread-safe.
 * Null and validation policy: as in {@link nl.lon.core.error}.
 */
@LonStyle
package nl.lon.core.state;

import nl.lon.core.internal.LonStyle;
