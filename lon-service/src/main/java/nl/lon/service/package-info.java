/**
 * The case service (casusdienst): the use cases a vendor's system calls. Loads a case, checks
 * access, asks the rules, appends with the expected version through the persistence SPI, and audits
 * every access.
 *
 * <p>{@link nl.lon.service.CaseService} is the one public entry point. Behind it, package-private
 * pieces each hold one concern: the access gate (ask {@link nl.lon.rules.access.AccessRules},
 * audit, then throw), the audit gate (audit entries), the snapshot cache, the lookup of a case's
 * network and profile, command handling, case reads, network reads (agendas and figures), and
 * erasure. Audit operation names are fixed constants, stored in audit records.
 *
 * <p>Thread-safe. Null policy: no null arguments or results; absent values are {@link
 * java.util.Optional}.
 */
package nl.lon.service;
