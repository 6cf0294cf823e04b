package app.breakeven.security;

/**
 * The first start has created the first admin. Data saved before accounts existed (an
 * install upgraded from a version without them) can be given to this account.
 */
public record FirstAdminCreated(long accountId) {}
