package dev.necessity.server.cases;

import dev.necessity.intake.CaseInputException;
import dev.necessity.intake.CaseReader;
import dev.necessity.model.CaseRequest;
import dev.necessity.server.problem.ApiProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads submitted files through intake, so a case sent over HTTP passes exactly the checks and
 * limits a case directory does (docs/limits.md, docs/case-format.md): the files are written to a
 * fresh private directory, read by {@link CaseReader}, and the directory removed. Intake's
 * messages name the file and the problem; the directory's path is replaced by "the submission".
 */
final class StagedIntake {
    private final CaseReader reader;
    private final Path work;

    StagedIntake(CaseReader reader, Path work) {
        this.reader = reader;
        this.work = work;
    }

    CaseRequest read(List<SubmittedFile> files) {
        Path dir;
        try {
            dir = Files.createTempDirectory(work, "case-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            for (SubmittedFile f : files) {
                Path target = dir.resolve(f.name()).normalize();
                if (!target.startsWith(dir)) {
                    throw ApiProblem.badRequest("NEC-SERVER-013", "'" + FileNames.printable(f.name()) + "' is not inside the case");
                }
                Files.createDirectories(target.getParent());
                Files.write(target, f.content());
            }
            return reader.read(dir);
        } catch (CaseInputException e) {
            throw new ApiProblem(400, e.code(), e.getMessage().replace(dir.toString(), "the submission"), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a leftover in the service's own work directory, removed with it when the service stops
        }
    }
}
