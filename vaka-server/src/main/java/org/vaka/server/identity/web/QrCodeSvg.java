package org.vaka.server.identity.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;

/**
 * A QR code as an SVG data URI, drawn on the server so that a secret never goes to a third party to be drawn, and
 * the page needs no script for it.
 */
final class QrCodeSvg {

    private static final int QUIET_ZONE = 4;

    private QrCodeSvg() {
    }

    static String dataUri(String text) {
        var matrix = encode(text).getMatrix();
        int size = matrix.getWidth() + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y) == 1) {
                    path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
                }
            }
        }
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\""
                + path + "\"/></svg>";
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }

    private static com.google.zxing.qrcode.encoder.QRCode encode(String text) {
        try {
            return Encoder.encode(text, ErrorCorrectionLevel.M);
        } catch (WriterException e) {
            throw new IllegalArgumentException("too long for a QR code", e);
        }
    }
}
