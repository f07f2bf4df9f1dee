package nl.lon.testkit.broken;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.network.Network;
import nl.lon.core.network.PartnerOrganisation;
import nl.lon.core.network.Professional;
import nl.lon.persistence.directory.Directory;
import nl.lon.persistence.memory.InMemoryDirectory;
import nl.lon.testkit.sample.SampleDirectory;

/** The in-memory directory with one deliberate defect; without a defect it is correct. */
final class BrokenDirectory implements Directory {

  /** The deliberate defects. */
  enum Defect {
    /** No defect: the in-memory directory. */
    NONE,
    /** A put keeps the value stored earlier under the id (rule D1). */
    PUT_KEEPS_EARLIER_VALUE,
    /** An unknown network id is answered with a placeholder network (rule D2). */
    UNKNOWN_NETWORK_AS_PLACEHOLDER,
    /** Networks are listed in the order they were first put (rule D3). */
    NETWORKS_IN_PUT_ORDER,
    /**
     * A professional is looked up joined to its network, so one whose network is unknown is not
     * found (rule D4).
     */
    JOINS_PROFESSIONAL_TO_NETWORK
  }

  private final Defect defect;
  private final InMemoryDirectory directory = new InMemoryDirectory();
  private final List<NetworkId> putOrder = new ArrayList<>();

  BrokenDirectory(Defect defect) {
    this.defect = defect;
  }

  @Override
  public synchronized void put(Network network) {
    if (defect == Defect.PUT_KEEPS_EARLIER_VALUE
        && directory.network(network.getId()).isPresent()) {
      return;
    }
    if (!putOrder.contains(network.getId())) {
      putOrder.add(network.getId());
    }
    directory.put(network);
  }

  @Override
  public void put(PartnerOrganisation organisation) {
    directory.put(organisation);
  }

  @Override
  public void put(Professional professional) {
    if (defect == Defect.PUT_KEEPS_EARLIER_VALUE
        && directory.professional(professional.getId()).isPresent()) {
      return;
    }
    directory.put(professional);
  }

  @Override
  public Optional<Network> network(NetworkId id) {
    Optional<Network> found = directory.network(id);
    if (found.isEmpty() && defect == Defect.UNKNOWN_NETWORK_AS_PLACEHOLDER) {
      return Optional.of(SampleDirectory.network(id.getValue(), "onbekend netwerk"));
    }
    return found;
  }

  @Override
  public synchronized List<Network> networks() {
    if (defect != Defect.NETWORKS_IN_PUT_ORDER) {
      return directory.networks();
    }
    ImmutableList.Builder<Network> inOrder = ImmutableList.builder();
    putOrder.forEach(id -> directory.network(id).ifPresent(inOrder::add));
    return inOrder.build();
  }

  @Override
  public Optional<PartnerOrganisation> organisation(OrganisationId id) {
    return directory.organisation(id);
  }

  @Override
  public Optional<Professional> professional(ProfessionalId id) {
    if (defect == Defect.JOINS_PROFESSIONAL_TO_NETWORK) {
      return directory.professional(id).filter(p -> directory.network(p.getNetwork()).isPresent());
    }
    return directory.professional(id);
  }

  @Override
  public List<Professional> professionals(NetworkId network) {
    return directory.professionals(network);
  }
}
