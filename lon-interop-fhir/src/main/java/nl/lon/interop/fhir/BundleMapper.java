package nl.lon.interop.fhir;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.lon.core.client.Consent;
import nl.lon.core.client.TargetGroupAssignment;
import nl.lon.core.escalation.CoercionMeasure;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.ConsentRecorded;
import nl.lon.core.event.EvaluationRecorded;
import nl.lon.core.event.PlanAdopted;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.label.Labelled;
import nl.lon.core.network.Network;
import nl.lon.core.network.PartnerOrganisation;
import nl.lon.core.network.Professional;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.core.process.Activity;
import nl.lon.core.process.CaseStatus;
import nl.lon.core.process.GoalResult;
import nl.lon.core.process.PlanOfApproach;
import nl.lon.core.process.ProcessStep;
import nl.lon.core.state.CaseState;
import nl.lon.core.state.EffectiveHistory;
import nl.lon.persistence.vault.PersonalData;
import nl.lon.rules.agenda.Obligation;
import nl.lon.rules.profile.Terminology;
import nl.lon.service.CaseExtract;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Task;

/**
 * Maps one {@link CaseExtract} to a FHIR R4 collection bundle, and nothing beyond it: every
 * resource and element comes from the extract, which the case service decided and audited for its
 * reader. The mapping is documented in {@code docs/fhir-mapping.md}. One instance per export; not
 * thread-safe.
 */
final class BundleMapper {

  private final FhirSystems systems;
  private final Locale locale;
  private final CaseExtract extract;
  private final CaseState state;
  private final Network network;
  private final Terminology terminology;
  private final String caseId;
  private final Bundle bundle = new Bundle();
  private final Map<String, Reference> practitioners = new LinkedHashMap<>();
  private final Map<String, Reference> organisations = new LinkedHashMap<>();
  private Reference patient;
  private Reference networkOrganisation;
  private Reference episode;
  private Reference careTeam;

  BundleMapper(FhirSystems systems, Locale locale, CaseExtract extract) {
    this.systems = systems;
    this.locale = locale;
    this.extract = extract;
    this.state = extract.getState();
    this.network = extract.getNetwork();
    this.terminology = extract.getProfile().getTerminology();
    this.caseId = state.getCaseId().orElseThrow().getValue();
  }

  Bundle map() {
    bundle.setType(Bundle.BundleType.COLLECTION);
    bundle.setIdentifier(
        new Identifier()
            .setSystem(systems.export())
            .setValue(
                uuid("export/" + extract.getReader().getValue() + "/" + extract.getDate())
                    .toString()));
    networkOrganisation = add("network", networkOrganisation());
    patient = add("patient", patient());
    careTeam = reference("care-team");
    episode = reference("episode");
    addAt(episode, episodeOfCare());
    addAt(careTeam, careTeam());
    carePlans();
    consents();
    tasks();
    flags();
    return bundle;
  }

  // ---------------------------------------------------------------- supporting resources

  private Organization networkOrganisation() {
    Organization o = new Organization();
    o.addIdentifier(
        new Identifier().setSystem(systems.network()).setValue(network.getId().getValue()));
    o.setName(network.getName());
    o.addAlias(terminology.network(locale) + " " + network.getArea());
    return o;
  }

  private Patient patient() {
    Patient p = new Patient();
    p.addIdentifier(
        new Identifier()
            .setUse(Identifier.IdentifierUse.OFFICIAL)
            .setSystem(systems.clientNumber(network.getId()))
            .setValue(state.getClientNumber().orElseThrow().getValue()));
    p.setManagingOrganization(networkOrganisation.copy());
    extract.getPersonalData().ifPresent(d -> personalData(p, d));
    return p;
  }

  private static void personalData(Patient p, PersonalData d) {
    p.addName(new HumanName().setUse(HumanName.NameUse.OFFICIAL).setText(d.getName()));
    p.addAddress(
        new Address()
            .setUse(Address.AddressUse.HOME)
            .addLine(d.getAddress())
            .setCity(d.getResidence())
            .setCountry("NL"));
    d.getPhone()
        .ifPresent(
            phone ->
                p.addTelecom(
                    new ContactPoint()
                        .setSystem(ContactPoint.ContactPointSystem.PHONE)
                        .setValue(phone)));
    d.getDateOfBirth().ifPresent(b -> p.setBirthDateElement(date(b)));
  }

