package nl.lon.persistence.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import nl.lon.core.client.Household;
import nl.lon.core.client.TargetGroup;
import nl.lon.core.client.TargetGroupAssignment;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.id.SignalId;
import nl.lon.core.network.PartnerKind;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.core.process.Concern;
import nl.lon.core.process.ReportJudgement;
import nl.lon.core.process.Signal;
import nl.lon.core.process.SignalChannel;
import nl.lon.core.process.SignalSourceKind;
import nl.lon.persistence.store.Stores;
import nl.lon.persistence.vault.PersonalData;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.service.CaseService;
import nl.lon.service.CommandReceipt;
import nl.lon.service.Purpose;
import nl.lon.testkit.sample.SampleDirectory;

/**
 * The child process of the crash-safety tests: drives the public {@link CaseService} on a JDBC
 * database as fast as it can until it is killed: opens cases (signal and personal data in one
 * unit), judges them, and adds information to them. After each command returns it prints {@code ACK
 * <case> <version> <command>} and flushes.
 *
 * <p>A signal's client number and an addition's summary name the command ({@code C-<command>},
 * {@code cmd=<command>}), so the parent can tell which acknowledged command each stored event is.
 * Arguments: JDBC URL, user, password, a label unique per run.
 */
public final class ServiceCrashWriter {

  static final NetworkId NETWORK = NetworkId.of("crash-net");
  static final ProfessionalId DIRECTOR = ProfessionalId.of("p-crash-director");
  static final OrganisationId GGD = OrganisationId.of("ggd");
  static final int OPEN_CASES = 6;

  private ServiceCrashWriter() {}

  /** Fills the directory once, before the first writer starts. */
  static void prepare(Stores stores) {
    stores.directory().put(SampleDirectory.organisation(GGD.getValue(), PartnerKind.GGD));
    stores.directory().put(SampleDirectory.network(NETWORK.getValue(), "Crash"));
    stores
        .directory()
        .put(
            SampleDirectory.professional(
                DIRECTOR.getValue(),
                GGD.getValue(),
                NETWORK.getValue(),
                ProfessionalRole.NETWORK_DIRECTOR));
  }

  static CaseService service(Stores stores) {
    return CaseService.builder()
        .stores(stores)
        .profile(NETWORK, MethodologyProfile.enschede())
        .clock(Clock.systemUTC())
        .build();
  }

  /**
   * Runs until killed.
   *
   * @param args URL, user, password, label
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(args[0]);
    config.setUsername(args[1]);
    config.setPassword(args[2]);
    config.setMaximumPoolSize(2);
    String label = args[3];
    HikariDataSource pool = new HikariDataSource(config);
    JdbcStores stores = JdbcStores.withoutMigration(pool);
    CaseService service = service(stores);
    List<CaseId> cases = new ArrayList<>(stores.eventStore().streams(NETWORK));
    Random random = new Random();
    Purpose purpose = Purpose.of("crash test");
    out.println("READY");
    out.flush();
    for (CaseId caseId : cases) {
      if (stores.eventStore().version(caseId) == 1) {
        // opened by a writer that was killed before it judged the report
        ack(out, caseId, judge(service, purpose, caseId), label + "-" + caseId + "-judge");
      }
    }
    for (long n = 1; ; n++) {
      String command = label + "-" + n;
      if (cases.size() < OPEN_CASES || random.nextInt(10) == 0) {
        CaseId caseId = CaseId.of("crash-" + command);
        CommandReceipt opened =
            service.reportSignal(
                DIRECTOR,
                purpose,
                signal(caseId, command),
                Optional.of(
                    PersonalData.builder()
                        .name("Client " + command)
                        .address("Straat 1")
                        .residence("Enschede")
                        .build()));
        ack(out, caseId, opened, command);
        ack(out, caseId, judge(service, purpose, caseId), command + "-judge");
        cases.add(caseId);
      } else {
        CaseId caseId = cases.get(random.nextInt(cases.size()));
        CommandReceipt added =
            service.execute(
                DIRECTOR,
                purpose,
                caseId,
                new CaseCommand.AddInformation(GGD, "cmd=" + command),
                Optional.of(command));
        ack(out, caseId, added, command);
      }
    }
  }

  private static CommandReceipt judge(CaseService service, Purpose purpose, CaseId caseId) {
    return service.judgeReport(
        DIRECTOR,
        purpose,
        caseId,
        new CaseCommand.JudgeReport(
            ReportJudgement.IN_SCOPE,
            "several life domains",
            Set.of(TargetGroupAssignment.of(TargetGroup.CARE_AVOIDER, "avoids care"))));
  }

  private static void ack(PrintStream out, CaseId caseId, CommandReceipt receipt, String command) {
    out.println("ACK " + caseId + " " + receipt.getVersion() + " " + command);
    out.flush();
  }

  static CaseCommand.ReportSignal signal(CaseId caseId, String command) {
    Signal signal =
        Signal.builder()
            .id(SignalId.of("s-" + command))
            .sourceKind(SignalSourceKind.RESIDENT)
            .channel(SignalChannel.DIRECT_TO_NETWORK_DIRECTOR)
            .receivedOn(LocalDate.now(Clock.systemUTC()))
            .addConcerns(Concern.DOMESTIC_SQUALOR, Concern.DEBTS)
            .clientInformed(true)
            .build();
    return new CaseCommand.ReportSignal(
        caseId, NETWORK, ClientNumber.of("C-" + command), signal, Household.single());
  }
}
