package nl.lon.persistence.store;

import java.util.Optional;
import nl.lon.core.error.InvalidValueException;
import nl.lon.persistence.audit.AuditEntry;

/**
 * Everything one command writes, committed together by {@link Stores#commit(UnitOfWork)}
 * (werkeenheid): at most one append to a case stream, exactly one audit record, and at most one
 * change in the personal-data vault.
 *
 * <p>All parts belong to one network: the append's network, the vault change's network and the
 * audit entry's network must be the same, and a vault put that comes with an append stores the data
 * under the append's case.
 *
 * <pre>{@code
 * CommitResult r = stores.commit(new UnitOfWork(Optional.of(append), auditEntry, Optional.of(put)));
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/PersistenceSnippets.java}.
 *
 * @param append the events to append, if any
 * @param audit the audit record of the command
 * @param vaultChange the change in the vault, if any
 * @since 0.2
 */
public record UnitOfWork(
    Optional<StreamAppend> append, AuditEntry audit, Optional<VaultChange> vaultChange) {

  /**
   * Checks that every part is given, that all parts name one network, that a vault put comes with
   * the append of its case, and that the audit entry names the vault change's client and case.
   *
   * @param append the events to append, if any
   * @param audit the audit record of the command
   * @param vaultChange the change in the vault, if any
   * @throws InvalidValueException naming the part
   */
  public UnitOfWork {
    if (append == null) {
      throw new InvalidValueException("UnitOfWork.append");
    }
    if (audit == null) {
      throw new InvalidValueException("UnitOfWork.audit");
    }
    if (vaultChange == null) {
      throw new InvalidValueException("UnitOfWork.vaultChange");
    }
    if (append.isPresent() && !append.get().network().equals(audit.getNetwork())) {
      throw new InvalidValueException(
          "UnitOfWork.append.network",
          "same-network",
          "the append and the audit record must name the same network");
    }
    if (vaultChange.isPresent() && !vaultChange.get().network().equals(audit.getNetwork())) {
      throw new InvalidValueException(
          "UnitOfWork.vaultChange.network",
          "same-network",
          "the vault change and the audit record must name the same network");
    }
    if (vaultChange.isPresent()) {
      VaultChange change = vaultChange.get();
      if (change.caseId().isPresent()
          && (append.isEmpty() || !change.caseId().get().equals(append.get().stream()))) {
        throw new InvalidValueException(
            "UnitOfWork.vaultChange.caseId",
            "same-case",
            "personal data are stored with the append of the case they are given with");
      }
      if (change.caseId().isPresent() && !audit.getCaseId().equals(change.caseId())) {
        throw new InvalidValueException(
            "UnitOfWork.audit.caseId",
            "same-case",
            "the audit record of a vault put must name the put's case");
      }
      if (!audit.getClient().equals(Optional.of(change.client()))) {
        throw new InvalidValueException(
            "UnitOfWork.audit.client",
            "same-client",
            "the audit record of a vault change must name the change's client");
      }
    }
  }

  /** The detail key a store adds to the audit record of a replay (rule U3 of {@link Stores}). */
  public static final String REPLAY_DETAIL = "replay";

  /**
   * The audit entry as a store writes it for a replay: the unit's entry with the detail {@value
   * #REPLAY_DETAIL}{@code =true}, so an auditor tells a repeated request from an applied write.
   *
   * @return the entry of a replay
   */
  public AuditEntry auditOfReplay() {
    return AuditEntry.builder().from(audit).putDetails(REPLAY_DETAIL, "true").build();
  }

  /**
   * A unit that only appends an audit record (a read, or an attempt that wrote nothing).
   *
   * @param audit the audit entry
   * @return the unit
   */
  public static UnitOfWork auditOnly(AuditEntry audit) {
    return new UnitOfWork(Optional.empty(), audit, Optional.empty());
  }
}
