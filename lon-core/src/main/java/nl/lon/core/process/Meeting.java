package nl.lon.core.process;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import nl.lon.core.id.MeetingId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A meeting about a case: case conference (micro), network meeting (meso) or steering group (macro)
 * (overleg).
 *
 * <p>Meetings need a technical chair (process: short, decide) and a content coordinator (client:
 * insight, support); one person may be both. Minutes centre on work agreements.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Meeting {

  Meeting() {}

  /**
   * The meeting's id.
   *
   * @return the id
   */
  public abstract MeetingId getId();

  /**
   * The kind of meeting.
   *
   * @return the kind
   */
  public abstract MeetingKind getKind();

  /**
   * The day held.
   *
   * @return the date, within {@link PlausibleDates}
   */
  public abstract LocalDate getHeldOn();

  /**
   * The professionals present.
   *
   * @return at least one participant
   */
  public abstract ImmutableSet<ProfessionalId> getParticipants();

  /**
   * The organisations taking part (for example shell partners joining a case conference).
   *
   * @return the organisations
   */
  public abstract ImmutableSet<OrganisationId> getOrganisations();

  /**
   * The technical chair (technisch voorzitter).
   *
   * @return a participant
   */
  public abstract ProfessionalId getTechnicalChair();

  /**
   * The content coordinator (inhoudelijk coördinator).
   *
   * @return a participant
   */
  public abstract ProfessionalId getContentCoordinator();

  /**
   * Whether the client was invited.
   *
   * @return true when invited
   */
  public abstract boolean isClientInvited();

  /**
   * Whether the client was present.
   *
   * @return true when present; implies invited
   */
  public abstract boolean isClientPresent();

  /**
   * The minutes, as work agreements.
   *
   * @return the agreements, possibly none
   */
  public abstract ImmutableList<WorkAgreement> getMinutes();

  /**
   * The decision taken by a deciding vote when the partners did not agree, if any.
   *
   * @return the vote, cast by a participant; empty when the meeting decided by agreement
   * @since 0.3
   */
  public abstract Optional<DecidingVote> getDecidingVote();

  @Value.Check
  void check() {
    Checks.date(getHeldOn(), "Meeting.heldOn");
    Checks.notEmpty(getParticipants(), "Meeting.participants");
    Checks.require(
        getParticipants().contains(getTechnicalChair()),
        "Meeting.technicalChair",
        "chair-participates",
        "the technical chair must be among the participants");
    Checks.require(
        getParticipants().contains(getContentCoordinator()),
        "Meeting.contentCoordinator",
        "coordinator-participates",
        "the content coordinator must be among the participants");
    getDecidingVote()
        .ifPresent(
            v ->
                Checks.require(
                    getParticipants().contains(v.getCastBy()),
                    "Meeting.decidingVote",
                    "caster-participates",
                    "the deciding vote is cast by a participant of the meeting"));
    Checks.require(
        !isClientPresent() || isClientInvited(),
        "Meeting.clientPresent",
        "present-implies-invited",
        "a client who was present was invited");
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
   * Builds a {@link Meeting}: set the attributes, then {@code build()} validates them and returns
   * the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableMeeting.Builder {
    /** Creates an empty builder, the same as {@link Meeting#builder()}. */
    public Builder() {}
  }
}
