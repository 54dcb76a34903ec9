package vn.lantoa.accountability.quota;

/** Which date puts a story in a period: the event it reports (or, without one, its first submission), or its first submission. */
public enum CountedBy {
    EVENT_DATE,
    SUBMISSION_DATE
}
