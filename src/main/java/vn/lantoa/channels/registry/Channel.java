package vn.lantoa.channels.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.lantoa.channels.ChannelKind;

/** A channel of the registry with everything the channel page shows: its unit, address, purpose and admins. */
public record Channel(long id, long unitId, String unitCode, String unitName, String unitPath, ChannelKind kind, String name, String url,
                      String urlKey, String externalId, String purpose, LocalDate launchedOn, boolean active, Instant createdAt, long version,
                      List<Admin> admins) {

    /** One admin: an account of Lan Tỏa (its id and username), or a name and a contact. */
    public record Admin(Long accountId, String username, String name, String contact) {
    }
}
