package nl.lon.persistence.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.persistence.audit.AuditVerification.Problem;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AuditChainTest {

  static AccessChecks allowed() {
    return AccessChecks.builder()
        .authorised(true)
        .relationshipToCase(true)
        .consentOrLegalBasis(true)
        .emergencyOverride(false)
        .outcome(AuditOutcome.ALLOWED)
        .build();
  }

  static AuditEntry entry(int i) {
    return AuditEntry.builder()
        .eventId(String.format("00000000-0000-4000-8000-%012d", i))
        .occurredAt(Instant.parse("2026-03-02T09:15:00.750Z").plusSeconds(i))
        .actor(ProfessionalId.of("p-jansen"))
        .actorOrganisation(OrganisationId.of("ggd"))
        .onBehalfOf("TRAJECTORY_DIRECTOR")
        .client(ClientNumber.of("C-1"))
        .caseId(CaseId.of("c-" + (i % 2)))
        .network(NetworkId.of("n1"))
        .action(AuditAction.READ)
        .operation("read-timeline")
        .addDataCategories(DataCategory.SCAN, DataCategory.CASE_EVENTS)
        .purpose("prepare case conference")
        .checks(allowed())
        .build();
  }

  static List<AuditRecord> chain(int size) {
    List<AuditRecord> records = new ArrayList<>();
    String previous = AuditChain.GENESIS_HASH;
    for (int i = 1; i <= size; i++) {
      AuditRecord r = AuditChain.link(i, previous, entry(i));
      records.add(r);
      previous = r.getHash();
    }
    return records;
  }

  @Nested
  class CanonicalText {

    @Test
    void canonicalText_isExactlyTheDocumentedFormat() {
      AuditEntry e =
          AuditEntry.builder()
              .from(entry(1))
              .onBehalfOf("role\\ with\nnew line\t")
              .emergencyReason("crisis")
              .checks(
                  AccessChecks.builder()
                      .from(allowed())
                      .relationshipToCase(false)
                      .emergencyOverride(true)
                      .legalBasis("Wvggz art. 5:1")
                      .build())
              .build();
      assertEquals(
          "lon-audit-v2\n"
              + "sequence=7\n"
              + "eventId=00000000-0000-4000-8000-000000000001\n"
              + "occurredAt=2026-03-02T09:15:01Z\n"
              + "actor=p-jansen\n"
              + "actorOrganisation=ggd\n"
              + "onBehalfOf=role\\\\ with\\nnew line\t\n"
              + "client=C-1\n"
              + "caseId=c-1\n"
              + "network=n1\n"
              + "action=READ\n"
              + "operation=read-timeline\n"
              + "dataCategories=CASE_EVENTS,SCAN\n"
              + "purpose=prepare case conference\n"
              + "emergencyReason=crisis\n"
              + "authorised=true\n"
              + "relationshipToCase=false\n"
              + "consentOrLegalBasis=true\n"
              + "emergencyOverride=true\n"
              + "legalBasis=Wvggz art. 5:1\n"
              + "outcome=ALLOWED\n"
              + "ruleIds=\n"
              + "details=\n",
          AuditChain.canonicalText(7, e));
    }

    @Test
    void canonicalText_ruleIdsAndDetails_areSortedJoinedAndEscaped() {
      AuditEntry e =
          AuditEntry.builder()
              .from(entry(1))
              .checks(AccessChecks.builder().from(allowed()).outcome(AuditOutcome.REFUSED).build())
              .addRuleIds("close.evaluation-required", "access.other-network")
              .putDetails("suppressionThreshold", "5")
              .putDetails("businessDate", "2027-04-22")
              .putDetails("note", "a;b=c\\d")
              .build();
      String text = AuditChain.canonicalText(1, e);
      assertTrue(
          text.endsWith(
              "\noutcome=REFUSED\n"
                  + "ruleIds=access.other-network,close.evaluation-required\n"
                  + "details=businessDate=2027-04-22;note=a\\;b\\=c\\\\d;suppressionThreshold=5\n"),
          text);
      assertEquals(23, text.split("\n", -1).length - 1, "23 lines");
      assertEquals(PINNED_RICH_HASH, AuditChain.link(1, AuditChain.GENESIS_HASH, e).getHash());
    }

    @Test
    void canonicalText_absentActorOrganisation_isEmpty() {
      AuditEntry e =
          AuditEntry.builder().from(entry(1)).actorOrganisation(Optional.empty()).build();
      assertTrue(AuditChain.canonicalText(1, e).contains("\nactorOrganisation=\nonBehalfOf="));
    }

    @Test
    void canonicalText_absentOptionals_areEmpty() {
      AuditEntry e =
          AuditEntry.builder()
              .from(entry(1))
              .client(java.util.Optional.empty())
              .caseId(java.util.Optional.empty())
              .build();
      String text = AuditChain.canonicalText(1, e);
      assertTrue(text.contains("\nclient=\ncaseId=\n"), text);
      assertTrue(text.contains("\nemergencyReason=\n"), text);
      assertTrue(text.contains("\nlegalBasis=\n"), text);
    }

    @Test
    void hash_isSha256HexOfPreviousHashAndText() throws Exception {
      String text = AuditChain.canonicalText(1, entry(1));
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((AuditChain.GENESIS_HASH + text).getBytes(StandardCharsets.UTF_8));
      assertEquals(
          HexFormat.of().formatHex(digest), AuditChain.hash(AuditChain.GENESIS_HASH, text));
    }

    @Test
    void hash_ofFirstSampleRecord_isPinned() {
      // pins the whole computation: a change here breaks every stored audit log
      assertEquals(
          AuditChain.hash(AuditChain.GENESIS_HASH, AuditChain.canonicalText(1, entry(1))),
          chain(1).get(0).getHash());
      assertEquals(PINNED_FIRST_HASH, chain(1).get(0).getHash());
    }

    @Test
    void genesisHash_is64Zeros() {
      assertEquals("0".repeat(64), AuditChain.GENESIS_HASH);
    }
  }

  /**
   * Computed independently (Python's hashlib) from the documented canonical text of entry(1),
   * format lon-audit-v2.
   */
  static final String PINNED_FIRST_HASH =
      "87fa0efbb1218b96e4d9d73b7cd8b73ee52753f82459da2f6b8c59c71c7d8d8c";

  /** Python's hmac with SHA-256 under the key 0x00..0x1f over the same text. */
  static final String PINNED_FIRST_HMAC =
      "bb3724e82c100017481f0158e53dd423b94b0a1590051e956ae645414cda9067";

  /** Entry(1) refused, with rule ids and details (see the rule-ids test), computed in Python. */
  static final String PINNED_RICH_HASH =
      "49a9859438ee742b01d5dbb42de3562ba075f51a6b0554c0efe55a214374e700";

  @Nested
  class Entries {

    @Test
    void occurredAt_isTruncatedToSeconds() {
      assertEquals(Instant.parse("2026-03-02T09:15:01Z"), entry(1).getOccurredAt());
      assertEquals(Instant.parse("2026-03-02T09:15:01Z"), chain(1).get(0).getOccurredAt());
    }

    @Test
    void toEntry_returnsTheFacts() {
      assertEquals(entry(3), chain(3).get(2).toEntry());
    }

    @Test
    void emergencyOverrideWithoutReason_isRejected() {
      InvalidValueException e =
          assertThrows(
              InvalidValueException.class,
              () ->
                  AuditEntry.builder()
                      .from(entry(1))
                      .checks(
                          AccessChecks.builder().from(allowed()).emergencyOverride(true).build())
                      .build());
      assertEquals("reason-for-override", e.getRule());
    }

    @Test
    void malformedFields_areRejected() {
      assertEquals(
          "uuid",
          assertThrows(
                  InvalidValueException.class,
                  () -> AuditEntry.builder().from(entry(1)).eventId("not-a-uuid").build())
              .getRule());
      assertEquals(
          "operation-code",
          assertThrows(
                  InvalidValueException.class,
                  () -> AuditEntry.builder().from(entry(1)).operation("Read Timeline").build())
              .getRule());
      assertEquals(
          "not-empty",
          assertThrows(
                  InvalidValueException.class,
                  () -> AuditEntry.builder().from(entry(1)).dataCategories(List.of()).build())
              .getRule());
    }
  }

  @Nested
  class Verify {

    @Test
    void verify_intactChain_isOk() {
      AuditVerification v = AuditChain.verify(chain(5));
      assertTrue(v.isOk());
      assertEquals(5, v.getRecordsChecked());
      assertEquals(OptionalLong.empty(), v.getBrokenSequence());
    }

    @Test
    void verify_emptyChain_isOk() {
      assertTrue(AuditChain.verify(List.of()).isOk());
    }

    @Test
    void verify_alteredRecord_reportsAlteredAtItsSequence() {
      List<AuditRecord> records = new ArrayList<>(chain(5));
      records.set(2, AuditRecord.builder().from(records.get(2)).purpose("curiosity").build());
      AuditVerification v = AuditChain.verify(records);
      assertEquals(Problem.ALTERED, v.getProblem().orElseThrow());
      assertEquals(3, v.getBrokenSequence().getAsLong());
      assertEquals(2, v.getRecordsChecked());
    }

    @Test
    void verify_alteredAndRehashedRecord_reportsBrokenLinkAtNext() {
      List<AuditRecord> records = new ArrayList<>(chain(5));
      AuditRecord original = records.get(2);
      AuditEntry forged =
          AuditEntry.builder().from(original.toEntry()).purpose("curiosity").build();
      records.set(2, AuditChain.link(3, original.getPreviousHash(), forged));
      AuditVerification v = AuditChain.verify(records);
      assertEquals(Problem.BROKEN_LINK, v.getProblem().orElseThrow());
      assertEquals(4, v.getBrokenSequence().getAsLong());
    }

    @Test
    void verify_removedRecord_reportsMissing() {
      List<AuditRecord> records = new ArrayList<>(chain(5));
      records.remove(2);
      AuditVerification v = AuditChain.verify(records);
      assertEquals(Problem.MISSING, v.getProblem().orElseThrow());
      assertEquals(3, v.getBrokenSequence().getAsLong());
      assertTrue(v.getExplanation().orElseThrow().contains("record 3 is missing"));
    }

    @Test
    void verify_removedFirstRecord_reportsMissingOne() {
      List<AuditRecord> records = new ArrayList<>(chain(3));
      records.remove(0);
      AuditVerification v = AuditChain.verify(records);
      assertEquals(Problem.MISSING, v.getProblem().orElseThrow());
      assertEquals(1, v.getBrokenSequence().getAsLong());
    }

    @Test
    void verify_removedAndRenumbered_reportsBrokenLink() {
      List<AuditRecord> records = new ArrayList<>(chain(5));
      records.remove(2);
      records.set(2, AuditRecord.builder().from(records.get(2)).sequence(3).build());
      AuditVerification v = AuditChain.verify(records);
      assertEquals(Problem.BROKEN_LINK, v.getProblem().orElseThrow());
      assertEquals(3, v.getBrokenSequence().getAsLong());
    }

    @Test
    void verify_swappedRecords_reportsReordered() {
      List<AuditRecord> records = new ArrayList<>(chain(5));
      Collections.swap(records, 1, 2);
      AuditVerification v = AuditChain.verify(records);
      assertEquals(Problem.REORDERED, v.getProblem().orElseThrow());
      assertEquals(2, v.getBrokenSequence().getAsLong());
    }

    @Test
    void verify_repeatedRecord_reportsReordered() {
      List<AuditRecord> records = new ArrayList<>(chain(3));
      records.add(2, records.get(1));
      AuditVerification v = AuditChain.verify(records);
      assertEquals(Problem.REORDERED, v.getProblem().orElseThrow());
      assertEquals(3, v.getBrokenSequence().getAsLong());
    }

    @Test
    void verify_segment_startsAfterKnownHash() {
      List<AuditRecord> all = chain(6);
      assertTrue(AuditChain.verify(all.subList(3, 6), 4, all.get(2).getHash()).isOk());
      assertEquals(
          Problem.BROKEN_LINK,
          AuditChain.verify(all.subList(3, 6), 4, AuditChain.GENESIS_HASH)
              .getProblem()
              .orElseThrow());
    }
  }
}
