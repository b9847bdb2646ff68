package nl.tegelijk.support;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import nl.tegelijk.model.PermitKind;
import nl.tegelijk.model.Person;
import nl.tegelijk.model.ResidenceStatus;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.scenario.AgeBand;
import nl.tegelijk.scenario.ScenarioValidator;

/** The domain context itself: what it generates is valid, and it reaches every status, permit kind and age band. */
class ScenarioArbitrariesProperties {

    @Provide
    Arbitrary<Scenario> scenarios() {
        return ScenarioArbitraries.scenarios();
    }

    @Property(seed = "20261201", tries = 150)
    void generatedScenariosPassEveryCheckAndCoverEveryStatusPermitKindAndAgeBand(
            @ForAll("scenarios") Scenario scenario) {
        assertThat(ScenarioValidator.validate(scenario)).isEmpty();

        for (Person person : scenario.persons()) {
            Statistics.label("status").collect(person.status());
            Statistics.label("permit kind").collect(person.permitKind());
            Statistics.label("age band").collect(AgeBand.of(person.ageOn(scenario.planStart())));
            Statistics.label("unaccompanied minor").collect(person.unaccompaniedMinor());
        }
        Statistics.label("status").coverage(coverage -> {
            for (ResidenceStatus status : ResidenceStatus.values()) {
                coverage.check(status).count(n -> n > 0);
            }
        });
        Statistics.label("permit kind").coverage(coverage -> {
            for (PermitKind kind : PermitKind.values()) {
                coverage.check(kind).count(n -> n > 0);
            }
        });
        Statistics.label("age band").coverage(coverage -> {
            for (AgeBand band : AgeBand.values()) {
                coverage.check(band).count(n -> n > 0);
            }
        });
        Statistics.label("unaccompanied minor").coverage(coverage -> coverage.check(true).count(n -> n > 0));
    }
}
