package org.entente.report.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class BriefingResourcesTest {

    @Test
    void everyLanguageHasTheSameLabelKeys() throws IOException {
        Properties english = load("labels_en.properties");
        Properties french = load("labels_fr.properties");

        assertThat(french.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).hasSizeGreaterThan(50);
    }

    @Test
    void labelsAreReadAsUtf8AndFormattedInTheirLanguage() {
        Labels french = Labels.of(Language.FR);

        assertThat(french.get("section.quality")).isEqualTo("Qualité des données");
        assertThat(french.count("count.meeting", 1)).isEqualTo("1 rencontre");
        assertThat(french.count("count.meeting", 2)).isEqualTo("2 rencontres");
        assertThat(french.format("table.average.partial", 7)).isEqualTo("Moyenne (7 mois)");
        assertThatThrownBy(() -> french.get("no.such.key")).hasMessageContaining("labels_fr.properties");
    }

    @Test
    void countryNamesComeInBothLanguagesAndFallBackToTheCode() {
        assertThat(CountryNames.name("CHN", Language.EN)).isEqualTo("China");
        assertThat(CountryNames.name("CHN", Language.FR)).isEqualTo("Chine");
        assertThat(CountryNames.name("RUS", Language.FR)).isEqualTo("Russie");
        assertThat(CountryNames.name("USA", Language.FR)).isEqualTo("États-Unis");
        assertThat(CountryNames.name("DEU", Language.EN)).isEqualTo("Germany");
        assertThat(CountryNames.name("FRA", Language.FR)).isEqualTo("France");
        assertThat(CountryNames.name("deu", Language.FR)).isEqualTo("Allemagne");
        assertThat(CountryNames.name("XKX", Language.FR)).isEqualTo("XKX");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Labels.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
