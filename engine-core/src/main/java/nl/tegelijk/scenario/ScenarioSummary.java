package nl.tegelijk.scenario;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.tegelijk.model.HousingQuota;
import nl.tegelijk.model.Person;
import nl.tegelijk.model.ResidenceStatus;
import nl.tegelijk.model.Scenario;

/**
 * A one-screen overview of a scenario for planners (the command line prints it for {@code validate}): persons by
 * status and age band on the plan start, household sizes, resources by kind with their capacity, the housing quota
 * per half-year, and the flow per half-year (expected linkings, expected asylum decisions, dwellings by rooms). Counts only, no personal data. Immutable and thread-safe.
 *
 * @param name scenario name
 * @param municipality the municipality
 * @param planStart first day of week 0
 * @param horizonWeeks weeks planned
 * @param personsByStatusAndAge persons per status and age band, every status and band present (zero when none)
 * @param householdSizes number of households per size (members), smallest size first
 * @param resources resources per kind with their count and capacity, in the order dwellings, course groups, school
 *     classes, placements
 * @param housingQuotas the quotas, earliest half-year first
 * @param flow what is expected per calendar half-year of the horizon, earliest first
 */
public record ScenarioSummary(String name, String municipality, LocalDate planStart, int horizonWeeks,
                              Map<ResidenceStatus, Map<AgeBand, Integer>> personsByStatusAndAge,
                              Map<Integer, Integer> householdSizes, List<ResourceLine> resources,
                              List<HousingQuota> housingQuotas, List<FlowLine> flow) {

    public ScenarioSummary {
        requireNonNull(name, "name");
        requireNonNull(municipality, "municipality");
        requireNonNull(planStart, "planStart");
        EnumMap<ResidenceStatus, Map<AgeBand, Integer>> byStatus = new EnumMap<>(ResidenceStatus.class);
        for (ResidenceStatus status : ResidenceStatus.values()) {
            EnumMap<AgeBand, Integer> byBand = new EnumMap<>(AgeBand.class);
            for (AgeBand band : AgeBand.values()) {
                byBand.put(band, personsByStatusAndAge.getOrDefault(status, Map.of()).getOrDefault(band, 0));
            }
            byStatus.put(status, Collections.unmodifiableMap(byBand));
        }
        personsByStatusAndAge = Collections.unmodifiableMap(byStatus);
        householdSizes = Collections.unmodifiableMap(new TreeMap<>(householdSizes));
        resources = List.copyOf(resources);
        housingQuotas = housingQuotas.stream()
                .sorted(Comparator.comparingInt(HousingQuota::year).thenComparingInt(HousingQuota::half)).toList();
        flow = List.copyOf(flow);
    }

    /** Dwellings of this many rooms or more are counted together in a {@link FlowLine}. */
    public static final int ROOMS_GROUPED_FROM = 5;

    /**
     * What the scenario expects in one calendar half-year of the horizon (docs/SCENARIO.md, "A scenario that flows").
     *
     * @param label the half-year, e.g. {@code 2016-H2}
     * @param expectedArrivals persons COA links to the municipality in it, after the plan start
     * @param expectedDecisions asylum seekers whose permit is expected in it
     * @param dwellingsByRooms dwellings that become free in it (those free on the plan start count in the first),
     *     by rooms 1 to {@value #ROOMS_GROUPED_FROM} (and more); index 0 holds 1 room
     */
    public record FlowLine(String label, int expectedArrivals, int expectedDecisions, List<Integer> dwellingsByRooms) {
        public FlowLine {
            requireNonNull(label, "label");
            dwellingsByRooms = List.copyOf(dwellingsByRooms);
        }

        /** All dwellings that become free in the half-year. */
        public int dwellings() {
            return dwellingsByRooms.stream().mapToInt(Integer::intValue).sum();
        }
    }

    /**
     * Resources of one kind.
     *
     * @param resource the kind of record: {@code dwelling}, {@code course group}, {@code school class} or
     *     {@code placement}
     * @param kind the record's own kind (e.g. {@code ISK}), or {@code all} for dwellings
     * @param count how many records
     * @param capacity their summed capacity: occupants, seats or slots (of the records that state a cap)
     * @param unit what the capacity counts, with the number of open offers that state no cap when there are any
     */
    public record ResourceLine(String resource, String kind, int count, int capacity, String unit) {
        public ResourceLine {
            requireNonNull(resource, "resource");
            requireNonNull(kind, "kind");
            requireNonNull(unit, "unit");
        }
    }

    /** The summary of {@code scenario}. */
    public static ScenarioSummary of(Scenario scenario) {
        Map<ResidenceStatus, Map<AgeBand, Integer>> byStatus = new EnumMap<>(ResidenceStatus.class);
        for (Person person : scenario.persons()) {
            byStatus.computeIfAbsent(person.status(), s -> new EnumMap<>(AgeBand.class))
                    .merge(AgeBand.of(Math.max(0, person.ageOn(scenario.planStart()))), 1, Integer::sum);
        }
        Map<String, Long> members = scenario.persons().stream()
                .collect(Collectors.groupingBy(Person::householdId, Collectors.counting()));
        Map<Integer, Integer> sizes = new TreeMap<>();
        scenario.households().forEach(h -> sizes.merge(members.getOrDefault(h.id(), 0L).intValue(), 1,
                Integer::sum));
        List<ResourceLine> resources = new ArrayList<>();
        if (!scenario.dwellings().isEmpty()) {
            resources.add(new ResourceLine("dwelling", "all", scenario.dwellings().size(),
                    scenario.dwellings().stream().mapToInt(d -> d.maxOccupants()).sum(), "occupants"));
        }
        resources.addAll(lines("course group", scenario.courseGroups(), c -> c.kind().name(), c -> c.seats(),
                "seats"));
        resources.addAll(lines("school class", scenario.schoolClasses(), c -> c.kind().name(),
                c -> Optional.of(c.seats()), "seats"));
        resources.addAll(lines("placement", scenario.placements(), p -> p.kind().name(), p -> p.slots(), "slots"));
        return new ScenarioSummary(scenario.name(), scenario.municipality(), scenario.planStart(),
                scenario.horizonWeeks(), byStatus, sizes, resources, scenario.housingQuotas(), flow(scenario));
    }

    private static List<FlowLine> flow(Scenario scenario) {
        LocalDate start = scenario.planStart();
        LocalDate end = start.plusWeeks(scenario.horizonWeeks());
        Map<String, int[]> counts = new TreeMap<>();
        for (LocalDate d = start; d.isBefore(end); d = d.plusMonths(6).withDayOfMonth(1)) {
            counts.put(HousingQuota.labelOf(d), new int[2 + ROOMS_GROUPED_FROM]);
        }
        java.util.function.BiConsumer<LocalDate, Integer> add = (date, slot) -> {
            if (!date.isBefore(end)) {
                return;
            }
            counts.get(HousingQuota.labelOf(date.isBefore(start) ? start : date))[slot]++;
        };
        for (Person p : scenario.persons()) {
            p.linkedToMunicipalityDate().filter(linked -> linked.isAfter(start)).ifPresent(d -> add.accept(d, 0));
            p.expectedPermitDate().filter(expected -> expected.isAfter(start)).ifPresent(d -> add.accept(d, 1));
        }
        scenario.dwellings().forEach(d -> add.accept(d.availableFrom(),
                1 + Math.min(ROOMS_GROUPED_FROM, d.rooms())));
        return counts.entrySet().stream().map(e -> new FlowLine(e.getKey(), e.getValue()[0], e.getValue()[1],
                java.util.Arrays.stream(e.getValue(), 2, 2 + ROOMS_GROUPED_FROM).boxed().toList())).toList();
    }

    private static <T> List<ResourceLine> lines(String resource, List<T> records, Function<T, String> kind,
                                                Function<T, Optional<Integer>> capacity, String unit) {
        Map<String, List<T>> byKind = records.stream().collect(Collectors.groupingBy(kind, TreeMap::new,
                Collectors.toList()));
        return byKind.entrySet().stream().map(e -> {
            List<Optional<Integer>> caps = e.getValue().stream().map(capacity).toList();
            long uncapped = caps.stream().filter(Optional::isEmpty).count();
            return new ResourceLine(resource, e.getKey(), e.getValue().size(),
                    caps.stream().flatMap(Optional::stream).mapToInt(Integer::intValue).sum(),
                    uncapped == 0 ? unit : unit + " (" + uncapped + " not capped)");
        }).toList();
    }

    /** Number of persons. */
    public int persons() {
        return personsByStatusAndAge.values().stream().flatMap(m -> m.values().stream()).mapToInt(i -> i).sum();
    }

    /** Number of households. */
    public int households() {
        return householdSizes.values().stream().mapToInt(i -> i).sum();
    }

    /** The summary as plain text lines, fit for a terminal. */
    public List<String> render() {
        List<String> lines = new ArrayList<>();
        lines.add("Scenario '" + name + "' of " + municipality + ": plan start " + planStart + ", " + horizonWeeks
                + " weeks");
        lines.add("Persons: " + persons());
        StringBuilder header = new StringBuilder(String.format("  %-15s", "status"));
        for (AgeBand band : AgeBand.values()) {
            header.append(String.format("%6s", band.label()));
        }
        lines.add(header.append(String.format("%7s", "total")).toString());
        personsByStatusAndAge.forEach((status, byBand) -> {
            StringBuilder row = new StringBuilder(String.format("  %-15s", status));
            byBand.values().forEach(n -> row.append(String.format("%6d", n)));
            lines.add(row.append(String.format("%7d", byBand.values().stream().mapToInt(i -> i).sum())).toString());
        });
        lines.add("Households: " + households() + (householdSizes.isEmpty() ? "" : "; by size: "
                + householdSizes.entrySet().stream().map(e -> e.getKey() + " x" + e.getValue())
                .collect(Collectors.joining(", "))));
        lines.add("Resources:" + (resources.isEmpty() ? " none" : ""));
        resources.forEach(r -> lines.add(String.format("  %-13s %-28s %3d  %5d %s", r.resource(), r.kind(),
                r.count(), r.capacity(), r.unit())));
        lines.add("Housing quota: " + (housingQuotas.isEmpty() ? "none" : housingQuotas.stream()
                .map(q -> q.label() + " " + q.persons()).collect(Collectors.joining(", "))
                + " (total " + housingQuotas.stream().mapToInt(HousingQuota::persons).sum() + ")"));
        lines.add("Expected per half-year: linked arrivals, asylum decisions, dwellings free (rooms 1/2/3/4/"
                + ROOMS_GROUPED_FROM + "+)");
        flow.forEach(f -> lines.add(String.format("  %-8s %5d %5d %5d (%s)", f.label(), f.expectedArrivals(),
                f.expectedDecisions(), f.dwellings(), f.dwellingsByRooms().stream().map(String::valueOf)
                        .collect(Collectors.joining("/")))));
        return List.copyOf(lines);
    }
}
