package nl.tegelijk.examples.generate;

import java.time.LocalDate;
import java.util.List;
import nl.tegelijk.model.NationalityGroup;

/**
 * A country of origin with its share of asylum permits and the household profile used for it.
 *
 * @param iso3 ISO 3166-1 alpha-3 code
 * @param share share of persons with this origin
 * @param profile the household and schooling profile
 */
record Origin(String iso3, double share, HouseholdProfile profile) {

    /** The nationality group the law distinguishes: Turkish nationals apart, everyone else a third-country national. */
    NationalityGroup nationalityGroup() {
        return "TUR".equals(iso3) ? NationalityGroup.TURKISH : NationalityGroup.THIRD_COUNTRY;
    }

    /**
     * The mix of origins for a plan start. Before 2022: the 2016 asylum permits by nationality (CBS; DOMAIN.md 8.3):
     * Syria 26,205, Eritrea 5,065, Iraq 1,330, Afghanistan 750, Iran 585, Turkey 20, other 2,730 (of 36,685); "other"
     * is spread over Somalia, Yemen, Sudan and Ethiopia (assumption). From 2022: an assumed recent mix (not in
     * DOMAIN.md; see docs/GENERATOR.md).
     */
    static List<Origin> mixFor(LocalDate planStart) {
        if (planStart.isBefore(LocalDate.of(2022, 1, 1))) {
            double total = 36_685;
            double other = 2_730 / total;
            return List.of(
                    new Origin("SYR", 26_205 / total, HouseholdProfile.FAMILIES),
                    new Origin("ERI", 5_065 / total, HouseholdProfile.SINGLES_AND_MINORS),
                    new Origin("IRQ", 1_330 / total, HouseholdProfile.MIXED),
                    new Origin("AFG", 750 / total, HouseholdProfile.MIXED),
                    new Origin("IRN", 585 / total, HouseholdProfile.MIXED),
                    new Origin("TUR", 20 / total, HouseholdProfile.MIXED),
                    new Origin("SOM", other * 0.35, HouseholdProfile.SINGLES_AND_MINORS),
                    new Origin("YEM", other * 0.25, HouseholdProfile.MIXED),
                    new Origin("SDN", other * 0.20, HouseholdProfile.SINGLES_AND_MINORS),
                    new Origin("ETH", other * 0.20, HouseholdProfile.SINGLES_AND_MINORS));
        }
        return List.of(
                new Origin("SYR", 0.40, HouseholdProfile.FAMILIES),
                new Origin("ERI", 0.10, HouseholdProfile.SINGLES_AND_MINORS),
                new Origin("TUR", 0.10, HouseholdProfile.MIXED),
                new Origin("YEM", 0.08, HouseholdProfile.MIXED),
                new Origin("AFG", 0.08, HouseholdProfile.MIXED),
                new Origin("IRQ", 0.05, HouseholdProfile.MIXED),
                new Origin("IRN", 0.04, HouseholdProfile.MIXED),
                new Origin("SOM", 0.05, HouseholdProfile.SINGLES_AND_MINORS),
                new Origin("SDN", 0.05, HouseholdProfile.SINGLES_AND_MINORS),
                new Origin("ETH", 0.05, HouseholdProfile.SINGLES_AND_MINORS));
    }
}
