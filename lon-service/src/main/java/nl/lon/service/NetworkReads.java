package nl.lon.service;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.state.CaseState;
import nl.lon.persistence.audit.AuditOutcome;
import nl.lon.persistence.event.EventStore;
import nl.lon.rules.access.AccessDecision;
import nl.lon.rules.access.AccessResource;
import nl.lon.rules.agenda.Agenda;
import nl.lon.rules.agenda.AgendaRules;
import nl.lon.rules.agenda.UncomputableCase;
import nl.lon.rules.figures.FiguresAccumulator;
import nl.lon.rules.figures.FiguresScope;
import nl.lon.rules.figures.ManagementFigures;
import nl.lon.rules.figures.ReportingPeriod;

/**
 * Reads over a network's cases (overzichten): the network agenda, a professional's own agenda and
 * the management figures, each decided by the access rules and audited.
 */
final class NetworkReads {

  private final EventStore events;
  private final CaseSnapshots snapshots;
  private final CaseTargets targets;
  private final AccessGate access;
  private final AuditGate audit;

  NetworkReads(
      EventStore events,
      CaseSnapshots snapshots,
      CaseTargets targets,
      AccessGate access,
      AuditGate audit) {
    this.events = events;
    this.snapshots = snapshots;
    this.targets = targets;
    this.access = access;
    this.audit = audit;
  }

  /** The network's agenda; see {@link CaseService#networkAgenda}. */
  Agenda networkAgenda(ProfessionalId actor, Purpose purpose, NetworkId networkId, LocalDate date) {
    Operation op = Operation.NETWORK_AGENDA;
    AuditGate.Claim who = audit.claim(actor);
    CaseTargets.Target target = targets.ofNetwork(who, purpose, networkId, op);
    access.authoriseRead(
        access.decide(who, target, op.resource),
        who,
        target,
        null,
        Optional.empty(),
        purpose,
        op,
        ImmutableMap.of());
    List<CaseState> states = new ArrayList<>();
    List<UncomputableCase> unreadable = new ArrayList<>(0);
    for (CaseId id : events.streams(networkId)) {
      try {
        states.add(snapshots.load(id));
      } catch (RuntimeException e) {
        // one unreadable case must not take the network's agenda down; it is reported instead
        unreadable.add(UncomputableCase.from(id, e));
      }
    }
    return AgendaRules.of(target.profile()).forCases(states, date).withUncomputable(unreadable);
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
    List<UncomputableCase> unreadable = new ArrayList<>(0);
    AccessDecision d = access.decide(who, target, op.resource);
    if (d.allowed()) {
      for (CaseId id : events.streams(target.id())) {
        CaseState s;
        try {
          s = snapshots.load(id);
        } catch (RuntimeException e) {
          unreadable.add(UncomputableCase.from(id, e));
          continue;
        }
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
    return AgendaRules.of(target.profile())
        .forCases(mine, date)
        .forProfessional(actor)
        .withUncomputable(unreadable);
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
    access.authoriseRead(
        access.decide(who, target, op.resource),
        who,
        target,
        null,
        Optional.empty(),
        purpose,
        op,
        details);
    FiguresAccumulator acc =
        FiguresAccumulator.create(target.profile(), period, FiguresScope.network(networkId));
    for (CaseId id : events.streams(networkId)) {
      List<CaseEvent> history;
      try {
        history = events.read(id);
      } catch (RuntimeException e) {
        acc.reportUnreadable(id);
        continue;
      }
      acc.acceptHistory(history);
    }
    return acc.result(threshold);
  }
}
