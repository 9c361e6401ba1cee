package org.entente.ingest.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NoiseTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Photo d’Alexei Druzhinin/Sputnik/AFP via Getty Im",
            "Photo : Reuters/Tingshu Wang",
            "Crédit photo : Kremlin.ru",
            "© AFP",
            "AFP",
            "Sputnik/Mikhail Klimentyev/Kremlin via Reuters",
            "(Photo AP)",
            "Photo d'illustration"})
    void creditLinesAreNoise(String line) {
        assertThat(Noise.isCredit(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Le Kremlin a répondu à une question de Reuters sur la visite.",
            "Photos et vidéos de la rencontre ont été diffusées par la télévision d'État chinoise, qui a montré les deux dirigeants.",
            "Le président russe Vladimir Poutine (à gauche) et le président chinois Xi Jinping posent pour une photo.",
            "Reuters a confirmé l'information auprès de deux responsables.",
            "Pékin et Moscou",
            "Sondage Reuters/Ipsos : la cote du président"})
    void sentencesMentioningAgenciesOrPhotosStay(String line) {
        assertThat(Noise.isCredit(line)).isFalse();
    }

    @Test
    void sharePromptsAreNoise() {
        assertThat(Noise.isSharePrompt("Vous pouvez partager cette histoire sur les réseaux sociaux :")).isTrue();
        assertThat(Noise.isSharePrompt("Lire aussi : un autre sujet")).isTrue();
        assertThat(Noise.isSharePrompt("Les deux pays veulent partager leurs technologies.")).isFalse();
    }

    @Test
    void trailingSourceLineBecomesTheSourceAndTagsGo() {
        Noise.Cleaned cleaned = Noise.clean(List.of("Titre", "Un paragraphe.", "La source: www.rt.com", "ttn-fr-56"));
        assertThat(cleaned.paragraphs()).containsExactly("Titre", "Un paragraphe.");
        assertThat(cleaned.source()).isEqualTo("www.rt.com");
    }

    @Test
    void sourceLineInsideTheArticleIsText() {
        Noise.Cleaned cleaned = Noise.clean(List.of("Titre", "Source : un diplomate cité anonymement.", "Fin."));
        assertThat(cleaned.paragraphs()).hasSize(3);
        assertThat(cleaned.source()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ttn-fr-56", "#chine #russie", "Tags : Chine, Russie", "afp-2023-17"})
    void tagLinesAreRecognised(String line) {
        assertThat(Noise.isTag(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Saint-Pétersbourg", "Rostov-sur-le-Don", "Fin de la dépêche."})
    void placeNamesAndSentencesAreNotTags(String line) {
        assertThat(Noise.isTag(line)).isFalse();
    }

    @Test
    void onlyTrailingTagsAreRemoved() {
        Noise.Cleaned cleaned = Noise.clean(List.of("Titre", "ttn-fr-56", "Un paragraphe."));
        assertThat(cleaned.paragraphs()).containsExactly("Titre", "ttn-fr-56", "Un paragraphe.");
    }

    @Test
    void wireCreditsClosingTheStoryGo() {
        Noise.Cleaned cleaned = Noise.clean(List.of("Titre", "Le dernier paragraphe.",
                "(Reportage de Paul Martin; version française Claire Petit, édité par Marc Blanc)"));
        assertThat(cleaned.paragraphs()).containsExactly("Titre", "Le dernier paragraphe.");
    }

    @Test
    void bracketedSentenceThatIsNotACreditStays() {
        Noise.Cleaned cleaned = Noise.clean(List.of("Titre", "(La rencontre a duré deux heures.)"));
        assertThat(cleaned.paragraphs()).hasSize(2);
    }
}
