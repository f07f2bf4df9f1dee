package nl.lon.rules.figures;

import nl.lon.core.error.InvalidValueException;

/** Argument checks of this package; internal. */
final class Args {

  private Args() {}

  static <T> T notNull(T value, String field) {
    if (value == null) {
      throw new InvalidValueException(field);
    }
    return value;
  }
}
