package nl.lon.rules.profile;

import nl.lon.core.label.Labelled;

/**
 * Whether the client must be informed before the report is made (de inwoner op de hoogte brengen).
 *
 * <p>"In Enschede moet de signaalinbrenger de betrokken inwoner(s) op de hoogte brengen dat de
 * gesignaleerde problemen worden besproken in het wijkzorgteam. Ook in Leeuwarden informeert men de
 * betrokken inwoner(s) en worden zij gemotiveerd om mee te werken" (seeds/004_ca47ed76719141bc.txt
 * l.1400-1402). Rotterdam's practice is not described. Every signal records whether the client was
 * informed, and why not where not ({@link nl.lon.core.process.Signal#isClientInformed()}).
 *
 * @since 0.2
 */
public enum ClientInformedPolicy implements Labelled {
  /**
   * The signaller must inform the client before the report: a signal recording the client as not
   * informed is refused (Enschede).
   */
  REQUIRED,
  /**
   * The client is informed and motivated to cooperate: a signal recording the client as not
   * informed is accepted, and the agenda asks the network director to inform and motivate the
   * client before judging the report (Leeuwarden).
   */
  ADVISED,
  /** Only recorded: whether the client was informed, and why not where not. */
  RECORDED
}
