package org.entente.report.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ListingTest {

    @Test
    void builderKeepsTheFirstEntriesInOrderAndCountsThemAll() {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            all.add(i);
        }
        Collections.shuffle(all, new Random(3));
        Listing.Builder<Integer> builder = Listing.builder(Comparator.naturalOrder());

        all.forEach(builder::add);
        Listing<Integer> listing = builder.build();

        assertThat(listing.total()).isEqualTo(500);
        assertThat(listing.first()).hasSize(BriefingDocument.LIST_LIMIT)
            .isEqualTo(all.stream().sorted().limit(BriefingDocument.LIST_LIMIT).toList());
    }

    @Test
    void aShortListIsKeptWhole() {
        Listing.Builder<String> builder = Listing.builder(Comparator.naturalOrder());
        builder.add("b");
        builder.add("a");

        assertThat(builder.build()).isEqualTo(new Listing<>(List.of("a", "b"), 2));
        assertThat(Listing.of(List.of("x"))).isEqualTo(new Listing<>(List.of("x"), 1));
    }
}
