package vn.chiso.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * Where the servlet container writes an uploaded file while its request is being read, before the controller checks
 * it and its content goes into PostgreSQL with the rest of the save, in one transaction. Each running instance writes
 * in a folder of its own, {@code instance-*} under the configured one, and holds a lock on it while its JVM lives.
 * A JVM killed in the middle of an upload leaves its folder and the partial file in it behind, unlocked: the next
 * instance to start deletes every such folder, and leaves alone those whose lock a live JVM holds.
 */
final class UploadFolder implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(UploadFolder.class);
    private static final String LOCK = ".lock";
    private static final String INSTANCE = "instance-";

    private final Path folder;
    private final FileChannel channel;
    private final FileLock lock;

    private UploadFolder(Path folder, FileChannel channel, FileLock lock) {
        this.folder = folder;
        this.channel = channel;
        this.lock = lock;
    }

    /** Deletes what stopped instances left under {@code parent} and takes a new folder there for this one. */
    static UploadFolder open(Path parent) {
        try {
            Files.createDirectories(parent);
            List<Path> left = leftBehind(parent);
            for (Path stale : left) {
                FileSystemUtils.deleteRecursively(stale);
            }
            // locked under a name no cleaner looks at, then moved into place: another instance starting at the same
            // moment never sees this folder unlocked (a lock belongs to the file, whatever its folder is called)
            String name = UUID.randomUUID().toString();
            Path starting = Files.createDirectory(parent.resolve(".starting-" + name));
            FileChannel channel = FileChannel.open(starting.resolve(LOCK), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.lock();
            Path folder = Files.move(starting, parent.resolve(INSTANCE + name), StandardCopyOption.ATOMIC_MOVE);
            log.info("Uploads are read into {}; deleted {} folder(s) left by stopped instances", folder, left.size());
            return new UploadFolder(folder, channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the upload folder in " + parent, e);
        }
    }

    Path path() {
        return folder;
    }

    /** The instances' folders under {@code parent} that no live JVM holds. */
    private static List<Path> leftBehind(Path parent) throws IOException {
        try (Stream<Path> folders = Files.list(parent)) {
            return folders.filter(Files::isDirectory)
                    .filter(path -> path.getFileName().toString().startsWith(INSTANCE))
                    .filter(UploadFolder::abandoned).toList();
        }
    }

    private static boolean abandoned(Path instance) {
        try (FileChannel channel = FileChannel.open(instance.resolve(LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return false;
            }
            lock.release();
            return true;
        } catch (OverlappingFileLockException heldInThisJvm) {
            return false;
        } catch (IOException unreadable) {
            log.warn("Could not check the upload folder {}: left as it is", instance, unreadable);
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
        FileSystemUtils.deleteRecursively(folder);
    }
}
