package vn.lantoa.channels.participation;

/**
 * What a person typed on the declaration form, kept as typed so that a refused form shows it again.
 *
 * @param channelId    the provincial page declared
 * @param profile      a Facebook profile address, or the name shown on Facebook
 * @param month        the month, {@code yyyy-MM}
 * @param interactions roughly how many times they interacted with the page that month
 */
public record DeclarationForm(Long channelId, String profile, String month, String interactions) {

    public static DeclarationForm blank(Long channelId, String profile, String month) {
        return new DeclarationForm(channelId, profile == null ? "" : profile, month, "");
    }
}
