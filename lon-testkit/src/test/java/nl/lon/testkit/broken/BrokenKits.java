package nl.lon.testkit.broken;

import java.util.Optional;
import nl.lon.persistence.audit.AuditLog;
import nl.lon.persistence.audit.AuditSeal;
import nl.lon.persistence.directory.Directory;
import nl.lon.persistence.event.EventStore;
import nl.lon.persistence.index.InvolvementIndex;
import nl.lon.persistence.memory.InMemoryAuditLog;
import nl.lon.persistence.memory.InMemoryEventStore;
import nl.lon.persistence.store.Stores;
import nl.lon.persistence.vault.PersonalDataVault;
import nl.lon.testkit.conformance.AuditLogConformance;
import nl.lon.testkit.conformance.AuditTampering;
import nl.lon.testkit.conformance.Capabilities;
import nl.lon.testkit.conformance.DirectoryConformance;
import nl.lon.testkit.conformance.EventStoreConformance;
import nl.lon.testkit.conformance.InvolvementIndexConformance;
import nl.lon.testkit.conformance.PersonalDataVaultConformance;
import nl.lon.testkit.conformance.StoresConformance;

/**
 * The kit bound to each broken double, as a vendor would bind it to their adapter. These classes
 * are not run by surefire (their names do not end in Test); {@link BrokenImplementationsTest} runs
 * them through the JUnit Platform launcher and expects the right kit tests to fail.
 */
final class BrokenKits {

  private BrokenKits() {}

  /** The event-store kit against a store that checks the version and writes without a lock. */
  static class UnlockedEventStoreKit extends EventStoreConformance {
    @Override
    protected EventStore createStore() {
      return new NaiveEventStore(NaiveEventStore.Defect.READ_THEN_WRITE_WITHOUT_LOCK);
    }
  }

  /** The event-store kit against a store that ignores idempotency keys. */
  static class KeyIgnoringEventStoreKit extends EventStoreConformance {
    @Override
    protected EventStore createStore() {
      return new NaiveEventStore(NaiveEventStore.Defect.IGNORES_IDEMPOTENCY_KEY);
    }
  }

  /** The event-store kit against a store that writes batches event by event. */
  static class PartialBatchEventStoreKit extends EventStoreConformance {
    @Override
    protected EventStore createStore() {
      return new NaiveEventStore(NaiveEventStore.Defect.WRITES_PARTIAL_BATCHES);
    }
  }

  /** The event-store kit against the naive store without a defect: it must pass. */
  static class CorrectNaiveEventStoreKit extends EventStoreConformance {
    @Override
    protected EventStore createStore() {
      return new NaiveEventStore(NaiveEventStore.Defect.NONE);
    }
  }

  /** The event-store kit against the in-memory store, declared single-writer: A7 is skipped. */
  static class SingleWriterEventStoreKit extends EventStoreConformance {
    @Override
    protected EventStore createStore() {
      return new InMemoryEventStore();
    }

    @Override
    protected Capabilities capabilities() {
      return Capabilities.full().withoutConcurrentWriters("embedded single-writer store");
    }
  }

  /** The audit-log kit bound to a broken log: the storage is the log's own lists and heads. */
  abstract static class BrokenAuditLogKit extends AuditLogConformance {
    abstract BrokenAuditLog.Defect defect();

    @Override
    protected AuditLog createLog() {
      return new BrokenAuditLog(defect());
    }

    @Override
    protected AuditLog createKeyedLog(AuditSeal seal) {
      return new BrokenAuditLog(defect(), seal);
    }

    @Override
    protected AuditTampering tampering(AuditLog log) {
      return ((BrokenAuditLog) log).tampering();
    }
  }

  /** The audit-log kit against a log whose verify() always reports an intact chain. */
  static class AlwaysOkAuditLogKit extends BrokenAuditLogKit {
    @Override
    BrokenAuditLog.Defect defect() {
      return BrokenAuditLog.Defect.VERIFY_ALWAYS_OK;
    }
  }

  /** The audit-log kit against a log that does not chain the hashes of its records. */
  static class UnchainedAuditLogKit extends BrokenAuditLogKit {
    @Override
    BrokenAuditLog.Defect defect() {
      return BrokenAuditLog.Defect.HASHES_NOT_CHAINED;
    }
  }

  /** The audit-log kit against the simple log without a defect: it must pass. */
  static class CorrectAuditLogKit extends BrokenAuditLogKit {
    @Override
    BrokenAuditLog.Defect defect() {
      return BrokenAuditLog.Defect.NONE;
    }
  }

