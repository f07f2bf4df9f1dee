package nl.lon.core.state;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import nl.lon.core.client.Consent;
import nl.lon.core.client.Household;
import nl.lon.core.client.TargetGroup;
import nl.lon.core.client.TargetGroupAssignment;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.CoercionMeasureRecorded;
import nl.lon.core.event.EscalationRaised;
import nl.lon.core.event.EscalationResolved;
import nl.lon.core.event.FollowUpRecorded;
import nl.lon.core.event.InstrumentUsed;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.EscalationId;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.process.CaseStatus;
import nl.lon.core.process.Closure;
import nl.lon.core.process.CoordinationDecision;
import nl.lon.core.process.Evaluation;
import nl.lon.core.process.PlanOfApproach;
import nl.lon.core.process.ProcessStep;
import nl.lon.core.process.ReportJudgement;
import nl.lon.core.process.Signal;
import nl.lon.core.scan.LifeDomainScan;
import org.immutables.value.Value;

/**
 * The state of one case, built by a pure fold over its events (toestand van de casus).
 *
 * <p>Start from {@link #empty()} and {@link #apply(CaseEvent)} each event in order, or use {@link
 * #replay(Iterable)}. An event that cannot follow the current state (a corrupt stream) fails with
 * {@link nl.lon.core.error.IllegalEventException}. Immutable and thread-safe.
 *
 * <p>Corrections are honoured: the state is the fold of the stream's {@link EffectiveHistory
 * effective history}, in which a corrected entry counts in its latest version and a withdrawn one
 * not at all. Applying an {@link nl.lon.core.event.EntryCorrected} or {@link
 * nl.lon.core.event.EntryWithdrawn} refolds the effective history from the start (the state keeps
 * its events, {@link #getHistory()}, as a shared list, so an ordinary event costs one node); the
 * result equals the replay of the whole stream.
 *
 * <pre>{@code
 * CaseState state = CaseState.replay(store.read(caseId));
 * if (state.getStep() == ProcessStep.EXECUTE) {
 *   // the plan is being carried out
 * }
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/CoreSnippets.java}.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class CaseState {

  CaseState() {}

  /**
   * The number of events folded: the stream version.
   *
   * @return 0 for an empty case
   */
  public abstract long getVersion();

  /**
   * The latest business date among the case's events: the day of its latest act, whatever the order
   * in which the acts were recorded.
   *
   * @return the date, or empty for an empty state
   */
  public abstract Optional<LocalDate> getLastEventOn();

  /**
   * The latest business date among the acts of handling (behandeling): the judgement and every act
   * that needs the case in steps 3 to 8 (information, home visits, the coordination decision, the
   * appointment, scans, the integral picture, plans, progress, evaluations, escalations, measures,
   * instruments and the closure). Meetings, consents, follow-up checks, reopenings, transfers and
   * resolutions of escalations do not count. A closure may not predate it.
   *
   * @return the date, or empty before the report was judged
   */
  public abstract Optional<LocalDate> getLastHandledOn();

  /**
   * The case id, once the first event was folded.
   *
   * @return the id, or empty for an empty state
   */
  public abstract Optional<CaseId> getCaseId();

  /**
   * The network the case belongs to; a transferred case stays in the sending network's history.
   *
   * @return the network, or empty for an empty state
   */
  public abstract Optional<NetworkId> getNetwork();

  /**
   * The client, by number.
   *
   * @return the client number, or empty for an empty state
   */
  public abstract Optional<ClientNumber> getClientNumber();

  /**
   * The events folded into this state, in stream order: the acts and the corrections and
   * withdrawals of earlier entries, as stored. The state itself is the fold of their {@link
   * EffectiveHistory effective history}.
   *
   * @return the events, as many as {@link #getVersion()}
   */
  public ImmutableList<CaseEvent> getHistory() {
    return trail().toList();
  }

  /** The events folded, sharing their tail with the states before; not part of equality. */
  @Value.Default
  @Value.Auxiliary
  Trail trail() {
    return Trail.EMPTY;
  }

  /**
   * The signal that opened the case.
   *
   * @return the signal, or empty for an empty state
   */
  public abstract Optional<Signal> getSignal();

  /**
   * The household.
   *
   * @return the household, or empty for an empty state
   */
  public abstract Optional<Household> getHousehold();

  /**
   * The step being worked on.
   *
   * @return the step; {@link ProcessStep#SIGNAL} for an empty state
   */
  public abstract ProcessStep getStep();

  /**
   * Where the case stands overall.
   *
   * @return the status
   */
  public abstract CaseStatus getStatus();

  /**
   * The judgement of the report.
   *
   * @return the judgement, or empty before it
   */
  public abstract Optional<ReportJudgement> getJudgement();

  /**
   * The day the report was judged.
   *
   * @return the date, or empty before it
   */
  public abstract Optional<LocalDate> getJudgedOn();

  /**
   * The coordination decision.
   *
   * @return the decision, or empty before it
   */
  public abstract Optional<CoordinationDecision> getCoordinationDecision();

  /**
   * The day of the coordination decision; the deadline to appoint a problem owner counts from it.
   *
   * @return the date, or empty before it
   */
  public abstract Optional<LocalDate> getCoordinationDecidedOn();

  /**
   * The current trajectory director (problem owner).
   *
   * @return the professional, or empty while none is appointed
   */
  public abstract Optional<ProfessionalId> getTrajectoryDirector();

  /**
   * The trajectory director's organisation.
   *
   * @return the organisation, or empty while none is appointed
   */
  public abstract Optional<OrganisationId> getTrajectoryDirectorOrganisation();

  /**
   * Whether the network director acts as problem owner temporarily.
   *
   * @return true when temporary
   */
  public abstract boolean isTrajectoryDirectorTemporary();

  /**
   * The day the current trajectory director was appointed.
   *
   * @return the date, or empty while none is appointed
   */
  public abstract Optional<LocalDate> getDirectorAppointedOn();

  /**
   * The target groups assigned, each with its reason.
   *
   * @return the assignments
   */
  public abstract ImmutableSet<TargetGroupAssignment> getTargetGroups();

  /**
   * The latest life-domain scan: the one scored last ({@link LifeDomainScan#getScoredOn()}; of two
   * scored on the same day, the one recorded last), whatever the order of recording.
   *
   * @return the scan, or empty when none was recorded
   */
  public abstract Optional<LifeDomainScan> getLatestScan();

  /**
   * The day the integral picture was formed.
   *
   * @return the date, or empty before it
   */
  public abstract Optional<LocalDate> getIntegralPictureFormedOn();

  /**
   * The current plan of approach.
   *
   * @return the plan, or empty before the first plan
   */
  public abstract Optional<PlanOfApproach> getPlan();

  /**
   * The day the current plan version was adopted.
   *
   * @return the date, or empty before the first plan
   */
  public abstract Optional<LocalDate> getPlanAdoptedOn();

  /**
   * The day of the latest progress report by the trajectory director, by business date.
   *
   * @return the date, or empty when none
   */
  public abstract Optional<LocalDate> getLastProgressReportOn();

  /**
   * The day of the latest progress report that found progress stalled, by business date, since the
   * case was last opened.
   *
   * @return the date, or empty when no report found progress stalled
   * @since 0.3
   */
  public abstract Optional<LocalDate> getLastStalledReportOn();

  /**
   * The day the current trajectory director accepted the problem ownership, by business date.
   *
   * @return the date, or empty before acceptance or when no trajectory director is appointed
   * @since 0.3
   */
  public abstract Optional<LocalDate> getOwnershipAcceptedOn();

  /**
   * The day of the case's first case conference (in Enschede the MDO), by business date.
   *
   * @return the date, or empty when none was held
   * @since 0.3
   */
  public abstract Optional<LocalDate> getFirstCaseConferenceOn();

  /**
   * Where the case's paper files are kept, in the order recorded (seeds/004 l.1264): whoever
   * erases, hands over or ends the retention of the case must see to these too.
   *
   * @return the locations, possibly none
   * @since 0.3
   */
  public abstract ImmutableList<String> getPaperFileLocations();

  /**
   * The concept plan of approach the network director drafted for the network meeting, until a plan
   * is adopted (Rotterdam, seeds/004 l.1452-1456): not in force, and a later concept replaces it.
   *
   * @return the concept, when one is pending
   * @since 0.3
   */
  public abstract Optional<PlanOfApproach> getConceptPlan();

  /**
   * The business date of the pending concept plan.
   *
   * @return the date, when a concept is pending
   * @since 0.3
   */
  public abstract Optional<LocalDate> getConceptPlanDraftedOn();

  /**
   * The latest day a deviation from the plan was reported and not yet followed by a new plan or an
   * evaluation dated on or after it.
   *
   * @return the date, or empty when no deviation is pending
   */
  public abstract Optional<LocalDate> getPendingDeviationOn();

  /**
   * The day of the latest progress talk, by business date.
   *
   * @return the date, or empty when none
   */
  public abstract Optional<LocalDate> getLastProgressTalkOn();

  /**
   * The latest day partners or other networks were asked for information (the inquiry round), by
   * business date.
   *
   * @return the date, or empty when never
   * @since 0.2
   */
  public abstract Optional<LocalDate> getInformationRequestedOn();

  /**
   * The latest day the case was discussed in a network meeting, by business date.
   *
   * @return the date, or empty when never
   */
  public abstract Optional<LocalDate> getLastNetworkMeetingOn();

  /**
   * The latest evaluation.
   *
   * @return the evaluation, or empty when none
   */
  public abstract Optional<Evaluation> getLastEvaluation();

  /**
   * The day of the latest evaluation.
   *
   * @return the date, or empty when none
   */
  public abstract Optional<LocalDate> getLastEvaluatedOn();

  /**
   * How often the client proved unreachable, did not keep appointments or withdrew from the help
   * (from progress reports and home visits where the client was not reached). An evaluation whose
   * work agreements were not kept does not count: those are the agreements the partners make among
   * themselves, not the client's.
   *
   * @return the count
   */
  public abstract int getUnreachableCount();

  /**
   * The open escalations, by id.
   *
   * @return the escalations not yet resolved
   */
  public abstract ImmutableMap<EscalationId, EscalationRaised> getOpenEscalations();

  /**
   * All escalations raised, in order.
   *
   * @return the escalation events
   */
  public abstract ImmutableList<EscalationRaised> getEscalations();

  /**
   * All escalation resolutions, by business date (on the same date, in the order recorded).
   *
   * @return the resolution events
   */
  public abstract ImmutableList<EscalationResolved> getResolutions();

  /**
   * The pressure and coercion measures recorded, in order.
   *
   * @return the measure events
   */
  public abstract ImmutableList<CoercionMeasureRecorded> getCoercionMeasures();

  /**
   * The total spent from the care-purchase budget on this case.
   *
   * @return the amount in euros
   */
  public abstract BigDecimal getCarePurchaseSpent();

  /**
   * The spendings from the care-purchase budget on this case, each with its amount and business
   * date, in the order recorded; the network's pot is drawn on by the spendings of all its cases.
   *
   * @return the instrument uses of {@link nl.lon.core.process.Instrument#CARE_PURCHASE_BUDGET} with
   *     an amount
   */
  public abstract ImmutableList<InstrumentUsed> getCarePurchases();

  /**
   * The closure, while closed.
   *
   * @return the closure, or empty when not closed
   */
  public abstract Optional<Closure> getClosure();

  /**
   * The day the case was last closed or ended.
   *
   * @return the date, or empty when open
   */
  public abstract Optional<LocalDate> getClosedOn();

  /**
   * The follow-up checks since the last closure, in order.
   *
   * @return the follow-up events
   */
  public abstract ImmutableList<FollowUpRecorded> getFollowUps();

  /**
   * How often the case was reopened.
   *
   * @return the count
   */
  public abstract int getReopenCount();

  /**
   * The day the case was last reopened.
   *
   * @return the date, or empty when never reopened
   */
  public abstract Optional<LocalDate> getReopenedOn();

  /**
   * The client's consent, when recorded.
   *
   * @return the consent, withdrawn or not, or empty when none was recorded
   */
  public abstract Optional<Consent> getConsent();

  /**
   * The business date of the act that recorded the consent held in {@link #getConsent()}; of two
   * consents recorded, the one with the later business date is held (on the same date, the one
   * recorded last).
   *
   * @return the date, or empty when no consent was recorded
   */
  public abstract Optional<LocalDate> getConsentRecordedOn();

  /**
   * The organisations involved in the case by a role: the signaller, those asked for or adding
   * information (the case service refuses an addition under an emergency override that would
   * involve the writer's own organisation), the trajectory director's, those in meetings,
   * responsible for activities or agreeing to an instrument, and those executing a measure.
   *
   * @return the organisations
   */
  public abstract ImmutableSet<OrganisationId> getInvolvedOrganisations();

  /**
   * The professionals involved in the case by a role they hold in it: the trajectory director
   * appointed, visitors of a home visit, meeting participants, those responsible for an activity of
   * the plan, the trajectory director of a progress talk. Having written an event does not make a
   * professional involved (so an emergency override never outlives its own access).
   *
   * @return the professionals
   */
  public abstract ImmutableSet<ProfessionalId> getInvolvedProfessionals();

  /**
   * The network the case was transferred to.
   *
   * @return the network, or empty when not transferred
   */
  public abstract Optional<NetworkId> getTransferredTo();

  /**
   * The professional of the receiving network the case was handed over to, when the handover named
   * one ({@link nl.lon.core.process.WarmHandover#getReceivingProfessional()}).
   *
   * @return the professional, or empty when not transferred or none was named
   * @since 0.2
   */
  public abstract Optional<ProfessionalId> getHandoverReceiver();

  /**
   * The day the case was handed over to another network (the proposal of the warm handover); the
   * receiving network decides on it from that day.
   *
   * @return the day, or empty when not transferred
   * @since 0.2
   */
  public abstract Optional<LocalDate> getTransferredOn();

  /**
   * The day the signal was received.
   *
   * @return the date, or empty for an empty state
   */
  public Optional<LocalDate> getSignalReceivedOn() {
    return getSignal().map(Signal::getReceivedOn);
  }

  /**
   * Whether the case is open: being handled by the network.
   *
   * @return true when {@link CaseStatus#OPEN}
   */
  public boolean isOpen() {
    return getStatus() == CaseStatus.OPEN && getVersion() > 0;
  }

  /**
   * Whether a target group is assigned.
   *
   * @param group the group
   * @return true when assigned
   */
  public boolean hasTargetGroup(TargetGroup group) {
    return getTargetGroups().stream().anyMatch(a -> a.getTargetGroup() == group);
  }

  /**
   * Whether a consent is in force on a date.
   *
   * @param date the date
   * @return true when a consent was signed and not withdrawn by then
   */
  public boolean hasConsentOn(LocalDate date) {
    return getConsent().map(c -> c.isInForceOn(date)).orElse(false);
  }

  /**
   * The state after one more event.
   *
   * @param event the next event of this case, with sequence {@code version + 1}
   * @return the new state
   * @throws nl.lon.core.error.IllegalEventException when the event cannot follow this state
   */
  public CaseState apply(CaseEvent event) {
    return CaseFold.apply(this, event);
  }

  /**
   * The state of a case with no events.
   *
   * @return the empty state
   */
  public static CaseState empty() {
    return new Builder()
        .version(0)
        .step(ProcessStep.SIGNAL)
        .status(CaseStatus.OPEN)
        .trajectoryDirectorTemporary(false)
        .unreachableCount(0)
        .carePurchaseSpent(BigDecimal.ZERO)
        .reopenCount(0)
        .build();
  }

  /**
   * Folds a whole stream.
   *
   * @param events the events of one case, in order
   * @return the state after the last event
   * @throws nl.lon.core.error.IllegalEventException when the stream is corrupt
   */
  public static CaseState replay(Iterable<? extends CaseEvent> events) {
    CaseState state = empty();
    for (CaseEvent e : events) {
      state = state.apply(e);
    }
    return state;
  }

  static Builder builderFrom(CaseState state) {
    return new Builder().from(state);
  }

  /** Builds a {@link CaseState} for the fold of this package; not part of the public API. */
  static final class Builder extends ImmutableCaseState.Builder {
    Builder() {}
  }
}
