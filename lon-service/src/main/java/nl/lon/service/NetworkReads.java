package nl.lon.service;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.process.CaseStatus;
import nl.lon.core.state.CaseState;
import nl.lon.persistence.audit.AuditOutcome;
import nl.lon.persistence.event.EventStore;
import nl.lon.persistence.event.StoredEvent;
import nl.lon.rules.access.AccessDecision;
import nl.lon.rules.access.AccessResource;
import nl.lon.rules.access.AccessRules;
import nl.lon.rules.agenda.Agenda;
import nl.lon.rules.agenda.AgendaRules;
import nl.lon.rules.agenda.CaseList;
import nl.lon.rules.agenda.SignalList;
import nl.lon.rules.agenda.UncomputableCase;
import nl.lon.rules.figures.FiguresAccumulator;
import nl.lon.rules.figures.FiguresScope;
import nl.lon.rules.figures.ManagementFigures;
import nl.lon.rules.figures.ReportingPeriod;
import nl.lon.rules.process.HandoverRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads over a network's cases (overzichten): the network agenda, a professional's own agenda and
 * the management figures, each decided by the access rules and audited.
 *
 * <p>The network's cases are read in bulk, in position order ({@link EventStore#readNetwork}): the
 * agendas from the {@link NetworkProjections} kept up to date from the last position seen, the
 * figures with one read of the network's events grouped by case (held for the duration of the
 * call), so neither costs a query per case. When the network cannot be read in bulk (an event that
 * no longer decodes fails the whole page), the read falls back to case by case, so that the one
 * unreadable case is reported and every other case served.
 */
final class NetworkReads {

  private static final Logger LOG = LoggerFactory.getLogger(NetworkReads.class);

  private final EventStore events;

  /** The networks this service has a profile for: the only senders of a handover it serves. */
  private final java.util.Set<NetworkId> configured;

  private final CaseSnapshots snapshots;
  private final NetworkProjections projections;
  private final CaseTargets targets;
  private final AccessGate access;
  private final AuditGate audit;

  NetworkReads(
      EventStore events,
      java.util.Set<NetworkId> configured,
      CaseSnapshots snapshots,
      NetworkProjections projections,
      CaseTargets targets,
      AccessGate access,
      AuditGate audit) {
    this.events = events;
    this.configured = java.util.Set.copyOf(configured);
    this.snapshots = snapshots;
    this.projections = projections;
    this.targets = targets;
    this.access = access;
    this.audit = audit;
  }

  /** The network's agenda; see {@link CaseService#networkAgenda}. */
  Agenda networkAgenda(ProfessionalId actor, Purpose purpose, NetworkId networkId, LocalDate date) {
    Operation op = Operation.NETWORK_AGENDA;
    AuditGate.Claim who = audit.claim(actor);
    CaseTargets.Target target = targets.ofNetwork(who, purpose, networkId, op);
    access.authoriseNetworkRead(who, target, purpose, op, ImmutableMap.of());
    NetworkProjections.View cases = cases(networkId);
    AgendaRules rules = AgendaRules.of(target.profile());
    return rules.withIncomingHandovers(
        rules
            .forCases(keptFor(who, target, purpose, cases.states()), date)
            .withUncomputable(cases.uncomputable()),
        networkId,
        handedOverTo(networkId));
  }

  /** A network meeting's case list; see {@link CaseService#caseList}. */
  CaseList caseList(
      ProfessionalId actor, Purpose purpose, NetworkId networkId, LocalDate meetingOn) {
    nl.lon.core.internal.Checks.date(meetingOn, "CaseService.meetingOn");
    Operation op = Operation.CASE_LIST;
    AuditGate.Claim who = audit.claim(actor);
    CaseTargets.Target target = targets.ofNetwork(who, purpose, networkId, op);
    access.authoriseNetworkRead(
        who, target, purpose, op, ImmutableMap.of("meetingOn", meetingOn.toString()));
    Map<CaseId, List<CaseEvent>> histories = new LinkedHashMap<>();
    List<UncomputableCase> unreadable = new ArrayList<>(0);
    try {
      histories = histories(networkId);
    } catch (RuntimeException e) {
      LOG.warn(
          "network {} not readable in bulk ({}); reading its cases one by one",
          networkId.getValue(),
          e.getClass().getName());
      for (CaseId id : events.streams(networkId)) {
        try {
          histories.put(id, events.read(id));
        } catch (RuntimeException unreadableCase) {
          unreadable.add(UncomputableCase.from(id, unreadableCase));
        }
      }
    }
    List<CaseState> all = cases(networkId).states();
    Set<CaseId> dropped = new HashSet<>();
    for (CaseState s : all) {
      dropped.add(s.getCaseId().get());
    }
    for (CaseState s : keptFor(who, target, purpose, all)) {
      dropped.remove(s.getCaseId().get());
    }
    // only the handed-over cases the actor may no longer read: an unreadable case stays, to be
    // listed as uncomputable
    histories.keySet().removeAll(dropped);
    CaseList list = CaseList.of(target.profile(), meetingOn, histories);
    return unreadable.isEmpty() ? list : list.withUncomputable(unreadable);
  }

