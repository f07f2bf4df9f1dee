package nl.lon.rules.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.error.NotFoundException;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.core.process.MeetingKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every setting of every preset says where its value comes from. */
class PresetProvenanceTest {

  private static final Locale NL = Locale.forLanguageTag("nl");

  @ParameterizedTest
  @ValueSource(strings = {"rotterdam", "enschede", "leeuwarden"})
  void provenance_everySettingOfThePreset_hasExactlyOneEntry(String id) {
    Set<String> settings = PresetProvenance.settings(PresetProvenance.preset(id)).keySet();
    Set<String> described = PresetProvenance.of(id).keySet();
    Set<String> missing = new TreeSet<>(settings);
    missing.removeAll(described);
    Set<String> unknown = new TreeSet<>(described);
    unknown.removeAll(settings);
    assertTrue(missing.isEmpty(), id + ": settings without provenance: " + missing);
    assertTrue(unknown.isEmpty(), id + ": provenance for settings that do not exist: " + unknown);
  }

  @Test
  void settings_walkIntoParts_leavesAreNamedByPath() {
    Map<String, Object> s = PresetProvenance.settings(MethodologyProfile.enschede());
    assertTrue(s.containsKey("deadlines.judgeReportWithin"), s.keySet().toString());
    assertTrue(s.containsKey("intervention.contentEscalation.options"), s.keySet().toString());
    assertTrue(s.containsKey("access.viewers"), s.keySet().toString());
    assertTrue(s.containsKey("terminology.rolesNl"), s.keySet().toString());
    assertTrue(!s.containsKey("deadlines"), "a part is not a setting itself");
    assertTrue(!s.containsKey("smallCellThreshold"), "a derived accessor is not a setting");
    assertEquals(
        MethodologyProfile.enschede().getCadence().getReportEveryMonths(),
        s.get("cadence.reportEveryMonths"));
  }

  @Test
  void presetIds_matchThePresets() {
    for (String id : PresetProvenance.PRESET_IDS) {
      assertEquals(id, PresetProvenance.preset(id).getId());
    }
    assertThrows(NotFoundException.class, () -> PresetProvenance.of("almelo"));
    assertThrows(NotFoundException.class, () -> PresetProvenance.preset("almelo"));
  }

  private static ProvenanceKind kind(String preset, String path) {
    Provenance p = PresetProvenance.of(preset).get(path);
    assertTrue(p != null, preset + " has no provenance for " + path);
    return p.getKind();
  }

  /** Values the source does not give are never marked as the source's (the review's INVENTED). */
  @Test
  void provenance_valuesTheSourceDoesNotGive_areAssumptions() {
    for (String id : PresetProvenance.PRESET_IDS) {
      assertEquals(ProvenanceKind.ASSUMPTION, kind(id, "networkMeetingIntervalDays"), id);
      assertEquals(ProvenanceKind.ASSUMPTION, kind(id, "intervention.escalationResponseDays"), id);
      // l.1645-1656 and l.1678-1690: the options themselves are the source's
      assertEquals(ProvenanceKind.SOURCE, kind(id, "intervention.contentEscalation.options"), id);
      assertEquals(
          ProvenanceKind.SOURCE, kind(id, "intervention.organisationalEscalation.options"), id);
      assertEquals(ProvenanceKind.ASSUMPTION, kind(id, "access.smallCellThreshold"), id);
      assertEquals(ProvenanceKind.ASSUMPTION, kind(id, "calendar"), id);
    }
    assertEquals(ProvenanceKind.ASSUMPTION, kind("rotterdam", "eligibility.minProblemDomains"));
    assertEquals(ProvenanceKind.ASSUMPTION, kind("rotterdam", "eligibility.exPrisonersInScope"));
    assertEquals(ProvenanceKind.ASSUMPTION, kind("leeuwarden", "eligibility.minProblemDomains"));
    assertEquals(ProvenanceKind.ASSUMPTION, kind("enschede", "eligibility.homelessInScope"));
    assertEquals(ProvenanceKind.ASSUMPTION, kind("enschede", "eligibility.exPrisonersInScope"));
    assertEquals(ProvenanceKind.ASSUMPTION, kind("enschede", "intervention.budgetMandate"));
    assertEquals(
        ProvenanceKind.ASSUMPTION, kind("rotterdam", "intervention.noEvictionWithChildren"));
    assertEquals(
        ProvenanceKind.ASSUMPTION, kind("enschede", "intervention.noEvictionWithChildren"));
    // l.1637-1638 and l.1698: one city's rule in one city's preset
    assertEquals(ProvenanceKind.SOURCE, kind("leeuwarden", "intervention.noEvictionWithChildren"));
    assertEquals(ProvenanceKind.SOURCE, kind("enschede", "intervention.coercionEscalation"));
    assertEquals(ProvenanceKind.ASSUMPTION, kind("rotterdam", "intervention.coercionEscalation"));
    assertEquals(ProvenanceKind.ASSUMPTION, kind("enschede", "crisisTriageAtIntake"));
    // the source does not say who closes in Rotterdam, who prepares Leeuwarden's plan, nor
    // anything on Rotterdam's feedback to the signaller or informing the client
    assertEquals(ProvenanceKind.ASSUMPTION, kind("rotterdam", "closedBy"));
    assertEquals(ProvenanceKind.ASSUMPTION, kind("leeuwarden", "planPresentedBy"));
    assertEquals(ProvenanceKind.ASSUMPTION, kind("rotterdam", "signallerConsultedOnFollowUp"));
    assertEquals(ProvenanceKind.ASSUMPTION, kind("rotterdam", "clientInformedBeforeReport"));
    assertEquals(ProvenanceKind.ASSUMPTION, kind("leeuwarden", "inquiryRound.always"));
    assertEquals(ProvenanceKind.ASSUMPTION, kind("enschede", "inquiryRound.toAllPartners"));
  }