  /** A reference to a professional: to their Practitioner in the bundle, or by identifier. */
  private Reference practitioner(ProfessionalId id) {
    Reference known = practitioners.get(id.getValue());
    if (known != null) {
      return known.copy();
    }
    Professional p = extract.getProfessionals().get(id);
    Identifier identifier =
        new Identifier().setSystem(systems.professional()).setValue(id.getValue());
    if (p == null) {
      return new Reference().setIdentifier(identifier).setType("Practitioner");
    }
    Practitioner resource = new Practitioner();
    resource.addIdentifier(identifier);
    resource.addName(new HumanName().setText(p.getDisplayName()));
    Reference r = add("practitioner/" + id.getValue(), resource).setDisplay(p.getDisplayName());
    practitioners.put(id.getValue(), r);
    return r.copy();
  }

  /** A reference to a partner organisation: to its Organization in the bundle, or by identifier. */
  private Reference organisation(OrganisationId id) {
    Reference known = organisations.get(id.getValue());
    if (known != null) {
      return known.copy();
    }
    PartnerOrganisation o = extract.getOrganisations().get(id);
    Identifier identifier =
        new Identifier().setSystem(systems.organisation()).setValue(id.getValue());
    if (o == null) {
      return new Reference().setIdentifier(identifier).setType("Organization");
    }
    Organization resource = new Organization();
    resource.addIdentifier(identifier);
    resource.setName(o.getName());
    resource.addType(concept(systems.codeSystem("partner-kind"), o.getKind()));
    Reference r = add("organisation/" + id.getValue(), resource).setDisplay(o.getName());
    organisations.put(id.getValue(), r);
    return r.copy();
  }

  // ---------------------------------------------------------------- EpisodeOfCare

  private EpisodeOfCare episodeOfCare() {
    EpisodeOfCare e = new EpisodeOfCare();
    e.addIdentifier(new Identifier().setSystem(systems.caseId()).setValue(caseId));
    e.setStatus(status(state.getStep(), state.getStatus()));
    for (StepPeriod p : stepHistory()) {
      EpisodeOfCare.EpisodeOfCareStatusHistoryComponent h = e.addStatusHistory();
      h.setStatus(status(p.step, p.status));
      Period period = new Period().setStartElement(dateTime(p.from));
      p.until.ifPresent(u -> period.setEndElement(dateTime(u)));
      h.setPeriod(period);
      h.addExtension(systems.extension("process-step"), coding("process-step", p.step));
      h.addExtension(systems.extension("case-status"), coding("case-status", p.status));
    }
    for (TargetGroupAssignment a : state.getTargetGroups()) {
      CodeableConcept type = concept(systems.codeSystem("target-group"), a.getTargetGroup());
      type.setText(a.getTargetGroup().label(locale) + ": " + a.getReason());
      e.addType(type);
    }
    e.setPatient(patient.copy());
    e.setManagingOrganization(networkOrganisation.copy());
    Period period = new Period().setStartElement(dateTime(state.getSignalReceivedOn().get()));
    if (!state.isOpen()) {
      state
          .getClosedOn()
          .or(state::getTransferredOn)
          .ifPresent(d -> period.setEndElement(dateTime(d)));
    }
    e.setPeriod(period);
    state.getTrajectoryDirector().ifPresent(d -> e.setCareManager(practitioner(d)));
    e.addTeam(careTeam.copy());
    return e;
  }

  /** FHIR's status of an episode at a step: waiting for judgement, active, finished, cancelled. */
  private static EpisodeOfCare.EpisodeOfCareStatus status(ProcessStep step, CaseStatus status) {
    switch (status) {
      case ENDED:
        return EpisodeOfCare.EpisodeOfCareStatus.CANCELLED;
      case CLOSED:
      case TRANSFERRED:
        return EpisodeOfCare.EpisodeOfCareStatus.FINISHED;
      case OPEN:
      default:
        return step.getNumber() <= ProcessStep.RECEIVE_REPORT.getNumber()
            ? EpisodeOfCare.EpisodeOfCareStatus.WAITLIST
            : EpisodeOfCare.EpisodeOfCareStatus.ACTIVE;
    }
  }

  /** A stretch of the case at one step and status, from the day it began. */
  private record StepPeriod(
      ProcessStep step, CaseStatus status, LocalDate from, Optional<LocalDate> until) {}

