package nl.lon.rules.figures;

import nl.lon.core.label.Labelled;
import nl.lon.core.process.ClosureReason;
import nl.lon.core.process.CoordinationOutcome;

/**
 * How a case stands at the end of the stream (uitkomst): still open, closed for a reason, ended at
 * intake, or transferred.
 *
 * @since 0.1
 */
public enum FigureOutcome implements Labelled {
  /** Still open (also after a reopening). */
  OPEN,
  /** Closed: guided to regular care. */
  GUIDED_TO_REGULAR_CARE,
  /** Closed: self-reliant again. */
  SELF_RELIANT_AGAIN,
  /** Closed: referred. */
  REFERRED,
  /** Closed: moved with a warm handover. */
  MOVED_WITH_HANDOVER,
  /** Closed: help refused and no ground for coercion. */
  REFUSED_NO_GROUND_FOR_COERCION,
  /** Closed: the client died. */
  DECEASED,
  /** Closed for another reason. */
  CLOSED_OTHER,
  /** Ended at intake: the report was judged out of scope. */
  OUT_OF_SCOPE_AT_JUDGEMENT,
  /** Ended at intake: the coordination decision referred to another circuit. */
  REFERRED_TO_CIRCUIT,
  /** Ended at intake: the coordination decision referred to an organisation. */
  REFERRED_TO_ORGANISATION,
  /** Ended at intake: the coordination decision found the case out of scope. */
  OUT_OF_SCOPE_AT_COORDINATION,
  /** Ended at intake: handed to the crisis service. */
  CRISIS_HAND_OFF,
  /** Transferred to another network with a warm handover. */
  TRANSFERRED;

  /**
   * The outcome of a case closed for the given reason (afsluitreden).
   *
   * @param reason the closure reason
   * @return the outcome
   * @since 0.1
   */
  public static FigureOutcome closedFor(ClosureReason reason) {
    switch (reason) {
      case GUIDED_TO_REGULAR_CARE:
        return GUIDED_TO_REGULAR_CARE;
      case SELF_RELIANT_AGAIN:
        return SELF_RELIANT_AGAIN;
      case REFERRED:
        return REFERRED;
      case MOVED_WITH_HANDOVER:
        return MOVED_WITH_HANDOVER;
      case REFUSED_NO_GROUND_FOR_COERCION:
        return REFUSED_NO_GROUND_FOR_COERCION;
      case DECEASED:
        return DECEASED;
      default:
        return CLOSED_OTHER;
    }
  }

  /**
   * The outcome of a case ended by a coordination decision not to coordinate (coördinatiebesluit).
   *
   * @param outcome the decision's outcome, not {@link CoordinationOutcome#COORDINATE}
   * @return the outcome
   * @throws IllegalArgumentException when the outcome is to coordinate
   * @since 0.1
   */
  public static FigureOutcome endedBy(CoordinationOutcome outcome) {
    switch (outcome) {
      case REFER_TO_CIRCUIT:
        return REFERRED_TO_CIRCUIT;
      case REFER_TO_ORGANISATION:
        return REFERRED_TO_ORGANISATION;
      case OUT_OF_SCOPE:
        return OUT_OF_SCOPE_AT_COORDINATION;
      case CRISIS_HAND_OFF:
        return CRISIS_HAND_OFF;
      default:
        throw new IllegalArgumentException("a decision to coordinate does not end the case");
    }
  }

  /**
   * Whether this outcome is a closure (step 8) rather than open, ended at intake or transferred.
   *
   * @return true for the closure reasons
   * @since 0.1
   */
  public boolean isClosure() {
    return compareTo(GUIDED_TO_REGULAR_CARE) >= 0 && compareTo(CLOSED_OTHER) <= 0;
  }
}
