package nl.tegelijk.model;

/** Where a person stands in the asylum and residence procedure on the scenario's plan start. */
public enum ResidenceStatus {
    /** Asylum seeker (<i>asielzoeker</i>): application pending, lawful stay under Vw 2000 art. 8 f/h, in COA reception. */
    ASYLUM_SEEKER,
    /** Permit holder (<i>vergunninghouder, statushouder</i>): residence permit granted (Huisvestingswet 2014 art. 1 g). */
    PERMIT_HOLDER,
    /** Other lawful resident who is not an asylum migrant, e.g. a family or EU migrant. */
    OTHER_RESIDENT
}