  /**
   * The steps and statuses the case went through: the stream folded event by event (corrections
   * refold), a new stretch at each change, dated on the latest business date seen so far so that
   * stretches never run backwards when acts were entered late.
   */
  private List<StepPeriod> stepHistory() {
    List<StepPeriod> out = new ArrayList<>();
    CaseState at = CaseState.empty();
    ProcessStep step = null;
    CaseStatus status = null;
    LocalDate from = null;
    for (CaseEvent e : state.getHistory()) {
      at = at.apply(e);
      if (at.getStep() != step || at.getStatus() != status) {
        LocalDate day = at.getLastEventOn().get();
        if (step != null) {
          out.add(new StepPeriod(step, status, from, Optional.of(day)));
        }
        step = at.getStep();
        status = at.getStatus();
        from = day;
      }
    }
    if (step != null) {
      out.add(new StepPeriod(step, status, from, Optional.empty()));
    }
    return out;
  }

  // ---------------------------------------------------------------- CareTeam

  private CareTeam careTeam() {
    CareTeam t = new CareTeam();
    t.addIdentifier(new Identifier().setSystem(systems.careTeam()).setValue(caseId));
    t.setStatus(state.isOpen() ? CareTeam.CareTeamStatus.ACTIVE : CareTeam.CareTeamStatus.INACTIVE);
    t.setName(
        ("nl".equals(locale.getLanguage()) ? "casusteam " : "case team ")
            + terminology.network(locale)
            + " "
            + network.getName());
    t.setSubject(patient.copy());
    t.addManagingOrganization(networkOrganisation.copy());
    state
        .getTrajectoryDirector()
        .ifPresent(
            d -> {
              CareTeam.CareTeamParticipantComponent p = t.addParticipant();
              p.addRole(role(ProfessionalRole.TRAJECTORY_DIRECTOR));
              p.setMember(practitioner(d));
              state
                  .getTrajectoryDirectorOrganisation()
                  .ifPresent(o -> p.setOnBehalfOf(organisation(o)));
              state
                  .getDirectorAppointedOn()
                  .ifPresent(on -> p.setPeriod(new Period().setStartElement(dateTime(on))));
            });
    for (ProfessionalId id : state.getInvolvedProfessionals()) {
      if (state.getTrajectoryDirector().map(id::equals).orElse(false)) {
        continue;
      }
      CareTeam.CareTeamParticipantComponent p = t.addParticipant();
      p.addRole(caseRole("involved-professional"));
      p.setMember(practitioner(id));
      Professional known = extract.getProfessionals().get(id);
      if (known != null) {
        p.setOnBehalfOf(organisation(known.getOrganisation()));
      }
    }
    for (OrganisationId id : state.getInvolvedOrganisations()) {
      CareTeam.CareTeamParticipantComponent p = t.addParticipant();
      p.addRole(caseRole("involved-organisation"));
      p.setMember(organisation(id));
    }
    return t;
  }

  private CodeableConcept role(ProfessionalRole role) {
    return new CodeableConcept()
        .addCoding(
            new Coding(
                systems.codeSystem("professional-role"),
                code(role),
                terminology.role(role, locale)))
        .setText(terminology.role(role, locale));
  }

  private CodeableConcept caseRole(String code) {
    boolean nl = "nl".equals(locale.getLanguage());
    String display =
        code.equals("involved-professional")
            ? (nl ? "betrokken professional" : "involved professional")
            : (nl ? "betrokken organisatie" : "involved organisation");
    return new CodeableConcept()
        .addCoding(new Coding(systems.codeSystem("case-role"), code, display));
  }

  // ---------------------------------------------------------------- CarePlan and Goal

  private void carePlans() {
    List<CaseEvent> effective = EffectiveHistory.of(state.getHistory());
    List<PlanAdopted> plans = new ArrayList<>();
    List<EvaluationRecorded> evaluations = new ArrayList<>();
    for (CaseEvent e : effective) {
      if (e instanceof PlanAdopted p) {
        plans.add(p);
      } else if (e instanceof EvaluationRecorded ev) {
        evaluations.add(ev);
      }
    }
    plans.sort(Comparator.comparingInt(p -> p.getPlan().getVersion()));
    evaluations.sort(Comparator.comparing(CaseEvent::getBusinessDate));
    Reference previous = null;
    for (int i = 0; i < plans.size(); i++) {
      PlanAdopted adopted = plans.get(i);
      Optional<PlanAdopted> next =
          i + 1 < plans.size() ? Optional.of(plans.get(i + 1)) : Optional.empty();
      previous = carePlan(adopted, next, previous, evaluations);
    }
  }

