package nl.lon.examples.demo;

import java.time.LocalDate;
import java.util.Map;
import nl.lon.core.id.MeetingId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.process.Activity;
import nl.lon.core.process.Evaluation;
import nl.lon.core.process.EvaluationDecision;
import nl.lon.core.process.Goal;
import nl.lon.core.process.GoalResult;
import nl.lon.core.process.Meeting;
import nl.lon.core.process.MeetingKind;
import nl.lon.core.process.PlanOfApproach;
import nl.lon.core.process.Responsible;
import nl.lon.core.scan.LifeDomain;
import nl.lon.core.scan.LifeDomainScan;
import nl.lon.core.scan.ScanDomain;
import nl.lon.core.scan.ScanInstrument;
import nl.lon.core.scan.SelfRelianceLevel;

/**
 * Realistic sample values for the demo's cases: scans, plans, meetings, evaluations.
 *
 * @since 0.1
 */
final class Samples {
  private Samples() {}

  /**
   * A ZRM 2017 scan with the given problem domains at level 1-2 and the rest at 4, justice not
   * discussed.
   */
  static LifeDomainScan scan(LocalDate on, Map<ScanDomain, Integer> problems) {
    var b = LifeDomainScan.builder().instrument(ScanInstrument.ZRM_2017).scoredOn(on);
    for (ScanDomain d : ScanInstrument.ZRM_2017.getDomains()) {
      if (problems.containsKey(d)) {
        b.putScores(d, SelfRelianceLevel.of(problems.get(d)));
      } else if (d == ScanDomain.JUSTICE) {
        b.addNotDiscussed(d);
      } else {
        b.putScores(d, SelfRelianceLevel.SUFFICIENTLY_SELF_RELIANT);
      }
    }
    return b.build();
  }

  /** A plan with one goal per life domain and one activity per goal, due in four to eight weeks. */
  static PlanOfApproach plan(
      int version,
      LocalDate from,
      String context,
      OrganisationId owner,
      Map<LifeDomain, String> goals) {
    var b =
        PlanOfApproach.builder().version(version).context(context).evaluateBy(from.plusMonths(2));
    int i = 1;
    for (Map.Entry<LifeDomain, String> g : goals.entrySet()) {
      String code = "G" + i;
      b.addGoals(Goal.of(code, g.getKey(), g.getValue()));
      b.addActivities(
          Activity.builder()
              .description("work on: " + g.getValue())
              .responsible(Responsible.of(owner))
              .dueOn(from.plusWeeks(3L + i))
              .goalCode(code)
              .build());
      i++;
    }
    return b.build();
  }

  /** A network meeting chaired by the director with the given participants. */
  static Meeting networkMeeting(
      String id, LocalDate on, ProfessionalId chair, ProfessionalId... others) {
    return Meeting.builder()
        .id(MeetingId.of(id))
        .kind(MeetingKind.NETWORK_MEETING)
        .heldOn(on)
        .addParticipants(chair)
        .addParticipants(others)
        .technicalChair(chair)
        .contentCoordinator(chair)
        .clientInvited(false)
        .clientPresent(false)
        .build();
  }

  /** An evaluation with every goal of a plan at one result. */
  static Evaluation evaluation(
      PlanOfApproach plan, GoalResult result, boolean kept, EvaluationDecision decision) {
    var b = Evaluation.builder().agreementsKept(kept).decision(decision);
    plan.getGoals().forEach(g -> b.putGoalResults(g.getCode(), result));
    return b.build();
  }
}
