package nl.lon.rules.figures;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import nl.lon.core.client.TargetGroupAssignment;
import nl.lon.core.error.IllegalEventException;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.escalation.Escalation;
import nl.lon.core.escalation.EscalationResolution;
import nl.lon.core.event.CaseClosed;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.CoercionMeasureRecorded;
import nl.lon.core.event.CoordinationDecided;
import nl.lon.core.event.EscalationRaised;
import nl.lon.core.event.EscalationResolved;
import nl.lon.core.event.FollowUpRecorded;
import nl.lon.core.event.InformationAdded;
import nl.lon.core.event.InformationRequested;
import nl.lon.core.event.InstrumentUsed;
import nl.lon.core.event.IntegralPictureFormed;
import nl.lon.core.event.LifeDomainScanRecorded;
import nl.lon.core.event.MeetingHeld;
import nl.lon.core.event.PlanAdopted;
import nl.lon.core.event.ReportJudged;
import nl.lon.core.event.SignalReceived;
import nl.lon.core.event.TrajectoryDirectorAppointed;
import nl.lon.core.id.CaseId;
import nl.lon.core.network.Network;
import nl.lon.core.process.Activity;
import nl.lon.core.process.CoordinationDecision;
import nl.lon.core.process.FollowUpOutcome;
import nl.lon.core.process.ReportJudgement;
import nl.lon.core.process.Signal;
import nl.lon.core.process.SignalSourceKind;
import nl.lon.core.process.WorkAgreement;
import nl.lon.core.scan.LifeDomain;
import nl.lon.core.scan.LifeDomainMapping;
import nl.lon.core.scan.LifeDomainScan;
import nl.lon.core.scan.SelfRelianceLevel;
import nl.lon.core.state.EffectiveHistory;
import nl.lon.rules.calendar.WorkingDayCalendar;
import nl.lon.rules.profile.MethodologyProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads case events in one pass and computes {@link ManagementFigures} over them
 * (stuurinformatie-teller).
 *
 * <p><b>Input.</b> Events of many cases, interleaved or case by case; the events of one case must
 * arrive in sequence order, starting with its {@link SignalReceived}, and are assumed legal (as
 * accepted by {@code CaseState}). A case counts when its signal was received in the {@link
 * ReportingPeriod} by a network of the {@link FiguresScope}; events of every other case, including
 * cases whose signal was not seen, are ignored.
 *
 * <p><b>Memory.</b> Totals are plain counters, day histograms of lead times (at most {@value
 * DurationFigure#MAX_DAYS} + 1 buckets per step) and maps keyed by distinct values (months, rungs,
 * blockers, bottlenecks, trajectory directors), so they do not grow with the number of events. Per
 * case the accumulator keeps a compact working state of a few fields and the set of organisations
 * involved, until the case is finished: after {@link #complete(CaseId)}, at the end of {@link
 * #acceptHistory(Iterable)}, or when it is transferred to another network; closed cases are kept
 * because they can still be followed up or reopened. Stream case by case with {@link
 * #acceptHistory(Iterable)}, or call {@link #complete(CaseId)}, to read any number of cases in
 * constant memory. Events that arrive for a finished case are ignored.
 *
 * <p><b>A bad case never takes the network down.</b> {@link #acceptHistory(Iterable)} computes each
 * case on its own first and adds it to the totals only when its whole history has been computed. A
 * counted case whose history cannot be computed (an {@link IllegalEventException} for events out of
 * sequence, an {@link InvalidValueException} for a date outside the working-day calendar, or any
 * other {@link RuntimeException} of the rules) adds nothing, not even its signal, and is reported
 * by id in {@link ManagementFigures#getUncomputableCaseIds()}; the figures of every other case are
 * exactly those without it. Each such case is logged once at WARN with its case id and the
 * exception class only. Misuse is not caught: a null event, a history mixing cases, or a case
 * already read event by event throws and leaves the accumulator as it was; so do failures of the
 * caller's {@code Iterable}. The event-by-event {@link #accept(CaseEvent)} throws instead, and what
 * the case's earlier events added stays counted.
 *
 * <p><b>Parallel work.</b> Split the cases (never the events of one case) over several accumulators
 * with equal profile, period and scope, and {@link #merge} them; the result equals that of one
 * accumulator over all cases, exactly, percentiles included.
 *
 * <p><b>Thread-safety.</b> Not thread-safe: use one accumulator per thread and merge them.
 *
 * <pre>{@code
 * FiguresAccumulator acc = FiguresAccumulator.create(profile, ReportingPeriod.ofYear(2026),
 *     FiguresScope.network(NetworkId.of("lon-noord")));
 * for (List<CaseEvent> history : histories) { // one case at a time, e.g. store.read(caseId)
 *   acc.acceptHistory(history);
 * }
 * ManagementFigures figures = acc.result(SmallCellSuppression.DEFAULT_THRESHOLD);
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/RulesSnippets.java}.
 *
 * @since 0.1
 */
public final class FiguresAccumulator {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Logger LOG = LoggerFactory.getLogger(FiguresAccumulator.class);

  private final MethodologyProfile profile;
  private final ReportingPeriod period;
  private final FiguresScope scope;
  private final SelfRelianceLevel threshold;
  private final LifeDomainMapping mapping;
  private final WorkingDayCalendar calendar;
  private final int[] deadlineDays;
  private final Counters counters;
  private final Map<CaseId, CaseTally> tracked = new HashMap<>();
  private final CaseJournal journal = new CaseJournal();
  private final ZoneId zone;

  private FiguresAccumulator(
      MethodologyProfile profile, ReportingPeriod period, FiguresScope scope, ZoneId zone) {
    this.profile = profile;
    this.period = period;
    this.scope = scope;
    this.zone = zone;
    this.threshold = profile.getProblemDomainThreshold();
    this.mapping = profile.getLifeDomainMapping();
    this.calendar = profile.getCalendar();
    FigureDeadline[] kinds = FigureDeadline.values();
    this.deadlineDays = new int[kinds.length];
    for (FigureDeadline d : kinds) {
      OptionalInt days = d.workingDaysIn(profile.getDeadlines());
      deadlineDays[d.ordinal()] = days.orElse(0);
    }
    this.counters = new Counters(period);
  }

  /**
   * A new, empty accumulator (nieuwe teller).
   *
   * @param profile the methodology profile: deadlines, scan threshold, life-domain mapping and
   *     working-day calendar
   * @param period the period whose signalled cases count
   * @param scope the network or region whose cases count
   * @return the accumulator
   * @since 0.1
   */
  public static FiguresAccumulator create(
      MethodologyProfile profile, ReportingPeriod period, FiguresScope scope) {
    return create(profile, period, scope, Network.AMSTERDAM);
  }

  /**
   * A new, empty accumulator whose registration delays count days in a time zone (nieuwe teller).
   *
   * @param profile the methodology profile: deadlines, scan threshold, life-domain mapping and
   *     working-day calendar
   * @param period the period whose signalled cases count
   * @param scope the network or region whose cases count
   * @param zone the zone in which the day an event was recorded is taken ({@code
   *     Network.getTimeZone()}); {@link #create(MethodologyProfile, ReportingPeriod, FiguresScope)}
   *     takes Europe/Amsterdam
   * @return the accumulator
   * @since 0.1
   */
  public static FiguresAccumulator create(
      MethodologyProfile profile, ReportingPeriod period, FiguresScope scope, ZoneId zone) {
    return new FiguresAccumulator(
        Args.notNull(profile, "FiguresAccumulator.profile"),
        Args.notNull(period, "FiguresAccumulator.period"),
        Args.notNull(scope, "FiguresAccumulator.scope"),
        Args.notNull(zone, "FiguresAccumulator.zone"));
  }

  /**
   * The profile applied (profiel).
   *
   * @return the profile
   * @since 0.1
   */
  public MethodologyProfile getProfile() {
    return profile;
  }

  /**
   * The period whose signalled cases count (periode).
   *
   * @return the period
   * @since 0.1
   */
  public ReportingPeriod getPeriod() {
    return period;
  }

  /**
   * The network or region whose cases count (werkgebied).
   *
   * @return the scope
   * @since 0.1
   */
  public FiguresScope getScope() {
    return scope;
  }

  /**
   * The number of cases that count and are not finished yet, whose working state is kept (open
   * casussen in het geheugen).
   *
   * @return the number of tracked cases
   * @since 0.1
   */
  public int getTrackedCases() {
    return tracked.size();
  }

  /**
   * Reads one event of any case (gebeurtenis verwerken).
   *
   * <p>Unlike {@link #acceptHistory(Iterable)}, a failure is thrown, not reported; what the case's
   * earlier events added stays counted.
   *
   * @param event the event; the next in its case's sequence
   * @return this accumulator
   * @throws IllegalEventException when the event does not follow the previous event of its
   *     (counted) case in sequence, a signal does not open its (counted) case, or the event
   *     corrects or withdraws an entry of a counted case (a corrected case is counted from its
   *     whole history, with {@link #acceptHistory(Iterable)})
   * @throws InvalidValueException when a date is outside the profile's working-day calendar
   * @since 0.1
   */
  public FiguresAccumulator accept(CaseEvent event) {
    Args.notNull(event, "FiguresAccumulator.event");
    CaseTally t = tracked.get(event.getCaseId());
    if (t == null) {
      if (event instanceof SignalReceived) {
        t = open((SignalReceived) event, counters);
        if (t != null) {
          tracked.put(event.getCaseId(), t);
        }
      }
      return this;
    }
    if (event.getType().isCorrection()) {
      throw new IllegalEventException(
          event.getType()
              + " #"
              + event.getSequence()
              + " of case "
              + event.getCaseId()
              + ": a corrected case is counted from its whole history; read it with"
              + " acceptHistory");
    }
    apply(t, event, counters);
    if (t.outcome == FigureOutcome.TRANSFERRED) {
      tracked.remove(event.getCaseId());
      counters.fold(t);
    }
    return this;
  }

  /**
   * Reads events of any cases, interleaved or not, in order (gebeurtenissen verwerken).
   *
   * @param events the events
   * @return this accumulator
   * @throws IllegalEventException as {@link #accept(CaseEvent)}
   * @since 0.1
   */
  public FiguresAccumulator acceptAll(Iterable<? extends CaseEvent> events) {
    Args.notNull(events, "FiguresAccumulator.events");
    for (CaseEvent e : events) {
      accept(e);
    }
    return this;
  }

  /**
   * Reads the complete history of one case and finishes it, keeping no working state (casushistorie
   * verwerken).
   *
   * <p>The history starts with the case's {@link SignalReceived}; a history that does not, or whose
   * case does not count, is ignored. Corrections are honoured: a history that corrects or withdraws
   * entries is counted by its {@link EffectiveHistory effective history}, and one whose corrections
   * cannot be applied is an uncomputable case.
   *
   * <p>All or nothing: the case is computed first and then added to the totals. When a counted case
   * cannot be computed (events out of sequence, a second signal, a date outside the working-day
   * calendar, any other {@link RuntimeException} of the rules), nothing of it is added, its id is
   * reported in {@link ManagementFigures#getUncomputableCaseIds()}, a WARN line with its id and the
   * exception class is logged, and no exception is thrown.
   *
   * @param history the events of one case, in sequence order
   * @return this accumulator
   * @throws IllegalEventException when the events are of more than one case, or the case is being
   *     read already through {@link #accept(CaseEvent)}; nothing of the case is counted
   * @throws InvalidValueException when the history or one of its events is null; nothing of the
   *     case is counted
   * @since 0.1
   */
  public FiguresAccumulator acceptHistory(Iterable<? extends CaseEvent> history) {
    Args.notNull(history, "FiguresAccumulator.history");
    Iterator<? extends CaseEvent> it = history.iterator();
    if (!it.hasNext()) {
      return this;
    }
    Iterable<? extends CaseEvent> all = history;
    if (!(history instanceof Collection<?>)) {
      // read once: an Iterable may not be readable twice
      List<CaseEvent> read = new ArrayList<>();
      it.forEachRemaining(read::add);
      all = read;
      it = read.iterator();
    }
    boolean corrected = false;
    for (CaseEvent e : all) {
      corrected |= e != null && e.getType().isCorrection();
    }
    if (corrected) {
      List<CaseEvent> events = effective(all);
      if (events == null || events.isEmpty()) {
        return this;
      }
      it = events.iterator();
    }
    CaseEvent first = Args.notNull(it.next(), "FiguresAccumulator.event");
    CaseId id = first.getCaseId();
    if (tracked.containsKey(id)) {
      throw new IllegalEventException("case " + id + " is being read event by event already");
    }
    if (!(first instanceof SignalReceived)) {
      return this;
    }
    CaseJournal j = journal;
    j.clear();
    try {
      CaseTally t;
      try {
        t = open((SignalReceived) first, j);
      } catch (RuntimeException failure) {
        return uncomputable(id, failure);
      }
      if (t == null) {
        return this;
      }
      while (it.hasNext()) {
        CaseEvent e = Args.notNull(it.next(), "FiguresAccumulator.event");
        if (!e.getCaseId().equals(id)) {
          throw new IllegalEventException(
              "a history holds the events of one case: "
                  + e.getType()
                  + " #"
                  + e.getSequence()
                  + " belongs to "
                  + e.getCaseId()
                  + ", not "
                  + id);
        }
        if (corrected) {
          // the effective history has gaps where corrections and withdrawn acts stand
          t.lastSequence = e.getSequence() - 1;
        }
        try {
          apply(t, e, j);
        } catch (RuntimeException failure) {
          return uncomputable(id, failure);
        }
      }
      // the whole case is computed: only now does it touch the totals
      j.replayInto(counters);
      counters.fold(t);
      return this;
    } finally {
      j.clear();
    }
  }

  /**
   * The effective history of a history that corrects or withdraws entries: the corrected acts in
   * their latest version, the withdrawn ones left out; null when the corrections cannot be applied,
   * after noting a counted case as uncomputable.
   */
  private List<CaseEvent> effective(Iterable<? extends CaseEvent> history) {
    List<CaseEvent> events = new ArrayList<>();
    for (CaseEvent e : history) {
      events.add(Args.notNull(e, "FiguresAccumulator.event"));
    }
    CaseId id = events.get(0).getCaseId();
    for (CaseEvent e : events) {
      if (!e.getCaseId().equals(id)) {
        throw new IllegalEventException(
            "a history holds the events of one case: "
                + e.getType()
                + " #"
                + e.getSequence()
                + " belongs to "
                + e.getCaseId()
                + ", not "
                + id);
      }
    }
    if (tracked.containsKey(id)) {
      throw new IllegalEventException("case " + id + " is being read event by event already");
    }
    try {
      return EffectiveHistory.of(events);
    } catch (RuntimeException failure) {
      if (events.get(0) instanceof SignalReceived signal
          && scope.includes(signal.getNetwork())
          && period.contains(signal.getSignal().getReceivedOn())) {
        uncomputable(id, failure);
      }
      return null;
    }
  }

  /**
   * Notes a case whose history could not even be read (for example a stored event that no longer
   * decodes), so that the figures report it among the uncomputable cases instead of silently
   * leaving it out.
   *
   * @param caseId the case
   * @return this accumulator
   * @throws InvalidValueException when the case id is null
   */
  public FiguresAccumulator reportUnreadable(CaseId caseId) {
    if (caseId == null) {
      throw new InvalidValueException("FiguresAccumulator.caseId");
    }
    counters.uncomputable(caseId);
    return this;
  }

  /**
   * Notes a counted case whose history could not be computed. Deliberately catches every
   * RuntimeException of the rules: one bad case must not take the figures of the network down. Logs
   * the case id and the exception class only, never the message, which may quote case data.
   */
  private FiguresAccumulator uncomputable(CaseId id, RuntimeException failure) {
    LOG.warn(
        "management figures: case {} not computed and left out ({})",
        id.getValue(),
        failure.getClass().getName());
    counters.uncomputable(id);
    return this;
  }

  /**
   * Declares that no more events will come for a case, so its working state can be folded into the
   * totals and dropped (casus afronden).
   *
   * <p>Nothing happens when the case is not tracked (it does not count, or is finished already).
   *
   * @param caseId the case
   * @return this accumulator
   * @since 0.1
   */
  public FiguresAccumulator complete(CaseId caseId) {
    Args.notNull(caseId, "FiguresAccumulator.caseId");
    CaseTally t = tracked.remove(caseId);
    if (t != null) {
      counters.fold(t);
    }
    return this;
  }

  /**
   * Adds the cases read by another accumulator to this one (samenvoegen).
   *
   * <p>The other accumulator is left unchanged. The result of this accumulator afterwards equals
   * the result of one accumulator that read the events of both.
   *
   * @param other an accumulator with an equal profile, period and scope, and other cases
   * @return this accumulator
   * @throws InvalidValueException when profile, period or scope differ, the other is this
   *     accumulator, or both track the same unfinished case
   * @since 0.1
   */
  public FiguresAccumulator merge(FiguresAccumulator other) {
    Args.notNull(other, "FiguresAccumulator.other");
    if (other == this) {
      throw new InvalidValueException(
          "FiguresAccumulator.other", "not-self", "cannot merge an accumulator with itself");
    }
    if (!profile.equals(other.profile)
        || !period.equals(other.period)
        || !scope.equals(other.scope)
        || !zone.equals(other.zone)) {
      throw new InvalidValueException(
          "FiguresAccumulator.other",
          "same-settings",
          "merge accumulators of the same profile, period and scope");
    }
    for (CaseId id : other.tracked.keySet()) {
      if (tracked.containsKey(id)) {
        throw new InvalidValueException(
            "FiguresAccumulator.other",
            "disjoint-cases",
            "case " + id + " is being read by both accumulators; split cases, not events");
      }
    }
    other.tracked.forEach((id, t) -> tracked.put(id, t.copy()));
    counters.addAll(other.counters);
    return this;
  }

  /**
   * The figures over everything read so far, with the default suppression threshold of {@value
   * SmallCellSuppression#DEFAULT_THRESHOLD} (resultaat).
   *
   * @return the figures
   * @since 0.1
   */
  public ManagementFigures result() {
    return result(SmallCellSuppression.DEFAULT_THRESHOLD);
  }

  /**
   * The figures over everything read so far (resultaat).
   *
   * <p>Unfinished cases count as they stand now; the accumulator is not changed and can read on.
   * The figures are suppressed as described in {@link SmallCellSuppression}.
   *
   * @param suppressionThreshold the smallest count published, 1 to 1,000,000; 1 disables
   *     suppression
   * @return the figures
   * @throws InvalidValueException when the threshold is out of range
   * @since 0.1
   */
  public ManagementFigures result(int suppressionThreshold) {
    SmallCellSuppression rule = SmallCellSuppression.of(suppressionThreshold);
    Counters all = counters.copy(period);
    for (CaseTally t : tracked.values()) {
      all.fold(t);
    }
    return all.toFigures(profile.getId(), period, scope, deadlineDays, rule);
  }

  // ------------------------------------------------------------------ per event

  private CaseTally open(SignalReceived e, Contributions sink) {
    Signal signal = e.getSignal();
    if (!scope.includes(e.getNetwork()) || !period.contains(signal.getReceivedOn())) {
      return null;
    }
    if (e.getSequence() != 1) {
      throw new IllegalEventException(
          "a signal opens its case: SIGNAL_RECEIVED of "
              + e.getCaseId()
              + " has sequence "
              + e.getSequence());
    }
    CaseTally t = new CaseTally(signal.getReceivedOn());
    SignalSourceKind source = signal.getSourceKind();
    boolean organisation =
        source == SignalSourceKind.PARTNER_ORGANISATION
            || source == SignalSourceKind.OTHER_ORGANISATION;
    sink.signal(
        signal.getReceivedOn(), source, organisation, signal.getSignallerKind().orElse(null));
    recorded(e, sink);
    signal.getSignallerOrganisation().ifPresent(t.organisations::add);
    return t;
  }

  private void apply(CaseTally t, CaseEvent e, Contributions sink) {
    if (e.getSequence() != t.lastSequence + 1) {
      throw new IllegalEventException(
          e.getType()
              + " #"
              + e.getSequence()
              + " of case "
              + e.getCaseId()
              + " does not follow #"
              + t.lastSequence);
    }
    t.lastSequence = e.getSequence();
    LocalDate date = e.getBusinessDate();
    recorded(e, sink);
    switch (e.getType()) {
      case SIGNAL_RECEIVED:
        throw new IllegalEventException(
            "case " + e.getCaseId() + " has exactly one opening signal");
      case REPORT_JUDGED:
        reportJudged(t, (ReportJudged) e, date, sink);
        break;
      case INFORMATION_REQUESTED:
        t.organisations.addAll(((InformationRequested) e).getOrganisations());
        break;
      case INFORMATION_ADDED:
        t.organisations.add(((InformationAdded) e).getOrganisation());
        break;
      case COORDINATION_DECIDED:
        coordinationDecided(t, ((CoordinationDecided) e).getDecision(), date, sink);
        break;
      case TRAJECTORY_DIRECTOR_APPOINTED:
        directorAppointed(t, (TrajectoryDirectorAppointed) e, date, sink);
        break;
      case LIFE_DOMAIN_SCAN_RECORDED:
        LifeDomainScan scan = ((LifeDomainScanRecorded) e).getScan();
        t.scanned = true;
        if (t.lifeDomainsOn == null || !scan.getScoredOn().isBefore(t.lifeDomainsOn)) {
          t.lifeDomains = bits(scan.problemLifeDomains(threshold, mapping));
          t.lifeDomainsOn = scan.getScoredOn();
        }
        break;
      case INTEGRAL_PICTURE_FORMED:
        if (t.reach(FigureMilestone.INTEGRAL_PICTURE_FORMED)) {
          sink.milestone(FigureMilestone.INTEGRAL_PICTURE_FORMED, t.receivedOn, date);
        }
        IntegralPictureFormed picture = (IntegralPictureFormed) e;
        if (!picture.getTargetGroups().isEmpty()) {
          t.targetGroups = groups(picture.getTargetGroups());
        }
        break;
      case PLAN_ADOPTED:
        planAdopted(t, (PlanAdopted) e, date, sink);
        break;
      case MEETING_HELD:
        MeetingHeld meeting = (MeetingHeld) e;
        t.organisations.addAll(meeting.getMeeting().getOrganisations());
        for (WorkAgreement w : meeting.getMeeting().getMinutes()) {
          w.getWho().getOrganisation().ifPresent(t.organisations::add);
        }
        break;
      case ESCALATION_RAISED:
        Escalation escalation = ((EscalationRaised) e).getEscalation();
        sink.rung(escalation.getRung());
        if (t.openEscalations == null) {
          t.openEscalations = new LinkedHashMap<>(4);
        }
        t.openEscalations.put(
            escalation.getId(),
            new CaseTally.OpenEscalation(
                escalation.getKind(), normalise(escalation.getBottleneck())));
        break;
      case ESCALATION_RESOLVED:
        EscalationResolved resolved = (EscalationResolved) e;
        CaseTally.OpenEscalation open =
            t.openEscalations == null ? null : t.openEscalations.remove(resolved.getEscalationId());
        if (open != null) {
          EscalationResolution resolution = resolved.getResolution();
          sink.resolved(open.kind, resolution.getKind(), normalise(resolution.getBlocker()));
        }
        break;
      case COERCION_MEASURE_RECORDED:
        t.organisations.add(((CoercionMeasureRecorded) e).getExecutedBy());
        break;
      case INSTRUMENT_USED:
        t.organisations.addAll(((InstrumentUsed) e).getUse().getAgreedBy());
        break;
      case CASE_CLOSED:
        if (t.reach(FigureMilestone.CASE_CLOSED)) {
          sink.milestone(FigureMilestone.CASE_CLOSED, t.receivedOn, date);
        }
        t.closedEver = true;
        t.outcome = FigureOutcome.closedFor(((CaseClosed) e).getClosure().getReason());
        t.lastClosedOn = date;
        break;
      case FOLLOW_UP_RECORDED:
        t.followedUp = true;
        if (((FollowUpRecorded) e).getCheck().getOutcome() == FollowUpOutcome.DROPPED_OUT) {
          t.droppedOut = true;
        }
        break;
      case CASE_REOPENED:
        if (t.outcome.isClosure() && t.lastClosedOn != null) {
          t.reopenedWithin6Months |= !date.isAfter(t.lastClosedOn.plusMonths(6));
          t.reopenedWithin12Months |= !date.isAfter(t.lastClosedOn.plusMonths(12));
        }
        t.outcome = FigureOutcome.OPEN;
        t.lastClosedOn = null;
        t.director = null;
        break;
      case CASE_TRANSFERRED:
        t.outcome = FigureOutcome.TRANSFERRED;
        break;
      default:
        break;
    }
  }

  private void recorded(CaseEvent e, Contributions sink) {
    LocalDate recordedOn = LocalDate.ofInstant(e.getRecordedAt(), zone);
    sink.recorded(e.getType(), ChronoUnit.DAYS.between(e.getBusinessDate(), recordedOn));
  }

  private void reportJudged(CaseTally t, ReportJudged e, LocalDate date, Contributions sink) {
    if (t.reach(FigureMilestone.REPORT_JUDGED)) {
      sink.milestone(FigureMilestone.REPORT_JUDGED, t.receivedOn, date);
      deadline(FigureDeadline.JUDGE_REPORT, t.receivedOn, date, sink);
    }
    t.targetGroups = groups(e.getTargetGroups());
    if (e.getJudgement() == ReportJudgement.OUT_OF_SCOPE) {
      t.outcome = FigureOutcome.OUT_OF_SCOPE_AT_JUDGEMENT;
    }
  }

  private void coordinationDecided(
      CaseTally t, CoordinationDecision decision, LocalDate date, Contributions sink) {
    if (t.reach(FigureMilestone.COORDINATION_DECIDED)) {
      sink.milestone(FigureMilestone.COORDINATION_DECIDED, t.receivedOn, date);
    }
    decision.getReferredTo().ifPresent(t.organisations::add);
    if (decision.isCoordinate()) {
      if (t.coordinatedOn == null) {
        t.coordinatedOn = date;
      }
    } else {
      t.outcome = FigureOutcome.endedBy(decision.getOutcome());
    }
  }

  private void directorAppointed(
      CaseTally t, TrajectoryDirectorAppointed e, LocalDate date, Contributions sink) {
    t.organisations.add(e.getOrganisation());
    t.director = e.getDirector().getValue();
    if (t.reach(FigureMilestone.TRAJECTORY_DIRECTOR_APPOINTED)) {
      sink.milestone(FigureMilestone.TRAJECTORY_DIRECTOR_APPOINTED, t.receivedOn, date);
      t.firstDirectorOn = date;
      if (t.coordinatedOn != null) {
        deadline(FigureDeadline.APPOINT_PROBLEM_OWNER, t.coordinatedOn, date, sink);
      }
    }
  }

  private void planAdopted(CaseTally t, PlanAdopted e, LocalDate date, Contributions sink) {
    for (Activity a : e.getPlan().getActivities()) {
      a.getResponsible().getOrganisation().ifPresent(t.organisations::add);
    }
    if (t.reach(FigureMilestone.PLAN_ADOPTED)) {
      sink.milestone(FigureMilestone.PLAN_ADOPTED, t.receivedOn, date);
      if (t.firstDirectorOn != null) {
        deadline(FigureDeadline.PRESENT_PLAN, t.firstDirectorOn, date, sink);
      }
    }
  }

  private void deadline(
      FigureDeadline deadline, LocalDate start, LocalDate done, Contributions sink) {
    int days = deadlineDays[deadline.ordinal()];
    if (days > 0) {
      sink.deadline(deadline, !done.isAfter(calendar.plusWorkingDays(start, days)));
    }
  }

  private static int groups(Iterable<TargetGroupAssignment> assignments) {
    int bits = 0;
    for (TargetGroupAssignment a : assignments) {
      bits |= 1 << a.getTargetGroup().ordinal();
    }
    return bits;
  }

  private static int bits(Iterable<LifeDomain> domains) {
    int bits = 0;
    for (LifeDomain d : domains) {
      bits |= 1 << d.ordinal();
    }
    return bits;
  }

  /** Trims and collapses whitespace so that blockers and bottlenecks group despite typing. */
  static String normalise(String text) {
    return WHITESPACE.matcher(text.strip()).replaceAll(" ");
  }

  @Override
  public String toString() {
    return "FiguresAccumulator{profile="
        + profile.getId()
        + ", period="
        + period.getStart()
        + ".."
        + period.getEnd()
        + ", scope="
        + scope.getLabel()
        + ", tracked="
        + tracked.size()
        + "}";
  }
}
