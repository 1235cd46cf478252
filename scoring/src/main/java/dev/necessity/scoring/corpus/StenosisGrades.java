package dev.necessity.scoring.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * Folds a stenosis that says less into one that says more about the same level, so labels and
 * extraction are compared as a reviewer reads them: an ungraded mention is subsumed by a graded
 * one at the same level, location and polarity ("thecal sac flattening" beside "borderline
 * central canal stenosis"); an unlocated ungraded one ("stenosis at L4-5") by any other
 * stenosis at that level and polarity. Applied identically to both sides.
 */
final class StenosisGrades {

    private StenosisGrades() {
    }

    static List<Item> merge(List<Item> items) {
        List<Item> out = new ArrayList<>();
        for (Item i : items) {
            if (!i.type().equals("stenosis") || !ungraded(i) || items.stream().noneMatch(o -> subsumes(o, i))) {
                out.add(i);
            }
        }
        return out;
    }

    private static boolean subsumes(Item richer, Item i) {
        if (richer == i || !richer.type().equals("stenosis") || !richer.document().equals(i.document())
                || !richer.level().equals(i.level()) || !richer.polarity().equals(i.polarity())) {
            return false;
        }
        boolean sameLocation = richer.attribute("location").equals(i.attribute("location"));
        if (sameLocation) {
            return !ungraded(richer);
        }
        return unlocated(i) && (!unlocated(richer) || !ungraded(richer));
    }

    private static boolean ungraded(Item i) {
        return "unspecified".equals(i.attribute("severity"));
    }

    private static boolean unlocated(Item i) {
        return Item.NO_LEVEL.equals(i.attribute("location"));
    }
}
