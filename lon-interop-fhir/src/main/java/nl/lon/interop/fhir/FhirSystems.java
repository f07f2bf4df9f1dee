package nl.lon.interop.fhir;

import java.net.URI;
import java.net.URISyntaxException;
import nl.lon.core.error.InvalidValueException;
import nl.lon.core.id.NetworkId;

/**
 * The URIs the export names its identifiers, code systems and extensions with, all under one base
 * (naamgeving): {@code <base>/sid/...} for identifier systems, {@code <base>/CodeSystem/...} for
 * the library's own codes and {@code <base>/StructureDefinition/...} for its extensions. Listed in
 * {@code docs/fhir-mapping.md}. Immutable.
 */
final class FhirSystems {

  /** The default base: the project's site. */
  static final String DEFAULT_BASE = "https://lon-sdk.github.io/fhir";

  private final String base;

  private FhirSystems(String base) {
    this.base = base;
  }

  /** The systems under a base: an absolute http(s) URI, without a trailing slash. */
  static FhirSystems of(String base) {
    String trimmed = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    try {
      URI uri = new URI(trimmed);
      if (!uri.isAbsolute()
          || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          || uri.getQuery() != null
          || uri.getFragment() != null) {
        throw new InvalidValueException(
            "FhirCaseExporter.systemBase", "http-uri", "must be an absolute http(s) URI");
      }
    } catch (URISyntaxException e) {
      throw new InvalidValueException(
          "FhirCaseExporter.systemBase", "http-uri", "must be an absolute http(s) URI");
    }
    return new FhirSystems(trimmed);
  }

  String base() {
    return base;
  }

  /** The client numbers of one network: a client number is unique only within its network. */
  String clientNumber(NetworkId network) {
    return base + "/sid/" + network.getValue() + "/client-number";
  }

  String network() {
    return base + "/sid/network";
  }

  String organisation() {
    return base + "/sid/organisation";
  }

  String professional() {
    return base + "/sid/professional";
  }

  String caseId() {
    return base + "/sid/case";
  }

  String careTeam() {
    return base + "/sid/case-team";
  }

  String planOfApproach() {
    return base + "/sid/plan-of-approach";
  }

  String goal() {
    return base + "/sid/goal";
  }

  String export() {
    return base + "/sid/export";
  }

  /** The network's privacy protocol (privacyprotocol), the policy a consent is given under. */
  String privacyProtocol(NetworkId network) {
    return base + "/policy/" + network.getValue() + "/privacy-protocol";
  }

  String codeSystem(String name) {
    return base + "/CodeSystem/" + name;
  }

  String extension(String name) {
    return base + "/StructureDefinition/" + name;
  }
}
