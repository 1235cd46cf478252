package dev.necessity.intake;

import dev.necessity.intake.CaseInputException.Code;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The files of one case directory, read within the case's limits and never through a link that
 * leads out of it. A link inside the case to another file of the case is followed; a link (or a
 * linked sub-directory) that resolves outside is refused, because whatever it reaches would be
 * quoted as evidence from the case. The real path is checked, then opened without following a
 * link in its last step. One instance per read of a case: it counts the case's bytes.
 */
final class CaseFiles {

    private final Path caseDir;
    private final Path realCaseDir;
    private final IntakeOptions limits;
    private final BoundedFileReader requests;
    private final BoundedFileReader documents;
    private long bytesRead;

    CaseFiles(Path caseDir, IntakeOptions limits) {
        this.caseDir = caseDir;
        this.limits = limits;
        this.requests = new BoundedFileReader(limits.maxRequestBytes(), "request");
        this.documents = new BoundedFileReader(limits.maxDocumentBytes(), "document");
        try {
            this.realCaseDir = caseDir.toRealPath();
        } catch (IOException e) {
            throw new InputFile(caseDir, caseDir.toString()).problem(Code.FILE_UNREADABLE,
                    "case directory could not be opened (" + BoundedFileReader.reason(e) + ")", e);
        }
    }

    /** A file of the case by its name as given in the case. */
    InputFile file(String name) {
        return new InputFile(caseDir.resolve(name), name);
    }

    byte[] readRequest(InputFile file) {
        return count(file, requests.readBytes(file, inside(file)));
    }

    /** The document's text, after the size, case-size, encoding, emptiness and line-length checks. */
    String readDocument(InputFile file) {
        Path source = inside(file);
        long size = sizeOf(file, source);
        documents.requireWithinLimit(file, size);
        requireWithinCase(file, size);
        return DocumentText.of(file, count(file, documents.readBytes(file, source)), limits.maxLineLength());
    }

    /** The file's real path, refused unless it lies inside the case directory's real path. */
    private Path inside(InputFile file) {
        Path real;
        try {
            real = file.path().toRealPath();
        } catch (NoSuchFileException e) {
            throw file.problem(Code.DOCUMENT_NOT_FOUND, "is a link to a file that does not exist", e);
        } catch (IOException e) {
            throw file.problem(Code.FILE_UNREADABLE, "could not be opened (" + BoundedFileReader.reason(e) + ")", e);
        }
        if (!real.startsWith(realCaseDir)) {
            throw file.problem(Code.OUTSIDE_CASE_DIRECTORY, (Files.isSymbolicLink(file.path())
                    ? "is a link to a file outside the case directory"
                    : "is reached through a linked directory that leads outside the case directory")
                    + "; copy the file into the case instead");
        }
        return real;
    }

    private static long sizeOf(InputFile file, Path source) {
        try {
            return Files.size(source);
        } catch (IOException e) {
            throw file.problem(Code.FILE_UNREADABLE, "could not be read (" + BoundedFileReader.reason(e) + ")", e);
        }
    }

    private void requireWithinCase(InputFile file, long size) {
        if (bytesRead + size > limits.maxCaseBytes()) {
            throw file.problem(Code.CASE_TOO_LARGE, String.format(Locale.ROOT,
                    "brings the case to %,d bytes, over the %s limit for request.json and documents together",
                    bytesRead + size, BoundedFileReader.describe(limits.maxCaseBytes())));
        }
    }

    private byte[] count(InputFile file, byte[] bytes) {
        requireWithinCase(file, bytes.length);
        bytesRead += bytes.length;
        return bytes;
    }
}
