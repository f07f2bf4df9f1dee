package nl.lon.testkit.conformance;

import java.util.List;

/**
 * Every numbered rule of the persistence contracts, and how this kit checks it (regels van de
 * conformiteitstest).
 *
 * <p>The rules are stated in the Javadoc of {@link nl.lon.persistence.event.EventStore} (A, R),
 * {@link nl.lon.persistence.audit.AuditLog} (L), {@link nl.lon.persistence.vault.PersonalDataVault}
 * (V), {@link nl.lon.persistence.directory.Directory} (D), {@link nl.lon.persistence.store.Stores}
 * (U) and {@link nl.lon.persistence.index.InvolvementIndex} (I). Each kit test is named after its
 * rule ({@code a4_...}), and its assertion messages start with the rule ({@code "A4: ..."}). A rule
 * the kit cannot check from inside one JVM is {@link Coverage#UNTESTED}; it still appears in the
 * report, as a skipped test named {@code <rule>_untested_...} that gives the reason. A rule whose
 * defects a test finds only with a probability (races, concurrent readers) is {@link
 * Coverage#PROBABILISTIC}: a pass is strong evidence, not proof. Every such test carries {@code
 * stochastic} in its name ({@code a7_stochastic_...}) and is listed in {@link
 * #getProbabilisticTests()}, also for a rule that other tests check deterministically. The kit's
 * own test keeps this list, the SPI's Javadoc and the kit's test names in step, and its self-tests
 * run every checked rule against an adapter broken in exactly that rule.
 *
 * @since 0.2
 */
