/**
 * The preset document: the three presets side by side, every setting with its value per city and
 * where the value comes from, as Markdown for the repository and as HTML beside the demo report.
 */
package nl.lon.examples.presets;
