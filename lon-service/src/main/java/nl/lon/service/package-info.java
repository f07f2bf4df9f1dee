/**
 * The case service (casusdienst): the use cases a vendor's system calls. Loads a case, checks
 * access, asks the rules, appends with the expected version through the persistence SPI, and
 * audits every access.
 *
 * <p>Thread-safe. Null policy: no null arguments or results; absent values are {@link
 * java.util.Optional}.
 */
package nl.lon.service;
