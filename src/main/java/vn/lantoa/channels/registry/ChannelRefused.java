package vn.lantoa.channels.registry;

import java.util.List;
import vn.lantoa.common.web.InvalidInput;

/** A channel the registry will not save, with every field that is wrong (the form shows each beside its field). */
public class ChannelRefused extends InvalidInput {

    /** One wrong field: its name in the form, the message key and its arguments. */
    public record Problem(String field, String messageKey, Object... args) {
    }

    private final List<Problem> problems;
    private final boolean conflict;

    public ChannelRefused(List<Problem> problems, boolean conflict) {
        super(problems.get(0).field(), problems.get(0).messageKey(), problems.get(0).args());
        this.problems = List.copyOf(problems);
        this.conflict = conflict;
    }

    public List<Problem> problems() {
        return problems;
    }

    @Override
    public List<Detail> details() {
        return problems.stream().map(p -> new Detail(p.messageKey(), p.args())).toList();
    }

    /** 409 when the only trouble is a channel already registered; 400 otherwise. */
    @Override
    public int httpStatus() {
        return conflict ? 409 : 400;
    }
}
