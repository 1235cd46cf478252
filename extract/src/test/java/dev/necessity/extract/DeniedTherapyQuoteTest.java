package dev.necessity.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.necessity.model.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A denied treatment is quoted with the words that deny it, as every other negated finding is: the
 * evidence a reviewer reads is "No previous epidural injections", not "epidural injections", which
 * out of context reads as injections given.
 */
class DeniedTherapyQuoteTest {

    private static List<Finding> therapy(String text, String kind) {
        return Notes.ofType(Notes.read("HISTORY OF PRESENT ILLNESS:\n" + text + "\n"), "therapy").stream()
                .filter(f -> kind.equals(f.string("kind").orElse(""))).toList();
    }

    private static List<String> deniedQuotes(String text, String kind) {
        return therapy(text, kind).stream().filter(Finding::negated).map(Finding::quote).toList();
    }

    @Test
    void aDeniedInjectionIsQuotedFromItsDenial() {
        assertThat(deniedQuotes("No previous epidural injections.", "injection")).containsExactly("No previous epidural injections");
        assertThat(deniedQuotes("She has had no epidural injections and has taken no pain medication.", "injection"))
                .containsExactly("has had no epidural injections");
        assertThat(deniedQuotes("He has never had an epidural steroid injection.", "injection"))
                .containsExactly("never had an epidural steroid injection");
        assertThat(deniedQuotes("He has never had any spinal injections.", "injection")).containsExactly("never had any spinal injections");
        assertThat(deniedQuotes("No injections to date.", "injection")).containsExactly("No injections");
    }

    @Test
    void aDeniedTherapyIsQuotedWithTheWordsBeforeOrAfterIt() {
        assertThat(deniedQuotes("Declined physical therapy.", "physical_therapy")).containsExactly("Declined physical therapy");
        assertThat(deniedQuotes("She has not been to physical therapy.", "physical_therapy"))
                .containsExactly("not been to physical therapy");
        assertThat(deniedQuotes("Physical therapy was declined because of her work schedule.", "physical_therapy"))
                .containsExactly("Physical therapy was declined");
        assertThat(deniedQuotes("No prior chiropractic care.", "chiropractic")).containsExactly("No prior chiropractic care");
    }

    @Test
    void aDeniedDrugIsQuotedFromItsDenial() {
        assertThat(deniedQuotes("Denies taking NSAIDs.", "medication")).containsExactly("Denies taking NSAIDs");
        assertThat(deniedQuotes("She has not taken naproxen for the pain.", "medication")).containsExactly("not taken naproxen");
    }

    @Test
    void aDenialSplitAcrossALineBreakIsQuotedWhole() {
        Finding f = Notes.ofType(Notes.read("Injection history: no previous\nepidural injections."), "therapy").stream()
                .filter(Finding::negated).findFirst().orElseThrow();
        assertThat(f.quote()).isEqualTo("no previous\nepidural injections");
    }
}
