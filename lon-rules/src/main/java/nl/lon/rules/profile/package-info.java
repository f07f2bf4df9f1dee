/**
 * Methodology profiles (methodiekprofielen): every setting in which networks differ, with presets
 * for Rotterdam, Enschede and Leeuwarden.
 *
 * <p>Values are immutable, thread-safe and validated on construction. Null and validation policy:
 * as in {@link nl.lon.core.error}.
 */
@LonStyle
package nl.lon.rules.profile;

import nl.lon.core.internal.LonStyle;
