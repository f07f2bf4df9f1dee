package nl.lon.rules.process;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.lon.core.error.IllegalEventException;
import nl.lon.core.error.Violation;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.EntryCorrected;
import nl.lon.core.event.EntryWithdrawn;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.network.Professional;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.core.state.CaseState;
import nl.lon.core.state.EffectiveHistory;
import nl.lon.rules.internal.Violations;
import nl.lon.rules.profile.CorrectionPolicy;

/**
 * Decides corrections and withdrawals of entries made in error: who may, whether the entry can be
 * corrected, and whether the corrected history is still possible under the rules.
 */
final class Corrections {

  private final ProcessRules rules;
  private final CorrectionPolicy policy;

  Corrections(ProcessRules rules) {
    this.rules = rules;
    this.policy = rules.getProfile().getCorrection();
  }

  Decision correct(Check c, CaseState state, CaseCommand.CorrectEntry cmd, CommandContext ctx) {
    Optional<CaseEvent> original = entry(c, state, cmd.sequence());
    if (original.isEmpty()) {
      return c.refuseCollected();
    }
    CaseEvent entry = original.get();
    if (!c.ok()) {
      return c.refuseCollected();
    }
    CaseEvent current = EffectiveHistory.current(state.getHistory(), cmd.sequence()).get();
    LocalDate on = cmd.businessDate().orElse(current.getBusinessDate());
    CaseState before = EffectiveHistory.before(state, cmd.sequence());
    CommandContext at =
        new CommandContext(
            on,
            ctx.recordedAt(),
            ctx.actor(),
            ctx.actorOrganisation(),
            ctx.network(),
            ctx.budgetSpentElsewhere());
    Decision replaced = rules.decide(before, cmd.replacement(), at);
    if (!replaced.isAccepted()) {
      List<Violation> all = new ArrayList<>();
      String ids =
          replaced.getViolations().stream()
              .map(Violation::rule)
              .distinct()
              .reduce((a, b) -> a + ", " + b)
              .orElse("");
      all.add(
          Violations.of(
              RuleId.CORRECTION_MAKES_HISTORY_IMPOSSIBLE.getId(),
              c.step(),
              "the corrected act would be refused in its place in the history: " + ids,
              "de gecorrigeerde handeling zou op haar plaats in de geschiedenis worden geweigerd: "
                  + ids));
      all.addAll(replaced.getViolations());
      return Decision.refuse(all);
    }
    List<CaseEvent> yielded = replaced.getEvents();
    CaseEvent replacement = yielded.get(0);
    c.require(
        yielded.size() == 1
            && replacement.getType() == entry.getType()
            && replacement.getCaseId().equals(entry.getCaseId()),
        RuleId.CORRECTION_SAME_KIND,
        "entry #"
            + cmd.sequence()
            + " is a "
            + entry.getType()
            + "; the correction records "
            + yielded.stream()
                .map(e -> e.getType().toString())
                .reduce((a, b) -> a + " and " + b)
                .get()
            + (replacement.getCaseId().equals(entry.getCaseId()) ? "" : " for another case"),
        "registratie #"
            + cmd.sequence()
            + " is een "
            + entry.getType()
            + "; de correctie legt "
            + yielded.stream()
                .map(e -> e.getType().toString())
                .reduce((a, b) -> a + " en " + b)
                .get()
            + " vast"
            + (replacement.getCaseId().equals(entry.getCaseId()) ? "" : " voor een andere casus"));
    if (current instanceof nl.lon.core.event.SignalReceived was
        && replacement instanceof nl.lon.core.event.SignalReceived now) {
      c.require(
          was.getNetwork().equals(now.getNetwork())
              && was.getClientNumber().equals(now.getClientNumber()),
          RuleId.CORRECTION_SIGNAL_IDENTITY,
          RuleId.CORRECTION_SIGNAL_IDENTITY.getReasonEn(),
          RuleId.CORRECTION_SIGNAL_IDENTITY.getReasonNl());
    }
    if (!c.ok()) {
      return c.refuseCollected();
    }
    laterActsFollowOn(c, state, cmd.sequence(), on);
    return folds(
        c,
        state,
        c.emit(
            e ->
                EntryCorrected.builder()
                    .metadata(e)
                    .correctedSequence(cmd.sequence())
                    .replacement(replacement)
                    .reason(cmd.reason())
                    .build()),
        cmd.sequence());
  }

