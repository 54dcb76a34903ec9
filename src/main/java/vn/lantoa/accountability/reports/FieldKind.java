package vn.lantoa.accountability.reports;

/** What a report field holds: a whole number (summed up the tree) or a text (listed per unit). */
public enum FieldKind {
    INTEGER,
    TEXT
}
