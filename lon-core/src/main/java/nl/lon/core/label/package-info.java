/**
 * Dutch and English display names for every enum constant of the LON SDK.
 *
 * <p>Bundles {@code labels_nl.properties} and {@code labels_en.properties} in this package hold the
 * labels. Thread-safe; null and validation policy: as in {@link nl.lon.core.error}.
 */
package nl.lon.core.label;
