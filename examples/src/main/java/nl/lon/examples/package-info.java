/**
 * Runnable examples: the embedding quickstart and a minimal timeline example. The demo is in {@code
 * demo}, the vendor adapter example in {@code vendor}. Not part of the library's API.
 */
package nl.lon.examples;
