package nl.lon.rules.figures;

import java.time.LocalDate;
import nl.lon.core.escalation.EscalationKind;
import nl.lon.core.escalation.ResolutionKind;
import nl.lon.core.event.EventType;
import nl.lon.core.network.PartnerKind;
import nl.lon.core.process.SignalSourceKind;

/**
 * Where the per-event contributions of a case go while its events are read: straight into the
 * totals ({@link Counters}), or into a {@link CaseJournal} that is added to the totals only once
 * the whole case has been computed. Internal; not thread-safe.
 */
interface Contributions {

  /** A case that counts was signalled. */
  void signal(
      LocalDate receivedOn, SignalSourceKind source, boolean organisation, PartnerKind kind);

  /** A case reached a milestone. */
  void milestone(FigureMilestone milestone, LocalDate from, LocalDate to);

  /** A deadline was met or missed. */
  void deadline(FigureDeadline deadline, boolean met);

  /** An escalation was raised on a rung. */
  void rung(int rung);

  /** An act of a kind was recorded a number of days after its business date. */
  void recorded(EventType type, long days);

  /** An escalation was resolved. */
  void resolved(EscalationKind kind, ResolutionKind resolution, String blocker);
}
