package vn.lantoa.channels.audience;

/**
 * The typo guard: a figure that falls to less than half of the channel's previous figure is far more
 * often a missing digit (1.514 typed 154) than a real loss, so it is asked again, never silently taken.
 */
public final class SuddenDrop {

    private SuddenDrop() {
    }

    public static boolean isSuspicious(Integer previous, int figure) {
        return previous != null && previous > 0 && figure * 2L < previous;
    }
}
