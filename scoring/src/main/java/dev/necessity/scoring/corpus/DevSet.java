package dev.necessity.scoring.corpus;

import dev.necessity.model.ClinicalDocument;
import dev.necessity.model.DocumentType;
import dev.necessity.model.SpinalLevel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A labelled development set: the labels file and the documents it names, read from the
 * labels file's folder. Format (tab-separated, {@code #} comments):
 * {@code document  type  level  polarity  [key=value ...]}; a {@code # types: a b c} line names
 * the scored finding types; type {@code none} puts a document in the set with nothing to find.
 * A document's type comes from the category column of an {@code INDEX.tsv} beside the labels
 * (mri-*, xray-*: imaging; pt: therapy note; injection: procedure note; op-*: operative note),
 * else it is a clinical note.
 */
public record DevSet(Path labelsFile, Set<String> types, List<Label> labels, List<ClinicalDocument> documents) {

    public static final String NONE = "none";
    private static final Set<String> POLARITIES = Set.of("+", "-", "?");

    public DevSet {
        types = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(types));
        labels = List.copyOf(labels);
        documents = List.copyOf(documents);
    }

    public static DevSet load(Path labelsFile) throws IOException {
        if (!Files.isRegularFile(labelsFile)) {
            throw new LabelFormatException(labelsFile + ": no such labels file");
        }
        List<String> lines = Files.readAllLines(labelsFile, StandardCharsets.UTF_8);
        Set<String> types = new LinkedHashSet<>();
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("# types:")) {
                types.addAll(List.of(line.substring("# types:".length()).trim().split("\\s+")));
            } else if (!line.isBlank() && !line.startsWith("#")) {
                labels.add(parse(labelsFile, i + 1, line, types));
            }
        }
        if (types.isEmpty()) {
            throw new LabelFormatException(labelsFile + ": no '# types:' line naming the scored finding types");
        }
        return new DevSet(labelsFile, types, labels, documents(labelsFile, labels));
    }

    private static Label parse(Path file, int number, String line, Set<String> types) {
        String[] cols = line.split("\t");
        String where = file.getFileName() + ":" + number + ": ";
        if (cols.length < 4) {
            throw new LabelFormatException(where + "expected document, type, level, polarity [attributes] separated by tabs");
        }
        String type = cols[1].trim();
        if (!type.equals(NONE) && !types.contains(type)) {
            throw new LabelFormatException(where + "type '" + type + "' is not in the '# types:' line");
        }
        String level = level(cols[2].trim(), where);
        String polarity = cols[3].trim();
        if (!POLARITIES.contains(polarity)) {
            throw new LabelFormatException(where + "polarity '" + polarity + "' is not one of + - ?");
        }
        Map<String, String> attributes = new TreeMap<>();
        if (cols.length > 4 && !cols[4].isBlank()) {
            for (String pair : cols[4].trim().split("\\s+")) {
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw new LabelFormatException(where + "attribute '" + pair + "' is not key=value");
                }
                attributes.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        if (type.equals("stenosis")) {
            attributes.putIfAbsent("location", Item.NO_LEVEL);
            attributes.putIfAbsent("severity", "unspecified");
        }
        return new Label(cols[0].trim(), type, level, polarity, attributes, number);
    }

    private static String level(String level, String where) {
        if (level.equals(Item.NO_LEVEL) || level.equals(Item.ALL_LEVELS)) {
            return level;
        }
        return SpinalLevel.parse(level).map(SpinalLevel::toString)
                .orElseThrow(() -> new LabelFormatException(where + "level '" + level + "' is not a spinal level, 'all' or '-'"));
    }

    private static List<ClinicalDocument> documents(Path labelsFile, List<Label> labels) throws IOException {
        Path folder = labelsFile.toAbsolutePath().getParent();
        Map<String, String> categories = categories(folder.resolve("INDEX.tsv"));
        Map<String, Label> firstMention = new LinkedHashMap<>();
        labels.forEach(l -> firstMention.putIfAbsent(l.document(), l));
        List<ClinicalDocument> out = new ArrayList<>();
        for (Label l : firstMention.values()) {
            Path file = folder.resolve(l.document());
            if (!Files.isRegularFile(file)) {
                throw new LabelFormatException(labelsFile.getFileName() + ":" + l.line() + ": document " + l.document()
                        + " not found in " + folder);
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            out.add(new ClinicalDocument(l.document(), type(categories.get(l.document())), null, null, text));
        }
        return out;
    }

    private static Map<String, String> categories(Path index) throws IOException {
        Map<String, String> out = new TreeMap<>();
        if (Files.isRegularFile(index)) {
            for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
                String[] cols = line.split("\t");
                if (cols.length >= 5) {
                    out.put(cols[0], cols[4]);
                }
            }
        }
        return out;
    }

    private static DocumentType type(String category) {
        if (category == null) {
            return DocumentType.CLINICAL_NOTE;
        }
        if (category.startsWith("mri") || category.startsWith("xray")) {
            return DocumentType.IMAGING;
        }
        return switch (category) {
            case "pt" -> DocumentType.THERAPY_NOTE;
            case "injection" -> DocumentType.PROCEDURE_NOTE;
            default -> category.startsWith("op-") ? DocumentType.OPERATIVE_NOTE : DocumentType.CLINICAL_NOTE;
        };
    }
}
