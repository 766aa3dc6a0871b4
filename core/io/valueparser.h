#pragma once

#include <QChar>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace lf {

/// How the numbers of one column are written.
struct NumberStyle
{
    /// '.' ("1,234.50", US/UK/CH) or ',' ("1.234,50", most of continental Europe).
    QChar decimalSeparator = u'.';
    /// The thousands separator the column uses: ',' '.' ' ' (any space: U+0020, NBSP U+00A0 and
    /// narrow NBSP U+202F count as one) or '\'' (Swiss "1'234.50"); null = any of them except the
    /// decimal separator.
    QChar groupSeparator;

    bool operator==(const NumberStyle &) const = default;
};

/// Which part of a slash or dash date ("05/11/2026", "05-11-2026") is the day.
enum class DateOrder {
    Ambiguous, ///< unknown: only dates that tell by themselves (a part > 12, or equal parts) parse
    DayFirst, ///< 11/05/2026 is 11 May (UK, France, Germany, India, Latin America, ...)
    MonthFirst, ///< 05/11/2026 is 11 May (US)
};

/// Reads numbers, money and dates the way spreadsheets write them in CSV files in common locales.
/// Stateless and thread-safe. Every function returns nothing (never a guess) for text that is not
/// entirely one value: "12 apples", "1,5" in a decimal-point column, "31/02/2026".
class ValueParser
{
public:
    /// Decides a column's number style from sample values (non-numbers are ignored).
    /// Decisive evidence: both '.' and ',' in one value (the last one is the decimal separator),
    /// a separator used twice (a thousands separator), one followed by other than 3 digits or
    /// preceded by a lone 0 (a decimal separator). "1,234" alone is ambiguous; with no evidence
    /// the result is the decimal point. groupSeparator is the one most often seen, or null.
    static NumberStyle detectNumberStyle(const QList<QString> &samples);

    /// A number: optional sign ('+', '-', U+2212) or accounting parentheses "(12.50)" for
    /// negative, digits with optional thousands separators in groups of three ("1,234,567") or
    /// Indian groups ("12,34,567"), one kind of separator per number, optional decimal part,
    /// optional exponent ("1.5E+03"); surrounding whitespace is ignored.
    /// Percent signs, currency and units are not numbers (see parseMoneyMinorUnits()).
    static std::optional<double> parseNumber(QStringView text, NumberStyle style = {});

    /// An amount of money in hundredths (cents) of its currency: "$1,234.56" → 123456,
    /// "1.234,56 €" → 123456 with a decimal-comma style, "-EUR 5" → -500, "(USD 12.50)" → -1250.
    /// A currency symbol ($ € £ ¥ ₹ ₽ ₩ ₪ ₺ ₴ ₫ ₦ ₱ ฿, with a country prefix like US$
    /// CA$ A$ R$), a three-letter code (USD, EUR, ...) or kr/zł/Kč/Ft may stand before or after the
    /// number; more than two decimals are rounded half away from zero. Nothing for garbage or
    /// overflow.
    static std::optional<qint64> parseMoneyMinorUnits(QStringView text, NumberStyle style = {});

    /// Decides day-first or month-first from a column's slash or dash dates: a sample whose first
    /// part is above 12 says day-first, one whose second part is above 12 says month-first.
    /// Ambiguous when no sample tells, when samples disagree, or when the column has no such
    /// dates at all (ISO and dotted dates do not need an order).
    static DateOrder detectDateOrder(const QList<QString> &samples);

    /// A point in time, returned in UTC. Accepted forms (surrounding whitespace ignored):
    /// - ISO 8601: "2026-05-11", "2026-05-11T13:52:30.710Z", "2026-05-11 13:52:30+02:00",
    ///   offsets as Z, +hh, +hhmm or +hh:mm (also "2026/05/11", year first);
    /// - "11.05.2026" (always day first, German style);
    /// - "11/05/2026" and "11-05-2026", read with order (see DateOrder::Ambiguous);
    /// each optionally with a time "13:52", "13:52:30", "13:52:30.710" or "1:52 PM" (12-hour
    /// with AM/PM), then optionally Z, an offset, "UTC" or "GMT".
    /// A date without a time is midnight. **Naive times (no Z or offset) are taken as UTC**, not as
    /// the computer's local time, so an import gives the same result everywhere.
    /// Two-digit years (only in the dotted, slash and dash forms) follow Excel: 00–29 are
    /// 2000–2029, 30–99 are 1930–1999. Fractions beyond milliseconds are truncated.
    static std::optional<QDateTime> parseDateTime(
        QStringView text, DateOrder order = DateOrder::Ambiguous);
};

} // namespace lf