  @Test
  void provenance_processSettingsOfOneCity_citeThatCitysLine() {
    // "Van tijd tot tijd" (l.1518): no interval is the source's, in every preset
    for (String id : PresetProvenance.PRESET_IDS) {
      assertEquals(ProvenanceKind.SOURCE, kind(id, "evaluationEveryMonths"), id);
    }
    assertLines("enschede", "signallerConsultedOnFollowUp", "l.1434-1435");
    assertLines("enschede", "clientInformedBeforeReport", "l.1400-1401");
    assertLines("leeuwarden", "clientInformedBeforeReport", "l.1401-1402");
    assertLines("rotterdam", "inquiryRound.always", "l.1423-1424");
    assertLines("leeuwarden", "inquiryRound.toAllPartners", "l.1420-1422");
    assertLines("enschede", "inquiryRound.alsoOtherNetworks", "l.1422");
    assertLines("rotterdam", "planPresentedBy", "l.1452-1455");
    assertLines("enschede", "planPresentedBy", "l.1482-1484");
    assertLines("enschede", "closedBy", "l.1503");
    assertLines("leeuwarden", "closedBy", "l.1603-1604");
    assertLines("rotterdam", "crisisTriageAtIntake", "l.1414-1416");
  }

  private static void assertLines(String preset, String path, String lines) {
    Provenance p = PresetProvenance.of(preset).get(path);
    assertEquals(ProvenanceKind.SOURCE, p.getKind(), preset + " " + path);
    assertEquals(Provenance.SEED + " " + lines, p.getSeedReference().orElseThrow());
  }

  @Test
  void provenance_expertAdvice_isNotPresentedAsPractice() {
    // l.546-548: "Het LON zou standaard na een half jaar moeten checken"
    assertEquals(ProvenanceKind.EXPERT_ADVICE, kind("enschede", "followUp.checkAfterMonths"));
    assertEquals(ProvenanceKind.EXPERT_ADVICE, kind("leeuwarden", "followUp.checkAfterMonths"));
    // l.1538-1540: Rotterdam's own practice
    assertEquals(ProvenanceKind.SOURCE, kind("rotterdam", "followUp.checkAfterMonths"));
    // l.549-550: "zou het LON de cliënt opnieuw moeten bespreken": discussed again, in every
    // preset, as advice
    for (String id : PresetProvenance.PRESET_IDS) {
      assertEquals(ProvenanceKind.EXPERT_ADVICE, kind(id, "followUp.dropOutReopens"), id);
    }
  }

  @Test
  void provenance_sourcedValues_citeTheSeedWithLineAndQuote() {
    Provenance judge = PresetProvenance.of("enschede").get("deadlines.judgeReportWithin");
    assertEquals(ProvenanceKind.SOURCE, judge.getKind());
    assertEquals("004_ca47ed76719141bc.txt l.1413-1414", judge.getSeedReference().orElseThrow());
    assertTrue(judge.getQuoteNl().orElseThrow().contains("binnen vijf werkdagen"));
    for (String id : PresetProvenance.PRESET_IDS) {
      PresetProvenance.of(id)
          .forEach(
              (path, p) -> {
                if (p.getKind() != ProvenanceKind.ASSUMPTION) {
                  assertTrue(
                      p.getSeedReference().orElseThrow().startsWith(Provenance.SEED + " l."),
                      id + " " + path);
                }
              });
    }
  }