public enum KitRule {
  /** Append arguments are checked before the store is read. */
  A1(Coverage.TESTED, List.of()),
  /** Idempotency keys: a repeat is answered, another batch under the key refused. */
  A2(Coverage.TESTED, List.of()),
  /** A stream belongs to the network of its first append. */
  A3(Coverage.TESTED, List.of()),
  /** Optimistic concurrency on the expected version. */
  A4(Coverage.TESTED, List.of()),
  /** A batch is written atomically; no reader sees part of it. */
  A5(Coverage.PROBABILISTIC, List.of("a5_stochastic_concurrentReaders_neverSeePartOfABatch")),
  /** Positions strictly increase across all appends. */
  A6(Coverage.TESTED, List.of()),
  /** Linearizable appends: one winner per version, no lost update. */
  A7(
      Coverage.PROBABILISTIC,
      List.of(
          "a7_stochastic_racingAppendersAtOneVersion_exactlyOneWinsEachRound",
          "a7_stochastic_retryingAppenders_loseNoUpdate",
          "a7_stochastic_appendsToDifferentStreams_doNotConflict")),
  /**
   * An I/O failure leaves the whole batch or none of it: not checked for the bare event store; the
   * same property of a whole command is rule U4, checked by fault injection.
   */
  A8(Coverage.UNTESTED, List.of()),
  /** Events are never changed, reordered or removed by the port. */
  A9(Coverage.TESTED, List.of()),
  /** A stream reads back whole, in order. */
  R1(Coverage.TESTED, List.of()),
  /** A stream reads from a sequence on. */
  R2(Coverage.TESTED, List.of()),
  /** The version of an unknown stream is 0. */
  R3(Coverage.TESTED, List.of()),
  /**
   * A network reads in position order, and a seen position is never followed by a lower one:
   * checked deterministically, and by a follower racing concurrent writers.
   */
  R4(Coverage.TESTED, List.of("r4_stochastic_followerDuringConcurrentAppends_missesNoEvent")),
  /** The streams of a network are listed. */
  R5(Coverage.TESTED, List.of()),
  /** Audit records get the next sequence of their chain and chain hashes. */
  L1(Coverage.PROBABILISTIC, List.of("l1_stochastic_concurrentAppends_neverForkTheChain")),
  /** The audit log is append-only. */
  L2(Coverage.TESTED, List.of()),
  /** Audit reads return snapshots in sequence order. */
  L3(Coverage.TESTED, List.of()),
  /** Verification covers every stored row. */
  L4(Coverage.TESTED, List.of()),
  /** Retention: purging is an operator's action outside the port, so the kit cannot see it. */
  L5(Coverage.UNTESTED, List.of()),
  /**
   * Records hold no case content: the kit cannot tell content from a purpose text; the case
   * service's hostile-input tests check that content never reaches a record.
   */
  L6(Coverage.UNTESTED, List.of()),
  /** One chain per network. */
  L7(
      Coverage.PROBABILISTIC,
      List.of("l7_stochastic_concurrentAppendsInTwoNetworks_keepBothChainsIntact")),
  /** Checkpoints reveal truncation, a wipe and a rewrite before them. */
  L8(Coverage.TESTED, List.of()),
  /** A keyed seal reveals a recomputed rewrite without a checkpoint. */
  L9(Coverage.TESTED, List.of()),
  /** A put stores the data atomically under its case, and no other. */
  V1(Coverage.PROBABILISTIC, List.of("v1_stochastic_concurrentPutsAndGets_seeWholeValues")),
  /** A get returns the data last put under its key: never another case's or network's. */
  V2(Coverage.TESTED, List.of()),
  /** An erasure removes the client's data of every case in the network. */
  V3(Coverage.TESTED, List.of()),
  /** The vault never touches events or audit records. */
  V4(Coverage.TESTED, List.of()),
  /** A put stores a value under its id, replacing an earlier one. */
  D1(Coverage.TESTED, List.of()),
  /** A lookup returns the value last put, or empty. */
  D2(Coverage.TESTED, List.of()),
  /** Lists are snapshots ordered by id. */
  D3(Coverage.TESTED, List.of()),
  /** The directory does not check references between values. */
  D4(Coverage.TESTED, List.of()),
  /** A unit of work is all or nothing. */
  U1(Coverage.TESTED, List.of()),
  /** A refused append writes nothing, not even the audit record. */
  U2(Coverage.TESTED, List.of()),
  /** A repeat is answered and its record marked; another batch under the key refused. */
  U3(Coverage.TESTED, List.of()),
  /** A commit failing at any step leaves nothing (fault injection, when the adapter offers it). */
  U4(Coverage.TESTED, List.of()),
  /**
   * Durability across a crash of the process: cannot be checked inside one JVM; the JDBC adapter's
   * crash cycles kill a writing process and check it.
   */
  U5(Coverage.UNTESTED, List.of()),
  /** One registration per client pseudonym, network and organisation; a repeat refreshes it. */
  I1(Coverage.TESTED, List.of()),
  /** Matches are symmetric, never the caller's own, and only for a registered caller. */
  I2(Coverage.TESTED, List.of()),
  /** Expiry removes exactly a network's registrations inactive before a day. */
  I3(Coverage.TESTED, List.of()),
  /** A withdrawal removes one registration. */
  I4(Coverage.TESTED, List.of()),
  /**
   * The index stores no reason or case content: the port's values have no place for it, so the kit
   * cannot see it; the JDBC adapter's test checks its table's columns.
   */
  I5(Coverage.UNTESTED, List.of());

  /** How the kit checks a rule. */
  public enum Coverage {
    /** Checked deterministically: a store that breaks the rule fails a test. */
    TESTED,
    /** Checked by tests that find a broken store with high probability, not certainty. */
    PROBABILISTIC,
    /** Not checked by the kit; reported as a skipped {@code <rule>_untested_...} test. */
    UNTESTED
  }

  private final Coverage coverage;
  private final List<String> probabilisticTests;

  KitRule(Coverage coverage, List<String> probabilisticTests) {
    this.coverage = coverage;
    this.probabilisticTests = probabilisticTests;
  }

  /**
   * How the kit checks this rule.
   *
   * @return the coverage
   */
  public Coverage getCoverage() {
    return coverage;
  }

  /**
   * The names of this rule's tests that find a broken store only with a probability; each carries
   * {@code stochastic} in its name.
   *
   * @return the test method names; empty when every test of the rule is deterministic, and for an
   *     untested rule
   */
  public List<String> getProbabilisticTests() {
    return probabilisticTests;
  }
}
