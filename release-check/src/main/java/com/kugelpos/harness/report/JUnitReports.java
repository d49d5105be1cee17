package com.kugelpos.harness.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads the JUnit XML reports ({@code TEST-*.xml}) that Surefire and Failsafe write, one file
 * per test class. Document type declarations are refused, so a report cannot pull in other files.
 */
public final class JUnitReports {

    private static final String REPORT_GLOB = "TEST-*.xml";
    private static final int MAX_MESSAGE = 240;

    private JUnitReports() {}

    /**
     * Reads every report in the given folders; a folder that does not exist adds nothing.
     *
     * @return the suites sorted by class name
     * @throws ReportException if a report cannot be read or is not a JUnit XML report
     */
    public static List<SuiteResult> read(List<Path> folders) {
        List<SuiteResult> suites = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, REPORT_GLOB)) {
                for (Path file : files) {
                    suites.add(readSuite(file));
                }
            } catch (IOException e) {
                throw new ReportException("cannot list the test reports in " + folder + ": " + e.getMessage(), e);
            }
        }
        suites.sort((a, b) -> a.name().compareTo(b.name()));
        return suites;
    }

    /**
     * Reads one report file.
     *
     * @throws ReportException if it cannot be read or its root is not {@code testsuite}
     */
    public static SuiteResult readSuite(Path file) {
        Document document;
        try (InputStream in = Files.newInputStream(file)) {
            document = newBuilder().parse(in);
        } catch (IOException | SAXException e) {
            throw new ReportException("cannot read the test report " + file + ": " + e.getMessage(), e);
        }
        Element root = document.getDocumentElement();
        if (!"testsuite".equals(root.getTagName())) {
            throw new ReportException("the test report " + file + " has root <" + root.getTagName()
                    + ">, expected <testsuite>");
        }
        TestCounts counts = new TestCounts(count(root, "tests"), count(root, "failures"), count(root, "errors"),
                count(root, "skipped"), seconds(root.getAttribute("time")));
        return new SuiteResult(root.getAttribute("name"), counts, failedTests(root));
    }

    private static List<FailedTest> failedTests(Element root) {
        List<FailedTest> failed = new ArrayList<>();
        NodeList cases = root.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element testCase = (Element) cases.item(i);
            Element problem = firstChild(testCase, "failure", "error");
            if (problem != null) {
                String suite = testCase.getAttribute("classname").isEmpty()
                        ? root.getAttribute("name") : testCase.getAttribute("classname");
                failed.add(new FailedTest(suite, testCase.getAttribute("name"), message(problem)));
            }
        }
        return failed;
    }

    private static Element firstChild(Element parent, String... names) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && List.of(names).contains(element.getTagName())) {
                return element;
            }
        }
        return null;
    }

    private static String message(Element problem) {
        String message = problem.getAttribute("message").replaceAll("\\s+", " ").strip();
        if (message.isEmpty()) {
            message = problem.getAttribute("type");
        }
        return message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE) + "…";
    }

    private static int count(Element root, String attribute) {
        String value = root.getAttribute(attribute);
        if (value.isEmpty()) {
            return 0;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new ReportException("the test report of " + root.getAttribute("name") + " has " + attribute
                    + "=\"" + value + "\", expected a whole number", e);
        }
    }

    private static double seconds(String value) {
        if (value.isEmpty()) {
            return 0;
        }
        try {
            return Double.parseDouble(value.replace(",", "").strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static DocumentBuilder newBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new ErrorHandler() {  // report problems through the exception only, never on stderr
                @Override
                public void warning(SAXParseException e) {
                    // a warning does not stop the parse
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a standard feature: " + e.getMessage(), e);
        }
    }
}
