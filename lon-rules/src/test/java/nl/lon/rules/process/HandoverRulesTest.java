package nl.lon.rules.process;

import static nl.lon.core.testing.Cast.FOREIGN_DIRECTOR;
import static nl.lon.core.testing.Cast.NETWORK_DIRECTOR;
import static nl.lon.core.testing.Cast.OTHER_NETWORK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.process.CaseStatus;
import nl.lon.core.process.ProcessStep;
import nl.lon.core.process.WarmHandover;
import nl.lon.core.state.CaseState;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.rules.testing.RulesFixtures;
import org.junit.jupiter.api.Test;

/** The receiving side of a warm handover: decline, opening and continuation. */
class HandoverRulesTest {

  private static RulesFixtures.Driver handedOver() {
    RulesFixtures.Driver d =
        RulesFixtures.driver(MethodologyProfile.rotterdam()).to(ProcessStep.EXECUTE);
    d.apply(
        new CaseCommand.Transfer(
            WarmHandover.of(OTHER_NETWORK, "director", "client moved")
                .receivedBy(FOREIGN_DIRECTOR.getId())));
    return d;
  }

  @Test
  void decline_pendingHandover_returnsTheCaseWhereItStood() {
    RulesFixtures.Driver d = handedOver();
    CaseState sent = d.state();
    assertEquals(CaseStatus.TRANSFERRED, sent.getStatus());
    assertEquals(java.util.Optional.of(FOREIGN_DIRECTOR.getId()), sent.getHandoverReceiver());
    LocalDate day = sent.getTransferredOn().get();
    Decision decision =
        HandoverRules.decline(
            sent, OTHER_NETWORK, "the client stays", RulesFixtures.ctx(FOREIGN_DIRECTOR, day));
    assertTrue(decision.isAccepted(), decision.toString());
    CaseState back = sent.apply(decision.getEvents().get(0));
    assertEquals(CaseStatus.OPEN, back.getStatus());
    assertEquals(sent.getStep(), back.getStep());
    assertEquals(sent.getTrajectoryDirector(), back.getTrajectoryDirector());
    assertTrue(back.getTransferredTo().isEmpty());
    assertFalse(HandoverRules.pending(back, OTHER_NETWORK).isEmpty(), "decided once");
  }

  @Test
  void decline_blankReason_throws() {
    CaseState sent = handedOver().state();
    assertThrows(
        InvalidValueException.class,
        () ->
            HandoverRules.decline(
                sent,
                OTHER_NETWORK,
                " ",
                RulesFixtures.ctx(FOREIGN_DIRECTOR, sent.getTransferredOn().get())));
  }

  @Test
  void pending_toAnotherNetwork_refused() {
    CaseState sent = handedOver().state();
    assertTrue(HandoverRules.pending(sent, OTHER_NETWORK).isEmpty());
    assertEquals(
        "handover.not-pending",
        HandoverRules.pending(sent, nl.lon.core.id.NetworkId.of("elders")).get(0).rule());
  }

  @Test
  void openingAndContinuation_takeOverSignalJudgementAndCoordination() {
    CaseState sent = handedOver().state();
    LocalDate today = sent.getTransferredOn().get();
    CaseCommand.ReportSignal opening =
        HandoverRules.opening(sent, OTHER_NETWORK, ClientNumber.of("z-1"), today);
    assertEquals(
        CaseId.of(sent.getCaseId().get().getValue() + ":" + OTHER_NETWORK.getValue()),
        opening.caseId());
    assertEquals(today, opening.signal().getReceivedOn());
    assertEquals(sent.getSignal().get().getConcerns(), opening.signal().getConcerns());
    assertEquals(
        List.of(), HandoverRules.continuation(sent, HandoverRules.Resumption.REJUDGE, today));
    List<CaseCommand> more =
        HandoverRules.continuation(sent, HandoverRules.Resumption.CONTINUE, today);
    assertEquals(2, more.size());
    assertTrue(more.get(0) instanceof CaseCommand.JudgeReport);
    assertTrue(more.get(1) instanceof CaseCommand.DecideCoordination);
    // feedback given before the acceptance is carried as taken over on the day of acceptance, so
    // that the receiving case, which opens that day, can hold it
    LocalDate later = today.plusDays(30);
    CaseCommand.DecideCoordination carried =
        (CaseCommand.DecideCoordination)
            HandoverRules.continuation(sent, HandoverRules.Resumption.CONTINUE, later).get(1);
    nl.lon.core.process.SignallerFeedback given =
        sent.getCoordinationDecision()
            .flatMap(nl.lon.core.process.CoordinationDecision::getFeedback)
            .orElseThrow();
    java.util.Optional.of(given)
        .ifPresent(
            f -> {
              assertEquals(later, carried.decision().getFeedback().get().getGivenOn());
              assertTrue(
                  carried
                      .decision()
                      .getFeedback()
                      .get()
                      .getSummary()
                      .contains("on " + f.getGivenOn()));
            });
    assertEquals(NETWORK_DIRECTOR.getNetwork(), sent.getNetwork().get());
  }

  @Test
  void transfer_consentRequired_needsConsentOrACataloguedLegalBasis() {
    RulesFixtures.Driver d = RulesFixtures.driver(MethodologyProfile.leeuwarden()).signal();
    WarmHandover plain = WarmHandover.of(OTHER_NETWORK, "director", "client moved");
    assertEquals(
        "transfer.consent-or-legal-basis",
        d.refused(new CaseCommand.Transfer(plain)).get(0).rule());
    assertEquals(
        "transfer.legal-basis-unknown",
        d.refused(new CaseCommand.Transfer(plain.onLegalBasis("unknown"))).get(0).rule());
    assertTrue(d.apply(new CaseCommand.Transfer(plain.onLegalBasis("bemoeizorg"))).isAccepted());
    assertEquals(CaseStatus.TRANSFERRED, d.state().getStatus());
  }
}
