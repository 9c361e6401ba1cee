package org.entente.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InputFolderTest {

    @TempDir
    Path dir;

    @Test
    void filesListsEveryRegularFileRecursivelySortedWithSlashSeparators() {
        Folders.write(dir, "b.txt", "B");
        Folders.write(dir, "a.txt", "A");
        Folders.write(dir, "sous dossier/é.txt", "E");
        Folders.write(dir, "Z/profond/c.md", "C");
        Folders.write(dir, "photo.png", new byte[] {1, 2, 3});
        assertThat(Folders.open(dir).files())
                .containsExactly("Z/profond/c.md", "a.txt", "b.txt", "photo.png", "sous dossier/é.txt");
    }

    @Test
    void controlFilesAtTheTopAndHiddenFilesAndFoldersAreLeftOut() {
        Folders.write(dir, "manifest.csv", "file,date\n");
        Folders.write(dir, "corrections.csv", "x\n");
        Folders.write(dir, ".DS_Store", "x");
        Folders.write(dir, ".git/config", "x");
        Folders.write(dir, "sub/.cache", "x");
        Folders.write(dir, "sub/manifest.csv", "file,date\n"); // only the top-level one is a control file
        Folders.write(dir, "article.txt", "Texte");
        assertThat(Folders.open(dir).files()).containsExactly("article.txt", "sub/manifest.csv");
    }

    @Test
    void pathWithSpacesAndAccentsIsReadAndItsIdKeepsTheFolder() {
        Folders.write(dir, "Revue de presse/été 2023/Rencontre à Pékin.txt",
                " date 2023-07 Rencontre à Pékin\n\nLes ministres se sont vus à Pékin.");
        InputFolder folder = Folders.open(dir);
        assertThat(folder.files()).containsExactly("Revue de presse/été 2023/Rencontre à Pékin.txt");
        Article a = folder.read("Revue de presse/été 2023/Rencontre à Pékin.txt").get(0).article();
        assertThat(a.id()).isEqualTo("Revue de presse/été 2023/Rencontre à Pékin");
        assertThat(a.file()).isEqualTo("Revue de presse/été 2023/Rencontre à Pékin.txt");
        assertThat(a.published().date()).isEqualTo(PartialDate.parse("2023-07"));
    }

    @Test
    void otherFileTypesAreSkippedWithTheReason() {
        Folders.write(dir, "image.PNG", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Folders.write(dir, "rapport.docx", new byte[] {'P', 'K', 3, 4});
        Folders.write(dir, "LISEZMOI", "sans extension");
        InputFolder folder = Folders.open(dir);
        assertThat(folder.read("image.PNG").get(0).reason()).isEqualTo("not an article: .png files are not read (skipped)");
        assertThat(folder.read("rapport.docx").get(0).reason()).isEqualTo("not an article: .docx files are not read (skipped)");
        assertThat(folder.read("LISEZMOI").get(0).reason())
                .isEqualTo("not an article: files without an extension are not read (skipped)");
        assertThat(folder.read("image.PNG").get(0).id()).isEqualTo("image");
    }

    @Test
    void emptyFileIsRejected() {
        Folders.write(dir, "vide.txt", "");
        IngestedFile result = Folders.readOne(dir, "vide.txt");
        assertThat(result.isRejected()).isTrue();
        assertThat(result.reason()).isEqualTo("empty file (0 bytes)");
        assertThat(result.id()).isEqualTo("vide");
    }

    @Test
    void whitespaceOnlyFileIsRejected() {
        Folders.write(dir, "blanc.txt", "  \n\t\r\n   \n");
        assertThat(Folders.readOne(dir, "blanc.txt").reason()).isEqualTo("only whitespace, no text");
    }

    @Test
    void fileOfOnlyNoiseIsRejected() {
        Folders.write(dir, "bruit.txt", "Photo : Reuters/Tingshu Wang\n\nVous pouvez partager cette histoire sur les réseaux sociaux :\n");
        assertThat(Folders.readOne(dir, "bruit.txt").reason())
                .isEqualTo("no article text: only photo credits, share prompts or tags");
    }

    @Test
    void fileOverTheSizeLimitIsRejectedUnreadWithBothSizes() throws IOException {
        Folders.write(dir, "gros.txt", new byte[(int) (7.2 * 1024 * 1024)]);
        InputFolder folder = InputFolder.open(dir, IngestOptions.defaults());
        assertThat(folder.read("gros.txt").get(0).reason())
                .isEqualTo("larger than the 5 MB limit (7.2 MB): raise --max-file-size to read it");
    }

    @Test
    void sizeLimitComesFromTheOptions() throws IOException {
        Folders.write(dir, "moyen.txt", "Un texte qui dépasse la petite limite fixée pour ce test.");
        InputFolder folder = InputFolder.open(dir, IngestOptions.builder().maxFileBytes(20).get());
        assertThat(folder.read("moyen.txt").get(0).reason())
                .startsWith("larger than the 20 bytes limit (").endsWith("): raise --max-file-size to read it");
    }

    @Test
    void fileDeletedAfterListingIsRejectedAsUnreadable() throws IOException {
        Path file = Folders.write(dir, "parti.txt", "Texte");
        InputFolder folder = Folders.open(dir);
        Files.delete(file);
        assertThat(folder.read("parti.txt").get(0).reason()).isEqualTo("cannot be read: the file no longer exists");
    }

    @Test
    void twoFilesThatWouldShareAnIdKeepTheirExtensionInTheId() {
        Folders.write(dir, "meme.txt", "Un texte.");
        Folders.write(dir, "meme.md", "# Un autre\n\nUn autre texte.");
        Folders.write(dir, "seul.txt", "Encore un texte.");
        InputFolder folder = Folders.open(dir);
        assertThat(folder.read("meme.txt").get(0).id()).isEqualTo("meme.txt");
        assertThat(folder.read("meme.md").get(0).id()).isEqualTo("meme.md");
        assertThat(folder.read("seul.txt").get(0).id()).isEqualTo("seul");
    }

    @Test
    void missingFolderIsAClearError() {
        Path missing = dir.resolve("absent");
        assertThatThrownBy(() -> InputFolder.open(missing, IngestOptions.defaults()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("absent").hasMessageContaining("does not exist");
    }

    @Test
    void fileInsteadOfFolderIsAClearError() {
        Path file = Folders.write(dir, "x.txt", "Texte");
        assertThatThrownBy(() -> InputFolder.open(file, IngestOptions.defaults()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not a folder").hasMessageContaining("x.txt");
    }

    @Test
    void pathOutsideTheFolderIsRefused() {
        InputFolder folder = Folders.open(dir);
        assertThatThrownBy(() -> folder.read("../ailleurs.txt")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyListedFileGivesAtLeastOneResult() {
        Folders.write(dir, "a.txt", "Un texte.");
        Folders.write(dir, "b.bin", new byte[] {0, 1});
        Folders.write(dir, "c.json", "{}");
        Folders.write(dir, "d.jsonl", "\n\n");
        InputFolder folder = Folders.open(dir);
        for (String file : folder.files()) {
            List<IngestedFile> results = folder.read(file);
            assertThat(results).as(file).isNotEmpty().allSatisfy(r -> assertThat(r.file()).isEqualTo(file));
        }
    }

    @Test
    void linkedFilesAndFoldersAreListedAndALinkLoopIsNot() throws IOException {
        Path outside = Files.createTempDirectory(dir.getParent(), "outside");
        try {
            Folders.write(outside, "lie.txt", "Un texte rangé ailleurs.");
            Files.createSymbolicLink(dir.resolve("archive"), outside);
            Files.createSymbolicLink(dir.resolve("boucle"), dir);
            Folders.write(dir, "a.txt", "Un texte.");
            InputFolder folder = Folders.open(dir);
            assertThat(folder.files()).containsExactly("a.txt", "archive/lie.txt");
            assertThat(folder.read("archive/lie.txt").get(0).article().text()).isEqualTo("Un texte rangé ailleurs.");
        } finally {
            Files.deleteIfExists(dir.resolve("archive"));
            Files.deleteIfExists(outside.resolve("lie.txt"));
            Files.deleteIfExists(outside);
        }
    }
}
