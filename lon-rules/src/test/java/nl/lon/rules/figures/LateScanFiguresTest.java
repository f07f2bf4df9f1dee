package nl.lon.rules.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;
import nl.lon.core.process.ReportJudgement;
import nl.lon.core.scan.ScanDomain;
import nl.lon.core.scan.SelfRelianceLevel;
import nl.lon.rules.profile.MethodologyProfile;
import org.junit.jupiter.api.Test;

/** The life domains counted are those of the scan scored last, not of the scan recorded last. */
class LateScanFiguresTest {

  private static Table lifeDomains(CaseBuilder history) {
    return FiguresAccumulator.create(
            MethodologyProfile.enschede(),
            ReportingPeriod.ofYear(2026),
            FiguresScope.network(CaseBuilder.NOORD))
        .acceptHistory(history.events())
        .result(1)
        .table(FigureKey.LIFE_DOMAIN)
        .orElseThrow();
  }

  private static CaseBuilder coordinated() {
    return CaseBuilder.signalled(
            "c-scan",
            CaseBuilder.NOORD,
            LocalDate.of(2026, 3, 2),
            nl.lon.core.process.SignalSourceKind.RELATIVE)
        .judged(LocalDate.of(2026, 3, 3), ReportJudgement.IN_SCOPE)
        .coordinate(LocalDate.of(2026, 3, 4));
  }

  private static long value(Table t, String key) {
    return t.cell(key).orElseThrow().getValue().getAsLong();
  }

  @Test
  void result_earlierScanEnteredLate_keepsTheDomainsOfTheLaterScan() {
    CaseBuilder history =
        coordinated()
            .scan(
                LocalDate.of(2026, 3, 20),
                Map.of(ScanDomain.HOUSING, SelfRelianceLevel.ACUTE_PROBLEMS))
            .scan(
                LocalDate.of(2026, 3, 10),
                Map.of(ScanDomain.FINANCES, SelfRelianceLevel.ACUTE_PROBLEMS));
    Table t = lifeDomains(history);
    assertEquals(1, value(t, "HOUSING"));
    assertEquals(0, value(t, "INCOME"));
  }

  @Test
  void result_laterScanEnteredLast_takesItsDomains() {
    CaseBuilder history =
        coordinated()
            .scan(
                LocalDate.of(2026, 3, 10),
                Map.of(ScanDomain.FINANCES, SelfRelianceLevel.ACUTE_PROBLEMS))
            .scan(
                LocalDate.of(2026, 3, 20),
                Map.of(ScanDomain.HOUSING, SelfRelianceLevel.ACUTE_PROBLEMS));
    Table t = lifeDomains(history);
    assertEquals(1, value(t, "HOUSING"));
    assertEquals(0, value(t, "INCOME"));
  }
}
