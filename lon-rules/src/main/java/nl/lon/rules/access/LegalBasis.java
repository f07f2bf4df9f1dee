package nl.lon.rules.access;

import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A legal basis for sharing information about a client without their consent (grondslag), as
 * catalogue data.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class LegalBasis {

  LegalBasis() {}

  /**
   * A stable code, for example {@code "wvggz-report"}.
   *
   * @return the code
   */
  public abstract String getCode();

  /**
   * The name in English.
   *
   * @return the name
   */
  public abstract String getName();

  /**
   * The name in Dutch.
   *
   * @return the name
   */
  public abstract String getNameNl();

  /**
   * The source: law, article or guidance.
   *
   * @return the citation
   */
  public abstract String getSource();

  @Value.Check
  void check() {
    Checks.identifier(getCode(), "LegalBasis.code");
    Checks.notBlank(getName(), "LegalBasis.name");
    Checks.notBlank(getNameNl(), "LegalBasis.nameNl");
    Checks.notBlank(getSource(), "LegalBasis.source");
  }

  /**
   * Creates a legal basis.
   *
   * @param code the code
   * @param name the English name
   * @param nameNl the Dutch name
   * @param source the source
   * @return the legal basis
   */
  public static LegalBasis of(String code, String name, String nameNl, String source) {
    return builder().code(code).name(name).nameNl(nameNl).source(source).build();
  }

  /** A new builder, for the factories of this type. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LegalBasis} for the factories of this type; not part of the public API. */
  static final class Builder extends ImmutableLegalBasis.Builder {
    Builder() {}
  }
}
