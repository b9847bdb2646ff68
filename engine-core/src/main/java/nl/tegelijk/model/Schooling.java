package nl.tegelijk.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

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
        checkArgument(years >= 0, "years (%s) must not be negative", years);
        requireNonNull(highestLevel, "highestLevel");
        dutchDiplomas = List.copyOf(dutchDiplomas);
    }
}
