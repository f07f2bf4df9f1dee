/**
 * Runs the network-year simulation from the command line: a year of a Rotterdam-style network
 * beside the same year under a what-if, and a national-scale load run.
 */
package nl.lon.examples.simulation;
