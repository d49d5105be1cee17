package com.kugelpos.harness.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks reference-services/Dockerfile and .dockerignore, which no test can build on a machine without Docker. */
class DockerfileTest {

    private static final Pattern FROM = Pattern.compile("(?im)^FROM\\s+(\\S+)(?:\\s+AS\\s+(\\S+))?\\s*$");
    private static final Pattern ENTRYPOINT = Pattern.compile("(?m)^ENTRYPOINT\\s+\\[(.*)]\\s*$");

    private static String dockerfile;

    @BeforeAll
    static void readDockerfile() throws IOException {
        dockerfile = Files.readString(RepositoryFiles.file("reference-services/Dockerfile"));
    }

    @Test
    void shouldPinEveryBaseImageWhenStagesAreBuilt() {
        // Act
        Matcher from = FROM.matcher(dockerfile);
        List<String> images = from.results().map(result -> result.group(1)).toList();

        // Assert
        assertThat(images).as("FROM lines").hasSize(2);
        assertThat(images.get(0)).startsWith("maven:").contains("eclipse-temurin-17");
        assertThat(images.get(1)).startsWith("eclipse-temurin:17");
        assertThat(images).allSatisfy(image -> assertThat(ImageReference.isPinned(image)).as(image).isTrue());
    }

    @Test
    void shouldStartExistingMainClassWhenContainerRuns() throws ClassNotFoundException, NoSuchMethodException {
        // Arrange
        Matcher entrypoint = ENTRYPOINT.matcher(dockerfile);
        assertThat(entrypoint.find()).as("an exec-form ENTRYPOINT").isTrue();
        List<String> words = List.of(entrypoint.group(1).replace("\"", "").split("\\s*,\\s*"));

        // Act
        Class<?> mainClass = Class.forName(words.get(words.size() - 1));
        Method main = mainClass.getMethod("main", String[].class);

        // Assert
        assertThat(words.get(0)).isEqualTo("java");
        assertThat(words).contains("-cp");
        assertThat(Modifier.isStatic(main.getModifiers())).isTrue();
        assertThat(mainClass.getName()).isEqualTo("com.kugelpos.reference.ReferenceServicesMain");
    }

    @Test
    void shouldBuildReferenceServicesWithTheirUpstreamModulesWhenImageIsBuilt() {
        // Act & Assert
        assertThat(dockerfile).contains("-pl reference-services -am")
                .contains("maven-dependency-plugin:3.8.1:copy-dependencies")
                .contains("-DincludeScope=runtime");
    }

    @Test
    void shouldKeepBuildOutputOutOfContextWhenImageIsBuilt() throws IOException {
        // Act
        List<String> ignored = Files.readAllLines(RepositoryFiles.file(".dockerignore"));

        // Assert
        assertThat(ignored).contains("**/target/", ".git/");
    }
}
