package nl.tegelijk.planning.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.tegelijk.model.HousingQuota;
import nl.tegelijk.model.Scenario;

/** Turns a scenario's housing quota into cumulative {@link QuotaPeriod}s within the horizon. Stateless. */
final class QuotaPeriods {

    private QuotaPeriods() {
    }

    static List<QuotaPeriod> of(Scenario scenario, WeekCalendar calendar) {
        List<HousingQuota> quotas = new ArrayList<>(scenario.housingQuotas());
        quotas.sort(Comparator.comparing(HousingQuota::start));
        List<QuotaPeriod> out = new ArrayList<>();
        int cumulative = 0;
        for (HousingQuota q : quotas) {
            if (q.end().isBefore(calendar.planStart())) {
                continue;
            }
            int lastWeek = calendar.lastWeekOnOrBefore(q.end());
            if (calendar.firstWeekOnOrAfter(q.start()) >= calendar.horizonWeeks()) {
                break;
            }
            cumulative += q.persons();
            out.add(new QuotaPeriod(q.label(), Math.min(lastWeek, calendar.horizonWeeks() - 1), cumulative));
        }
        return List.copyOf(out);
    }
}
