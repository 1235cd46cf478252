package dev.necessity.extract.therapy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The imaging guidance stated for a spinal injection: {@code fluoroscopy} ("under fluoroscopic
 * guidance", "fluoroscopically guided", "with fluoroscopy", "C-arm"), {@code ct} ("CT-guided",
 * "under CT guidance"), {@code ultrasound}, or {@code none} ("without fluoroscopy", "without image
 * guidance", "blind", "landmark-guided"); null when the text does not say. A denial wins over a
 * mention ("without fluoroscopy" names fluoroscopy too).
 */
public final class InjectionGuidance {

    private static final Pattern NONE = Pattern.compile("(?i)\\b(?:without|no|w/o|not under|not using) (?:the use of )?(?:any )?(?:fluoroscop\\w*|fluoro\\b|"
            + "image guidance|imaging guidance|radiographic guidance|x-ray guidance|CT guidance|C-arm)\\b|\\b(?:blind|landmark[- ]guided|"
            + "landmark[- ]based|unguided|non-?guided)\\b");
    private static final Pattern CT = Pattern.compile("(?i)\\bCT[- ](?:guided|guidance)\\b|\\bunder (?:CT|computed tomography)(?: guidance)?\\b"
            + "|\\b(?:CT|computed tomography)[- ]fluoroscop\\w*");
    private static final Pattern FLUORO = Pattern.compile("(?i)\\bfluoroscop\\w*|\\bfluoro\\b|\\bC-arm\\b|\\bimage[- ]guided\\b|\\bunder (?:image|imaging|"
            + "radiographic|x-ray) guidance\\b");
    private static final Pattern ULTRASOUND = Pattern.compile("(?i)\\bultrasound[- ]guided\\b|\\bunder ultrasound(?: guidance)?\\b");

    private InjectionGuidance() {
    }

    /** The guidance {@code text} states, or null. */
    public static String in(String text) {
        if (text == null) {
            return null;
        }
        if (NONE.matcher(text).find()) {
            return "none";
        }
        if (CT.matcher(text).find()) {
            return "ct";
        }
        if (FLUORO.matcher(text).find()) {
            return "fluoroscopy";
        }
        Matcher us = ULTRASOUND.matcher(text);
        return us.find() ? "ultrasound" : null;
    }
}
