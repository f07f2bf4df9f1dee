package nl.lon.core.error;

/**
 * A case, network, professional or other record does not exist (niet gevonden).
 *
 * @since 0.1
 */
public class NotFoundException extends LonException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the error.
   *
   * @param what the kind of record, for example {@code "case"}
   * @param id the id looked for
   */
  public NotFoundException(String what, String id) {
    super(what + " " + id + " does not exist; check the id");
  }
}
