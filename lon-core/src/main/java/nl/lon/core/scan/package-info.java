/**
 * The life-domain scan (Scan Leefgebieden), modelled on the Self-Reliance Matrix (ZRM 2017 and
 * 2010/2013): instruments, domains, the five-point level scale, and the mapping to the broad life
 * domains (leefgebieden) that profiles count.
 *
 * <p>Only domain codes, level numbers and this library's own short labels are shipped, never the
 * ZRM's cell texts. Values are immutable, thread-safe and validated on construction. Null and
 * validation policy: as in {@link nl.lon.core.error}.
 */
@LonStyle
package nl.lon.core.scan;

import nl.lon.core.internal.LonStyle;
