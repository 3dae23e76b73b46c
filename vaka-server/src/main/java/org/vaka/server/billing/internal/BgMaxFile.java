package org.vaka.server.billing.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.vaka.server.billing.InvalidBillingInputException;

/**
 * Reads Bankgirot's BgMax payment file: fixed 80-column records, each starting with its two-digit type.
 * <ul>
 * <li>01 start (layout name BGMAX, version, written at, P or T) and 70 end (counts, checked against what was read);</li>
 * <li>05 opens a deposit section for a receiving bankgiro and currency; 15 closes it with the payment date;</li>
 * <li>20 a payment and 21 a deduction (a negative amount): sender bankgiro, reference (columns 13–37), amount in
 * öre (38–55), reference code, channel, Bankgirot's serial number (58–69);</li>
 * <li>22 and 23 extra references for the payment before them, tried in order when its own reference matches nothing;</li>
 * <li>25 information text and 26–29 the payer's name, address, city and organisation number (26 keeps the name).</li>
 * </ul>
 */
final class BgMaxFile {

    record Payment(String reference, long amount, LocalDate paidOn, String payer, String serial, List<String> extraReferences) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private BgMaxFile() {
    }

    static List<Payment> parse(String file) {
        List<Payment> payments = new ArrayList<>();
        List<Builder> section = new ArrayList<>();
        Builder current = null;
        boolean started = false;
        boolean ended = false;
        int paymentRecords = 0;
        int deductionRecords = 0;
        int extraReferenceRecords = 0;
        int depositRecords = 0;
        String[] lines = file.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            int at = i + 1;
            String record = pad(line);
            String type = record.substring(0, 2);
            if (!started && !type.equals("01")) {
                throw refused(at, "a BgMax file starts with a 01 record");
            }
            if (ended) {
                throw refused(at, "nothing may follow the 70 record");
            }
            switch (type) {
                case "01" -> {
                    if (started || !record.substring(2, 22).strip().equals("BGMAX")) {
                        throw refused(at, "not a BgMax start record");
                    }
                    started = true;
                }
                case "05" -> section.clear();
                case "20", "21" -> {
                    long amount = amount(record.substring(37, 55), at);
                    current = new Builder(record.substring(12, 37).strip(), type.equals("21") ? -amount : amount,
                            record.substring(57, 69).strip());
                    section.add(current);
                    if (type.equals("20")) {
                        paymentRecords++;
                    } else {
                        deductionRecords++;
                    }
                }
                case "22", "23" -> {
                    requirePayment(current, at);
                    current.extraReferences.add(record.substring(12, 37).strip());
                    extraReferenceRecords++;
                }
                case "25", "27", "28", "29" -> requirePayment(current, at);
                case "26" -> {
                    requirePayment(current, at);
                    current.payer = record.substring(2, 37).strip();
                }
                case "15" -> {
                    LocalDate paidOn;
                    try {
                        paidOn = LocalDate.parse(record.substring(37, 45), DAY);
                    } catch (RuntimeException e) {
                        throw refused(at, "the deposit's payment date is not yyyymmdd");
                    }
                    for (Builder b : section) {
                        payments.add(new Payment(b.reference, b.amount, paidOn, b.payer, b.serial, List.copyOf(b.extraReferences)));
                    }
                    section.clear();
                    current = null;
                    depositRecords++;
                }
                case "70" -> {
                    if (count(record, 2, at) != paymentRecords || count(record, 10, at) != deductionRecords
                            || count(record, 18, at) != extraReferenceRecords || count(record, 26, at) != depositRecords) {
                        throw refused(at, "the end record's counts do not match the file (" + paymentRecords + " payments, "
                                + deductionRecords + " deductions, " + extraReferenceRecords + " extra references, "
                                + depositRecords + " deposits)");
                    }
                    ended = true;
                }
                default -> throw refused(at, "unknown record type " + type);
            }
        }
        if (!ended) {
            throw refused(lines.length, "the file has no 70 end record");
        }
        if (!section.isEmpty()) {
            throw refused(lines.length, "payments without their deposit (15) record");
        }
        return payments;
    }

    private static final class Builder {
        final String reference;
        final long amount;
        final String serial;
        final List<String> extraReferences = new ArrayList<>();
        String payer;

        Builder(String reference, long amount, String serial) {
            this.reference = reference;
            this.amount = amount;
            this.serial = serial;
        }
    }

    private static void requirePayment(Builder current, int at) {
        if (current == null) {
            throw refused(at, "this record belongs after a payment (20 or 21)");
        }
    }

    private static long amount(String digits, int at) {
        if (!digits.chars().allMatch(Character::isDigit)) {
            throw refused(at, "the amount is not 18 digits");
        }
        return Long.parseLong(digits);
    }

    private static int count(String record, int from, int at) {
        String digits = record.substring(from, from + 8);
        if (!digits.chars().allMatch(Character::isDigit)) {
            throw refused(at, "the end record's counts are not digits");
        }
        return Integer.parseInt(digits);
    }

    private static String pad(String line) {
        return line.length() >= 80 ? line : line + " ".repeat(80 - line.length());
    }

    private static InvalidBillingInputException refused(int line, String message) {
        return new InvalidBillingInputException("body", "line " + line + ": " + message);
    }
}
