package nl.lon.testkit.conformance;

import nl.lon.persistence.index.InvolvementIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

/**
 * The conformance kit for {@link InvolvementIndex} adapters: one test group per rule I1-I5 of the
 * {@link InvolvementIndex} contract (conformiteitstest verwijsindex).
 *
 * <p>An adapter writer extends this class with {@link #createIndex()}, which must return an empty
 * index, and {@link #release(InvolvementIndex)} when the index holds resources. Rule I5 (no content
 * stored) is reported as a skip: the port's values have no place for content, and what an adapter
 * keeps beside them is outside the kit's sight (the JDBC reference adapter's own test checks its
 * table's columns). Not thread-safe; JUnit creates a new instance for each test.
 *
 * @since 0.1
 */
public abstract class InvolvementIndexConformance {

  InvolvementIndex index;

  /** Creates the kit; called by JUnit through the adapter's subclass. */
  protected InvolvementIndexConformance() {}

  /**
   * Creates the index under test; called once before each test.
   *
   * @return a new, empty index; never null
   * @since 0.1
   */
  protected abstract InvolvementIndex createIndex();

  /**
   * Releases an index after a test; does nothing unless overridden.
   *
   * @param index the index {@link #createIndex()} returned
   * @throws Exception when releasing fails; the test then fails
   * @since 0.1
   */
  protected void release(InvolvementIndex index) throws Exception {}

  @BeforeEach
  final void createIndexUnderTest() {
    index = createIndex();
    if (index == null) {
      throw new IllegalStateException("createIndex() returned null; return the index under test");
    }
  }

  @AfterEach
  final void releaseIndexUnderTest() throws Exception {
    if (index != null) {
      release(index);
    }
  }

  /**
   * Rule I1: one registration per pseudonym, network and organisation; a repeat refreshes it.
   *
   * @since 0.1
   */
  @Nested
  @DisplayName("I1 idempotent registration")
  public class Registration extends InvolvementRegistrationRules {

    /** Creates the group; called by JUnit. */
    public Registration() {}

    @Override
    InvolvementIndexConformance kit() {
      return InvolvementIndexConformance.this;
    }
  }

  /**
   * Rule I2: matches are symmetric, never the caller's own, and only for a registered caller.
   *
   * @since 0.1
   */
  @Nested
  @DisplayName("I2 symmetric matches")
  public class Matches extends InvolvementMatchRules {

    /** Creates the group; called by JUnit. */
    public Matches() {}

    @Override
    InvolvementIndexConformance kit() {
      return InvolvementIndexConformance.this;
    }
  }

  /**
   * Rule I3: expiry removes exactly a network's registrations inactive before a day.
   *
   * @since 0.1
   */
  @Nested
  @DisplayName("I3 expiry")
  public class Expiry extends InvolvementExpiryRules {

    /** Creates the group; called by JUnit. */
    public Expiry() {}

    @Override
    InvolvementIndexConformance kit() {
      return InvolvementIndexConformance.this;
    }
  }

  /**
   * Rule I4: a withdrawal removes one registration.
   *
   * @since 0.1
   */
  @Nested
  @DisplayName("I4 withdrawal")
  public class Withdrawal extends InvolvementWithdrawalRules {

    /** Creates the group; called by JUnit. */
    public Withdrawal() {}

    @Override
    InvolvementIndexConformance kit() {
      return InvolvementIndexConformance.this;
    }
  }

  /**
   * The rule this kit cannot check (I5), reported as a skip with the reason.
   *
   * @since 0.1
   */
  @Nested
  @DisplayName("I5 not checked by the kit")
  public class Untested extends InvolvementIndexUntestedRules {

    /** Creates the group; called by JUnit. */
    public Untested() {}

    @Override
    InvolvementIndexConformance kit() {
      return InvolvementIndexConformance.this;
    }
  }
}
