package org.entente.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageTest {

    @TempDir
    Path dir;

    private String reasonFor(String text) {
        Folders.write(dir, "a.txt", text);
        return Folders.readOne(dir, "a.txt").reason();
    }

    @Test
    void articlesInOtherLanguagesAreRejectedWithTheLanguageFound() {
        assertThat(reasonFor("""
                Presidents agree to deepen cooperation

                The two presidents spoke by telephone on Tuesday and agreed to deepen their cooperation in energy,
                trade and transport, according to a statement released by the Kremlin after the call. Both leaders
                praised the relationship between their countries and promised to meet again before the end of the year.
                """)).isEqualTo("not French (en)");
        assertThat(reasonFor("""
                Die beiden Präsidenten telefonierten am Dienstag und vereinbarten, die Zusammenarbeit in den Bereichen
                Energie, Handel und Verkehr zu vertiefen. Beide lobten die Beziehungen zwischen ihren Ländern und
                versprachen, sich vor Ende des Jahres erneut zu treffen, teilte der Kreml nach dem Gespräch mit.
                """)).isEqualTo("not French (de)");
        assertThat(reasonFor("""
                Два президента провели телефонный разговор во вторник и договорились углублять сотрудничество в
                энергетике, торговле и на транспорте. Оба лидера высоко оценили отношения между странами и обещали
                встретиться снова до конца года, сообщили в Кремле после разговора.
                """)).isEqualTo("not French (ru)");
        assertThat(reasonFor("""
                两国元首周二通电话，同意深化能源、贸易和交通领域的合作。双方高度评价两国关系，并表示将在年底前再次会晤。
                克里姆林宫在通话后发表声明说，两国将继续在国际事务中密切协调，共同维护地区和平与稳定，推动双边贸易持续增长。
                外交部发言人在例行记者会上表示，中方愿同俄方一道，落实两国元首达成的重要共识，推进各领域务实合作，
                为两国人民带来更多福祉。双方还同意加强人文交流，扩大教育、科技和旅游合作，并支持彼此举办重要国际活动。
                """)).isEqualTo("not French (zh)");
    }

    @Test
    void frenchArticleFullOfRussianAndChineseNamesStaysFrench() {
        Folders.write(dir, "noms.txt", """
                Délégations : Sergueï Lavrov, Wang Yi, Dmitri Peskov, Li Qiang, Mikhaïl Michoustine

                Sergueï Choïgou, Nikolaï Patrouchev, Zhang Youxia, Li Shangfu, Dmitri Medvedev, Valentina Matvienko,
                Zhao Leji, Wang Huning, Iouri Ouchakov, Kong Xuanyou, Andreï Roudenko, Maxime Orechkine,
                Zhang Hanhui, Igor Morgoulov : réunion à Pékin le 16 mai, Vladimir Poutine, Xi Jinping.
                """);
        assertThat(Folders.readOne(dir, "noms.txt").isRejected()).isFalse();
    }

    @Test
    void frenchArticleQuotingRussianStaysFrench() {
        Folders.write(dir, "citation.txt", """
                Le président chinois a reçu son homologue russe

                « Мы друзья навсегда », a déclaré Vladimir Poutine devant la presse à Pékin, avant un dîner offert par
                Xi Jinping. Les deux dirigeants ont ensuite signé une déclaration commune sur la coopération énergétique,
                selon l'agence Xinhua.
                """);
        assertThat(Folders.readOne(dir, "citation.txt").isRejected()).isFalse();
    }

    @Test
    void shortTextIsNotJudged() {
        Folders.write(dir, "court.txt", "Putin met Xi in Beijing on Tuesday.");
        assertThat(Folders.readOne(dir, "court.txt").isRejected()).isFalse();
    }
}
