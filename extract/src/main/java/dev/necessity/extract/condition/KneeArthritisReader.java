package dev.necessity.extract.condition;

import dev.necessity.extract.spi.ClinicalSections;
import dev.necessity.extract.spi.DocumentReading;
import dev.necessity.extract.spi.FindingDraft;
import dev.necessity.extract.spi.FindingReader;
import dev.necessity.extract.text.Sentence;
import dev.necessity.model.FindingTypes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Knee radiograph wording that stands for a Kellgren-Lawrence grade, and avascular necrosis.
 * Joint-space wording gives a {@code kellgren_lawrence} finding with the grade it is equivalent
 * to and the {@code wording}: complete loss or obliteration of the joint space 4
 * ({@code complete-loss}); marked or severe narrowing 3 ({@code marked-narrowing}); mild narrowing
 * 2 ({@code mild-narrowing}); moderate narrowing has no single equivalent grade and is given none
 * ({@code moderate-narrowing}). The {@code compartment} (medial, lateral, patellofemoral,
 * tricompartmental) is kept when the phrase names it. Stated grades and "bone-on-bone" are read
 * by {@link DeformityReader}. Avascular necrosis ("avascular necrosis of the medial femoral
 * condyle", "AVN", "osteonecrosis", "SONK") is a {@code condition} of kind {@code avascular_necrosis}.
 */
public final class KneeArthritisReader implements FindingReader {

    private static final String COMPARTMENT = "(?:(?:the )?(?:medial|lateral|patellofemoral|patello-femoral|tibiofemoral|"
            + "medial tibiofemoral|lateral tibiofemoral)(?: (?:compartment|joint|joint space|femorotibial))?|tricompartmental)";
    /** Degree words of a complete loss of joint space. */
    private static final Pattern COMPLETE_DEGREE = Pattern.compile("complete|total");
    /** Degree words of severe joint-space narrowing. */
    private static final Pattern SEVERE_DEGREE = Pattern.compile("marked|severe|advanced|moderate to severe|near[- ]complete");
    /** Degree words of mild joint-space narrowing. */
    private static final Pattern MILD_DEGREE = Pattern.compile("mild|minimal");
    private static final Pattern NARROWING = Pattern.compile("(?i)\\b(?:(complete|total|near[- ]complete|marked|severe|advanced|moderate|mild|minimal|"
            + "moderate to severe|mild to moderate)(?:ly)? (?:(" + COMPARTMENT + ") )?(?:joint[- ]space (?:narrowing|loss)|loss of (?:the )?"
            + "(?:(?:" + COMPARTMENT + ") )?joint space|narrowing of the (?:(?:" + COMPARTMENT + ") )?joint space|(?:joint space )?"
            + "obliteration(?: of the (?:" + COMPARTMENT + " )?joint space)?)"
            + "|(obliteration|complete loss|loss) of the (" + COMPARTMENT + ") joint space"
            + "|(obliterat(?:ed|ion) (?:of the )?(?:" + COMPARTMENT + " )?joint space|joint space (?:is |was )?obliterated))"
            + "(?: (?:in|of|at|involving) (?:the )?(" + COMPARTMENT + "))?");
    private static final Pattern COMPARTMENT_WORD = Pattern.compile("(?i)\\b(medial|lateral|patello-?femoral|tricompartmental)\\b");
    private static final Pattern AVN = Pattern.compile("(?i)\\b(?:avascular necrosis|osteonecrosis|(?-i:AVN)|(?-i:SONK)|spontaneous osteonecrosis)\\b");
    private static final Pattern HINT = Pattern.compile("(?i)joint space|obliterat|necrosis|AVN|SONK");

    @Override
    public Set<String> types() {
        return Set.of(FindingTypes.CONDITION, FindingTypes.KELLGREN_LAWRENCE);
    }

    @Override
    public List<FindingDraft> read(DocumentReading reading) {
        List<FindingDraft> out = new ArrayList<>();
        for (Sentence s : reading.sentences()) {
            if (ClinicalSections.isFamilyHistory(s) || !s.finds(HINT)) {
                continue;
            }
            java.util.Optional<DeformityReader.JointSpaceListing> listing = DeformityReader.jointSpaceListing(s);
            Matcher n = s.matcher(NARROWING);
            boolean listed = false;
            while (n.find()) {
                FindingDraft d = narrowing(reading, s, n);
                if (!listed && listing.isPresent() && !listing.get().compartments().isEmpty() && carriesGrade(n)
                        && listing.get().overlaps(n.start(), n.end())) {
                    d.attr("compartments", listing.get().compartments());
                    listed = true;
                }
                out.add(d);
            }
            Matcher a = s.matcher(AVN);
            if (a.find() && !ClinicalSections.isHypothetical(s)) {
                out.add(reading.draft(FindingTypes.CONDITION, s, a.start(), a.end()).withContext().attr("kind", "avascular_necrosis")
                        .attr("side", KneeSide.of(reading, s)));
            }
        }
        return out;
    }

    /** Whether this reader grades (or places in a compartment) a narrowing phrase overlapping the listing. */
    static boolean gradesWithin(Sentence s, DeformityReader.JointSpaceListing listing) {
        if (ClinicalSections.isFamilyHistory(s) || !s.finds(HINT)) {
            return false;
        }
        Matcher n = s.matcher(NARROWING);
        while (n.find()) {
            if (listing.overlaps(n.start(), n.end()) && carriesGrade(n)) {
                return true;
            }
        }
        return false;
    }

    /** The Kellgren-Lawrence grade the wording is equivalent to; none for "moderate" narrowing. */
    private static Integer grade(Matcher n) {
        String phrase = n.group().toLowerCase(Locale.ROOT);
        String degree = n.group(1) != null ? n.group(1).toLowerCase(Locale.ROOT) : "";
        if (phrase.contains("obliterat") || COMPLETE_DEGREE.matcher(degree).matches() || phrase.startsWith("complete loss")) {
            return 4;
        }
        if (SEVERE_DEGREE.matcher(degree).matches()) {
            return 3;
        }
        return MILD_DEGREE.matcher(degree).matches() ? 2 : null;
    }

    /** A grade or a named compartment: what makes this reader's finding the one to keep. */
    private static boolean carriesGrade(Matcher n) {
        return grade(n) != null || COMPARTMENT_WORD.matcher(n.group()).find();
    }

    private FindingDraft narrowing(DocumentReading reading, Sentence s, Matcher n) {
        String phrase = n.group().toLowerCase(Locale.ROOT);
        String degree = n.group(1) != null ? n.group(1).toLowerCase(Locale.ROOT) : "";
        String wording;
        if (phrase.contains("obliterat") || COMPLETE_DEGREE.matcher(degree).matches() || phrase.startsWith("complete loss")) {
            wording = "complete-loss";
        } else if (SEVERE_DEGREE.matcher(degree).matches()) {
            wording = "marked-narrowing";
        } else if (MILD_DEGREE.matcher(degree).matches()) {
            wording = "mild-narrowing";
        } else {
            wording = "moderate-narrowing";
        }
        Integer grade = grade(n);
        FindingDraft d = reading.draft(FindingTypes.KELLGREN_LAWRENCE, s, n.start(), n.end()).withContext()
                .attr("wording", wording).attr("grade", grade).attr("side", KneeSide.of(reading, s));
        Matcher c = COMPARTMENT_WORD.matcher(n.group());
        if (c.find()) {
            String comp = c.group(1).toLowerCase(Locale.ROOT).replace("-", "");
            d.attr("compartment", comp);
        }
        return d;
    }
}
