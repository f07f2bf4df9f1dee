package nl.lon.core.event;

import java.time.Instant;
import java.time.LocalDate;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ProfessionalId;
import org.immutables.value.Value;

/**
 * What every case event carries: the case, its place in the stream, when it happened, when it
 * was recorded, and who acted (metagegevens).
 *
 * <p>The business date is the day it happened in the world (deadlines count from it); the
 * recorded instant is when the library stored it.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class EventMetadata {

  EventMetadata() {}

  /**
   * The case.
   *
   * @return the case id
   */
  @Value.Parameter
  public abstract CaseId getCaseId();

  /**
   * The position in the case stream: 1 for the first event, then one more per event.
   *
   * @return 1 or more
   */
  @Value.Parameter
  public abstract long getSequence();

  /**
   * The day it happened.
   *
   * @return the business date
   */
  @Value.Parameter
  public abstract LocalDate getBusinessDate();

  /**
   * When it was recorded.
   *
   * @return the instant
   */
  @Value.Parameter
  public abstract Instant getRecordedAt();

  /**
   * The acting professional.
   *
   * @return the actor
   */
  @Value.Parameter
  public abstract ProfessionalId getActor();

  @Value.Check
  void check() {
    nl.lon.core.internal.Checks.range(getSequence(), 1, Long.MAX_VALUE, "EventMetadata.sequence");
  }

  /**
   * Creates metadata.
   *
   * @param caseId the case
   * @param sequence the position in the stream, from 1
   * @param businessDate the day it happened
   * @param recordedAt when it was recorded
   * @param actor who acted
   * @return the metadata
   */
  public static EventMetadata of(
      CaseId caseId, long sequence, LocalDate businessDate, Instant recordedAt, ProfessionalId actor) {
    return ImmutableEventMetadata.of(caseId, sequence, businessDate, recordedAt, actor);
  }
}
