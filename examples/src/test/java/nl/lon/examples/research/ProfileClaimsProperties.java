package nl.lon.examples.research;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.statistics.Statistics;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.CaseReopened;
import nl.lon.core.event.EventType;
import nl.lon.core.id.CaseId;
import nl.lon.core.state.CaseState;
import nl.lon.rules.agenda.AgendaRules;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.testkit.arbitraries.CaseHistories;
import nl.lon.testkit.model.ProcessInvariants;
import nl.lon.testkit.model.ProcessModel;

/**
 * Researcher example: claims about a methodology profile, checked over the process model.
 *
 * <p>{@link ProcessModel#chains(MethodologyProfile)} gives action chains: signals, judgements,
 * appointments, plans, evaluations, closures, follow-ups and the other use cases, given to the real
 * case service of one network with generated arguments; a claim checked after every act is an
 * invariant of the chain. {@link CaseHistories#histories(MethodologyProfile)} is the same model
 * seen as the history of one case, for claims about a history as a whole. When a claim is false,
 * jqwik shrinks to the shortest sequence of acts with the simplest arguments that breaks it.
 */
class ProfileClaimsProperties {

  @Provide
  Arbitrary<List<CaseEvent>> rotterdamHistories() {
    return CaseHistories.histories(MethodologyProfile.rotterdam());
  }

  @Provide
  Arbitrary<ActionChain<ProcessModel>> enschedeNetworks() {
    return ProcessModel.chains(MethodologyProfile.enschede());
  }

  /**
   * Under the Enschede preset no plan is adopted before a problem owner is appointed (since the
   * case was last reopened, which clears the appointment), in any of the network's cases, after
   * every act; and the model's own invariants hold throughout.
   */
  @Property(tries = 100)
  void enschede_noPlanBeforeProblemOwner(
      @ForAll("enschedeNetworks") ActionChain<ProcessModel> chain) {
    ProcessModel model =
        ProcessInvariants.addTo(chain)
            .withInvariant("no plan before a problem owner", m -> noPlanBeforeOwner(m))
            .run();
    Statistics.label("a plan adopted")
        .collect(
            model.getCases().stream()
                .anyMatch(
                    c ->
                        model.getHistory(c).stream()
                            .anyMatch(e -> e.getType() == EventType.PLAN_ADOPTED)));
  }

  private static void noPlanBeforeOwner(ProcessModel model) {
    for (CaseId caseId : model.getCases()) {
      boolean ownerAppointed = false;
      for (CaseEvent e : model.getHistory(caseId)) {
        if (e instanceof CaseReopened) {
          ownerAppointed = false;
        } else if (e.getType() == EventType.TRAJECTORY_DIRECTOR_APPOINTED) {
          ownerAppointed = true;
        } else if (e.getType() == EventType.PLAN_ADOPTED) {
          assertTrue(
              ownerAppointed,
              caseId.getValue() + ": plan adopted before a problem owner at #" + e.getSequence());
        }
      }
    }
  }

  /**
   * Under the Rotterdam preset a closed case has nothing on the agenda but its follow-up checks,
   * and, after a drop-out, discussing the client again at the next network meeting (the expert
   * advice, seeds/004_ca47ed76719141bc.txt l.549-550).
   */
  @Property(tries = 300)
  void rotterdam_closedCaseOwesOnlyFollowUps(
      @ForAll("rotterdamHistories") List<CaseEvent> history) {
    CaseState state = CaseState.replay(history);
    if (state.getClosure().isPresent()) {
      AgendaRules.of(MethodologyProfile.rotterdam())
          .forCase(state, state.getLastEventOn().get())
          .getObligations()
          .forEach(
              o ->
                  assertTrue(
                      o.getKind().name().equals("FOLLOW_UP_CHECK")
                          || (o.getKind().name().equals("DISCUSS_AGAIN")
                              && state.getFollowUps().stream()
                                  .anyMatch(
                                      f ->
                                          f.getCheck().getOutcome()
                                              == nl.lon.core.process.FollowUpOutcome.DROPPED_OUT)),
                      "unexpected " + o));
    }
  }
}
