package nl.lon.rules.agenda;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.network.PartnerKind;
import nl.lon.core.process.ReportJudgement;
import nl.lon.core.process.SignalSourceKind;

/**
 * One report on a {@link SignalList} (regel van de signaallijst). Immutable and thread-safe.
 *
 * @since 0.3
 */
public final class SignalListEntry {
  private final CaseId caseId;
  private final Optional<ClientNumber> clientNumber;
  private final LocalDate receivedOn;
  private final SignalSourceKind sourceKind;
  private final Optional<PartnerKind> signallerKind;
  private final boolean acuteCrisis;
  private final Optional<ReportJudgement> judgement;
  private final Optional<LocalDate> judgedOn;
  private final Optional<LocalDate> judgeBy;
  private final boolean overdue;

  SignalListEntry(
      CaseId caseId,
      Optional<ClientNumber> clientNumber,
      LocalDate receivedOn,
      SignalSourceKind sourceKind,
      Optional<PartnerKind> signallerKind,
      boolean acuteCrisis,
      Optional<ReportJudgement> judgement,
      Optional<LocalDate> judgedOn,
      Optional<LocalDate> judgeBy,
      boolean overdue) {
    this.caseId = Objects.requireNonNull(caseId);
    this.clientNumber = Objects.requireNonNull(clientNumber);
    this.receivedOn = Objects.requireNonNull(receivedOn);
    this.sourceKind = Objects.requireNonNull(sourceKind);
    this.signallerKind = Objects.requireNonNull(signallerKind);
    this.acuteCrisis = acuteCrisis;
    this.judgement = Objects.requireNonNull(judgement);
    this.judgedOn = Objects.requireNonNull(judgedOn);
    this.judgeBy = Objects.requireNonNull(judgeBy);
    this.overdue = overdue;
  }

  /**
   * The case the report opened.
   *
   * @return the case id
   */
  public CaseId getCaseId() {
    return caseId;
  }

  /**
   * The client number, never a name.
   *
   * @return the number
   */
  public Optional<ClientNumber> getClientNumber() {
    return clientNumber;
  }

  /**
   * The day the report was received.
   *
   * @return the date
   */
  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  /**
   * Who signalled: a partner, a resident, the client or family.
   *
   * @return the kind of source
   */
  public SignalSourceKind getSourceKind() {
    return sourceKind;
  }

  /**
   * The partner's kind, when a partner signalled.
   *
   * @return the kind, or empty
   */
  public Optional<PartnerKind> getSignallerKind() {
    return signallerKind;
  }

  /**
   * Whether the report names an acute crisis.
   *
   * @return true when it does
   */
  public boolean isAcuteCrisis() {
    return acuteCrisis;
  }

  /**
   * The network director's judgement, once given.
   *
   * @return the judgement, or empty while the report waits
   */
  public Optional<ReportJudgement> getJudgement() {
    return judgement;
  }

  /**
   * The day the report was judged.
   *
   * @return the date, or empty while the report waits
   */
  public Optional<LocalDate> getJudgedOn() {
    return judgedOn;
  }

  /**
   * By when the report must be judged, while it waits.
   *
   * @return the due date of the judging obligation, or empty once judged
   */
  public Optional<LocalDate> getJudgeBy() {
    return judgeBy;
  }

  /**
   * Whether the judging is overdue at the list's date.
   *
   * @return true when overdue
   */
  public boolean isOverdue() {
    return overdue;
  }
}
