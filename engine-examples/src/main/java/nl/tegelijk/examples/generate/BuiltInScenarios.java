package nl.tegelijk.examples.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.tegelijk.model.Scenario;

/**
 * The scenarios that ship with Tegelijk: {@code tutorial} (a dozen people written out by hand, each showing one rule
 * or constraint), {@code zaanstad-2016} (Wet inburgering 2013) and {@code zaanstad-2025} (Wet inburgering 2021).
 * Each scenario's {@code notes} list its assumptions and sources.
 *
 * <p>Stateless and thread-safe; every call builds a fresh, equal, immutable scenario owned by the caller.
 */
public final class BuiltInScenarios {
    /** Name of the hand-written tutorial scenario. */
    public static final String TUTORIAL = "tutorial";
    /** Name of Zaanstad in 2016. */
    public static final String ZAANSTAD_2016 = "zaanstad-2016";
    /** Name of Zaanstad in 2025. */
    public static final String ZAANSTAD_2025 = "zaanstad-2025";

    /** Persons in the Zaanstad scenarios: the quota's reference size (see {@link QuotaTable}). */
    static final int ZAANSTAD_PERSONS = QuotaTable.ZAANSTAD_REFERENCE_PERSONS;

    private BuiltInScenarios() {
    }

    /** The names, in a fixed order. */
    public static List<String> names() {
        return List.of(TUTORIAL, ZAANSTAD_2016, ZAANSTAD_2025);
    }

    /**
     * The scenario of that name.
     *
     * @throws IllegalArgumentException when there is no built-in scenario of that name
     */
    public static Scenario byName(String name) {
        return switch (name) {
            case TUTORIAL -> TutorialScenario.scenario();
            case ZAANSTAD_2016 -> zaanstad(ZAANSTAD_2016, settings2016(), """
                    Zaanstad in 2016 under the Wet inburgering 2013 (about 151,500 inhabitants on 1-1-2015, 153,800 \
                    on 1-1-2017): the 383 permit holders of the 2016 quota in view (linked and waiting, or housed \
                    since January), asylum seekers in the POL and the Hembrug emergency shelter (1,500 emergency beds \
                    in 2015-2016, most later placed elsewhere: a share is included), and permit holders housed \
                    earlier. The integral approach: housing, language, education and work at the same time \
                    (DOMAIN.md, Zaanstad's local policy).""");
            case ZAANSTAD_2025 -> zaanstad(ZAANSTAD_2025, settings2025(), """
                    Zaanstad in 2025 under the Wet inburgering 2021: broad intake with learnability test, B1, \
                    education and Z routes, labour-market module, unburdening of permit holders on social assistance \
                    (WI21-ONTZ-01); housing quota of recent years (DOMAIN.md 8.2).""");
            default -> throw new IllegalArgumentException(
                    "no built-in scenario named (" + name + "); maybe one of " + names() + "?");
        };
    }

    /** The generator settings behind {@code zaanstad-2016}. */
    public static GeneratorSettings settings2016() {
        return new GeneratorSettings(ZAANSTAD_PERSONS, 2016L, Pressure.TIGHT, ResourcePreset.ZAANSTAD_2016,
                LocalDate.of(2016, 4, 4), GeneratorSettings.DEFAULT_HORIZON_WEEKS, "Zaanstad");
    }

    /** The generator settings behind {@code zaanstad-2025}. */
    public static GeneratorSettings settings2025() {
        return new GeneratorSettings(ZAANSTAD_PERSONS, 2025L, Pressure.TIGHT, ResourcePreset.ZAANSTAD_2025,
                LocalDate.of(2025, 1, 6), GeneratorSettings.DEFAULT_HORIZON_WEEKS, "Zaanstad");
    }

    private static Scenario zaanstad(String name, GeneratorSettings settings, String summary) {
        Scenario s = ScenarioGenerator.generate(settings);
        String notes = summary + "\n" + s.notes().orElse("");
        return new Scenario(name, s.municipality(), s.region(), s.planStart(), s.horizonWeeks(), Optional.of(notes),
                s.locations(), s.households(), s.persons(), s.intakeReports(), s.dwellings(), s.courseGroups(),
                s.schoolClasses(), s.placements(), s.housingQuotas());
    }
}
