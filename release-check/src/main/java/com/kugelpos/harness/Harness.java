package com.kugelpos.harness;

import com.kugelpos.harness.run.Options;
import com.kugelpos.harness.run.ReleaseCheckRun;
import com.kugelpos.harness.run.UsageException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The release check's entry point, which {@code ./harness} hands over to once Java and Maven are
 * there: {@code Harness <repository root> <commit> [options]}. Exits with 0 when the check passed,
 * 1 when it failed and 2 when it could not run.
 */
public final class Harness {

    private Harness() {}

    /**
     * Runs the release check.
     *
     * @param args the repository root, the commit being checked (may be empty), then the options of {@code ./harness}
     */
    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: Harness <repository root> <commit> [options of ./harness]");
            System.exit(ReleaseCheckRun.BROKEN);
        }
        List<String> options = Arrays.asList(args).subList(2, args.length);
        int status;
        try {
            Options parsed = Options.parse(options, System.getenv());
            String commandLine = "./harness" + (options.isEmpty() ? "" : " " + String.join(" ", options));
            status = new ReleaseCheckRun(Path.of(args[0]), System.out).run(parsed, commandLine, args[1]);
        } catch (UsageException e) {
            System.err.println("harness: " + e.getMessage());
            status = ReleaseCheckRun.BROKEN;
        } catch (Exception e) {
            System.err.println("harness: the release check could not run: " + e);
            status = ReleaseCheckRun.BROKEN;
        }
        System.exit(status);
    }
}
