package nl.tegelijk.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import nl.tegelijk.examples.generate.GeneratorSettings;
import nl.tegelijk.examples.generate.Pressure;
import nl.tegelijk.examples.generate.ResourcePreset;
import nl.tegelijk.examples.generate.ScenarioGenerator;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.scenario.ScenarioWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code generate --persons N --seed S --out file.json}: a calibrated scenario; the same seed gives the same file. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generates a scenario calibrated to the published figures; the same settings give the same file.")
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--persons", required = true, description = "Number of persons, 10 to 100000.")
    private int persons;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--pressure", defaultValue = "TIGHT",
            description = "Resources against demand: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Pressure pressure;

    @Option(names = "--preset", defaultValue = "GENERIC",
            description = "Map and resource mix: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private ResourcePreset preset;

    @Option(names = "--plan-start", description = "First day of week 0, a Monday (default: the preset's, or "
            + "2025-01-06). Before 2022 the Wet inburgering 2013 applies.")
    private LocalDate planStart;

    @Option(names = "--municipality", description = "Municipality name (default: the preset's).")
    private String municipality;

    @Option(names = "--out", required = true, description = "Where to write the scenario JSON.")
    private Path out;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (persons < GeneratorSettings.MIN_PERSONS || persons > GeneratorSettings.MAX_PERSONS) {
            throw new UserInputException("--persons must be within [" + GeneratorSettings.MIN_PERSONS + ", "
                    + GeneratorSettings.MAX_PERSONS + "], not " + persons);
        }
        LocalDate start = planStart != null ? planStart : defaultPlanStart(preset);
        if (start.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new UserInputException("--plan-start must be a Monday, not " + start + " (" + start.getDayOfWeek()
                    + ")");
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new UserInputException("the folder for --out does not exist: " + parent);
        }
        GeneratorSettings settings = GeneratorSettings.of(persons, seed).withPressure(pressure)
                .withPlace(preset, start, municipality != null ? municipality : defaultMunicipality(preset));
        Scenario scenario = ScenarioGenerator.generate(settings);
        ScenarioWriter.write(scenario, out);
        PrintWriter w = spec.commandLine().getOut();
        w.println("Wrote " + out + ": " + scenario.persons().size() + " persons in " + scenario.households().size()
                + " households, " + scenario.dwellings().size() + " dwellings, " + scenario.courseGroups().size()
                + " course groups, " + scenario.schoolClasses().size() + " school classes, "
                + scenario.placements().size() + " placements (seed " + seed + ", " + pressure + ", " + preset + ").");
        return 0;
    }

    private static LocalDate defaultPlanStart(ResourcePreset preset) {
        return preset == ResourcePreset.ZAANSTAD_2016 ? LocalDate.of(2016, 4, 4) : LocalDate.of(2025, 1, 6);
    }

    private static String defaultMunicipality(ResourcePreset preset) {
        return preset == ResourcePreset.GENERIC ? "Voorbeeldstad" : "Zaanstad";
    }
}