  /** The audit-log kit against a log with one chain for all networks. */
  static class OneChainAuditLogKit extends BrokenAuditLogKit {
    @Override
    BrokenAuditLog.Defect defect() {
      return BrokenAuditLog.Defect.ONE_CHAIN_FOR_ALL_NETWORKS;
    }
  }

  /** The audit-log kit against a log whose verify() stops at the head. */
  static class StopsAtHeadAuditLogKit extends BrokenAuditLogKit {
    @Override
    BrokenAuditLog.Defect defect() {
      return BrokenAuditLog.Defect.VERIFY_STOPS_AT_HEAD;
    }
  }

  /** The audit-log kit against a log whose verify(checkpoint) ignores the checkpoint. */
  static class CheckpointIgnoredAuditLogKit extends BrokenAuditLogKit {
    @Override
    BrokenAuditLog.Defect defect() {
      return BrokenAuditLog.Defect.CHECKPOINT_IGNORED;
    }
  }

  /** The audit-log kit against a log whose verify(checkpoint) compares sizes only. */
  static class CheckpointSizeOnlyAuditLogKit extends BrokenAuditLogKit {
    @Override
    BrokenAuditLog.Defect defect() {
      return BrokenAuditLog.Defect.CHECKPOINT_SIZE_ONLY;
    }
  }

  /** The audit-log kit against a log that ignores its keyed seal. */
  static class SealIgnoredAuditLogKit extends BrokenAuditLogKit {
    @Override
    BrokenAuditLog.Defect defect() {
      return BrokenAuditLog.Defect.SEAL_IGNORED;
    }
  }

  /** The audit-log kit against a log whose appends take no lock. */
  static class UnlockedAuditLogKit extends BrokenAuditLogKit {
    @Override
    BrokenAuditLog.Defect defect() {
      return BrokenAuditLog.Defect.APPENDS_WITHOUT_LOCK;
    }
  }

  /** The audit-log kit against the in-memory log with the keyed seal switched off: L9 skipped. */
  static class NoKeyedSealAuditLogKit extends AuditLogConformance {
    @Override
    protected AuditLog createLog() {
      return new InMemoryAuditLog();
    }

    @Override
    protected AuditTampering tampering(AuditLog log) {
      return AuditTampering.onCopy(log);
    }

    @Override
    protected Capabilities capabilities() {
      return Capabilities.full().withoutKeyedSeal("a vendor store that cannot hold a key");
    }
  }

  /** Stores that write the parts of a unit in separate steps (fails U4). */
  static class SeparateStepsStoresKit extends StoresConformance {
    @Override
    protected Stores createStores() {
      return new BrokenStores(BrokenStores.Defect.SEPARATE_STEPS);
    }

    @Override
    protected Optional<Stores> createStoresFailingAt(Stores observer, int step) {
      return Optional.of(((BrokenStores) observer).failingAt(step));
    }
  }

  /** Stores that keep the audit record of a refused append (fails U2). */
  static class AuditFirstStoresKit extends StoresConformance {
    @Override
    protected Stores createStores() {
      return new BrokenStores(BrokenStores.Defect.AUDIT_BEFORE_APPEND);
    }
  }

  /** Stores that replay a used key whatever the batch (fails U3). */
  static class BlindReplayStoresKit extends StoresConformance {
    @Override
    protected Stores createStores() {
      return new BrokenStores(BrokenStores.Defect.BLIND_REPLAY);
    }
  }

  /** An event store that replays a used key whatever the batch (fails A2). */
  static class BlindReplayEventStoreKit extends EventStoreConformance {
    @Override
    protected EventStore createStore() {
      return new NaiveEventStore(NaiveEventStore.Defect.REPLAYS_ANY_BATCH_UNDER_A_KEY);
    }
  }

  /** An event store with defect SKIPS_ARGUMENT_CHECKS. */
  static class ArgumentSkippingEventStoreKit extends EventStoreConformance {
    @Override
    protected EventStore createStore() {
      return new NaiveEventStore(NaiveEventStore.Defect.SKIPS_ARGUMENT_CHECKS);
    }
  }

  /** An event store with defect IGNORES_STREAM_NETWORK. */
  static class NetworkIgnoringEventStoreKit extends EventStoreConformance {
    @Override
    protected EventStore createStore() {
      return new NaiveEventStore(NaiveEventStore.Defect.IGNORES_STREAM_NETWORK);
    }
  }

  /** An event store with defect IGNORES_EXPECTED_VERSION. */
  static class VersionIgnoringEventStoreKit extends EventStoreConformance {
    @Override
    protected EventStore createStore() {
      return new NaiveEventStore(NaiveEventStore.Defect.IGNORES_EXPECTED_VERSION);
    }
  }

