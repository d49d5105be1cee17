package com.kugelpos.chaos.report;

import java.util.Locale;

/** A tiny SVG writer: shapes and text appended to one document, with text escaped. Not thread-safe. */
final class Svg {

    private final StringBuilder out = new StringBuilder();

    Svg(int width, int height) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-family=\"sans-serif\" font-size=\"11\">\n");
    }

    Svg rect(double x, double y, double width, double height, String fill, String title) {
        out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                .append(num(Math.max(width, 0.5))).append("\" height=\"").append(num(height)).append("\" fill=\"")
                .append(fill).append('"');
        return closeWithTitle("rect", title);
    }

    Svg line(double x1, double y1, double x2, double y2, String stroke, double width, String dash) {
        out.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"")
                .append(num(x2)).append("\" y2=\"").append(num(y2)).append("\" stroke=\"").append(stroke)
                .append("\" stroke-width=\"").append(num(width)).append('"');
        if (dash != null) {
            out.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        out.append("/>\n");
        return this;
    }

    Svg polyline(String points, String stroke, double width) {
        out.append("<polyline fill=\"none\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(num(width))
                .append("\" points=\"").append(points).append("\"/>\n");
        return this;
    }

    Svg circle(double cx, double cy, double r, String fill, String title) {
        out.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"").append(num(r))
                .append("\" fill=\"").append(fill).append("\" stroke=\"#ffffff\" stroke-width=\"0.8\"");
        return closeWithTitle("circle", title);
    }

    Svg cross(double cx, double cy, double r, String stroke, String title) {
        out.append("<path d=\"M").append(num(cx - r)).append(' ').append(num(cy - r)).append(" L").append(num(cx + r))
                .append(' ').append(num(cy + r)).append(" M").append(num(cx - r)).append(' ').append(num(cy + r))
                .append(" L").append(num(cx + r)).append(' ').append(num(cy - r)).append("\" stroke=\"").append(stroke)
                .append("\" stroke-width=\"1.6\"");
        return closeWithTitle("path", title);
    }

    Svg text(double x, double y, String text, String anchor, String fill, boolean bold) {
        out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" text-anchor=\"").append(anchor)
                .append("\" fill=\"").append(fill).append('"');
        if (bold) {
            out.append(" font-weight=\"bold\"");
        }
        out.append('>').append(escape(text)).append("</text>\n");
        return this;
    }

    String end() {
        return out.append("</svg>\n").toString();
    }

    static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private Svg closeWithTitle(String tag, String title) {
        if (title == null) {
            out.append("/>\n");
        } else {
            out.append("><title>").append(escape(title)).append("</title></").append(tag).append(">\n");
        }
        return this;
    }
}
