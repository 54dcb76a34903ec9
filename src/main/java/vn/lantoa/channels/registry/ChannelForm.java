package vn.lantoa.channels.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.lantoa.channels.ChannelKind;

/**
 * What a person types to register or edit a channel, in the page or through the API. The date is
 * kept as typed (text), so that a wrong value comes back in the form with its message.
 */
public class ChannelForm {

    private Long unitId;
    private ChannelKind kind;
    private String name = "";
    private String url = "";
    private String purpose = "";
    private String launchedOn = "";
    private List<Long> adminAccountIds = new ArrayList<>();
    private String otherAdmins = "";
    private long version;

    public static ChannelForm of(Channel channel) {
        ChannelForm form = new ChannelForm();
        form.unitId = channel.unitId();
        form.kind = channel.kind();
        form.name = channel.name();
        form.url = channel.url();
        form.purpose = channel.purpose() == null ? "" : channel.purpose();
        form.launchedOn = channel.launchedOn() == null ? "" : channel.launchedOn().toString();
        form.adminAccountIds = new ArrayList<>(channel.admins().stream().map(Channel.Admin::accountId).filter(Objects::nonNull).toList());
        form.otherAdmins = AdminList.format(channel.admins().stream().filter(a -> a.accountId() == null)
                .map(a -> new AdminList.Entry(a.name(), a.contact())).toList());
        form.version = channel.version();
        return form;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public ChannelKind getKind() {
        return kind;
    }

    public void setKind(ChannelKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url == null ? "" : url;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose == null ? "" : purpose;
    }

    public String getLaunchedOn() {
        return launchedOn;
    }

    public void setLaunchedOn(String launchedOn) {
        this.launchedOn = launchedOn == null ? "" : launchedOn;
    }

    public List<Long> getAdminAccountIds() {
        return adminAccountIds;
    }

    public void setAdminAccountIds(List<Long> adminAccountIds) {
        this.adminAccountIds = adminAccountIds == null ? new ArrayList<>() : new ArrayList<>(adminAccountIds);
    }

    public String getOtherAdmins() {
        return otherAdmins;
    }

    public void setOtherAdmins(String otherAdmins) {
        this.otherAdmins = otherAdmins == null ? "" : otherAdmins;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
