package org.entente.ingest;

import org.entente.ingest.read.ArticleAssembler;
import org.entente.ingest.read.DecodedText;
import org.entente.ingest.read.FileKinds;
import org.entente.ingest.read.Manifest;
import org.entente.ingest.read.PdfFormat;
import org.entente.ingest.read.ManifestEntry;
import org.entente.ingest.read.ReadResult;
import org.entente.ingest.read.Sizes;
import org.entente.ingest.read.TextDecoder;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A folder of articles as the user hands it over: every file below it, in a fixed order, and the
 * optional {@code manifest.csv} that dates or names them. {@link #read} turns one file into
 * articles or rejections and never throws for what a file contains.
 *
 * <p>Thread-safety: immutable after {@link #open}; {@link #read} may be called from several threads.
 */
public final class InputFolder {

    public static final String MANIFEST = "manifest.csv";
    public static final String CORRECTIONS = "corrections.csv";

    private final Path root;
    private final IngestOptions options;
    private final List<String> files;
    private final Set<String> sharedIds;
    private final Manifest manifest;

    private InputFolder(Path root, IngestOptions options, List<String> files, Set<String> sharedIds, Manifest manifest) {
        this.root = root;
        this.options = options;
        this.files = files;
        this.sharedIds = sharedIds;
        this.manifest = manifest;
    }

    /**
     * Lists the folder and reads its manifest.
     *
     * @throws IOException              when dir is missing, not a folder, or cannot be listed
     * @throws IllegalArgumentException when manifest.csv is malformed (naming the line and the fault)
     */
    public static InputFolder open(Path dir, IngestOptions options) throws IOException {
        if (dir == null) {
            throw new IllegalArgumentException("no input folder given");
        }
        if (options == null) {
            throw new IllegalArgumentException("no ingest options given");
        }
        Path root = dir.toAbsolutePath().normalize();
        if (!Files.exists(root)) {
            throw new NoSuchFileException(root.toString(), null, "the input folder does not exist");
        }
        if (!Files.isDirectory(root)) {
            throw new IOException("the input path is not a folder: " + root);
        }
        List<String> files = list(root);
        Path manifestFile = root.resolve(MANIFEST);
        Manifest manifest = Files.isRegularFile(manifestFile) ? Manifest.read(manifestFile) : Manifest.EMPTY;
        return new InputFolder(root, options, files, sharedIds(files), manifest);
    }

    public Path root() {
        return root;
    }

    public IngestOptions options() {
        return options;
    }

    /** Relative paths with '/' separators, sorted by {@link String#compareTo}; control and hidden files left out. */
    public List<String> files() {
        return files;
    }

    /** The manifest's line for a file, when the manifest names it. Manifest rules are in the README. */
    public Optional<ManifestEntry> manifestEntry(String relativeFile) {
        return Optional.ofNullable(manifest.find(relativeFile, FileKinds.stripExtension(relativeFile)));
    }

    /** Files the manifest names that are not in the folder: most likely a typo the user wants to know of. */
    public List<String> manifestFilesNotFound() {
        return manifest.filesNotIn(files);
    }

    /**
     * Reads one file: one result for most formats, one per line for .jsonl. Bad content, an unknown
     * type, an unreadable or oversized file all give a rejection with a reason, never an exception.
     *
     * @throws IllegalArgumentException when relativeFile points outside the folder (a caller's bug)
     */
    public List<IngestedFile> read(String relativeFile) {
        String file = relativeFile.replace('\\', '/');
        Path path = root.resolve(file).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("not a file inside the input folder " + root + ": " + relativeFile);
        }
        String id = idOf(file);
        try {
            return readChecked(file, id, path);
        } catch (RuntimeException | StackOverflowError e) {
            // A reader failing on content we did not foresee must not stop the run over one file.
            return List.of(IngestedFile.rejected(id, file, "could not be read: unexpected content ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")"));
        }
    }

    /**
     * The id of a file's article: its relative path without extension, unless another file shares
     * it. Composed (NFC) so that a name saved by macOS with decomposed accents matches the same id
     * typed anywhere else.
     */
    public String idOf(String relativeFile) {
        String id = FileKinds.stripExtension(relativeFile);
        return Normalizer.normalize(sharedIds.contains(id) ? relativeFile : id, Normalizer.Form.NFC);
    }

    private List<IngestedFile> readChecked(String file, String id, Path path) {
        String extension = FileKinds.extension(file);
        FileKinds.Kind kind = FileKinds.kindOf(extension);
        if (kind == null) {
            return one(id, file, Files.isDirectory(path)
                    ? "cannot be read: this folder could not be listed"
                    : FileKinds.skipReason(extension));
        }
        byte[] bytes;
        try {
            if (!Files.isRegularFile(path)) {
                return one(id, file, Files.isDirectory(path)
                        ? "cannot be read: this folder could not be listed"
                        : "cannot be read: the file no longer exists");
            }
            long size = Files.size(path);
            if (size == 0) {
                return one(id, file, "empty file (0 bytes)");
            }
            if (size > options.maxFileBytes()) {
                return one(id, file, "larger than the " + Sizes.human(options.maxFileBytes()) + " limit ("
                        + Sizes.human(size) + "): raise --max-file-size to read it");
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            return one(id, file, "cannot be read: the file no longer exists");
        } catch (AccessDeniedException e) {
            return one(id, file, "cannot be read: permission denied");
        } catch (IOException e) {
            return one(id, file, "cannot be read: " + e.getMessage());
        } catch (OutOfMemoryError e) {
            return one(id, file, "cannot be read: not enough memory for a file of this size; lower --max-file-size");
        }
        ReadResult result;
        if (kind == FileKinds.Kind.PDF) {
            result = PdfFormat.read(bytes, options.maxPdfPages());
        } else {
            String hint = kind == FileKinds.Kind.HTML ? FileKinds.declaredCharset(bytes)
                    : kind == FileKinds.Kind.FEED ? FileKinds.declaredXmlEncoding(bytes) : null;
            DecodedText decoded = TextDecoder.decode(bytes, hint);
            if (decoded.failed()) {
                return one(id, file, decoded.failure());
            }
            if (decoded.text().isBlank()) {
                return one(id, file, "only whitespace, no text");
            }
            result = FileKinds.reader(kind).apply(decoded.text());
        }
        ManifestEntry entry = manifest.find(file, FileKinds.stripExtension(file));
        boolean oneOfMany = FileKinds.manyPerFile(kind) || result.entries().size() > 1;
        List<IngestedFile> out = new ArrayList<>(result.entries().size());
        for (ReadResult.Entry e : result.entries()) {
            out.add(ArticleAssembler.assemble(file, id, e, entry, oneOfMany));
        }
        return out;
    }

    private static List<IngestedFile> one(String id, String file, String reason) {
        return List.of(IngestedFile.rejected(id, file, reason));
    }

    private static List<String> list(Path root) throws IOException {
        List<String> found = new ArrayList<>();
        // Links are followed, as a user who links an archive folder into the input expects it read.
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !hidden(file)) {
                    String relative = relative(root, file);
                    if (!relative.equals(MANIFEST) && !relative.equals(CORRECTIONS)) {
                        found.add(relative);
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                // An unlistable sub-folder is still reported, as a rejected entry, rather than vanish;
                // a link back up the tree is a loop, not content.
                if (!hidden(file) && !(e instanceof FileSystemLoopException)) {
                    found.add(relative(root, file));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        Collections.sort(found);
        return List.copyOf(found);
    }

    private static boolean hidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }

    /** Ids that two files would share (a.txt and a.md); those files keep their extension in the id. */
    private static Set<String> sharedIds(List<String> files) {
        Map<String, Integer> counts = new HashMap<>();
        for (String f : files) {
            counts.merge(FileKinds.stripExtension(f), 1, Integer::sum);
        }
        Set<String> shared = new HashSet<>();
        counts.forEach((id, n) -> {
            if (n > 1) {
                shared.add(id);
            }
        });
        return Set.copyOf(shared);
    }
}
