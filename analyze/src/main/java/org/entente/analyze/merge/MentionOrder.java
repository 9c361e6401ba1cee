package org.entente.analyze.merge;

import java.util.Comparator;
import java.util.Objects;
import org.entente.analyze.Mention;

/**
 * A total order on mentions that depends only on their content, so that merging gives the same result
 * whatever order the mentions arrive in: article, sentence, then every other field.
 */
final class MentionOrder {

    static final Comparator<Mention> CANONICAL = Comparator
        .comparing(Mention::article)
        .thenComparingInt(Mention::sentence)
        .thenComparing(Mention::type)
        .thenComparing(Mention::status)
        .thenComparing(m -> Objects.toString(m.date(), ""))
        .thenComparing(m -> String.join(";", m.participantsA()))
        .thenComparing(m -> String.join(";", m.participantsB()))
        .thenComparing(m -> m.direction() == null ? "" : m.direction().name())
        .thenComparing(m -> Objects.toString(m.occasion(), ""))
        .thenComparing(Mention::location)
        .thenComparing(Mention::text);

    private MentionOrder() {
    }

    static String key(Mention mention) {
        return mention.article() + "#" + mention.sentence();
    }
}
