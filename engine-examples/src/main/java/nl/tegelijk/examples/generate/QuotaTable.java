package nl.tegelijk.examples.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.tegelijk.model.HousingQuota;
import nl.tegelijk.model.QuotaBasis;

/**
 * Housing quota (<i>taakstelling</i>) per half-year of the horizon. Zaanstad's figures come from DOMAIN.md 8.1–8.2,
 * scaled by the number of persons against the built-in scenario's size; a generic municipality gets Zaanstad 2016's
 * ratio. Half-years without a figure repeat the last known one (assumption). Zaanstad's 2016 quotas, drawn at the
 * built-in size, state the figures they follow from by law, so that the run checks them (HV-FORMULA-01).
 */
final class QuotaTable {
    /** Persons the Zaanstad figures belong to: the size of the built-in scenarios. */
    static final int ZAANSTAD_REFERENCE_PERSONS = 1_000;
    /** Zaanstad 2016: 383 persons per year for about 1,000 persons in view, so 0.19 per person per half-year. */
    static final double GENERIC_PER_PERSON_PER_HALF_YEAR = 383.0 / 2 / ZAANSTAD_REFERENCE_PERSONS;

    /**
     * Zaanstad 2016–2019. 2016: 383 (published) split 178 / 205 in the ratio of the national 20,000 / 23,000 (the
     * formula gives about 180 / 207). 2017: 117 / 90 by the formula from the national 13,000 / 10,000 and Zaanstad's
     * share 151,543 / 16.9 million. 2018: 194 published, split 105 / 89 as the national 13,000 / 11,000. 2019: 49 / 49
     * from the national 6,000 with 2018's share (derived).
     */
    private static final Map<String, Integer> ZAANSTAD_2016 = new TreeMap<>(Map.of(
            "2016-H1", 178, "2016-H2", 205, "2017-H1", 117, "2017-H2", 90,
            "2018-H1", 105, "2018-H2", 89, "2019-H1", 49, "2019-H2", 49));

    /**
     * Zaanstad 2023–2027. 2023: 344 published, 172 per half-year; 2024-H1: 103 published; 2024-H2 onwards: 170 per
     * half-year (assumption: the level of 2023 inside the 100–350 range of recent years).
     */
    private static final Map<String, Integer> ZAANSTAD_2025 = new TreeMap<>(Map.of(
            "2023-H1", 172, "2023-H2", 172, "2024-H1", 103, "2024-H2", 170, "2025-H1", 170, "2025-H2", 170,
            "2026-H1", 170, "2026-H2", 170));

    /**
     * The national number to house (vg) per half-year of Zaanstad 2016 whose figures are published (DOMAIN.md 8.1):
     * 20,000 and 23,000. The later half-years have no basis: DOMAIN.md lacks Zaanstad's or the Netherlands'
     * population on 1 January of the year before them.
     */
    private static final Map<String, Integer> ZAANSTAD_2016_NATIONAL = Map.of("2016-H1", 20_000, "2016-H2", 23_000);
    /** iG: Zaanstad's inhabitants on 1 January 2015, municipal figure (DOMAIN.md 8.2). */
    static final int ZAANSTAD_POPULATION_2015 = 151_543;
    /** iN: inhabitants of the Netherlands on 1 January 2015, CBS as published by Eurostat (docs/GENERATOR.md). */
    static final int NETHERLANDS_POPULATION_2015 = 16_900_726;

    private QuotaTable() {
    }

    static List<HousingQuota> quotas(GeneratorSettings settings) {
        List<HousingQuota> quotas = new ArrayList<>();
        LocalDate end = settings.horizonEnd();
        int year = settings.planStart().getYear();
        int half = settings.planStart().getMonthValue() <= 6 ? 1 : 2;
        while (!new HousingQuota(year, half, 0).start().isAfter(end)) {
            String label = year + "-H" + half;
            quotas.add(new HousingQuota(year, half, persons(settings, label), basis(settings, label)));
            if (half == 2) {
                year++;
            }
            half = 3 - half;
        }
        return quotas;
    }

    private static int persons(GeneratorSettings settings, String label) {
        double scale = (double) settings.persons() / ZAANSTAD_REFERENCE_PERSONS;
        return switch (settings.preset()) {
            case ZAANSTAD_2016 -> (int) Math.round(lookUp(ZAANSTAD_2016, label) * scale);
            case ZAANSTAD_2025 -> (int) Math.round(lookUp(ZAANSTAD_2025, label) * scale);
            case GENERIC -> (int) Math.round(GENERIC_PER_PERSON_PER_HALF_YEAR * settings.persons());
        };
    }

    /**
     * The figures the quota follows from by law (HV-FORMULA-01), where they are published and the world is drawn at
     * its built-in size: a scaled world scales its quotas, which the national figures no longer give.
     */
    private static Optional<QuotaBasis> basis(GeneratorSettings settings, String label) {
        if (settings.preset() != ResourcePreset.ZAANSTAD_2016 || settings.persons() != ZAANSTAD_REFERENCE_PERSONS) {
            return Optional.empty();
        }
        return Optional.ofNullable(ZAANSTAD_2016_NATIONAL.get(label)).map(national -> new QuotaBasis(national,
                ZAANSTAD_POPULATION_2015, NETHERLANDS_POPULATION_2015, LocalDate.of(2015, 1, 1)));
    }

    /** The figure of the half-year, or of the last earlier half-year in the table, or of the first. */
    private static int lookUp(Map<String, Integer> table, String label) {
        TreeMap<String, Integer> sorted = new TreeMap<>(table);
        Map.Entry<String, Integer> floor = sorted.floorEntry(label);
        return floor != null ? floor.getValue() : sorted.firstEntry().getValue();
    }
}
