package nl.lon.interop.fhir;

import static nl.lon.core.testing.Cast.HOUSING_MEMBER;
import static nl.lon.core.testing.Cast.MUNICIPAL_OFFICER;
import static nl.lon.core.testing.Cast.NETWORK;
import static nl.lon.core.testing.Cast.NETWORK_DIRECTOR;
import static nl.lon.core.testing.Cast.STEERING_MEMBER;
import static nl.lon.core.testing.Cast.TRAJECTORY_DIRECTOR;
import static nl.lon.rules.testing.Commands.adoptPlan;
import static nl.lon.rules.testing.Commands.appoint;
import static nl.lon.rules.testing.Commands.consent;
import static nl.lon.rules.testing.Commands.coordinate;
import static nl.lon.rules.testing.Commands.judgeInScope;
import static nl.lon.rules.testing.Commands.picture;
import static nl.lon.rules.testing.Commands.progress;
import static nl.lon.rules.testing.Commands.scan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.lon.core.error.AccessDeniedException;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.process.EvaluationDecision;
import nl.lon.core.process.GoalResult;
import nl.lon.persistence.audit.AuditOutcome;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.audit.DataCategory;
import nl.lon.persistence.vault.PersonalData;
import nl.lon.rules.access.AccessRuleId;
import nl.lon.rules.intervention.CoercionCatalogue;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.rules.testing.Commands;
import nl.lon.rules.testing.RulesFixtures;
import nl.lon.service.CaseExtract;
import nl.lon.service.Purpose;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The export of hand-made cases: what each reader gets, that it is audited, and that the reference
 * validator finds no error in it.
 */
class FhirCaseExporterTest {

  private static final LocalDate DAY_0 = LocalDate.of(2026, 3, 2);
  private static final CaseId CASE = CaseId.of("case-fhir-1");
  private static final ClientNumber CLIENT = ClientNumber.of("client-0042");
  private static final Purpose WORK = Purpose.of("handle the case");
  private static final Purpose EXPORT = Purpose.of("send the plan of approach to the GGZ provider");
  private static final String NAME = "Jantje Zwartewaal-Oudegeest";

  private static final FhirCaseExporter EXPORTER = FhirCaseExporter.builder().build();

  static Stream<MethodologyProfile> presets() {
    return RulesFixtures.presets().stream();
  }

  /**
   * A case driven to its second plan version with consent and a crisis measure in force: signal,
   * judgement, consent, coordination, appointment, scan, integral picture, plan 1, progress,
   * evaluation (adjust), plan 2, crisis measure; the clock on the day after the measure.
   */
  private static ExportWorld fullCase(MethodologyProfile profile) {
    ExportWorld w = new ExportWorld(profile, DAY_0);
    Optional<PersonalData> data =
        profile.getAccess().isClientNumbersOnly()
            ? Optional.empty()
            : Optional.of(
                PersonalData.builder()
                    .name(NAME)
                    .address("Zonnebloemstraat 17b")
                    .residence("Westdorp")
                    .phone("0612345678")
                    .dateOfBirth(LocalDate.of(1971, 6, 30))
                    .build());
    w.service.reportSignal(
        HOUSING_MEMBER.getId(),
        Purpose.of("register report"),
        Commands.reportSignal(CASE, CLIENT, w.today()),
        data);
    w.clock.advanceDays(1);
    w.service.judgeReport(NETWORK_DIRECTOR.getId(), WORK, CASE, judgeInScope());
    w.service.execute(NETWORK_DIRECTOR.getId(), WORK, CASE, consent(w.today()), Optional.empty());
    w.clock.advanceDays(2);
    w.service.decideCoordination(NETWORK_DIRECTOR.getId(), WORK, CASE, coordinate(w.today()));
    w.clock.advanceDays(1);
    w.service.appointTrajectoryDirector(NETWORK_DIRECTOR.getId(), WORK, CASE, appoint(profile));
    w.clock.advanceDays(1);
    w.service.recordScan(TRAJECTORY_DIRECTOR.getId(), WORK, CASE, scan(w.today()));
    w.clock.advanceDays(1);
    w.service.formIntegralPicture(NETWORK_DIRECTOR.getId(), WORK, CASE, picture());
    w.clock.advanceDays(2);
    if (profile.isOwnershipAcceptedBeforePlan()) {
      w.service.acceptProblemOwnership(TRAJECTORY_DIRECTOR.getId(), WORK, CASE, w.today());
    }
    w.service.adoptPlan(TRAJECTORY_DIRECTOR.getId(), WORK, CASE, adoptPlan(w.today()));
    w.clock.advanceDays(12);
    w.service.reportProgress(TRAJECTORY_DIRECTOR.getId(), WORK, CASE, progress(false));
    w.clock.advanceDays(30);
    w.service.evaluate(
        TRAJECTORY_DIRECTOR.getId(),
        WORK,
        CASE,
        new CaseCommand.Evaluate(
            RulesFixtures.evaluation(GoalResult.PARTLY_REACHED, EvaluationDecision.ADJUST)));
    w.clock.advanceDays(1);
    w.service.execute(
        TRAJECTORY_DIRECTOR.getId(),
        WORK,
        CASE,
        new CaseCommand.AdjustPlan(RulesFixtures.plan(2, w.today())),
        Optional.empty());
    w.clock.advanceDays(1);
    // the municipality is asked for information, so it is involved and may record its measure
    w.service.execute(
        NETWORK_DIRECTOR.getId(),
        WORK,
        CASE,
        new CaseCommand.RequestInformation(
            Set.of(nl.lon.core.testing.Cast.MUNICIPALITY), "Wvggz report received?"),
        Optional.empty());
    w.service.execute(
        MUNICIPAL_OFFICER.getId(),
        WORK,
        CASE,
        new CaseCommand.RecordCoercionMeasure(
            CoercionCatalogue.CRISIS_MEASURE, Optional.of("acute danger to self")),
        Optional.empty());
    w.clock.advanceDays(1);
    return w;
  }

