package nl.lon.persistence.memory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.lon.core.client.Household;
import nl.lon.core.event.CaseEvent;
import nl.lon.core.event.CaseReopened;
import nl.lon.core.event.EventMetadata;
import nl.lon.core.event.SignalReceived;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ClientNumber;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.id.SignalId;
import nl.lon.core.process.Concern;
import nl.lon.core.process.Signal;
import nl.lon.core.process.SignalChannel;
import nl.lon.core.process.SignalSourceKind;

/** Small events for store tests; the store does not fold, so any type will do. */
final class TestEvents {
  static final NetworkId N1 = NetworkId.of("n1");
  static final NetworkId N2 = NetworkId.of("n2");

  private TestEvents() {}

  static EventMetadata meta(CaseId stream, long sequence) {
    return EventMetadata.of(
        stream,
        sequence,
        LocalDate.of(2026, 3, 2),
        Instant.parse("2026-03-02T09:00:00Z").plusSeconds(sequence),
        ProfessionalId.of("p1"));
  }

  static CaseEvent event(CaseId stream, long sequence) {
    return CaseReopened.builder().metadata(meta(stream, sequence)).reason("r" + sequence).build();
  }

  /** Events with sequences {@code from} to {@code from + count - 1}. */
  static List<CaseEvent> batch(CaseId stream, long from, int count) {
    List<CaseEvent> events = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      events.add(event(stream, from + i));
    }
    return events;
  }

  static SignalReceived signal(CaseId stream, NetworkId network) {
    return SignalReceived.builder()
        .metadata(meta(stream, 1))
        .network(network)
        .clientNumber(ClientNumber.of("C1"))
        .signal(
            Signal.builder()
                .id(SignalId.of("s1"))
                .sourceKind(SignalSourceKind.RESIDENT)
                .channel(SignalChannel.DIRECT_TO_NETWORK_DIRECTOR)
                .receivedOn(LocalDate.of(2026, 3, 2))
                .addConcerns(Concern.NUISANCE)
                .clientInformed(true)
                .build())
        .household(Household.of(1, 0))
        .build();
  }
}
