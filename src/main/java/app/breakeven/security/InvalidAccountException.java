package app.breakeven.security;

/** An account change that was refused, with a message for the admin; nothing was written. */
public class InvalidAccountException extends RuntimeException {

    public InvalidAccountException(String message) {
        super(message);
    }
}
