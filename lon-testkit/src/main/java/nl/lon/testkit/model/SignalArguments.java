package nl.lon.testkit.model;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import nl.lon.core.client.Household;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.SignalId;
import nl.lon.core.network.PartnerKind;
import nl.lon.core.process.Concern;
import nl.lon.core.process.Signal;
import nl.lon.core.process.SignalChannel;
import nl.lon.core.process.SignalSourceKind;
import nl.lon.rules.process.CaseCommand;
import nl.lon.rules.profile.ClientInformedPolicy;
import nl.lon.rules.profile.MethodologyProfile;
import nl.lon.testkit.arbitraries.LonArbitraries;

/** The generated arguments of a signal: who signals, about what, and how many days ago. */
record SignalArguments(
    SignalSourceKind source,
    SignalChannel channel,
    Set<Concern> concerns,
    Tuple.Tuple3<Boolean, Boolean, Boolean> flags,
    String description,
    Household household,
    int daysAgo,
    int number) {

  /** Signals as a network receives them: mostly informed clients, now and then a crisis. */
  static Arbitrary<SignalArguments> arbitrary() {
    Arbitrary<Tuple.Tuple3<Boolean, Boolean, Boolean>> flags =
        Combinators.combine(
                UseCaseArguments.rarely(20),
                UseCaseArguments.rarely(20),
                UseCaseArguments.usually(true, 7, 3))
            .as(Tuple::of);
    return Combinators.combine(
            Arbitraries.of(SignalSourceKind.class),
            Arbitraries.of(SignalChannel.class),
            Arbitraries.of(Concern.class).set().ofMinSize(1).ofMaxSize(4),
            flags,
            UseCaseArguments.text("Zorgen over de woonsituatie"),
            LonArbitraries.households(),
            UseCaseArguments.days(3),
            Arbitraries.integers().between(0, 99_999))
        .as(SignalArguments::new);
  }

  /** The signal as a command opening a case, received some days before today. */
  CaseCommand.ReportSignal command(
      CaseId caseId, ClientNumber client, LocalDate today, MethodologyProfile profile) {
    boolean organisation =
        source == SignalSourceKind.PARTNER_ORGANISATION
            || source == SignalSourceKind.OTHER_ORGANISATION;
    // Enschede's signaller informs the client before the report (l.1400-1401)
    boolean informed =
        flags.get3() || profile.getClientInformedBeforeReport() == ClientInformedPolicy.REQUIRED;
    Signal signal =
        Signal.builder()
            .id(SignalId.of("s-" + number))
            .sourceKind(source)
            .signallerOrganisation(
                organisation ? Optional.of(ProcessCast.HOUSING.getId()) : Optional.empty())
            .signallerKind(
                organisation ? Optional.of(PartnerKind.HOUSING_CORPORATION) : Optional.empty())
            .channel(channel)
            .receivedOn(today.minusDays(daysAgo))
            .concerns(concerns)
            .description(description)
            .acuteCrisis(flags.get1())
            .clientMinor(flags.get2())
            .clientInformed(informed)
            .notInformedReason(
                informed ? Optional.empty() : Optional.of("vertrouwensrelatie met de melder"))
            .build();
    return new CaseCommand.ReportSignal(caseId, ProcessCast.NETWORK_ID, client, signal, household);
  }

  @Override
  public String toString() {
    return "receive a signal from " + source + " about " + concerns;
  }
}