  /** A network's signal list; see {@link CaseService#signalList}. */
  SignalList signalList(
      ProfessionalId actor,
      Purpose purpose,
      NetworkId networkId,
      LocalDate from,
      LocalDate to,
      LocalDate date) {
    nl.lon.core.internal.Checks.date(from, "CaseService.from");
    nl.lon.core.internal.Checks.date(to, "CaseService.to");
    nl.lon.core.internal.Checks.date(date, "CaseService.date");
    if (to.isBefore(from)) {
      throw new InvalidValueException(
          "CaseService.to", "not-before-from", "the period ends before it begins");
    }
    Operation op = Operation.SIGNAL_LIST;
    AuditGate.Claim who = audit.claim(actor);
    CaseTargets.Target target = targets.ofNetwork(who, purpose, networkId, op);
    access.authoriseNetworkRead(
        who, target, purpose, op, ImmutableMap.of("period", from + "/" + to));
    return SignalList.of(
        target.profile(), keptFor(who, target, purpose, cases(networkId).states()), from, to, date);
  }

  /**
   * The cases of a network a network-level read may show: every case but one handed over to another
   * network that the actor may no longer read (past the retention period, or kept only by roles the
   * actor does not hold, rule {@code access.handover-sender-retains}).
   */
  private List<CaseState> keptFor(
      AuditGate.Claim who, CaseTargets.Target target, Purpose purpose, List<CaseState> states) {
    Purpose ordinary =
        new Purpose(
            purpose.purpose(), purpose.onBehalfOf(), purpose.legalBasis(), Optional.empty());
    List<CaseState> out = new ArrayList<>(states.size());
    for (CaseState s : states) {
      if (s.getStatus() != CaseStatus.TRANSFERRED
          || access.decide(who, target, AccessResource.CASE, s, false, ordinary).allowed()) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * The cases other networks handed over to a network and on which it has not decided yet: neither
   * declined (the sender's case is open again) nor accepted (the receiving case exists).
   */
  private List<CaseState> handedOverTo(NetworkId receiving) {
    List<CaseState> out = new ArrayList<>();
    for (NetworkId n : configured) {
      if (n.equals(receiving)) {
        continue;
      }
      for (CaseState s : cases(n).states()) {
        if (s.getStatus() == CaseStatus.TRANSFERRED
            && s.getTransferredTo().map(receiving::equals).orElse(false)
            && events.version(HandoverRules.receivingCase(s.getCaseId().get(), receiving)) == 0) {
          out.add(s);
        }
      }
    }
    return out;
  }

  /** The actor's own agenda; see {@link CaseService#myAgenda}. */
  Agenda myAgenda(ProfessionalId actor, Purpose purpose, LocalDate date) {
    Operation op = Operation.OWN_AGENDA;
    AuditGate.Claim who = audit.claim(actor);
    CaseTargets.Target target =
        targets.ofNetwork(who, purpose, who.network().orElse(CaseService.UNATTRIBUTED), op);
    // the override reaches single cases a professional names, never a whole agenda
    Purpose ordinary =
        new Purpose(
            purpose.purpose(), purpose.onBehalfOf(), purpose.legalBasis(), Optional.empty());
    List<CaseState> mine = new ArrayList<>();
    List<UncomputableCase> unreadable = ImmutableList.of();
    AccessDecision d = access.decide(who, target, op.resource);
    if (d.allowed()) {
      NetworkProjections.View cases = cases(target.id());
      // which cases cannot be read is the network agenda's to show, never every member's
      if (access.decide(who, target, AccessResource.NETWORK_AGENDA).allowed()) {
        unreadable = cases.uncomputable();
      }
      for (CaseState s : cases.states()) {
        boolean named =
            s.getInvolvedProfessionals().contains(actor)
                || s.getTrajectoryDirector().map(actor::equals).orElse(false);
        if (named
            && access.decide(who, target, AccessResource.CASE, s, false, ordinary).allowed()) {
          mine.add(s);
        }
      }
    }
    access.authoriseRead(d, who, target, null, Optional.empty(), purpose, op, ImmutableMap.of());
    AgendaRules rules = AgendaRules.of(target.profile());
    Agenda own = rules.forCases(mine, date);
    if (d.allowed()) {
      // a handover that names the actor as its receiver is theirs to decide on, too, when they may
      // decide on it (a steering-group member named as receiver may not, D47)
      AccessRules handoverRules = AccessRules.of(target.profile().getAccess());
      List<CaseState> decidable = new ArrayList<>();
      for (CaseState s : handedOverTo(target.id())) {
        if (handoverRules.decideHandover(who.professional(), who.organisation(), s).allowed()) {
          decidable.add(s);
        }
      }
      own = rules.withIncomingHandovers(own, target.id(), decidable);
    }
    return own.forProfessional(actor).withUncomputable(unreadable);
  }

  /**
   * The network's figures; see {@link CaseService#figures(ProfessionalId, Purpose, NetworkId,
   * ReportingPeriod, int)}.
   */
  ManagementFigures figures(
      ProfessionalId actor,
      Purpose purpose,
      NetworkId networkId,
      ReportingPeriod period,
      int suppressionThreshold) {
    Operation op = Operation.FIGURES;
    AuditGate.Claim who = audit.claim(actor);
    CaseTargets.Target target = targets.ofNetwork(who, purpose, networkId, op);
    int threshold =
        access
            .rules(target)
            .suppressionThreshold(suppressionThreshold)
            .orElse(suppressionThreshold);
    ImmutableMap<String, String> details =
        ImmutableMap.of(
            "suppressionThreshold", Integer.toString(threshold), "period", period.toString());
    AccessDecision read = access.decide(who, target, op.resource);
    if (!read.allowed()) {
      // access first: an outsider learns nothing of the network's policy from a threshold refusal
      access.authoriseRead(read, who, target, null, Optional.empty(), purpose, op, details);
    }
    AccessDecision asked = access.rules(target).decideThreshold(suppressionThreshold);
    if (!asked.allowed()) {
      audit.record(
          who,
          networkId,
          null,
          Optional.empty(),
          purpose,
          op.name,
          op.action,
          op.categories,
          AuditGate.checks(asked, AuditOutcome.REFUSED),
          ImmutableSet.of(asked.rule()),
          details);
      throw new InvalidValueException(
          "CaseService.suppressionThreshold", "not-below-profile", asked.message());
    }
    access.authoriseNetworkRead(who, target, purpose, op, details);
    FiguresAccumulator acc =
        FiguresAccumulator.create(
            target.profile(),
            period,
            FiguresScope.network(networkId),
            target.network().getTimeZone());
    Map<CaseId, List<CaseEvent>> histories;
    try {
      histories = histories(networkId);
    } catch (RuntimeException e) {
      LOG.warn(
          "network {} not readable in bulk ({}); reading its cases one by one",
          networkId.getValue(),
          e.getClass().getName());
      for (CaseId id : events.streams(networkId)) {
        List<CaseEvent> history;
        try {
          history = events.read(id);
        } catch (RuntimeException unreadable) {
          acc.reportUnreadable(id);
          continue;
        }
        acc.acceptHistory(history);
      }
      return acc.result(threshold);
    }
    for (List<CaseEvent> history : histories.values()) {
      acc.acceptHistory(history);
    }
    return acc.result(threshold);
  }

  /**
   * The figures over several networks, for a steering group that oversees them; see {@link
   * CaseService#figures(ProfessionalId, Purpose, FiguresScope, ReportingPeriod, int)}. Access is
   * decided per network, on the roles the actor holds in it, and recorded in each network's chain;
   * the figures are served only when every network allows them. The profile, time zone and
   * small-cell threshold are the strictest of the networks': the highest threshold of any of them.
   */
  /** The rule id a scope's network records when another network of the scope denied figures. */
  static final String SCOPE_DENIED = "figures.scope-denied";

  ManagementFigures figures(
      ProfessionalId actor,
      Purpose purpose,
      FiguresScope scope,
      ReportingPeriod period,
      int suppressionThreshold) {
    if (scope.getNetworks().isEmpty()) {
      throw new InvalidValueException(
          "CaseService.scope", "names-networks", "a figures scope names the networks it covers");
    }
    Operation op = Operation.FIGURES;
    AuditGate.Claim who = audit.claim(actor);
    List<NetworkId> networks = new ArrayList<>(scope.getNetworks());
    networks.sort(java.util.Comparator.comparing(NetworkId::getValue));
    List<CaseTargets.Target> found = new ArrayList<>();
    int threshold = suppressionThreshold;
    for (NetworkId n : networks) {
      CaseTargets.Target target = targets.ofNetwork(who, purpose, n, op);
      found.add(target);
      threshold =
          Math.max(threshold, access.rules(target).suppressionThreshold(0).orElse(threshold));
    }
    ImmutableMap<String, String> details =
        ImmutableMap.of(
            "suppressionThreshold",
            Integer.toString(threshold),
            "period",
            period.toString(),
            "scope",
            scope.getLabel().length() > 200
                ? scope.getLabel().substring(0, 200)
                : scope.getLabel());
    List<AccessDecision> decisions = new ArrayList<>(found.size());
    Optional<AccessDecision> refusing = Optional.empty();
    for (CaseTargets.Target target : found) {
      AccessDecision d = access.decide(who, target, op.resource);
      decisions.add(d);
      if (!d.allowed() && refusing.isEmpty()) {
        refusing = Optional.of(d);
      }
    }
    if (refusing.isPresent()) {
      // every network of the scope records the attempt, whichever of them denied it
      for (int i = 0; i < found.size(); i++) {
        AccessDecision d = decisions.get(i);
        if (d != refusing.get()) {
          // the refusing network's record is written as the refusal is thrown, below
          audit.record(
              who,
              found.get(i).id(),
              null,
              Optional.empty(),
              purpose,
              op.name,
              op.action,
              op.categories,
              AuditGate.checks(d, AuditOutcome.DENIED),
              ImmutableSet.of(d.allowed() ? SCOPE_DENIED : d.rule()),
              details);
        }
      }
      int at = decisions.indexOf(refusing.get());
      access.authoriseRead(
          refusing.get(), who, found.get(at), null, Optional.empty(), purpose, op, details);
    }
    for (CaseTargets.Target target : found) {
      access.authoriseNetworkRead(who, target, purpose, op, details);
    }
    CaseTargets.Target first = found.get(0);
    FiguresAccumulator acc =
        FiguresAccumulator.create(first.profile(), period, scope, first.network().getTimeZone());
    for (CaseTargets.Target target : found) {
      for (List<CaseEvent> history : histories(target.id()).values()) {
        acc.acceptHistory(history);
      }
    }
    return acc.result(threshold);
  }

  /**
   * The network's cases from its projection; case by case when the network cannot be read in bulk.
   */
  private NetworkProjections.View cases(NetworkId networkId) {
    try {
      return projections.current(networkId);
    } catch (RuntimeException e) {
      LOG.warn(
          "network {} not readable in bulk ({}); reading its cases one by one",
          networkId.getValue(),
          e.getClass().getName());
    }
    List<CaseState> states = new ArrayList<>();
    List<UncomputableCase> unreadable = new ArrayList<>(0);
    for (CaseId id : events.streams(networkId)) {
      try {
        states.add(snapshots.load(id));
      } catch (RuntimeException e) {
        // one unreadable case must not take the network's reads down; it is reported instead
        unreadable.add(
            UncomputableCase.from(id, e instanceof UncomputableCaseException u ? u.failure : e));
      }
    }
    return new NetworkProjections.View(
        ImmutableList.copyOf(states), ImmutableList.copyOf(unreadable));
  }

  /**
   * Every event of the network, read in position order a page at a time and grouped by case, each
   * case's events in sequence order; the cases in the order they were opened.
   */
  private Map<CaseId, List<CaseEvent>> histories(NetworkId networkId) {
    Map<CaseId, List<CaseEvent>> histories = new LinkedHashMap<>();
    long position = 0;
    List<StoredEvent> page;
    do {
      page = events.readNetwork(networkId, position, NetworkProjections.PAGE);
      for (StoredEvent e : page) {
        histories
            .computeIfAbsent(e.getEvent().getCaseId(), id -> new ArrayList<>())
            .add(e.getEvent());
        position = e.getPosition();
      }
    } while (page.size() == NetworkProjections.PAGE);
    return histories;
  }
}
