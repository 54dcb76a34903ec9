package vn.lantoa.channels.connect;

/**
 * A failed call to Facebook or Zalo, in one model whatever the platform: the kind, the platform's
 * code and subcode and its message (never a token), the permission it names when it names one.
 */
public class ConnectorFailure extends RuntimeException {

    private final FailureKind kind;
    private final String code;
    private final String permission;

    public ConnectorFailure(FailureKind kind, String code, String platformMessage, String permission) {
        super(platformMessage == null ? kind.name() : platformMessage);
        this.kind = kind;
        this.code = code;
        this.permission = permission;
    }

    public ConnectorFailure(FailureKind kind, String code, String platformMessage) {
        this(kind, code, platformMessage, null);
    }

    public FailureKind kind() {
        return kind;
    }

    /** The platform's code, e.g. "190/463" for Graph, "-216" for Zalo, "timeout". */
    public String code() {
        return code;
    }

    /** The permission named by the platform, or null. */
    public String permission() {
        return permission;
    }

    public String platformMessage() {
        return getMessage();
    }
}
