package vn.lantoa.channels;

/** Where a day's audience figure came from: the platform's API, a file import, or a person typing it. */
public enum AudienceSource {
    API,
    IMPORT,
    MANUAL
}
