package nl.tegelijk.model;

import java.util.List;

/**
 * A person's schooling: years, highest level, literacy and Dutch diplomas.
 *
 * @param years years of schooling completed, anywhere
 * @param highestLevel highest level completed
 * @param literate able to read and write in any script
 * @param literateLatinScript able to read and write in the Latin script (<i>gealfabetiseerd in het Latijnse schrift</i>)
 * @param dutchDiplomas diplomas obtained in Dutch
 */
public record Schooling(int years, EducationLevel highestLevel, boolean literate, boolean literateLatinScript,
                        List<DutchDiploma> dutchDiplomas) {
    public Schooling {
        RecordCheck check = RecordCheck.unnamed("schooling");
        check.notNegative(years, "years");
        check.required(highestLevel, "highestLevel");
        dutchDiplomas = check.list(dutchDiplomas, "dutchDiplomas");
        check.done();
    }
}
