package nl.lon.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import nl.lon.core.client.Household;
import nl.lon.core.client.TargetGroup;
import nl.lon.core.client.TargetGroupAssignment;
import nl.lon.core.error.LonException;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.InformationAdded;
import nl.lon.core.event.ReportJudged;
import nl.lon.core.event.SignalReceived;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.SignalId;
import nl.lon.core.process.Concern;
import nl.lon.core.process.ReportJudgement;
import nl.lon.core.process.Signal;
import nl.lon.core.process.SignalChannel;
import nl.lon.core.process.SignalSourceKind;
import nl.lon.persistence.store.Stores;
import nl.lon.persistence.vault.PersonalData;
import nl.lon.rules.process.CaseCommand;
import nl.lon.service.CaseService;
import nl.lon.service.Purpose;

/**
 * Hostile strings and dates fed through the public case service to a store: only {@link
 * LonException} subtypes may come out, and whatever the service accepted must read back exactly as
 * written (from the events, the vault and the audit log), whatever the store does with odd text.
 */
final class HostileInput {

  /** A marker inside every hostile text; no exception message may contain it. */
  static final String MARKER = "SECRET-MARKER";

  private final Stores stores;
  private final CaseService service;
  private long accepted;
  private long refused;

  HostileInput(Stores stores) {
    this.stores = stores;
    ServiceCrashWriter.prepare(stores);
    this.service = ServiceCrashWriter.service(stores);
  }

