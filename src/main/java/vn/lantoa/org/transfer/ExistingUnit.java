package vn.lantoa.org.transfer;

import java.time.LocalDate;
import vn.lantoa.org.UnitLevel;

/** A unit already in the tree, as the import compares it with the file. */
public record ExistingUnit(long id, String code, String name, UnitLevel level, Long parentId, String parentCode, String path,
                           Integer members, Integer women, LocalDate countedOn, boolean active) {
}
