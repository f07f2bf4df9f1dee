package nl.lon.rules.testing;

import static nl.lon.core.testing.Cast.AMW;
import static nl.lon.core.testing.Cast.NETWORK;
import static nl.lon.core.testing.Cast.TRAJECTORY_DIRECTOR;

import java.time.LocalDate;
import java.util.Set;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.process.EvaluationDecision;
import nl.lon.core.process.FollowUpCheck;
import nl.lon.core.process.FollowUpOutcome;
import nl.lon.core.process.GoalResult;
import nl.lon.core.process.ProgressReport;
import nl.lon.core.process.ReportJudgement;
import nl.lon.core.testing.CaseFixtures;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.profile.MethodologyProfile;

/**
 * The commands of the happy path on the sample values of {@link RulesFixtures}, for tests that
 * drive a case through the rules or through the case service. Shipped in the lon-rules test-jar.
 */
public final class Commands {

  private Commands() {}

  /**
   * Report the sample signal of a single adult in {@link nl.lon.core.testing.Cast#NETWORK}.
   *
   * @param caseId the case
   * @param client the client
   * @param receivedOn the day it came in
   * @return the command
   */
  public static CaseCommand.ReportSignal reportSignal(
      CaseId caseId, ClientNumber client, LocalDate receivedOn) {
    return new CaseCommand.ReportSignal(
        caseId, NETWORK, client, RulesFixtures.signal(receivedOn), RulesFixtures.SINGLE);
  }

  /**
   * @return judge the report in scope, care misser
   */
  public static CaseCommand.JudgeReport judgeInScope() {
    return new CaseCommand.JudgeReport(
        ReportJudgement.IN_SCOPE, "multi-problem household", RulesFixtures.CARE_MISSER);
  }

  /**
   * Coordinate in the network.
   *
   * @param feedbackOn the day of the feedback to the signaller
   * @return the command
   */
  public static CaseCommand.DecideCoordination coordinate(LocalDate feedbackOn) {
    return new CaseCommand.DecideCoordination(RulesFixtures.coordinate(feedbackOn));
  }

  /**
   * Appoint the cast's trajectory director the profile's way.
   *
   * @param profile the profile
   * @return the command
   */
  public static CaseCommand.AppointTrajectoryDirector appoint(MethodologyProfile profile) {
    return new CaseCommand.AppointTrajectoryDirector(
        TRAJECTORY_DIRECTOR.getId(), AMW, profile.getAppointedBy(), false);
  }

  /**
   * Record the full sample scan.
   *
   * @param scoredOn the day
   * @return the command
   */
  public static CaseCommand.RecordScan scan(LocalDate scoredOn) {
    return new CaseCommand.RecordScan(RulesFixtures.fullScan(scoredOn));
  }

  /**
   * @return form the integral picture
   */
  public static CaseCommand.FormIntegralPicture picture() {
    return new CaseCommand.FormIntegralPicture("integral picture of the household", Set.of());
  }

  /**
   * Adopt plan version 1.
   *
   * @param today the day of adoption
   * @return the command
   */
  public static CaseCommand.AdoptPlan adoptPlan(LocalDate today) {
    return new CaseCommand.AdoptPlan(RulesFixtures.plan(1, today));
  }

  /**
   * Report progress.
   *
   * @param deviates whether the plan is deviated from
   * @return the command
   */
  public static CaseCommand.ReportProgress progress(boolean deviates) {
    return new CaseCommand.ReportProgress(
        ProgressReport.of("client keeps the agreements", deviates));
  }

  /**
   * Evaluate every goal as reached.
   *
   * @param decision the decision
   * @return the command
   */
  public static CaseCommand.Evaluate evaluate(EvaluationDecision decision) {
    return new CaseCommand.Evaluate(RulesFixtures.evaluation(GoalResult.REACHED, decision));
  }

  /**
   * Close the case by the profile's criterion.
   *
   * @param profile the profile
   * @return the command
   */
  public static CaseCommand.Close close(MethodologyProfile profile) {
    return new CaseCommand.Close(RulesFixtures.closureFor(profile));
  }

  /**
   * Record a follow-up check.
   *
   * @param outcome the outcome
   * @return the command
   */
  public static CaseCommand.RecordFollowUp followUp(FollowUpOutcome outcome) {
    return new CaseCommand.RecordFollowUp(
        FollowUpCheck.of(outcome, "checked with the regular-care provider"));
  }

  /**
   * Record consent for all partners.
   *
   * @param signedOn the day it was signed
   * @return the command
   */
  public static CaseCommand.RecordConsent consent(LocalDate signedOn) {
    return new CaseCommand.RecordConsent(CaseFixtures.consent(signedOn));
  }
}
