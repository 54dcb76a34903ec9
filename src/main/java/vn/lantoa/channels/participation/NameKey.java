package vn.lantoa.channels.participation;

import vn.lantoa.common.text.VietnameseText;

/**
 * A person's name as matching compares it: without diacritics, case, punctuation or extra spaces, so
 * that "Lê Thị Hoa", "LE THI HOA" and "le  thi hoa" are one name (and, knowingly, so are two different
 * people named Lê Thị Hoa and Lê Thị Hòa: such names are reported as ambiguous, not guessed).
 */
public final class NameKey {

    private NameKey() {
    }

    public static String of(String name) {
        return VietnameseText.fold(name).replaceAll("[^a-z0-9 ]+", " ").replaceAll(" +", " ").strip();
    }
}
