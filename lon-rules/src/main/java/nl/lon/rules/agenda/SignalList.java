package nl.lon.rules.agenda;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.process.Signal;
import nl.lon.core.state.CaseState;
import nl.lon.rules.profile.MethodologyProfile;

/**
 * The network's signal list (signaallijst): the reports received in a period, each with its
 * signaller's kind, whether it is judged and, while it is not, by when it must be.
 *
 * <p>"In Enschede maakt de teamondersteuner een signaallijst. De netwerkregisseur beoordeelt
 * vervolgens of het een te behandelen melding is" (seeds/004 l.1411-1412): the list is what the
 * team support keeps and the network director works from. It holds no description, concern or name:
 * only what the network needs to see which reports wait for a judgement. Immutable and thread-safe.
 *
 * @since 0.3
 */
public final class SignalList {
  private final LocalDate from;
  private final LocalDate to;
  private final ImmutableList<SignalListEntry> entries;

  private SignalList(LocalDate from, LocalDate to, List<SignalListEntry> entries) {
    this.from = from;
    this.to = to;
    this.entries = ImmutableList.copyOf(entries);
  }

  /**
   * The signal list of a network's cases over a period, as it stands at a date.
   *
   * @param profile the network's profile, for the judging deadline
   * @param states the network's cases
   * @param from the first day a report was received, inclusive
   * @param to the last day, inclusive
   * @param date the date to judge overdue against
   * @return the list, by day received, then case id
   * @throws InvalidValueException (field {@code SignalList.to}, rule {@code not-before-from}) when
   *     the period ends before it begins, or a day lies outside the plausible dates (1900-2199)
   * @throws NullPointerException when an argument is null
   */
  public static SignalList of(
      MethodologyProfile profile,
      List<CaseState> states,
      LocalDate from,
      LocalDate to,
      LocalDate date) {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(states, "states");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(date, "date");
    nl.lon.core.internal.Checks.date(from, "SignalList.from");
    nl.lon.core.internal.Checks.date(to, "SignalList.to");
    nl.lon.core.internal.Checks.date(date, "SignalList.date");
    if (to.isBefore(from)) {
      throw new InvalidValueException(
          "SignalList.to", "not-before-from", "the period ends before it begins");
    }
    AgendaRules rules = AgendaRules.of(profile);
    List<SignalListEntry> entries = new ArrayList<>();
    for (CaseState s : states) {
      Optional<Signal> signal = s.getSignal();
      if (signal.isEmpty() || s.getCaseId().isEmpty()) {
        continue;
      }
      LocalDate received = signal.get().getReceivedOn();
      if (received.isBefore(from) || received.isAfter(to)) {
        continue;
      }
      Optional<Obligation> judge =
          rules.forCase(s, date).getObligations().stream()
              .filter(o -> o.getKind() == ObligationKind.JUDGE_REPORT)
              .findFirst();
      entries.add(
          new SignalListEntry(
              s.getCaseId().get(),
              s.getClientNumber(),
              received,
              signal.get().getSourceKind(),
              signal.get().getSignallerKind(),
              signal.get().isAcuteCrisis(),
              s.getJudgement(),
              s.getJudgedOn(),
              judge.map(Obligation::getDueOn),
              judge.map(Obligation::isOverdue).orElse(false)));
    }
    entries.sort(
        Comparator.comparing(SignalListEntry::getReceivedOn)
            .thenComparing(e -> e.getCaseId().getValue()));
    return new SignalList(from, to, entries);
  }

  /**
   * The first day of the period.
   *
   * @return the date
   */
  public LocalDate getFrom() {
    return from;
  }

  /**
   * The last day of the period.
   *
   * @return the date
   */
  public LocalDate getTo() {
    return to;
  }

  /**
   * The reports received in the period, by day received, then case id.
   *
   * @return the entries
   */
  public ImmutableList<SignalListEntry> getEntries() {
    return entries;
  }

  /**
   * The reports still waiting for a judgement.
   *
   * @return the entries without a judgement
   */
  public ImmutableList<SignalListEntry> getUnjudged() {
    return entries.stream()
        .filter(e -> e.getJudgement().isEmpty())
        .collect(ImmutableList.toImmutableList());
  }
}
