package nl.lon.examples.demo;

import java.util.Collection;
import nl.lon.core.id.CaseId;
import nl.lon.rules.agenda.Agenda;
import nl.lon.rules.agenda.Obligation;

/**
 * What an agenda holds besides the told cases: the obligations of the network's other cases, how
 * many of them are overdue, and of how many cases.
 *
 * @param obligations the other cases' obligations
 * @param overdue how many of those are overdue
 * @param cases how many other cases they belong to
 */
record OtherCases(int obligations, int overdue, int cases) {

  static OtherCases of(Agenda agenda, Collection<CaseId> told) {
    int obligations = 0;
    int overdue = 0;
    java.util.Set<CaseId> cases = new java.util.HashSet<>();
    for (Obligation o : agenda.getObligations()) {
      if (!told.contains(o.getCaseId())) {
        obligations++;
        overdue += o.isOverdue() ? 1 : 0;
        cases.add(o.getCaseId());
      }
    }
    return new OtherCases(obligations, overdue, cases.size());
  }
}
