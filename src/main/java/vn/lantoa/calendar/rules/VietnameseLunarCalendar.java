package vn.lantoa.calendar.rules;

import java.time.LocalDate;

/**
 * Dates of the Vietnamese lunisolar calendar (âm lịch) as solar dates, after Hồ Ngọc Đức's
 * algorithm: a month starts on the day (in UTC+7) of a new moon; month 11 holds the winter
 * solstice; a year of 13 months repeats the first month that holds no major solar term. The
 * Vietnamese and Chinese calendars differ only by time zone (UTC+7 and UTC+8), which is why Tết can
 * fall a day or a month apart from the Chinese New Year (2007, 1985).
 *
 * <p>Astronomical series of Jean Meeus ("Astronomical Algorithms"), accurate for 1800–2199.
 */
public final class VietnameseLunarCalendar {

    public static final int FIRST_YEAR = 1800;
    public static final int LAST_YEAR = 2199;

    private static final double TIME_ZONE = 7.0;
    private static final double SYNODIC_MONTH = 29.530588853;
    /** Julian day of the new moon of 1900-01-01, the origin of Meeus' lunation numbers. */
    private static final double NEW_MOON_ORIGIN = 2415021.076998695;
    private static final long JULIAN_DAY_OF_EPOCH = 2440588;

    private VietnameseLunarCalendar() {
    }

    /** Tết Nguyên đán: the first day of the first month of the lunar year that begins in {@code year}. */
    public static LocalDate tet(int year) {
        return toSolar(1, 1, year, false);
    }

    /**
     * The solar date of a lunar date. {@code leapMonth} asks for the repeated (nhuận) month, which
     * must be the leap month of that lunar year.
     */
    public static LocalDate toSolar(int day, int month, int year, boolean leapMonth) {
        if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1 || day > 30) {
            throw new IllegalArgumentException("No lunar date " + day + "/" + month + "/" + year);
        }
        long a11 = month < 11 ? month11(year - 1) : month11(year);
        long b11 = month < 11 ? month11(year) : month11(year + 1);
        long k = (long) Math.floor(0.5 + (a11 - NEW_MOON_ORIGIN) / SYNODIC_MONTH);
        int offset = Math.floorMod(month - 11, 12);
        if (b11 - a11 > 365) {
            offset += leapShift(a11, month, offset, leapMonth);
        } else if (leapMonth) {
            throw new IllegalArgumentException("Lunar year " + year + " has no leap month");
        }
        return fromJulianDay(newMoonDay(k + offset) + day - 1);
    }

    /** In a year of 13 months, months from the leap month on start one lunation later. */
    private static int leapShift(long a11, int month, int offset, boolean leapMonth) {
        int leapOffset = leapMonthOffset(a11);
        int leap = Math.floorMod(leapOffset - 2, 12);
        if (leapMonth && month != leap) {
            throw new IllegalArgumentException("Month " + month + " is not the leap month (" + leap + ")");
        }
        return leapMonth || offset >= leapOffset ? 1 : 0;
    }

    /** The first day of the lunar month 11 (the month of the winter solstice) of a solar year. */
    private static long month11(int year) {
        long offset = julianDay(LocalDate.of(year, 12, 31)) - 2415021;
        long k = (long) Math.floor(offset / SYNODIC_MONTH);
        long newMoon = newMoonDay(k);
        return sunLongitudeSector(newMoon) >= 9 ? newMoonDay(k - 1) : newMoon;
    }

    /** Which month after month 11 is the first without a major solar term (the leap month). */
    private static int leapMonthOffset(long a11) {
        long k = (long) Math.floor((a11 - NEW_MOON_ORIGIN) / SYNODIC_MONTH + 0.5);
        int i = 1;
        int arc = sunLongitudeSector(newMoonDay(k + i));
        int last;
        do {
            last = arc;
            i++;
            arc = sunLongitudeSector(newMoonDay(k + i));
        } while (arc != last && i < 14);
        return i - 1;
    }

    /** The local day (Julian day number) of the k-th new moon after 1900-01-01. */
    private static long newMoonDay(long k) {
        return (long) Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
    }

    /** The sun's longitude at the start of a local day, as one of 12 sectors of 30 degrees. */
    private static int sunLongitudeSector(long julianDay) {
        return (int) Math.floor(sunLongitude(julianDay - 0.5 - TIME_ZONE / 24) / Math.PI * 6);
    }

    /** The moment (Julian day, UT) of the k-th new moon after 1900-01-01 (Meeus, chapter 49). */
    private static double newMoon(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double dr = Math.PI / 180;
        double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
                + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
        double m = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * dr;
        double mpr = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * dr;
        double f = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * dr;
        double c1 = (0.1734 - 0.000393 * t) * Math.sin(m) + 0.0021 * Math.sin(2 * m)
                - 0.4068 * Math.sin(mpr) + 0.0161 * Math.sin(2 * mpr)
                - 0.0004 * Math.sin(3 * mpr)
                + 0.0104 * Math.sin(2 * f) - 0.0051 * Math.sin(m + mpr)
                - 0.0074 * Math.sin(m - mpr) + 0.0004 * Math.sin(2 * f + m)
                - 0.0004 * Math.sin(2 * f - m) - 0.0006 * Math.sin(2 * f + mpr)
                + 0.0010 * Math.sin(2 * f - mpr) + 0.0005 * Math.sin(2 * mpr + m);
        double deltaT = t < -11
                ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return jd1 + c1 - deltaT;
    }

    /** The sun's apparent longitude in radians, 0 to 2π, at a Julian day (Meeus, chapter 25, low accuracy). */
    private static double sunLongitude(double julianDay) {
        double t = (julianDay - 2451545.0) / 36525;
        double t2 = t * t;
        double dr = Math.PI / 180;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m)
                + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
        double l = (l0 + dl) * dr;
        return l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
    }

    private static long julianDay(LocalDate date) {
        return date.toEpochDay() + JULIAN_DAY_OF_EPOCH;
    }

    private static LocalDate fromJulianDay(long julianDay) {
        return LocalDate.ofEpochDay(julianDay - JULIAN_DAY_OF_EPOCH);
    }
}
