package nl.tegelijk.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the case worker's civic-integration file (<i>inburgeringsdossier</i>) records about the procedure so far.
 * Everything is optional: an empty file means nothing has happened yet, and the rules then work with the latest dates
 * the law allows.
 *
 * @param duoNotificationDate the date of DUO's notification of the duty (<i>kennisgeving</i>); the 10-week deadline
 *        for the personal plan runs from it (WI21-PIP-03, Besluit inburgering 2021 art. 5.3)
 * @param personalPlanDate the date the municipality set the first personal plan (<i>PIP</i>); the integration term
 *        starts the day after it (WI21-TERM-01, Wi2021 art. 11)
 * @param personalPlanAmendmentDates dates the plan was amended (route switch, scaling down, move); an amendment never
 *        moves the term (WI21-TERM-01, WI21-PIP-04)
 * @param courseHoursFollowed Dutch-language (NT2) course hours followed at a provider with the quality mark
 *        (Wi2021 art. 32); counts toward scaling down from B1 to A2 (WI21-AFSCHAAL-01)
 * @param effortShown whether the municipality established demonstrably sufficient effort (Besluit inburgering 2021
 *        art. 5.5)
 */
public record CivicIntegrationFile(Optional<LocalDate> duoNotificationDate, Optional<LocalDate> personalPlanDate,
                                   List<LocalDate> personalPlanAmendmentDates, int courseHoursFollowed,
                                   boolean effortShown) {
    /** A file in which nothing is recorded yet. */
    public static final CivicIntegrationFile NONE = new CivicIntegrationFile(Optional.empty(), Optional.empty(),
            List.of(), 0, false);

    public CivicIntegrationFile {
        requireNonNull(duoNotificationDate, "duoNotificationDate");
        requireNonNull(personalPlanDate, "personalPlanDate");
        personalPlanAmendmentDates = personalPlanAmendmentDates == null ? List.of()
                : List.copyOf(personalPlanAmendmentDates);
        checkArgument(courseHoursFollowed >= 0, "courseHoursFollowed (%s) must not be negative", courseHoursFollowed);
    }
}
