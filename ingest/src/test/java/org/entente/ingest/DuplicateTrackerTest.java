package org.entente.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class DuplicateTrackerTest {

    @TempDir
    Path dir;

    @Test
    void secondFileWithTheSameTextIsRejectedNamingTheFirst() {
        Folders.write(dir, "a.txt", " date 2023-01 Titre\n\nMême texte.");
        Folders.write(dir, "copie/b.txt", " date 2023-01 Titre\r\n\r\nMême texte.\r\n");
        InputFolder folder = Folders.open(dir);
        DuplicateTracker tracker = new DuplicateTracker();
        IngestedFile first = tracker.check(folder.read("a.txt").get(0));
        IngestedFile second = tracker.check(folder.read("copie/b.txt").get(0));
        assertThat(first.isRejected()).isFalse();
        assertThat(second.isRejected()).isTrue();
        assertThat(second.id()).isEqualTo("copie/b");
        assertThat(second.file()).isEqualTo("copie/b.txt");
        assertThat(second.reason()).isEqualTo("duplicate of a.txt: same text");
    }

    @Test
    void typographicVariantsOfTheSameTextAreDuplicates() {
        Folders.write(dir, "a.txt", "L’accord\u00A0: « historique »");
        Folders.write(dir, "b.txt", "L'accord : \" historique \"");
        InputFolder folder = Folders.open(dir);
        DuplicateTracker tracker = new DuplicateTracker();
        tracker.check(folder.read("a.txt").get(0));
        assertThat(tracker.check(folder.read("b.txt").get(0)).reason()).isEqualTo("duplicate of a.txt: same text");
    }

    @Test
    void differentTextsAndRejectionsPassUnchanged() {
        Folders.write(dir, "a.txt", "Un texte.");
        Folders.write(dir, "b.txt", "Un autre texte.");
        Folders.write(dir, "c.png", new byte[] {1});
        InputFolder folder = Folders.open(dir);
        DuplicateTracker tracker = new DuplicateTracker();
        for (String file : folder.files()) {
            IngestedFile result = folder.read(file).get(0);
            assertThat(tracker.check(result)).isSameAs(result);
        }
        assertThat(tracker.size()).isEqualTo(2);
    }

    @Test
    void checkingTheSameResultTwiceDoesNotMakeItADuplicateOfItself() {
        Folders.write(dir, "a.txt", "Un texte.");
        IngestedFile result = Folders.readOne(dir, "a.txt");
        DuplicateTracker tracker = new DuplicateTracker();
        tracker.check(result);
        assertThat(tracker.check(result).isRejected()).isFalse();
    }

    @Test
    void duplicateLinesOfAJsonLinesFileNameTheRecord() {
        Folders.write(dir, "flux.jsonl", "{\"id\": \"r1\", \"text\": \"Un texte.\"}\n{\"id\": \"r2\", \"text\": \"Un texte.\"}\n");
        DuplicateTracker tracker = new DuplicateTracker();
        List<IngestedFile> results = Folders.open(dir).read("flux.jsonl").stream().map(tracker::check).toList();
        assertThat(results.get(1).reason()).isEqualTo("duplicate of flux.jsonl (id r1): same text");
    }

    @Test
    void secondArticleUnderATakenIdIsRejected() {
        Folders.write(dir, "a.jsonl", "{\"id\": \"x\", \"text\": \"Premier texte.\"}\n");
        Folders.write(dir, "b.jsonl", "{\"id\": \"x\", \"text\": \"Second texte.\"}\n");
        InputFolder folder = Folders.open(dir);
        DuplicateTracker tracker = new DuplicateTracker();
        tracker.check(folder.read("a.jsonl").get(0));
        IngestedFile second = tracker.check(folder.read("b.jsonl").get(0));
        assertThat(second.reason()).isEqualTo("the id 'x' is already used by a.jsonl (id x): give one of them another id");
    }

    @Test
    void concurrentChecksAcceptExactlyOneCopyOfEachText() throws Exception {
        for (int i = 0; i < 40; i++) {
            Folders.write(dir, "f" + i + ".txt", "Texte numéro " + (i % 10) + ".");
        }
        InputFolder folder = Folders.open(dir);
        DuplicateTracker tracker = new DuplicateTracker();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<IngestedFile>> futures = new ArrayList<>();
            for (String file : folder.files()) {
                futures.add(pool.submit(() -> tracker.check(folder.read(file).get(0))));
            }
            int accepted = 0;
            for (Future<IngestedFile> f : futures) {
                accepted += f.get().isRejected() ? 0 : 1;
            }
            assertThat(accepted).isEqualTo(10);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void hashesThatAreNotSha256AreComparedAsWritten() {
        DuplicateTracker tracker = new DuplicateTracker();
        IngestedFile a = IngestedFile.accepted(new Article("a", "a.txt", "", "x", ArticleDate.UNDATED, "", "", "h1"));
        IngestedFile b = IngestedFile.accepted(new Article("b", "b.txt", "", "y", ArticleDate.UNDATED, "", "", "h2"));
        IngestedFile c = IngestedFile.accepted(new Article("c", "c.txt", "", "x", ArticleDate.UNDATED, "", "", "h1"));
        assertThat(tracker.check(a).isRejected()).isFalse();
        assertThat(tracker.check(b).isRejected()).isFalse();
        assertThat(tracker.check(c).reason()).isEqualTo("duplicate of a.txt: same text");
    }
}
