package vn.lantoa.accountability.quota;

import java.util.List;
import vn.lantoa.common.web.InvalidInput;

/** A rule the desk will not save, with every field that is wrong (the form shows each beside its field). */
public class RuleRefused extends InvalidInput {

    /** One wrong field: its name in the form, the message key and its arguments. */
    public record Problem(String field, String messageKey, Object... args) {
    }

    private final List<Problem> problems;

    public RuleRefused(List<Problem> problems) {
        super(problems.get(0).field(), problems.get(0).messageKey(), problems.get(0).args());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    @Override
    public List<Detail> details() {
        return problems.stream().map(p -> new Detail(p.messageKey(), p.args())).toList();
    }
}
