package nl.lon.testkit.conformance;

import nl.lon.persistence.directory.Directory;
import org.junit.jupiter.api.BeforeEach;

/** What every rule group of {@link DirectoryConformance} shares: the directory under test. */
abstract class DirectoryGroup {

  Directory directory;

  /** The kit this group runs in; its {@code @BeforeEach} has created the directory. */
  abstract DirectoryConformance kit();

  @BeforeEach
  final void bindToDirectoryUnderTest() {
    directory = kit().directory;
  }
}
