package dev.necessity.intake;

import dev.necessity.intake.CaseInputException.Code;
import dev.necessity.model.CaseRequest;
import dev.necessity.model.ClinicalDocument;
import dev.necessity.model.DocumentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Reads a case directory (contract section 1): {@code request.json} plus clinical documents.
 *
 * <p><b>Contract.</b> {@link #read(Path)} either returns a complete, validated {@link CaseRequest}
 * or throws {@link CaseInputException} whose message is one line naming the file and the problem.
 * Files are only ever opened for reading; nothing in the case directory is created, changed or
 * deleted. The result is deterministic for the same directory contents.
 *
 * <ul>
 *   <li>request.json and documents are decoded as strict UTF-8; a document's text is the whole
 *       file exactly (no trimming, no BOM removal), so evidence offsets refer to the file.</li>
 *   <li>Any file over {@link IntakeOptions#maxDocumentBytes()} (default 10 MB) is rejected from its
 *       size alone, without being read into memory.</li>
 *   <li>When request.json lists "documents", exactly those files are read, in the listed order;
 *       other files are ignored. A listed entry without "type" or "date" gets them inferred.
 *       Only .txt and .md documents can be read so far.</li>
 *   <li>When "documents" is absent, every regular, non-hidden *.txt / *.md file directly in the
 *       directory is a document, sorted by file name, with type and date inferred
 *       ({@link DocumentInference}); title is null.</li>
 *   <li>Empty (or whitespace-only) documents are bad input.</li>
 * </ul>
 *
 * <p><b>Unknown fields.</b> The contract lets the project extend the request shape, so this
 * reader knows every field the contract names and rejects any other field — at the top level
 * and inside patient, requestingProvider, services[] , diagnoses[] and documents[] — naming it and
 * suggesting the nearest known field ("did you mean 'requestDate'?"). A silently ignored
 * misspelling ("primarySequnce", "level") would change a determination, so strict is safer.
 * Fields starting with {@code x-} are site extensions and are ignored, as is a top-level
 * {@code $schema}. Adding a field to the contract means adding it here.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CaseReader {

    /** The request file every case directory holds. */
    public static final String REQUEST_FILE = "request.json";

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private final BoundedFileReader files;

    /** A reader with the default options (10 MB document limit). */
    public CaseReader() {
        this(IntakeOptions.defaults());
    }

    /** A reader with the given limits. */
    public CaseReader(IntakeOptions options) {
        this.files = new BoundedFileReader(Objects.requireNonNull(options, "options").maxDocumentBytes());
    }

    /**
     * Reads and validates the case in {@code caseDir}.
     *
     * @throws CaseInputException for any bad input, with a one-line message naming the file
     */
    public CaseRequest read(Path caseDir) {
        Objects.requireNonNull(caseDir, "caseDir");
        InputFile requestFile = requireRequestFile(caseDir);
        ParsedRequest request = new RequestParser(requestFile).parse(files.readBytes(requestFile));
        List<ClinicalDocument> documents = request.documents() == null
                ? readDiscovered(caseDir)
                : readListed(caseDir, request.documents());
        return new CaseRequest(request.caseId(), request.requestDate(), request.urgency(), request.patient(),
                request.requestingProvider(), request.services(), request.diagnoses(), documents);
    }

    /**
     * Reads one loose document (no request.json), with the same size, encoding and emptiness
     * checks as a case document and its type and date inferred. Used by {@code necessity extract}.
     *
     * @throws CaseInputException for any bad input, with a one-line message naming the file
     */
    public ClinicalDocument readDocument(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.getFileName().toString();
        InputFile input = new InputFile(file, name);
        if (!Files.exists(file)) {
            throw input.problem(Code.DOCUMENT_NOT_FOUND, "file does not exist");
        }
        String text = readDocumentText(input);
        return new ClinicalDocument(name, DocumentInference.inferType(name, text),
                DocumentInference.inferDate(name, text), null, text);
    }

    private static InputFile requireRequestFile(Path caseDir) {
        InputFile directory = new InputFile(caseDir, caseDir.toString());
        if (!Files.exists(caseDir)) {
            throw directory.problem(Code.CASE_DIRECTORY_NOT_FOUND, "case directory does not exist");
        }
        if (!Files.isDirectory(caseDir)) {
            throw directory.problem(Code.CASE_DIRECTORY_NOT_FOUND,
                    "is not a directory; expected a case directory holding " + REQUEST_FILE);
        }
        InputFile request = new InputFile(caseDir.resolve(REQUEST_FILE), REQUEST_FILE);
        if (!Files.isRegularFile(request.path())) {
            throw request.problem(Code.REQUEST_NOT_FOUND, "not found in " + caseDir
                    + " (every case directory needs one)");
        }
        return request;
    }

    private List<ClinicalDocument> readListed(Path caseDir, List<ListedDocument> listed) {
        List<ClinicalDocument> documents = new ArrayList<>();
        for (ListedDocument entry : listed) {
            InputFile file = new InputFile(caseDir.resolve(entry.file()), entry.file());
            if (!Files.exists(file.path())) {
                throw file.problem(Code.DOCUMENT_NOT_FOUND, "listed in " + REQUEST_FILE + " but not found in " + caseDir);
            }
            String text = readDocumentText(file);
            DocumentType type = entry.type() != null ? entry.type() : DocumentInference.inferType(entry.file(), text);
            LocalDate date = entry.date() != null ? entry.date() : DocumentInference.inferDate(entry.file(), text);
            documents.add(new ClinicalDocument(entry.file(), type, date, entry.title(), text));
        }
        return documents;
    }

    private List<ClinicalDocument> readDiscovered(Path caseDir) {
        List<ClinicalDocument> documents = new ArrayList<>();
        for (String name : documentFileNames(caseDir)) {
            InputFile file = new InputFile(caseDir.resolve(name), name);
            String text = readDocumentText(file);
            documents.add(new ClinicalDocument(name, DocumentInference.inferType(name, text),
                    DocumentInference.inferDate(name, text), null, text));
        }
        return documents;
    }

    private static List<String> documentFileNames(Path caseDir) {
        try (Stream<Path> entries = Files.list(caseDir)) {
            return entries.filter(Files::isRegularFile)
                    .map(path -> path.getFileName().toString())
                    .filter(name -> !name.startsWith(".") && isReadableFormat(name))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new InputFile(caseDir, caseDir.toString())
                    .problem(Code.FILE_UNREADABLE, "case directory could not be listed", e);
        }
    }

    private String readDocumentText(InputFile file) {
        if (!Files.isRegularFile(file.path())) {
            throw file.problem(Code.FILE_UNREADABLE, "is not a regular file");
        }
        if (!isReadableFormat(file.name())) {
            throw file.problem(Code.UNSUPPORTED_DOCUMENT, "only .txt and .md documents can be read so far");
        }
        String text = files.readText(file);
        if (text.replace(BYTE_ORDER_MARK, "").isBlank()) {
            throw file.problem(Code.DOCUMENT_EMPTY, "document is empty");
        }
        return text;
    }

    private static boolean isReadableFormat(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".txt") || lower.endsWith(".md");
    }
}
