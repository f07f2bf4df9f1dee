package nl.lon.persistence.jdbc.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableSet;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import nl.lon.core.id.Identifier;
import nl.lon.core.id.NetworkId;
import nl.lon.core.id.OrganisationId;
import nl.lon.core.id.ProfessionalId;
import nl.lon.core.network.Network;
import nl.lon.core.network.PartnerKind;
import nl.lon.core.network.PartnerOrganisation;
import nl.lon.core.network.Professional;
import nl.lon.core.network.ProfessionalRole;
import nl.lon.core.network.Ring;

/**
 * Maps the directory's values to and from JSON text by hand, field by field, so the stored format
 * does not change when the domain classes do (not API).
 *
 * <p>Format {@code "schema":1}; identifiers as their text value, enums by constant name, sets as
 * arrays in iteration order:
 *
 * <pre>
 * network:      {"schema":1,"id","name","area","inhabitants","principal","contractor",
 *                "coreTeam":[..],"shellPartners":[..],"timeZone","region"}
 * organisation: {"schema":1,"id","name","kind","ring","hasMandate"}
 * professional: {"schema":1,"id","displayName","organisation","network","roles":[..],
 *                "memberships":{"network":[roles..],..}}
 * </pre>
 *
 * <p>Fields added later are optional when read: a network without {@code region} lies in the region
 * of its area, a professional without {@code memberships} works in the home network only.
 *
 * <p>Reading ignores unknown fields; a missing field or a value that breaks a domain rule throws
 * {@link IllegalStateException} or {@link nl.lon.core.error.InvalidValueException}. Thread-safe.
 */
public final class DirectoryJson {

  /** The format version written. */
  public static final int SCHEMA = 1;

  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private DirectoryJson() {}

  /**
   * Writes a network.
   *
   * @param n the network
   * @return the JSON text
   */
  public static String write(Network n) {
    ObjectNode o = root();
    o.put("id", n.getId().getValue());
    o.put("name", n.getName());
    o.put("area", n.getArea());
    o.put("inhabitants", n.getInhabitants());
    o.put("principal", n.getPrincipal().getValue());
    o.put("contractor", n.getContractor().getValue());
    ids(n.getCoreTeam(), o.putArray("coreTeam"));
    ids(n.getShellPartners(), o.putArray("shellPartners"));
    o.put("timeZone", n.getTimeZone().getId());
    o.put("region", n.getRegion());
    return text(o);
  }

  /**
   * Writes a partner organisation.
   *
   * @param p the organisation
   * @return the JSON text
   */
  public static String write(PartnerOrganisation p) {
    ObjectNode o = root();
    o.put("id", p.getId().getValue());
    o.put("name", p.getName());
    o.put("kind", p.getKind().name());
    o.put("ring", p.getRing().name());
    o.put("hasMandate", p.hasMandate());
    return text(o);
  }

  /**
   * Writes a professional.
   *
   * @param p the professional
   * @return the JSON text
   */
  public static String write(Professional p) {
    ObjectNode o = root();
    o.put("id", p.getId().getValue());
    o.put("displayName", p.getDisplayName());
    o.put("organisation", p.getOrganisation().getValue());
    o.put("network", p.getNetwork().getValue());
    ArrayNode roles = o.putArray("roles");
    p.getRoles().forEach(r -> roles.add(r.name()));
    if (!p.getFurtherMemberships().isEmpty()) {
      ObjectNode memberships = o.putObject("memberships");
      p.getFurtherMemberships()
          .forEach(
              (network, held) -> {
                ArrayNode a = memberships.putArray(network.getValue());
                held.forEach(r -> a.add(r.name()));
              });
    }
    return text(o);
  }

