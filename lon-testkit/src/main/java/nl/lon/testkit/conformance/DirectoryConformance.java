package nl.lon.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.network.Network;
import nl.lon.core.network.PartnerKind;
import nl.lon.core.network.PartnerOrganisation;
import nl.lon.core.network.Professional;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.persistence.directory.Directory;
import nl.lon.testkit.sample.SampleDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The conformance kit for {@link Directory} adapters: one test per rule D1-D4 of the {@link
 * Directory} contract (conformiteitstest register).
 *
 * <pre>{@code
 * class JdbcDirectoryConformanceTest extends DirectoryConformance {
 *   protected Directory createDirectory() { return new JdbcDirectory(freshDataSource()); }
 * }
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/KitSnippets.java}.
 *
 * <p>{@link #createDirectory()} must return an empty directory, because the tests list all
 * networks. Not thread-safe; JUnit creates a new instance for each test.
 *
 * @since 0.1
 */
public abstract class DirectoryConformance {

  private Directory directory;

  /** Creates the kit; called by JUnit through the adapter's subclass. */
  protected DirectoryConformance() {}

  /**
   * Creates the directory under test; called once before each test.
   *
   * @return a new, empty directory; never null
   * @since 0.1
   */
  protected abstract Directory createDirectory();

  /**
   * Releases a directory after a test; does nothing unless overridden.
   *
   * @param directory the directory {@link #createDirectory()} returned
   * @throws Exception when releasing fails; the test then fails
   * @since 0.1
   */
  protected void release(Directory directory) throws Exception {}

  @BeforeEach
  final void createDirectoryUnderTest() {
    directory = createDirectory();
    if (directory == null) {
      throw new IllegalStateException("createDirectory() returned null; return the directory under test");
    }
    assertEquals(List.of(), directory.networks(), "createDirectory() must return an empty directory");
  }

  @AfterEach
  final void releaseDirectoryUnderTest() throws Exception {
    if (directory != null) {
      release(directory);
    }
  }

  /**
   * Rules D1, D2 and D4: values are stored under their id and looked up unchanged.
   *
   * @since 0.1
   */
  @Nested
  @DisplayName("D1 put, D2 lookup, D4 no reference checks")
  public class PutAndLookup {

    /** Creates the group; called by JUnit. */
    public PutAndLookup() {}

    /** D1/D2: a network, an organisation and a professional are looked up as put. */
    @Test
    void d1_put_thenLookupReturnsEachKind() {
      Network n = SampleDirectory.network("kit-n", "Noord");
      PartnerOrganisation o = SampleDirectory.organisation("ggd", PartnerKind.GGD);
      Professional p =
          SampleDirectory.professional("p-1", "ggd", "kit-n", ProfessionalRole.NETWORK_DIRECTOR);
      directory.put(n);
      directory.put(o);
      directory.put(p);
      assertEquals(Optional.of(n), directory.network(n.getId()), "D2: the network as put");
      assertEquals(Optional.of(o), directory.organisation(o.getId()), "D2: the organisation as put");
      assertEquals(Optional.of(p), directory.professional(p.getId()), "D2: the professional as put");
    }

    /** D1: a put with an existing id replaces the earlier value. */
    @Test
    void d1_putSameId_replaces() {
      directory.put(SampleDirectory.network("kit-n", "Oud"));
      Network newer = SampleDirectory.network("kit-n", "Nieuw");
      directory.put(newer);
      directory.put(SampleDirectory.professional("p-1", "ggd", "kit-n", ProfessionalRole.CORE_MEMBER));
      Professional p2 =
          SampleDirectory.professional("p-1", "ggd", "kit-n", ProfessionalRole.TRAJECTORY_DIRECTOR);
      directory.put(p2);
      assertEquals(Optional.of(newer), directory.network(newer.getId()), "D1: put replaces the network");
      assertEquals(List.of(newer), directory.networks(), "D1: one network per id");
      assertEquals(Optional.of(p2), directory.professional(p2.getId()), "D1: put replaces the professional");
    }

    /** D2: unknown ids are empty. */
    @Test
    void d2_unknownIds_areEmpty() {
      assertEquals(Optional.empty(), directory.network(NetworkId.of("kit-none")), "D2: unknown network");
      assertEquals(
          Optional.empty(), directory.organisation(OrganisationId.of("kit-none")), "D2: unknown organisation");
      assertEquals(
          Optional.empty(), directory.professional(ProfessionalId.of("kit-none")), "D2: unknown professional");
      assertEquals(List.of(), directory.professionals(NetworkId.of("kit-none")), "D2: unknown network");
    }

    /** D4: a professional whose organisation and network are unknown is stored anyway. */
    @Test
    void d4_professionalWithUnknownReferences_isStored() {
      Professional p =
          SampleDirectory.professional("p-lost", "kit-unknown-org", "kit-unknown-net", ProfessionalRole.SHELL_MEMBER);
      directory.put(p);
      assertEquals(Optional.of(p), directory.professional(p.getId()), "D4: no reference checks");
    }
  }

  /**
   * Rule D3: lists are immutable snapshots ordered by id.
   *
   * @since 0.1
   */
  @Nested
  @DisplayName("D3 lists")
  public class Lists {

    /** Creates the group; called by JUnit. */
    public Lists() {}

    /** D3: networks are listed in id order. */
    @Test
    void d3_networks_areOrderedById() {
      Network c = SampleDirectory.network("kit-c", "C");
      Network a = SampleDirectory.network("kit-a", "A");
      Network b = SampleDirectory.network("kit-b", "B");
      directory.put(c);
      directory.put(a);
      directory.put(b);
      assertEquals(List.of(a, b, c), directory.networks(), "D3: networks ordered by id");
    }

    /** D3: the professionals of a network are listed in id order, without other networks'. */
    @Test
    void d3_professionalsOfANetwork_areOrderedById() {
      Professional p3 = SampleDirectory.professional("p-3", "ggd", "kit-n", ProfessionalRole.CORE_MEMBER);
      Professional p1 = SampleDirectory.professional("p-1", "ggd", "kit-n", ProfessionalRole.NETWORK_DIRECTOR);
      Professional other = SampleDirectory.professional("p-2", "ggd", "kit-m", ProfessionalRole.CORE_MEMBER);
      directory.put(p3);
      directory.put(other);
      directory.put(p1);
      assertEquals(
          List.of(p1, p3),
          directory.professionals(NetworkId.of("kit-n")),
          "D3: the network's professionals ordered by id");
    }

    /** D3: lists are immutable snapshots. */
    @Test
    void d3_lists_areImmutableSnapshots() {
      directory.put(SampleDirectory.network("kit-a", "A"));
      directory.put(SampleDirectory.professional("p-1", "ggd", "kit-a", ProfessionalRole.CORE_MEMBER));
      List<Network> networks = directory.networks();
      List<Professional> professionals = directory.professionals(NetworkId.of("kit-a"));
      assertThrows(
          UnsupportedOperationException.class,
          () -> networks.add(SampleDirectory.network("kit-z", "Z")),
          "D3: networks() must return an immutable list");
      assertThrows(
          UnsupportedOperationException.class,
          () -> professionals.clear(),
          "D3: professionals() must return an immutable list");
      directory.put(SampleDirectory.network("kit-b", "B"));
      assertEquals(1, networks.size(), "D3: an earlier list must not grow with later puts");
    }
  }
}
