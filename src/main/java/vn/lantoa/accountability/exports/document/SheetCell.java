package vn.lantoa.accountability.exports.document;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A typed cell of a spreadsheet: the writer gives each kind its number format. */
public sealed interface SheetCell permits SheetCell.Text, SheetCell.Whole, SheetCell.Decimal, SheetCell.Percent, SheetCell.Day,
        SheetCell.Empty {

    record Text(String value) implements SheetCell {
    }

    /** A count: "#,##0". */
    record Whole(long value) implements SheetCell {
    }

    /** A figure with two decimals: "#,##0.00". */
    record Decimal(BigDecimal value) implements SheetCell {
    }

    /** A share as a fraction (0.25 shows "25.0%"). */
    record Percent(double fraction) implements SheetCell {
    }

    /** A date shown "dd/mm/yyyy". */
    record Day(LocalDate value) implements SheetCell {
    }

    record Empty() implements SheetCell {
    }

    static SheetCell text(String value) {
        return value == null ? new Empty() : new Text(value);
    }

    static SheetCell whole(long value) {
        return new Whole(value);
    }

    static SheetCell decimal(BigDecimal value) {
        return value == null ? new Empty() : new Decimal(value);
    }

    static SheetCell decimal(double value) {
        return new Decimal(BigDecimal.valueOf(value));
    }

    /** A share; empty when there is nothing to divide by. */
    static SheetCell percent(long part, long whole) {
        return whole == 0 ? new Empty() : new Percent((double) part / whole);
    }

    static SheetCell percent(double fraction) {
        return new Percent(fraction);
    }

    static SheetCell date(LocalDate value) {
        return value == null ? new Empty() : new Day(value);
    }

    static SheetCell empty() {
        return new Empty();
    }
}
