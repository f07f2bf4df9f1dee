package nl.lon.rules.process;

import static nl.lon.core.process.ProcessStep.CLOSE;
import static nl.lon.core.process.ProcessStep.INTEGRAL_PICTURE;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Optional;
import nl.lon.core.escalation.CoercionMeasure;
import nl.lon.core.escalation.Escalation;
import nl.lon.core.escalation.EscalationKind;
import nl.lon.core.escalation.EscalationRung;
import nl.lon.core.event.CoercionMeasureRecorded;
import nl.lon.core.event.EscalationRaised;
import nl.lon.core.event.EscalationRequested;
import nl.lon.core.event.EscalationResolved;
import nl.lon.core.event.InstrumentUsed;
import nl.lon.core.id.EscalationId;
import nl.lon.core.network.PartnerOrganisation;
import nl.lon.core.process.InstrumentUse;
import nl.lon.core.state.CaseState;
import nl.lon.rules.intervention.BudgetMandate;
import nl.lon.rules.intervention.EscalationLadder;
import nl.lon.rules.intervention.InterventionPolicy;

/**
 * The rules of escalation, pressure and coercion, and the instrument guard rails; used by {@link
 * ProcessRules}.
 */
final class InterventionRules {

  private final InterventionPolicy policy;

  InterventionRules(InterventionPolicy policy) {
    this.policy = policy;
  }

  Decision requestEscalation(Check c, CaseCommand.RequestEscalation cmd) {
    c.steps(EnumSet.range(INTEGRAL_PICTURE, CLOSE));
    c.require(
        cmd.kind() != EscalationKind.PRESSURE_AND_COERCION,
        RuleId.ESCALATION_USE_COERCION_MEASURE,
        "pressure and coercion is recorded as a measure from the catalogue, not as a ladder rung",
        "drang en dwang wordt vastgelegd als maatregel uit de catalogus, niet als trede op een ladder");
    c.require(
        c.isTrajectoryDirector(),
        RuleId.ESCALATION_REQUEST_BY_TRAJECTORY_DIRECTOR,
        "the case's trajectory director asks for escalation; the network director escalates",
        "de trajectregisseur van de casus vraagt om opschaling; de netwerkregisseur schaalt op");
    return c.emit(
        e ->
            EscalationRequested.builder()
                .metadata(e)
                .kind(cmd.kind())
                .bottleneck(cmd.bottleneck())
                .build());
  }

  Decision escalate(Check c, CaseCommand.Escalate cmd) {
    CaseState state = c.state();
    c.steps(EnumSet.range(INTEGRAL_PICTURE, CLOSE));
    c.networkDirector();
    if (cmd.kind() == EscalationKind.PRESSURE_AND_COERCION) {
      return c.refuse(
          RuleId.ESCALATION_USE_COERCION_MEASURE,
          "pressure and coercion is recorded as a measure from the catalogue, not as a ladder rung",
          "drang en dwang wordt vastgelegd als maatregel uit de catalogus, niet als trede op een ladder");
    }
    EscalationLadder ladder =
        cmd.kind() == EscalationKind.CONTENT
            ? policy.getContentLadder()
            : policy.getOrganisationalLadder();
    Optional<EscalationRung> rung = ladder.rung(cmd.rung());
    if (rung.isEmpty()) {
      return c.refuse(
          RuleId.ESCALATION_NO_SUCH_RUNG,
          "the "
              + ladderName(cmd.kind(), false)
              + " ladder has rungs 1 to "
              + ladder.getRungs().size(),
          "de "
              + ladderName(cmd.kind(), true)
              + " ladder heeft treden 1 tot en met "
              + ladder.getRungs().size());
    }
    int highest =
        state.getEscalations().stream()
            .filter(x -> x.getEscalation().getKind() == cmd.kind())
            .mapToInt(x -> x.getEscalation().getRung())
            .max()
            .orElse(0);
    if (cmd.rung() > highest + 1) {
      c.require(
          ladder.isEmergencyJumpAllowed() && cmd.emergencyReason().isPresent(),
          RuleId.ESCALATION_ONE_RUNG_AT_A_TIME,
          "escalate one rung at a time: the next rung is "
              + (highest + 1)
              + "; jumping needs a serious emergency with a reason"
              + (ladder.isEmergencyJumpAllowed() ? "" : ", which this ladder does not allow"),
          "schaal trede voor trede op: de volgende trede is "
              + (highest + 1)
              + "; overslaan vraagt een ernstige noodsituatie met reden"
              + (ladder.isEmergencyJumpAllowed() ? "" : ", wat deze ladder niet toestaat"));
    }
    if (rung.get().isEmergencyOnly()) {
      c.require(
          cmd.emergencyReason().isPresent(),
          RuleId.ESCALATION_EMERGENCY_ONLY,
          rung.get().getBody() + " is only called in a serious emergency: record the reason",
          rung.get().getBodyNl()
              + " wordt alleen ingeschakeld in een ernstige noodsituatie: leg de reden vast");
    }
    EscalationId id = EscalationId.of("esc-" + (state.getEscalations().size() + 1));
    Escalation escalation =
        Escalation.builder()
            .id(id)
            .kind(cmd.kind())
            .rung(cmd.rung())
            .body(rung.get().getBody())
            .bottleneck(cmd.bottleneck())
            .emergencyReason(cmd.emergencyReason())
            .build();
    return c.emit(e -> EscalationRaised.builder().metadata(e).escalation(escalation).build());
  }

