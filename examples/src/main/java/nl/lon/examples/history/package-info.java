/**
 * The runnable import example: a generated export of an earlier system's case histories (some
 * deliberately wrong) imported into the embedded H2 store, with the import report printed and
 * written as HTML. Single-threaded; not part of the library's API.
 */
package nl.lon.examples.history;
