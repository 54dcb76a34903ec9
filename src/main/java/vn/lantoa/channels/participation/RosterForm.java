package vn.lantoa.channels.participation;

/** A roster entry as typed: name, position (chi hội trưởng, tổ trưởng…), phone, Facebook profile address; all kept when refused. */
public record RosterForm(String fullName, String position, String phone, String profile) {

    public static RosterForm blank() {
        return new RosterForm("", "", "", "");
    }
}
