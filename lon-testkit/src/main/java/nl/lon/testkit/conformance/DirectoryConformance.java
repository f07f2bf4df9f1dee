package nl.lon.testkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.lon.persistence.directory.Directory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

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

  Directory directory;

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
      throw new IllegalStateException(
          "createDirectory() returned null; return the directory under test");
    }
    assertEquals(
        List.of(), directory.networks(), "createDirectory() must return an empty directory");
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
  public class PutAndLookup extends DirectoryRules {

    /** Creates the group; called by JUnit. */
    public PutAndLookup() {}

    @Override
    DirectoryConformance kit() {
      return DirectoryConformance.this;
    }
  }

  /**
   * Rule D3: lists are immutable snapshots ordered by id.
   *
   * @since 0.1
   */
  @Nested
  @DisplayName("D3 lists")
  public class Lists extends DirectoryListRules {

    /** Creates the group; called by JUnit. */
    public Lists() {}

    @Override
    DirectoryConformance kit() {
      return DirectoryConformance.this;
    }
  }
}