  static Arbitrary<String> texts() {
    Arbitrary<String> pieces =
        Arbitraries.of(
            "\uD800",
            "\uDFFF",
            "\u0000",
            "\u0001",
            "\u001F",
            "\u007F",
            "\u0085",
            "\u202E",
            "\u2066",
            "\u200B",
            "\uFEFF",
            "\r\n",
            "\n",
            "\t",
            " ",
            "",
            "é",
            "😀",
            "\\",
            "\"",
            "'; DROP TABLE lon_events; --",
            "ß",
            "a",
            "Jan de Vries",
            "\u0000\u0000",
            "%s",
            "${jndi:ldap://x}",
            "<script>",
            "\uD83D",
            "\uDE00");
    Arbitrary<String> mixed =
        pieces.list().ofMinSize(0).ofMaxSize(6).map(list -> String.join("", list) + MARKER);
    Arbitrary<String> huge =
        Arbitraries.integers()
            .between(1, 3)
            .map(n -> "x".repeat(n == 1 ? 4_001 : n == 2 ? 10_001 : 1_100_000) + MARKER);
    Arbitrary<String> plain =
        Arbitraries.strings().ofMinLength(1).ofMaxLength(40).map(s -> s + MARKER);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, mixed),
        net.jqwik.api.Tuple.of(1, huge),
        net.jqwik.api.Tuple.of(3, plain));
  }

  static Arbitrary<LocalDate> dates() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            LocalDate.MIN,
            LocalDate.MAX,
            LocalDate.of(202, 3, 2),
            LocalDate.of(1899, 12, 31),
            LocalDate.of(1900, 1, 1),
            LocalDate.of(2100, 1, 1),
            LocalDate.of(2199, 12, 31),
            LocalDate.of(2200, 1, 1),
            LocalDate.of(9999, 12, 31),
            LocalDate.now().minusYears(40)),
        Arbitraries.longs().between(-1_000_000, 1_000_000).map(d -> LocalDate.now().plusDays(d)));
  }

  /** Texts that are odd but valid: they must be accepted and read back exactly. */
  static Arbitrary<String> validTexts() {
    return Arbitraries.of(
            "Buurman meldt overlast",
            "Zoë en Anaïs",
            "regel 1\nregel 2\tmet tab",
            "😀 emoji",
            "'; DROP TABLE lon_events; --",
            "\"quotes\" and \\backslash\\",
            "${jndi:ldap://x}",
            "<script>x</script>",
            "ß∂ƒ©˙∆˚¬",
            "%s %n %d")
        .map(t -> t + " " + MARKER);
  }

  static Arbitrary<Attempt> attempts() {
    Arbitrary<Attempt> valid =
        Combinators.combine(validTexts(), validTexts(), validTexts())
            .as(
                (summary, purpose, name) ->
                    new Attempt(summary, purpose, name, LocalDate.now(), LocalDate.of(1970, 5, 1)));
    Arbitrary<Attempt> hostileSummary =
        texts()
            .map(
                t ->
                    new Attempt(
                        t, "register", "Jan de Vries", LocalDate.now(), LocalDate.of(1970, 5, 1)));
    Arbitrary<Attempt> hostilePurpose =
        texts()
            .map(
                t ->
                    new Attempt(
                        "summary " + MARKER,
                        t,
                        "Jan de Vries",
                        LocalDate.now(),
                        LocalDate.of(1970, 5, 1)));
    Arbitrary<Attempt> hostileName =
        texts()
            .map(
                t ->
                    new Attempt(
                        "summary " + MARKER,
                        "register",
                        t,
                        LocalDate.now(),
                        LocalDate.of(1970, 5, 1)));
    Arbitrary<Attempt> hostileDates =
        Combinators.combine(dates(), dates())
            .as(
                (signalled, born) ->
                    new Attempt("summary " + MARKER, "register", "Jan de Vries", signalled, born));
    Arbitrary<Attempt> allHostile =
        Combinators.combine(texts(), texts(), texts(), dates(), dates()).as(Attempt::new);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, valid), net.jqwik.api.Tuple.of(2, hostileSummary),
        net.jqwik.api.Tuple.of(1, hostilePurpose), net.jqwik.api.Tuple.of(1, hostileName),
        net.jqwik.api.Tuple.of(2, hostileDates), net.jqwik.api.Tuple.of(1, allHostile));
  }

  /** One hostile attempt: a summary, a purpose, a name, a signal date and a date of birth. */
  record Attempt(
      String summary, String purpose, String name, LocalDate signalled, LocalDate born) {}

  /** Runs one attempt; fails the property on anything but a clean refusal or an exact read-back. */
  void attempt(Attempt a) {
    CaseId caseId = CaseId.generate();
    try {
      Signal signal =
          Signal.builder()
              .id(SignalId.of("s-" + caseId.getValue()))
              .sourceKind(SignalSourceKind.RESIDENT)
              .channel(SignalChannel.DIRECT_TO_NETWORK_DIRECTOR)
              .receivedOn(a.signalled())
              .addConcerns(Concern.DEBTS)
              .clientInformed(true)
              .description(a.summary())
              .build();
      PersonalData data =
          PersonalData.builder()
              .name(a.name())
              .address("Straat 1")
              .residence("Enschede")
              .dateOfBirth(a.born())
              .build();
      Purpose purpose = Purpose.of(a.purpose());
      ClientNumber client = ClientNumber.of("C-" + caseId.getValue());
      service.reportSignal(
          ServiceCrashWriter.DIRECTOR,
          purpose,
          new CaseCommand.ReportSignal(
              caseId, ServiceCrashWriter.NETWORK, client, signal, Household.single()),
          Optional.of(data));
      assertEquals(
          Optional.of(data),
          service.personalData(ServiceCrashWriter.DIRECTOR, purpose, caseId),
          "personal data must read back exactly as written");
      List<CaseEvent> opened = service.timeline(ServiceCrashWriter.DIRECTOR, purpose, caseId);
      assertEquals(
          signal,
          ((SignalReceived) opened.get(0)).getSignal(),
          "the signal must read back exactly");
      service.judgeReport(
          ServiceCrashWriter.DIRECTOR,
          purpose,
          caseId,
          new CaseCommand.JudgeReport(
              ReportJudgement.IN_SCOPE,
              a.summary(),
              Set.of(TargetGroupAssignment.of(TargetGroup.CARE_AVOIDER, a.summary()))));
      service.execute(
          ServiceCrashWriter.DIRECTOR,
          purpose,
          caseId,
          new CaseCommand.AddInformation(ServiceCrashWriter.GGD, a.summary()),
          Optional.empty());
      accepted++;
    } catch (LonException e) {
      if (refused == 0 && System.getProperty("lon.hostile.debug") != null) {
        e.printStackTrace();
      }
      refused++;
      assertNoMarker(e);
    }
    // whatever got in reads back exactly, and the audit log still verifies
    for (CaseEvent e : stores.eventStore().read(caseId)) {
      if (e instanceof InformationAdded) {
        assertEquals(
            a.summary(),
            ((InformationAdded) e).getSummary(),
            "a stored summary must read back exactly");
      }
      if (e instanceof ReportJudged) {
        assertEquals(
            a.summary(), ((ReportJudged) e).getReason(), "a stored reason must read back exactly");
      }
    }
    assertTrue(stores.auditLog().verify().isOk(), "the audit log must verify after hostile input");
  }

  private static void assertNoMarker(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      Throwable current = t;
      assertTrue(
          !String.valueOf(current.getMessage()).contains(MARKER),
          () -> "an exception message holds the input: " + current.getClass().getName());
      for (Throwable s : t.getSuppressed()) {
        assertNoMarker(s);
      }
    }
  }

  String summary() {
    return accepted
        + " accepted and read back exactly, "
        + refused
        + " refused with a LonException";
  }
}
