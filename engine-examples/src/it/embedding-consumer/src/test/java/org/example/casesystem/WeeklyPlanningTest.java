package org.example.casesystem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The case system's run on the two-household scenario: six persons assessed, a valid plan, their figures. */
class WeeklyPlanningTest {

    @Test
    void assessesPlansAndMonitorsEveryPersonOfTheScenario() {
        WeeklyPlanning.Week week = WeeklyPlanning.run(Path.of("tiny-scenario.json"));

        assertEquals(6, week.assessments().size());
        assertEquals(6, week.figures().persons());
        assertTrue(week.violations().isEmpty(), () -> "plan violations: " + week.violations());
        assertTrue(week.figures().personsFullyPlanned() > 0, "nobody fully planned");
        WeeklyPlanning.print(week, System.out);
    }

    @Test
    void decisionTablesAreNotOnTheClassPath() {
        assertThrowsClassNotFound("org.drools.decisiontable.SpreadsheetCompiler");
        assertThrowsClassNotFound("org.apache.poi.ss.usermodel.Workbook");
    }

    private static void assertThrowsClassNotFound(String name) {
        try {
            Class.forName(name);
        } catch (ClassNotFoundException expected) {
            return;
        }
        throw new AssertionError(name + " is on the class path");
    }
}
