package nl.lon.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.persistence.audit.AccessChecks;
import nl.lon.persistence.audit.AuditAction;
import nl.lon.persistence.audit.AuditChain;
import nl.lon.persistence.audit.AuditCheckpoint;
import nl.lon.persistence.audit.AuditEntry;
import nl.lon.persistence.audit.AuditLog;
import nl.lon.persistence.audit.AuditOutcome;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.audit.AuditSeal;
import nl.lon.persistence.audit.AuditVerification;
import nl.lon.persistence.audit.DataCategory;
import nl.lon.testkit.conformance.AuditTampering;
import nl.lon.testkit.sample.SampleAuditEntries;
import org.junit.jupiter.api.Test;

/**
 * The tampering matrix: every kind of tampering an intruder with access to the storage can do, each
 * on a chain of its own (40 records) next to an untouched chain, each required to be found by
 * {@link AuditLog#verify(AuditCheckpoint)} against a checkpoint taken before the tampering. With
 * the keyed seal, every rewrite with recomputed SHA-256 hashes must also be found by {@link
 * AuditLog#verify(NetworkId)} alone. Prints one line per store and seal: kinds tried, found against
 * the checkpoint, found without it.
 */
abstract class AbstractAuditTamperingMatrix {

  static final int RECORDS = 40;
  static final long MIDDLE = 17;
  static final byte[] KEY =
      "matrix-key-0123456789-abcdefghijk".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  /** A log on empty storage with the seal. */
  abstract AuditLog createLog(AuditSeal seal);

  /** Tampering with the log's storage. */
  abstract AuditTampering tampering(AuditLog log);

  /** The store's name in the summary. */
  abstract String storeName();

  /** Kinds only this store can do (for example raw SQL); none unless overridden. */
  List<Kind> storeKinds() {
    return List.of();
  }

  /** What a kind of tampering works on: the log, its storage and the chain before tampering. */
  record Target(AuditLog log, AuditTampering t, NetworkId network, List<AuditRecord> chain) {
    AuditRecord record(long sequence) {
      return chain.get((int) sequence - 1);
    }

    void overwrite(long sequence, java.util.function.UnaryOperator<ImmutableRecordBuilder> change) {
      t.overwrite(change.apply(new ImmutableRecordBuilder(record(sequence))).build());
    }

    /** Rewrites from a sequence on with recomputed SHA-256 hashes, and moves the head. */
    void rewrite(long fromSequence, java.util.function.UnaryOperator<AuditEntry> change) {
      List<AuditRecord> forged = AuditTampering.rewritten(chain, fromSequence, change);
      for (int i = (int) fromSequence - 1; i < forged.size(); i++) {
        t.overwrite(forged.get(i));
      }
      AuditRecord last = forged.get(forged.size() - 1);
      t.moveHead(network, last.getSequence(), last.getHash());
    }
  }

  /** A record builder started from a stored record, so kinds read as one line each. */
  static final class ImmutableRecordBuilder {
    final nl.lon.persistence.audit.AuditRecord.Builder b;
    final AuditRecord original;

    ImmutableRecordBuilder(AuditRecord r) {
      this.original = r;
      this.b = AuditRecord.builder().from(r);
    }

    ImmutableRecordBuilder with(
        java.util.function.Consumer<nl.lon.persistence.audit.AuditRecord.Builder> c) {
      c.accept(b);
      return this;
    }

    AuditRecord build() {
      return b.build();
    }
  }

  /**
   * One kind of tampering. {@code rewrite}: hashes recomputed, so only a key or a checkpoint shows
   * it.
   */
  record Kind(String name, java.util.function.Consumer<Target> tamper, boolean rewrite) {}

  /** 64 hexadecimal digits that are no record's hash. */
  private static String randomHash() {
    return AuditChain.hash(AuditChain.GENESIS_HASH, UUID.randomUUID().toString());
  }

  private static AccessChecks checks(
      AuditRecord r,
      java.util.function.UnaryOperator<nl.lon.persistence.audit.AccessChecks.Builder> c) {
    return c.apply(AccessChecks.builder().from(r.getChecks())).build();
  }

