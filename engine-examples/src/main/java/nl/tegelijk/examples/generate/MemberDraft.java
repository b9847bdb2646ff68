package nl.tegelijk.examples.generate;

import java.time.LocalDate;
import java.util.Optional;
import nl.tegelijk.model.Accommodation;
import nl.tegelijk.model.PermitKind;
import nl.tegelijk.model.ResidenceStatus;

/**
 * One member of a household being generated: role, age and the procedure dates, before the personal attributes are
 * drawn. Immutable.
 */
record MemberDraft(Role role, LocalDate birthDate, ResidenceStatus status, PermitKind permitKind,
                   Optional<LocalDate> application, Optional<LocalDate> permit, Optional<LocalDate> linked,
                   Optional<LocalDate> arrival, Accommodation accommodation, String locationId,
                   Optional<LocalDate> expectedPermit) {

    /** The member's place in the household. */
    enum Role { MAIN, PARTNER, CHILD, MINOR_ALONE }

    /** The procedure stage of this member on {@code start}. */
    StatusStage stage(LocalDate start) {
        if (status == ResidenceStatus.PERMIT_HOLDER && linked.filter(l -> l.isAfter(start)).isPresent()) {
            return StatusStage.EXPECTED_ARRIVAL;
        }
        if (status == ResidenceStatus.ASYLUM_SEEKER) {
            return StatusStage.ASYLUM_SEEKER;
        }
        if (arrival.isPresent()) {
            return StatusStage.ARRIVED_EARLIER;
        }
        return linked.isPresent() ? StatusStage.LINKED_WAITING : StatusStage.PERMIT_NOT_LINKED;
    }

    /** The first day the member is known to have been in the Netherlands (the asylum application, or the permit). */
    LocalDate inNetherlandsSince() {
        return application.or(() -> permit).orElse(birthDate);
    }
}
