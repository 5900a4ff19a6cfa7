package org.familyties.instruments.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Pattern;
import org.familyties.instruments.TextValidation;

/** Parses and describes the values a text validation accepts. Dates and times are in ISO order. */
public final class ValueFormats {

    private static final DateTimeFormatter DATE = strict("uuuu-MM-dd");
    private static final DateTimeFormatter DATE_TIME = strict("uuuu-MM-dd HH:mm");
    private static final DateTimeFormatter DATE_TIME_SECONDS = strict("uuuu-MM-dd HH:mm:ss");
    private static final DateTimeFormatter TIME = strict("HH:mm");
    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d+");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)");
    private static final Pattern NUMBER_1DP = Pattern.compile("[-+]?\\d+\\.\\d");
    private static final Pattern NUMBER_2DP = Pattern.compile("[-+]?\\d+\\.\\d\\d");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-]+");
    private static final Pattern POSTCODE_UK =
            Pattern.compile("(?i)(GIR ?0AA|[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2})");
    private static final Pattern ALPHA = Pattern.compile("\\p{L}+");

    private ValueFormats() {
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }

    /** The value as a comparable (number, date, time) or the text itself; null when it is not valid. */
    public static Comparable<?> parse(TextValidation validation, String text) {
        String t = text.strip();
        try {
            return switch (validation) {
                case INTEGER -> INTEGER.matcher(t).matches() ? new BigDecimal(t) : null;
                case NUMBER -> NUMBER.matcher(t).matches() ? new BigDecimal(t) : null;
                case NUMBER_1DP -> NUMBER_1DP.matcher(t).matches() ? new BigDecimal(t) : null;
                case NUMBER_2DP -> NUMBER_2DP.matcher(t).matches() ? new BigDecimal(t) : null;
                case DATE_YMD, DATE_DMY, DATE_MDY -> LocalDate.parse(t, DATE);
                case DATETIME_YMD, DATETIME_DMY, DATETIME_MDY -> LocalDateTime.parse(t, DATE_TIME);
                case DATETIME_SECONDS_YMD, DATETIME_SECONDS_DMY, DATETIME_SECONDS_MDY ->
                        LocalDateTime.parse(t, DATE_TIME_SECONDS);
                case TIME -> LocalTime.parse(t, TIME);
                case EMAIL -> EMAIL.matcher(t).matches() ? t : null;
                case PHONE -> PHONE.matcher(t).matches() && digits(t) >= 10 && digits(t) <= 15 ? t : null;
                case POSTCODE_UK -> POSTCODE_UK.matcher(t).matches() ? t : null;
                case ALPHA_ONLY -> ALPHA.matcher(t).matches() ? t : null;
                case AUTOCOMPLETE, SIGNATURE -> t;
            };
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A min or max: like a value, but dates and times may also be "today" or "now". */
    public static Comparable<?> parseBound(TextValidation validation, String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("today") || t.equals("now")) {
            if (validation.isDate()) {
                return LocalDate.now();
            }
            if (validation.isDateTime()) {
                return LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
            }
            if (validation == TextValidation.TIME) {
                return LocalTime.now().truncatedTo(ChronoUnit.MINUTES);
            }
        }
        // Bounds of numbers need not have the values' own precision: 0 is a fine minimum for number_1dp.
        return parse(validation.isNumeric() ? TextValidation.NUMBER : validation, text);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static int compare(Comparable a, Comparable b) {
        return a.compareTo(b);
    }

    /** What to write, phrased to finish "Enter ...". */
    public static String expected(TextValidation validation) {
        return switch (validation) {
            case INTEGER -> "a whole number, such as 12";
            case NUMBER -> "a number, such as 3.5";
            case NUMBER_1DP -> "a number with one decimal place, such as 3.5";
            case NUMBER_2DP -> "a number with two decimal places, such as 3.50";
            case DATE_YMD, DATE_DMY, DATE_MDY -> "a real date as YYYY-MM-DD, such as 2024-03-31";
            case DATETIME_YMD, DATETIME_DMY, DATETIME_MDY -> "a date and time as YYYY-MM-DD HH:MM, such as 2024-03-31 14:05";
            case DATETIME_SECONDS_YMD, DATETIME_SECONDS_DMY, DATETIME_SECONDS_MDY ->
                    "a date and time as YYYY-MM-DD HH:MM:SS, such as 2024-03-31 14:05:00";
            case TIME -> "a time as HH:MM, such as 09:30";
            case EMAIL -> "an email address, such as name@example.org";
            case PHONE -> "a phone number of 10 to 15 digits, such as 0113 496 0000";
            case POSTCODE_UK -> "a UK postcode, such as LS1 4AP";
            case ALPHA_ONLY -> "letters only";
            case AUTOCOMPLETE -> "one of the options";
            case SIGNATURE -> "a signature";
        };
    }

    private static long digits(String text) {
        return text.chars().filter(Character::isDigit).count();
    }
}
