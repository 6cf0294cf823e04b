/**
 * The JSON API, version 1: the catalogue, and evaluation of scenario inputs. Bad input
 * gets a 400 problem detail (RFC 9457) that names each offending field.
 */
package app.breakeven.api;
