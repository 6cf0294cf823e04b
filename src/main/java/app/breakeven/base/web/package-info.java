/**
 * HTTP concerns shared by every page and endpoint: security headers, problem details
 * written outside Spring MVC, and recognising a database outage.
 */
package app.breakeven.base.web;
