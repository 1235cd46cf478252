package dev.necessity.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One kind of conservative care as the record tells it: with its first and last dates (in days
 * before the request), mentioned without any date, explicitly denied, or not mentioned at all.
 */
record Course(Told told, int fromDay, int toDay) {
    enum Told { DATED, UNDATED, DENIED, SILENT }

    static final Course SILENT = new Course(Told.SILENT, 0, 0);
    static final Course DENIED = new Course(Told.DENIED, 0, 0);
    static final Course UNDATED = new Course(Told.UNDATED, 0, 0);

    static Course dated(int fromDay, int toDay) {
        return new Course(Told.DATED, fromDay, toDay);
    }

    boolean done() {
        return told == Told.DATED || told == Told.UNDATED;
    }

    boolean isDated() {
        return told == Told.DATED;
    }

    LocalDate from(LocalDate request) {
        return request.minusDays(fromDay);
    }

    LocalDate to(LocalDate request) {
        return request.minusDays(toDay);
    }

    /** Weekly session dates from the first to the last (the last always included). */
    List<LocalDate> weekly(LocalDate request) {
        List<LocalDate> dates = new ArrayList<>();
        for (int day = fromDay; day > toDay; day -= 7) {
            dates.add(request.minusDays(day));
        }
        dates.add(request.minusDays(toDay));
        return dates;
    }

    /**
     * The weeks from the first to the last documented date over every dated course together, or null
     * when no course is dated: care that is only mentioned, denied or absent has no dates to count,
     * which is silence, not a shortfall.
     */
    static Double spanWeeks(Course... courses) {
        int first = Integer.MIN_VALUE;
        int last = Integer.MAX_VALUE;
        for (Course c : courses) {
            if (c.isDated()) {
                first = Math.max(first, c.fromDay());
                last = Math.min(last, c.toDay());
            }
        }
        return first == Integer.MIN_VALUE ? null : (first - last) / 7.0;
    }

    @Override
    public String toString() {
        return told == Told.DATED ? "days " + fromDay + ".." + toDay + " before" : told.name().toLowerCase(Locale.ROOT);
    }
}
