package nl.lon.examples.snippets;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.lon.core.error.ConcurrencyConflictException;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.SignalReceived;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.network.Network;
import nl.lon.core.network.Professional;
import nl.lon.core.state.CaseState;
import nl.lon.persistence.audit.AccessChecks;
import nl.lon.persistence.audit.AuditAction;
import nl.lon.persistence.audit.AuditChain;
import nl.lon.persistence.audit.AuditCheckpoint;
import nl.lon.persistence.audit.AuditEntry;
import nl.lon.persistence.audit.AuditLog;
import nl.lon.persistence.audit.AuditLogVerification;
import nl.lon.persistence.audit.AuditOutcome;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.audit.AuditSeal;
import nl.lon.persistence.audit.AuditVerification;
import nl.lon.persistence.audit.DataCategory;
import nl.lon.persistence.codec.EventCodec;
import nl.lon.persistence.directory.Directory;
import nl.lon.persistence.event.AppendResult;
import nl.lon.persistence.event.EventStore;
import nl.lon.persistence.event.StoredEvent;
import nl.lon.persistence.memory.InMemoryAuditLog;
import nl.lon.persistence.memory.InMemoryDirectory;
import nl.lon.persistence.memory.InMemoryEventStore;
import nl.lon.persistence.memory.InMemoryPersonalDataVault;
import nl.lon.persistence.memory.InMemoryStores;
import nl.lon.persistence.store.CommitResult;
import nl.lon.persistence.store.Stores;
import nl.lon.persistence.store.StreamAppend;
import nl.lon.persistence.store.UnitOfWork;
import nl.lon.persistence.store.VaultChange;
import nl.lon.persistence.vault.PersonalData;
import nl.lon.persistence.vault.PersonalDataVault;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.process.CommandContext;
import nl.lon.rules.process.Decision;
import nl.lon.rules.process.ProcessRules;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.service.CaseService;

/**
 * The Javadoc examples of {@code lon-persistence-spi}, each verbatim inside compiling code; {@code
 * JavadocExamplesTest} checks that every example is here.
 */
final class PersistenceSnippets {

  private PersistenceSnippets() {}

  /** {@link AccessChecks}. */
  static AccessChecks accessChecks() {
    AccessChecks checks =
        AccessChecks.builder()
            .authorised(true)
            .relationshipToCase(true)
            .consentOrLegalBasis(true)
            .emergencyOverride(false)
            .legalBasis("Wmo 2015 art. 5.2.3")
            .outcome(AuditOutcome.ALLOWED)
            .build();
    return checks;
  }

  /** {@link AuditChain.Verifier}. */
  static AuditVerification verifyStream(
      AuditSeal seal,
      AuditCheckpoint head,
      AuditCheckpoint checkpoint,
      List<AuditRecord> storedInOrder) {
    AuditChain.Verifier v = AuditChain.verifier(seal).head(head).checkpoint(checkpoint);
    for (AuditRecord r : storedInOrder) {
      if (!v.accept(r)) break;
    }
    AuditVerification result = v.result();
    return result;
  }

  /** {@link AuditCheckpoint}. */
  static AuditVerification checkpoint(AuditLog auditLog, NetworkId network) {
    AuditCheckpoint cp = auditLog.checkpoint(network); // store cp elsewhere
    // more appends
    AuditVerification v = auditLog.verify(cp); // later
    return v;
  }

  /** {@link AuditEntry}. */
  static AuditEntry auditEntry(Clock clock, AccessChecks checks) {
    AuditEntry entry =
        AuditEntry.builder()
            .eventId(UUID.randomUUID().toString())
            .occurredAt(clock.instant())
            .actor(ProfessionalId.of("p-jansen"))
            .actorOrganisation(OrganisationId.of("ggd"))
            .onBehalfOf("TRAJECTORY_DIRECTOR")
            .client(ClientNumber.of("C-1"))
            .caseId(CaseId.of("c-1"))
            .network(NetworkId.of("rotterdam-noord"))
            .action(AuditAction.READ)
            .operation("read-timeline")
            .addDataCategories(DataCategory.CASE_EVENTS)
            .purpose("prepare case conference")
            .checks(checks)
            .putDetails("businessDate", "2027-04-22")
            .build();
    return entry;
  }

  /** {@link AuditLog}. */
  static List<AuditRecord> auditLog(
      AuditLog auditLog, AuditEntry entry, NetworkId network, CaseId caseId) {
    AuditRecord r = auditLog.append(entry); // r.getSequence() == size(network) + 1
    List<AuditRecord> forCase = auditLog.readForCase(network, caseId);
    AuditCheckpoint cp = auditLog.checkpoint(network); // keep it elsewhere
    if (!auditLog.verify().isOk() || !auditLog.verify(cp).isOk()) {
      alarm("audit log broken");
    }
    return forCase;
  }

  /** {@link AuditLogVerification}. */
  static void verifyAll(AuditLog auditLog) {
    AuditLogVerification v = auditLog.verify();
    if (!v.isOk()) {
      alarm(v.getExplanation().get()); // names each broken network, its sequence and why
    }
  }

  /** {@link AuditSeal}. */
  static AuditLog sealed(byte[] keyFromVault) {
    AuditSeal seal = AuditSeal.hmacSha256(keyFromVault); // at least 32 bytes
    AuditLog log = new InMemoryAuditLog(seal);
    return log;
  }