  /** An event store with defect POSITIONS_PER_NETWORK. */
  static class PerNetworkPositionsEventStoreKit extends EventStoreConformance {
    @Override
    protected EventStore createStore() {
      return new NaiveEventStore(NaiveEventStore.Defect.POSITIONS_PER_NETWORK);
    }
  }

  /** An event store with defect IGNORES_READ_FROM. */
  static class ReadFromIgnoringEventStoreKit extends EventStoreConformance {
    @Override
    protected EventStore createStore() {
      return new NaiveEventStore(NaiveEventStore.Defect.IGNORES_READ_FROM);
    }
  }

  /** An event store with defect SORTS_STREAM_BY_TYPE. */
  static class SortingEventStoreKit extends EventStoreConformance {
    @Override
    protected EventStore createStore() {
      return new NaiveEventStore(NaiveEventStore.Defect.SORTS_STREAM_BY_TYPE);
    }
  }

  /** An event store with defect READS_MUTABLE_LISTS. */
  static class MutableReadEventStoreKit extends EventStoreConformance {
    @Override
    protected EventStore createStore() {
      return new NaiveEventStore(NaiveEventStore.Defect.READS_MUTABLE_LISTS);
    }
  }

  /** An event store with defect VERSION_COUNTS_BATCHES. */
  static class BatchCountingEventStoreKit extends EventStoreConformance {
    @Override
    protected EventStore createStore() {
      return new NaiveEventStore(NaiveEventStore.Defect.VERSION_COUNTS_BATCHES);
    }
  }

  /** An event store with defect READS_EVERY_NETWORK. */
  static class EveryNetworkReadingEventStoreKit extends EventStoreConformance {
    @Override
    protected EventStore createStore() {
      return new NaiveEventStore(NaiveEventStore.Defect.READS_EVERY_NETWORK);
    }
  }

  /** An event store with defect LISTS_STREAMS_OF_EVERY_NETWORK. */
  static class EveryNetworkStreamsEventStoreKit extends EventStoreConformance {
    @Override
    protected EventStore createStore() {
      return new NaiveEventStore(NaiveEventStore.Defect.LISTS_STREAMS_OF_EVERY_NETWORK);
    }
  }

  /** The audit-log kit against a log with defect UPSERTS_BY_EVENT_ID. */
  static class UpsertingAuditLogKit extends BrokenAuditLogKit {
    @Override
    BrokenAuditLog.Defect defect() {
      return BrokenAuditLog.Defect.UPSERTS_BY_EVENT_ID;
    }
  }

  /** The audit-log kit against a log with defect READ_FOR_CASE_IGNORES_NETWORK. */
  static class CaseReadAcrossNetworksAuditLogKit extends BrokenAuditLogKit {
    @Override
    BrokenAuditLog.Defect defect() {
      return BrokenAuditLog.Defect.READ_FOR_CASE_IGNORES_NETWORK;
    }
  }

  /**
   * The vault kit bound to a broken vault, with the event store on the vault's storage beside it.
   */
  abstract static class BrokenVaultKit extends PersonalDataVaultConformance {
    private BrokenVault vault;

    abstract BrokenVault.Defect defect();

    @Override
    protected PersonalDataVault createVault() {
      vault = new BrokenVault(defect());
      return vault;
    }

    @Override
    protected Optional<EventStore> eventStoreBesideVault() {
      return Optional.of(vault.eventStore());
    }
  }

  /** The vault kit against a vault with defect NONE. */
  static class CorrectVaultKit extends BrokenVaultKit {
    @Override
    BrokenVault.Defect defect() {
      return BrokenVault.Defect.NONE;
    }
  }

  /** The vault kit against a vault with defect PUT_KEEPS_EARLIER_DATA. */
  static class KeepingVaultKit extends BrokenVaultKit {
    @Override
    BrokenVault.Defect defect() {
      return BrokenVault.Defect.PUT_KEEPS_EARLIER_DATA;
    }
  }

  /** The vault kit against a vault with defect KEYED_BY_CLIENT_ONLY. */
  static class ClientKeyedVaultKit extends BrokenVaultKit {
    @Override
    BrokenVault.Defect defect() {
      return BrokenVault.Defect.KEYED_BY_CLIENT_ONLY;
    }
  }

  /** The vault kit against a vault with defect KEYED_BY_CLIENT_NOT_CASE. */
  static class CaseBlindVaultKit extends BrokenVaultKit {
    @Override
    BrokenVault.Defect defect() {
      return BrokenVault.Defect.KEYED_BY_CLIENT_NOT_CASE;
    }
  }

  /** The vault kit against a vault with defect ERASE_LAST_CASE_ONLY. */
  static class OneCaseErasingVaultKit extends BrokenVaultKit {
    @Override
    BrokenVault.Defect defect() {
      return BrokenVault.Defect.ERASE_LAST_CASE_ONLY;
    }
  }

