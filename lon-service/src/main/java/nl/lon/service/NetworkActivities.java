package nl.lon.service;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.process.NetworkActivity;
import nl.lon.core.process.NetworkActivityKind;
import nl.lon.persistence.audit.AuditOutcome;
import nl.lon.persistence.audit.AuditRecord;
import nl.lon.persistence.store.Stores;

/**
 * The network's activities without a case (netwerkactiviteiten): information to organisations
 * outside the network and consultation where no takeover happens (seeds/004 l.1722-1731).
 *
 * <p>An activity names no client and opens no case, so it is kept where the network's other
 * caseless facts are kept: in the network's audit chain. Recording one is an audited action of the
 * network director whose record carries the activity in its details ({@code activity.kind}, {@code
 * activity.heldOn}, {@code activity.organisation}, {@code activity.topic}); the record is written
 * only when the access rules allow it, so the allowed records are the activities. Reading them back
 * is audited too, and reads the network's chain page by page.
 */
final class NetworkActivities {

  /** The audit records read per page. */
  private static final int PAGE = 1_000;

  static final String KIND = "activity.kind";
  static final String HELD_ON = "activity.heldOn";
  static final String ORGANISATION = "activity.organisation";
  static final String TOPIC = "activity.topic";

  private final Stores stores;
  private final CaseTargets targets;
  private final AccessGate access;
  private final AuditGate audit;

  NetworkActivities(Stores stores, CaseTargets targets, AccessGate access, AuditGate audit) {
    this.stores = stores;
    this.targets = targets;
    this.access = access;
    this.audit = audit;
  }

  /** Records an activity; see {@link CaseService#recordNetworkActivity}. */
  NetworkActivity record(
      ProfessionalId actor, Purpose purpose, NetworkId networkId, NetworkActivity activity) {
    oneLine(activity.getOrganisation(), "NetworkActivity.organisation");
    oneLine(activity.getTopic(), "NetworkActivity.topic");
    Operation op = Operation.RECORD_NETWORK_ACTIVITY;
    AuditGate.Claim who = audit.claim(actor);
    CaseTargets.Target target = targets.ofNetwork(who, purpose, networkId, op);
    access.authoriseNetworkRead(
        who,
        target,
        purpose,
        op,
        ImmutableMap.of(
            KIND,
            activity.getKind().name(),
            HELD_ON,
            activity.getHeldOn().toString(),
            ORGANISATION,
            activity.getOrganisation(),
            TOPIC,
            activity.getTopic()));
    return activity;
  }

  /** The activities held in a period; see {@link CaseService#networkActivities}. */
  ImmutableList<NetworkActivity> list(
      ProfessionalId actor, Purpose purpose, NetworkId networkId, LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new InvalidValueException(
          "CaseService.to", "not-before-from", "the period ends on or after " + from);
    }
    Operation op = Operation.READ_NETWORK_ACTIVITIES;
    AuditGate.Claim who = audit.claim(actor);
    CaseTargets.Target target = targets.ofNetwork(who, purpose, networkId, op);
    access.authoriseNetworkRead(
        who, target, purpose, op, ImmutableMap.of("from", from.toString(), "to", to.toString()));
    ImmutableList.Builder<NetworkActivity> out = ImmutableList.builder();
    long next = 1;
    List<AuditRecord> page;
    do {
      page = stores.auditLog().read(target.id(), next, PAGE);
      for (AuditRecord r : page) {
        next = r.getSequence() + 1;
        if (r.getOperation().equals(Operation.RECORD_NETWORK_ACTIVITY.name)
            && r.getOutcome() == AuditOutcome.ALLOWED) {
          NetworkActivity a = activity(r.getDetails());
          if (!a.getHeldOn().isBefore(from) && !a.getHeldOn().isAfter(to)) {
            out.add(a);
          }
        }
      }
    } while (page.size() == PAGE);
    return out.build();
  }

  /** The activity is kept in an audit record's details, which are single lines. */
  private static void oneLine(String value, String field) {
    if (value.indexOf('\n') >= 0 || value.indexOf('\t') >= 0) {
      throw new InvalidValueException(
          field, "one-line", "must be one line, without line feeds or tabs, to be recorded");
    }
  }

  private static NetworkActivity activity(Map<String, String> details) {
    return NetworkActivity.builder()
        .kind(NetworkActivityKind.valueOf(details.get(KIND)))
        .heldOn(LocalDate.parse(details.get(HELD_ON)))
        .organisation(details.get(ORGANISATION))
        .topic(details.get(TOPIC))
        .build();
  }
}
