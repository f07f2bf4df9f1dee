package nl.lon.core.process;

import nl.lon.core.label.Labelled;

/**
 * The nine steps of a network's primary process, in order (de negen processtappen).
 *
 * <p>A case's current step is the step being worked on. Comparing constants with {@link #compareTo}
 * follows the order of the process.
 *
 * @since 0.1
 */
public enum ProcessStep implements Labelled {
  /** 1. Signal a worrying situation (signaleren). */
  SIGNAL,
  /** 2. Receive and judge the report (ontvangen van meldingen). */
  RECEIVE_REPORT,
  /** 3. Gather information and take the coordination decision (informatie verzamelen). */
  GATHER_INFORMATION,
  /** 4. Form an integral picture (vormen van een integraal beeld). */
  INTEGRAL_PICTURE,
  /** 5. Make a plan of approach (plan van aanpak). */
  PLAN_OF_APPROACH,
  /** 6. Execute the plan (uitvoeren). */
  EXECUTE,
  /** 7. Evaluate and adjust (evalueren en eventueel bijstellen). */
  EVALUATE,
  /** 8. Close (afsluiten). */
  CLOSE,
  /** 9. Follow after closure (volgen, nazorg). */
  FOLLOW_UP;

  /**
   * The step's number in the process, 1 to 9.
   *
   * @return the number
   */
  public int getNumber() {
    return ordinal() + 1;
  }
}
