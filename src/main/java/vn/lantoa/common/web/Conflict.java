package vn.lantoa.common.web;

/** The request clashes with the current state, e.g. a duplicate code (HTTP 409). */
public class Conflict extends InvalidInput {

    public Conflict(String field, String messageKey, Object... args) {
        super(field, messageKey, args);
    }

    @Override
    public int httpStatus() {
        return 409;
    }
}
