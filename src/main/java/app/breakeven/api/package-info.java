/**
 * The JSON API, version 1: the catalogue, and evaluation of scenario inputs on the
 * article's tier or on a replica sized from the model and a GPU. Bad input gets a 400
 * problem detail (RFC 9457) that names each offending field; every other answer that is
 * not a success (unknown path, wrong method, oversized body, database outage) is a
 * problem detail too.
 */
package app.breakeven.api;
