package nl.lon.examples.snippets;

import java.time.Clock;
import java.util.Optional;
import nl.lon.core.client.Household;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.process.Signal;
import nl.lon.core.state.CaseState;
import nl.lon.persistence.store.Stores;
import nl.lon.rules.agenda.CaseList;
import nl.lon.rules.agenda.CaseListEntry;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.service.CaseService;
import nl.lon.service.CommandReceipt;
import nl.lon.service.Purpose;

/**
 * The Javadoc examples of {@code lon-service}, each verbatim inside compiling code; {@code
 * JavadocExamplesTest} checks that every example is here.
 */
final class ServiceSnippets {

  private ServiceSnippets() {}

  /** {@link CaseService}. */
  static CaseId reportSignal(
      Stores stores,
      NetworkId network,
      Clock clock,
      ProfessionalId me,
      ClientNumber client,
      Signal signal,
      Household household) {
    CaseService service =
        CaseService.builder()
            .stores(stores)
            .profile(network, MethodologyProfile.enschede())
            .clock(clock)
            .build();
    CaseId caseId = CaseId.generate();
    service.reportSignal(
        me,
        Purpose.of("register report"),
        new CaseCommand.ReportSignal(caseId, network, client, signal, household),
        Optional.empty());
    return caseId;
  }

  /** {@link CommandReceipt}. */
  static CaseState receipt(
      CaseService service,
      ProfessionalId partner,
      ProfessionalId director,
      Purpose purpose,
      CaseId caseId,
      CaseCommand.AddInformation command,
      CaseCommand.JudgeReport judgement) {
    CommandReceipt r = service.addInformation(partner, purpose, caseId, command);
    long version = r.getVersion();
    r.getState().ifPresent(state -> show(state));
    CaseState state = service.judgeReport(director, purpose, caseId, judgement).state(); // may read
    return state;
  }

  /** {@link Purpose}. */
  static Purpose purpose() {
    return Purpose.of("prepare network meeting").onBehalfOf("network director");
  }

  private static void show(CaseState state) {
    // a user interface would show the state here
  }

  /** {@link nl.lon.service.CaseExtract}. */
  static void extract(CaseService service, ProfessionalId me, CaseId caseId) {
    nl.lon.service.CaseExtract extract =
        service.extract(me, Purpose.of("hand over to GGZ"), caseId);
    extract.getObligations(); // every obligation for a network director, else only one's own
    extract
        .getPersonalData(); // empty under client numbers only, or when the reader may not see them
  }

  /** {@link CaseService#caseList}. */
  static void caseList(
      CaseService service, ProfessionalId director, NetworkId network, java.time.LocalDate day) {
    CaseList list = service.caseList(director, Purpose.of("prepare network meeting"), network, day);
    for (CaseListEntry entry : list.getEntries()) {
      print(entry.getCaseId(), entry.getDue(), entry.getDecided());
    }
  }

  private static void print(Object caseId, Object due, Object decided) {
    // a user interface would show the entry here
  }
}
