package nl.lon.simulation.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.state.CaseState;
import nl.lon.rules.process.CaseCommand;

/**
 * One act of a simulated case: the day it happens, who does it, and the command, made from the
 * case's state as last seen (for the plan's next version or the escalation to resolve).
 *
 * @param on the day the act happens
 * @param actor who does it
 * @param command the command, from the last state seen (empty before the case exists)
 */
record PlannedAct(
    LocalDate on, ProfessionalId actor, Function<Optional<CaseState>, CaseCommand> command) {

  static PlannedAct of(LocalDate on, ProfessionalId actor, CaseCommand command) {
    return new PlannedAct(on, actor, s -> command);
  }
}
