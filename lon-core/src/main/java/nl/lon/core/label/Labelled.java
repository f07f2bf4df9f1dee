package nl.lon.core.label;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A constant with a display name in Dutch and English, for a vendor's user interface.
 *
 * <p>Every enum of the LON SDK implements this. Labels come from the resource bundle {@code
 * nl.lon.core.label.labels} under the key {@code EnumSimpleName.CONSTANT}; the bundles {@code nl}
 * and {@code en} hold all of them.
 *
 * <pre>
 * {@code String nl = TargetGroup.CARE_AVOIDER.label(Locale.forLanguageTag("nl")); // "zorgmijder"}
 * </pre>
 *
 * <p>Compiled in {@code examples/src/test/java/nl/lon/examples/snippets/CoreSnippets.java}.
 *
 * @since 0.1
 */
public interface Labelled {

  /** The base name of the label bundles. */
  String BUNDLE = "nl.lon.core.label.labels";

  /**
   * The constant's name, as {@link Enum#name()}.
   *
   * @return the name
   */
  String name();

  /**
   * The resource-bundle key of this constant's label.
   *
   * @return {@code SimpleName.CONSTANT}
   */
  default String labelKey() {
    Class<?> type = getClass();
    if (type.isAnonymousClass()
        || (type.getEnclosingClass() != null && type.getSuperclass().isEnum())) {
      type = type.getSuperclass();
    }
    return type.getSimpleName() + "." + name();
  }

  /**
   * The display name in the given locale ({@code nl} or {@code en}; other languages get English).
   *
   * @param locale the reader's locale
   * @return the label
   * @throws MissingResourceException when the bundle lacks this key (a packaging error)
   */
  default String label(Locale locale) {
    Locale effective =
        "nl".equals(locale.getLanguage()) ? Locale.forLanguageTag("nl") : Locale.ENGLISH;
    return ResourceBundle.getBundle(
            BUNDLE,
            effective,
            Labelled.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
        .getString(labelKey());
  }
}
