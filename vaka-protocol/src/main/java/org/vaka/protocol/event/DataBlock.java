package org.vaka.protocol.event;

/**
 * Separates the optional {@code #account|} prefix of a data block from its content. Panels send it, omit it
 * ({@code Nri1/WA000}) or leave it empty ({@code |Nri2/JC12}).
 */
final class DataBlock {

    private DataBlock() {
    }

    static String content(String data) {
        if (data.isEmpty()) {
            return data;
        }
        if (data.charAt(0) == '|') {
            return data.substring(1);
        }
        if (data.charAt(0) == '#') {
            int bar = data.indexOf('|');
            return bar < 0 ? "" : data.substring(bar + 1);
        }
        return data;
    }

    static boolean allZeros(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }
}