  private static <R extends Resource> List<R> all(Bundle b, Class<R> type) {
    return b.getEntry().stream()
        .map(Bundle.BundleEntryComponent::getResource)
        .filter(type::isInstance)
        .map(type::cast)
        .collect(Collectors.toList());
  }

  private static Set<String> types(Bundle b) {
    return b.getEntry().stream()
        .map(e -> e.getResource().fhirType())
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  // ---------------------------------------------------------------- validation

  @ParameterizedTest
  @MethodSource("presets")
  void export_networkDirector_everyResourceValidAgainstBaseR4(MethodologyProfile profile) {
    ExportWorld w = fullCase(profile);
    Bundle b = EXPORTER.export(w.service, NETWORK_DIRECTOR.getId(), EXPORT, CASE);

    List<String> errors = ReferenceValidator.errorsInBundleAndEntries(b);
    assertEquals(List.of(), errors, () -> FhirCaseExporter.toJson(b));
    assertEquals(
        Set.of(
            "CarePlan",
            "CareTeam",
            "Consent",
            "EpisodeOfCare",
            "Flag",
            "Goal",
            "Organization",
            "Patient",
            "Practitioner",
            "Task"),
        types(b));
  }

  @ParameterizedTest
  @MethodSource("presets")
  void export_trajectoryDirector_validAndOnlyOwnObligations(MethodologyProfile profile) {
    ExportWorld w = fullCase(profile);
    Bundle mine = EXPORTER.export(w.service, TRAJECTORY_DIRECTOR.getId(), EXPORT, CASE);
    Bundle all = EXPORTER.export(w.service, NETWORK_DIRECTOR.getId(), EXPORT, CASE);

    assertEquals(List.of(), ReferenceValidator.errorsInBundleAndEntries(mine));
    List<Task> own = all(mine, Task.class);
    assertTrue(own.size() < all(all, Task.class).size(), "fewer tasks than the whole agenda");
    for (Task t : own) {
      assertEquals(
          TRAJECTORY_DIRECTOR.getId().getValue(),
          ownerIdentifier(mine, t),
          "a task the reader owns");
    }
  }

  /** The professional id a task's owner names, through the Practitioner in the bundle. */
  private static String ownerIdentifier(Bundle b, Task t) {
    String ref = t.getOwner().getReference();
    return b.getEntry().stream()
        .filter(e -> e.getFullUrl().equals(ref))
        .map(e -> ((org.hl7.fhir.r4.model.Practitioner) e.getResource()))
        .findFirst()
        .orElseThrow()
        .getIdentifierFirstRep()
        .getValue();
  }

  // ---------------------------------------------------------------- content

  @Test
  void export_rotterdam_episodeCarePlansConsentFlagAndTasks() {
    ExportWorld w = fullCase(MethodologyProfile.rotterdam());
    Bundle b = EXPORTER.export(w.service, NETWORK_DIRECTOR.getId(), EXPORT, CASE);

    assertEquals(Bundle.BundleType.COLLECTION, b.getType());
    EpisodeOfCare episode = all(b, EpisodeOfCare.class).get(0);
    assertEquals(EpisodeOfCare.EpisodeOfCareStatus.ACTIVE, episode.getStatus());
    assertEquals(CASE.getValue(), episode.getIdentifierFirstRep().getValue());
    assertEquals(
        EpisodeOfCare.EpisodeOfCareStatus.WAITLIST, episode.getStatusHistory().get(0).getStatus());
    assertTrue(episode.getStatusHistory().size() >= 5, "one stretch per step reached");
    String network = episode.getManagingOrganization().getReference();
    Bundle.BundleEntryComponent managing =
        b.getEntry().stream().filter(e -> e.getFullUrl().equals(network)).findFirst().orElseThrow();
    assertEquals(
        NETWORK.getValue(),
        ((org.hl7.fhir.r4.model.Organization) managing.getResource())
            .getIdentifierFirstRep()
            .getValue());

    List<CarePlan> plans = all(b, CarePlan.class);
    assertEquals(2, plans.size());
    assertEquals(CarePlan.CarePlanStatus.REVOKED, plans.get(0).getStatus());
    assertEquals(CarePlan.CarePlanStatus.ACTIVE, plans.get(1).getStatus());
    assertEquals(1, plans.get(1).getReplaces().size(), "version 2 replaces version 1");
    assertFalse(plans.get(1).getGoal().isEmpty());
    assertFalse(plans.get(1).getActivity().isEmpty());

    Consent consent = all(b, Consent.class).get(0);
    assertEquals(Consent.ConsentState.ACTIVE, consent.getStatus());

    Flag flag = all(b, Flag.class).get(0);
    assertEquals(CoercionCatalogue.CRISIS_MEASURE, flag.getCode().getCodingFirstRep().getCode());
    assertEquals(Flag.FlagStatus.ACTIVE, flag.getStatus());

    Patient patient = all(b, Patient.class).get(0);
    assertEquals(CLIENT.getValue(), patient.getIdentifierFirstRep().getValue());
    assertEquals(
        FhirSystems.DEFAULT_BASE + "/sid/" + NETWORK.getValue() + "/client-number",
        patient.getIdentifierFirstRep().getSystem());
    assertEquals(NAME, patient.getNameFirstRep().getText(), "Rotterdam stores names");

    for (Task t : all(b, Task.class)) {
      assertTrue(t.getRestriction().getPeriod().hasEnd(), "a due date");
    }
  }

  @Test
  void export_sameCaseTwice_sameResourceIds() {
    ExportWorld w = fullCase(MethodologyProfile.enschede());
    Bundle first = EXPORTER.export(w.service, NETWORK_DIRECTOR.getId(), EXPORT, CASE);
    Bundle again = EXPORTER.export(w.service, NETWORK_DIRECTOR.getId(), EXPORT, CASE);
    assertEquals(FhirCaseExporter.toJson(first), FhirCaseExporter.toJson(again));
  }

  @Test
  void export_clientNumbersOnly_patientKnownByNumberOnly() {
    ExportWorld w = fullCase(MethodologyProfile.leeuwarden());
    Bundle b = EXPORTER.export(w.service, NETWORK_DIRECTOR.getId(), EXPORT, CASE);
    Patient patient = all(b, Patient.class).get(0);
    assertFalse(patient.hasName());
    assertFalse(patient.hasAddress());
    assertFalse(patient.hasTelecom());
    assertFalse(patient.hasBirthDate());
    assertEquals(CLIENT.getValue(), patient.getIdentifierFirstRep().getValue());
    assertFalse(
        w.lastAudit(CASE).getDataCategories().contains(DataCategory.PERSONAL_DATA),
        "no personal data carried");
  }

  @Test
  void export_measureLapsed_noFlag() {
    ExportWorld w = fullCase(MethodologyProfile.rotterdam());
    w.clock.advanceDays(3); // a crisis measure lapses after three days without continuation
    Bundle b = EXPORTER.export(w.service, NETWORK_DIRECTOR.getId(), EXPORT, CASE);
    assertEquals(List.of(), all(b, Flag.class));
    assertFalse(w.lastAudit(CASE).getDataCategories().contains(DataCategory.ESCALATION));
  }

  @Test
  void export_english_displaysInEnglish() {
    ExportWorld w = fullCase(MethodologyProfile.enschede());
    Bundle b =
        FhirCaseExporter.builder()
            .locale(java.util.Locale.ENGLISH)
            .systemBase("https://vendor.example/fhir/")
            .build()
            .export(w.service, NETWORK_DIRECTOR.getId(), EXPORT, CASE);
    assertEquals(List.of(), ReferenceValidator.errorsInBundleAndEntries(b));
    CarePlan plan = all(b, CarePlan.class).get(0);
    assertTrue(plan.getTitle().startsWith("Plan of approach"), plan.getTitle());
    assertTrue(
        all(b, Patient.class)
            .get(0)
            .getIdentifierFirstRep()
            .getSystem()
            .startsWith("https://vendor.example/fhir/sid/"));
  }

  // ---------------------------------------------------------------- audit and refusal

  @ParameterizedTest
  @MethodSource("presets")
  void export_auditedAsOneReadWithTheCategoriesCarried(MethodologyProfile profile) {
    ExportWorld w = fullCase(profile);
    EXPORTER.export(w.service, NETWORK_DIRECTOR.getId(), EXPORT, CASE);

    AuditRecord r = w.lastAudit(CASE);
    assertEquals("export-case", r.getOperation());
    assertEquals(AuditOutcome.ALLOWED, r.getChecks().getOutcome());
    assertEquals(EXPORT.purpose(), r.getPurpose());
    Set<DataCategory> expected =
        new java.util.HashSet<>(
            Set.of(
                DataCategory.CASE_EVENTS,
                DataCategory.TARGET_GROUP,
                DataCategory.PLAN,
                DataCategory.CONSENT,
                DataCategory.AGENDA,
                DataCategory.ESCALATION));
    if (!profile.getAccess().isClientNumbersOnly()) {
      expected.add(DataCategory.PERSONAL_DATA);
    }
    assertEquals(expected, r.getDataCategories());
  }

  @ParameterizedTest
  @MethodSource("presets")
  void export_steeringGroupMember_refusedWithRuleAndAudited(MethodologyProfile profile) {
    ExportWorld w = fullCase(profile);
    int before = w.audit(NETWORK, CASE).size();

    AccessDeniedException e =
        assertThrows(
            AccessDeniedException.class,
            () -> EXPORTER.export(w.service, STEERING_MEMBER.getId(), EXPORT, CASE));
    assertEquals(AccessRuleId.STEERING_GROUP_NO_CASES.getId(), e.getRule());

    List<AuditRecord> after = w.audit(NETWORK, CASE);
    assertEquals(before + 1, after.size(), "the refusal is audited");
    AuditRecord r = after.get(after.size() - 1);
    assertEquals("export-case", r.getOperation());
    assertEquals(AuditOutcome.DENIED, r.getChecks().getOutcome());
    assertEquals(Set.of(AccessRuleId.STEERING_GROUP_NO_CASES.getId()), r.getRuleIds());
  }

  @Test
  void export_rotterdamSignaller_refusedByViewerScope() {
    ExportWorld w = fullCase(MethodologyProfile.rotterdam());
    AccessDeniedException e =
        assertThrows(
            AccessDeniedException.class,
            () -> EXPORTER.export(w.service, HOUSING_MEMBER.getId(), EXPORT, CASE));
    assertEquals(AccessRuleId.VIEWER_SCOPE.getId(), e.getRule());
    assertEquals(AuditOutcome.DENIED, w.lastAudit(CASE).getChecks().getOutcome());
  }

  @Test
  void export_enschedeInvolvedPartner_caseWithoutAgenda() {
    ExportWorld w = fullCase(MethodologyProfile.enschede());
    CaseExtract extract = w.service.extract(HOUSING_MEMBER.getId(), EXPORT, CASE);
    assertEquals(List.of(), extract.getObligations(), "no obligation names the partner");
    Bundle b = EXPORTER.toBundle(extract);

    assertEquals(List.of(), ReferenceValidator.errorsInBundleAndEntries(b));
    assertEquals(List.of(), all(b, Task.class));
    assertFalse(types(b).contains("Task"));
    assertFalse(w.lastAudit(CASE).getDataCategories().contains(DataCategory.AGENDA));
    assertEquals(1, all(b, EpisodeOfCare.class).size(), "the case itself is readable");
  }

  @Test
  void builder_relativeBase_refused() {
    assertThrows(
        nl.lon.core.error.InvalidValueException.class,
        () -> FhirCaseExporter.builder().systemBase("fhir/ids").build());
  }
}
