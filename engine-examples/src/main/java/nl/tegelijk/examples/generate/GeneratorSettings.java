package nl.tegelijk.examples.generate;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * What the {@link ScenarioGenerator} is asked to produce. Immutable and thread-safe; equal settings give an equal
 * scenario.
 *
 * @param persons number of persons, 10 to 100,000
 * @param seed the seed of the pseudo-random draws
 * @param pressure how much capacity against the estimated demand
 * @param preset the map and resource mix
 * @param planStart the first day of week 0, a Monday
 * @param horizonWeeks weeks planned, 1 to 520
 * @param municipality the municipality's name
 */
public record GeneratorSettings(int persons, long seed, Pressure pressure, ResourcePreset preset,
                                LocalDate planStart, int horizonWeeks, String municipality) {

    /** The fewest persons the generator makes. */
    public static final int MIN_PERSONS = 10;
    /** The most persons the generator makes. */
    public static final int MAX_PERSONS = 100_000;
    /** The horizon when none is given (DESIGN.md, Time). */
    public static final int DEFAULT_HORIZON_WEEKS = 104;

    public GeneratorSettings {
        checkArgument(persons >= MIN_PERSONS && persons <= MAX_PERSONS,
                "persons (%s) must be within [%s, %s]", persons, MIN_PERSONS, MAX_PERSONS);
        requireNonNull(pressure, "pressure");
        requireNonNull(preset, "preset");
        requireNonNull(planStart, "planStart");
        checkArgument(planStart.getDayOfWeek() == DayOfWeek.MONDAY,
                "planStart (%s) must be a Monday; maybe %s?", planStart,
                planStart.minusDays(planStart.getDayOfWeek().getValue() - 1L));
        checkArgument(horizonWeeks >= 1 && horizonWeeks <= 520,
                "horizonWeeks (%s) must be within [1, 520]", horizonWeeks);
        requireNonNull(municipality, "municipality");
        checkArgument(!municipality.isBlank(), "municipality must not be blank");
    }

    /**
     * Generic settings: {@link Pressure#TIGHT}, {@link ResourcePreset#GENERIC}, plan start Monday 2025-01-06,
     * a horizon of {@value #DEFAULT_HORIZON_WEEKS} weeks, municipality "Voorbeeldstad".
     */
    public static GeneratorSettings of(int persons, long seed) {
        return new GeneratorSettings(persons, seed, Pressure.TIGHT, ResourcePreset.GENERIC, LocalDate.of(2025, 1, 6),
                DEFAULT_HORIZON_WEEKS, "Voorbeeldstad");
    }

    /** A copy with another pressure. */
    public GeneratorSettings withPressure(Pressure newPressure) {
        return new GeneratorSettings(persons, seed, newPressure, preset, planStart, horizonWeeks, municipality);
    }

    /** A copy with another seed. */
    public GeneratorSettings withSeed(long newSeed) {
        return new GeneratorSettings(persons, newSeed, pressure, preset, planStart, horizonWeeks, municipality);
    }

    /** A copy with another number of persons. */
    public GeneratorSettings withPersons(int newPersons) {
        return new GeneratorSettings(newPersons, seed, pressure, preset, planStart, horizonWeeks, municipality);
    }

    /** A copy with another preset, plan start and municipality. */
    public GeneratorSettings withPlace(ResourcePreset newPreset, LocalDate newPlanStart, String newMunicipality) {
        return new GeneratorSettings(persons, seed, pressure, newPreset, newPlanStart, horizonWeeks, newMunicipality);
    }

    /** The last day of the horizon. */
    public LocalDate horizonEnd() {
        return planStart.plusWeeks(horizonWeeks).minusDays(1);
    }

    /** True when the plan start falls under the Wet inburgering 2021 (WI21-REGIME-01). */
    public boolean wi2021() {
        return !planStart.isBefore(LocalDate.of(2022, 1, 1));
    }
}
