package nl.lon.rules.process;

import static nl.lon.core.testing.Cast.HOUSING_MEMBER;
import static nl.lon.core.testing.Cast.NETWORK_DIRECTOR;
import static nl.lon.core.testing.Cast.POLICE;
import static nl.lon.core.testing.Cast.TRAJECTORY_DIRECTOR;
import static nl.lon.rules.testing.RulesFixtures.DAY_0;
import static nl.lon.rules.testing.RulesFixtures.assertViolations;
import static nl.lon.rules.testing.RulesFixtures.driver;
import static nl.lon.rules.testing.RulesFixtures.violation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.error.Violation;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.EntryCorrected;
import nl.lon.core.event.EntryWithdrawn;
import nl.lon.core.event.EventType;
import nl.lon.core.event.HomeVisitRecorded;
import nl.lon.core.network.Professional;
import nl.lon.core.process.ProcessStep;
import nl.lon.core.process.ReportJudgement;
import nl.lon.core.state.CaseState;
import nl.lon.rules.profile.CorrectionPolicy;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.rules.testing.Commands;
import nl.lon.rules.testing.RulesFixtures.Driver;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Corrections and withdrawals of entries made in error. */
class CorrectionsTest {

  private static final CaseCommand.RecordHomeVisit REACHED =
      new CaseCommand.RecordHomeVisit(Set.of(HOUSING_MEMBER.getId()), "client opened", true);

  /** A case judged in scope (#2) and a home visit where the client was not reached (#3). */
  private static Driver visited(MethodologyProfile profile, Professional visitor) {
    return driver(profile)
        .signal()
        .judgeInScope()
        .then(
            new CaseCommand.RecordHomeVisit(Set.of(visitor.getId()), "door not opened", false),
            visitor,
            DAY_0);
  }

  private static Driver visited(Professional visitor) {
    return visited(MethodologyProfile.rotterdam(), visitor);
  }

  @Nested
  class WhoMayCorrect {

    @Test
    void author_withinTheStandardFourteenDays_corrects() {
      Driver d = visited(HOUSING_MEMBER);
      d.apply(
          new CaseCommand.CorrectEntry(3, REACHED, "reached"), HOUSING_MEMBER, DAY_0.plusDays(14));
      assertEquals(0, d.state().getUnreachableCount());
    }

    @Test
    void author_onTheFifteenthDay_refusedPeriodOver() {
      List<Violation> v =
          visited(HOUSING_MEMBER)
              .refused(
                  new CaseCommand.CorrectEntry(3, REACHED, "late"),
                  HOUSING_MEMBER,
                  DAY_0.plusDays(15));
      assertViolations(v, RuleId.CORRECTION_PERIOD_OVER.getId());
      assertTrue(violation(v, "correction.period-over").reasonEn().contains("2025-03-17"));
    }

    @Test
    void networkDirector_always_evenAYearLater() {
      Driver d = visited(HOUSING_MEMBER);
      d.apply(new CaseCommand.WithdrawEntry(3, "no visit"), NETWORK_DIRECTOR, DAY_0.plusDays(365));
      assertEquals(0, d.state().getUnreachableCount());
    }

    @Test
    void someoneElse_refusedNotAuthor() {
      assertViolations(
          visited(HOUSING_MEMBER)
              .refused(new CaseCommand.WithdrawEntry(3, "not mine"), TRAJECTORY_DIRECTOR),
          RuleId.CORRECTION_NOT_AUTHOR.getId());
    }

    @Test
    void profileWithoutTheDirectorAndAShortPeriod_isHonoured() {
      MethodologyProfile strict =
          MethodologyProfile.builder()
              .from(MethodologyProfile.rotterdam())
              .correction(CorrectionPolicy.of(2, false))
              .build();
      Driver d = visited(strict, HOUSING_MEMBER);
      assertViolations(
          d.refused(new CaseCommand.WithdrawEntry(3, "x"), NETWORK_DIRECTOR),
          RuleId.CORRECTION_NOT_AUTHOR.getId());
      assertViolations(
          d.refused(new CaseCommand.WithdrawEntry(3, "x"), HOUSING_MEMBER, DAY_0.plusDays(3)),
          RuleId.CORRECTION_PERIOD_OVER.getId());
      d.apply(new CaseCommand.WithdrawEntry(3, "x"), HOUSING_MEMBER, DAY_0.plusDays(2));
    }