  Decision withdraw(Check c, CaseState state, CaseCommand.WithdrawEntry cmd) {
    Optional<CaseEvent> original = entry(c, state, cmd.sequence());
    if (original.isEmpty() || !c.ok()) {
      return c.refuseCollected();
    }
    return folds(
        c,
        state,
        c.emit(
            e ->
                EntryWithdrawn.builder()
                    .metadata(e)
                    .withdrawnSequence(cmd.sequence())
                    .reason(cmd.reason())
                    .build()),
        cmd.sequence());
  }

  /**
   * The entry at a sequence when it is an act that still counts and the actor may correct it;
   * otherwise collects the violation. Empty when there is no entry at all.
   */
  private Optional<CaseEvent> entry(Check c, CaseState state, long sequence) {
    List<CaseEvent> history = state.getHistory();
    if (sequence > history.size() || history.get((int) (sequence - 1)).getType().isCorrection()) {
      String which;
      if (sequence > history.size()) {
        which = "the case has " + history.size() + " entries";
      } else if (history.get((int) (sequence - 1)) instanceof EntryCorrected earlier) {
        which =
            "#"
                + sequence
                + " corrects entry #"
                + earlier.getCorrectedSequence()
                + "; correct that entry again";
      } else {
        which = "#" + sequence + " is itself a " + history.get((int) (sequence - 1)).getType();
      }
      c.require(
          false,
          RuleId.CORRECTION_NO_SUCH_ENTRY,
          "there is no entry #" + sequence + " to correct or withdraw: " + which,
          "er is geen registratie #" + sequence + " om te corrigeren of in te trekken");
      return Optional.empty();
    }
    CaseEvent entry = history.get((int) (sequence - 1));
    if (c.isWithdrawal() && sequence == 1) {
      c.require(
          false,
          RuleId.CORRECTION_SIGNAL_STAYS,
          "the opening signal cannot be withdrawn: judge a case opened in error out of scope, or correct the signal",
          "het openingssignaal kan niet worden ingetrokken: beoordeel een ten onrechte geopende casus buiten de doelgroep, of corrigeer het signaal");
    }
    c.require(
        EffectiveHistory.current(history, sequence).isPresent(),
        RuleId.CORRECTION_ALREADY_WITHDRAWN,
        "entry #" + sequence + " was withdrawn; it can no longer be corrected or withdrawn",
        "registratie #"
            + sequence
            + " is ingetrokken; zij kan niet meer worden gecorrigeerd of ingetrokken");
    mayCorrect(c, entry);
    stillTheirs(c, state, sequence);
    return Optional.of(entry);
  }

  /**
   * An author who recorded the entry as the case's trajectory director corrects or withdraws it
   * only while they still are: the replacement is decided on the case as it was, where they held
   * the role, so a replaced trajectory director could otherwise still rewrite the plan and name
   * anyone into the case.
   */
  private void stillTheirs(Check c, CaseState state, long sequence) {
    if (policy.isNetworkDirectorAlways() && c.actorHolds(ProfessionalRole.NETWORK_DIRECTOR)) {
      return;
    }
    ProfessionalId actor = c.ctx().actor().getId();
    boolean wasDirector =
        EffectiveHistory.before(state, sequence)
            .getTrajectoryDirector()
            .map(actor::equals)
            .orElse(false);
    boolean isDirector = state.getTrajectoryDirector().map(actor::equals).orElse(false);
    c.require(
        !wasDirector || isDirector,
        RuleId.CORRECTION_NOT_AUTHOR,
        "entry #"
            + sequence
            + " was recorded by the case's trajectory director, which is now someone else; ask"
            + " the trajectory director or the network director",
        "registratie #"
            + sequence
            + " is gemaakt door de trajectregisseur van de casus, en dat is nu iemand anders;"
            + " vraag de trajectregisseur of de netwerkregisseur");
  }

  private void mayCorrect(Check c, CaseEvent entry) {
    CommandContext ctx = c.ctx();
    if (policy.isNetworkDirectorAlways() && c.actorHolds(ProfessionalRole.NETWORK_DIRECTOR)) {
      return;
    }
    if (!entry.getActor().equals(ctx.actor().getId())) {
      c.require(
          false,
          RuleId.CORRECTION_NOT_AUTHOR,
          "entry #"
              + entry.getSequence()
              + " was recorded by someone else"
              + (policy.isNetworkDirectorAlways()
                  ? "; ask its author or the network director"
                  : ""),
          "registratie #"
              + entry.getSequence()
              + " is door iemand anders gemaakt"
              + (policy.isNetworkDirectorAlways()
                  ? "; vraag de maker of de netwerkregisseur"
                  : ""));
      return;
    }
    LocalDate recorded = LocalDate.ofInstant(entry.getRecordedAt(), ctx.zone());
    LocalDate last = recorded.plusDays(policy.getAuthorDays());
    c.require(
        !ctx.recordedOn().isAfter(last),
        RuleId.CORRECTION_PERIOD_OVER,
        "entry #"
            + entry.getSequence()
            + " was recorded on "
            + recorded
            + "; its author could correct it until "
            + last,
        "registratie #"
            + entry.getSequence()
            + " is vastgelegd op "
            + recorded
            + "; de maker kon haar corrigeren tot en met "
            + last);
  }

