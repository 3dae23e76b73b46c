package org.vaka.server.billing.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.vaka.server.billing.CreditorReference;
import org.vaka.server.billing.InvoiceLine;
import org.vaka.server.billing.InvoiceView;
import org.vaka.server.billing.MinorUnits;

/**
 * Lays an invoice out on one A4 page: the seller and the invoice's facts at the top, the customer's address where a
 * window envelope shows it, the lines with their VAT, the total, and a payment slip with Bankgiro and OCR (Sweden)
 * or IBAN, reference and RF reference (Finland). Labels are Swedish with English beside them.
 */
final class InvoicePdf {

    record Recipient(String name, String street, String postalCode, String city) {
    }

    private static final float LEFT = 56;
    private static final float RIGHT = 539;

    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    byte[] render(String sellerName, Seller seller, InvoiceView invoice, Recipient recipient) {
        boolean swedish = "SEK".equals(invoice.currency());
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Faktura " + invoice.number());
            info.setAuthor(sellerName);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(document, page)) {
                text(s, bold, 16, LEFT, 790, sellerName);
                text(s, regular, 9, LEFT, 776, seller.address() + "   Org.nr " + seller.organisationNumber());
                text(s, bold, 16, 380, 790, "FAKTURA / INVOICE");
                float y = 768;
                String reference = swedish ? invoice.reference() : spaced(invoice.reference());
                for (String[] fact : new String[][] {
                        {"Fakturanummer / Invoice no.", Long.toString(invoice.number())},
                        {"Kundnummer / Customer no.", invoice.customerNumber()},
                        {"Fakturadatum / Invoice date", invoice.issuedOn().toString()},
                        {"Förfallodatum / Due date", invoice.dueOn().toString()},
                        {swedish ? "OCR-nummer / OCR" : "Viitenumero / Reference", reference}}) {
                    text(s, regular, 9, 380, y, fact[0]);
                    text(s, bold, 9, 500, y, fact[1]);
                    y -= 13;
                }
                float address = 690;
                text(s, bold, 11, LEFT, address, recipient.name());
                if (recipient.street() != null) {
                    text(s, regular, 11, LEFT, address - 14, recipient.street());
                }
                if (recipient.city() != null) {
                    text(s, regular, 11, LEFT, address - 28, (recipient.postalCode() == null ? "" : recipient.postalCode() + " ") + recipient.city());
                }
                text(s, bold, 10, LEFT, 610, "Period: " + invoice.periodStart() + " – " + invoice.periodEnd());

                y = 580;
                text(s, bold, 10, LEFT, y, "Beskrivning / Description");
                right(s, bold, 10, 370, y, "Netto / Net");
                right(s, bold, 10, 445, y, "Moms / VAT");
                right(s, bold, 10, RIGHT, y, "Belopp / Amount");
                rule(s, y - 5);
                y -= 20;
                for (InvoiceLine line : invoice.lines()) {
                    text(s, regular, 10, LEFT, y, line.description());
                    right(s, regular, 10, 370, y, MinorUnits.format(line.net()));
                    right(s, regular, 10, 445, y, MinorUnits.format(line.vat()));
                    right(s, regular, 10, RIGHT, y, MinorUnits.format(line.net() + line.vat()));
                    y -= 15;
                }
                rule(s, y + 8);
                y -= 8;
                String vatRate = swedish ? "25 %" : "25,5 %";
                totalRow(s, y, "Summa exkl. moms / Net total", MinorUnits.format(invoice.net()), invoice.currency(), false);
                totalRow(s, y - 15, "Moms / VAT " + vatRate, MinorUnits.format(invoice.vat()), invoice.currency(), false);
                totalRow(s, y - 32, "Att betala / Total to pay", MinorUnits.format(invoice.total()), invoice.currency(), true);

                float slip = 150;
                rule(s, slip + 40);
                text(s, bold, 11, LEFT, slip + 20, "Betalning / Payment");
                if (swedish) {
                    slipRow(s, slip, "Bankgiro", seller.bankgiro());
                    slipRow(s, slip - 15, "OCR-nummer", invoice.reference());
                } else {
                    slipRow(s, slip, "IBAN", seller.iban());
                    slipRow(s, slip - 15, "BIC", seller.bic());
                    slipRow(s, slip - 30, "Viitenumero / Reference", spaced(invoice.reference()));
                    slipRow(s, slip - 45, "RF-viite / RF reference", CreditorReference.printed(CreditorReference.of(invoice.reference())));
                }
                slipRow(s, slip - 60, "Belopp / Amount", MinorUnits.format(invoice.total()) + " " + invoice.currency());
                slipRow(s, slip - 75, "Förfallodatum / Due date", invoice.dueOn().toString());
                text(s, regular, 8, LEFT, 40, swedish
                        ? "Ange OCR-numret vid betalning. Vid försenad betalning debiteras påminnelseavgift och dröjsmålsränta."
                        : "Use the reference number when paying. / Ange referensnumret vid betalning.");
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void totalRow(PDPageContentStream s, float y, String label, String amount, String currency, boolean strong) throws IOException {
        PDType1Font font = strong ? bold : regular;
        int size = strong ? 12 : 10;
        text(s, font, size, 300, y, label);
        right(s, font, size, RIGHT, y, amount + " " + currency);
    }

    private void slipRow(PDPageContentStream s, float y, String label, String value) throws IOException {
        text(s, regular, 10, LEFT, y, label);
        text(s, bold, 10, 220, y, value);
    }

    private static void rule(PDPageContentStream s, float y) throws IOException {
        s.moveTo(LEFT, y);
        s.lineTo(RIGHT, y);
        s.setLineWidth(0.5f);
        s.stroke();
    }

    private void right(PDPageContentStream s, PDType1Font font, float size, float x, float y, String value) throws IOException {
        String printable = printable(font, value);
        text(s, font, size, x - font.getStringWidth(printable) / 1000 * size, y, printable);
    }

    private void text(PDPageContentStream s, PDType1Font font, float size, float x, float y, String value) throws IOException {
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset(x, y);
        s.showText(printable(font, value));
        s.endText();
    }

    /** The standard fonts cover Swedish and Finnish; anything else a customer's name holds becomes '?'. */
    private static String printable(PDType1Font font, String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            try {
                font.encode(String.valueOf(c));
                out.append(c);
            } catch (IllegalArgumentException | IOException e) {
                out.append('?');
            }
        }
        return out.toString();
    }

    /** Finnish references are printed in groups of five from the right. */
    private static String spaced(String reference) {
        StringBuilder out = new StringBuilder();
        int head = reference.length() % 5;
        for (int i = 0; i < reference.length(); i++) {
            if (i > 0 && (i - head) % 5 == 0) {
                out.append(' ');
            }
            out.append(reference.charAt(i));
        }
        return out.toString();
    }
}
