package org.entente.ingest.read;

import org.entente.ingest.PartialDate;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class SmallPartsTest {

    @Test
    void metadataDatesAcceptYearMonthDayAndTimestamps() {
        assertThat(MetadataDate.parse("2023")).contains(PartialDate.parse("2023"));
        assertThat(MetadataDate.parse("2023-06")).contains(PartialDate.parse("2023-06"));
        assertThat(MetadataDate.parse(" 2023-06-25 ")).contains(PartialDate.parse("2023-06-25"));
        assertThat(MetadataDate.parse("2023-06-25T23:30:00-05:00")).contains(PartialDate.parse("2023-06-25"));
        assertThat(MetadataDate.parse("2023-06-25T10:00:00.123Z")).contains(PartialDate.parse("2023-06-25"));
        assertThat(MetadataDate.parse("2023-06-25 10:00")).contains(PartialDate.parse("2023-06-25"));
    }

    @Test
    void metadataDatesRefuseOtherFormsAndImpossibleDates() {
        assertThat(MetadataDate.parse("25/06/2023")).isEmpty();
        assertThat(MetadataDate.parse("2023-02-30")).isEmpty();
        assertThat(MetadataDate.parse("2023-13")).isEmpty();
        assertThat(MetadataDate.parse("juin 2023")).isEmpty();
        assertThat(MetadataDate.parse("")).isEmpty();
        assertThat(MetadataDate.parse(null)).isEmpty();
    }

    @Test
    void sizesReadAsAPersonWritesThem() {
        assertThat(Sizes.human(5L * 1024 * 1024)).isEqualTo("5 MB");
        assertThat(Sizes.human((long) (7.2 * 1024 * 1024))).isEqualTo("7.2 MB");
        assertThat(Sizes.human(1536)).isEqualTo("1.5 KB");
        assertThat(Sizes.human(20)).isEqualTo("20 bytes");
    }

    @Test
    void shortWindows1252LineIsDetected() {
        byte[] bytes = "Été à Pékin : l’accord est signé.".getBytes(Charset.forName("windows-1252"));
        DecodedText decoded = TextDecoder.decode(bytes, null);
        assertThat(decoded.failed()).as(decoded.failure()).isFalse();
        assertThat(decoded.text()).isEqualTo("Été à Pékin : l’accord est signé.");
    }

    @Test
    void utf16WithoutBomIsRecognisedByItsZeroBytes() {
        byte[] bytes = "Un texte en UTF-16 sans marque.".getBytes(StandardCharsets.UTF_16LE);
        assertThat(TextDecoder.decode(bytes, null).text()).isEqualTo("Un texte en UTF-16 sans marque.");
    }

    @Test
    void controlCharactersMakeAFileBinary() {
        byte[] bytes = {'a', 'b', 0x01, 0x02, 'c', 0x1B};
        assertThat(TextDecoder.decode(bytes, null).failure()).startsWith("binary file");
    }

    @Test
    void pureAsciiIsReadAsUtf8() {
        DecodedText decoded = TextDecoder.decode("plain".getBytes(StandardCharsets.US_ASCII), null);
        assertThat(decoded.text()).isEqualTo("plain");
        assertThat(decoded.charset()).isEqualTo("UTF-8");
    }

    @Test
    void russianInWindows1251IsNotReadAsWesternEuropean() {
        String russian = "Министр иностранных дел встретился с китайским коллегой в Москве.";
        DecodedText decoded = TextDecoder.decode(russian.getBytes(Charset.forName("windows-1251")), null);
        assertThat(decoded.text()).isEqualTo(russian);
    }

    @Test
    void clearlyCentralEuropeanTextKeepsItsEncoding() {
        String polish = "Minister spraw zagranicznych spotkał się z chińskim odpowiednikiem, żeby omówić współpracę gospodarczą.";
        DecodedText decoded = TextDecoder.decode(polish.getBytes(Charset.forName("ISO-8859-2")), null);
        assertThat(decoded.text()).isEqualTo(polish);
    }

    @Test
    void aTraceOfControlCharactersIsTidiedNotRejected() {
        String text = "Le ministre a déclaré qu\u0092il viendrait.\u000BUne seconde ligne suit ici, assez longue pour "
                + "que deux caractères de contrôle restent une trace dans un vrai texte d\u0092article de presse.";
        DecodedText decoded = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8), null);
        assertThat(decoded.failed()).as(decoded.failure()).isFalse();
        assertThat(decoded.text()).contains("qu’il viendrait.\nUne seconde ligne").contains("d’article");
    }
}
