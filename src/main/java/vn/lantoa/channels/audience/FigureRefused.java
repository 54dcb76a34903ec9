package vn.lantoa.channels.audience;

import java.util.List;
import vn.lantoa.common.web.InvalidInput;

/** A figure that is not recorded, with every problem found (a form shows each beside its field). */
public class FigureRefused extends InvalidInput {

    private final List<FigureProblem> problems;

    public FigureRefused(List<FigureProblem> problems) {
        super(problems.get(0).field(), problems.get(0).messageKey(), problems.get(0).args());
        this.problems = List.copyOf(problems);
    }

    public List<FigureProblem> problems() {
        return problems;
    }

    @Override
    public List<Detail> details() {
        return problems.stream().map(p -> new Detail(p.messageKey(), p.args())).toList();
    }
}
