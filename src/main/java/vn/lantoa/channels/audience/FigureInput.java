package vn.lantoa.channels.audience;

/** A figure as typed in a form, a file row or a request: text, checked by {@link FigureRules}. */
public record FigureInput(String day, String audience, String nonMembers, String womenPercent) {

    public FigureInput {
        day = day == null ? "" : day.strip();
        audience = audience == null ? "" : audience.strip();
        nonMembers = nonMembers == null ? "" : nonMembers.strip();
        womenPercent = womenPercent == null ? "" : womenPercent.strip();
    }

    public boolean isBlank() {
        return audience.isEmpty() && nonMembers.isEmpty() && womenPercent.isEmpty();
    }
}
