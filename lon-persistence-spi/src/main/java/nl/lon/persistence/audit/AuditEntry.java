package nl.lon.persistence.audit;

import java.time.temporal.ChronoUnit;
import org.immutables.value.Value;

/**
 * One access to log, before the log gives it a sequence and a hash (logregel, nog niet vastgelegd).
 *
 * <p>Pass it to {@link AuditLog#append(AuditEntry)}; the log appends it to the chain of its network
 * and returns the {@link AuditRecord}. The occurred-at instant is truncated to whole seconds on
 * construction; the rules every field must meet are stated on {@link AuditFields}.
 *
 * <pre>{@code
 * AuditEntry entry = AuditEntry.builder()
 *     .eventId(UUID.randomUUID().toString()).occurredAt(clock.instant())
 *     .actor(ProfessionalId.of("p-jansen")).actorOrganisation(OrganisationId.of("ggd"))
 *     .onBehalfOf("TRAJECTORY_DIRECTOR").client(ClientNumber.of("C-1")).caseId(CaseId.of("c-1"))
 *     .network(NetworkId.of("rotterdam-noord")).action(AuditAction.READ)
 *     .operation("read-timeline").addDataCategories(DataCategory.CASE_EVENTS)
 *     .purpose("prepare case conference").checks(checks)
 *     .putDetails("businessDate", "2027-04-22").build();
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/PersistenceSnippets.java}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract non-sealed class AuditEntry implements AuditFields {

  AuditEntry() {}

  @Value.Check
  AuditEntry normalize() {
    AuditFieldRules.check(this, "AuditEntry");
    if (getOccurredAt().getNano() == 0) {
      return this;
    }
    return builder().from(this).occurredAt(getOccurredAt().truncatedTo(ChronoUnit.SECONDS)).build();
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
   * Builds a {@link AuditEntry}: set the attributes, then {@code build()} validates them and
   * returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.1
   */
  public static final class Builder extends ImmutableAuditEntry.Builder {
    /** Creates an empty builder, the same as {@link AuditEntry#builder()}. */
    public Builder() {}
  }
}
