package nl.lon.persistence.memory;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.network.Network;
import nl.lon.core.network.PartnerOrganisation;
import nl.lon.core.network.Professional;
import nl.lon.persistence.directory.Directory;

/**
 * A {@link Directory} that keeps networks, organisations and professionals in memory (register in
 * het werkgeheugen).
 *
 * <pre>{@code
 * Directory directory = new InMemoryDirectory();
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/PersistenceSnippets.java}.
 *
 * <p>Thread-safe; each {@code put} is atomic.
 *
 * @since 0.1
 */
public final class InMemoryDirectory implements Directory {

  private final ConcurrentMap<NetworkId, Network> networks = new ConcurrentHashMap<>();
  private final ConcurrentMap<OrganisationId, PartnerOrganisation> organisations =
      new ConcurrentHashMap<>();
  private final ConcurrentMap<ProfessionalId, Professional> professionals =
      new ConcurrentHashMap<>();

  /** Creates an empty directory. */
  public InMemoryDirectory() {}

  @Override
  public void put(Network network) {
    networks.put(required(network, "Directory.network").getId(), network);
  }

  @Override
  public void put(PartnerOrganisation organisation) {
    organisations.put(required(organisation, "Directory.organisation").getId(), organisation);
  }

  @Override
  public void put(Professional professional) {
    professionals.put(required(professional, "Directory.professional").getId(), professional);
  }

  @Override
  public Optional<Network> network(NetworkId id) {
    return Optional.ofNullable(networks.get(required(id, "Directory.id")));
  }

  @Override
  public List<Network> networks() {
    return networks.values().stream()
        .sorted(Comparator.comparing(Network::getId))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public Optional<PartnerOrganisation> organisation(OrganisationId id) {
    return Optional.ofNullable(organisations.get(required(id, "Directory.id")));
  }

  @Override
  public Optional<Professional> professional(ProfessionalId id) {
    return Optional.ofNullable(professionals.get(required(id, "Directory.id")));
  }

  @Override
  public List<Professional> professionals(NetworkId network) {
    required(network, "Directory.network");
    return professionals.values().stream()
        .filter(p -> p.getNetwork().equals(network))
        .sorted(Comparator.comparing(Professional::getId))
        .collect(ImmutableList.toImmutableList());
  }

  private static <T> T required(T value, String field) {
    if (value == null) {
      throw new InvalidValueException(field);
    }
    return value;
  }
}
