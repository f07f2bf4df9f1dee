package nl.lon.core.event;

import nl.lon.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A paper file of the case exists, and where it is kept (papieren dossier).
 *
 * <p>"Naast het digitale systeem bewaren de netwerken ook gegevens in papieren dossiers" (seeds/004
 * l.1264). What the vault erases and the retention period ends does not reach paper: the marker
 * tells whoever erases or hands over the case that a paper file must follow. The location names a
 * place (an archive, a cabinet), never the client. Immutable and thread-safe; build with {@link
 * #builder()}.
 *
 * @since 0.3
 */
@Value.Immutable
public abstract non-sealed class PaperFileRecorded implements CaseEvent {

  PaperFileRecorded() {}

  /**
   * Where the paper file is kept, without personal data.
   *
   * @return a text with visible content, at most 200 characters
   */
  public abstract String getLocation();

  @Override
  public final EventType getType() {
    return EventType.PAPER_FILE_RECORDED;
  }

  @Value.Check
  void check() {
    Checks.text(getLocation(), Checks.MAX_LABEL, "PaperFileRecorded.location");
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link PaperFileRecorded}: set the attributes, then {@code build()} validates them and
   * returns the value. Not thread-safe: use one builder per value.
   *
   * @since 0.3
   */
  public static final class Builder extends ImmutablePaperFileRecorded.Builder {
    /** Creates an empty builder, the same as {@link PaperFileRecorded#builder()}. */
    public Builder() {}
  }
}