  @Test
  void provenance_sourceWithoutReference_refused() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                new Provenance.Builder()
                    .kind(ProvenanceKind.SOURCE)
                    .noteEn("claims the source without saying where")
                    .build());
    assertEquals("Provenance.seedReference", e.getField());
    InvalidValueException q =
        assertThrows(
            InvalidValueException.class, () -> Provenance.assumption("l.1", " ", "a blank quote"));
    assertEquals("Provenance.quoteNl", q.getField());
  }

  // ---------------------------------------------------------------- terminology (l.800-841)

  @Test
  void terminology_rotterdam_coordinatorDossierhouderCasusberaadStuurgroep() {
    Terminology t = MethodologyProfile.rotterdam().getTerminology();
    assertEquals("lokaal zorgnetwerk", t.network(NL)); // l.791
    assertEquals("coördinator", t.role(ProfessionalRole.NETWORK_DIRECTOR, NL)); // l.813
    assertEquals("dossierhouder", t.role(ProfessionalRole.TRAJECTORY_DIRECTOR, NL)); // l.806
    assertEquals("casusberaad", t.meeting(MeetingKind.CASE_CONFERENCE, NL)); // l.823
    assertEquals("bespreking LZN", t.meeting(MeetingKind.NETWORK_MEETING, NL)); // l.832
    assertEquals("stuurgroep", t.meeting(MeetingKind.STEERING_GROUP, NL)); // l.838
    assertEquals("coordinator", t.role(ProfessionalRole.NETWORK_DIRECTOR, Locale.ENGLISH));
  }

  @Test
  void terminology_enschede_teamleiderProbleemhouderMdoWztVergadering() {
    Terminology t = MethodologyProfile.enschede().getTerminology();
    assertEquals("wijkzorgteam", t.network(NL)); // l.795
    // l.861-862, l.1440: "netwerkregisseur (in Enschede genoemd teamleider)"
    assertEquals("teamleider", t.role(ProfessionalRole.NETWORK_DIRECTOR, NL));
    assertEquals("probleemhouder", t.role(ProfessionalRole.TRAJECTORY_DIRECTOR, NL)); // l.808
    assertTrue(t.meeting(MeetingKind.CASE_CONFERENCE, NL).contains("MDO")); // l.825-826
    assertEquals("WZT-vergadering", t.meeting(MeetingKind.NETWORK_MEETING, NL)); // l.834
    assertEquals("stuurgroep", t.meeting(MeetingKind.STEERING_GROUP, NL)); // l.838
  }

  @Test
  void terminology_leeuwarden_teamleiderContactpersoonZorgoverlegBegeleidingscommissie() {
    Terminology t = MethodologyProfile.leeuwarden().getTerminology();
    assertEquals("sociaal team", t.network(NL)); // l.793
    assertEquals("teamleider", t.role(ProfessionalRole.NETWORK_DIRECTOR, NL)); // l.814
    assertEquals("contactpersoon", t.role(ProfessionalRole.TRAJECTORY_DIRECTOR, NL)); // l.807
    assertEquals("zorgoverleg", t.meeting(MeetingKind.CASE_CONFERENCE, NL)); // l.824, l.1616
    assertEquals("bespreking ST", t.meeting(MeetingKind.NETWORK_MEETING, NL)); // l.833
    assertEquals("begeleidingscommissie", t.meeting(MeetingKind.STEERING_GROUP, NL)); // l.839-841
    assertEquals("supervisory committee", t.meeting(MeetingKind.STEERING_GROUP, Locale.ENGLISH));
  }

  @Test
  void terminology_unnamedRole_fallsBackToTheLibraryLabel() {
    Terminology t = Terminology.generic();
    assertEquals("netwerkregisseur", t.role(ProfessionalRole.NETWORK_DIRECTOR, NL));
    assertEquals("network meeting", t.meeting(MeetingKind.NETWORK_MEETING, Locale.ENGLISH));
    assertEquals(
        "kernteamlid",
        MethodologyProfile.enschede().getTerminology().role(ProfessionalRole.CORE_MEMBER, NL));
    assertEquals(
        Terminology.generic(),
        MethodologyProfile.builder()
            .from(MethodologyProfile.rotterdam())
            .terminology(Terminology.generic())
            .build()
            .getTerminology());
  }
}
