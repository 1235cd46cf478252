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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Comorbid conditions that bear on surgical risk: diabetes, hypertension, obesity, osteoporosis, cancer, immunosuppression. */
public final class ConditionReader implements FindingReader {

    private record Condition(String kind, Pattern pattern) {
    }

    /**
     * Words that never name the site before "cancer" ("breast cancer", "colon cancer"): a verb or function word taken as one
     * would keep its negation out of scope ("never had cancer", "rule out cancer"). Shared with the red-flag reader.
     */
    public static final String NOT_A_CANCER_SITE = "(?:not|no|had|has|have|having|with|of|for|any|the|a|an|and|or|about|out|rule|rules)";

    private static final List<Condition> CONDITIONS = List.of(
            new Condition("diabetes", Pattern.compile("(?i)\\b(?:(?:type (?:1|2|I|II|one|two) )?diabetes(?: mellitus)?|diabetic|IDDM|NIDDM|T2DM|DM2?)\\b")),
            new Condition("hypertension", Pattern.compile("(?i)\\b(?:hypertension|hypertensive|HTN|high blood pressure)\\b")),
            new Condition("obesity", Pattern.compile("(?i)\\b(?:(?:morbid|severe|class (?:I{1,3}|[123]) )?obesity|(?:morbidly )?obese|overweight)\\b")),
            new Condition("osteoporosis", Pattern.compile("(?i)\\bosteoporo(?:sis|tic)\\b")),
            new Condition("cancer", Pattern.compile("(?i)\\b(?:(?:(?!" + NOT_A_CANCER_SITE + "\\b)\\w+ )?(?<!pre-)cancer|carcinoma|lymphoma|leukemia|myeloma|melanoma|sarcoma)\\b")),
            new Condition("immunosuppression", Pattern.compile("(?i)\\b(?:immunosuppress\\w*|immunocompromised|HIV|(?-i:AIDS)|chronic steroid use|"
                    + "organ transplant\\w*)\\b")));

    @Override
    public Set<String> types() {
        return Set.of(FindingTypes.CONDITION);
    }

    @Override
    public List<FindingDraft> read(DocumentReading reading) {
        List<FindingDraft> out = new ArrayList<>();
        for (Sentence s : reading.sentences()) {
            if (ClinicalSections.isFamilyHistory(s) || ClinicalSections.isHypothetical(s) || ClinicalSections.isAllergies(s)) {
                continue;
            }
            for (Condition c : CONDITIONS) {
                Matcher m = s.matcher(c.pattern());
                if (m.find()) {
                    FindingDraft d = reading.draft(FindingTypes.CONDITION, s, m.start(), m.end()).withContext().attr("kind", c.kind());
                    if (HivMentions.isHiv(s.text(), m.start(), m.end())) {
                        // "HIV PREVENTION (PrEP) PROGRAM" is no finding; "HIV 4th-gen Ag/Ab: NEGATIVE" denies it, the quote running on to the result.
                        Modifiers hiv = HivMentions.modifiers(s.text(), m.start(), m.end(), reading.modifiers(s, m.start(), m.end()));
                        if (hiv == null) {
                            continue;
                        }
                        if (hiv.negated()) {
                            d.modifiers(hiv);
                        }
                    }
                    out.add(d);
                }
            }
        }
        return out;
    }
}
