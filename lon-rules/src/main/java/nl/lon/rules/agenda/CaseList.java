package nl.lon.rules.agenda;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.MeetingHeld;
import nl.lon.core.id.CaseId;
import nl.lon.core.process.MeetingKind;
import nl.lon.core.state.CaseState;
import nl.lon.core.state.EffectiveHistory;
import nl.lon.rules.profile.MethodologyProfile;

/**
 * The case list of one network meeting (bespreeklijst): the cases to discuss, each with what falls
 * due before the next meeting, and, once the meeting is held, what was decided for each.
 *
 * <p>"In Rotterdam en Leeuwarden bespreekt het netwerkoverleg, dat 1 keer per 2, 3 of 4 weken
 * bijeenkomt, de casussen van de bespreeklijst" (seeds/004 l.1453-1454); Enschede keeps a
 * "Bespreeklijst wijkzorgteam" (the source's bibliography). A case is on the list when one of its
 * obligations falls due before the next meeting (the meeting's date plus the profile's {@code
 * networkMeetingIntervalDays}) or is overdue, or when a network meeting about it is recorded on the
 * meeting's date. What was decided is every act dated on the meeting's date: the appointment of a
 * trajectory director, a plan adopted, an evaluation, a reopening, the meeting's own work
 * agreements; corrected acts in their latest version, withdrawn ones left out. The obligations are
 * the case's as it stands now, judged at the meeting's date: for a meeting already held, what it
 * settled no longer shows as due but as decided.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.3
 */
public final class CaseList {
  private final LocalDate meetingOn;
  private final LocalDate nextMeetingOn;
  private final ImmutableList<CaseListEntry> entries;
  private final ImmutableList<UncomputableCase> uncomputable;

  private CaseList(
      LocalDate meetingOn,
      LocalDate nextMeetingOn,
      List<CaseListEntry> entries,
      List<UncomputableCase> uncomputable) {
    this.meetingOn = meetingOn;
    this.nextMeetingOn = nextMeetingOn;
    this.entries = ImmutableList.copyOf(entries);
    this.uncomputable = ImmutableList.copyOf(uncomputable);
  }

  /**
   * The case list of a meeting from the histories of a network's cases.
   *
   * <p>Each case is judged on its own: a history that cannot be folded is left out and reported in
   * {@link #getUncomputable()}.
   *
   * @param profile the network's profile
   * @param meetingOn the day of the network meeting
   * @param histories the network's cases, each its events in sequence order
   * @return the list, by case id
   * @throws nl.lon.core.error.InvalidValueException (field {@code CaseList.meetingOn}) when the day
   *     lies outside the plausible dates (1900-2199)
   * @throws NullPointerException when an argument is null
   */
  public static CaseList of(
      MethodologyProfile profile, LocalDate meetingOn, Map<CaseId, List<CaseEvent>> histories) {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(meetingOn, "meetingOn");
    Objects.requireNonNull(histories, "histories");
    nl.lon.core.internal.Checks.date(meetingOn, "CaseList.meetingOn");
    LocalDate next = meetingOn.plusDays(profile.getNetworkMeetingIntervalDays());
    AgendaRules rules = AgendaRules.of(profile);
    List<CaseListEntry> entries = new ArrayList<>();
    List<UncomputableCase> uncomputable = new ArrayList<>();
    List<CaseId> ids = new ArrayList<>(histories.keySet());
    ids.sort(Comparator.comparing(CaseId::getValue));
    for (CaseId id : ids) {
      List<CaseEvent> history = histories.get(id);
      CaseState state;
      List<CaseEvent> effective;
      try {
        state = CaseState.replay(history);
        effective = EffectiveHistory.of(history);
      } catch (RuntimeException e) {
        uncomputable.add(UncomputableCase.from(id, e));
        continue;
      }
      Agenda agenda = rules.forCase(state, meetingOn);
      uncomputable.addAll(agenda.getUncomputable());
      List<Obligation> due = new ArrayList<>();
      for (Obligation o : agenda.getObligations()) {
        if (o.isOverdue() || o.getDueOn().isBefore(next)) {
          due.add(o);
        }
      }
      List<CaseEvent> decided = new ArrayList<>();
      boolean discussed = false;
      for (CaseEvent e : effective) {
        if (e.getBusinessDate().equals(meetingOn)) {
          decided.add(e);
          discussed |=
              e instanceof MeetingHeld m && m.getMeeting().getKind() == MeetingKind.NETWORK_MEETING;
        }
      }
      if (!due.isEmpty() || discussed) {
        entries.add(new CaseListEntry(id, state.getStep(), due, discussed, decided));
      }
    }
    return new CaseList(meetingOn, next, entries, uncomputable);
  }

  /**
   * This list with more cases reported as uncomputable, for example cases whose history could not
   * be read from the store.
   *
   * @param more the cases to add to {@link #getUncomputable()}
   * @return the list
   */
  public CaseList withUncomputable(List<UncomputableCase> more) {
    if (more.isEmpty()) {
      return this;
    }
    return new CaseList(
        meetingOn,
        nextMeetingOn,
        entries,
        ImmutableList.<UncomputableCase>builder().addAll(uncomputable).addAll(more).build());
  }

  /**
   * The day of the meeting.
   *
   * @return the date
   */
  public LocalDate getMeetingOn() {
    return meetingOn;
  }

  /**
   * The day of the next meeting at the profile's interval: obligations due before it are on the
   * list.
   *
   * @return the date
   */
  public LocalDate getNextMeetingOn() {
    return nextMeetingOn;
  }

  /**
   * The cases on the list, by case id.
   *
   * @return the entries
   */
  public ImmutableList<CaseListEntry> getEntries() {
    return entries;
  }

  /**
   * The cases whose history could not be judged, and why; they are missing from {@link
   * #getEntries()}.
   *
   * @return the cases, possibly none
   */
  public ImmutableList<UncomputableCase> getUncomputable() {
    return uncomputable;
  }
}
