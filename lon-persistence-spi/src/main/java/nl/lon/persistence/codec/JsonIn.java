package nl.lon.persistence.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import nl.lon.core.error.InvalidValueException;

/**
 * A read position in a JSON tree that knows its path and turns every problem into a {@link
 * CodecException} naming the path. Missing and {@code null} fields are treated alike.
 *
 * <p>Messages never repeat a stored text, date or number that failed: stored events hold case
 * content. Only the JSON node type is named, and an unknown enum constant only when it has the
 * shape of a constant name; map keys that are no identifier are refused before they could enter a
 * path.
 */
final class JsonIn {
  /** The longest decimal text read; an amount in cents needs far fewer characters. */
  static final int MAX_DECIMAL_TEXT = 100;

  private static final Pattern CONSTANT_NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:\\-]{0,127}");

  private final JsonNode node;
  private final String path;
  private final String type;

  JsonIn(JsonNode node, String path, String type) {
    this.node = node;
    this.path = path;
    this.type = type;
  }

  String path() {
    return path;
  }

  /** The same position, reporting errors for another event type. */
  JsonIn typed(String eventType) {
    return new JsonIn(node, path, eventType);
  }

  CodecException error(String at, String message, Throwable cause) {
    return new CodecException(type, at, message, cause);
  }

  private String at(String field) {
    return path + "." + field;
  }

  private Optional<JsonNode> child(String field) {
    JsonNode c = node.get(field);
    return c == null || c.isNull() || c instanceof MissingNode ? Optional.empty() : Optional.of(c);
  }

  /** Whether the field is present and not null. */
  boolean has(String field) {
    return child(field).isPresent();
  }

  private JsonNode required(String field) {
    return child(field)
        .orElseThrow(() -> error(at(field), "a value is required; it is missing or null", null));
  }

  // ---- texts

  String text(String field) {
    return asText(required(field), at(field));
  }

  /** The text at this position itself, for array elements. */
  String textValueHere() {
    return asText(node, path);
  }

  Optional<String> optText(String field) {
    return child(field).map(c -> asText(c, at(field)));
  }

  private String asText(JsonNode c, String at) {
    if (!c.isTextual()) {
      throw error(at, "expected a JSON string, found " + c.getNodeType(), null);
    }
    return c.textValue();
  }

  // ---- numbers and booleans

  long longValue(String field) {
    JsonNode c = required(field);
    if (!c.isIntegralNumber() || !c.canConvertToLong()) {
      throw error(at(field), "expected a whole number, found " + describe(c), null);
    }
    return c.longValue();
  }

  int intValue(String field) {
    JsonNode c = required(field);
    if (!c.isIntegralNumber() || !c.canConvertToInt()) {
      throw error(at(field), "expected a whole number (32 bit), found " + describe(c), null);
    }
    return c.intValue();
  }

  boolean bool(String field) {
    return asBool(required(field), at(field));
  }

  Optional<Boolean> optBool(String field) {
    return child(field).map(c -> asBool(c, at(field)));
  }

  private boolean asBool(JsonNode c, String at) {
    if (!c.isBoolean()) {
      throw error(at, "expected true or false, found " + describe(c), null);
    }
    return c.booleanValue();
  }

  Optional<BigDecimal> optDecimal(String field) {
    return child(field)
        .map(
            c -> {
              if (c.isTextual()) {
                String text = c.textValue();
                if (text.length() > MAX_DECIMAL_TEXT) {
                  throw error(
                      at(field),
                      "a decimal number of at most " + MAX_DECIMAL_TEXT + " characters is expected",
                      null);
                }
                try {
                  return new BigDecimal(text);
                } catch (NumberFormatException e) {
                  throw error(at(field), "expected a decimal number such as 12.50", null);
                }
              }
              if (c.isNumber()) {
                return c.decimalValue();
              }
              throw error(
                  at(field), "expected a decimal number as a string, found " + describe(c), null);
            });
  }

  // ---- dates and instants

  LocalDate date(String field) {
    return parseDate(text(field), at(field));
  }

  Optional<LocalDate> optDate(String field) {
    return optText(field).map(t -> parseDate(t, at(field)));
  }

  private LocalDate parseDate(String text, String at) {
    try {
      return nl.lon.core.internal.IsoDates.parse(text);
    } catch (DateTimeParseException e) {
      throw error(at, "expected an ISO 8601 date such as 2026-03-02", null);
    }
  }

  Instant instant(String field) {
    String text = text(field);
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw error(at(field), "expected an ISO 8601 UTC instant such as 2026-03-02T09:15:00Z", null);
    }
  }

  // ---- enums and identifiers

  <E extends Enum<E>> E enumValue(String field, Class<E> type) {
    return asEnum(text(field), type, at(field));
  }

  <E extends Enum<E>> Optional<E> optEnum(String field, Class<E> type) {
    return optText(field).map(t -> asEnum(t, type, at(field)));
  }

  <E extends Enum<E>> E asEnum(String name, Class<E> type, String at) {
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      String what = CONSTANT_NAME.matcher(name).matches() ? "'" + name + "'" : "the text";
      throw error(at, what + " is not a constant of " + type.getSimpleName(), null);
    }
  }

  <T> T id(String field, Function<String, T> factory) {
    return convert(text(field), factory, at(field));
  }

  <T> Optional<T> optId(String field, Function<String, T> factory) {
    return optText(field).map(t -> convert(t, factory, at(field)));
  }

  private <T> T convert(String text, Function<String, T> factory, String at) {
    try {
      return factory.apply(text);
    } catch (InvalidValueException e) {
      throw error(at, e.getMessage(), e);
    }
  }

  // ---- objects, arrays, maps

  JsonIn obj(String field) {
    JsonNode c = required(field);
    return asObject(c, at(field));
  }

  /** The object at the field, or an empty object when the field is missing or null. */
  JsonIn objOrEmpty(String field) {
    Optional<JsonNode> c = child(field);
    return c.isPresent()
        ? asObject(c.get(), at(field))
        : new JsonIn(MissingNode.getInstance(), at(field), type);
  }

  private JsonIn asObject(JsonNode c, String at) {
    if (!c.isObject()) {
      throw error(at, "expected a JSON object, found " + c.getNodeType(), null);
    }
    return new JsonIn(c, at, type);
  }

  JsonIn requireObject() {
    return asObject(node, path);
  }

  /** The elements of an array field, each as a read position; empty when missing or null. */
  List<JsonIn> elements(String field) {
    Optional<JsonNode> c = child(field);
    List<JsonIn> result = new ArrayList<>();
    if (c.isEmpty()) {
      return result;
    }
    if (!c.get().isArray()) {
      throw error(at(field), "expected a JSON array, found " + c.get().getNodeType(), null);
    }
    int i = 0;
    for (JsonNode e : c.get()) {
      result.add(new JsonIn(e, at(field) + "[" + i++ + "]", type));
    }
    return result;
  }

  /** The texts of an array field, converted; empty when missing or null. */
  <T> List<T> list(String field, Function<String, T> factory) {
    List<T> result = new ArrayList<>();
    for (JsonIn e : elements(field)) {
      result.add(e.convert(e.asText(e.node, e.path), factory, e.path));
    }
    return result;
  }

  /** The entries of an object field, keyed by name; empty when missing or null. */
  Map<String, String> textMap(String field) {
    Map<String, String> result = new LinkedHashMap<>();
    Optional<JsonNode> c = child(field);
    if (c.isEmpty()) {
      return result;
    }
    if (!c.get().isObject()) {
      throw error(at(field), "expected a JSON object, found " + c.get().getNodeType(), null);
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = c.get().fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!KEY.matcher(e.getKey()).matches()) {
        throw error(
            at(field),
            "every key must be an identifier or constant name: 1-128 letters, digits or . _ : -",
            null);
      }
      result.put(e.getKey(), asText(e.getValue(), at(field) + "." + e.getKey()));
    }
    return result;
  }

  /** Builds a value, reporting a broken domain rule at this position. */
  <T> T build(Supplier<T> builder) {
    try {
      return builder.get();
    } catch (InvalidValueException e) {
      throw error(path, e.getMessage(), e);
    }
  }

  /** Names the node's JSON type only: the value itself may be case content. */
  private static String describe(JsonNode c) {
    return String.valueOf(c.getNodeType());
  }
}
