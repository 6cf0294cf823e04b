package app.breakeven.security;

/** Someone else changed the account since it was read; nothing was written. */
public class AccountConflictException extends RuntimeException {

    AccountConflictException(String username) {
        super("Someone else changed " + username + " since you opened it. Reload to see their change.");
    }
}
