package nl.lon.examples.research;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.EventType;
import nl.lon.core.state.CaseState;
import nl.lon.rules.agenda.AgendaRules;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.testkit.arbitraries.CaseHistories;

/**
 * Researcher example: claims about a methodology profile, checked over generated case histories.
 *
 * <p>{@link CaseHistories#histories(MethodologyProfile)} builds realistic histories by applying
 * random commands through the rules and keeping the accepted ones; a property then states a claim
 * about every such history. When a claim is false, jqwik shrinks to the shortest history that
 * breaks it.
 */
class ProfileClaimsProperties {

  @Provide
  Arbitrary<List<CaseEvent>> enschedeHistories() {
    return CaseHistories.histories(MethodologyProfile.enschede());
  }

  @Provide
  Arbitrary<List<CaseEvent>> rotterdamHistories() {
    return CaseHistories.histories(MethodologyProfile.rotterdam());
  }

  /** Under the Enschede preset no plan is adopted before a problem owner is appointed. */
  @Property(tries = 300)
  void enschede_noPlanBeforeProblemOwner(@ForAll("enschedeHistories") List<CaseEvent> history) {
    boolean ownerAppointed = false;
    for (CaseEvent e : history) {
      if (e.getType() == EventType.TRAJECTORY_DIRECTOR_APPOINTED) {
        ownerAppointed = true;
      }
      if (e.getType() == EventType.PLAN_ADOPTED) {
        assertTrue(ownerAppointed, "plan adopted before a problem owner at #" + e.getSequence());
      }
    }
    Statistics.label("plan adopted")
        .collect(history.stream().anyMatch(e -> e.getType() == EventType.PLAN_ADOPTED));
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
