package nl.tegelijk.model;

/** Kinds of work and participation placements. */
public enum PlacementKind {
    /** A paid job (permit holders freely; asylum seekers only with a TWV, WORK-AS-01). */
    PAID_JOB,
    /** Traineeship or work-experience place (<i>werkervaringsplek, stage</i>). */
    TRAINEESHIP,
    /** Volunteer work (<i>vrijwilligerswerk</i>; for asylum seekers with a UWV volunteer statement, WORK-AS-03). */
    VOLUNTEER_WORK,
    /** Labour-market and participation module (<i>MAP</i>, Wi2021 art. 8). */
    LABOUR_MARKET_MODULE,
    /** Work in and around the reception centre (<i>zelfredzaamheid</i>, Rva 2005 art. 18; WORK-AS-04). */
    RECEPTION_CENTRE_WORK,
    /** Other social participation (<i>participatie</i>), e.g. a club or a buddy project. */
    SOCIAL_PARTICIPATION;

    /**
     * True for an open offer: volunteer work and social participation take everyone who comes, so a scenario may
     * leave their cap out (issue 11: not rationed unless the scenario says so); every other kind states its slots.
     */
    public boolean isOpenOffer() {
        return this == VOLUNTEER_WORK || this == SOCIAL_PARTICIPATION;
    }
}
