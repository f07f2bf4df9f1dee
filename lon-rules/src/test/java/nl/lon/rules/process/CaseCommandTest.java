package nl.lon.rules.process;

import static nl.lon.rules.testing.RulesFixtures.oneOfEach;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.lon.core.process.ProcessStep;
import org.junit.jupiter.api.Test;

class CaseCommandTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  /** The step of each command type, as the nine-step process assigns it. */
  private static final Map<Class<?>, ProcessStep> STEPS =
      Map.ofEntries(
          Map.entry(CaseCommand.ReportSignal.class, ProcessStep.SIGNAL),
          Map.entry(CaseCommand.JudgeReport.class, ProcessStep.RECEIVE_REPORT),
          Map.entry(CaseCommand.RequestInformation.class, ProcessStep.GATHER_INFORMATION),
          Map.entry(CaseCommand.AddInformation.class, ProcessStep.GATHER_INFORMATION),
          Map.entry(CaseCommand.RecordHomeVisit.class, ProcessStep.GATHER_INFORMATION),
          Map.entry(CaseCommand.DecideCoordination.class, ProcessStep.GATHER_INFORMATION),
          Map.entry(CaseCommand.RecordScan.class, ProcessStep.INTEGRAL_PICTURE),
          Map.entry(CaseCommand.FormIntegralPicture.class, ProcessStep.INTEGRAL_PICTURE),
          Map.entry(CaseCommand.AppointTrajectoryDirector.class, ProcessStep.PLAN_OF_APPROACH),
          Map.entry(CaseCommand.AdoptPlan.class, ProcessStep.PLAN_OF_APPROACH),
          Map.entry(CaseCommand.HoldMeeting.class, ProcessStep.PLAN_OF_APPROACH),
          Map.entry(CaseCommand.ReportProgress.class, ProcessStep.EXECUTE),
          Map.entry(CaseCommand.HoldProgressTalk.class, ProcessStep.EXECUTE),
          Map.entry(CaseCommand.RequestEscalation.class, ProcessStep.EXECUTE),
          Map.entry(CaseCommand.Escalate.class, ProcessStep.EXECUTE),
          Map.entry(CaseCommand.ResolveEscalation.class, ProcessStep.EXECUTE),
          Map.entry(CaseCommand.RecordCoercionMeasure.class, ProcessStep.EXECUTE),
          Map.entry(CaseCommand.UseInstrument.class, ProcessStep.EXECUTE),
          Map.entry(CaseCommand.Evaluate.class, ProcessStep.EVALUATE),
          Map.entry(CaseCommand.AdjustPlan.class, ProcessStep.EVALUATE),
          Map.entry(CaseCommand.Close.class, ProcessStep.CLOSE),
          Map.entry(CaseCommand.RecordFollowUp.class, ProcessStep.FOLLOW_UP),
          Map.entry(CaseCommand.Reopen.class, ProcessStep.FOLLOW_UP),
          Map.entry(CaseCommand.Transfer.class, ProcessStep.FOLLOW_UP),
          Map.entry(CaseCommand.RecordConsent.class, ProcessStep.FOLLOW_UP),
          Map.entry(CaseCommand.WithdrawConsent.class, ProcessStep.FOLLOW_UP),
          // oneOfEach corrects a judgement: the step of its replacement
          Map.entry(CaseCommand.CorrectEntry.class, ProcessStep.RECEIVE_REPORT),
          Map.entry(CaseCommand.WithdrawEntry.class, ProcessStep.SIGNAL),
          Map.entry(CaseCommand.AcceptProblemOwnership.class, ProcessStep.PLAN_OF_APPROACH),
          Map.entry(CaseCommand.RecordPaperFile.class, ProcessStep.SIGNAL),
          Map.entry(CaseCommand.DraftConceptPlan.class, ProcessStep.PLAN_OF_APPROACH));

  @Test
  void step_eachCommandType_isTheStepItBelongsTo() {
    assertEquals(Set.of(CaseCommand.class.getPermittedSubclasses()), STEPS.keySet());
    for (CaseCommand command : oneOfEach(DAY)) {
      assertEquals(
          STEPS.get(command.getClass()), command.step(), command.getClass().getSimpleName());
    }
  }

  @Test
  void visitor_oneMethodPerCommandType() {
    Set<String> methods =
        Arrays.stream(CaseCommand.Visitor.class.getDeclaredMethods())
            .map(Method::getName)
            .collect(Collectors.toSet());
    Set<String> expected =
        Arrays.stream(CaseCommand.class.getPermittedSubclasses())
            .map(c -> "visit" + c.getSimpleName())
            .collect(Collectors.toSet());
    assertEquals(expected, methods);
  }

  @Test
  void accept_eachCommand_callsTheVisitorMethodForItsType() {
    @SuppressWarnings("unchecked")
    CaseCommand.Visitor<String> names =
        (CaseCommand.Visitor<String>)
            Proxy.newProxyInstance(
                CaseCommand.Visitor.class.getClassLoader(),
                new Class<?>[] {CaseCommand.Visitor.class},
                (proxy, method, args) ->
                    method.getName() + ":" + args[0].getClass().getSimpleName());
    for (CaseCommand command : oneOfEach(DAY)) {
      String simple = command.getClass().getSimpleName();
      assertEquals("visit" + simple + ":" + simple, command.accept(names));
    }
  }
}
