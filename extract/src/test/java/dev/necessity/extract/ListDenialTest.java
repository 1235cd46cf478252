package dev.necessity.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.necessity.model.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A denial at the head of a list of treatments denies every member of the list: chiropractic in
 * "No PT or chiropractic" was not given, and must never count as conservative care. A ";", "but" or
 * a member with a course of its own ends the list, so a treatment given stays given.
 */
class ListDenialTest {

    private static List<Finding> therapy(String text, String kind) {
        return Notes.ofType(Notes.read("HISTORY OF PRESENT ILLNESS:\n" + text + "\n"), "therapy").stream()
                .filter(f -> kind.equals(f.string("kind").orElse(""))).toList();
    }

    private static List<String> deniedQuotes(String text, String kind) {
        return therapy(text, kind).stream().filter(Finding::negated).map(Finding::quote).toList();
    }

    private static List<String> givenQuotes(String text, String kind) {
        return therapy(text, kind).stream().filter(f -> !f.negated()).map(Finding::quote).toList();
    }

    @Test
    void noBeforeAListDeniesEveryTreatmentInIt() {
        String note = "No PT, chiropractic, or injections.";
        assertThat(deniedQuotes(note, "physical_therapy")).containsExactly("No PT");
        assertThat(deniedQuotes(note, "chiropractic")).containsExactly("No PT, chiropractic");
        assertThat(deniedQuotes(note, "injection")).containsExactly("No PT, chiropractic, or injections");
        assertThat(givenQuotes(note, "chiropractic")).isEmpty();
    }

    @Test
    void aPairJoinedByOrSharesItsDenial() {
        assertThat(deniedQuotes("No PT or chiropractic.", "chiropractic")).containsExactly("No PT or chiropractic");
        assertThat(givenQuotes("No PT or chiropractic.", "chiropractic")).isEmpty();
        assertThat(deniedQuotes("Has not tried physical therapy or chiropractic care.", "chiropractic"))
                .containsExactly("not tried physical therapy or chiropractic care");
    }

    @Test
    void aPriorCareListEndingInBareInjectionsDeniesTheInjectionsToo() {
        String note = "No prior physical therapy, chiropractic care or injections.";
        assertThat(deniedQuotes(note, "chiropractic")).containsExactly("No prior physical therapy, chiropractic care");
        assertThat(deniedQuotes(note, "injection")).containsExactly("No prior physical therapy, chiropractic care or injections");
        assertThat(givenQuotes(note, "chiropractic")).isEmpty();
    }

    @Test
    void aSlashedListIsDeniedWhole() {
        String note = "Denies PT/chiro/ESI.";
        assertThat(deniedQuotes(note, "chiropractic")).containsExactly("Denies PT/chiro");
        assertThat(deniedQuotes(note, "injection")).containsExactly("Denies PT/chiro/ESI");
        assertThat(givenQuotes(note, "injection")).isEmpty();
    }

    @Test
    void aDenialCarriesPastABareInjectionInTheMiddleOfTheList() {
        String note = "She has had no physical therapy, injections, or chiropractic treatment to date.";
        assertThat(deniedQuotes(note, "injection")).containsExactly("has had no physical therapy, injections");
        assertThat(deniedQuotes(note, "chiropractic"))
                .containsExactly("has had no physical therapy, injections, or chiropractic treatment");
        assertThat(givenQuotes(note, "chiropractic")).isEmpty();
    }

    @Test
    void aDeniedDrugInAListIsDeniedToo() {
        assertThat(deniedQuotes("No PT or NSAIDs.", "medication")).containsExactly("No PT or NSAIDs");
    }

    @Test
    void aSemicolonOrButEndsTheDenial() {
        assertThat(givenQuotes("No PT; she did 6 weeks of chiropractic care.", "chiropractic")).containsExactly("chiropractic care");
        assertThat(deniedQuotes("No PT; she did 6 weeks of chiropractic care.", "chiropractic")).isEmpty();
        assertThat(therapy("No injections but completed 8 weeks of PT.", "physical_therapy"))
                .singleElement().satisfies(f -> {
                    assertThat(f.negated()).isFalse();
                    assertThat(f.string("status")).contains("completed");
                });
    }

    @Test
    void aDenialBeforeASemicolonIsQuotedWithoutTheClauseAfterIt() {
        assertThat(deniedQuotes("No PT; she did 6 weeks of chiropractic care.", "physical_therapy")).containsExactly("No PT");
    }

    @Test
    void aMemberWithACourseOfItsOwnWasGiven() {
        assertThat(givenQuotes("No PT, chiropractic x 6 weeks.", "chiropractic")).hasSize(1);
        assertThat(givenQuotes("No PT, and chiropractic helped.", "chiropractic")).hasSize(1);
    }

    @Test
    void aListOfTreatmentsGivenStaysGiven() {
        assertThat(givenQuotes("PT and chiropractic without relief.", "chiropractic")).hasSize(1);
        assertThat(givenQuotes("PT and chiropractic without relief.", "physical_therapy")).hasSize(1);
        assertThat(givenQuotes("Failed PT, NSAIDs and chiropractic.", "chiropractic")).hasSize(1);
        assertThat(givenQuotes("Failed PT, NSAIDs and chiropractic.", "medication")).hasSize(1);
        assertThat(givenQuotes("No relief from PT or chiropractic.", "chiropractic")).hasSize(1);
    }
}
