package nl.tegelijk.assessment;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * The legal basis of a decision, in the Dutch legal-basis format: law, BWB id, article, lid, link.
 *
 * @param law the law or regulation, e.g. "Wet inburgering 2021"
 * @param bwbId the id in the national law register, e.g. "BWBR0044770", when it has one
 * @param article the article, e.g. "3"
 * @param lid the paragraph (<i>lid</i>), when the rule names one
 * @param url a link to the text
 */
public record LegalBasis(String law, Optional<String> bwbId, String article, Optional<String> lid, String url) {
    public LegalBasis {
        requireNonNull(law, "law");
        requireNonNull(bwbId, "bwbId");
        requireNonNull(article, "article");
        requireNonNull(lid, "lid");
        requireNonNull(url, "url");
    }

    /** A short citation such as "Wet inburgering 2021 art. 3 lid 1". */
    public String citation() {
        return law + " art. " + article + lid.map(l -> " lid " + l).orElse("");
    }
}
