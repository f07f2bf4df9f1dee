/**
 * Implementation details of the JDBC adapters: SQLState classification and retry back-off, and
 * the hand-written JSON mapping of directory values. Not API: may change in any release.
 */
package nl.lon.persistence.jdbc.internal;
