package org.entente.analyze.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.analyze.Dyad;
import org.entente.analyze.text.Folding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserDictionaryTest {

    @TempDir
    Path dir;

    @Test
    void userFileAddsAnotherDyadWithoutCode() throws Exception {
        Path file = dir.resolve("fra-deu.txt");
        Files.writeString(file, String.join("\n",
            "country | FRA | France",
            "capital | FRA | Paris",
            "demonym | FRA | français ; française",
            "country | DEU | Allemagne",
            "capital | DEU | Berlin",
            "demonym | DEU | allemand ; allemande",
            "person | DEU | Olaf Scholz | Scholz",
            "term | Olaf Scholz | head_of_government | 2021-12-08 | 2025-05-06",
            ""));
        ActorDictionary dictionary = ActorDictionary.load(List.of(file));
        ActorFinder finder = dictionary.finderFor(new Dyad("FRA", "DEU"));

        List<ActorRef> refs = finder.find(Folding.fold("Le président français a reçu Olaf Scholz à Paris"));

        assertThat(refs).extracting(ActorRef::country).containsExactly("FRA", "DEU", "FRA");
    }

    @Test
    void userFileAddsAnAliasToABuiltInPerson() throws Exception {
        Path file = dir.resolve("aliases.txt");
        Files.writeString(file, "person | CHN | Wang Yi | Ouang Yi\n");
        ActorFinder finder = ActorDictionary.load(List.of(file)).finderFor(Dyad.CHINA_RUSSIA);

        List<ActorRef> refs = finder.find(Folding.fold("Ouang Yi est arrivé"));

        assertThat(refs).singleElement().satisfies(r -> assertThat(r.candidates().get(0).name()).isEqualTo("Wang Yi"));
    }
}
