package com.kugelpos.contracts.pactfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PactFileCheckTest {

    private static final String PACT = "{\"consumer\": {\"name\": \"cart\"}, \"interactions\": ["
            + "{\"description\": \"a request\", \"request\": {\"path\": \"/api/v1/items\"}, \"response\": {\"status\": 200}}]}";

    @TempDir
    Path root;

    private Path generated;
    private Path committed;
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private PactFileCheck check;

    @BeforeEach
    void folders() throws IOException {
        generated = Files.createDirectories(root.resolve("target/pacts"));
        committed = Files.createDirectories(root.resolve("pacts"));
        check = new PactFileCheck(generated, committed, new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    @Test
    void shouldPassWhenThePactsAreEqualInAnotherFormatting() throws IOException {
        write(generated, "cart-terminal.json", PACT);
        write(committed, "cart-terminal.json", PACT.replace(", ", ",\n  "));

        check.verify();

        assertThat(output.toString(StandardCharsets.UTF_8)).contains("The 1 generated pact files match");
    }

    @Test
    void shouldFailWithTheChangeAndTheRefreshCommandWhenAContractChanged() throws IOException {
        write(generated, "cart-terminal.json", PACT.replace("/api/v1/items", "/api/v2/items"));
        write(committed, "cart-terminal.json", PACT);

        assertThatThrownBy(check::verify)
                .isInstanceOf(PactFilesDifferException.class)
                .hasMessageContaining("cart-terminal.json: interaction 'a request' $.request.path: "
                        + "committed \"/api/v1/items\", generated \"/api/v2/items\"")
                .hasMessageContaining(PactFileCheck.REFRESH_COMMAND);
    }

    @Test
    void shouldNameNewAndStaleFilesWhenPairsChanged() throws IOException {
        write(generated, "cart-terminal.json", PACT);
        write(committed, "cart-stock.json", PACT);

        assertThatThrownBy(check::verify)
                .hasMessageContaining("new pact file (not committed): cart-terminal.json")
                .hasMessageContaining("committed pact file no longer generated: cart-stock.json");
    }

    @Test
    void shouldCopyGeneratedAndRemoveStaleFilesWhenRefreshing() throws IOException {
        write(generated, "cart-terminal.json", PACT);
        write(committed, "cart-terminal.json", "{\"interactions\": []}");
        write(committed, "cart-stock.json", PACT);
        write(committed, "README.md", "kept");

        check.refresh();

        assertThat(Files.readString(committed.resolve("cart-terminal.json"))).isEqualTo(PACT);
        assertThat(committed.resolve("cart-stock.json")).doesNotExist();
        assertThat(committed.resolve("README.md")).exists();
        check.verify();
    }

    @Test
    void shouldFailWhenTheConsumerTestsWroteNoPact() {
        assertThatThrownBy(check::verify)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("wrote no pact file to " + generated);
    }

    private static void write(Path folder, String name, String text) throws IOException {
        Files.writeString(folder.resolve(name), text);
    }
}
