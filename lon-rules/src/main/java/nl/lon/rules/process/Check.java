package nl.lon.rules.process;

import static nl.lon.core.process.ProcessStep.CLOSE;
import static nl.lon.core.process.ProcessStep.GATHER_INFORMATION;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import nl.lon.core.error.Violation;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.EventMetadata;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.NetworkId;
import nl.lon.core.network.Network;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.core.process.ProcessStep;
import nl.lon.core.state.CaseState;
import nl.lon.rules.internal.Violations;

/**
 * Collects the violations of one decision, each under a catalogued {@link RuleId}, and stamps the
 * events it yields.
 */
final class Check {
  static final Set<ProcessStep> HANDLING = EnumSet.range(GATHER_INFORMATION, CLOSE);

  private final CaseState state;
  private final CommandContext ctx;
  private final ProcessStep step;
  private final List<Violation> violations = new ArrayList<>();
  private final boolean withdrawal;
  private CaseId caseId;

  Check(CaseState state, CommandContext ctx, ProcessStep step) {
    this(state, ctx, step, false);
  }

  Check(CaseState state, CommandContext ctx, ProcessStep step, boolean withdrawal) {
    this.state = state;
    this.ctx = ctx;
    this.step = step;
    this.withdrawal = withdrawal;
    this.caseId = state.getCaseId().orElse(null);
  }

  CaseState state() {
    return state;
  }

  CommandContext ctx() {
    return ctx;
  }

  ProcessStep step() {
    return step;
  }

  /** Whether the command decided is a withdrawal of an entry. */
  boolean isWithdrawal() {
    return withdrawal;
  }

  void caseId(CaseId id) {
    this.caseId = id;
  }

  boolean ok() {
    return violations.isEmpty();
  }

  void require(boolean condition, RuleId rule, String en, String nl) {
    if (!condition) {
      violations.add(Violations.of(rule.getId(), step, en, nl));
    }
  }

  void handling() {
    steps(HANDLING);
  }

  void steps(Set<ProcessStep> steps) {
    if (state.isOpen() && steps.contains(state.getStep())) {
      return;
    }
    java.util.Locale nl = java.util.Locale.forLanguageTag("nl");
    require(
        false,
        RuleId.STEP_OUT_OF_ORDER,
        "the case is "
            + (state.isOpen()
                ? "in step "
                    + state.getStep().getNumber()
                    + " ("
                    + state.getStep().label(java.util.Locale.ENGLISH)
                    + ")"
                : state.getStatus().label(java.util.Locale.ENGLISH))
            + "; this command belongs to step(s) "
            + numbers(steps),
        "de casus is "
            + (state.isOpen()
                ? "in stap " + state.getStep().getNumber() + " (" + state.getStep().label(nl) + ")"
                : state.getStatus().label(nl))
            + "; deze opdracht hoort bij stap(pen) "
            + numbers(steps));
  }

  private static String numbers(Set<ProcessStep> steps) {
    return steps.stream()
        .map(s -> String.valueOf(s.getNumber()))
        .reduce((a, b) -> a + "," + b)
        .orElse("-");
  }

  /**
   * The network whose roles count for this command: the case's, else the context's, else the
   * actor's home network.
   */
  NetworkId network() {
    return state
        .getNetwork()
        .or(() -> ctx.network().map(Network::getId))
        .orElse(ctx.actor().getNetwork());
  }

  /** Whether the actor holds a role in the case's network (never a role held elsewhere). */
  boolean actorHolds(ProfessionalRole role) {
    return ctx.actor().hasRoleIn(network(), role);
  }

  boolean isTrajectoryDirector() {
    return state.getTrajectoryDirector().map(ctx.actor().getId()::equals).orElse(false);
  }

  /** Requires the network director, or one of the other roles given. */
  void networkDirector(ProfessionalRole... orAlso) {
    ProfessionalRole director = ProfessionalRole.NETWORK_DIRECTOR;
    if (actorHolds(director) || java.util.Arrays.stream(orAlso).anyMatch(this::actorHolds)) {
      return;
    }
    require(
        false,
        RuleId.ROLE_NETWORK_DIRECTOR,
        "this needs the role "
            + director.label(java.util.Locale.ENGLISH)
            + (orAlso.length > 0 ? " or another allowed role" : ""),
        "dit vraagt de rol "
            + director.label(java.util.Locale.forLanguageTag("nl"))
            + (orAlso.length > 0 ? " of een andere toegestane rol" : ""));
  }

  void directorOrTrajectoryDirector() {
    require(
        actorHolds(ProfessionalRole.NETWORK_DIRECTOR) || isTrajectoryDirector(),
        RuleId.ROLE_NETWORK_OR_TRAJECTORY_DIRECTOR,
        "this needs the network director or the case's trajectory director",
        "dit vraagt de netwerkregisseur of de trajectregisseur van de casus");
  }

  Decision refuse(RuleId rule, String en, String nl) {
    violations.add(Violations.of(rule.getId(), step, en, nl));
    return Decision.refuse(violations);
  }

  Decision refuseCollected() {
    return Decision.refuse(violations);
  }

  Decision emit(Function<EventMetadata, CaseEvent> event) {
    return emitAll(List.of(event));
  }

  Decision emitAll(List<Function<EventMetadata, CaseEvent>> events) {
    if (!violations.isEmpty()) {
      return Decision.refuse(violations);
    }
    List<CaseEvent> result = new ArrayList<>(events.size());
    long sequence = state.getVersion();
    for (var f : events) {
      sequence++;
      result.add(
          f.apply(
              EventMetadata.of(
                  caseId, sequence, ctx.date(), ctx.recordedAt(), ctx.actor().getId())));
    }
    return Decision.accept(result);
  }
}
