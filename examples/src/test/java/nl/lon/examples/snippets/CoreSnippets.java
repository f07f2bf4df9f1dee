package nl.lon.examples.snippets;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.lon.core.client.Consent;
import nl.lon.core.client.ConsentScope;
import nl.lon.core.client.Household;
import nl.lon.core.client.TargetGroup;
import nl.lon.core.client.TargetGroupAssignment;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.EscalationId;
import nl.lon.core.id.MeetingId;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.id.SignalId;
import nl.lon.core.network.PartnerKind;
import nl.lon.core.network.PartnerOrganisation;
import nl.lon.core.network.Ring;
import nl.lon.core.process.Concern;
import nl.lon.core.process.NetworkActivity;
import nl.lon.core.process.NetworkActivityKind;
import nl.lon.core.process.PlausibleDates;
import nl.lon.core.process.ProcessStep;
import nl.lon.core.process.Signal;
import nl.lon.core.process.SignalChannel;
import nl.lon.core.process.SignalSourceKind;
import nl.lon.core.scan.LifeDomainScan;
import nl.lon.core.scan.ScanDomain;
import nl.lon.core.scan.ScanInstrument;
import nl.lon.core.scan.SelfRelianceLevel;
import nl.lon.core.state.CaseState;
import nl.lon.persistence.event.EventStore;

/**
 * The Javadoc examples of {@code lon-core}, each verbatim inside compiling code; {@code
 * JavadocExamplesTest} checks that every example is here, {@code CoreSnippetsTest} runs the cheap
 * ones.
 */
final class CoreSnippets {

  private CoreSnippets() {}

  /** {@link NetworkActivity}. */
  static NetworkActivity networkActivity() {
    NetworkActivity a =
        NetworkActivity.builder()
            .kind(NetworkActivityKind.CONSULTATION)
            .heldOn(LocalDate.of(2027, 3, 4))
            .organisation("huisartsenpraktijk De Linde")
            .topic("advice on a patient who avoids care")
            .build();
    return a;
  }

  /** {@link Consent}. */
  static Consent consent() {
    Consent c =
        Consent.builder()
            .scope(ConsentScope.NETWORK_PARTNERS)
            .signedOn(LocalDate.of(2026, 3, 2))
            .build();
    return c;
  }

  /** {@link Household}. */
  static Household household() {
    return Household.of(2, 3);
  }

  /** {@link TargetGroupAssignment}. */
  static TargetGroupAssignment targetGroupAssignment() {
    return TargetGroupAssignment.of(TargetGroup.CARE_AVOIDER, "refuses contact with GP");
  }

  /** {@link CaseEvent}. */
  static CaseState replay(List<CaseEvent> events) {
    CaseState state = CaseState.replay(events);
    return state;
  }

  /** {@link CaseId}. */
  static List<CaseId> caseIds() {
    CaseId id = CaseId.of("case-2026-0042");
    CaseId fresh = CaseId.generate();
    return List.of(id, fresh);
  }

  /** {@link ClientNumber}. */
  static ClientNumber clientNumber() {
    ClientNumber id = ClientNumber.of("C-100234");
    return id;
  }

  /** {@link EscalationId}. */
  static EscalationId escalationId() {
    EscalationId id = EscalationId.of("esc-1");
    return id;
  }

  /** {@link MeetingId}. */
  static MeetingId meetingId() {
    MeetingId id = MeetingId.of("m-2026-03-12");
    return id;
  }

  /** {@link NetworkId}. */
  static NetworkId networkId() {
    NetworkId id = NetworkId.of("rotterdam-noord");
    return id;
  }

  /** {@link OrganisationId}. */
  static OrganisationId organisationId() {
    OrganisationId id = OrganisationId.of("woonstad");
    return id;
  }

  /** {@link ProfessionalId}. */
  static ProfessionalId professionalId() {
    ProfessionalId id = ProfessionalId.of("p-jansen");
    return id;
  }

  /** {@link SignalId}. */
  static SignalId signalId() {
    SignalId id = SignalId.of("s-2026-17");
    return id;
  }

  /** {@link nl.lon.core.label.Labelled}. */
  static String label() {
    String nl = TargetGroup.CARE_AVOIDER.label(Locale.forLanguageTag("nl")); // "zorgmijder"
    return nl;
  }

  /** {@link PartnerOrganisation}. */
  static PartnerOrganisation partnerOrganisation() {
    PartnerOrganisation woonstad =
        PartnerOrganisation.builder()
            .id(OrganisationId.of("woonstad"))
            .name("Woonstad")
            .kind(PartnerKind.HOUSING_CORPORATION)
            .ring(Ring.CORE)
            .hasMandate(true)
            .build();
    return woonstad;
  }

  /** {@link PlausibleDates}: the date of birth, refused when implausible. */
  static LocalDate acceptDateOfBirth(LocalDate dob, Clock clock) {
    if (!PlausibleDates.plausibleDateOfBirth(dob, LocalDate.now(clock))) {
      throw new InvalidValueException("PersonalData.dateOfBirth"); // refuse
    }
    return dob;
  }

  /** {@link Signal}. */
  static Signal signal() {
    Signal s =
        Signal.builder()
            .id(SignalId.of("s-17"))
            .sourceKind(SignalSourceKind.PARTNER_ORGANISATION)
            .signallerOrganisation(OrganisationId.of("woonstad"))
            .signallerKind(PartnerKind.HOUSING_CORPORATION)
            .channel(SignalChannel.VIA_NETWORK_MEMBER)
            .receivedOn(LocalDate.of(2026, 3, 2))
            .addConcerns(Concern.DOMESTIC_SQUALOR, Concern.RENT_ARREARS)
            .description("Neighbours report smell; rent three months behind")
            .clientInformed(true)
            .build();
    return s;
  }

  /** {@link LifeDomainScan}: compiled only, the example leaves out most domains. */
  static LifeDomainScan scan() {
    LifeDomainScan scan =
        LifeDomainScan.builder()
            .instrument(ScanInstrument.ZRM_2017)
            .scoredOn(LocalDate.of(2026, 3, 9))
            .putScores(ScanDomain.HOUSING, SelfRelianceLevel.ACUTE_PROBLEMS)
            // ... every other domain of ZRM 2017, scored or in notDiscussed
            .build();
    return scan;
  }

  /** {@link CaseState}. */
  static CaseState current(EventStore store, CaseId caseId) {
    CaseState state = CaseState.replay(store.read(caseId));
    if (state.getStep() == ProcessStep.EXECUTE) {
      // the plan is being carried out
    }
    return state;
  }
}
