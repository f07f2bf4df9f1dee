package nl.lon.interop.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.util.Locale;
import java.util.Objects;
import nl.lon.core.id.CaseId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.service.CaseExtract;
import nl.lon.service.CaseService;
import nl.lon.service.Purpose;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Exports a case as a FHIR R4 {@link Bundle} for one reader, with what the access protocol lets
 * that reader see (FHIR-export): an {@code EpisodeOfCare} for the case with its status history from
 * the process steps and the network as managing organisation, a {@code CarePlan} with {@code Goal}s
 * and activities per plan version, a {@code CareTeam} for the trajectory director and the involved
 * professionals and organisations, a {@code Consent} per consent with its scope, a {@code Task} per
 * open obligation of the agenda the reader may see, with its due date, and a {@code Flag} per Wvggz
 * measure in force; with the {@code Patient}, {@code Organization}s and {@code Practitioner}s they
 * refer to. The client is known by the client number only, unless the network stores names and the
 * reader may see them. The mapping, element by element: {@code docs/fhir-mapping.md}.
 *
 * <p>The export goes through {@link CaseService#extract}: the service decides every part with the
 * access rules and audits the export as one read (operation {@code export-case}) with the data
 * categories it carries; a reader without access gets {@link
 * nl.lon.core.error.AccessDeniedException} with the access rule's id, and the refusal is audited.
 * This class adds nothing the extract does not hold.
 *
 * <pre>{@code
 * FhirCaseExporter exporter = FhirCaseExporter.builder().build();
 * Bundle bundle = exporter.export(service, me, Purpose.of("send plan to GGZ provider"), caseId);
 * String json = FhirCaseExporter.toJson(bundle);
 * }</pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/InteropSnippets.java}.
 *
 * <p>Identifiers, code systems and extensions are named under a base URI ({@link
 * Builder#systemBase}, by default {@value FhirSystems#DEFAULT_BASE}): the client number as
 * identifier system {@code <base>/sid/<network id>/client-number}, for example. Displays are in
 * Dutch unless another locale is set. Ids and full URLs ({@code urn:uuid:}) are derived from the
 * case, so the same case exported twice names its resources the same.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
public final class FhirCaseExporter {

  private final FhirSystems systems;
  private final Locale locale;

  private FhirCaseExporter(Builder b) {
    this.systems = FhirSystems.of(b.systemBase);
    this.locale = b.locale;
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
   * Exports a case for one reader: asks the service for the reader's extract (decided and audited
   * there) and maps it.
   *
   * @param service the case service
   * @param reader the reading professional
   * @param purpose why the case is exported, as the audit log records it
   * @param caseId the case
   * @return the bundle, of type {@code collection}
   * @throws nl.lon.core.error.NotFoundException when the reader or the case is unknown, or the case
   *     is another network's
   * @throws nl.lon.core.error.AccessDeniedException when the access rules deny the reader the case,
   *     with the rule's id
   * @throws NullPointerException when an argument is null
   */
  public Bundle export(CaseService service, ProfessionalId reader, Purpose purpose, CaseId caseId) {
    Objects.requireNonNull(service, "service");
    return toBundle(service.extract(reader, purpose, caseId));
  }

  /**
   * Maps an extract the case service gave; use {@link #export} unless the extract is at hand.
   *
   * @param extract the extract
   * @return the bundle, of type {@code collection}
   * @throws NullPointerException when the extract is null
   */
  public Bundle toBundle(CaseExtract extract) {
    return new BundleMapper(systems, locale, Objects.requireNonNull(extract, "extract")).map();
  }

  /**
   * The base URI the export's identifier systems, code systems and extensions are named under.
   *
   * @return the base, without a trailing slash
   */
  public String getSystemBase() {
    return systems.base();
  }

  /**
   * A bundle as FHIR JSON, pretty-printed, with HAPI's cached R4 context.
   *
   * @param bundle the bundle
   * @return the JSON text
   */
  public static String toJson(Bundle bundle) {
    return FhirContext.forR4Cached()
        .newJsonParser()
        .setPrettyPrint(true)
        .encodeResourceToString(Objects.requireNonNull(bundle, "bundle"));
  }

  /**
   * Builds a {@link FhirCaseExporter}. Not thread-safe: use one builder per exporter.
   *
   * @since 0.2
   */
  public static final class Builder {
    private String systemBase = FhirSystems.DEFAULT_BASE;
    private Locale locale = Locale.forLanguageTag("nl");

    private Builder() {}

    /**
     * The base URI of the identifier systems, code systems and extensions (default {@value
     * FhirSystems#DEFAULT_BASE}); a vendor may name them under its own.
     *
     * @param base an absolute http(s) URI
     * @return this builder
     */
    public Builder systemBase(String base) {
      this.systemBase = Objects.requireNonNull(base, "base");
      return this;
    }

    /**
     * The language of displays and titles: Dutch ({@code nl}, the default) or English (any other).
     *
     * @param locale the locale
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * Builds the exporter.
     *
     * @return the exporter
     * @throws nl.lon.core.error.InvalidValueException (rule {@code http-uri}) when the base is not
     *     an absolute http(s) URI
     */
    public FhirCaseExporter build() {
      return new FhirCaseExporter(this);
    }
  }
}
