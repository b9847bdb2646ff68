package nl.tegelijk.api;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import nl.tegelijk.model.CourseGroup;
import nl.tegelijk.model.Dwelling;
import nl.tegelijk.model.Placement;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.monitoring.CapacityPressure;
import nl.tegelijk.model.SchoolClass;

/**
 * One unit or more of extra capacity for a what-if ({@link IntegrationEngine#whatIf}), named by the place it copies or
 * widens (<i>extra capaciteit</i>). What a unit is depends on the place: for a dwelling, another dwelling like it
 * (same location, rooms, occupants, accessibility and date); for a course group, another group like it (same kind,
 * location, cohorts, seats); for a school class, one more seat; for a placement, one more slot. Open offers without a
 * cap never get capacity. Unlike the dated {@link Change} records of a replan, a capacity change is a hypothetical
 * applied to the whole horizon. Immutable and thread-safe.
 *
 * @param target the id of a dwelling, course group, school class or placement of the scenario, or a kind of place as
 *     {@link nl.tegelijk.monitoring.CapacityPressure} names it (e.g. {@code DWELLING_3_ROOMS}, {@code B1_ROUTE},
 *     {@code ISK}, {@code PAID_JOB}), which the what-if resolves to that kind's most pressed place in the base plan
 * @param units how many units to add, at least 1
 */
public record CapacityChange(String target, int units) {

    public CapacityChange {
        requireNonNull(target, "target");
        checkArgument(units > 0, "units (%s) of capacity change for (%s) must be positive", units, target);
    }

    /**
     * {@code scenario} with {@code changes} applied, in order; every other record is left as it was. Copies get the
     * ids {@code <id>-extra-1}, {@code <id>-extra-2} and so on, the first not yet taken.
     *
     * @throws IllegalArgumentException when a target is not the id of a place of the scenario, or is an open offer
     *     without a cap
     */
    public static Scenario applyAll(Scenario scenario, List<CapacityChange> changes) {
        Scenario out = requireNonNull(scenario, "scenario");
        for (CapacityChange c : changes) {
            out = c.applyTo(out);
        }
        return out;
    }

    private Scenario applyTo(Scenario s) {
        Optional<Dwelling> dwelling = find(s.dwellings(), d -> d.id().equals(target));
        if (dwelling.isPresent()) {
            List<Dwelling> out = new ArrayList<>(s.dwellings());
            Dwelling d = dwelling.get();
            for (int i = 0; i < units; i++) {
                out.add(new Dwelling(freeId(out.stream().map(Dwelling::id).toList()), d.locationId(),
                        d.availableFrom(), d.rooms(), d.maxOccupants(), d.accessible()));
            }
            return s.toBuilder().dwellings(out).build();
        }
        Optional<CourseGroup> group = find(s.courseGroups(), g -> g.id().equals(target));
        if (group.isPresent()) {
            CourseGroup g = group.get();
            checkArgument(!g.uncapped(), "course group (%s) is an open offer without a cap: it never gets capacity",
                    target);
            List<CourseGroup> out = new ArrayList<>(s.courseGroups());
            for (int i = 0; i < units; i++) {
                out.add(new CourseGroup(freeId(out.stream().map(CourseGroup::id).toList()), g.kind(),
                        g.locationId(), g.availableFrom(), g.rollingIntake(), g.cohortStarts(), g.durationWeeks(),
                        g.hoursPerWeek(), g.seats(), g.childcare()));
            }
            return s.toBuilder().courseGroups(out).build();
        }
        if (find(s.schoolClasses(), c -> c.id().equals(target)).isPresent()) {
            return s.toBuilder().schoolClasses(s.schoolClasses().stream().map(c -> !c.id().equals(target) ? c
                    : new SchoolClass(c.id(), c.kind(), c.locationId(), c.minAge(), c.maxAge(), c.seats() + units,
                    c.availableFrom(), c.rollingIntake(), c.intakeDates(), c.durationWeeks(), c.hoursPerWeek()))
                    .toList()).build();
        }
        Optional<Placement> placement = find(s.placements(), p -> p.id().equals(target));
        checkArgument(placement.isPresent(), "capacity change target (%s) is no dwelling, course group, school class or"
                + " placement of scenario (%s); maybe it is a kind of place, which the what-if resolves first", target,
                s.name());
        checkArgument(!placement.get().uncapped(), "placement (%s) is an open offer without a cap: it never gets "
                + "capacity", target);
        return s.toBuilder().placements(s.placements().stream().map(p -> !p.id().equals(target) ? p
                : new Placement(p.id(), p.kind(), p.sector(), p.minimumDutchLevel(), p.hoursPerWeek(),
                p.slots().orElseThrow() + units, p.availableFrom(), p.durationWeeks(), p.locationId()))
                .toList()).build();
    }

    /**
     * The capped places of a kind of place as {@link nl.tegelijk.monitoring.CapacityPressure} names kinds, in scenario
     * order: dwellings with that many rooms, or course groups, school classes or placements of that kind. Empty for a
     * name that is no kind, or a kind with only open offers without a cap.
     */
    static List<String> placesOfKind(Scenario s, String kind) {
        List<String> out = new ArrayList<>();
        s.dwellings().stream().filter(d -> CapacityPressure.dwellingKind(d.rooms()).equals(kind))
                .forEach(d -> out.add(d.id()));
        s.courseGroups().stream().filter(g -> !g.uncapped() && g.kind().name().equals(kind))
                .forEach(g -> out.add(g.id()));
        s.schoolClasses().stream().filter(c -> c.kind().name().equals(kind)).forEach(c -> out.add(c.id()));
        s.placements().stream().filter(p -> !p.uncapped() && p.kind().name().equals(kind))
                .forEach(p -> out.add(p.id()));
        return out;
    }

    /** True when {@code id} is the id of a dwelling, course group, school class or placement of the scenario. */
    static boolean isPlace(Scenario s, String id) {
        return s.dwellings().stream().anyMatch(d -> d.id().equals(id))
                || s.courseGroups().stream().anyMatch(c -> c.id().equals(id))
                || s.schoolClasses().stream().anyMatch(c -> c.id().equals(id))
                || s.placements().stream().anyMatch(p -> p.id().equals(id));
    }

    private String freeId(List<String> taken) {
        for (int n = 1; ; n++) {
            String id = target + "-extra-" + n;
            if (!taken.contains(id)) {
                return id;
            }
        }
    }

    private static <T> Optional<T> find(List<T> list, Predicate<T> match) {
        return list.stream().filter(match).findFirst();
    }

    @Override
    public String toString() {
        return target + ":" + units;
    }
}
