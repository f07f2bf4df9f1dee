package nl.lon.service;

import static nl.lon.core.testing.Cast.LON;
import static nl.lon.core.testing.Cast.NETWORK;
import static nl.lon.core.testing.Cast.ORGANISATIONS;
import static nl.lon.core.testing.Cast.OTHER_LON;
import static nl.lon.core.testing.Cast.OTHER_NETWORK;
import static nl.lon.core.testing.Cast.PROFESSIONALS;

import java.time.LocalDate;
import nl.lon.persistence.memory.InMemoryDirectory;
import nl.lon.persistence.memory.InMemoryEventStore;
import nl.lon.persistence.memory.InMemoryPersonalDataVault;
import nl.lon.persistence.memory.InMemoryStores;
import nl.lon.persistence.store.Stores;
import nl.lon.persistence.vault.PersonalData;
import nl.lon.rules.profile.MethodologyProfile;

/**
 * Test data for the case service: a client's personal data and a {@link World} that wires a {@link
 * CaseService} to the in-memory adapters, a directory holding the shared cast ({@link
 * nl.lon.core.testing.Cast}) and a {@link ServiceClock}. The commands are in {@link
 * nl.lon.rules.testing.Commands}, the sample values in {@link nl.lon.rules.testing.RulesFixtures}.
 */
public final class ServiceFixtures {

  private ServiceFixtures() {}

  /** A client's personal data, to be kept out of events and audit records. */
  public static final String NAME = "Jantje Zwartewaal-Oudegeest";

  /** The client's address. */
  public static final String ADDRESS = "Zonnebloemstraat 17b";

  /** The sample personal data. */
  public static PersonalData personalData() {
    return PersonalData.builder()
        .name(NAME)
        .address(ADDRESS)
        .residence("Westdorp")
        .phone("0612345678")
        .dateOfBirth(LocalDate.of(1971, 6, 30))
        .build();
  }

  // ---------------------------------------------------------------- the world

  /**
   * A case service under a profile over fresh in-memory adapters, its clock at a day.
   *
   * @param profile the profile of both networks
   * @param today the clock's day
   * @return the world
   */
  public static World world(MethodologyProfile profile, LocalDate today) {
    return new World(profile, today);
  }

  /** A case service wired to in-memory adapters, with handles on every adapter. */
  public static final class World {
    /** The profile. */
    public final MethodologyProfile profile;

    /** The clock. */
    public final ServiceClock clock;

    /** The in-memory storage all adapters belong to. */
    public final InMemoryStores memory = new InMemoryStores();

    /** Every audit record written, across the network chains, in writing order. */
    final AuditView audit = new AuditView(memory);

    /** The storage the services use: the in-memory one, with its audit records noted. */
    public final Stores stores = audit.recordingStores();

    /** The event store. */
    public final InMemoryEventStore store = memory.eventStore();

    /** The vault. */
    public final InMemoryPersonalDataVault vault = memory.vault();

    /** The directory. */
    public final InMemoryDirectory directory = memory.directory();

    /** The service. */
    public final CaseService service;

    World(MethodologyProfile profile, LocalDate today) {
      this.profile = profile;
      this.clock = ServiceClock.at(today);
      directory.put(LON);
      directory.put(OTHER_LON);
      ORGANISATIONS.forEach(directory::put);
      PROFESSIONALS.forEach(directory::put);
      this.service = newService();
    }

    /**
     * Another service instance over the same storage, profiles and clock (as a second node would
     * be).
     *
     * @return a new service
     */
    public CaseService newService() {
      return CaseService.builder()
          .stores(stores)
          .profile(NETWORK, profile)
          .profile(OTHER_NETWORK, profile)
          .clock(clock)
          .build();
    }

    /**
     * @return today, by the clock
     */
    public LocalDate today() {
      return clock.today();
    }
  }
}