  /**
   * Reads a network.
   *
   * @param json the JSON text written by {@link #write(Network)}
   * @return the network
   */
  public static Network network(String json) {
    JsonNode o = parse(json);
    Network.Builder b = Network.builder();
    if (o.has("region") && !o.get("region").isNull()) {
      b.region(str(o, "region"));
    }
    return b.id(NetworkId.of(str(o, "id")))
        .name(str(o, "name"))
        .area(str(o, "area"))
        .inhabitants(field(o, "inhabitants").asInt())
        .principal(OrganisationId.of(str(o, "principal")))
        .contractor(OrganisationId.of(str(o, "contractor")))
        .coreTeam(list(o, "coreTeam", OrganisationId::of))
        .shellPartners(list(o, "shellPartners", OrganisationId::of))
        .timeZone(o.has("timeZone") ? ZoneId.of(str(o, "timeZone")) : Network.AMSTERDAM)
        .build();
  }

  /**
   * Reads a partner organisation.
   *
   * @param json the JSON text written by {@link #write(PartnerOrganisation)}
   * @return the organisation
   */
  public static PartnerOrganisation organisation(String json) {
    JsonNode o = parse(json);
    return PartnerOrganisation.builder()
        .id(OrganisationId.of(str(o, "id")))
        .name(str(o, "name"))
        .kind(PartnerKind.valueOf(str(o, "kind")))
        .ring(Ring.valueOf(str(o, "ring")))
        .hasMandate(field(o, "hasMandate").asBoolean())
        .build();
  }

  /**
   * Reads a professional.
   *
   * @param json the JSON text written by {@link #write(Professional)}
   * @return the professional
   */
  public static Professional professional(String json) {
    JsonNode o = parse(json);
    Professional.Builder b = Professional.builder();
    b.id(ProfessionalId.of(str(o, "id")))
        .displayName(str(o, "displayName"))
        .organisation(OrganisationId.of(str(o, "organisation")))
        .network(NetworkId.of(str(o, "network")))
        .roles(list(o, "roles", ProfessionalRole::valueOf));
    JsonNode memberships = o.get("memberships");
    if (memberships != null && !memberships.isNull()) {
      if (!memberships.isObject()) {
        throw new IllegalStateException(
            "field 'memberships' of a directory entry is not an object");
      }
      Iterator<String> names = memberships.fieldNames();
      while (names.hasNext()) {
        String network = names.next();
        b.putFurtherMemberships(
            NetworkId.of(network),
            ImmutableSet.copyOf(list(memberships, network, ProfessionalRole::valueOf)));
      }
    }
    return b.build();
  }

  private static ObjectNode root() {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("schema", SCHEMA);
    return o;
  }

  private static void ids(Iterable<? extends Identifier> ids, ArrayNode into) {
    ids.forEach(id -> into.add(id.getValue()));
  }

  private static String text(ObjectNode o) {
    try {
      return MAPPER.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  private static JsonNode parse(String json) {
    JsonNode o;
    try {
      o = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored directory entry is not JSON: " + e.getMessage(), e);
    }
    if (o == null || !o.isObject()) {
      throw new IllegalStateException("stored directory entry is not a JSON object");
    }
    int schema = field(o, "schema").asInt();
    if (schema != SCHEMA) {
      throw new IllegalStateException(
          "stored directory entry has schema " + schema + "; this version reads " + SCHEMA);
    }
    return o;
  }

  private static JsonNode field(JsonNode o, String name) {
    JsonNode v = o.get(name);
    if (v == null || v.isNull()) {
      throw new IllegalStateException("stored directory entry lacks field '" + name + "'");
    }
    return v;
  }

  private static String str(JsonNode o, String name) {
    JsonNode v = field(o, name);
    if (!v.isTextual()) {
      throw new IllegalStateException("field '" + name + "' of a directory entry is not text");
    }
    return v.asText();
  }

  private static <T> List<T> list(JsonNode o, String name, Function<String, T> parse) {
    JsonNode v = o.get(name);
    List<T> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (!v.isArray()) {
      throw new IllegalStateException("field '" + name + "' of a directory entry is not an array");
    }
    for (JsonNode e : v) {
      if (!e.isTextual()) {
        throw new IllegalStateException("field '" + name + "' holds a value that is not text");
      }
      out.add(parse.apply(e.asText()));
    }
    return out;
  }
}
