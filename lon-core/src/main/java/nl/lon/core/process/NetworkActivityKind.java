package nl.lon.core.process;

import nl.lon.core.label.Labelled;

/**
 * The kind of a network activity that belongs to no case (soort netwerkactiviteit).
 *
 * <p>Dutch: <em>voorlichting</em> and <em>consultatie</em>. Labels in both languages via {@link
 * #label(java.util.Locale)}.
 *
 * @since 0.1
 */
public enum NetworkActivityKind implements Labelled {
  /**
   * Information to organisations not involved in the network about its way of working, or a
   * presentation on public mental health in general (voorlichting).
   */
  INFORMATION,
  /**
   * Advice to a professional or organisation about their own client, where the network does not
   * take the case over (consultatie).
   */
  CONSULTATION
}