  private Reference carePlan(
      PlanAdopted adopted,
      Optional<PlanAdopted> next,
      Reference previous,
      List<EvaluationRecorded> evaluations) {
    PlanOfApproach plan = adopted.getPlan();
    LocalDate from = adopted.getBusinessDate();
    Optional<LocalDate> until =
        next.map(CaseEvent::getBusinessDate)
            .or(() -> state.isOpen() ? Optional.empty() : state.getClosedOn())
            .map(d -> d.isBefore(from) ? from : d);
    boolean current = next.isEmpty();
    boolean nl = "nl".equals(locale.getLanguage());

    CarePlan c = new CarePlan();
    Reference self = reference("care-plan/" + plan.getVersion());
    c.addIdentifier(
        new Identifier()
            .setSystem(systems.planOfApproach())
            .setValue(caseId + "-v" + plan.getVersion()));
    c.setStatus(
        !current
            ? CarePlan.CarePlanStatus.REVOKED
            : state.isOpen() ? CarePlan.CarePlanStatus.ACTIVE : CarePlan.CarePlanStatus.COMPLETED);
    c.setIntent(CarePlan.CarePlanIntent.PLAN);
    c.addCategory(
        new CodeableConcept()
            .addCoding(
                new Coding(
                    systems.codeSystem("care-plan-category"),
                    "plan-of-approach",
                    nl ? "plan van aanpak" : "plan of approach")));
    c.setTitle(
        (nl ? "Plan van aanpak, versie " : "Plan of approach, version ") + plan.getVersion());
    c.setDescription(plan.getContext());
    c.setSubject(patient.copy());
    Period period = new Period().setStartElement(dateTime(from));
    until.ifPresent(u -> period.setEndElement(dateTime(u)));
    c.setPeriod(period);
    c.setCreatedElement(dateTime(from));
    c.setAuthor(practitioner(adopted.getActor()));
    c.addCareTeam(careTeam.copy());
    if (previous != null) {
      c.addReplaces(previous.copy());
    }
    Map<String, Reference> goals = new LinkedHashMap<>();
    for (nl.lon.core.process.Goal g : plan.getGoals()) {
      Optional<GoalResult> result = result(g.getCode(), from, next, evaluations);
      Goal goal = new Goal();
      goal.addIdentifier(
          new Identifier()
              .setSystem(systems.goal())
              .setValue(caseId + "-v" + plan.getVersion() + "-" + g.getCode()));
      boolean reached = result.map(r -> r == GoalResult.REACHED).orElse(false);
      goal.setLifecycleStatus(
          reached
              ? Goal.GoalLifecycleStatus.COMPLETED
              : current && state.isOpen()
                  ? Goal.GoalLifecycleStatus.ACTIVE
                  : Goal.GoalLifecycleStatus.CANCELLED);
      if (!current && !reached) {
        goal.setStatusReason(
            (nl ? "vervangen door versie " : "superseded by version ")
                + next.get().getPlan().getVersion());
      }
      result.ifPresent(r -> goal.setAchievementStatus(achievement(r)));
      goal.addCategory(concept(systems.codeSystem("life-domain"), g.getLifeDomain()));
      goal.setDescription(new CodeableConcept().setText(g.getDescription()));
      goal.setSubject(patient.copy());
      goal.setStart(date(from));
      Reference ref = add("goal/" + plan.getVersion() + "/" + g.getCode(), goal);
      goals.put(g.getCode(), ref);
      c.addGoal(ref.copy());
    }
    for (Activity a : plan.getActivities()) {
      CarePlan.CarePlanActivityDetailComponent d = c.addActivity().getDetail();
      d.setStatus(CarePlan.CarePlanActivityStatus.UNKNOWN);
      d.setDescription(a.getDescription());
      d.setScheduled(new Period().setEndElement(dateTime(a.getDueOn())));
      a.getResponsible().getProfessional().ifPresent(p -> d.addPerformer(practitioner(p)));
      a.getResponsible().getOrganisation().ifPresent(o -> d.addPerformer(organisation(o)));
      a.getGoalCode().map(goals::get).ifPresent(g -> d.addGoal(g.copy()));
    }
    addAt(self, c);
    return self;
  }

  /** The latest evaluation of a goal while its plan version ran. */
  private static Optional<GoalResult> result(
      String code,
      LocalDate from,
      Optional<PlanAdopted> next,
      List<EvaluationRecorded> evaluations) {
    Optional<GoalResult> found = Optional.empty();
    for (EvaluationRecorded e : evaluations) {
      LocalDate on = e.getBusinessDate();
      boolean during =
          !on.isBefore(from) && next.map(n -> on.isBefore(n.getBusinessDate())).orElse(true);
      GoalResult r = e.getEvaluation().getGoalResults().get(code);
      if (during && r != null) {
        found = Optional.of(r);
      }
    }
    return found;
  }

