package nl.lon.rules.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.lon.core.client.Household;
import nl.lon.core.error.Violation;
import nl.lon.core.event.CaseReopened;
import nl.lon.core.event.EventMetadata;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.core.internal.Checks;
import nl.lon.core.process.CaseStatus;
import nl.lon.core.process.CoordinationDecision;
import nl.lon.core.process.ProcessStep;
import nl.lon.core.process.Signal;
import nl.lon.core.state.CaseState;
import nl.lon.rules.internal.Violations;

/**
 * The receiving side of a warm handover (warme overdracht, ontvangende kant): the decision of the
 * network a case was handed over to, to accept it or to decline it.
 *
 * <p>A case belongs to one network in the event store, so an accepted handover does not move the
 * sending network's stream: the receiving network opens a case of its own, linked to the sent one
 * ({@link #receivingCase(CaseId, NetworkId)}), under its own profile, from the step it chooses
 * ({@link Resumption}): judged again from the report, or continuing from the sender's judgement and
 * coordination decision to its own trajectory director and plan. What is shared is the sent
 * signal's concerns, household and, when continuing, the judgement and the coordination decision;
 * the handover's summary says the rest. A declined handover returns the case to the sending network
 * where it stood, recorded as a {@link CaseReopened} in the sending network's stream with the
 * receiving network's reason.
 *
 * <p>Pure and thread-safe: no clock, no store.
 *
 * @since 0.2
 */
public final class HandoverRules {

  /** The longest reason a receiving network gives for declining a handover. */
  public static final int MAX_DECLINE_REASON = 1_500;

  /**
   * Where the receiving network takes up a case it accepts.
   *
   * @since 0.2
   */
  public enum Resumption {
    /** Judge the report again (step 2): the receiving network forms its own view. */
    REJUDGE,
    /**
     * Continue with the sender's judgement and coordination decision: the case stands where a
     * trajectory director is appointed and the plan is made (step 4), in the receiving network.
     */
    CONTINUE
  }

  private HandoverRules() {}

  /**
   * The id of the case a receiving network opens when it accepts a handover: the sent case's id and
   * the receiving network's, so each sent case has one receiving case and the link is known on both
   * sides.
   *
   * @param sent the sent case
   * @param receiving the receiving network
   * @return the receiving case's id
   * @throws nl.lon.core.error.InvalidValueException when the combined id is too long for a case id
   */
  public static CaseId receivingCase(CaseId sent, NetworkId receiving) {
    Objects.requireNonNull(sent, "sent");
    Objects.requireNonNull(receiving, "receiving");
    return CaseId.of(sent.getValue() + ":" + receiving.getValue());
  }

  /**
   * Whether a case is handed over to a network and waits for its decision.
   *
   * @param sent the case as the sending network holds it
   * @param receiving the network deciding
   * @return no violation when pending; else {@link RuleId#HANDOVER_NOT_PENDING}
   */
  public static List<Violation> pending(CaseState sent, NetworkId receiving) {
    Objects.requireNonNull(sent, "sent");
    Objects.requireNonNull(receiving, "receiving");
    List<Violation> out = new ArrayList<>(1);
    if (sent.getStatus() != CaseStatus.TRANSFERRED
        || !sent.getTransferredTo().map(receiving::equals).orElse(false)) {
      RuleId rule = RuleId.HANDOVER_NOT_PENDING;
      out.add(
          Violations.of(
              rule.getId(), ProcessStep.FOLLOW_UP, rule.getReasonEn(), rule.getReasonNl()));
    }
    return out;
  }

