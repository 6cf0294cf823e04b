package app.breakeven.security;

/**
 * An account just added.
 *
 * @param password the random password it was given, to hand over once; {@code null} when the admin chose one
 */
public record NewAccount(AccountSummary account, String password) {}
