package vn.lantoa.channels.posts.importing;

import java.util.List;

/**
 * One bad row of an export: the line of the file, the column (as the file names it; blank for the whole
 * row), and why, as a message key and its arguments.
 */
public record RowProblem(int line, String column, String messageKey, List<String> args) {

    public static RowProblem of(int line, String column, String messageKey, Object... args) {
        return new RowProblem(line, column == null ? "" : column, messageKey,
                java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
