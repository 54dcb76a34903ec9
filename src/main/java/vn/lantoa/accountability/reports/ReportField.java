package vn.lantoa.accountability.reports;

/** One field of a report form. The key never changes; a used field is switched off, never deleted. */
public record ReportField(long id, String key, String label, String help, FieldKind kind, boolean required, int position,
                          boolean active) {

    public boolean isInteger() {
        return kind == FieldKind.INTEGER;
    }

    /** The name of the field's input in the report page: "f_" and the key. */
    public String inputName() {
        return "f_" + key;
    }
}
