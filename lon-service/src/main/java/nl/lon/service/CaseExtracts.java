package nl.lon.service;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.lon.core.escalation.CoercionMeasure;
import nl.lon.core.escalation.StatutoryClock;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.CoercionMeasureRecorded;
import nl.lon.core.event.ConceptPlanDrafted;
import nl.lon.core.event.PlanAdopted;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.network.PartnerOrganisation;
import nl.lon.core.network.Professional;
import nl.lon.core.process.Activity;
import nl.lon.core.process.PlanOfApproach;
import nl.lon.core.state.CaseState;
import nl.lon.core.state.EffectiveHistory;
import nl.lon.persistence.store.Stores;
import nl.lon.persistence.vault.PersonalData;
import nl.lon.rules.access.AccessDecision;
import nl.lon.rules.access.AccessResource;
import nl.lon.rules.agenda.AgendaRules;
import nl.lon.rules.agenda.Obligation;
import nl.lon.rules.intervention.CoercionCatalogue;

/**
 * Extracts of one case for an export (uittreksel): every part decided by the access rules, the
 * whole audited as one read with the categories it carries, before it leaves.
 */
final class CaseExtracts {

  /** The Wvggz measures of compulsory care that are in force for a period. */
  private static final Set<String> WVGGZ_MEASURES =
      Set.of(
          CoercionCatalogue.CARE_AUTHORISATION,
          CoercionCatalogue.CRISIS_MEASURE,
          CoercionCatalogue.CRISIS_CONTINUATION);

  private final Stores stores;
  private final Clock clock;
  private final CaseSnapshots snapshots;
  private final CaseTargets targets;
  private final AccessGate access;
  private final AuditGate audit;

  CaseExtracts(
      Stores stores,
      Clock clock,
      CaseSnapshots snapshots,
      CaseTargets targets,
      AccessGate access,
      AuditGate audit) {
    this.stores = stores;
    this.clock = clock;
    this.snapshots = snapshots;
    this.targets = targets;
    this.access = access;
    this.audit = audit;
  }

  /** The extract; see {@link CaseService#extract}. */
  CaseExtract extract(ProfessionalId actor, Purpose purpose, CaseId caseId) {
    Operation op = Operation.EXPORT;
    AuditGate.Claim who = audit.claim(actor);
    CaseState state = targets.load(snapshots, who, purpose, caseId, op);
    CaseTargets.Target target = targets.ofCase(who, purpose, caseId, state, op);
    AccessDecision read =
        access.decide(who, target, AccessResource.TIMELINE, state, false, purpose);
    if (!read.allowed()) {
      access.authoriseRead(
          read, who, target, caseId, state.getClientNumber(), purpose, op, ImmutableMap.of());
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), target.network().getTimeZone());

    Optional<PersonalData> personal = Optional.empty();
    if (!target.profile().getAccess().isClientNumbersOnly()
        && access
            .decide(who, target, AccessResource.PERSONAL_DATA, state, false, purpose)
            .allowed()) {
      personal = stores.vault().get(target.id(), state.getClientNumber().get(), caseId);
    }

    boolean wholeAgenda = access.decide(who, target, AccessResource.NETWORK_AGENDA).allowed();
    boolean ownAgenda =
        !wholeAgenda
            && !read.emergencyOverride()
            && access.decide(who, target, AccessResource.OWN_AGENDA).allowed();
    ImmutableList<Obligation> obligations = ImmutableList.of();
    if (wholeAgenda || ownAgenda) {
      var agenda = AgendaRules.of(target.profile()).forCase(state, today);
      obligations = (wholeAgenda ? agenda : agenda.forProfessional(actor)).getObligations();
    }

