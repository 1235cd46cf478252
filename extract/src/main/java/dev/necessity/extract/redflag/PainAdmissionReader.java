package dev.necessity.extract.redflag;

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

/**
 * A hospital admission for pain that outpatient care could not control, a red flag that waives the
 * conservative-care duration for discectomy: "admitted to the hospital for intractable left leg
 * pain", "was hospitalized for pain control", "admitted overnight for IV pain management", "admitted
 * to the hospital from 02/10/2026 to 02/13/2026 for intractable leg pain", "hospital admission
 * 02/10/2026 for intractable sciatica". An
 * emergency visit sent home is not an admission; a denial ("no hospitalizations for pain") is negated.
 */
public final class PainAdmissionReader implements FindingReader {

    private static final String ADMITTED = "(?:admitted|(?:hospital )?admission|hospitali[sz]ed|hospitali[sz]ation|inpatient stay)";
    private static final String PAIN = "(?:(?:intractable|uncontrolled|unremitting|refractory|severe|disabling) )?(?:(?:left|right|bilateral) )?"
            + "(?:(?:(?:radicular|sciatic|leg|back|low back|lumbar) )?pain(?: (?:control|management|crisis))?|sciatica)";
    /** When and how long, between the admission and its reason: "last week", "from 02/10/2026 to 02/13/2026". */
    private static final String WHEN = "(?: (?:(?!\\bfor\\b)[^.;]){1,40}?)?";
    private static final Pattern ADMISSION = Pattern.compile("(?i)\\b" + ADMITTED + "(?: (?:to|at) (?:the |an outside |our )?"
            + "(?:hospital|medicine service|inpatient unit|floor))?(?: overnight| for \\d+ (?:days|nights))?" + WHEN + " for "
            + "(?<reason>(?:(?:IV|intravenous|parenteral) )?(?:[a-z]+ ){0,3}?" + PAIN + ")\\b");
    private static final Pattern INTRACTABLE = Pattern.compile("(?i)\\b(?:intractable|uncontrolled|refractory)\\b|\\bcontrol\\b|\\bmanagement\\b"
            + "|\\bIV\\b|\\bintravenous\\b");

    @Override
    public Set<String> types() {
        return Set.of(FindingTypes.RED_FLAG);
    }

    @Override
    public List<FindingDraft> read(DocumentReading reading) {
        List<FindingDraft> out = new ArrayList<>();
        for (Sentence s : reading.sentences()) {
            if (ClinicalSections.isFamilyHistory(s) || ClinicalSections.isHypothetical(s)) {
                continue;
            }
            Matcher m = s.matcher(ADMISSION);
            while (m.find()) {
                // Only the reason counts: "admitted with intractable vomiting and treated for back pain" is not a pain admission.
                if (!INTRACTABLE.matcher(m.group("reason")).find()) {
                    continue;
                }
                out.add(reading.draft(FindingTypes.RED_FLAG, s, m.start(), m.end()).withContext()
                        .attr("kind", "intractable_pain_admission"));
            }
        }
        return out;
    }
}
