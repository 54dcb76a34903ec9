package vn.lantoa.channels.audience;

/** One thing wrong with a typed figure: the field, and the message saying why (with its arguments). */
public record FigureProblem(String field, String messageKey, Object... args) {
}
