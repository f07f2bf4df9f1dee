package nl.lon.service;

import static nl.lon.core.testing.Cast.HOUSING_MEMBER;
import static nl.lon.core.testing.Cast.NETWORK;
import static nl.lon.core.testing.Cast.NETWORK_DIRECTOR;
import static nl.lon.core.testing.Cast.OTHER_NETWORK;
import static nl.lon.rules.testing.Commands.coordinate;
import static nl.lon.rules.testing.Commands.judgeInScope;
import static nl.lon.rules.testing.Commands.reportSignal;
import static nl.lon.service.ServiceFixtures.world;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.time.LocalDate;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.process.WarmHandover;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.process.HandoverRules;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.service.ServiceFixtures.World;
import nl.lon.service.history.HistoryAct;
import nl.lon.service.history.HistoryFormat;
import nl.lon.service.history.HistoryImporter;
import nl.lon.service.history.ImportReport;
import nl.lon.service.history.ImportRuleId;
import org.junit.jupiter.api.Test;

/**
 * An import keeps the promises a live opening and a live handover keep: no case under the id a
 * handover will open, a case opened on the day its signal was received, and no handover that the
 * receiving network's audit chain would not learn of.
 */
class HistoryImportHandoverRulesTest {

  private static final LocalDate DAY = LocalDate.of(2026, 2, 2);

  private final World w = world(MethodologyProfile.rotterdam(), DAY.plusDays(30));

  private static String line(CaseId c, LocalDate d, ProfessionalId actor, CaseCommand act) {
    return HistoryFormat.encode(new HistoryAct(c, NETWORK, d, actor, act));
  }

  private ImportReport run(String... lines) {
    return HistoryImporter.builder()
        .stores(w.stores)
        .profile(NETWORK, w.profile)
        .profile(OTHER_NETWORK, w.profile)
        .clock(w.clock)
        .build()
        .importFrom(
            NETWORK_DIRECTOR.getId(),
            Purpose.of("bring the old system's history in"),
            "old.jsonl",
            new StringReader(String.join("\n", lines) + "\n"));
  }

  private static ImportReport.CaseRefusal only(ImportReport r) {
    assertEquals(0, r.getCasesImported(), r::toText);
    assertEquals(1, r.getRefusedCases().size(), r::toText);
    return r.getRefusedCases().get(0);
  }

  @Test
  void aCaseUnderTheIdAHandoverOpens_isRefused() {
    CaseId reserved = HandoverRules.receivingCase(CaseId.of("case-h"), OTHER_NETWORK);
    ImportReport.CaseRefusal refusal =
        only(
            run(
                line(
                    reserved,
                    DAY,
                    HOUSING_MEMBER.getId(),
                    reportSignal(reserved, ClientNumber.of("x"), DAY))));
    assertEquals(ImportRuleId.RESERVED_CASE_ID.getId(), refusal.ruleId());
    assertEquals(0, w.store.version(reserved));
  }

  @Test
  void aSignalLineDatedOtherThanItsReceivedDay_isRefused() {
    CaseId c = CaseId.of("imp-s");
    ImportReport.CaseRefusal refusal =
        only(
            run(
                line(
                    c,
                    DAY.plusDays(10),
                    HOUSING_MEMBER.getId(),
                    reportSignal(c, ClientNumber.of("c-s"), DAY))));
    assertEquals(ImportRuleId.INVALID_FIELD.getId(), refusal.ruleId());
    assertEquals("$.businessDate", refusal.field());
  }

  @Test
  void aWarmHandover_isNotImported() {
    CaseId c = CaseId.of("imp-t");
    ImportReport.CaseRefusal refusal =
        only(
            run(
                line(c, DAY, HOUSING_MEMBER.getId(), reportSignal(c, ClientNumber.of("c-t"), DAY)),
                line(c, DAY.plusDays(1), NETWORK_DIRECTOR.getId(), judgeInScope()),
                line(c, DAY.plusDays(2), NETWORK_DIRECTOR.getId(), coordinate(DAY.plusDays(2))),
                line(
                    c,
                    DAY.plusDays(3),
                    NETWORK_DIRECTOR.getId(),
                    new CaseCommand.Transfer(
                        WarmHandover.of(OTHER_NETWORK, "regisseur zuid", "the client moves")))));
    assertEquals(ImportRuleId.TRANSFER_LIVE_ONLY.getId(), refusal.ruleId());
    assertEquals(4, refusal.line());
    assertEquals(0, w.store.version(c));
  }
}