    @Test
    void policy_standard_isTheAuthorForFourteenDaysAndTheDirectorAlways() {
      assertEquals(CorrectionPolicy.of(14, true), MethodologyProfile.rotterdam().getCorrection());
      assertThrows(InvalidValueException.class, () -> CorrectionPolicy.of(-1, true));
    }
  }

  @Nested
  class WhatMayBeCorrected {

    @Test
    void correction_yieldsEntryCorrectedWithTheReplacementInTheEntrysPlace() {
      Driver d = visited(HOUSING_MEMBER);
      List<CaseEvent> events =
          d.apply(
                  new CaseCommand.CorrectEntry(3, REACHED, "reached after all"),
                  HOUSING_MEMBER,
                  DAY_0.plusDays(1))
              .getEvents();
      EntryCorrected c = (EntryCorrected) events.get(0);
      assertEquals(4, c.getSequence());
      assertEquals(3, c.getCorrectedSequence());
      assertEquals(DAY_0.plusDays(1), c.getBusinessDate(), "the correction is dated its own day");
      HomeVisitRecorded replacement = (HomeVisitRecorded) c.getReplacement();
      assertEquals(3, replacement.getSequence());
      assertEquals(DAY_0, replacement.getBusinessDate(), "the act keeps its day");
      assertTrue(replacement.isClientReached());
      assertEquals("reached after all", c.getReason());
    }

    @Test
    void correction_withADate_movesTheAct_butNotPastALaterOne() {
      Driver d = visited(HOUSING_MEMBER);
      d.apply(Commands.coordinate(DAY_0.plusDays(5)), NETWORK_DIRECTOR, DAY_0.plusDays(5));
      List<Violation> late =
          d.refused(
              new CaseCommand.CorrectEntry(3, REACHED, Optional.of(DAY_0.plusDays(6)), "date"),
              HOUSING_MEMBER,
              DAY_0.plusDays(7));
      assertViolations(late, RuleId.CORRECTION_MAKES_HISTORY_IMPOSSIBLE.getId());
      assertTrue(
          violation(late, "correction.makes-history-impossible")
              .reasonEn()
              .contains(RuleId.DATE_BEFORE_DEPENDENCY.getId()));
      EntryCorrected moved =
          (EntryCorrected)
              d.apply(
                      new CaseCommand.CorrectEntry(
                          3, REACHED, Optional.of(DAY_0.plusDays(4)), "date"),
                      HOUSING_MEMBER,
                      DAY_0.plusDays(7))
                  .getEvents()
                  .get(0);
      assertEquals(DAY_0.plusDays(4), moved.getReplacement().getBusinessDate());
    }

    @Test
    void correctionOfACorrection_theLatestCounts() {
      Driver d = visited(HOUSING_MEMBER);
      d.apply(new CaseCommand.CorrectEntry(3, REACHED, "reached"), HOUSING_MEMBER);
      assertEquals(0, d.state().getUnreachableCount());
      d.apply(
          new CaseCommand.CorrectEntry(
              3,
              new CaseCommand.RecordHomeVisit(Set.of(HOUSING_MEMBER.getId()), "no answer", false),
              "the first correction was wrong"),
          HOUSING_MEMBER);
      assertEquals(1, d.state().getUnreachableCount());
      assertEquals(5, d.state().getVersion());
      // the correction itself is not an entry: the refusal points at the entry it corrects
      List<Violation> v = d.refused(new CaseCommand.WithdrawEntry(4, "x"), HOUSING_MEMBER);
      assertViolations(v, RuleId.CORRECTION_NO_SUCH_ENTRY.getId());
      assertTrue(violation(v, "correction.no-such-entry").reasonEn().contains("corrects entry #3"));
    }

    @Test
    void withdrawal_thenFold_theActNoLongerCounts_andCannotBeCorrected() {
      Driver d = visited(HOUSING_MEMBER);
      d.apply(new CaseCommand.WithdrawEntry(3, "wrong case"), HOUSING_MEMBER);
      CaseState s = d.state();
      assertEquals(0, s.getUnreachableCount());
      assertEquals(4, s.getVersion());
      assertEquals(EventType.ENTRY_WITHDRAWN, s.getHistory().get(3).getType());
      assertEquals(3, ((EntryWithdrawn) s.getHistory().get(3)).getWithdrawnSequence());
      assertEquals(CaseState.replay(s.getHistory()), s, "incremental equals replay");
      assertViolations(
          d.refused(new CaseCommand.CorrectEntry(3, REACHED, "revive"), HOUSING_MEMBER),
          RuleId.CORRECTION_ALREADY_WITHDRAWN.getId());
    }

