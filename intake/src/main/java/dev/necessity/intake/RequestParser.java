package dev.necessity.intake;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.necessity.intake.CaseInputException.Code;
import dev.necessity.model.Diagnosis;
import dev.necessity.model.DocumentType;
import dev.necessity.model.Patient;
import dev.necessity.model.Provider;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Parses and validates request.json (contract section 1) into a {@link ParsedRequest}. */
final class RequestParser {

    private static final Set<String> TOP_LEVEL_FIELDS = Set.of("$schema", "caseId", "requestDate", "urgency",
            "patient", "requestingProvider", "services", "diagnoses", "documents");
    private static final Set<String> PATIENT_FIELDS = Set.of("id", "birthDate", "sex");
    private static final Set<String> PROVIDER_FIELDS = Set.of("name", "npi");
    private static final Set<String> DIAGNOSIS_FIELDS = Set.of("code", "system", "description");
    private static final Set<String> DOCUMENT_FIELDS = Set.of("file", "type", "date", "title");
    private static final List<String> URGENCIES = List.of("standard", "expedited");

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final InputFile file;
    private final IntakeOptions limits;

    RequestParser(InputFile file, IntakeOptions limits) {
        this.file = file;
        this.limits = limits;
    }

    ParsedRequest parse(byte[] bytes) {
        String json = text(bytes);
        new RequestShape(file, limits).check(json);
        JsonFields root = JsonFields.root(readTree(json), file);
        root.rejectUnknown(TOP_LEVEL_FIELDS);
        return new ParsedRequest(
                root.requiredText("caseId").strip(),
                root.requiredDate("requestDate"),
                urgency(root),
                patient(root.optionalObject("patient")),
                provider(root.optionalObject("requestingProvider")),
                new ServiceLinesParser(root).parse(),
                diagnoses(root),
                root.has("documents") ? documents(root) : null);
    }

    /**
     * request.json as strict UTF-8 text. Parsed from bytes, Jackson would guess the encoding from
     * the first four bytes: UTF-16 would be read, and a stray UTF-32 byte order mark before UTF-8
     * would be reported as "Invalid UTF-32 character 0x7b092020 ... at char #0, byte #7". A UTF-8
     * byte order mark, which Windows editors write, is allowed.
     */
    private String text(byte[] bytes) {
        String text = DocumentText.decodeUtf8(file, bytes);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private JsonNode readTree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw file.problem(Code.INVALID_JSON, syntaxError(e), e);
        } catch (IOException e) {
            throw file.problem(Code.FILE_UNREADABLE, "could not be read: " + e.getMessage(), e);
        }
    }

    private static String syntaxError(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 1 ? ""
                : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return "invalid JSON" + where + ": " + syntaxDetail(e);
    }

    /**
     * Jackson's own wording for syntax errors; its data-binding wording names Java types, its
     * size-limit wording names the Java method that set the limit, and some messages name the
     * parser's features ("enable `JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS` to allow", "(consider enabling
     * `JsonReadFeature.ALLOW_RS_CONTROL_CHAR` to allow Record Separators (\\u001E))") or
     * its source description ("[Source: REDACTED (`StreamReadFeature...`
     * disabled); line: 1, column: 1]"), so replace or cut those.
     */
    private static String syntaxDetail(JsonProcessingException e) {
        if (e instanceof MismatchedInputException) {
            return "unexpected content after the JSON object ends";
        }
        return String.valueOf(e.getOriginalMessage()).replaceAll(",? from `[^`]*`", "")
                .replaceAll("\\[Source: .*?; line: (\\d+), column: (\\d+)\\]", "line $1, column $2")
                .replace(": enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow", ": JSON has no NaN or Infinity")
                .replace(" (not recognized as one since Feature 'ALLOW_COMMENTS' not enabled for parser)", " JSON has no comments")
                .replaceAll(":? ?enable `\\w+\\.\\w+` to allow", "")
                // "(consider enabling `JsonReadFeature.ALLOW_RS_CONTROL_CHAR` to allow Record Separators (\u001E))"
                .replaceAll(" ?\\(consider enabling `\\w+\\.\\w+`[^`]*?\\)\\)?$", "")
                .replaceAll("\\s+", " ").strip();
    }

    private static String urgency(JsonFields root) {
        String urgency = root.optionalText("urgency");
        if (urgency == null) {
            return "standard";
        }
        String normalized = urgency.strip().toLowerCase(Locale.ROOT);
        if (!URGENCIES.contains(normalized)) {
            throw root.invalid("urgency '" + JsonFields.shorten(urgency) + "' is not one of " + String.join(", ", URGENCIES));
        }
        return normalized;
    }

    private static Patient patient(JsonFields patient) {
        if (patient == null) {
            return null;
        }
        patient.rejectUnknown(PATIENT_FIELDS);
        return new Patient(patient.optionalText("id"), patient.optionalDate("birthDate"), patient.optionalText("sex"));
    }

    private static Provider provider(JsonFields provider) {
        if (provider == null) {
            return null;
        }
        provider.rejectUnknown(PROVIDER_FIELDS);
        return new Provider(provider.optionalText("name"), provider.optionalText("npi"));
    }

    private static List<Diagnosis> diagnoses(JsonFields root) {
        List<Diagnosis> diagnoses = new ArrayList<>();
        for (JsonFields diagnosis : root.optionalObjects("diagnoses")) {
            diagnosis.rejectUnknown(DIAGNOSIS_FIELDS);
            diagnoses.add(new Diagnosis(diagnosis.requiredText("code").strip(), diagnosis.optionalText("system"),
                    diagnosis.optionalText("description")));
        }
        return diagnoses;
    }

    private static List<ListedDocument> documents(JsonFields root) {
        List<ListedDocument> documents = new ArrayList<>();
        Map<Path, String> seen = new HashMap<>();
        for (JsonFields document : root.optionalObjects("documents")) {
            document.rejectUnknown(DOCUMENT_FIELDS);
            String name = document.requiredText("file");
            requireInsideCase(document, name);
            String earlier = seen.putIfAbsent(Path.of(name).normalize(), document.path("file"));
            if (earlier != null) {
                throw document.invalid(document.path("file") + " '" + JsonFields.shorten(name) + "' is already listed as " + earlier);
            }
            documents.add(new ListedDocument(name, documentType(document), document.optionalDate("date"),
                    document.optionalText("title")));
        }
        return documents;
    }

    private static void requireInsideCase(JsonFields document, String name) {
        Path path;
        try {
            path = Path.of(name).normalize();
        } catch (RuntimeException e) {
            throw document.invalid(document.path("file") + " '" + JsonFields.shorten(name) + "' is not a valid file name");
        }
        if (path.isAbsolute() || path.startsWith("..") || path.toString().isEmpty()) {
            throw document.invalid(document.path("file") + " '" + JsonFields.shorten(name)
                    + "' must name a file inside the case directory");
        }
        if (path.toString().equals(CaseReader.REQUEST_FILE)) {
            throw document.invalid(document.path("file") + " '" + JsonFields.shorten(name) + "' is the request itself, not a document");
        }
    }

    private static DocumentType documentType(JsonFields document) {
        String type = document.optionalText("type");
        if (type == null) {
            return null;
        }
        return DocumentType.fromWire(type).orElseThrow(() -> document.invalid(document.path("type") + " '" + JsonFields.shorten(type)
                + "' is not one of " + Arrays.stream(DocumentType.values())
                .map(DocumentType::wireName).collect(Collectors.joining(", "))));
    }
}
