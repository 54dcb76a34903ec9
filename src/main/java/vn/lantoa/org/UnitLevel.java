package vn.lantoa.org;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.lantoa.common.text.VietnameseText;

/** Levels of the union, top down. A unit's parent is always exactly one level above it. */
public enum UnitLevel {
    CENTRAL("trung uong", "central"),
    PROVINCE("tinh/thanh pho", "tinh", "thanh pho", "province/city", "province"),
    COMMUNE("xa/phuong", "xa", "phuong", "co so", "don vi", "commune/ward", "commune", "ward"),
    BRANCH("chi hoi", "branch"),
    GROUP("to phu nu", "to", "women's group", "group");

    private final List<String> foldedNames;

    UnitLevel(String... foldedNames) {
        this.foldedNames = List.of(foldedNames);
    }

    public boolean mayBeChildOf(UnitLevel parent) {
        return parent != null && parent.ordinal() + 1 == ordinal();
    }

    public Optional<UnitLevel> childLevel() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    /** Reads a level as written in a file: its code (COMMUNE) or a Vietnamese name (Xã, Chi hội), any accents. */
    public static Optional<UnitLevel> parse(String text) {
        String folded = VietnameseText.fold(text);
        return Arrays.stream(values())
                .filter(level -> level.name().equalsIgnoreCase(folded) || level.foldedNames.contains(folded))
                .findFirst();
    }
}
