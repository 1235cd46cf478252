package dev.necessity.extract.clinical;

import dev.necessity.extract.DocumentReading;
import dev.necessity.extract.FindingDraft;
import dev.necessity.extract.FindingReader;
import dev.necessity.extract.imaging.Sides;
import dev.necessity.extract.text.Sentence;
import dev.necessity.model.FindingTypes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Spinal deformity (scoliosis, kyphosis, with the Cobb angle) and knee osteoarthritis grade (Kellgren-Lawrence, "bone-on-bone"). */
public final class DeformityReader implements FindingReader {

    private static final Pattern DEFORMITY = Pattern.compile("(?i)\\b(?:(?:dextro|levo|rotatory |degenerative |thoracolumbar |lumbar |thoracic |"
            + "convex \\w+ )?scoliosis|(?:dextro|levo)?scoliotic curv\\w*|(?:hyper)?kyphosis|kyphotic deformity|(?:dextro|levo)scoliosis)\\b");
    private static final Pattern DEGREES = Pattern.compile("(?i)(\\d{1,3}) ?(?:degrees?|°)");
    private static final Pattern KL = Pattern.compile("(?i)\\b(?:Kellgren[- ]Lawrence|KL|K-L)(?: grade)? (I{1,3}|IV|[1-4])\\b|\\bbone[- ]on[- ]bone\\b");

    @Override
    public List<FindingDraft> read(DocumentReading reading) {
        List<FindingDraft> out = new ArrayList<>();
        for (Sentence s : reading.sentences()) {
            Matcher d = DEFORMITY.matcher(s.text());
            if (d.find()) {
                FindingDraft draft = reading.draft(FindingTypes.DEFORMITY, s, d.start(), d.end()).withContext().resolveLevels()
                        .attr("kind", d.group().toLowerCase().contains("kyph") ? "kyphosis" : "scoliosis");
                Matcher deg = DEGREES.matcher(s.text()).region(d.end(), Math.min(s.text().length(), d.end() + 40));
                if (deg.find()) {
                    draft.attr("degrees", Double.parseDouble(deg.group(1))).cover(deg.start(), deg.end());
                }
                out.add(draft);
            }
            Matcher k = KL.matcher(s.text());
            if (k.find()) {
                FindingDraft draft = reading.draft(FindingTypes.KELLGREN_LAWRENCE, s, k.start(), k.end()).withContext()
                        .attr("side", Sides.in(s.text()));
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

    private static int roman(String g) {
        return switch (g.toUpperCase()) {
            case "I" -> 1;
            case "II" -> 2;
            case "III" -> 3;
            case "IV" -> 4;
            default -> Integer.parseInt(g);
        };
    }
}
