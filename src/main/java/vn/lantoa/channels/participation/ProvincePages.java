package vn.lantoa.channels.participation;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.lantoa.channels.ChannelDirectory;
import vn.lantoa.channels.ChannelKind;
import vn.lantoa.channels.ChannelRef;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.org.UnitRef;

/** The pages cadres are asked to follow: the active Facebook pages registered on the province (or city) union itself. */
@Component
public class ProvincePages {

    private final ChannelDirectory channels;
    private final OrgDirectory org;

    ProvincePages(ChannelDirectory channels, OrgDirectory org) {
        this.channels = channels;
        this.org = org;
    }

    public Optional<UnitRef> provinceOf(long unitId) {
        return org.provinceOf(unitId);
    }

    /** The provincial pages for a cadre of this unit; none above the provinces. */
    public List<ChannelRef> forUnit(long unitId) {
        return org.provinceOf(unitId).map(this::of).orElse(List.of());
    }

    public List<ChannelRef> of(UnitRef province) {
        return channels.inSubtree(province.path()).stream()
                .filter(c -> c.unitId() == province.id() && c.kind() == ChannelKind.FACEBOOK_PAGE).toList();
    }

    public Optional<ChannelRef> page(long channelId) {
        return channels.find(channelId)
                .filter(c -> c.active() && c.kind() == ChannelKind.FACEBOOK_PAGE)
                .filter(c -> org.unit(c.unitId()).map(u -> u.level() == vn.lantoa.org.UnitLevel.PROVINCE).orElse(false));
    }
}