  private static String ladderName(EscalationKind kind, boolean nl) {
    if (kind == EscalationKind.CONTENT) {
      return nl ? "casusinhoudelijke" : "content";
    }
    return nl ? "organisatorische" : "organisational";
  }

  Decision resolveEscalation(Check c, CaseCommand.ResolveEscalation cmd) {
    c.require(
        c.state().getOpenEscalations().containsKey(cmd.escalationId()),
        RuleId.ESCALATION_NOT_OPEN,
        "escalation " + cmd.escalationId() + " is not open on this case",
        "opschaling " + cmd.escalationId() + " staat niet open op deze casus");
    c.networkDirector();
    return c.emit(
        e ->
            EscalationResolved.builder()
                .metadata(e)
                .escalationId(cmd.escalationId())
                .resolution(cmd.resolution())
                .build());
  }

  Decision recordCoercion(Check c, CaseCommand.RecordCoercionMeasure cmd) {
    CaseState state = c.state();
    c.handling();
    Optional<CoercionMeasure> found = policy.getCoercionCatalogue().measure(cmd.measureCode());
    if (found.isEmpty()) {
      return c.refuse(
          RuleId.COERCION_UNKNOWN_MEASURE,
          "measure " + cmd.measureCode() + " is not in this network's catalogue",
          "maatregel " + cmd.measureCode() + " staat niet in de catalogus van dit netwerk");
    }
    CoercionMeasure measure = found.get();
    c.require(
        !measure.isHistorical(),
        RuleId.COERCION_HISTORICAL,
        measure.getName() + " is no longer in force (" + measure.getLegalBasis() + ")",
        measure.getNameNl() + " geldt niet meer (" + measure.getLegalBasis() + ")");
    Optional<PartnerOrganisation> org = c.ctx().actorOrganisation();
    c.require(
        org.isPresent()
            && org.get().getId().equals(c.ctx().actor().getOrganisation())
            && measure.getExecutedBy().contains(org.get().getKind()),
        RuleId.COERCION_AUTHORITY,
        measure.getName()
            + " is recorded only by its executing organisation: "
            + measure.getExecutedBy(),
        measure.getNameNl()
            + " wordt alleen vastgelegd door de uitvoerende organisatie: "
            + measure.getExecutedBy());
    int highest =
        state.getCoercionMeasures().stream()
            .mapToInt(CoercionMeasureRecorded::getLevel)
            .max()
            .orElse(0);
    boolean rising = measure.getLevel() > highest;
    c.require(
        !rising || cmd.reason().isPresent(),
        RuleId.COERCION_REASON_REQUIRED_TO_RISE,
        "rising on the pressure and coercion continuum (to level "
            + measure.getLevel()
            + ") needs a recorded reason",
        "stijgen op het drang-en-dwangcontinuüm (naar niveau "
            + measure.getLevel()
            + ") vraagt een vastgelegde reden");
    if (measure.isInvolvesEviction()) {
      evictionGuard(c);
    }
    String reason =
        cmd.reason().orElse("no rise on the continuum (level " + measure.getLevel() + ")");
    return c.emit(
        e ->
            CoercionMeasureRecorded.builder()
                .metadata(e)
                .measureCode(measure.getCode())
                .level(measure.getLevel())
                .executedBy(c.ctx().actor().getOrganisation())
                .reason(reason)
                .build());
  }

