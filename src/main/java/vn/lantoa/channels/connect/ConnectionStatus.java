package vn.lantoa.channels.connect;

/** Where a channel's connection stands; anything but CONNECTED and DISCONNECTED needs someone to act. */
public enum ConnectionStatus {
    CONNECTED,
    EXPIRED,
    MISSING_PERMISSION,
    FAILED,
    DISCONNECTED;

    public boolean failing() {
        return this == EXPIRED || this == MISSING_PERMISSION || this == FAILED;
    }
}