  /**
   * Declines a handover: the case returns to the sending network where it stood.
   *
   * @param sent the case as the sending network holds it
   * @param receiving the network declining
   * @param reason why, for the sending network
   * @param ctx the receiving network's director and the day
   * @return the decision: a {@link CaseReopened} for the sending network's stream, or refused with
   *     {@link RuleId#HANDOVER_NOT_PENDING}
   * @throws nl.lon.core.error.InvalidValueException when the reason has no visible content or is
   *     longer than {@value #MAX_DECLINE_REASON} characters
   */
  public static Decision decline(
      CaseState sent, NetworkId receiving, String reason, CommandContext ctx) {
    Checks.text(reason, MAX_DECLINE_REASON, "HandoverRules.reason");
    Objects.requireNonNull(ctx, "ctx");
    List<Violation> refused = pending(sent, receiving);
    if (!refused.isEmpty()) {
      return Decision.refuse(refused);
    }
    EventMetadata meta =
        EventMetadata.of(
            sent.getCaseId().get(),
            sent.getVersion() + 1,
            ctx.date(),
            ctx.recordedAt(),
            ctx.actor().getId());
    return Decision.accept(
        List.of(
            CaseReopened.builder()
                .metadata(meta)
                .reason("handover declined by network " + receiving.getValue() + ": " + reason)
                .build()));
  }

  /**
   * The opening of the receiving network's case when it accepts a handover: the sent signal, as
   * received by the receiving network on the day it accepts.
   *
   * @param sent the case as the sending network holds it
   * @param receiving the accepting network
   * @param clientNumber the client's number in the receiving network
   * @param acceptedOn the day of the acceptance, in the receiving network's time zone
   * @return the command that opens the receiving case
   */
  public static CaseCommand.ReportSignal opening(
      CaseState sent,
      NetworkId receiving,
      ClientNumber clientNumber,
      java.time.LocalDate acceptedOn) {
    Objects.requireNonNull(clientNumber, "clientNumber");
    Objects.requireNonNull(acceptedOn, "acceptedOn");
    Signal signal = Signal.builder().from(sent.getSignal().get()).receivedOn(acceptedOn).build();
    Household household = sent.getHousehold().orElse(Household.single());
    return new CaseCommand.ReportSignal(
        receivingCase(sent.getCaseId().get(), receiving),
        receiving,
        clientNumber,
        signal,
        household);
  }

  /**
   * The acts that bring the receiving case to where it continues: none to judge again; to continue,
   * the sender's judgement and, when the sender decided to coordinate, its coordination decision.
   * The receiving case opens on the day of acceptance, so feedback the sender gave the signaller
   * before that day is carried as taken over on that day, its summary saying when and by which
   * network it was given (the receiving case cannot hold an act before its own signal).
   *
   * @param sent the case as the sending network holds it
   * @param resumption where the receiving network takes the case up
   * @param acceptedOn the day of the acceptance, the receiving case's first day
   * @return the commands to carry out on the receiving case, in order
   */
  public static List<CaseCommand> continuation(
      CaseState sent, Resumption resumption, java.time.LocalDate acceptedOn) {
    Objects.requireNonNull(sent, "sent");
    Objects.requireNonNull(resumption, "resumption");
    Objects.requireNonNull(acceptedOn, "acceptedOn");
    List<CaseCommand> out = new ArrayList<>(2);
    if (resumption == Resumption.REJUDGE || sent.getJudgement().isEmpty()) {
      return out;
    }
    out.add(
        new CaseCommand.JudgeReport(
            sent.getJudgement().get(),
            "judgement taken over with the warm handover from network "
                + sent.getNetwork().get().getValue(),
            sent.getTargetGroups()));
    String from = sent.getNetwork().get().getValue();
    sent.getCoordinationDecision()
        .filter(CoordinationDecision::isCoordinate)
        .ifPresent(
            d -> out.add(new CaseCommand.DecideCoordination(takenOver(d, from, acceptedOn))));
    return out;
  }

  private static CoordinationDecision takenOver(
      CoordinationDecision d, String from, java.time.LocalDate acceptedOn) {
    if (d.getFeedback().isEmpty() || !d.getFeedback().get().getGivenOn().isBefore(acceptedOn)) {
      return d;
    }
    nl.lon.core.process.SignallerFeedback f = d.getFeedback().get();
    String summary = "given by network " + from + " on " + f.getGivenOn() + ": " + f.getSummary();
    int max = 2000;
    return CoordinationDecision.builder()
        .from(d)
        .feedback(
            nl.lon.core.process.SignallerFeedback.of(
                acceptedOn, summary.length() > max ? summary.substring(0, max) : summary))
        .build();
  }
}
