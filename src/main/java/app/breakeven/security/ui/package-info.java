/** The sign-in page and the admin's accounts screen. */
package app.breakeven.security.ui;
