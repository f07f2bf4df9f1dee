package nl.lon.service.history;

import java.time.LocalDate;
import java.util.Objects;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.rules.process.CaseCommand;

/**
 * One act of an existing system's history: one line of the import format (handeling uit de
 * historie), as {@link HistoryFormat} writes and the {@link HistoryImporter} reads it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param caseId the case the act belongs to
 * @param network the case's network
 * @param businessDate the day the act took place in real life
 * @param actor the professional who acted
 * @param act the act, one of the case commands other than a correction or withdrawal of an entry
 *     (an imported history is the history as it counts: an old system's corrections are imported as
 *     the corrected acts)
 * @since 0.1
 */
public record HistoryAct(
    CaseId caseId,
    NetworkId network,
    LocalDate businessDate,
    ProfessionalId actor,
    CaseCommand act) {

  /**
   * Checks for nulls.
   *
   * @param caseId the case the act belongs to
   * @param network the case's network
   * @param businessDate the day the act took place in real life
   * @param actor the professional who acted
   * @param act the act, one of the case commands
   * @throws NullPointerException when a component is null
   * @throws InvalidValueException when the act corrects or withdraws an entry
   */
  public HistoryAct {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(businessDate, "businessDate");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(act, "act");
    if (act instanceof CaseCommand.CorrectEntry || act instanceof CaseCommand.WithdrawEntry) {
      throw new InvalidValueException(
          "HistoryAct.act",
          "importable-act",
          "a correction or withdrawal is not imported: import the act as it counts");
    }
  }

  /**
   * The act's name in the format: the simple name of its command type, such as {@code AdoptPlan}.
   *
   * @return the name
   */
  public String actName() {
    return act.getClass().getSimpleName();
  }
}
