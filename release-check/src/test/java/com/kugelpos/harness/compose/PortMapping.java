package com.kugelpos.harness.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One published port of a compose service, from the short syntax {@code "HOST:CONTAINER"} or a
 * range {@code "18001-18006:18001-18006"} (an optional {@code IP:} prefix and {@code /tcp} suffix allowed).
 *
 * @param host      the host port
 * @param container the container port
 */
record PortMapping(int host, int container) {

    private static final Pattern SHORT = Pattern.compile(
            "(?:[0-9.]+:)?(\\d+)(?:-(\\d+))?:(\\d+)(?:-(\\d+))?(?:/tcp)?");

    /** Every host/container pair the entry publishes; fails on unquoted numbers and other forms. */
    static List<PortMapping> parse(Object entry) {
        if (!(entry instanceof String text)) {
            throw new IllegalArgumentException("port entry " + entry + " must be a quoted \"HOST:CONTAINER\" string "
                    + "(YAML reads unquoted 80:80 as a number)");
        }
        Matcher m = SHORT.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("port entry '" + text + "' is not HOST:CONTAINER or a range of them");
        }
        int hostFirst = Integer.parseInt(m.group(1));
        int hostLast = m.group(2) == null ? hostFirst : Integer.parseInt(m.group(2));
        int containerFirst = Integer.parseInt(m.group(3));
        int containerLast = m.group(4) == null ? containerFirst : Integer.parseInt(m.group(4));
        if (hostLast - hostFirst != containerLast - containerFirst || hostLast < hostFirst) {
            throw new IllegalArgumentException("port entry '" + text + "' maps ranges of different lengths");
        }
        List<PortMapping> mappings = new ArrayList<>();
        for (int i = 0; i <= hostLast - hostFirst; i++) {
            mappings.add(new PortMapping(hostFirst + i, containerFirst + i));
        }
        return mappings;
    }
}
