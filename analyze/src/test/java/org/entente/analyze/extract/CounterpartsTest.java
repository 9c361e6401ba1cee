package org.entente.analyze.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CounterpartsTest {

    @Test
    void literalPrecheckFindsTheWordInAnyAsciiCase() {
        assertThat(Counterparts.containsIgnoreCase("avec SON HOMOLOGUE russe", "homologue")).isTrue();
        assertThat(Counterparts.containsIgnoreCase("avec son Interlocuteur", "interlocuteur")).isTrue();
        assertThat(Counterparts.containsIgnoreCase("homologue", "homologue")).isTrue();
    }

    @Test
    void literalPrecheckRejectsTextWithoutTheWord() {
        assertThat(Counterparts.containsIgnoreCase("avec son homolog", "homologue")).isFalse();
        assertThat(Counterparts.containsIgnoreCase("", "homologue")).isFalse();
    }
}
