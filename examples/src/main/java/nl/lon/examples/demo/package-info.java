/**
 * The runnable demo: four realistic cases over ten months, each act entered with the day it
 * happened, printed and written as an HTML report. Single-threaded; not part of the library's API.
 */
package nl.lon.examples.demo;
