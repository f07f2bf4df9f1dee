package nl.lon.testkit.arbitraries;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;
import nl.lon.core.client.Consent;
import nl.lon.core.client.Household;
import nl.lon.core.client.TargetGroupAssignment;
import nl.lon.core.escalation.CoercionMeasure;
import nl.lon.core.escalation.Escalation;
import nl.lon.core.escalation.EscalationOption;
import nl.lon.core.escalation.EscalationResolution;
import nl.lon.core.escalation.StatutoryClock;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.EventMetadata;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.EscalationId;
import nl.lon.core.id.MeetingId;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.id.SignalId;
import nl.lon.core.network.Network;
import nl.lon.core.network.PartnerOrganisation;
import nl.lon.core.network.Professional;
import nl.lon.core.process.Activity;
import nl.lon.core.process.Closure;
import nl.lon.core.process.CoordinationDecision;
import nl.lon.core.process.Evaluation;
import nl.lon.core.process.FollowUpCheck;
import nl.lon.core.process.Goal;
import nl.lon.core.process.InstrumentUse;
import nl.lon.core.process.Meeting;
import nl.lon.core.process.PlanOfApproach;
import nl.lon.core.process.ProgressReport;
import nl.lon.core.process.Responsible;
import nl.lon.core.process.Signal;
import nl.lon.core.process.SignallerFeedback;
import nl.lon.core.process.WarmHandover;
import nl.lon.core.process.WorkAgreement;
import nl.lon.core.scan.LifeDomainMapping;
import nl.lon.core.scan.LifeDomainScan;

