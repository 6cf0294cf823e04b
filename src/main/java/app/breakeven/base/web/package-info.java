/**
 * HTTP concerns shared by every page and endpoint: security headers, and problem details
 * written outside Spring MVC.
 */
package app.breakeven.base.web;
