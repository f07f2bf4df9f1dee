/**
 * The primary process of a network: the nine steps and the values each step records (signal,
 * coordination decision, plan of approach, progress report, meeting, evaluation, closure, follow-up
 * check, instruments, warm handover).
 *
 * <p>Values are immutable, thread-safe and validated on construction; none holds a client's
 * personal data. Every free text has visible content, no control characters other than line feed
 * and tab, no bidi controls, no unpaired surrogates, and a maximum length stated on its getter;
 * every date lies in {@link nl.lon.core.process.PlausibleDates}. A rejection names the field and
 * the rule, never the rejected value. Null and validation policy: as in {@link nl.lon.core.error}.
 */
@LonStyle
package nl.lon.core.process;

import nl.lon.core.internal.LonStyle;