  private static CodeableConcept achievement(GoalResult r) {
    String code;
    String display;
    switch (r) {
      case REACHED:
        code = "achieved";
        display = "Achieved";
        break;
      case PARTLY_REACHED:
        code = "improving";
        display = "Improving";
        break;
      case NOT_REACHED:
      default:
        code = "not-achieved";
        display = "Not Achieved";
        break;
    }
    return new CodeableConcept()
        .addCoding(
            new Coding("http://terminology.hl7.org/CodeSystem/goal-achievement", code, display));
  }

  // ---------------------------------------------------------------- Consent

  private void consents() {
    List<ConsentRecorded> recorded = new ArrayList<>();
    for (CaseEvent e : EffectiveHistory.of(state.getHistory())) {
      if (e instanceof ConsentRecorded c) {
        recorded.add(c);
      }
    }
    // the state holds the consent with the latest business date (on a tie, the one recorded last)
    recorded.sort(Comparator.comparing(CaseEvent::getBusinessDate));
    for (int i = 0; i < recorded.size(); i++) {
      boolean held = i == recorded.size() - 1;
      Consent c = held ? state.getConsent().orElseThrow() : recorded.get(i).getConsent();
      Optional<LocalDate> replacedOn =
          held ? Optional.empty() : Optional.of(recorded.get(i + 1).getBusinessDate());
      add("consent/" + i, consent(c, replacedOn));
    }
  }

  private org.hl7.fhir.r4.model.Consent consent(Consent c, Optional<LocalDate> replacedOn) {
    org.hl7.fhir.r4.model.Consent f = new org.hl7.fhir.r4.model.Consent();
    boolean inForce = replacedOn.isEmpty() && c.isInForceOn(extract.getDate());
    f.setStatus(
        inForce
            ? org.hl7.fhir.r4.model.Consent.ConsentState.ACTIVE
            : org.hl7.fhir.r4.model.Consent.ConsentState.INACTIVE);
    f.setScope(
        new CodeableConcept()
            .addCoding(
                new Coding(
                    "http://terminology.hl7.org/CodeSystem/consentscope",
                    "patient-privacy",
                    "Privacy Consent")));
    f.addCategory(
        new CodeableConcept()
            .addCoding(
                new Coding(
                    "http://terminology.hl7.org/CodeSystem/v3-ActCode",
                    "IDSCL",
                    "information disclosure")));
    f.setPatient(patient.copy());
    f.setDateTimeElement(dateTime(c.getSignedOn()));
    f.addOrganization(networkOrganisation.copy());
    f.addPolicy().setUri(systems.privacyProtocol(network.getId()));
    org.hl7.fhir.r4.model.Consent.ProvisionComponent p = f.getProvision();
    p.setType(org.hl7.fhir.r4.model.Consent.ConsentProvisionType.PERMIT);
    Period period = new Period().setStartElement(dateTime(c.getSignedOn()));
    c.getWithdrawnOn()
        .or(() -> replacedOn)
        .ifPresent(
            end ->
                period.setEndElement(
                    dateTime(end.isBefore(c.getSignedOn()) ? c.getSignedOn() : end)));
    p.setPeriod(period);
    p.addAction(
        new CodeableConcept()
            .addCoding(
                new Coding(
                    "http://terminology.hl7.org/CodeSystem/consentaction",
                    "disclose",
                    "Disclose")));
    switch (c.getScope()) {
      case NETWORK_PARTNERS:
        recipient(p, networkOrganisation.copy());
        break;
      case CASE_PARTNERS:
        recipient(p, careTeam.copy());
        break;
      case NAMED_ORGANISATIONS:
      default:
        c.getOrganisations().forEach(o -> recipient(p, organisation(o)));
        break;
    }
    p.addExtension(systems.extension("consent-scope"), coding("consent-scope", c.getScope()));
    return f;
  }

  private static void recipient(org.hl7.fhir.r4.model.Consent.ProvisionComponent p, Reference who) {
    p.addActor()
        .setRole(
            new CodeableConcept()
                .addCoding(
                    new Coding(
                        "http://terminology.hl7.org/CodeSystem/v3-ParticipationType",
                        "IRCP",
                        "information recipient")))
        .setReference(who);
  }

