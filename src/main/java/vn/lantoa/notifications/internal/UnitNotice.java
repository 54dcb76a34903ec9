package vn.lantoa.notifications.internal;

import java.time.Instant;
import java.time.LocalDate;

/** What a notice about a unit's quota or report says, before it is addressed to each person. */
record UnitNotice(String title, String excerpt, String link, Long actorId, Instant at, String unitName, String periodCode,
                  Integer amount, Integer total, LocalDate dueOn) {
}
