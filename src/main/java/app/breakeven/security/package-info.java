/**
 * Accounts, roles and sign-in: users kept in PostgreSQL with BCrypt hashes, the first
 * admin, login throttling, API tokens, and the Spring Security configuration that puts
 * every view and the JSON API behind them. Other modules ask {@link app.breakeven.security.CurrentUser}
 * who is signed in; the services guard themselves with method security.
 */
package app.breakeven.security;