  /** The vault kit against a vault with defect ERASE_KEEPS_DATA. */
  static class NotErasingVaultKit extends BrokenVaultKit {
    @Override
    BrokenVault.Defect defect() {
      return BrokenVault.Defect.ERASE_KEEPS_DATA;
    }
  }

  /** The vault kit against a vault with defect ERASE_CASCADES_INTO_EVENTS. */
  static class CascadingVaultKit extends BrokenVaultKit {
    @Override
    BrokenVault.Defect defect() {
      return BrokenVault.Defect.ERASE_CASCADES_INTO_EVENTS;
    }
  }

  /** The directory kit against a directory with defect NONE. */
  static class CorrectDirectoryKit extends DirectoryConformance {
    @Override
    protected Directory createDirectory() {
      return new BrokenDirectory(BrokenDirectory.Defect.NONE);
    }
  }

  /** The directory kit against a directory with defect PUT_KEEPS_EARLIER_VALUE. */
  static class KeepingDirectoryKit extends DirectoryConformance {
    @Override
    protected Directory createDirectory() {
      return new BrokenDirectory(BrokenDirectory.Defect.PUT_KEEPS_EARLIER_VALUE);
    }
  }

  /** The directory kit against a directory with defect UNKNOWN_NETWORK_AS_PLACEHOLDER. */
  static class PlaceholderDirectoryKit extends DirectoryConformance {
    @Override
    protected Directory createDirectory() {
      return new BrokenDirectory(BrokenDirectory.Defect.UNKNOWN_NETWORK_AS_PLACEHOLDER);
    }
  }

  /** The directory kit against a directory with defect NETWORKS_IN_PUT_ORDER. */
  static class PutOrderDirectoryKit extends DirectoryConformance {
    @Override
    protected Directory createDirectory() {
      return new BrokenDirectory(BrokenDirectory.Defect.NETWORKS_IN_PUT_ORDER);
    }
  }

  /** The directory kit against a directory with defect JOINS_PROFESSIONAL_TO_NETWORK. */
  static class NetworkJoiningDirectoryKit extends DirectoryConformance {
    @Override
    protected Directory createDirectory() {
      return new BrokenDirectory(BrokenDirectory.Defect.JOINS_PROFESSIONAL_TO_NETWORK);
    }
  }

  /** Stores that drop the audit record of a unit without events (fails U1). */
  static class RecordDroppingStoresKit extends StoresConformance {
    @Override
    protected Stores createStores() {
      return new BrokenStores(BrokenStores.Defect.DROPS_RECORD_WITHOUT_EVENTS);
    }
  }

  /** The involvement-index kit bound to a broken index. */
  abstract static class BrokenInvolvementIndexKit extends InvolvementIndexConformance {
    abstract BrokenInvolvementIndex.Defect defect();

    @Override
    protected InvolvementIndex createIndex() {
      return new BrokenInvolvementIndex(defect());
    }
  }

  /** The index kit against an index with defect NONE. */
  static class CorrectInvolvementIndexKit extends BrokenInvolvementIndexKit {
    @Override
    BrokenInvolvementIndex.Defect defect() {
      return BrokenInvolvementIndex.Defect.NONE;
    }
  }

  /** The index kit against an index with defect REGISTERS_TWICE (fails I1). */
  static class TwiceRegisteringIndexKit extends BrokenInvolvementIndexKit {
    @Override
    BrokenInvolvementIndex.Defect defect() {
      return BrokenInvolvementIndex.Defect.REGISTERS_TWICE;
    }
  }

  /** The index kit against an index with defect ONE_WAY_MATCHES (fails I2). */
  static class OneWayIndexKit extends BrokenInvolvementIndexKit {
    @Override
    BrokenInvolvementIndex.Defect defect() {
      return BrokenInvolvementIndex.Defect.ONE_WAY_MATCHES;
    }
  }

  /** The index kit against an index with defect EXPIRES_EVERY_NETWORK (fails I3). */
  static class EveryNetworkExpiringIndexKit extends BrokenInvolvementIndexKit {
    @Override
    BrokenInvolvementIndex.Defect defect() {
      return BrokenInvolvementIndex.Defect.EXPIRES_EVERY_NETWORK;
    }
  }

  /** The index kit against an index with defect WITHDRAW_KEEPS_REGISTRATION (fails I4). */
  static class KeepingIndexKit extends BrokenInvolvementIndexKit {
    @Override
    BrokenInvolvementIndex.Defect defect() {
      return BrokenInvolvementIndex.Defect.WITHDRAW_KEEPS_REGISTRATION;
    }
  }
}
