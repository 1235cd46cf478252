import dev.necessity.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs {@code necessity extract INPUT --format json} for each input line of a file, in one JVM
 * (start-up would otherwise dominate), and writes the outputs one after another with a header
 * naming the input. Launched in source mode by golden-extract.sh.
 */
public class GoldenExtract {
    public static void main(String[] args) throws Exception {
        Path inputs = Path.of(args[0]);
        Path out = Path.of(args[1]);
        String stripPrefix = args.length > 2 ? args[2] : "";
        StringBuilder all = new StringBuilder();
        List<String> lines = Files.readAllLines(inputs);
        for (String line : lines) {
            String[] parts = line.split("\t", 2);
            StringWriter text = new StringWriter();
            int status = Main.run(new String[] {"extract", parts[1], "--format", "json"}, new PrintWriter(text), new PrintWriter(text));
            all.append("### ").append(parts[0]).append(" (exit ").append(status).append(")\n").append(text);
        }
        Files.writeString(out, all);
    }
}
