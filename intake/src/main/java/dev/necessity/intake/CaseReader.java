package dev.necessity.intake;

import dev.necessity.intake.CaseInputException.Code;
import dev.necessity.model.CaseRequest;
import dev.necessity.model.ClinicalDocument;
import dev.necessity.model.DocumentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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
 *   <li>Limits ({@link IntakeOptions}, docs/limits.md): request.json up to 1 MB, 50 service lines,
 *       200 documents, 4 MB per document, 16 MB per case, 100,000 characters per line, JSON nested
 *       32 deep. Sizes are checked before a file is read and counts while request.json is scanned
 *       as a stream, so an oversized case is refused quickly and in constant memory.</li>
 *   <li>Every case file is read through its real path, which must lie inside the case directory's
 *       real path: a link, or a linked sub-directory, that leads out of the case is refused.</li>
 *   <li>When request.json lists "documents", exactly those files are read, in the listed order;
 *       other files are ignored. A listed entry without "type" or "date" gets them inferred.
 *       Only .txt and .md documents can be read so far.</li>
 *   <li>When "documents" is absent, every regular, non-hidden *.txt / *.md file directly in the
 *       directory is a document, sorted by file name, with type and date inferred
 *       ({@link DocumentInference}); title is null.</li>
 *   <li>Empty (or whitespace-only) documents are bad input.</li>
 *   <li>Dates ({@link CaseDates}): a birth date after the request date is bad input; a request
 *       dated after today or a document dated after the request is a warning on the result.</li>
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

    private final IntakeOptions options;
    private final CaseDates dates;

    /** A reader with the default limits (docs/limits.md) and the machine's clock. */
    public CaseReader() {
        this(IntakeOptions.defaults());
    }

    /** A reader with the given limits and the machine's clock. */
    public CaseReader(IntakeOptions options) {
        this(options, Clock.systemDefaultZone());
    }

    /** A reader with the given limits; {@code clock} says what "today" is for the date checks. */
    public CaseReader(IntakeOptions options, Clock clock) {
        this.options = Objects.requireNonNull(options, "options");
        this.dates = new CaseDates(Objects.requireNonNull(clock, "clock"));
    }

    /**
     * Reads and validates the case in {@code caseDir}.
     *
     * @throws CaseInputException for any bad input, with a one-line message naming the file
     */
    public CaseRequest read(Path caseDir) {
        Objects.requireNonNull(caseDir, "caseDir");
        InputFile requestFile = requireRequestFile(caseDir);
        CaseFiles files = new CaseFiles(caseDir, options);
        ParsedRequest request = new RequestParser(requestFile, options).parse(files.readRequest(requestFile));
        dates.requirePossible(requestFile, request.requestDate(), request.patient());
        List<ClinicalDocument> documents = request.documents() == null
                ? readDiscovered(caseDir, files)
                : readListed(caseDir, files, request.documents());
        return new CaseRequest(request.caseId(), request.requestDate(), request.urgency(), request.patient(),
                request.requestingProvider(), request.services(), request.diagnoses(), documents,
                dates.warnings(request.requestDate(), documents));
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
        requireReadableDocument(input);
        byte[] bytes = new BoundedFileReader(options.maxDocumentBytes(), "document").readBytes(input);
        String text = DocumentText.of(input, bytes, options.maxLineLength());
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

    private List<ClinicalDocument> readListed(Path caseDir, CaseFiles files, List<ListedDocument> listed) {
        List<ClinicalDocument> documents = new ArrayList<>();
        for (ListedDocument entry : listed) {
            InputFile file = files.file(entry.file());
            if (!Files.exists(file.path())) {
                throw file.problem(Code.DOCUMENT_NOT_FOUND, "listed in " + REQUEST_FILE + " but not found in " + caseDir);
            }
            requireReadableDocument(file);
            String text = files.readDocument(file);
            DocumentType type = entry.type() != null ? entry.type() : DocumentInference.inferType(entry.file(), text);
            LocalDate date = entry.date() != null ? entry.date() : DocumentInference.inferDate(entry.file(), text);
            documents.add(new ClinicalDocument(entry.file(), type, date, entry.title(), text));
        }
        return documents;
    }

    private List<ClinicalDocument> readDiscovered(Path caseDir, CaseFiles files) {
        List<ClinicalDocument> documents = new ArrayList<>();
        for (String name : documentFileNames(caseDir)) {
            InputFile file = files.file(name);
            requireReadableDocument(file);
            String text = files.readDocument(file);
            documents.add(new ClinicalDocument(name, DocumentInference.inferType(name, text),
                    DocumentInference.inferDate(name, text), null, text));
        }
        return documents;
    }

    /** The document files directly in the case directory, sorted; refused beyond the document limit. */
    private List<String> documentFileNames(Path caseDir) {
        List<String> names;
        try (Stream<Path> entries = Files.list(caseDir)) {
            names = entries.filter(Files::isRegularFile)
                    .map(path -> path.getFileName().toString())
                    .filter(name -> !name.startsWith(".") && isReadableFormat(name))
                    .limit(options.maxDocuments() + 1L)
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new InputFile(caseDir, caseDir.toString())
                    .problem(Code.FILE_UNREADABLE, "case directory could not be listed", e);
        }
        if (names.size() > options.maxDocuments()) {
            throw new InputFile(caseDir, caseDir.toString()).problem(Code.TOO_MANY_DOCUMENTS, String.format(Locale.ROOT,
                    "holds more than %d documents, the limit for one case", options.maxDocuments()));
        }
        return names.stream().sorted().toList();
    }

    private static void requireReadableDocument(InputFile file) {
        if (!Files.isRegularFile(file.path())) {
            throw file.problem(Code.FILE_UNREADABLE, "is not a regular file");
        }
        if (!isReadableFormat(file.name())) {
            throw file.problem(Code.UNSUPPORTED_DOCUMENT, "only .txt and .md documents can be read so far");
        }
    }

    private static boolean isReadableFormat(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".txt") || lower.endsWith(".md");
    }
}
