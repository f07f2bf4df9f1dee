package nl.lon.core.process;

import nl.lon.core.label.Labelled;

/**
 * Why a case was closed (reden afsluiting).
 *
 * <p>Dutch: <em>reden afsluiting</em>. Labels in both languages via {@link
 * #label(java.util.Locale)}.
 *
 * @since 0.1
 */
public enum ClosureReason implements Labelled {
  /** The client is in regular care. */
  GUIDED_TO_REGULAR_CARE,
  /** The client stands on their own feet again. */
  SELF_RELIANT_AGAIN,
  /** Referred to another organisation or circuit. */
  REFERRED,
  /** Moved; handed over to another network. */
  MOVED_WITH_HANDOVER,
  /** Care refused and no ground for coercion. */
  REFUSED_NO_GROUND_FOR_COERCION,
  /** The client died. */
  DECEASED,
  /** Another reason, described. */
  OTHER
}