  /** Every kind that works through the kit's tampering primitives, on every store. */
  static List<Kind> commonKinds() {
    List<Kind> k = new ArrayList<>();
    // one fact of the middle record changed, hashes kept
    k.add(
        new Kind(
            "change eventId",
            t -> t.overwrite(MIDDLE, r -> r.with(b -> b.eventId(UUID.randomUUID().toString()))),
            false));
    k.add(
        new Kind(
            "change occurredAt",
            t ->
                t.overwrite(
                    MIDDLE,
                    r -> r.with(b -> b.occurredAt(r.original.getOccurredAt().plusSeconds(1)))),
            false));
    k.add(
        new Kind(
            "change actor",
            t -> t.overwrite(MIDDLE, r -> r.with(b -> b.actor(ProfessionalId.of("p-intruder")))),
            false));
    k.add(
        new Kind(
            "change actorOrganisation",
            t ->
                t.overwrite(
                    MIDDLE,
                    r ->
                        r.with(
                            b ->
                                b.actorOrganisation(
                                    r.original.getActorOrganisation().isPresent()
                                        ? Optional.empty()
                                        : Optional.of(OrganisationId.of("ggd"))))),
            false));
    k.add(
        new Kind(
            "change onBehalfOf",
            t -> t.overwrite(MIDDLE, r -> r.with(b -> b.onBehalfOf("SOMEONE_ELSE"))),
            false));
    k.add(
        new Kind(
            "change client",
            t -> t.overwrite(MIDDLE, r -> r.with(b -> b.client(ClientNumber.of("C-other")))),
            false));
    k.add(
        new Kind(
            "change caseId",
            t -> t.overwrite(MIDDLE, r -> r.with(b -> b.caseId(CaseId.of("other-case")))),
            false));
    k.add(
        new Kind(
            "change action",
            t ->
                t.overwrite(
                    MIDDLE,
                    r ->
                        r.with(
                            b ->
                                b.action(
                                    AuditAction.values()[
                                        (r.original.getAction().ordinal() + 1)
                                            % AuditAction.values().length]))),
            false));
    k.add(
        new Kind(
            "change operation",
            t -> t.overwrite(MIDDLE, r -> r.with(b -> b.operation("read-forged"))),
            false));
    k.add(
        new Kind(
            "change dataCategories",
            t -> t.overwrite(MIDDLE, r -> r.with(b -> b.addDataCategories(DataCategory.MINUTES))),
            false));
    k.add(
        new Kind(
            "change purpose",
            t -> t.overwrite(MIDDLE, r -> r.with(b -> b.purpose("curiosity"))),
            false));
    k.add(
        new Kind(
            "change emergency override and reason",
            t ->
                t.overwrite(
                    MIDDLE,
                    r ->
                        r.with(
                            b -> {
                              boolean on = !r.original.getChecks().isEmergencyOverride();
                              b.checks(checks(r.original, c -> c.emergencyOverride(on)));
                              b.emergencyReason(on ? Optional.of("made up") : Optional.empty());
                            })),
            false));
    k.add(
        new Kind(
            "change authorised",
            t ->
                t.overwrite(
                    MIDDLE,
                    r ->
                        r.with(
                            b ->
                                b.checks(
                                    checks(
                                        r.original,
                                        c ->
                                            c.authorised(
                                                !r.original.getChecks().isAuthorised()))))),
            false));
    k.add(
        new Kind(
            "change legalBasis",
            t ->
                t.overwrite(
                    MIDDLE,
                    r ->
                        r.with(
                            b -> b.checks(checks(r.original, c -> c.legalBasis("forged basis"))))),
            false));
    k.add(
        new Kind(
            "change outcome",
            t ->
                t.overwrite(
                    MIDDLE,
                    r ->
                        r.with(
                            b ->
                                b.checks(
                                    checks(
                                        r.original,
                                        c ->
                                            c.outcome(
                                                r.original.getOutcome() == AuditOutcome.ALLOWED
                                                    ? AuditOutcome.DENIED
                                                    : AuditOutcome.ALLOWED))))),
            false));
    k.add(
        new Kind(
            "change ruleIds",
            t -> t.overwrite(MIDDLE, r -> r.with(b -> b.addRuleIds("forged.rule"))),
            false));
    k.add(
        new Kind(
            "change details",
            t -> t.overwrite(MIDDLE, r -> r.with(b -> b.putDetails("forged", "1"))),
            false));
    k.add(
        new Kind(
            "change previous hash only",
            t -> t.overwrite(MIDDLE, r -> r.with(b -> b.previousHash(randomHash()))),
            false));
    k.add(
        new Kind(
            "change own hash only",
            t -> t.overwrite(MIDDLE, r -> r.with(b -> b.hash(randomHash()))),
            false));
    // rows removed, moved, copied, added
    k.add(new Kind("delete first row", t -> t.t().remove(t.network(), 1), false));
    k.add(new Kind("delete middle row", t -> t.t().remove(t.network(), MIDDLE), false));
    k.add(new Kind("delete last row", t -> t.t().remove(t.network(), RECORDS), false));
    k.add(new Kind("reorder two rows", t -> t.t().swap(t.network(), MIDDLE, MIDDLE + 1), false));
    k.add(new Kind("reorder first and last rows", t -> t.t().swap(t.network(), 1, RECORDS), false));
    k.add(new Kind("duplicate a row", t -> t.t().insertAfterLast(t.record(MIDDLE)), false));
    k.add(
        new Kind(
            "insert a linked row beyond the head",
            t ->
                t.t()
                    .insertAfterLast(
                        AuditChain.link(
                            RECORDS + 1,
                            t.record(RECORDS).getHash(),
                            SampleAuditEntries.entry(
                                999,
                                SampleAuditEntries.CASE,
                                SampleAuditEntries.CLIENT,
                                t.network()))),
            false));
    k.add(
        new Kind(
            "move the head back one record",
            t -> t.t().moveHead(t.network(), RECORDS - 1, t.record(RECORDS - 1).getHash()),
            false));
    k.add(
        new Kind(
            "move the head forward",
            t -> t.t().moveHead(t.network(), RECORDS + 1, randomHash()),
            false));
    k.add(
        new Kind(
            "replace the last row with a valid hash, head kept",
            t ->
                t.t()
                    .overwrite(
                        AuditChain.link(
                            RECORDS,
                            t.record(RECORDS - 1).getHash(),
                            AuditTampering.altered(t.record(RECORDS)).toEntry())),
            false));
    // consistent-looking states: only a checkpoint (or a key) shows them
    k.add(
        new Kind(
            "truncate the last 10 rows and move the head back",
            t -> {
              for (long s = RECORDS; s > RECORDS - 10; s--) {
                t.t().remove(t.network(), s);
              }
              t.t().moveHead(t.network(), RECORDS - 10, t.record(RECORDS - 10).getHash());
            },
            true));
    k.add(
        new Kind(
            "wipe every row and reset the head",
            t -> {
              for (long s = RECORDS; s >= 1; s--) {
                t.t().remove(t.network(), s);
              }
              t.t().moveHead(t.network(), 0, AuditChain.GENESIS_HASH);
            },
            true));
    k.add(
        new Kind(
            "wipe every row, head kept",
            t -> {
              for (long s = RECORDS; s >= 1; s--) {
                t.t().remove(t.network(), s);
              }
            },
            false));
    k.add(
        new Kind(
            "rewrite the middle record, recompute SHA-256 hashes to the end, move the head",
            t -> t.rewrite(MIDDLE, e -> AuditEntry.builder().from(e).purpose("rewritten").build()),
            true));
    k.add(
        new Kind(
            "rewrite the first record, recompute every hash, move the head",
            t ->
                t.rewrite(
                    1,
                    e ->
                        AuditEntry.builder()
                            .from(e)
                            .actor(ProfessionalId.of("p-intruder"))
                            .build()),
            true));
    k.add(
        new Kind(
            "rewrite the last record, recompute its hash, move the head",
            t ->
                t.rewrite(
                    RECORDS,
                    e -> AuditEntry.builder().from(e).client(ClientNumber.of("C-other")).build()),
            true));
    k.add(
        new Kind(
            "delete the middle record and re-link the rest with recomputed hashes",
            t -> {
              List<AuditRecord> kept = new ArrayList<>();
              String previous = AuditChain.GENESIS_HASH;
              for (AuditRecord r : t.chain()) {
                if (r.getSequence() == MIDDLE) {
                  continue;
                }
                AuditRecord relinked = AuditChain.link(kept.size() + 1, previous, r.toEntry());
                kept.add(relinked);
                previous = relinked.getHash();
              }
              t.t().remove(t.network(), RECORDS);
              for (AuditRecord r : kept) {
                t.t().overwrite(r);
              }
              t.t().moveHead(t.network(), kept.size(), previous);
            },
            true));
    return k;
  }

