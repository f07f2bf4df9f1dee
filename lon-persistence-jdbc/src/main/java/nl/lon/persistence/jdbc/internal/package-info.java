/**
 * Implementation details of the JDBC adapters: SQLState classification and retry back-off, the
 * hand-written JSON mapping of directory values, the redaction of drivers' error messages and the
 * H2 write-delay check. Not API: may change in any release.
 */
package nl.lon.persistence.jdbc.internal;