    @Test
    void replacement_ofAnotherKind_refused() {
      assertViolations(
          visited(HOUSING_MEMBER)
              .refused(
                  new CaseCommand.CorrectEntry(
                      3, new CaseCommand.AddInformation(POLICE, "known"), "kind"),
                  HOUSING_MEMBER),
          RuleId.CORRECTION_SAME_KIND.getId());
    }

    @Test
    void signal_cannotBeWithdrawn_butCanBeCorrected() {
      Driver d = visited(HOUSING_MEMBER);
      assertViolations(
          d.refused(new CaseCommand.WithdrawEntry(1, "no case")),
          RuleId.CORRECTION_SIGNAL_STAYS.getId());
      CaseCommand.ReportSignal opening =
          new CaseCommand.ReportSignal(
              d.state().getCaseId().get(),
              d.state().getNetwork().get(),
              d.state().getClientNumber().get(),
              d.state().getSignal().get(),
              nl.lon.core.client.Household.of(2, 1));
      d.apply(new CaseCommand.CorrectEntry(1, opening, "the household has a child"));
      assertEquals(1, d.state().getHousehold().get().getChildren());
      assertEquals(ProcessStep.GATHER_INFORMATION, d.state().getStep());
    }

    /** A case moves by a warm handover; a report about another client is another case. */
    @Test
    void signal_correctedToAnotherNetworkOrClient_refusedSignalIdentity() {
      Driver d = visited(HOUSING_MEMBER);
      CaseCommand.ReportSignal elsewhere =
          new CaseCommand.ReportSignal(
              d.state().getCaseId().get(),
              nl.lon.core.testing.Cast.OTHER_NETWORK,
              d.state().getClientNumber().get(),
              d.state().getSignal().get(),
              d.state().getHousehold().get());
      CaseCommand.ReportSignal otherClient =
          new CaseCommand.ReportSignal(
              d.state().getCaseId().get(),
              d.state().getNetwork().get(),
              nl.lon.core.id.ClientNumber.of("client-other"),
              d.state().getSignal().get(),
              d.state().getHousehold().get());
      // a network director who works in the other network too, so the signal there is no refusal
      Professional inBoth =
          Professional.builder()
              .from(NETWORK_DIRECTOR)
              .putFurtherMemberships(
                  nl.lon.core.testing.Cast.OTHER_NETWORK,
                  com.google.common.collect.ImmutableSet.of(
                      nl.lon.core.network.ProfessionalRole.CORE_MEMBER))
              .build();
      for (CaseCommand.ReportSignal wrong : List.of(elsewhere, otherClient)) {
        assertViolations(
            d.refused(new CaseCommand.CorrectEntry(1, wrong, "moved"), inBoth),
            RuleId.CORRECTION_SIGNAL_IDENTITY.getId());
      }
    }
  }

  @Nested
  class ImpossibleHistories {

    @Test
    void judgedOutOfScopeInstead_theLaterVisitCannotFollow_refusedWithTheRuleId() {
      List<Violation> v =
          visited(HOUSING_MEMBER)
              .refused(
                  new CaseCommand.CorrectEntry(
                      2,
                      new CaseCommand.JudgeReport(
                          ReportJudgement.OUT_OF_SCOPE, "single problem", Set.of()),
                      "out of scope after all"));
      Violation impossible = violation(v, RuleId.CORRECTION_MAKES_HISTORY_IMPOSSIBLE.getId());
      assertTrue(impossible.reasonEn().contains("HOME_VISIT_RECORDED #3"), impossible.reasonEn());
    }

    @Test
    void replacementRefusedInItsPlace_namesTheRuleItBreaks() {
      // a judgement without a target group breaks judge.target-group-required
      List<Violation> v =
          visited(HOUSING_MEMBER)
              .refused(
                  new CaseCommand.CorrectEntry(
                      2,
                      new CaseCommand.JudgeReport(ReportJudgement.IN_SCOPE, "multi", Set.of()),
                      "reason"));
      assertViolations(
          v,
          RuleId.CORRECTION_MAKES_HISTORY_IMPOSSIBLE.getId(),
          RuleId.JUDGE_TARGET_GROUP_REQUIRED.getId());
      assertTrue(
          violation(v, RuleId.CORRECTION_MAKES_HISTORY_IMPOSSIBLE.getId())
              .reasonEn()
              .contains(RuleId.JUDGE_TARGET_GROUP_REQUIRED.getId()));
    }

