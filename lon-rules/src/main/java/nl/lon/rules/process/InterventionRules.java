package nl.lon.rules.process;

import static nl.lon.core.process.ProcessStep.CLOSE;
import static nl.lon.core.process.ProcessStep.INTEGRAL_PICTURE;

import java.math.BigDecimal;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.lon.core.escalation.CoercionMeasure;
import nl.lon.core.escalation.Escalation;
import nl.lon.core.escalation.EscalationOption;
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
import nl.lon.rules.intervention.EscalationOptions;
import nl.lon.rules.intervention.InterventionPolicy;

/**
 * The rules of escalation, pressure and coercion, and the instrument guard rails; used by {@link
 * ProcessRules}.
 */
final class InterventionRules {

  private static final Locale NL = Locale.forLanguageTag("nl");

  private final InterventionPolicy policy;

  InterventionRules(InterventionPolicy policy) {
    this.policy = policy;
  }

  Decision requestEscalation(Check c, CaseCommand.RequestEscalation cmd) {
    c.steps(EnumSet.range(INTEGRAL_PICTURE, CLOSE));
    c.require(
        policy.escalation(cmd.kind()).isPresent(),
        RuleId.ESCALATION_USE_COERCION_MEASURE,
        NO_COERCION_BODY_EN,
        NO_COERCION_BODY_NL);
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

  private static final String NO_COERCION_BODY_EN =
      "this network escalates to no body for pressure and coercion: record the measure from the"
          + " catalogue";
  private static final String NO_COERCION_BODY_NL =
      "dit netwerk schaalt voor drang en dwang naar geen orgaan op: leg de maatregel uit de"
          + " catalogus vast";

  /**
   * Escalates to one of the options of the command's kind. The options are a choice, not a ladder
   * (seeds/004 l.1645-1656, l.1674 "vaak meerdere stappen mogelijk"): any option, in any order;
   * only an emergency-only option (the mayor, l.1686-1688) needs the serious emergency's reason.
   */
  Decision escalate(Check c, CaseCommand.Escalate cmd) {
    CaseState state = c.state();
    c.steps(EnumSet.range(INTEGRAL_PICTURE, CLOSE));
    c.networkDirector();
    Optional<EscalationOptions> options = policy.escalation(cmd.kind());
    if (options.isEmpty()) {
      return c.refuse(
          RuleId.ESCALATION_USE_COERCION_MEASURE, NO_COERCION_BODY_EN, NO_COERCION_BODY_NL);
    }
    Optional<EscalationOption> option = options.get().option(cmd.rung());
    if (option.isEmpty()) {
      int n = options.get().getOptions().size();
      return c.refuse(
          RuleId.ESCALATION_NO_SUCH_RUNG,
          "there is no option "
              + cmd.rung()
              + " for "
              + cmd.kind().label(Locale.ENGLISH)
              + ": choose 1 to "
              + n,
          "er is geen mogelijkheid "
              + cmd.rung()
              + " voor "
              + cmd.kind().label(NL)
              + ": kies 1 tot en met "
              + n);
    }
    if (option.get().isEmergencyOnly()) {
      c.require(
          cmd.emergencyReason().isPresent(),
          RuleId.ESCALATION_EMERGENCY_ONLY,
          option.get().getBody() + " is only called in a serious emergency: record the reason",
          option.get().getBodyNl()
              + " wordt alleen ingeschakeld in een ernstige noodsituatie: leg de reden vast");
    }
    EscalationId id = EscalationId.of("esc-" + (state.getEscalations().size() + 1));
    Escalation escalation =
        Escalation.builder()
            .id(id)
            .kind(cmd.kind())
            .rung(cmd.rung())
            .body(option.get().getBody())
            .bottleneck(cmd.bottleneck())
            .emergencyReason(cmd.emergencyReason())
            .build();
    return c.emit(e -> EscalationRaised.builder().metadata(e).escalation(escalation).build());
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
            use.getInstrument().label(Locale.ENGLISH) + " is recorded with its own command",
            use.getInstrument().label(NL) + " wordt met een eigen opdracht vastgelegd");
      case INFORMATION_AND_CONSULTATION:
        // information is for organisations outside the network, consultation is advice where the
        // network takes nothing over (seeds/004 l.1722-1731): neither belongs to a case
        return c.refuse(
            RuleId.INSTRUMENT_OWN_COMMAND,
            "information and consultation are network activities without a case: record them as a"
                + " network activity",
            "voorlichting en consultatie zijn netwerkactiviteiten zonder casus: leg ze vast als"
                + " netwerkactiviteit");
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
        budget(c, state, use, mandate.get());
        break;
      default:
        break;
    }
    if (use.isEviction()) {
      evictionGuard(c);
    }
    return c.emit(e -> InstrumentUsed.builder().metadata(e).use(use).build());
  }

  /**
   * Spending from the care-purchase pot (seeds/004 l.1717-1720): by the holder of the mandate,
   * within what is left of the pot this calendar year over all the network's cases, and within the
   * cap per case where the network sets one.
   */
  private static void budget(Check c, CaseState state, InstrumentUse use, BudgetMandate mandate) {
    c.require(
        c.actorHolds(mandate.getHolder()),
        RuleId.INSTRUMENT_BUDGET_HOLDER,
        "only the holder of the budget mandate ("
            + mandate.getHolder().label(Locale.ENGLISH)
            + ") spends the budget",
        "alleen de houder van het budgetmandaat ("
            + mandate.getHolder().label(NL)
            + ") besteedt het budget");
    c.require(
        use.getAmount().isPresent(),
        RuleId.INSTRUMENT_BUDGET_AMOUNT,
        "state the amount spent",
        "vermeld het bestede bedrag");
    BigDecimal amount = use.getAmount().orElse(BigDecimal.ZERO);
    if (mandate.getMaxPerCase().isPresent()) {
      BigDecimal max = mandate.getMaxPerCase().get();
      BigDecimal after = state.getCarePurchaseSpent().add(amount);
      c.require(
          after.compareTo(max) <= 0,
          RuleId.INSTRUMENT_BUDGET_LIMIT,
          "the budget mandate allows EUR "
              + max.toPlainString()
              + " per case; this would make EUR "
              + after.toPlainString(),
          "het budgetmandaat staat EUR "
              + max.toPlainString()
              + " per casus toe; dit maakt EUR "
              + after.toPlainString());
    }
    Year year = Year.from(c.ctx().date());
    Optional<Map<Year, BigDecimal>> elsewhere = c.ctx().budgetSpentElsewhere();
    if (elsewhere.isEmpty()) {
      c.require(
          false,
          RuleId.INSTRUMENT_BUDGET_POT,
          "what the network's other cases spent from the pot is not known, so the pot cannot be"
              + " checked",
          "wat de andere casussen van het netwerk uit de pot besteedden is niet bekend, dus de pot"
              + " kan niet worden gecontroleerd");
      return;
    }
    BigDecimal spent =
        elsewhere
            .get()
            .getOrDefault(year, BigDecimal.ZERO)
            .add(BudgetMandate.spentByYear(List.of(state)).getOrDefault(year, BigDecimal.ZERO));
    BigDecimal left = mandate.getPotPerYear().subtract(spent);
    c.require(
        amount.compareTo(left) <= 0,
        RuleId.INSTRUMENT_BUDGET_POT,
        "the pot of EUR "
            + mandate.getPotPerYear().toPlainString()
            + " for "
            + year
            + " has EUR "
            + left.max(BigDecimal.ZERO).toPlainString()
            + " left; this spending is EUR "
            + amount.toPlainString(),
        "de pot van EUR "
            + mandate.getPotPerYear().toPlainString()
            + " voor "
            + year
            + " heeft nog EUR "
            + left.max(BigDecimal.ZERO).toPlainString()
            + "; deze besteding is EUR "
            + amount.toPlainString());
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
