package dev.necessity.cli.batch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Another process holding a results file the way a running batch does; prints "locked" and holds
 * the lock until its standard input closes. Lets a test meet a second batch deterministically.
 */
public final class ResultsLockHolder {
    private ResultsLockHolder() {
    }

    public static void main(String[] args) throws IOException {
        try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() != -1) {
                // hold until the test closes our input
            }
        }
    }
}
