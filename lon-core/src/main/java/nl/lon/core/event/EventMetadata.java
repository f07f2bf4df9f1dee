package nl.lon.core.event;

import java.time.Instant;
import java.time.LocalDate;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * What every case event carries: the case, its place in the stream, when it happened, when it was
 * recorded, and who acted (metagegevens).
 *
 * <p>The business date is the day it happened in the world (deadlines count from it); the recorded
 * instant is when the library stored it.
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
   * @return the business date, within {@link nl.lon.core.process.PlausibleDates}
   */
  @Value.Parameter
  public abstract LocalDate getBusinessDate();

  /**
   * When it was recorded.
   *
   * @return the instant, from {@link nl.lon.core.process.PlausibleDates#FIRST_INSTANT} up to
   *     (excluding) {@link nl.lon.core.process.PlausibleDates#END_INSTANT}
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
    Checks.range(getSequence(), 1, Long.MAX_VALUE, "EventMetadata.sequence");
    Checks.date(getBusinessDate(), "EventMetadata.businessDate");
    Checks.instant(getRecordedAt(), "EventMetadata.recordedAt");
  }

  /**
   * Creates metadata.
   *
   * @param caseId the case
   * @param sequence the position in the stream, from 1
   * @param businessDate the day it happened, 1900-01-01 to 2199-12-31
   * @param recordedAt when it was recorded, in 1900-01-01T00:00Z up to 2200-01-01T00:00Z
   * @param actor who acted
   * @return the metadata
   */
  public static EventMetadata of(
      CaseId caseId,
      long sequence,
      LocalDate businessDate,
      Instant recordedAt,
      ProfessionalId actor) {
    return ImmutableEventMetadata.of(caseId, sequence, businessDate, recordedAt, actor);
  }
}
