package vn.lantoa.common.web;

/**
 * A refusal whose message is a key in the message bundles, rendered in the caller's language both
 * in pages and in problem details.
 */
public abstract class LocalizedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    protected LocalizedException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = MessageArgs.localize(args);
    }

    /** The HTTP status that tells a client what kind of refusal this is. */
    public abstract int httpStatus();

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
