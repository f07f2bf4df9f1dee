/**
 * Dutch and English display names for every enum constant of the LON SDK.
 *
 * <p>Bundles {@code labels_nl.properties} and {@code labels_en.properties} in this package hold
 * the labels. Thread-safe; null policy: no null arguments.
 */
package nl.lon.core.label;