  /**
   * The acts after the corrected one may not be dated before its new date: a correction may not
   * move an act past the acts recorded after it (stricter than late entry, which checks only the
   * acts a command depends on).
   */
  private static void laterActsFollowOn(Check c, CaseState state, long sequence, LocalDate on) {
    for (CaseEvent e : EffectiveHistory.of(state.getHistory())) {
      if (e.getSequence() > sequence) {
        c.require(
            !e.getBusinessDate().isBefore(on),
            RuleId.CORRECTION_MAKES_HISTORY_IMPOSSIBLE,
            "the corrected act would be dated "
                + on
                + ", after the later entry #"
                + e.getSequence()
                + " of "
                + e.getBusinessDate()
                + " ("
                + RuleId.DATE_BEFORE_DEPENDENCY.getId()
                + ")",
            "de gecorrigeerde handeling zou op "
                + on
                + " vallen, na de latere registratie #"
                + e.getSequence()
                + " van "
                + e.getBusinessDate()
                + " ("
                + RuleId.DATE_BEFORE_DEPENDENCY.getId()
                + ")");
        return;
      }
    }
  }

  /**
   * Accepts the decision only when the case folds with it and every later act would still be
   * decided as it was: each act after the changed entry is decided again in its place, with and
   * without the change, and a rule it breaks only with the change refuses the correction.
   */
  private Decision folds(Check c, CaseState state, Decision d, long sequence) {
    if (!d.isAccepted()) {
      return d;
    }
    CaseState changed;
    try {
      changed = state.apply(d.getEvents().get(0));
    } catch (IllegalEventException impossible) {
      return c.refuse(
          RuleId.CORRECTION_MAKES_HISTORY_IMPOSSIBLE,
          "with the correction a later act can no longer follow: " + impossible.getMessage(),
          "met de correctie kan een latere handeling niet meer volgen: " + impossible.getMessage());
    }
    for (CaseEvent later : EffectiveHistory.of(changed.getHistory())) {
      if (later.getSequence() <= sequence) {
        continue;
      }
      Set<String> broken =
          brokenRules(EffectiveHistory.before(changed, later.getSequence()), later);
      if (broken.isEmpty()) {
        continue;
      }
      broken.removeAll(brokenRules(EffectiveHistory.before(state, later.getSequence()), later));
      if (!broken.isEmpty()) {
        String ids = String.join(", ", broken);
        return c.refuse(
            RuleId.CORRECTION_MAKES_HISTORY_IMPOSSIBLE,
            "with the correction the later entry #"
                + later.getSequence()
                + " ("
                + later.getType()
                + ") would be refused in its place: "
                + ids,
            "met de correctie zou de latere registratie #"
                + later.getSequence()
                + " ("
                + later.getType()
                + ") op haar plaats worden geweigerd: "
                + ids);
      }
    }
    return d;
  }

  /**
   * The rules an act breaks when decided again on the state before it. Its author is taken with
   * every role of the case's network (their roles are not in the event and a correction does not
   * change them), so what is decided again is what the history itself decides: who directs the
   * case, the step, the dates it depends on.
   */
  private Set<String> brokenRules(CaseState before, CaseEvent act) {
    Optional<CaseCommand> command = Reenactment.of(act, before);
    if (command.isEmpty()) {
      return new TreeSet<>();
    }
    Professional author =
        Professional.builder()
            .id(act.getActor())
            .displayName("author of entry #" + act.getSequence())
            .organisation(OrganisationId.of("unknown"))
            .network(before.getNetwork().orElseThrow())
            .addRoles(ProfessionalRole.values())
            .build();
    Decision again =
        rules.decide(
            before,
            command.get(),
            new CommandContext(act.getBusinessDate(), act.getRecordedAt(), author));
    Set<String> broken = new TreeSet<>();
    for (Violation v : again.getViolations()) {
      broken.add(v.rule());
    }
    return broken;
  }
}
