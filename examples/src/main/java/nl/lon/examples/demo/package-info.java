/**
 * The runnable demo: four realistic cases through simulated months, printed and written as an HTML
 * report. Single-threaded; not part of the library's API.
 */
package nl.lon.examples.demo;
