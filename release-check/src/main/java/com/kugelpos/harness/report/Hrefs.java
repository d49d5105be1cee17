package com.kugelpos.harness.report;

import java.nio.file.Path;

/** Turns paths relative to the repository root into links relative to the report page's folder. */
public final class Hrefs {

    private final Path root;
    private final Path reportDir;

    /** Links from a page in {@code reportDir} to files under {@code root}. */
    public Hrefs(Path root, Path reportDir) {
        this.root = root.toAbsolutePath().normalize();
        this.reportDir = reportDir.toAbsolutePath().normalize();
    }

    /** The escaped href of {@code rootRelative}, e.g. {@code ../../chaos-tests/target/chaos-report/index.html}. */
    public String to(String rootRelative) {
        Path target = root.resolve(rootRelative).normalize();
        String relative = reportDir.relativize(target).toString().replace('\\', '/');
        StringBuilder encoded = new StringBuilder();
        for (char c : relative.toCharArray()) {
            switch (c) {
                case ' ' -> encoded.append("%20");
                case '#' -> encoded.append("%23");
                case '?' -> encoded.append("%3F");
                case '%' -> encoded.append("%25");
                default -> encoded.append(c);
            }
        }
        return Html.escape(encoded.isEmpty() ? "." : encoded.toString());
    }
}