    @Test
    void withdrawingTheJudgement_leavesTheVisitWithoutAHandledCase_refused() {
      assertViolations(
          visited(HOUSING_MEMBER).refused(new CaseCommand.WithdrawEntry(2, "not judged")),
          RuleId.CORRECTION_MAKES_HISTORY_IMPOSSIBLE.getId());
    }

    /** The sequence of the case's appointment of a trajectory director. */
    private long appointment(Driver d) {
      return d.state().getHistory().stream()
          .filter(e -> e.getType() == EventType.TRAJECTORY_DIRECTOR_APPOINTED)
          .findFirst()
          .orElseThrow()
          .getSequence();
    }

    private CaseCommand.AppointTrajectoryDirector otherDirector(MethodologyProfile profile) {
      return new CaseCommand.AppointTrajectoryDirector(
          nl.lon.core.testing.Cast.OTHER_TRAJECTORY_DIRECTOR.getId(),
          nl.lon.core.testing.Cast.AMW,
          profile.getAppointedBy(),
          false);
    }

    @Test
    void appointmentCorrectedToAnotherDirector_afterTheFirstReportedProgress_refused() {
      // the later progress report was the trajectory director's own act: with another director
      // appointed in its place the history would have a report by someone who was not theirs
      MethodologyProfile rotterdam = MethodologyProfile.rotterdam();
      Driver d = driver(rotterdam).to(ProcessStep.EXECUTE);
      d.apply(
          new CaseCommand.ReportProgress(
              nl.lon.core.process.ProgressReport.of("Regeling getroffen", false)),
          TRAJECTORY_DIRECTOR);
      List<Violation> v =
          d.refused(
              new CaseCommand.CorrectEntry(
                  appointment(d), otherDirector(rotterdam), "the other colleague was appointed"),
              NETWORK_DIRECTOR);
      Violation impossible = violation(v, RuleId.CORRECTION_MAKES_HISTORY_IMPOSSIBLE.getId());
      assertTrue(impossible.reasonEn().contains("PROGRESS_REPORTED"), impossible.reasonEn());
      assertTrue(
          impossible.reasonEn().contains(RuleId.PROGRESS_TRAJECTORY_DIRECTOR_ONLY.getId()),
          impossible.reasonEn());
    }

    @Test
    void appointmentWithdrawn_afterThePlanWasAdopted_refused() {
      Driver d = driver(MethodologyProfile.rotterdam()).to(ProcessStep.EXECUTE);
      Violation impossible =
          violation(
              d.refused(
                  new CaseCommand.WithdrawEntry(appointment(d), "appointed in error"),
                  NETWORK_DIRECTOR),
              RuleId.CORRECTION_MAKES_HISTORY_IMPOSSIBLE.getId());
      assertTrue(
          impossible.reasonEn().contains(RuleId.PLAN_TRAJECTORY_DIRECTOR_REQUIRED.getId()),
          impossible.reasonEn());
    }

    @Test
    void appointmentCorrectedToAnotherDirector_whileNothingLaterWasTheirs_accepted() {
      MethodologyProfile rotterdam = MethodologyProfile.rotterdam();
      Driver d = driver(rotterdam).to(ProcessStep.INTEGRAL_PICTURE);
      if (d.state().getTrajectoryDirector().isEmpty()) {
        d.appoint();
      }
      d.apply(
          new CaseCommand.CorrectEntry(
              appointment(d), otherDirector(rotterdam), "the other colleague was appointed"),
          NETWORK_DIRECTOR);
      assertEquals(
          Optional.of(nl.lon.core.testing.Cast.OTHER_TRAJECTORY_DIRECTOR.getId()),
          d.state().getTrajectoryDirector());
    }

    @Test
    void refusals_nameTheStepTheCaseIsIn() {
      Violation v =
          visited(HOUSING_MEMBER)
              .refused(new CaseCommand.WithdrawEntry(3, "x"), TRAJECTORY_DIRECTOR)
              .get(0);
      assertEquals(ProcessStep.GATHER_INFORMATION, v.step());
    }
  }
}
