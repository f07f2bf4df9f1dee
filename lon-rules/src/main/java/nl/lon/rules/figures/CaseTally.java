package nl.lon.rules.figures;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.lon.core.escalation.EscalationKind;
import nl.lon.core.id.EscalationId;
import nl.lon.core.id.OrganisationId;

/**
 * The compact working state of one case that is still being read: only what the figures need once
 * the case's last event is known. Internal; not thread-safe.
 */
final class CaseTally {

  /** An escalation raised and not yet resolved. */
  static final class OpenEscalation {
    final EscalationKind kind;
    final String bottleneck;

    OpenEscalation(EscalationKind kind, String bottleneck) {
      this.kind = kind;
      this.bottleneck = bottleneck;
    }
  }

  long lastSequence;
  final LocalDate receivedOn;

  /** Bit per TargetGroup ordinal: the groups as currently assigned. */
  int targetGroups;

  boolean scanned;

  /** Bit per LifeDomain ordinal: the problem life domains of the latest scan. */
  int lifeDomains;

  /** The day the latest scan was scored: the latest is taken by that day, not by recording. */
  LocalDate lifeDomainsOn;

  Set<OrganisationId> organisations = new HashSet<>(8);

  /** Bit per FigureMilestone ordinal: milestones reached. */
  int milestones;

  LocalDate coordinatedOn;
  LocalDate firstDirectorOn;
  FigureOutcome outcome = FigureOutcome.OPEN;
  LocalDate lastClosedOn;
  boolean closedEver;
  boolean followedUp;
  boolean droppedOut;
  boolean reopenedWithin6Months;
  boolean reopenedWithin12Months;
  String director;
  Map<EscalationId, OpenEscalation> openEscalations;

  CaseTally(LocalDate receivedOn) {
    this.receivedOn = receivedOn;
    this.lastSequence = 1;
  }

  boolean reach(FigureMilestone milestone) {
    int bit = 1 << milestone.ordinal();
    if ((milestones & bit) != 0) {
      return false;
    }
    milestones |= bit;
    return true;
  }

  CaseTally copy() {
    CaseTally c = new CaseTally(receivedOn);
    c.lastSequence = lastSequence;
    c.targetGroups = targetGroups;
    c.scanned = scanned;
    c.lifeDomains = lifeDomains;
    c.lifeDomainsOn = lifeDomainsOn;
    c.organisations = new HashSet<>(organisations);
    c.milestones = milestones;
    c.coordinatedOn = coordinatedOn;
    c.firstDirectorOn = firstDirectorOn;
    c.outcome = outcome;
    c.lastClosedOn = lastClosedOn;
    c.closedEver = closedEver;
    c.followedUp = followedUp;
    c.droppedOut = droppedOut;
    c.reopenedWithin6Months = reopenedWithin6Months;
    c.reopenedWithin12Months = reopenedWithin12Months;
    c.director = director;
    c.openEscalations = openEscalations == null ? null : new LinkedHashMap<>(openEscalations);
    return c;
  }
}
