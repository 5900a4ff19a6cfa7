package org.familyties.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The zip files of deposits, one file each in a directory of their own (shared storage when several
 * nodes serve the application). A package is written to a temporary file and kept under its final name
 * only when the deposit's record is saved; a rolled-back deposit leaves no file behind.
 */
@Component
class DepositFiles {

    private final Path directory;

    DepositFiles(@Value("${familyties.export.directory:${FAMILYTIES_DATA_DIR:./data}/deposits}") Path directory) {
        this.directory = directory.toAbsolutePath();
    }

    /** A new empty file to write a package into. */
    Path newTemporary() {
        try {
            Files.createDirectories(directory);
            return Files.createTempFile(directory, "deposit-", ".zip.part");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Gives the written package its final name; removed again if the surrounding transaction rolls back. */
    String keep(Path temporary, long depositId, String sha256) {
        String name = "deposit-" + depositId + "-" + sha256.substring(0, 16) + ".zip";
        Path target = directory.resolve(name);
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        delete(target);
                    }
                }
            });
        }
        return name;
    }

    Optional<Path> find(String name) {
        if (name == null || name.contains("/") || name.contains("\\")) {
            return Optional.empty();
        }
        Path file = directory.resolve(name);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // nothing to roll back further: a stray file is never served without its record
        }
    }
}
