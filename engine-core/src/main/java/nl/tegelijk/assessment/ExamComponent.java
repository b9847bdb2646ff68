package nl.tegelijk.assessment;

/** The parts of the integration requirement a person must complete. */
public enum ExamComponent {
    READING, LISTENING, WRITING, SPEAKING,
    /** Knowledge of Dutch society (<i>KNM</i>). */
    KNM,
    /** Orientation on the Dutch labour market (<i>ONA</i>, Wi2013 duties from 2015-01-01). */
    ONA,
    /** Participation declaration programme (<i>PVT</i>). */
    PVT,
    /** Labour-market and participation module (<i>MAP</i>, Wi2021). */
    MAP,
    /** Final interview at the municipality (Z route). */
    FINAL_INTERVIEW
}
