package nl.lon.core.id;

import org.immutables.value.Value;

/**
 * Identifies one case: the trajectory of one client (system) in one network, from signal to
 * follow-up.
 *
 * <p>Dutch: <em>casus</em>. Immutable and thread-safe; equal when the values are equal.
 *
 * <pre>{@code
 * CaseId id = CaseId.of("case-2026-0042");
 * CaseId fresh = CaseId.generate();
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/CoreSnippets.java}.
 *
 * @since 0.1
 */
@Value.Immutable(builder = false, copy = false)
public abstract class CaseId extends Identifier<CaseId> {

  CaseId() {}

  /**
   * Obtains an identifier from its text value.
   *
   * @param value 1-128 letters, digits or {@code . _ : -}
   * @return the identifier
   * @throws nl.lon.core.error.InvalidValueException when the value is blank or malformed
   */
  public static CaseId of(String value) {
    return ImmutableCaseId.of(value);
  }

  /**
   * A new case id that no other call, process or machine hands out: {@code case-} and a random
   * (version 4) UUID, so a vendor need not invent case ids and two openers never collide by chance.
   *
   * @return a fresh identifier, for example {@code case-3f2c6a1e-8a51-4c0e-9a57-0c3b8f6d2a10}
   */
  public static CaseId generate() {
    return of("case-" + java.util.UUID.randomUUID());
  }
}
