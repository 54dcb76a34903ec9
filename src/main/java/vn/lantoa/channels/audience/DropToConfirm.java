package vn.lantoa.channels.audience;

import vn.lantoa.common.web.Conflict;

/**
 * The typo guard's question: the figure is less than half of the previous one; it is recorded only
 * when the caller confirms it (HTTP 409 in the API until then).
 */
public class DropToConfirm extends Conflict {

    private final int previous;
    private final int figure;

    public DropToConfirm(int previous, int figure) {
        super("audience", "audience.drop.confirm", figure, previous);
        this.previous = previous;
        this.figure = figure;
    }

    public int previous() {
        return previous;
    }

    public int figure() {
        return figure;
    }
}
