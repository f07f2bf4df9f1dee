package nl.lon.rules.figures;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import nl.lon.core.escalation.EscalationKind;
import nl.lon.core.escalation.ResolutionKind;
import nl.lon.core.event.EventType;
import nl.lon.core.network.PartnerKind;
import nl.lon.core.process.SignalSourceKind;

/**
 * The contributions of the one case being computed, held back until its whole history has been
 * read, so that a history that fails half-way adds nothing to the totals. Reused from case to case
 * ({@link #clear()}); internal, not thread-safe.
 */
final class CaseJournal implements Contributions {

  private static final FigureMilestone[] MILESTONES = FigureMilestone.values();
  private static final FigureDeadline[] DEADLINES = FigureDeadline.values();
  private static final EscalationKind[] ESCALATION_KINDS = EscalationKind.values();
  private static final ResolutionKind[] RESOLUTIONS = ResolutionKind.values();
  private static final EventType[] EVENT_TYPES = EventType.values();

  private boolean signalled;
  private LocalDate receivedOn;
  private SignalSourceKind source;
  private boolean organisation;
  private PartnerKind kind;

  private int milestoneCount;
  private int[] milestoneOrdinals = new int[8];
  private long[] milestoneDays = new long[8];

  private int deadlineCount;

  /** Deadline ordinal times two, plus one when met. */
  private int[] deadlineOutcomes = new int[4];

  private int recordedCount;

  /** Event type ordinal of each act recorded. */
  private int[] recordedTypes = new int[16];

  private long[] recordedDays = new long[16];

  private int rungCount;
  private int[] rungs = new int[4];

  private int resolvedCount;

  /** Escalation kind ordinal times the number of resolution kinds, plus the resolution ordinal. */
  private int[] resolvedKinds = new int[4];

  private String[] blockers = new String[4];

  @Override
  public void signal(
      LocalDate receivedOn, SignalSourceKind source, boolean organisation, PartnerKind kind) {
    this.signalled = true;
    this.receivedOn = receivedOn;
    this.source = source;
    this.organisation = organisation;
    this.kind = kind;
  }

  @Override
  public void milestone(FigureMilestone milestone, LocalDate from, LocalDate to) {
    if (milestoneCount == milestoneOrdinals.length) {
      milestoneOrdinals = Arrays.copyOf(milestoneOrdinals, milestoneCount * 2);
      milestoneDays = Arrays.copyOf(milestoneDays, milestoneCount * 2);
    }
    milestoneOrdinals[milestoneCount] = milestone.ordinal();
    milestoneDays[milestoneCount++] = ChronoUnit.DAYS.between(from, to);
  }

  @Override
  public void deadline(FigureDeadline deadline, boolean met) {
    if (deadlineCount == deadlineOutcomes.length) {
      deadlineOutcomes = Arrays.copyOf(deadlineOutcomes, deadlineCount * 2);
    }
    deadlineOutcomes[deadlineCount++] = deadline.ordinal() * 2 + (met ? 1 : 0);
  }

  @Override
  public void recorded(EventType type, long days) {
    if (recordedCount == recordedTypes.length) {
      recordedTypes = Arrays.copyOf(recordedTypes, recordedCount * 2);
      recordedDays = Arrays.copyOf(recordedDays, recordedCount * 2);
    }
    recordedTypes[recordedCount] = type.ordinal();
    recordedDays[recordedCount++] = days;
  }

  @Override
  public void rung(int rung) {
    if (rungCount == rungs.length) {
      rungs = Arrays.copyOf(rungs, rungCount * 2);
    }
    rungs[rungCount++] = rung;
  }

  @Override
  public void resolved(EscalationKind kind, ResolutionKind resolution, String blocker) {
    if (resolvedCount == resolvedKinds.length) {
      resolvedKinds = Arrays.copyOf(resolvedKinds, resolvedCount * 2);
      blockers = Arrays.copyOf(blockers, resolvedCount * 2);
    }
    resolvedKinds[resolvedCount] = kind.ordinal() * RESOLUTIONS.length + resolution.ordinal();
    blockers[resolvedCount++] = blocker;
  }

  /** Adds everything recorded to the totals, in the order it was recorded. */
  void replayInto(Counters counters) {
    if (signalled) {
      counters.signal(receivedOn, source, organisation, kind);
    }
    for (int i = 0; i < milestoneCount; i++) {
      counters.milestoneDays(MILESTONES[milestoneOrdinals[i]], milestoneDays[i]);
    }
    for (int i = 0; i < deadlineCount; i++) {
      counters.deadline(DEADLINES[deadlineOutcomes[i] / 2], deadlineOutcomes[i] % 2 == 1);
    }
    for (int i = 0; i < recordedCount; i++) {
      counters.recorded(EVENT_TYPES[recordedTypes[i]], recordedDays[i]);
    }
    for (int i = 0; i < rungCount; i++) {
      counters.rung(rungs[i]);
    }
    for (int i = 0; i < resolvedCount; i++) {
      counters.resolved(
          ESCALATION_KINDS[resolvedKinds[i] / RESOLUTIONS.length],
          RESOLUTIONS[resolvedKinds[i] % RESOLUTIONS.length],
          blockers[i]);
    }
  }

  /** Forgets everything recorded, ready for the next case. */
  void clear() {
    signalled = false;
    receivedOn = null;
    source = null;
    kind = null;
    milestoneCount = 0;
    deadlineCount = 0;
    recordedCount = 0;
    rungCount = 0;
    Arrays.fill(blockers, 0, resolvedCount, null);
    resolvedCount = 0;
  }
}
