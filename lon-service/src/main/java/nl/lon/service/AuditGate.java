package nl.lon.service;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.network.PartnerOrganisation;
import nl.lon.core.network.Professional;
import nl.lon.persistence.audit.AccessChecks;
import nl.lon.persistence.audit.AuditAction;
import nl.lon.persistence.audit.AuditEntry;
import nl.lon.persistence.audit.AuditOutcome;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.audit.DataCategory;
import nl.lon.persistence.store.Stores;
import nl.lon.rules.access.AccessDecision;

/**
 * Builds the case service's audit entries and writes those that stand alone (poort voor de
 * logging): the actor as claimed, resolved against the directory when possible; the checks and
 * outcome; rule ids and details.
 */
final class AuditGate {

  private final Stores stores;
  private final Clock clock;

  /**
   * A random generator per thread for the records' event ids: {@link UUID#randomUUID()} draws from
   * one generator shared by the whole JVM behind a lock, which serialises commands on distinct
   * networks.
   */
  private final ThreadLocal<SecureRandom> random = ThreadLocal.withInitial(AuditGate::newRandom);

  AuditGate(Stores stores, Clock clock) {
    this.stores = stores;
    this.clock = clock;
  }

  private static SecureRandom newRandom() {
    try {
      return SecureRandom.getInstance("DRBG");
    } catch (NoSuchAlgorithmException e) {
      return new SecureRandom();
    }
  }

  /** A random (version 4) UUID in canonical form, as {@link UUID#randomUUID()} makes it. */
  String eventId() {
    byte[] b = new byte[16];
    random.get().nextBytes(b);
    b[6] = (byte) ((b[6] & 0x0f) | 0x40); // version 4
    b[8] = (byte) ((b[8] & 0x3f) | 0x80); // IETF variant
    long msb = 0;
    long lsb = 0;
    for (int i = 0; i < 8; i++) {
      msb = (msb << 8) | (b[i] & 0xff);
      lsb = (lsb << 8) | (b[8 + i] & 0xff);
    }
    return new UUID(msb, lsb).toString();
  }

  /** The professional an attempt claims to come from, and what the directory knows of them. */
  record Claim(
      ProfessionalId id,
      Optional<Professional> found,
      Optional<PartnerOrganisation> organisationFound) {

    boolean isUnknown() {
      return found.isEmpty() || organisationFound.isEmpty();
    }

    Professional professional() {
      return found.orElseThrow();
    }

    PartnerOrganisation organisation() {
      return organisationFound.orElseThrow();
    }

    Optional<NetworkId> network() {
      return found.map(Professional::getNetwork);
    }

    boolean worksIn(NetworkId network) {
      return !isUnknown() && professional().isMemberOf(network);
    }
  }

  Claim claim(ProfessionalId id) {
    Optional<Professional> p = stores.directory().professional(id);
    Optional<PartnerOrganisation> o =
        p.flatMap(x -> stores.directory().organisation(x.getOrganisation()));
    return new Claim(id, p, o);
  }

  /** Checks for an attempt that never reached the access policy. */
  static AccessChecks denied(AuditOutcome outcome) {
    return AccessChecks.builder()
        .authorised(false)
        .relationshipToCase(false)
        .consentOrLegalBasis(false)
        .emergencyOverride(false)
        .outcome(outcome)
        .build();
  }

  /** The policy's checks, with the outcome of the attempt. */
  static AccessChecks checks(AccessDecision d, AuditOutcome outcome) {
    return AccessChecks.builder()
        .authorised(d.authorised())
        .relationshipToCase(d.relationshipToCase())
        .consentOrLegalBasis(d.consentOrLegalBasis())
        .legalBasis(d.legalBasis())
        .emergencyOverride(d.emergencyOverride())
        .outcome(outcome)
        .build();
  }

  AuditEntry entry(
      Claim who,
      NetworkId network,
      CaseId caseId,
      Optional<ClientNumber> client,
      Purpose purpose,
      String operation,
      AuditAction action,
      ImmutableSet<DataCategory> categories,
      AccessChecks checks,
      ImmutableSet<String> ruleIds,
      ImmutableMap<String, String> details) {
    return AuditEntry.builder()
        .eventId(eventId())
        .occurredAt(clock.instant())
        .actor(who.id())
        .actorOrganisation(who.organisationFound().map(PartnerOrganisation::getId))
        .onBehalfOf(purpose.onBehalfOf())
        .client(client)
        .caseId(Optional.ofNullable(caseId))
        .network(network)
        .action(action)
        .operation(operation)
        .dataCategories(categories)
        .purpose(purpose.purpose())
        .emergencyReason(
            checks.isEmergencyOverride() ? purpose.emergencyReason() : Optional.empty())
        .checks(checks)
        .ruleIds(ruleIds)
        .details(details)
        .build();
  }

  /** Writes a record on its own (a read, or an attempt that writes nothing else). */
  AuditRecord record(
      Claim who,
      NetworkId network,
      CaseId caseId,
      Optional<ClientNumber> client,
      Purpose purpose,
      String operation,
      AuditAction action,
      ImmutableSet<DataCategory> categories,
      AccessChecks checks,
      ImmutableSet<String> ruleIds,
      ImmutableMap<String, String> details) {
    return stores
        .auditLog()
        .append(
            entry(
                who,
                network,
                caseId,
                client,
                purpose,
                operation,
                action,
                categories,
                checks,
                ruleIds,
                details));
  }

  /** The same attempt with another outcome and rule; the details say the state was not returned. */
  AuditEntry withOutcome(AuditEntry entry, AuditOutcome outcome, String rule) {
    ImmutableMap.Builder<String, String> details = ImmutableMap.builder();
    entry.getDetails().forEach((k, v) -> details.put(k, "stateReturned".equals(k) ? "false" : v));
    return AuditEntry.builder()
        .from(entry)
        .eventId(eventId())
        .checks(AccessChecks.builder().from(entry.getChecks()).outcome(outcome).build())
        .ruleIds(ImmutableSet.of(rule))
        .details(details.build())
        .build();
  }

  /**
   * Writes the record of an attempt that already failed; a failure to write it is added to the
   * attempt's exception instead of hiding it.
   */
  void recordAfterFailure(RuntimeException failure, AuditEntry entry) {
    try {
      stores.auditLog().append(entry);
    } catch (RuntimeException again) {
      failure.addSuppressed(again);
    }
  }
}
