package org.vaka.protocol.tool;

/**
 * A minimal JSON writer: enough for flat objects and arrays of strings, booleans and objects. Non-ASCII
 * characters are escaped, so the output is safe whatever the console encoding.
 */
final class Json {

    private final StringBuilder sb = new StringBuilder(256);
    private boolean first = true;

    Json beginObject() {
        comma();
        sb.append('{');
        first = true;
        return this;
    }

    Json endObject() {
        sb.append('}');
        first = false;
        return this;
    }

    Json beginArray(String name) {
        key(name);
        sb.append('[');
        first = true;
        return this;
    }

    Json endArray() {
        sb.append(']');
        first = false;
        return this;
    }

    Json field(String name, String value) {
        key(name);
        string(value);
        first = false;
        return this;
    }

    Json field(String name, boolean value) {
        key(name);
        sb.append(value);
        first = false;
        return this;
    }

    Json element(String value) {
        comma();
        string(value);
        first = false;
        return this;
    }

    @Override
    public String toString() {
        return sb.toString();
    }

    private void key(String name) {
        comma();
        string(name);
        sb.append(':');
        first = true;
    }

    private void comma() {
        if (!first) {
            sb.append(',');
        }
    }

    private void string(String s) {
        if (s == null) {
            sb.append("null");
            return;
        }
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || c >= 0x7F) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