/**
 * An opt-in jqwik domain that resolves {@code @ForAll} parameters of every lon-core value type with
 * {@link LonArbitraries} (domein voor eigenschapstests).
 *
 * <p>Apply it to a property or a container; it is deliberately not registered as a global provider,
 * so it never changes how other tests generate values. Inside the domain only these types resolve;
 * add {@code @Domain(DomainContext.Global.class)} as well to keep jqwik's defaults for strings,
 * numbers and collections.
 *
 * <pre>{@code
 * @Property
 * @Domain(LonDomain.class)
 * void codecRoundTrip(@ForAll CaseEvent event) {
 *   assertEquals(event, codec.decode(codec.encode(event)));
 * }
 * }</pre>
 *
 * <p>Compiled in {@code
 * examples/src/test/java/nl/lon/examples/snippets/KitSnippetsProperties.java}.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public class LonDomain extends DomainContextBase {

  /** Creates the domain; jqwik calls this. */
  public LonDomain() {}

  /**
   * CaseId values, as {@link LonArbitraries#caseIds()} generates them.
   *
   * @return the arbitrary
   * @since 0.1
   */
  @Provide
  public Arbitrary<CaseId> caseIds() {
    return LonArbitraries.caseIds();
  }

  /**
   * ClientNumber values, as {@link LonArbitraries#clientNumbers()} generates them.
   *
   * @return the arbitrary
   * @since 0.1
   */
  @Provide
  public Arbitrary<ClientNumber> clientNumbers() {
    return LonArbitraries.clientNumbers();
  }

  /**
   * EscalationId values, as {@link LonArbitraries#escalationIds()} generates them.
   *
   * @return the arbitrary
   * @since 0.1
   */
  @Provide
  public Arbitrary<EscalationId> escalationIds() {
    return LonArbitraries.escalationIds();
  }

  /**
   * MeetingId values, as {@link LonArbitraries#meetingIds()} generates them.
   *
   * @return the arbitrary
   * @since 0.1
   */
  @Provide
  public Arbitrary<MeetingId> meetingIds() {
    return LonArbitraries.meetingIds();
  }

  /**
   * NetworkId values, as {@link LonArbitraries#networkIds()} generates them.
   *
   * @return the arbitrary
   * @since 0.1
   */
  @Provide
  public Arbitrary<NetworkId> networkIds() {
    return LonArbitraries.networkIds();
  }

  /**
   * OrganisationId values, as {@link LonArbitraries#organisationIds()} generates them.
   *
   * @return the arbitrary
   * @since 0.1
   */
  @Provide
  public Arbitrary<OrganisationId> organisationIds() {
    return LonArbitraries.organisationIds();
  }

  /**
   * ProfessionalId values, as {@link LonArbitraries#professionalIds()} generates them.
   *
   * @return the arbitrary
   * @since 0.1
   */
  @Provide
  public Arbitrary<ProfessionalId> professionalIds() {
    return LonArbitraries.professionalIds();
  }

  /**
   * SignalId values, as {@link LonArbitraries#signalIds()} generates them.
   *
   * @return the arbitrary
   * @since 0.1
   */
  @Provide
  public Arbitrary<SignalId> signalIds() {
    return LonArbitraries.signalIds();
  }

  /**
   * Household values, as {@link LonArbitraries#households()} generates them.
   *
   * @return the arbitrary
   * @since 0.1
   */
  @Provide
  public Arbitrary<Household> households() {
    return LonArbitraries.households();
  }

  /**
   * TargetGroupAssignment values, as {@link LonArbitraries#targetGroupAssignments()} generates
   * them.
   *
   * @return the arbitrary
   * @since 0.1
   */
  @Provide
  public Arbitrary<TargetGroupAssignment> targetGroupAssignments() {
    return LonArbitraries.targetGroupAssignments();
  }

  /**
   * Consent values, as {@link LonArbitraries#consents()} generates them.
   *
   * @return the arbitrary
   * @since 0.1
   */
  @Provide
  public Arbitrary<Consent> consents() {
    return LonArbitraries.consents();
  }

  /**
   * LifeDomainScan values, as {@link LonArbitraries#lifeDomainScans()} generates them.
   *
   * @return the arbitrary
   * @since 0.1
   */
  @Provide
  public Arbitrary<LifeDomainScan> lifeDomainScans() {
    return LonArbitraries.lifeDomainScans();
  }

  /**
   * LifeDomainMapping values, as {@link LonArbitraries#lifeDomainMappings()} generates them.
   *
   * @return the arbitrary
   * @since 0.1
   */
  @Provide
  public Arbitrary<LifeDomainMapping> lifeDomainMappings() {
    return LonArbitraries.lifeDomainMappings();
  }

  /**
   * Signal values, as {@link LonArbitraries#signals()} generates them.
   *
   * @return the arbitrary
   * @since 0.1
   */
  @Provide
  public Arbitrary<Signal> signals() {
    return LonArbitraries.signals();
  }

  /**
   * SignallerFeedback values, as {@link LonArbitraries#signallerFeedback()} generates them.
   *
   * @return the arbitrary
   * @since 0.1
   */
  @Provide
  public Arbitrary<SignallerFeedback> signallerFeedback() {
    return LonArbitraries.signallerFeedback();
  }

  /**
   * CoordinationDecision values, as {@link LonArbitraries#coordinationDecisions()} generates them.
   *
   * @return the arbitrary
   * @since 0.1
   */
  @Provide
  public Arbitrary<CoordinationDecision> coordinationDecisions() {
    return LonArbitraries.coordinationDecisions();
  }

  /**
   * Responsible values, as {@link LonArbitraries#responsibles()} generates them.
   *
   * @return the arbitrary
   * @since 0.1
   */
  @Provide
  public Arbitrary<Responsible> responsibles() {
    return LonArbitraries.responsibles();
  }

  /**
   * Goal values, as {@link LonArbitraries#goals()} generates them.
   *
   * @return the arbitrary
   * @since 0.1
   */
  @Provide
  public Arbitrary<Goal> goals() {
    return LonArbitraries.goals();
  }

  /**
   * Activity values, as {@link LonArbitraries#activities()} generates them.
   *
   * @return the arbitrary
   * @since 0.1
   */
  @Provide
  public Arbitrary<Activity> activities() {
    return LonArbitraries.activities();
  }

  /**
   * PlanOfApproach values, as {@link LonArbitraries#plans()} generates them.
   *
   * @return the arbitrary
   * @since 0.1
   */
  @Provide
  public Arbitrary<PlanOfApproach> plans() {
    return LonArbitraries.plans();
  }

  /**
   * ProgressReport values, as {@link LonArbitraries#progressReports()} generates them.
   *
   * @return the arbitrary
   * @since 0.1
   */
  @Provide
  public Arbitrary<ProgressReport> progressReports() {
    return LonArbitraries.progressReports();
  }

  /**
   * WorkAgreement values, as {@link LonArbitraries#workAgreements()} generates them.
   *
   * @return the arbitrary
   * @since 0.1
   */
  @Provide
  public Arbitrary<WorkAgreement> workAgreements() {
    return LonArbitraries.workAgreements();
  }

  /**
   * Meeting values, as {@link LonArbitraries#meetings()} generates them.
   *
   * @return the arbitrary
   * @since 0.1
   */
  @Provide
  public Arbitrary<Meeting> meetings() {
    return LonArbitraries.meetings();
  }

  /**
   * Evaluation values, as {@link LonArbitraries#evaluations()} generates them.
   *
   * @return the arbitrary
   * @since 0.1
   */
  @Provide
  public Arbitrary<Evaluation> evaluations() {
    return LonArbitraries.evaluations();
  }

  /**
   * Closure values, as {@link LonArbitraries#closures()} generates them.
   *
   * @return the arbitrary
   * @since 0.1
   */
  @Provide
  public Arbitrary<Closure> closures() {
    return LonArbitraries.closures();
  }

  /**
   * FollowUpCheck values, as {@link LonArbitraries#followUpChecks()} generates them.
   *
   * @return the arbitrary
   * @since 0.1
   */
  @Provide
  public Arbitrary<FollowUpCheck> followUpChecks() {
    return LonArbitraries.followUpChecks();
  }

  /**
   * InstrumentUse values, as {@link LonArbitraries#instrumentUses()} generates them.
   *
   * @return the arbitrary
   * @since 0.1
   */
  @Provide
  public Arbitrary<InstrumentUse> instrumentUses() {
    return LonArbitraries.instrumentUses();
  }

  /**
   * WarmHandover values, as {@link LonArbitraries#warmHandovers()} generates them.
   *
   * @return the arbitrary
   * @since 0.1
   */
  @Provide
  public Arbitrary<WarmHandover> warmHandovers() {
    return LonArbitraries.warmHandovers();
  }

  /**
   * Escalation values, as {@link LonArbitraries#escalations()} generates them.
   *
   * @return the arbitrary
   * @since 0.1
   */
  @Provide
  public Arbitrary<Escalation> escalations() {
    return LonArbitraries.escalations();
  }

  /**
   * EscalationResolution values, as {@link LonArbitraries#escalationResolutions()} generates them.
   *
   * @return the arbitrary
   * @since 0.1
   */
  @Provide
  public Arbitrary<EscalationResolution> escalationResolutions() {
    return LonArbitraries.escalationResolutions();
  }

  /**
   * EscalationOption values, as {@link LonArbitraries#escalationOptions()} generates them.
   *
   * @return the arbitrary
   * @since 0.1
   */
  @Provide
  public Arbitrary<EscalationOption> escalationOptions() {
    return LonArbitraries.escalationOptions();
  }

  /**
   * StatutoryClock values, as {@link LonArbitraries#statutoryClocks()} generates them.
   *
   * @return the arbitrary
   * @since 0.1
   */
  @Provide
  public Arbitrary<StatutoryClock> statutoryClocks() {
    return LonArbitraries.statutoryClocks();
  }

  /**
   * CoercionMeasure values, as {@link LonArbitraries#coercionMeasures()} generates them.
   *
   * @return the arbitrary
   * @since 0.1
   */
  @Provide
  public Arbitrary<CoercionMeasure> coercionMeasures() {
    return LonArbitraries.coercionMeasures();
  }

  /**
   * Network values, as {@link LonArbitraries#networks()} generates them.
   *
   * @return the arbitrary
   * @since 0.1
   */
  @Provide
  public Arbitrary<Network> networks() {
    return LonArbitraries.networks();
  }

  /**
   * PartnerOrganisation values, as {@link LonArbitraries#partnerOrganisations()} generates them.
   *
   * @return the arbitrary
   * @since 0.1
   */
  @Provide
  public Arbitrary<PartnerOrganisation> partnerOrganisations() {
    return LonArbitraries.partnerOrganisations();
  }

  /**
   * Professional values, as {@link LonArbitraries#professionals()} generates them.
   *
   * @return the arbitrary
   * @since 0.1
   */
  @Provide
  public Arbitrary<Professional> professionals() {
    return LonArbitraries.professionals();
  }

  /**
   * EventMetadata values, as {@link LonArbitraries#eventMetadata()} generates them.
   *
   * @return the arbitrary
   * @since 0.1
   */
  @Provide
  public Arbitrary<EventMetadata> eventMetadata() {
    return LonArbitraries.eventMetadata();
  }

  /**
   * CaseEvent values, as {@link LonArbitraries#events()} generates them.
   *
   * @return the arbitrary
   * @since 0.1
   */
  @Provide
  public Arbitrary<CaseEvent> events() {
    return LonArbitraries.events();
  }
}
