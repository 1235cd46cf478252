package dev.necessity.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.necessity.model.CaseRequest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** primarySequence must lead to a primary line: a line pointing at itself or a loop of add-ons is bad input. */
class AddOnCycleTest {

    @TempDir
    Path tmp;

    private static ObjectNode line(ObjectNode request, int index) {
        return (ObjectNode) request.withArray("services").get(index);
    }

    private static CaseInputException refusal(ExampleCase example) {
        return catchThrowableOfType(CaseInputException.class, () -> new CaseReader().read(example.dir()));
    }

    @Test
    void theFusionAndItsGraftPointingAtEachOtherAreRefused() {
        ExampleCase seed = ExampleCase.seed(tmp).editRequest(request -> line(request, 0).put("primarySequence", 2));

        CaseInputException problem = refusal(seed);

        assertThat(problem.getMessage()).isEqualTo("request.json: primarySequence links form a cycle"
                + " (line 1 -> line 2 -> line 1); an add-on must lead to a primary line");
        assertThat(problem.code()).isEqualTo("NEC-INTAKE-007");
    }

    @Test
    void aLongerLoopIsRefusedToo() {
        ExampleCase seed = ExampleCase.seed(tmp).editRequest(request -> {
            ArrayNode services = request.withArray("services");
            services.addObject().put("sequence", 3).put("code", "22853").put("primarySequence", 2);
            line(request, 0).put("primarySequence", 3);
        });

        assertThat(refusal(seed).getMessage()).contains("(line 1 -> line 3 -> line 2 -> line 1)");
    }

    @Test
    void aLinePointingAtItselfIsRefused() {
        ExampleCase seed = ExampleCase.seed(tmp).editRequest(request -> line(request, 1).put("primarySequence", 2));

        assertThat(refusal(seed).getMessage()).isEqualTo("request.json: services[1].primarySequence 2 points to its own"
                + " line; an add-on must point to its primary line");
    }

    @Test
    void anAddOnOfAnAddOnThatEndsAtAPrimaryLineIsAccepted() {
        ExampleCase seed = ExampleCase.seed(tmp).editRequest(request -> request.withArray("services").addObject()
                .put("sequence", 3).put("code", "20931").put("primarySequence", 2));

        CaseRequest request = new CaseReader().read(seed.dir());

        assertThat(request.service(3).orElseThrow().primarySequence()).isEqualTo(2);
    }
}
