/**
 * Where the data lives: an embedded PostgreSQL in a directory that survives restarts
 * when no datasource is configured, otherwise the PostgreSQL that
 * {@code SPRING_DATASOURCE_URL} names. Flyway migrates either.
 */
package app.breakeven.database;