  @Test
  void matrix_sha256_everyKindFoundAgainstACheckpoint() {
    run(AuditSeal.sha256());
  }

  @Test
  void matrix_keyedSeal_everyKindFoundAgainstACheckpoint_andEveryRewriteWithoutOne() {
    run(AuditSeal.hmacSha256(KEY));
  }

  private void run(AuditSeal seal) {
    AuditLog log = createLog(seal);
    AuditTampering t = tampering(log);
    NetworkId untouched = NetworkId.of("matrix-untouched");
    for (int i = 1; i <= 10; i++) {
      log.append(
          SampleAuditEntries.entry(
              i, SampleAuditEntries.CASE, SampleAuditEntries.CLIENT, untouched));
    }
    AuditCheckpoint untouchedCheckpoint = log.checkpoint(untouched);
    List<Kind> kinds = new ArrayList<>(commonKinds());
    kinds.addAll(storeKinds());
    int found = 0;
    int foundWithoutCheckpoint = 0;
    int rewrites = 0;
    int rewritesFoundWithoutCheckpoint = 0;
    List<String> missed = new ArrayList<>();
    for (int k = 0; k < kinds.size(); k++) {
      Kind kind = kinds.get(k);
      NetworkId n = NetworkId.of("matrix-" + k);
      for (int i = 1; i <= RECORDS; i++) {
        log.append(
            SampleAuditEntries.entry(i, SampleAuditEntries.CASE, SampleAuditEntries.CLIENT, n));
      }
      AuditCheckpoint cp = log.checkpoint(n);
      assertEquals(AuditVerification.ok(RECORDS), log.verify(cp), kind.name() + ": intact before");
      kind.tamper().accept(new Target(log, t, n, log.read(n, 1, RECORDS)));
      AuditVerification against = log.verify(cp);
      AuditVerification alone = log.verify(n);
      if (!against.isOk()) {
        found++;
      } else {
        missed.add(kind.name());
      }
      if (!alone.isOk()) {
        foundWithoutCheckpoint++;
      }
      if (kind.rewrite()) {
        rewrites++;
        if (!alone.isOk()) {
          rewritesFoundWithoutCheckpoint++;
        }
      }
      assertTrue(
          !against.isOk(),
          storeName()
              + " "
              + seal.getAlgorithm()
              + ": '"
              + kind.name()
              + "' was not found against the checkpoint");
      assertTrue(
          alone.isOk() || !against.isOk(), "what verify alone finds, the checkpoint finds too");
      assertEquals(
          AuditVerification.ok(10),
          log.verify(untouchedCheckpoint),
          kind.name() + ": tampering with one chain must leave another intact");
    }
    System.out.println(
        "Tampering matrix ["
            + storeName()
            + ", "
            + seal.getAlgorithm()
            + "]: "
            + kinds.size()
            + " kinds tried, "
            + found
            + " detected against a checkpoint taken before, "
            + foundWithoutCheckpoint
            + " also without a checkpoint ("
            + rewritesFoundWithoutCheckpoint
            + " of "
            + rewrites
            + " consistent-looking rewrites, truncations and wipes)"
            + (missed.isEmpty() ? "" : "; MISSED " + missed));
    assertTrue(kinds.size() >= 20, "at least 20 kinds");
    if (seal.isKeyed()) {
      // a rewrite with recomputed hashes leaves records; the key shows them. Truncation and wipe
      // leave nothing to check: only the checkpoint shows them.
      assertEquals(
          rewrites - 2,
          rewritesFoundWithoutCheckpoint,
          storeName()
              + ": with the keyed seal every rewrite with recomputed SHA-256 hashes is found without a checkpoint");
    } else {
      assertEquals(
          0,
          rewritesFoundWithoutCheckpoint,
          storeName()
              + ": with plain SHA-256 a consistent rewrite is invisible without a checkpoint"
              + " (this pins what the checkpoint is for)");
    }
    assertEquals(
        kinds.size() - rewrites,
        foundWithoutCheckpoint - rewritesFoundWithoutCheckpoint,
        storeName() + ": every inconsistent tampering is found by verify alone");
  }
}