  // ---------------------------------------------------------------- Task

  private void tasks() {
    int n = 0;
    for (Obligation o : extract.getObligations()) {
      add("task/" + n++ + "/" + o.getKind(), task(o));
    }
  }

  private Task task(Obligation o) {
    Task t = new Task();
    t.setStatus(Task.TaskStatus.REQUESTED);
    t.setIntent(Task.TaskIntent.PLAN);
    t.setPriority(o.isOverdue() ? Task.TaskPriority.URGENT : Task.TaskPriority.ROUTINE);
    t.setCode(concept(systems.codeSystem("obligation-kind"), o.getKind()));
    boolean nl = "nl".equals(locale.getLanguage());
    t.setBusinessStatus(
        new CodeableConcept()
            .addCoding(
                new Coding(
                    systems.codeSystem("obligation-status"),
                    o.isOverdue() ? "overdue" : "due",
                    o.isOverdue() ? (nl ? "te laat" : "overdue") : (nl ? "te doen" : "due"))));
    t.setDescription(o.getBasis() + o.getBody().map(b -> " (" + b + ")").orElse(""));
    t.setFocus(episode.copy());
    t.setFor(patient.copy());
    t.setAuthoredOnElement(dateTime(o.getSince()));
    t.getRestriction().setPeriod(new Period().setEndElement(dateTime(o.getDueOn())));
    t.addPerformerType(role(o.getRole()));
    o.getProfessional().ifPresent(p -> t.setOwner(practitioner(p)));
    return t;
  }

  // ---------------------------------------------------------------- Flag

  private void flags() {
    int n = 0;
    for (CaseExtract.MeasureInForce m : extract.getMeasuresInForce()) {
      add("flag/" + n++, flag(m));
    }
  }

  private Flag flag(CaseExtract.MeasureInForce m) {
    Flag f = new Flag();
    f.setStatus(Flag.FlagStatus.ACTIVE);
    f.addCategory(
        new CodeableConcept()
            .addCoding(
                new Coding(
                    "http://terminology.hl7.org/CodeSystem/flag-category",
                    "admin",
                    "Administrative")));
    String code = m.measure().getMeasureCode();
    Optional<CoercionMeasure> known =
        extract.getProfile().getIntervention().getCoercionCatalogue().measure(code);
    boolean nl = "nl".equals(locale.getLanguage());
    String name = known.map(k -> nl ? k.getNameNl() : k.getName()).orElse(code);
    f.setCode(
        new CodeableConcept()
            .addCoding(new Coding(systems.codeSystem("coercion-measure"), code, name))
            .setText(name + known.map(k -> " (" + k.getLegalBasis() + ")").orElse("")));
    f.setSubject(patient.copy());
    f.setPeriod(
        new Period()
            .setStartElement(dateTime(m.from()))
            .setEndElement(dateTime(m.until().minusDays(1))));
    f.setAuthor(organisation(m.measure().getExecutedBy()));
    return f;
  }

  // ---------------------------------------------------------------- helpers

  private Coding coding(String codeSystem, Labelled value) {
    return new Coding(systems.codeSystem(codeSystem), code(value), value.label(locale));
  }

  private CodeableConcept concept(String system, Labelled value) {
    return new CodeableConcept()
        .addCoding(new Coding(system, code(value), value.label(locale)))
        .setText(value.label(locale));
  }

  /** A constant as a FHIR code: lower case, words joined by hyphens. */
  static String code(Labelled value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** A day as a FHIR date. */
  private static DateType date(LocalDate day) {
    return new DateType(day.toString());
  }

  /** A day as a FHIR dateTime of day precision (no time, no zone). */
  private static DateTimeType dateTime(LocalDate day) {
    return new DateTimeType(day.toString());
  }

  /** A stable id for a resource of this case: the same export gives the same ids. */
  private UUID uuid(String key) {
    return UUID.nameUUIDFromBytes(
        ("lon-case:" + caseId + "/" + key).getBytes(StandardCharsets.UTF_8));
  }

  private Reference reference(String key) {
    return new Reference("urn:uuid:" + uuid(key));
  }

  private Reference add(String key, Resource resource) {
    Reference r = reference(key);
    addAt(r, resource);
    return r;
  }

  private void addAt(Reference r, Resource resource) {
    resource.setId(r.getReference().substring("urn:uuid:".length()));
    bundle.addEntry().setFullUrl(r.getReference()).setResource(resource);
  }
}
