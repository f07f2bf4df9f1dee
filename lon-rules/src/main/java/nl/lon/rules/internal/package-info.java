/** Internals of lon-rules shared between its packages. Not part of the public API. */
package nl.lon.rules.internal;
