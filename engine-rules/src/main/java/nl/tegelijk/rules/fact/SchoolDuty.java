package nl.tegelijk.rules.fact;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * When compulsory schooling (<i>leerplicht</i>) starts: on the first school day of the month after the month in which
 * the child reaches the school-duty age (Leerplichtwet 1969 art. 3 lid 1, EDU-LEER-01). A school day is a weekday that
 * is not a national public holiday (New Year's Day, Easter Monday, King's Day, Ascension Day, Whit Monday, Christmas);
 * school holidays differ per region and school and are not modelled, so the date is the first day the duty can be
 * enforced, not a school's own first day back. Stateless and thread-safe.
 */
public final class SchoolDuty {
    private static final Set<MonthDay> FIXED_HOLIDAYS = Set.of(MonthDay.of(1, 1), MonthDay.of(4, 27),
            MonthDay.of(12, 25), MonthDay.of(12, 26));

    private SchoolDuty() {
    }

    /** The first day of compulsory schooling of a child born on {@code birthDate}, with school duty from age {@code startAge}. */
    public static LocalDate startDate(LocalDate birthDate, int startAge) {
        requireNonNull(birthDate, "birthDate");
        LocalDate birthday = birthDate.plusYears(startAge);
        return firstSchoolDayFrom(birthday.withDayOfMonth(1).plusMonths(1));
    }

    /** The first school day on or after {@code date}. */
    static LocalDate firstSchoolDayFrom(LocalDate date) {
        LocalDate day = date;
        while (!isSchoolDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    static boolean isSchoolDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY || FIXED_HOLIDAYS.contains(MonthDay.from(day))) {
            return false;
        }
        LocalDate easter = easterSunday(day.getYear());
        return !day.equals(easter.plusDays(1)) && !day.equals(easter.plusDays(39)) && !day.equals(easter.plusDays(50));
    }

    /** Easter Sunday of {@code year} (Gregorian computus, Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int dayOfMonth = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, dayOfMonth);
    }
}
