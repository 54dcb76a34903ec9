package vn.lantoa.channels.audience;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A channel's audience on one day: followers of a page or OA, members of a group; for groups the
 * people in the group who are not members of the union, and the share of women, where known.
 */
public record AudienceFigure(LocalDate day, int audience, Integer nonMembers, BigDecimal womenPercent) {
}
