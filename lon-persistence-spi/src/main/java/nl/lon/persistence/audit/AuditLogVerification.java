package nl.lon.persistence.audit;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Maps;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.lon.core.id.NetworkId;
import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The result of checking every chain of an audit log: one {@link AuditVerification} per network,
 * and whether all are intact (verificatie van de hele logging).
 *
 * <pre>{@code
 * AuditLogVerification v = auditLog.verify();
 * if (!v.isOk()) {
 *   alarm(v.getExplanation().get());     // names each broken network, its sequence and why
 * }
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/PersistenceSnippets.java}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class AuditLogVerification {

  AuditLogVerification() {}

  /**
   * The result of each network's chain, by network.
   *
   * @return one entry per network that has a chain, in ascending network order
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<NetworkId, AuditVerification> getChains();

  /**
   * Whether every chain is intact.
   *
   * @return true when no chain has a problem (also when there is no chain)
   */
  public boolean isOk() {
    return getChains().values().stream().allMatch(AuditVerification::isOk);
  }

  /**
   * The chains with a problem.
   *
   * @return the broken chains' results, by network
   */
  public ImmutableSortedMap<NetworkId, AuditVerification> getBroken() {
    return ImmutableSortedMap.copyOfSorted(Maps.filterValues(getChains(), v -> !v.isOk()));
  }

  /**
   * The total of {@link AuditVerification#getRecordsChecked()} over all chains.
   *
   * @return 0 or more
   */
  public long getRecordsChecked() {
    return getChains().values().stream().mapToLong(AuditVerification::getRecordsChecked).sum();
  }

  /**
   * One sentence per broken chain, for an operator.
   *
   * @return the explanation, or empty when every chain is intact
   */
  public Optional<String> getExplanation() {
    if (isOk()) {
      return Optional.empty();
    }
    return Optional.of(
        getBroken().entrySet().stream()
            .map(
                e ->
                    "network "
                        + e.getKey()
                        + ": broken at sequence "
                        + e.getValue().getBrokenSequence().getAsLong()
                        + " ("
                        + e.getValue().getProblem().get()
                        + "): "
                        + e.getValue().getExplanation().get())
            .collect(Collectors.joining("; ")));
  }

  /**
   * The result for a set of chains.
   *
   * @param chains each network's result
   * @return the result
   */
  public static AuditLogVerification of(Map<NetworkId, AuditVerification> chains) {
    return builder().putAllChains(Checks.noNulls(chains, "AuditLogVerification.chains")).build();
  }

  /** A new builder, for the factories of this type. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link AuditLogVerification} for the factories of this type; not part of the public
   * API.
   */
  static final class Builder extends ImmutableAuditLogVerification.Builder {
    Builder() {}
  }
}
