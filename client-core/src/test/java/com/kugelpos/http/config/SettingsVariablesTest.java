package com.kugelpos.http.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SettingsVariablesTest {

    /** A row of a README table: | `NAME` | meaning | default |. */
    private static final Pattern README_ROW = Pattern.compile("^\\| `([^`]*)` \\|.*\\| ([^|]+) \\|$");

    @Test
    void shouldListEveryVariableWithItsDefaultWhenTheReadmeDescribesTheSettings() throws IOException {
        Map<String, String> table = new LinkedHashMap<>();
        SettingsVariables.ALL.forEach(variable -> table.put(variable.name(), variable.shownDefault()));

        assertThat(readmeSettingsTable()).containsExactlyEntriesOf(table);
    }

    @Test
    void shouldReadEveryShownDefaultBackAsTheDefaultWhenItHasOne() {
        for (EnvironmentVariable<?> variable : SettingsVariables.ALL) {
            if (variable.defaultValue() != null && variable.parser() != VariableParsers.SECRET) {
                assertThat(variable.parse(variable.shownDefault())).as(variable.name())
                        .isEqualTo(variable.defaultValue());
            }
        }
    }

    @Test
    void shouldShowNoSecretWhenListingTheDefaults() {
        assertThat(SettingsVariables.ALL).allSatisfy(variable ->
                assertThat(variable.shownDefault()).isNotBlank().doesNotContain("****"));
    }

    /** The variables and defaults of the tables in the README's "Settings" section, in order. */
    private static Map<String, String> readmeSettingsTable() throws IOException {
        String readme = Files.readString(Path.of("").toAbsolutePath().getParent().resolve("README.md"));
        int start = readme.indexOf("\n## Settings\n");
        String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
        Map<String, String> rows = new LinkedHashMap<>();
        for (String line : section.split("\n")) {
            Matcher row = README_ROW.matcher(line.strip());
            if (row.matches()) {
                rows.put(row.group(1), row.group(2).replace("`", "").strip());
            }
        }
        return rows;
    }
}
