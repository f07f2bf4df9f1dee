package nl.lon.testkit.conformance;

import java.util.Objects;

/**
 * What an adapter under test supports beyond the required contract; each capability switched off
 * turns the kit tests that need it into reported skips (capaciteiten).
 *
 * <p>Start from {@link #full()} and switch off what your adapter does not offer, with a reason that
 * appears in the skip message:
 *
 * <pre>{@code
 * @Override
 * protected Capabilities capabilities() {
 *   return Capabilities.full().withoutConcurrentWriters("SQLite file store: one writer process");
 * }
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/KitSnippets.java}.
 *
 * <p>Only switch a capability off when the adapter documents the limitation to its users; a skipped
 * rule is a rule the kit has not checked. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Capabilities {

  private static final Capabilities FULL = new Capabilities(true, "", true, "", true, "");

  private final boolean concurrentWriters;
  private final String concurrentWritersReason;
  private final boolean multipleNetworks;
  private final String multipleNetworksReason;
  private final boolean keyedSeal;
  private final String keyedSealReason;

  private Capabilities(
      boolean concurrentWriters,
      String concurrentWritersReason,
      boolean multipleNetworks,
      String multipleNetworksReason,
      boolean keyedSeal,
      String keyedSealReason) {
    this.concurrentWriters = concurrentWriters;
    this.concurrentWritersReason = concurrentWritersReason;
    this.multipleNetworks = multipleNetworks;
    this.multipleNetworksReason = multipleNetworksReason;
    this.keyedSeal = keyedSeal;
    this.keyedSealReason = keyedSealReason;
  }

  /**
   * Every capability on: the adapter is checked against every rule.
   *
   * @return the full capabilities
   * @since 0.1
   */
  public static Capabilities full() {
    return FULL;
  }

  /**
   * Whether the adapter may be written by many threads (and processes) at once; when off, the kit
   * skips the tests of rules A7 (racing appenders), L1 and L7 (concurrent audit appends) and V1
   * (concurrent puts).
   *
   * @return true when concurrent writers are supported
   * @since 0.1
   */
  public boolean supportsConcurrentWriters() {
    return concurrentWriters;
  }

  /**
   * Whether one adapter instance holds the data of several networks; when off, the kit skips the
   * tests that use a second network (rules A3, R4 exclusion of other networks, V2 per-network keys,
   * L7 a chain per network).
   *
   * @return true when several networks share one store
   * @since 0.1
   */
  public boolean supportsMultipleNetworks() {
    return multipleNetworks;
  }

  /**
   * Whether the audit log can be created with a keyed seal ({@link
   * nl.lon.persistence.audit.AuditSeal#hmacSha256(byte[])}); when off, the kit skips the tests of
   * rule L9.
   *
   * @return true when a keyed audit log is supported
   * @since 0.1
   */
  public boolean supportsKeyedSeal() {
    return keyedSeal;
  }

  /**
   * These capabilities without concurrent writers.
   *
   * @param reason why the adapter does not support them, shown in every skip message
   * @return the changed capabilities
   * @since 0.1
   */
  public Capabilities withoutConcurrentWriters(String reason) {
    return new Capabilities(
        false,
        reason(reason),
        multipleNetworks,
        multipleNetworksReason,
        keyedSeal,
        keyedSealReason);
  }

  /**
   * These capabilities without several networks per store.
   *
   * @param reason why the adapter does not support them, shown in every skip message
   * @return the changed capabilities
   * @since 0.1
   */
  public Capabilities withoutMultipleNetworks(String reason) {
    return new Capabilities(
        concurrentWriters,
        concurrentWritersReason,
        false,
        reason(reason),
        keyedSeal,
        keyedSealReason);
  }

  /**
   * These capabilities without a keyed audit seal.
   *
   * @param reason why the adapter does not support it, shown in every skip message
   * @return the changed capabilities
   * @since 0.1
   */
  public Capabilities withoutKeyedSeal(String reason) {
    return new Capabilities(
        concurrentWriters,
        concurrentWritersReason,
        multipleNetworks,
        multipleNetworksReason,
        false,
        reason(reason));
  }

  /** The skip message for a rule that needs concurrent writers. */
  String concurrentWritersSkip(String rule) {
    return "skipped "
        + rule
        + ": capability concurrentWriters is off ("
        + concurrentWritersReason
        + "), so the kit does not check this rule";
  }

  /** The skip message for a rule that needs several networks. */
  String multipleNetworksSkip(String rule) {
    return "skipped "
        + rule
        + ": capability multipleNetworks is off ("
        + multipleNetworksReason
        + "), so the kit does not check this rule";
  }

  /** The skip message for a rule that needs a keyed seal. */
  String keyedSealSkip(String rule) {
    return "skipped "
        + rule
        + ": capability keyedSeal is off ("
        + keyedSealReason
        + "), so the kit does not check this rule";
  }

  private static String reason(String reason) {
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException(
          "give the reason a capability is off; it is shown in the skip");
    }
    return reason;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Capabilities)) {
      return false;
    }
    Capabilities c = (Capabilities) o;
    return concurrentWriters == c.concurrentWriters
        && multipleNetworks == c.multipleNetworks
        && keyedSeal == c.keyedSeal
        && concurrentWritersReason.equals(c.concurrentWritersReason)
        && multipleNetworksReason.equals(c.multipleNetworksReason)
        && keyedSealReason.equals(c.keyedSealReason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        concurrentWriters,
        concurrentWritersReason,
        multipleNetworks,
        multipleNetworksReason,
        keyedSeal,
        keyedSealReason);
  }

  @Override
  public String toString() {
    return "Capabilities{concurrentWriters="
        + concurrentWriters
        + ", multipleNetworks="
        + multipleNetworks
        + ", keyedSeal="
        + keyedSeal
        + "}";
  }
}
