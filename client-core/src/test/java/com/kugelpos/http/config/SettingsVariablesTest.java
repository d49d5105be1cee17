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

    /** A row of a settings table in the docs: | `NAME` | meaning | default |. */
    private static final Pattern TABLE_ROW = Pattern.compile("^\\| `([^`]*)` \\|.*\\| ([^|]+) \\|$");

    @Test
    void shouldListEveryVariableWithItsDefaultWhenTheReadmeDescribesTheSettings() throws IOException {
        assertThat(documentedVariables("../README.md")).containsExactlyEntriesOf(table());
    }

    @Test
    void shouldShowTheTablesDefaultsWhenTheFeatureNotesListVariables() throws IOException {
        Map<String, String> documented = documentedVariables("FUTURE-FEATURES.md");

        assertThat(documented).isNotEmpty();
        assertThat(table()).containsAllEntriesOf(documented);
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

    /** Every variable of the table with its default as text, in order. */
    private static Map<String, String> table() {
        Map<String, String> table = new LinkedHashMap<>();
        SettingsVariables.ALL.forEach(variable -> table.put(variable.name(), variable.shownDefault()));
        return table;
    }

    /** The variables and defaults of the tables in a document's "Settings" section, in order. */
    private static Map<String, String> documentedVariables(String document) throws IOException {
        String text = Files.readString(Path.of(document)); // relative to client-core, where the tests run
        int start = text.indexOf("\n## Settings\n");
        String section = text.substring(start, text.indexOf("\n## ", start + 1));
        Map<String, String> rows = new LinkedHashMap<>();
        for (String line : section.split("\n")) {
            Matcher row = TABLE_ROW.matcher(line.strip());
            if (row.matches()) {
                rows.put(row.group(1), row.group(2).replace("`", "").strip());
            }
        }
        return rows;
    }
}
