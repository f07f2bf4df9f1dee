package nl.lon.rules.profile;

import java.util.OptionalInt;
import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The working-day deadlines of a network's process (termijnen in werkdagen).
 *
 * <p>Enschede: judge a report within 5 working days of receipt; appoint a problem owner within 5
 * working days of the coordination decision; present the plan to the MDO within 10 working days of
 * accepting problem ownership (seeds/004_ca47ed76719141bc.txt l.1413-1414, l.1440-1441,
 * l.1482-1484); the source names no deadline for Rotterdam and Leeuwarden. Where a network sets no
 * deadline, the agenda still lists the step, with an assumed due date at the next network meeting
 * (see {@link MethodologyProfile#getNetworkMeetingIntervalDays()} and {@link
 * nl.lon.rules.agenda.Obligation#isDueDateAssumed()}).
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class ProcessDeadlines {

  ProcessDeadlines() {}

  /**
   * Working days after receipt to judge a report.
   *
   * @return the days, or empty when the report is due at the next network meeting
   */
  public abstract OptionalInt getJudgeReportWithin();

  /**
   * Working days after the coordination decision to appoint a problem owner.
   *
   * @return the days, or empty when due at the next network meeting
   */
  public abstract OptionalInt getAppointProblemOwnerWithin();

  /**
   * Working days after accepting problem ownership to present the plan of approach.
   *
   * @return the days, or empty when due at the next network meeting
   */
  public abstract OptionalInt getPresentPlanWithin();

  /**
   * Working days after a case was handed over to this network (warm handover) for its network
   * director to decide on it: accept or decline. An assumption each network confirms in its working
   * agreements; the source names the warm handover but sets no term for it.
   *
   * @return the days, or empty when the decision is due at the next network meeting
   * @since 0.2
   */
  public abstract OptionalInt getDecideHandoverWithin();

  @Value.Check
  void check() {
    getJudgeReportWithin()
        .ifPresent(d -> Checks.range(d, 1, 250, "ProcessDeadlines.judgeReportWithin"));
    getAppointProblemOwnerWithin()
        .ifPresent(d -> Checks.range(d, 1, 250, "ProcessDeadlines.appointProblemOwnerWithin"));
    getPresentPlanWithin()
        .ifPresent(d -> Checks.range(d, 1, 250, "ProcessDeadlines.presentPlanWithin"));
    getDecideHandoverWithin()
        .ifPresent(d -> Checks.range(d, 1, 250, "ProcessDeadlines.decideHandoverWithin"));
  }

  /**
   * No working-day deadlines: every step is due at the next network meeting.
   *
   * @return the deadlines
   */
  public static ProcessDeadlines none() {
    return builder().build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ProcessDeadlines}: set the attributes, then {@code build()} validates them and
   * returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableProcessDeadlines.Builder {
    /** Creates an empty builder, the same as {@link ProcessDeadlines#builder()}. */
    public Builder() {}
  }
}
