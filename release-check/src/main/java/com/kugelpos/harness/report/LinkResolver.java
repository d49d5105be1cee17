package com.kugelpos.harness.report;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Finds the files a {@link LinkSpec} names under the repository root, expanding wildcards segment by segment. */
public final class LinkResolver {

    private final Path root;

    /** Resolves patterns against {@code root}. */
    public LinkResolver(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The link with the files that exist for it. */
    public ResolvedLink resolve(LinkSpec spec) {
        List<Path> matches = new ArrayList<>();
        expand(root, spec.pattern().split("/"), 0, matches);
        List<String> found = matches.stream()
                .map(path -> root.relativize(path).toString().replace('\\', '/'))
                .sorted()
                .toList();
        return new ResolvedLink(spec, found);
    }

    private static void expand(Path base, String[] segments, int index, List<Path> matches) {
        if (index == segments.length) {
            matches.add(base);
            return;
        }
        String segment = segments[index];
        if (segment.isEmpty() || segment.equals(".")) {
            expand(base, segments, index + 1, matches);
        } else if (segment.contains("*") || segment.contains("?")) {
            if (!Files.isDirectory(base)) {
                return;
            }
            try (DirectoryStream<Path> children = Files.newDirectoryStream(base, segment)) {
                for (Path child : children) {
                    expand(child, segments, index + 1, matches);
                }
            } catch (IOException e) {
                throw new ReportException("cannot list " + base + " for the report link pattern: " + e.getMessage(), e);
            }
        } else {
            Path next = base.resolve(segment);
            if (Files.exists(next)) {
                expand(next, segments, index + 1, matches);
            }
        }
    }
}
