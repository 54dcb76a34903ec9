package vn.lantoa.accountability.reports;

import java.util.Collection;
import vn.lantoa.common.text.VietnameseText;

/** Keys of new report fields, made once from the label ("Số buổi sinh hoạt" gives "so_buoi_sinh_hoat") and never changed. */
public final class FieldKeys {

    static final int MAX_LENGTH = 50;

    private FieldKeys() {
    }

    public static String fromLabel(String label, Collection<String> taken) {
        String base = VietnameseText.slug(label).replace('-', '_');
        if (base.isEmpty()) {
            base = "field";
        }
        if (base.length() > MAX_LENGTH) {
            base = base.substring(0, MAX_LENGTH).replaceAll("_+$", "");
        }
        if (Character.isDigit(base.charAt(0))) {
            base = "f_" + base;
        }
        String key = base;
        for (int n = 2; taken.contains(key); n++) {
            key = base + "_" + n;
        }
        return key;
    }
}
