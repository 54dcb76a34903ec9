package vn.lantoa.channels.participation;

/** One cadre counted for participation: a staff account on its home unit, or a roster entry without a login. */
public record Cadre(long id, long unitId, String unitName, Long accountId, String fullName, String position, String phone,
                    String profileUrl, String profileName, boolean active) {

    public boolean hasAccount() {
        return accountId != null;
    }

    /** What identifies them on Facebook, as last declared: the address, or the name. */
    public String profile() {
        return profileUrl != null ? profileUrl : profileName;
    }
}
