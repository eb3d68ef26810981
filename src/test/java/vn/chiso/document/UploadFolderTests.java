package vn.chiso.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The folder uploads are read into. A JVM killed in the middle of an upload is played here by a folder left behind
 * unlocked with a partial file in it; {@code ReportSubmissionCrashTests} kills a real one.
 */
class UploadFolderTests {

    @TempDir
    Path parent;

    @Test
    void aStartDeletesTheUploadsOfStoppedInstancesAndKeepsThoseOfRunningOnes() throws Exception {
        Path killed = Files.createDirectories(parent.resolve("instance-killed"));
        Files.createFile(killed.resolve(".lock"));
        Files.write(killed.resolve("upload_1d2e_00000001.tmp"), new byte[2 * 1024 * 1024]);
        try (UploadFolder running = UploadFolder.open(parent)) {
            Path inFlight = Files.write(running.path().resolve("upload_5f6a_00000002.tmp"), new byte[1024]);
            try (UploadFolder started = UploadFolder.open(parent)) {
                assertThat(killed).as("the killed instance's folder and its partial file").doesNotExist();
                assertThat(inFlight).as("the running instance's upload").exists();
                assertThat(folders()).containsExactlyInAnyOrder(running.path(), started.path());
            }
            assertThat(folders()).containsExactly(running.path());
        }
        assertThat(folders()).as("a stopped instance takes its folder away").isEmpty();
    }

    private java.util.List<Path> folders() throws Exception {
        try (Stream<Path> list = Files.list(parent)) {
            return list.toList();
        }
    }
}
