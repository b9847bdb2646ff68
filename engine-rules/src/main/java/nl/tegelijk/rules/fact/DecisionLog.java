package nl.tegelijk.rules.fact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The decisions that no rule reads (reasons, support measures, weekly-hours limits, target levels, consequences, and
 * the exam components and deadlines of kinds no rule reads: docs/RULES.md, "Design"),
 * recorded by the consequences that take them instead of being inserted: a fact in working memory costs its insertion
 * and a place in the object store, and nothing would ever match it. Rules take it as the global {@code decided}
 * ({@code decided.add(new Reason(...))}); the assessor reads {@link #decisions()} after the rules have fired,
 * together with the facts in working memory. One per session; not thread-safe, like the session.
 */
public final class DecisionLog {
    private final List<Decision> decisions = new ArrayList<>();

    /** Records {@code decision}, which no rule may read. */
    public void add(Decision decision) {
        decisions.add(Objects.requireNonNull(decision, "decision"));
    }

    /** The decisions recorded so far, in the order they were taken; a view the log owns. */
    public List<Decision> decisions() {
        return Collections.unmodifiableList(decisions);
    }
}
