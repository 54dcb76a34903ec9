package vn.lantoa.portal.comments;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a reader typed into the comment form, and what is wrong with it: the form comes back with every
 * value kept and a message under each field at fault. {@code website} is the honeypot, a field people
 * never see and bots fill in. Templates read it as {@code entry}; a missing entry is an empty form.
 */
public final class CommentEntry {

    /** A message key and its arguments. */
    public record Problem(String key, Object[] args) {
    }

    private final String name;
    private final String email;
    private final String text;
    private final String website;
    private final Map<String, Problem> errors = new LinkedHashMap<>();

    public CommentEntry(String name, String email, String text, String website) {
        this.name = name == null ? "" : name;
        this.email = email == null ? "" : email;
        this.text = text == null ? "" : text;
        this.website = website == null ? "" : website;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getText() {
        return text;
    }

    public String getWebsite() {
        return website;
    }

    /** The message under one field ("name", "email", "text", "attachment", or "form" for the whole form), or null. */
    public Problem error(String field) {
        return errors.get(field);
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public Map<String, Problem> getErrors() {
        return Collections.unmodifiableMap(errors);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    void reject(String field, String key, Object... args) {
        errors.putIfAbsent(field, new Problem(key, args));
    }

    boolean filledHoneypot() {
        return !website.isBlank();
    }
}
