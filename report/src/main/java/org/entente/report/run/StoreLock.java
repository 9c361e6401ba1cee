package org.entente.report.run;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One run at a time on a store: a second run would interleave its rows with the first one's.
 * The operating system releases the lock when the process dies, even by kill -9, so a crash
 * never leaves the store locked.
 */
public final class StoreLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private StoreLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock of the store folder, or fails at once saying who holds it. */
    public static StoreLock acquire(Path storeFolder) throws IOException {
        Files.createDirectories(storeFolder);
        Path file = storeFolder.resolve("run.lock");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
            channel.close();
            throw new IllegalStateException("another entente run is using " + storeFolder
                + (holder.isEmpty() ? "" : " (" + holder + ")") + "; wait for it to finish, or give another --output");
        }
        channel.truncate(0);
        channel.write(java.nio.ByteBuffer.wrap(("process " + ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
        return new StoreLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
