package nl.tegelijk.examples.generate;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import nl.tegelijk.model.CourseGroup;
import nl.tegelijk.model.Dwelling;
import nl.tegelijk.model.HousingQuota;
import nl.tegelijk.model.IntakeReport;
import nl.tegelijk.model.Placement;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.model.SchoolClass;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generates realistic, fictitious planning scenarios of 10 to 100,000 persons, calibrated to the published figures
 * of DOMAIN.md section 8 (see docs/GENERATOR.md for every parameter and its source or assumption).
 *
 * <p>Deterministic: equal {@link GeneratorSettings} give an equal {@link Scenario}; the seed drives every draw and
 * the wall clock is never read. Ids are pseudonymous and stable ({@code P-000001}, {@code H-000001},
 * {@code D-0001}, {@code C-001}, {@code S-001}, {@code W-0001}, {@code R-000001}, {@code L-01}). The population is
 * drawn from its own sequence, so that the same seed gives the same persons under every pressure.
 *
 * <p>Stateless and thread-safe; the returned scenario is immutable and owned by the caller.
 */
public final class ScenarioGenerator {
    private static final Logger LOG = LoggerFactory.getLogger(ScenarioGenerator.class);

    private ScenarioGenerator() {
    }

    /** A scenario for the settings. */
    public static Scenario generate(GeneratorSettings settings) {
        SplittableRandom root = new SplittableRandom(settings.seed());
        Draw populationDraw = new Draw(root.split());
        Draw genderDraw = new Draw(root.split());
        Draw intakeDraw = new Draw(root.split());
        Draw resourceDraw = new Draw(root.split());

        MunicipalityMap map = MunicipalityMap.of(settings.preset(), settings.municipality(), settings.persons());
        PopulationGenerator.Population population =
                new PopulationGenerator(settings, map, populationDraw, genderDraw).generate();
        List<IntakeReport> reports = new IntakeGenerator(settings, intakeDraw).reports(population.persons());
        Demand demand = new Demand(settings, population.households(), population.persons());
        List<Dwelling> dwellings = DwellingGenerator.dwellings(settings, map, demand, resourceDraw);
        List<CourseGroup> courses = CourseGenerator.courseGroups(settings, map, demand, resourceDraw);
        List<SchoolClass> schools = SchoolGenerator.schoolClasses(settings, map, demand, resourceDraw);
        List<Placement> placements = PlacementGenerator.placements(settings, map, demand, resourceDraw);
        List<HousingQuota> quotas = QuotaTable.quotas(settings);

        LOG.debug("Generated scenario: persons ({}), households ({}), reports ({}), dwellings ({}), course groups "
                        + "({}), school classes ({}), placements ({})", population.persons().size(),
                population.households().size(), reports.size(), dwellings.size(), courses.size(), schools.size(),
                placements.size());
        return new Scenario(name(settings), settings.municipality(), map.region(), settings.planStart(),
                settings.horizonWeeks(), Optional.of(ScenarioNotes.of(settings)), map.locations(),
                population.households(), population.persons(), reports, dwellings, courses, schools, placements,
                quotas);
    }

    private static String name(GeneratorSettings s) {
        return String.format("generated-%s-%d-persons-seed-%d-%s", s.preset().name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', '-'), s.persons(), s.seed(), s.pressure().name().toLowerCase(java.util.Locale.ROOT));
    }
}
