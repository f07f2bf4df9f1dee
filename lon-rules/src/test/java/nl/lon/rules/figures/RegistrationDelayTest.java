package nl.lon.rules.figures;

import static nl.lon.core.testing.Cast.AMW;
import static nl.lon.core.testing.Cast.NETWORK_DIRECTOR;
import static nl.lon.rules.testing.RulesFixtures.DAY_0;
import static nl.lon.rules.testing.RulesFixtures.recordedAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.EventType;
import nl.lon.core.testing.Cast;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.process.CommandContext;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.rules.testing.Commands;
import nl.lon.rules.testing.RulesFixtures;
import nl.lon.rules.testing.RulesFixtures.Driver;
import org.junit.jupiter.api.Test;

/** The registration delay: days between an act's business date and the day it was recorded. */
class RegistrationDelayTest {

  private static final MethodologyProfile ROTTERDAM = MethodologyProfile.rotterdam();
  private static final ReportingPeriod YEAR = ReportingPeriod.ofYear(DAY_0.getYear());
  private static final FiguresScope SCOPE = FiguresScope.network(Cast.NETWORK);

  /**
   * A signal recorded the same day, a judgement dated day 1 recorded on day 4, and information
   * dated day 2 recorded at 23:30 UTC on day 4, which is day 5 in Amsterdam.
   */
  private static List<CaseEvent> history(String suffix) {
    Driver d = RulesFixtures.driver(ROTTERDAM);
    List<CaseEvent> events = new ArrayList<>();
    events.addAll(
        d.apply(
                Commands.reportSignal(
                    nl.lon.core.id.CaseId.of("case-delay-" + suffix), RulesFixtures.CLIENT, DAY_0))
            .getEvents());
    d.advance(4);
    events.addAll(
        d.apply(
                Commands.judgeInScope(),
                new CommandContext(DAY_0.plusDays(1), recordedAt(d.today()), NETWORK_DIRECTOR))
            .getEvents());
    events.addAll(
        d.apply(
                new CaseCommand.AddInformation(AMW, "known"),
                new CommandContext(
                    DAY_0.plusDays(2),
                    d.today().atTime(23, 30).toInstant(ZoneOffset.UTC),
                    NETWORK_DIRECTOR))
            .getEvents());
    return events;
  }

  @Test
  void result_lateEntries_delayPerKindOfActInAmsterdamDays() {
    ManagementFigures f =
        FiguresAccumulator.create(ROTTERDAM, YEAR, SCOPE).acceptHistory(history("a")).result(1);
    assertEquals(OptionalInt.of(0), f.registrationDelay(EventType.SIGNAL_RECEIVED).getMedianDays());
    assertEquals(OptionalInt.of(3), f.registrationDelay(EventType.REPORT_JUDGED).getMedianDays());
    assertEquals(OptionalInt.of(3), f.registrationDelay(EventType.INFORMATION_ADDED).getP90Days());
    assertEquals(
        OptionalLong.of(1), f.registrationDelay(EventType.INFORMATION_ADDED).getObservations());
    assertEquals(EventType.values().length, f.getRegistrationDelays().size());
  }

  @Test
  void result_inUtc_countsTheDayRecordedInThatZone() {
    ManagementFigures f =
        FiguresAccumulator.create(ROTTERDAM, YEAR, SCOPE, ZoneOffset.UTC)
            .acceptHistory(history("a"))
            .result(1);
    assertEquals(
        OptionalInt.of(2), f.registrationDelay(EventType.INFORMATION_ADDED).getMedianDays());
  }

  @Test
  void result_fewerActsThanTheThreshold_suppressesCountAndPercentiles() {
    FiguresAccumulator acc = FiguresAccumulator.create(ROTTERDAM, YEAR, SCOPE);
    acc.acceptHistory(history("a"));
    acc.acceptHistory(history("b"));
    ManagementFigures f = acc.result(3);
    RegistrationDelayFigure judged = f.registrationDelay(EventType.REPORT_JUDGED);
    assertTrue(judged.isSuppressed());
    assertEquals(OptionalInt.empty(), judged.getMedianDays());
    assertEquals(OptionalInt.empty(), judged.getP90Days());
    RegistrationDelayFigure none = f.registrationDelay(EventType.CASE_CLOSED);
    assertEquals(OptionalLong.of(0), none.getObservations(), "a zero is always published");
    assertEquals(OptionalInt.empty(), none.getMedianDays());
    ManagementFigures two = acc.result(2);
    assertEquals(
        OptionalLong.of(2), two.registrationDelay(EventType.REPORT_JUDGED).getObservations());
    assertEquals(OptionalInt.of(3), two.registrationDelay(EventType.REPORT_JUDGED).getMedianDays());
  }

  @Test
  void merge_partsWithTheirDelays_equalsOneAccumulator() {
    FiguresAccumulator one = FiguresAccumulator.create(ROTTERDAM, YEAR, SCOPE);
    one.acceptHistory(history("a")).acceptHistory(history("b"));
    FiguresAccumulator left = FiguresAccumulator.create(ROTTERDAM, YEAR, SCOPE);
    left.acceptHistory(history("a"));
    FiguresAccumulator right = FiguresAccumulator.create(ROTTERDAM, YEAR, SCOPE);
    right.acceptHistory(history("b"));
    assertEquals(one.result(1), left.merge(right).result(1));
  }

  @Test
  void merge_otherZone_isRefused() {
    FiguresAccumulator amsterdam = FiguresAccumulator.create(ROTTERDAM, YEAR, SCOPE);
    FiguresAccumulator utc = FiguresAccumulator.create(ROTTERDAM, YEAR, SCOPE, ZoneOffset.UTC);
    assertThrows(InvalidValueException.class, () -> amsterdam.merge(utc));
  }

  @Test
  void result_caseOutsideThePeriod_addsNoDelay() {
    ManagementFigures f =
        FiguresAccumulator.create(ROTTERDAM, ReportingPeriod.ofYear(2030), SCOPE)
            .acceptHistory(history("a"))
            .result(1);
    assertEquals(
        OptionalLong.of(0), f.registrationDelay(EventType.SIGNAL_RECEIVED).getObservations());
    assertEquals(LocalDate.of(2030, 1, 1), f.getPeriod().getStart());
  }
}
