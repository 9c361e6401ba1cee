package org.entente.report.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatedListTest {

    @Test
    void readsAsEveryOccurrenceOfEachItemInTurn() {
        RepeatedList<String> list = new RepeatedList<>();
        list.append("a", 2);
        list.append("b", 1);
        list.append("c", 3);

        assertThat(list).containsExactly("a", "a", "b", "c", "c", "c");
        assertThat(list.get(1)).isEqualTo("a");
        assertThat(list.get(2)).isEqualTo("b");
        assertThat(list.get(5)).isEqualTo("c");
        assertThat(list.distinct()).isEqualTo(3);
    }

    @Test
    void holdsManyGroupsAndChecksItsBounds() {
        RepeatedList<Integer> list = new RepeatedList<>();
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            list.append(i, 1 + i % 3);
            for (int k = 0; k < 1 + i % 3; k++) {
                expected.add(i);
            }
        }

        assertThat(list).isEqualTo(expected);
        assertThatThrownBy(() -> list.get(expected.size())).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> list.append(1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new RepeatedList<String>()).isEmpty();
    }
}