  /** {@link AuditVerification}. */
  static void verifyNetwork(AuditLog auditLog, NetworkId network) {
    AuditVerification v = auditLog.verify(network);
    if (!v.isOk()) {
      alarm(
          "audit log broken at "
              + v.getBrokenSequence().getAsLong()
              + ": "
              + v.getExplanation().get());
    }
  }

  /** {@link EventCodec}. */
  static CaseEvent codec(CaseEvent event) {
    EventCodec codec = EventCodec.create();
    String json = codec.encode(event);
    CaseEvent back = codec.decode(json); // equals event
    return back;
  }

  /** {@link Directory}. */
  static Optional<Professional> directory(
      Directory directory, Network network, Professional professional) {
    directory.put(network);
    directory.put(professional);
    Optional<Professional> p = directory.professional(ProfessionalId.of("p-jansen"));
    return p;
  }

  /** {@link AppendResult}. */
  static long appendResult(
      EventStore store,
      CaseId caseId,
      NetworkId network,
      SignalReceived signalReceived,
      String requestId) {
    AppendResult r =
        store.append(caseId, network, 0, List.of(signalReceived), Optional.of(requestId));
    long version = r.getLastSequence(); // 1
    return version;
  }

  /** {@link EventStore}. */
  static void decideAndAppend(
      EventStore store,
      ProcessRules rules,
      CaseId caseId,
      NetworkId network,
      CaseCommand command,
      CommandContext ctx,
      String commandId) {
    long v = store.version(caseId);
    Decision d = rules.decide(CaseState.replay(store.read(caseId)), command, ctx);
    List<CaseEvent> decided = d.orElseThrow(); // sequences v+1, v+2, ...
    try {
      store.append(caseId, network, v, decided, Optional.of(commandId));
    } catch (ConcurrencyConflictException e) {
      // someone else appended first: reload, decide again, retry
    }
  }

  /** {@link StoredEvent}. */
  static long project(EventStore store, NetworkId network, long lastSeen) {
    for (StoredEvent e : store.readNetwork(network, lastSeen, 500)) {
      project(e.getEvent());
      lastSeen = e.getPosition();
    }
    return lastSeen;
  }

  /** {@link InMemoryAuditLog}. */
  static List<AuditLog> inMemoryAuditLogs(byte[] key) {
    AuditLog log = new InMemoryAuditLog(); // SHA-256
    AuditLog keyed = new InMemoryAuditLog(AuditSeal.hmacSha256(key)); // HMAC-SHA-256
    return List.of(log, keyed);
  }

  /** {@link InMemoryDirectory}. */
  static Directory inMemoryDirectory() {
    Directory directory = new InMemoryDirectory();
    return directory;
  }

  /** {@link InMemoryEventStore}. */
  static EventStore inMemoryEventStore() {
    EventStore store = new InMemoryEventStore();
    return store;
  }

  /** {@link InMemoryPersonalDataVault}. */
  static PersonalDataVault inMemoryVault() {
    PersonalDataVault vault = new InMemoryPersonalDataVault();
    return vault;
  }

  /** {@link InMemoryStores}. */
  static CaseService inMemoryStores(NetworkId network, MethodologyProfile profile) {
    InMemoryStores stores = new InMemoryStores();
    CaseService service = CaseService.builder().stores(stores).profile(network, profile).build();
    return service;
  }

  /** {@link Stores}. */
  static CommitResult stores(StreamAppend append, AuditEntry entry) {
    Stores stores = new InMemoryStores(); // or JdbcStores.create(dataSource)
    CommitResult r = stores.commit(new UnitOfWork(Optional.of(append), entry, Optional.empty()));
    return r;
  }

  /** {@link StreamAppend}. */
  static StreamAppend streamAppend(
      CaseId caseId, NetworkId network, SignalReceived signalReceived, String requestId) {
    StreamAppend a =
        new StreamAppend(caseId, network, 0, List.of(signalReceived), Optional.of(requestId));
    return a;
  }

  /** {@link UnitOfWork}. */
  static CommitResult unitOfWork(
      Stores stores, StreamAppend append, AuditEntry auditEntry, VaultChange put) {
    CommitResult r =
        stores.commit(new UnitOfWork(Optional.of(append), auditEntry, Optional.of(put)));
    return r;
  }

  /** {@link VaultChange}. */
  static List<VaultChange> vaultChanges(
      NetworkId network, ClientNumber client, CaseId caseId, PersonalData personalData) {
    VaultChange put = VaultChange.put(network, client, caseId, personalData);
    VaultChange erase = VaultChange.erase(network, client);
    return List.of(put, erase);
  }

  /** {@link PersonalData}. */
  static PersonalData personalData() {
    PersonalData p =
        PersonalData.builder()
            .name("J. de Vries")
            .address("Dorpsstraat 1")
            .residence("Rotterdam")
            .phone("010-1234567")
            .dateOfBirth(LocalDate.of(1970, 5, 17))
            .build();
    return p;
  }

  /** {@link PersonalDataVault}. */
  static boolean vault(
      PersonalDataVault vault,
      NetworkId network,
      ClientNumber client,
      CaseId caseId,
      PersonalData personalData) {
    vault.put(network, client, caseId, personalData);
    Optional<PersonalData> p = vault.get(network, client, caseId);
    boolean erased = vault.erase(network, client); // right to erasure, every case of the client
    return p.isPresent() && erased;
  }

  private static void alarm(String message) {
    throw new IllegalStateException(message);
  }

  private static void project(CaseEvent event) {
    // a read model would apply the event here
  }
}
