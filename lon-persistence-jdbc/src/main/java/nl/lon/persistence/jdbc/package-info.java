/**
 * Adapters for every persistence port on plain JDBC, for embedded H2 2.3 and PostgreSQL 15: the
 * {@link nl.lon.persistence.jdbc.JdbcEventStore}, {@link nl.lon.persistence.jdbc.JdbcAuditLog},
 * {@link nl.lon.persistence.jdbc.JdbcPersonalDataVault} and {@link
 * nl.lon.persistence.jdbc.JdbcDirectory}, and the facade {@link nl.lon.persistence.jdbc.JdbcStores}
 * that migrates the schema with Flyway and creates all four.
 *
 * <p>Dutch: <em>opslag in een relationele database</em>. No ORM: every statement is written out and
 * portable between the two databases; events are JSON text written by {@link
 * nl.lon.persistence.codec.EventCodec}. The caller passes a {@link javax.sql.DataSource} (a pool
 * such as HikariCP is recommended) and brings the JDBC driver; the adapters borrow one connection
 * per call. Concurrency is enforced by the database itself (unique constraints and row locks), so
 * several processes may share one PostgreSQL database. {@link nl.lon.persistence.jdbc.JdbcStores}
 * documents the schema and the H2 URLs to use. Database failures surface as {@link
 * nl.lon.persistence.jdbc.JdbcStoreException}. All classes are thread-safe. Null policy: as the
 * ports: no method accepts or returns null.
 */
package nl.lon.persistence.jdbc;
