package nl.tegelijk.examples.cli;

/** The language of plain-language output: Dutch ({@code nl}, the default) or English ({@code en}). */
enum Language {
    nl, en;

    boolean english() {
        return this == en;
    }
}
