package org.vaka.server.billing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes BgMax files the way Bankgirot lays them out (80 columns, fixed fields), for tests: one deposit section per
 * payment day, each payment with the payer's name and address records.
 */
public final class BgMaxSample {

    private final List<String> records = new ArrayList<>();
    private final List<String> section = new ArrayList<>();
    private int payments;
    private int deductions;
    private int extras;
    private int deposits;
    private long sectionAmount;
    private int sectionCount;

    public BgMaxSample() {
        records.add(pad("01" + left("BGMAX", 20) + "01" + "20261126071500123456" + "P"));
        records.add(pad("05" + "0050501055" + " ".repeat(10) + "SEK"));
    }

    public BgMaxSample payment(String reference, long amount, String serial, String payer) {
        section.add(pad("20" + "0009912346" + left(reference, 25) + zeros(amount, 18) + "2" + "1" + left(serial, 12) + "0"));
        section.add(pad("26" + left(payer, 35)));
        section.add(pad("27" + left("Storgatan 1", 35) + left("11122", 9)));
        section.add(pad("28" + left("Stockholm", 35)));
        payments++;
        sectionAmount += amount;
        sectionCount++;
        return this;
    }

    public BgMaxSample deduction(String reference, long amount, String serial) {
        section.add(pad("21" + "0009912346" + left(reference, 25) + zeros(amount, 18) + "2" + "1" + left(serial, 12) + "0" + "1"));
        deductions++;
        sectionAmount -= amount;
        return this;
    }

    /** A payment without a reference of its own, the reference in an extra-reference record (22). */
    public BgMaxSample paymentWithExtraReference(String reference, long amount, String serial) {
        section.add(pad("20" + "0009912346" + " ".repeat(25) + zeros(amount, 18) + "3" + "1" + left(serial, 12) + "0"));
        section.add(pad("22" + "0009912346" + left(reference, 25) + zeros(amount, 18) + "4" + "1" + left(serial, 12) + "0"));
        section.add(pad("25" + left("Faktura enligt avi", 50)));
        payments++;
        extras++;
        sectionAmount += amount;
        sectionCount++;
        return this;
    }

    public BgMaxSample deposit(LocalDate paidOn) {
        records.addAll(section);
        records.add(pad("15" + left("99801234567", 35) + paidOn.format(DateTimeFormatter.BASIC_ISO_DATE) + zeros(++deposits, 5)
                + zeros(sectionAmount, 18) + "SEK" + zeros(sectionCount, 8) + "K"));
        section.clear();
        sectionAmount = 0;
        sectionCount = 0;
        return this;
    }

    public String file() {
        List<String> all = new ArrayList<>(records);
        all.add(pad("70" + zeros(payments, 8) + zeros(deductions, 8) + zeros(extras, 8) + zeros(deposits, 8)));
        return String.join("\r\n", all) + "\r\n";
    }

    private static String left(String value, int width) {
        return value.length() >= width ? value.substring(0, width) : value + " ".repeat(width - value.length());
    }

    private static String zeros(long value, int width) {
        String digits = Long.toString(value);
        return "0".repeat(width - digits.length()) + digits;
    }

    private static String pad(String record) {
        if (record.length() > 80) {
            throw new IllegalStateException("a BgMax record is 80 columns: " + record);
        }
        return left(record, 80);
    }
}
