package nl.lon.service;

import com.google.common.collect.ImmutableList;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.lon.core.id.CaseId;
import nl.lon.persistence.audit.AuditLog;
import nl.lon.persistence.audit.AuditLogVerification;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.directory.Directory;
import nl.lon.persistence.event.EventStore;
import nl.lon.persistence.memory.InMemoryStores;
import nl.lon.persistence.store.CommitResult;
import nl.lon.persistence.store.Stores;
import nl.lon.persistence.store.UnitOfWork;
import nl.lon.persistence.vault.PersonalDataVault;

/**
 * The audit records of a test world in the order they were written, across every network's chain,
 * so a test can ask "how many records did this call leave" and "what was the last one". Records are
 * taken from what the stores return, so the view shows exactly what was stored.
 */
final class AuditView {

  private final InMemoryStores memory;
  private final List<AuditRecord> written = new ArrayList<>();

  AuditView(InMemoryStores memory) {
    this.memory = memory;
  }

  /** Stores over the in-memory ones that note every audit record written. */
  Stores recordingStores() {
    AuditLog log = memory.auditLog();
    AuditLog recording =
        (AuditLog)
            Proxy.newProxyInstance(
                AuditLog.class.getClassLoader(),
                new Class<?>[] {AuditLog.class},
                (proxy, method, args) -> {
                  Object result;
                  try {
                    result = method.invoke(log, args);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                  if (method.getName().equals("append")) {
                    note((AuditRecord) result);
                  }
                  return result;
                });
    return new Stores() {
      @Override
      public EventStore eventStore() {
        return memory.eventStore();
      }

      @Override
      public AuditLog auditLog() {
        return recording;
      }

      @Override
      public PersonalDataVault vault() {
        return memory.vault();
      }

      @Override
      public Directory directory() {
        return memory.directory();
      }

      @Override
      public CommitResult commit(UnitOfWork work) {
        CommitResult result = memory.commit(work);
        note(result.audit());
        return result;
      }
    };
  }

  private synchronized void note(AuditRecord r) {
    written.add(r);
  }

  /** How many records were written, in all chains. */
  synchronized long size() {
    return written.size();
  }

  /** Records in writing order, from the {@code from}-th (1-based), at most {@code max}. */
  synchronized List<AuditRecord> read(long from, int max) {
    int start = (int) Math.min(written.size(), from - 1);
    int end = (int) Math.min(written.size(), (long) start + max);
    return ImmutableList.copyOf(written.subList(start, end));
  }

  /** Every record about a case, in any chain, in writing order. */
  synchronized List<AuditRecord> readForCase(CaseId caseId) {
    return written.stream()
        .filter(r -> r.getCaseId().equals(Optional.of(caseId)))
        .collect(ImmutableList.toImmutableList());
  }

  /** The stored chains verified, every one. */
  AuditLogVerification verify() {
    return memory.auditLog().verify();
  }
}
