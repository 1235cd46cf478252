package dev.necessity.extract.condition;

import dev.necessity.extract.negation.Modifiers;
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

/** Spinal deformity (scoliosis, kyphosis, with the Cobb angle) and knee osteoarthritis grade (Kellgren-Lawrence, "bone-on-bone"). */
public final class DeformityReader implements FindingReader {

    private static final Pattern DEFORMITY = Pattern.compile("(?i)\\b(?:(?:dextro|levo|rotatory |degenerative |thoracolumbar |lumbar |thoracic |"
            + "convex \\w+ )?scoliosis|(?:dextro|levo)?scoliotic curv\\w*|(?:hyper)?kyphosis|kyphotic deformity|(?:dextro|levo)scoliosis)\\b");
    private static final Pattern DEGREES = Pattern.compile("(?i)(\\d{1,3}) ?(?:degrees?|°)");
    /** "joint space narrowing medially as well as the patellofemoral joint": knee compartments, graded. */
    private static final Pattern JOINT_SPACE = Pattern.compile("(?i)\\b(?:(" + dev.necessity.extract.imaging.SeverityGrammar.PHRASE + ") )?"
            + "(?:(?:medial|lateral|patellofemoral|tibiofemoral) (?:compartment |joint )?)?joint[- ]space narrowing\\b");
    private static final Pattern COMPARTMENT = Pattern.compile("(?i)\\b(medial|lateral|patellofemoral|tibiofemoral)");
    private static final Pattern KL = Pattern.compile("(?i)\\b(?:Kellgren[- ]Lawrence|KL|K-L)(?: grade)? (I{1,3}|IV|[1-4])\\b|\\bbone[- ]on[- ]bone\\b");

    @Override
    public Set<String> types() {
        return Set.of(FindingTypes.DEFORMITY, FindingTypes.KELLGREN_LAWRENCE);
    }

    @Override
    public List<FindingDraft> read(DocumentReading reading) {
        List<FindingDraft> out = new ArrayList<>();
        for (Sentence s : reading.sentences()) {
            Matcher d = s.matcher(DEFORMITY);
            if (d.find()) {
                FindingDraft draft = reading.draft(FindingTypes.DEFORMITY, s, d.start(), d.end()).withContext().resolveLevels()
                        .attr("kind", d.group().toLowerCase(Locale.ROOT).contains("kyph") ? "kyphosis" : "scoliosis");
                Matcher deg = s.matcher(DEGREES).region(d.end(), Math.min(s.text().length(), d.end() + 40));
                if (deg.find()) {
                    draft.attr("degrees", Double.parseDouble(deg.group(1))).cover(deg.start(), deg.end());
                }
                out.add(draft);
            }
            jointSpace(reading, s, out);
            Matcher k = s.matcher(KL);
            if (k.find()) {
                FindingDraft draft = reading.draft(FindingTypes.KELLGREN_LAWRENCE, s, k.start(), k.end()).withContext()
                        .attr("side", KneeSide.of(reading, s));
                if (ClinicalSections.isIndicationOfStudy(reading, s)) {
                    // What the referrer reports of other films is not this study's grade: unsettled, not asserted.
                    Modifiers m = reading.modifiers(s, k.start(), k.end());
                    draft.modifiers(new Modifiers(m.negated(), true, m.historical(), m.negationStart(), m.negationEnd()));
                }
                if (k.group(1) != null) {
                    draft.attr("grade", roman(k.group(1)));
                } else {
                    draft.attr("wording", "bone-on-bone").attr("grade", 4);
                }
                out.add(draft);
            }
        }
        return out;
    }

    /** A joint-space narrowing phrase in a knee sentence and the compartments the sentence names. */
    record JointSpaceListing(int start, int end, String severityPhrase, List<String> compartments) {
        boolean overlaps(int from, int to) {
            return start < to && from < end;
        }
    }

    /** The sentence's joint-space listing, if it has one (shared with the grading reader). */
    static java.util.Optional<JointSpaceListing> jointSpaceListing(Sentence s) {
        Matcher j = s.matcher(JOINT_SPACE);
        if (!j.find() || !s.text().toLowerCase(Locale.ROOT).contains("knee") && !s.finds(COMPARTMENT)) {
            return java.util.Optional.empty();
        }
        List<String> compartments = new java.util.ArrayList<>();
        Matcher c = s.matcher(COMPARTMENT);
        while (c.find()) {
            String name = c.group(1).toLowerCase(Locale.ROOT);
            if (!compartments.contains(name)) {
                compartments.add(name);
            }
        }
        return java.util.Optional.of(new JointSpaceListing(j.start(), j.end(), j.group(1), List.copyOf(compartments)));
    }

    /** Listed compartments ride on the graded finding when the grading reader reads the same phrase. */
    private void jointSpace(DocumentReading reading, Sentence s, List<FindingDraft> out) {
        java.util.Optional<JointSpaceListing> found = jointSpaceListing(s);
        if (found.isEmpty()) {
            return;
        }
        JointSpaceListing listing = found.get();
        if (!listing.compartments().isEmpty() && KneeArthritisReader.gradesWithin(s, listing)) {
            return;
        }
        FindingDraft d = reading.draft(FindingTypes.KELLGREN_LAWRENCE, s, listing.start(), listing.end()).withContext()
                .attr("wording", "joint-space narrowing").attr("side", KneeSide.of(reading, s))
                .attr("compartments", listing.compartments().isEmpty() ? null : listing.compartments());
        if (listing.severityPhrase() != null) {
            d.attr("severity", dev.necessity.extract.imaging.SeverityGrammar.read(listing.severityPhrase()).severity().wireName());
        }
        out.add(d);
    }

    private static int roman(String g) {
        return switch (g.toUpperCase(Locale.ROOT)) {
            case "I" -> 1;
            case "II" -> 2;
            case "III" -> 3;
            case "IV" -> 4;
            default -> Integer.parseInt(g);
        };
    }
}
