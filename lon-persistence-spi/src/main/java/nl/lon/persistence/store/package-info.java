/**
 * One storage as a whole: the ports of one database together, and the atomic commit of all that one
 * command writes (opslag en werkeenheid).
 *
 * <p>{@link nl.lon.persistence.store.Stores} bundles the event store, the audit log, the
 * personal-data vault and the directory of one storage, and adds {@link
 * nl.lon.persistence.store.Stores#commit(UnitOfWork)}: a command's events, its audit record and its
 * vault change become durable together or not at all. The values here ({@link
 * nl.lon.persistence.store.UnitOfWork}, {@link nl.lon.persistence.store.StreamAppend}, {@link
 * nl.lon.persistence.store.VaultChange}, {@link nl.lon.persistence.store.CommitResult}) are
 * immutable records validated at construction. Null policy: no method accepts or returns null;
 * absent values are {@link java.util.Optional}.
 */
package nl.lon.persistence.store;
