package vn.lantoa.org.transfer;

/** One data row of a tree file as written, before any checking. {@code line} is the line or row number a person sees. */
public record UnitRow(int line, String code, String name, String level, String parentCode, String members, String women,
                      String countedOn) {
}
