/** Vendor adapter example: the JDBC adapter on the vendor's own data source. */
package nl.lon.examples.vendor;
