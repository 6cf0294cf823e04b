/** HTTP concerns shared by every page and endpoint: security headers. */
package app.breakeven.base.web;