    ImmutableList<CaseExtract.MeasureInForce> measures =
        measuresInForce(state, target.profile().getIntervention().getCoercionCatalogue(), today);
    ImmutableMap<ProfessionalId, Professional> named = professionals(state, obligations);
    CaseExtract extract =
        new CaseExtract(
            target.network(),
            target.profile(),
            actor,
            today,
            state,
            obligations,
            wholeAgenda,
            personal,
            measures,
            named,
            organisations(target, state, measures, named),
            read.ruleId());
    access.authoriseRead(
        read,
        who,
        target,
        caseId,
        state.getClientNumber(),
        purpose,
        op.withCategories(extract.getCategories()),
        ImmutableMap.of(
            "agenda",
            wholeAgenda ? "network" : ownAgenda ? "own" : "none",
            "obligations",
            Integer.toString(obligations.size())));
    return extract;
  }

  /**
   * The Wvggz measures in force on a day: from the measure's business date until its statutory
   * clock runs out or a later measure meeting the clock replaces it.
   */
  static ImmutableList<CaseExtract.MeasureInForce> measuresInForce(
      CaseState state, CoercionCatalogue catalogue, LocalDate day) {
    List<CoercionMeasureRecorded> all = state.getCoercionMeasures();
    ImmutableList.Builder<CaseExtract.MeasureInForce> out = ImmutableList.builder();
    for (int i = 0; i < all.size(); i++) {
      CoercionMeasureRecorded m = all.get(i);
      if (!WVGGZ_MEASURES.contains(m.getMeasureCode())) {
        continue;
      }
      LocalDate from = m.getBusinessDate();
      Optional<StatutoryClock> clock =
          catalogue.measure(m.getMeasureCode()).flatMap(CoercionMeasure::getClock);
      LocalDate until =
          from.plusDays(
              clock.map(StatutoryClock::getDays).orElse(CaseExtract.CRISIS_CONTINUATION_DAYS));
      Set<String> replacedBy =
          clock
              .map(c -> (Set<String>) c.getMetBy())
              .orElse(Set.of(CoercionCatalogue.CARE_AUTHORISATION));
      for (int j = i + 1; j < all.size(); j++) {
        CoercionMeasureRecorded later = all.get(j);
        if (replacedBy.contains(later.getMeasureCode())
            && !later.getBusinessDate().isBefore(from)
            && later.getBusinessDate().isBefore(until)) {
          until = later.getBusinessDate();
        }
      }
      if (!day.isBefore(from) && day.isBefore(until)) {
        out.add(new CaseExtract.MeasureInForce(m, from, until));
      }
    }
    return out.build();
  }

  /** The plan an act records: an adopted plan or a concept (both name who does what). */
  private static Optional<PlanOfApproach> planOf(CaseEvent e) {
    if (e instanceof PlanAdopted adopted) {
      return Optional.of(adopted.getPlan());
    }
    if (e instanceof ConceptPlanDrafted concept) {
      return Optional.of(concept.getConcept());
    }
    return Optional.empty();
  }

  /** The professionals the extract names, as the directory knows them. */
  private ImmutableMap<ProfessionalId, Professional> professionals(
      CaseState state, List<Obligation> obligations) {
    Set<ProfessionalId> ids = new LinkedHashSet<>();
    state.getTrajectoryDirector().ifPresent(ids::add);
    ids.addAll(state.getInvolvedProfessionals());
    for (CaseEvent e : EffectiveHistory.of(state.getHistory())) {
      Optional<PlanOfApproach> plan = planOf(e);
      if (plan.isPresent()) {
        ids.add(e.getActor());
        for (Activity a : plan.get().getActivities()) {
          a.getResponsible().getProfessional().ifPresent(ids::add);
        }
      }
    }
    obligations.forEach(o -> o.getProfessional().ifPresent(ids::add));
    Map<ProfessionalId, Professional> found = new LinkedHashMap<>();
    for (ProfessionalId id : ids) {
      stores.directory().professional(id).ifPresent(p -> found.put(id, p));
    }
    return ImmutableMap.copyOf(found);
  }

  /** The organisations the extract names, as the directory knows them. */
  private ImmutableMap<OrganisationId, PartnerOrganisation> organisations(
      CaseTargets.Target target,
      CaseState state,
      List<CaseExtract.MeasureInForce> measures,
      Map<ProfessionalId, Professional> professionals) {
    Set<OrganisationId> ids = new LinkedHashSet<>();
    ids.add(target.network().getPrincipal());
    ids.add(target.network().getContractor());
    state.getTrajectoryDirectorOrganisation().ifPresent(ids::add);
    ids.addAll(state.getInvolvedOrganisations());
    state.getConsent().ifPresent(c -> ids.addAll(c.getOrganisations()));
    for (CaseEvent e : EffectiveHistory.of(state.getHistory())) {
      planOf(e)
          .ifPresent(
              plan ->
                  plan.getActivities()
                      .forEach(a -> a.getResponsible().getOrganisation().ifPresent(ids::add)));
    }
    measures.forEach(m -> ids.add(m.measure().getExecutedBy()));
    professionals.values().forEach(p -> ids.add(p.getOrganisation()));
    Map<OrganisationId, PartnerOrganisation> found = new LinkedHashMap<>();
    for (OrganisationId id : ids) {
      stores.directory().organisation(id).ifPresent(o -> found.put(id, o));
    }
    return ImmutableMap.copyOf(found);
  }
}
