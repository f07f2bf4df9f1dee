package nl.lon.core.error;

/**
 * A signal named a case id that is already in use (casusnummer al in gebruik).
 *
 * <p>Nothing was written and nothing of the existing case is disclosed, not even its network or
 * version ({@link #getActualVersion()} is -1). It happens when two openers race for one case id, or
 * when a case id is used again: choose a new one, for example {@code CaseId.generate()}.
 *
 * @since 0.2
 */
public class CaseIdInUseException extends ConcurrencyConflictException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the error.
   *
   * @param caseId the case id asked for
   */
  public CaseIdInUseException(String caseId) {
    super(
        "case id "
            + caseId
            + " is already in use; nothing was written. Open the case under a new"
            + " case id (CaseId.generate())",
        caseId,
        0,
        -1);
  }
}