  Decision useInstrument(Check c, CaseCommand.UseInstrument cmd) {
    CaseState state = c.state();
    InstrumentUse use = cmd.use();
    c.handling();
    switch (use.getInstrument()) {
      case HOME_VISIT:
      case TRAJECTORY_DIRECTION:
      case CASE_CONFERENCE:
      case ESCALATION:
      case PRESSURE_AND_COERCION:
        return c.refuse(
            RuleId.INSTRUMENT_OWN_COMMAND,
            use.getInstrument().label(java.util.Locale.ENGLISH)
                + " is recorded with its own command",
            use.getInstrument().label(java.util.Locale.forLanguageTag("nl"))
                + " wordt met een eigen opdracht vastgelegd");
      case CONSCIOUSLY_GUIDED_EXPLOSION:
        c.networkDirector();
        c.require(
            state.getUnreachableCount() >= policy.getGuidedExplosionMinUnreachable(),
            RuleId.INSTRUMENT_GUIDED_EXPLOSION_REPEATED_UNREACHABLE,
            "a consciously guided explosion is only used after the client repeatedly ("
                + policy.getGuidedExplosionMinUnreachable()
                + " times) proved unreachable or broke agreements; recorded so far: "
                + state.getUnreachableCount(),
            "bewust begeleid ontploffen wordt pas ingezet als de cliënt herhaaldelijk ("
                + policy.getGuidedExplosionMinUnreachable()
                + " keer) onbereikbaar bleek of afspraken brak; tot nu toe vastgelegd: "
                + state.getUnreachableCount());
        c.require(
            c.ctx()
                .network()
                .filter(n -> state.getNetwork().map(n.getId()::equals).orElse(false))
                .map(n -> use.getAgreedBy().containsAll(n.getCoreTeam()))
                .orElse(false),
            RuleId.INSTRUMENT_GUIDED_EXPLOSION_CORE_AGREEMENT,
            "a consciously guided explosion needs the recorded agreement of every core partner",
            "bewust begeleid ontploffen vraagt de vastgelegde instemming van alle kernpartners");
        break;
      case CARE_PURCHASE_BUDGET:
        Optional<BudgetMandate> mandate = policy.getBudgetMandate();
        if (mandate.isEmpty()) {
          return c.refuse(
              RuleId.INSTRUMENT_NO_BUDGET_MANDATE,
              "this network holds no care-purchase budget",
              "dit netwerk heeft geen budget voor zorginkoop");
        }
        c.require(
            c.actorHolds(mandate.get().getHolder()),
            RuleId.INSTRUMENT_BUDGET_HOLDER,
            "only the holder of the budget mandate ("
                + mandate.get().getHolder().label(java.util.Locale.ENGLISH)
                + ") spends the budget",
            "alleen de houder van het budgetmandaat ("
                + mandate.get().getHolder().label(java.util.Locale.forLanguageTag("nl"))
                + ") besteedt het budget");
        c.require(
            use.getAmount().isPresent(),
            RuleId.INSTRUMENT_BUDGET_AMOUNT,
            "state the amount spent",
            "vermeld het bestede bedrag");
        BigDecimal after =
            state.getCarePurchaseSpent().add(use.getAmount().orElse(BigDecimal.ZERO));
        c.require(
            after.compareTo(mandate.get().getMaxPerCase()) <= 0,
            RuleId.INSTRUMENT_BUDGET_LIMIT,
            "the budget mandate allows EUR "
                + mandate.get().getMaxPerCase()
                + " per case; this would make EUR "
                + after,
            "het budgetmandaat staat EUR "
                + mandate.get().getMaxPerCase()
                + " per casus toe; dit maakt EUR "
                + after);
        break;
      default:
        break;
    }
    if (use.isEviction()) {
      evictionGuard(c);
    }
    return c.emit(e -> InstrumentUsed.builder().metadata(e).use(use).build());
  }

  private void evictionGuard(Check c) {
    if (policy.isNoEvictionWithChildren()) {
      c.require(
          !c.state().getHousehold().map(h -> h.hasChildren()).orElse(false),
          RuleId.INSTRUMENT_NO_EVICTION_WITH_CHILDREN,
          "this network does not cooperate in an eviction when children live in the household",
          "dit netwerk werkt niet mee aan een huisuitzetting als er kinderen in het huishouden wonen");
    }
  }
}
