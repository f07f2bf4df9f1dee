package nl.lon.core.client;

import nl.lon.core.label.Labelled;

/**
 * What a client's consent allows to be shared (reikwijdte toestemming).
 *
 * <p>Dutch: <em>reikwijdte toestemming</em>. Labels in both languages via {@link
 * #label(java.util.Locale)}.
 *
 * @since 0.1
 */
public enum ConsentScope implements Labelled {
  /** Partners of the network may exchange information about the client. */
  NETWORK_PARTNERS,
  /** Only partners involved in this case may exchange information. */
  CASE_PARTNERS,
  /** Only the organisations named on the form. */
  NAMED_ORGANISATIONS
}
