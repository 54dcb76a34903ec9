package vn.lantoa.common.web;

/** A request that breaks a rule of the domain (HTTP 400 in the API, a form error in pages). */
public class InvalidInput extends LocalizedException {

    private final String field;

    public InvalidInput(String field, String messageKey, Object... args) {
        super(messageKey, args);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** Each point that is wrong, when one refusal has several (a checklist); empty otherwise. */
    public java.util.List<Detail> details() {
        return java.util.List.of();
    }

    /** One point of a refusal, as a message key and its arguments. */
    public record Detail(String messageKey, Object... args) {
    }

    @Override
    public int httpStatus() {
        return 400;
    }
}
