#include "valueparser.h"

#include <QDate>
#include <QTime>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <vector>

using namespace Qt::StringLiterals;

namespace lf {

namespace {

constexpr char16_t kNbsp = 0x00A0;
constexpr char16_t kNarrowNbsp = 0x202F;
constexpr char16_t kMinus = 0x2212;
constexpr char16_t kRightQuote = 0x2019; // written for the Swiss apostrophe by some tools

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiUpper(char16_t c)
{
    return c >= u'A' && c <= u'Z';
}

bool isLetter(QChar c)
{
    return c.isLetter();
}

bool isSpaceSeparator(char16_t c)
{
    return c == u' ' || c == kNbsp || c == kNarrowNbsp;
}

/// The group separator family a character belongs to: ' ' for spaces, '\'' for apostrophes.
char16_t groupFamily(char16_t c)
{
    if (isSpaceSeparator(c))
        return u' ';
    if (c == kRightQuote)
        return u'\'';
    return c;
}

bool isGroupCandidate(char16_t c, char16_t decimal, char16_t group)
{
    const char16_t family = groupFamily(c);
    if (group != 0)
        return family == groupFamily(group) && c != decimal;
    if (family == u' ' || family == u'\'')
        return true;
    return (c == u',' || c == u'.') && c != decimal;
}

bool isSign(QChar c)
{
    return c == u'-' || c == u'+' || c == QChar(kMinus);
}

QStringView trimmed(QStringView s)
{
    return s.trimmed(); // QChar::isSpace: also NBSP and narrow NBSP
}

/// The digits of a number, before any rounding or conversion.
struct NumberParts
{
    QByteArray integer; ///< ASCII digits, may be empty (".5")
    QByteArray fraction; ///< ASCII digits
    int exponent = 0;
    bool hasExponent = false;
};

/// Whether digit group lengths are Western (1-3 digits, then threes: 1,234,567) or Indian
/// (1-2 digits, then twos, then a three: 12,34,567).
bool validGroups(const std::vector<int> &runs)
{
    if (runs.size() < 2)
        return true;
    const bool rest3 = std::all_of(runs.begin() + 1, runs.end(), [](int r) { return r == 3; });
    if (runs.front() >= 1 && runs.front() <= 3 && rest3)
        return true;
    const bool middle2 =
        std::all_of(runs.begin() + 1, runs.end() - 1, [](int r) { return r == 2; });
    return runs.size() >= 3 && runs.front() >= 1 && runs.front() <= 2 && middle2
        && runs.back() == 3;
}

/// Parses an unsigned number: digits, thousands separators in valid groups, decimal part,
/// exponent. s must be trimmed and without sign.
std::optional<NumberParts> parseParts(QStringView s, NumberStyle style)
{
    const char16_t decimal = style.decimalSeparator.unicode();
    const char16_t group = style.groupSeparator.unicode();
    NumberParts parts;
    const qsizetype n = s.size();
    qsizetype i = 0;
    std::vector<int> runs {0}; // digits between group separators
    char16_t usedGroup = 0;
    while (i < n) {
        const char16_t c = s[i].unicode();
        if (isDigit(c)) {
            parts.integer.append(char(c));
            ++runs.back();
            ++i;
            continue;
        }
        if (c == decimal || !isGroupCandidate(c, decimal, group))
            break;
        const char16_t family = groupFamily(c);
        if ((usedGroup && family != usedGroup) || runs.back() == 0)
            return std::nullopt;
        usedGroup = family;
        runs.push_back(0);
        ++i;
    }
    if (!validGroups(runs))
        return std::nullopt;
    if (i < n && s[i] == QChar(decimal)) {
        ++i;
        while (i < n && isDigit(s[i].unicode()))
            parts.fraction.append(char(s[i++].unicode()));
    }
    if (parts.integer.isEmpty() && parts.fraction.isEmpty())
        return std::nullopt;
    if (i < n && (s[i] == u'e' || s[i] == u'E')) {
        ++i;
        bool negative = false;
        if (i < n && isSign(s[i])) {
            negative = s[i] != u'+';
            ++i;
        }
        const qsizetype start = i;
        int value = 0;
        while (i < n && isDigit(s[i].unicode()) && i - start < 4)
            value = value * 10 + (s[i++].unicode() - u'0');
        if (i == start)
            return std::nullopt;
        parts.exponent = negative ? -value : value;
        parts.hasExponent = true;
    }
    if (i != n)
        return std::nullopt;
    return parts;
}

std::optional<double> toDouble(const NumberParts &parts, bool negative)
{
    QByteArray ascii;
    ascii.reserve(parts.integer.size() + parts.fraction.size() + 8);
    if (negative)
        ascii.append('-');
    ascii.append(parts.integer.isEmpty() ? QByteArray("0") : parts.integer);
    if (!parts.fraction.isEmpty())
        ascii.append('.').append(parts.fraction);
    if (parts.hasExponent)
        ascii.append('e').append(QByteArray::number(parts.exponent));
    double value = 0;
    const auto [end, ec] = std::from_chars(
        ascii.constData(), ascii.constData() + ascii.size(), value, std::chars_format::general);
    if (ec != std::errc() || end != ascii.constData() + ascii.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

/// The sign of a value: a leading '+', '-' or U+2212, or accounting parentheses around it.
/// At most one is taken; take() and takeParentheses() remove it from the text.
struct Sign
{
    bool negative = false;
    bool seen = false;

    void take(QStringView &s)
    {
        if (seen || s.isEmpty() || !isSign(s.front()))
            return;
        negative = s.front() != u'+';
        seen = true;
        s = trimmed(s.sliced(1));
    }
    void takeParentheses(QStringView &s)
    {
        if (s.size() >= 2 && s.front() == u'(' && s.back() == u')') {
            negative = true;
            seen = true;
            s = trimmed(s.sliced(1, s.size() - 2));
        }
    }
};

bool isCurrencySymbol(QChar c)
{
    static constexpr char16_t symbols[] = {u'$', 0x20AC /*€*/, 0x00A3 /*£*/, 0x00A5 /*¥*/,
        0x20B9 /*₹*/, 0x20BD /*₽*/, 0x20A9 /*₩*/, 0x20AA /*₪*/, 0x20BA /*₺*/, 0x20B4 /*₴*/,
        0x20AB /*₫*/, 0x20A6 /*₦*/, 0x20B1 /*₱*/, 0x0E3F /*฿*/};
    return std::find(std::begin(symbols), std::end(symbols), c.unicode()) != std::end(symbols);
}

bool isCurrencyCode(QStringView code)
{
    static constexpr const char16_t *codes[] = {u"USD", u"EUR", u"GBP", u"CHF", u"JPY", u"CNY",
        u"CAD", u"AUD", u"NZD", u"SEK", u"NOK", u"DKK", u"ISK", u"PLN", u"CZK", u"HUF", u"RON",
        u"BGN", u"TRY", u"RUB", u"UAH", u"ILS", u"INR", u"PKR", u"BDT", u"LKR", u"SGD", u"HKD",
        u"TWD", u"KRW", u"THB", u"MYR", u"IDR", u"PHP", u"VND", u"AED", u"SAR", u"QAR", u"KWD",
        u"BHD", u"OMR", u"EGP", u"ZAR", u"NGN", u"KES", u"MAD", u"BRL", u"MXN", u"ARS", u"CLP",
        u"COP", u"PEN", u"UYU"};
    return std::any_of(std::begin(codes), std::end(codes),
        [&](const char16_t *c) { return code == QStringView(c); });
}

/// Words written for a few currencies instead of a symbol or code.
constexpr const char16_t *kCurrencyWords[] = {u"kr.", u"kr", u"z\u0142", u"K\u010d", u"Ft"};

/// Removes a currency symbol, code or word from the start of s.
bool stripCurrencyPrefix(QStringView &s)
{
    // "US$", "CA$", "A$", "R$": up to two capitals before '$'.
    qsizetype caps = 0;
    while (caps < s.size() && caps < 3 && isAsciiUpper(s[caps].unicode()))
        ++caps;
    if (caps <= 2 && caps < s.size() && s[caps] == u'$') {
        s = trimmed(s.sliced(caps + 1));
        return true;
    }
    if (!s.isEmpty() && isCurrencySymbol(s.front())) {
        s = trimmed(s.sliced(1));
        return true;
    }
    if (s.size() >= 3 && isCurrencyCode(s.first(3)) && (s.size() == 3 || !isLetter(s[3]))) {
        s = trimmed(s.sliced(3));
        return true;
    }
    for (const char16_t *word : kCurrencyWords) {
        const QStringView w(word);
        if (s.startsWith(w) && (s.size() == w.size() || !isLetter(s[w.size()]))) {
            s = trimmed(s.sliced(w.size()));
            return true;
        }
    }
    return false;
}

/// Removes a currency symbol, code or word from the end of s.
bool stripCurrencySuffix(QStringView &s)
{
    if (!s.isEmpty() && isCurrencySymbol(s.back())) {
        s = trimmed(s.chopped(1));
        return true;
    }
    if (s.size() >= 3 && isCurrencyCode(s.last(3))
        && (s.size() == 3 || !isLetter(s[s.size() - 4]))) {
        s = trimmed(s.chopped(3));
        return true;
    }
    for (const char16_t *word : kCurrencyWords) {
        const QStringView w(word);
        if (s.endsWith(w) && (s.size() == w.size() || !isLetter(s[s.size() - w.size() - 1]))) {
            s = trimmed(s.chopped(w.size()));
            return true;
        }
    }
    return false;
}

/// The number part of a money value: sign, parentheses and currency removed.
QStringView stripMoney(QStringView text, Sign &sign)
{
    QStringView s = trimmed(text);
    sign.takeParentheses(s);
    sign.take(s);
    stripCurrencyPrefix(s);
    sign.take(s);
    stripCurrencySuffix(s);
    return s;
}

/// A left-to-right reader for dates and times.
struct Cursor
{
    QStringView s;
    qsizetype i = 0;

    bool atEnd() const { return i >= s.size(); }
    char16_t peek() const { return atEnd() ? 0 : s[i].unicode(); }
    bool eat(char16_t c)
    {
        if (atEnd() || s[i] != QChar(c))
            return false;
        ++i;
        return true;
    }
    /// Reads minDigits..maxDigits digits (and fails on more); -1 if there are too few.
    int number(int minDigits, int maxDigits, int *count = nullptr)
    {
        int value = 0;
        int n = 0;
        while (!atEnd() && isDigit(peek()) && n < maxDigits) {
            value = value * 10 + (peek() - u'0');
            ++i;
            ++n;
        }
        if (n < minDigits || (!atEnd() && isDigit(peek())))
            return -1;
        if (count)
            *count = n;
        return value;
    }
    /// Reads exactly digits digits; -1 if they are not there.
    int fixed(int digits)
    {
        int value = 0;
        for (int n = 0; n < digits; ++n) {
            if (atEnd() || !isDigit(peek()))
                return -1;
            value = value * 10 + (peek() - u'0');
            ++i;
        }
        return value;
    }
    bool skipSpaces()
    {
        const qsizetype start = i;
        while (!atEnd() && QChar(peek()).isSpace())
            ++i;
        return i > start;
    }
    /// Consumes word (ASCII, compared case-insensitively) if it comes next.
    bool eatWord(QStringView word)
    {
        if (s.size() - i < word.size()
            || s.sliced(i, word.size()).compare(word, Qt::CaseInsensitive) != 0)
            return false;
        i += word.size();
        return true;
    }
};

int expandYear(int year, int digits)
{
    if (digits != 2)
        return year;
    return year < 30 ? 2000 + year : 1900 + year;
}

/// The first two parts of a slash or dash date ("11/05/2026" → 11, 5) if text is one.
std::optional<std::pair<int, int>> slashDateParts(QStringView text)
{
    Cursor c {trimmed(text)};
    const int a = c.number(1, 2);
    const char16_t sep = c.peek();
    if (a < 0 || (sep != u'/' && sep != u'-'))
        return std::nullopt;
    ++c.i;
    const int b = c.number(1, 2);
    if (b < 0 || !c.eat(sep))
        return std::nullopt;
    int yearDigits = 0;
    if (c.number(2, 4, &yearDigits) < 0 || yearDigits == 3)
        return std::nullopt;
    return std::pair {a, b};
}

} // namespace

NumberStyle ValueParser::detectNumberStyle(const QList<QString> &samples)
{
    qsizetype pointVotes = 0;
    qsizetype commaVotes = 0;
    qsizetype ambiguousComma = 0; // "1,234": a group separator if the decimal is a point
    qsizetype ambiguousDot = 0;
    std::map<char16_t, qsizetype> groups; // family → samples using it

    for (const QString &sample : samples) {
        Sign sign;
        const QStringView s = stripMoney(sample, sign);
        bool digits = false;
        bool clean = !s.isEmpty();
        qsizetype dots = 0, commas = 0, lastDot = -1, lastComma = -1;
        char16_t otherGroup = 0;
        for (qsizetype i = 0; i < s.size() && clean; ++i) {
            const char16_t c = s[i].unicode();
            if (isDigit(c)) {
                digits = true;
            } else if (c == u'.') {
                ++dots;
                lastDot = i;
            } else if (c == u',') {
                ++commas;
                lastComma = i;
            } else if (isSpaceSeparator(c) || c == u'\'' || c == kRightQuote) {
                otherGroup = groupFamily(c);
            } else {
                clean = false;
            }
        }
        if (!clean || !digits)
            continue;
        if (otherGroup)
            ++groups[otherGroup];

        // A lone separator: decimal unless exactly three digits follow a 1-3 digit group that is
        // not a lone 0 ("0,125" is a fraction) and no other group separator is in use.
        auto loneSeparator = [&](qsizetype at, qsizetype &decimalVotes, qsizetype &ambiguous) {
            const qsizetype after = s.size() - at - 1;
            qsizetype before = 0;
            while (at - before - 1 >= 0 && isDigit(s[at - before - 1].unicode()))
                ++before;
            const bool leadingZero = before == 1 && s[at - 1] == u'0';
            if (after == 3 && before >= 1 && before <= 3 && !leadingZero && !otherGroup)
                ++ambiguous;
            else
                ++decimalVotes;
        };
        if (dots && commas) {
            if (lastDot > lastComma) {
                ++pointVotes;
                ++groups[u','];
            } else {
                ++commaVotes;
                ++groups[u'.'];
            }
        } else if (commas >= 2) {
            ++pointVotes;
            ++groups[u','];
        } else if (dots >= 2) {
            ++commaVotes;
            ++groups[u'.'];
        } else if (commas == 1) {
            loneSeparator(lastComma, commaVotes, ambiguousComma);
        } else if (dots == 1) {
            loneSeparator(lastDot, pointVotes, ambiguousDot);
        }
    }

    NumberStyle style;
    style.decimalSeparator = commaVotes > pointVotes ? u',' : u'.';
    if (style.decimalSeparator == u'.')
        groups[u','] += ambiguousComma;
    else
        groups[u'.'] += ambiguousDot;
    qsizetype best = 0;
    for (const auto &[family, count] : groups) {
        if (family != style.decimalSeparator.unicode() && count > best) {
            best = count;
            style.groupSeparator = QChar(family);
        }
    }
    return style;
}

std::optional<double> ValueParser::parseNumber(QStringView text, NumberStyle style)
{
    QStringView s = trimmed(text);
    Sign sign;
    sign.takeParentheses(s);
    sign.take(s);
    const auto parts = parseParts(s, style);
    if (!parts)
        return std::nullopt;
    return toDouble(*parts, sign.negative);
}

std::optional<qint64> ValueParser::parseMoneyMinorUnits(QStringView text, NumberStyle style)
{
    Sign sign;
    const QStringView s = stripMoney(text, sign);
    const auto parts = parseParts(s, style);
    if (!parts)
        return std::nullopt;
    if (parts->hasExponent) {
        const auto value = toDouble(*parts, sign.negative);
        if (!value || std::abs(*value) * 100.0 >= 9.0e18)
            return std::nullopt;
        return qint64(std::llround(*value * 100.0));
    }
    QByteArray integer = parts->integer;
    while (integer.size() > 1 && integer.front() == '0')
        integer.remove(0, 1);
    if (integer.size() > 16) // keeps integer * 100 far below 2^63
        return std::nullopt;
    qint64 units = 0;
    for (char c : integer)
        units = units * 10 + (c - '0');
    const QByteArray &fraction = parts->fraction;
    for (qsizetype i = 0; i < 2; ++i)
        units = units * 10 + (i < fraction.size() ? fraction[i] - '0' : 0);
    if (fraction.size() > 2 && fraction[2] >= '5')
        ++units; // half away from zero: the sign is applied after
    return sign.negative ? -units : units;
}

DateOrder ValueParser::detectDateOrder(const QList<QString> &samples)
{
    bool dayFirst = false;
    bool monthFirst = false;
    for (const QString &sample : samples) {
        const auto parts = slashDateParts(sample);
        if (!parts)
            continue;
        const auto [a, b] = *parts;
        if (a > 12 && b >= 1 && b <= 12)
            dayFirst = true;
        else if (b > 12 && a >= 1 && a <= 12)
            monthFirst = true;
    }
    if (dayFirst == monthFirst)
        return DateOrder::Ambiguous;
    return dayFirst ? DateOrder::DayFirst : DateOrder::MonthFirst;
}

std::optional<QDateTime> ValueParser::parseDateTime(QStringView text, DateOrder order)
{
    Cursor c {trimmed(text)};
    int firstDigits = 0;
    const int first = c.number(1, 4, &firstDigits);
    if (first < 0)
        return std::nullopt;

    QDate date;
    bool yearFirst = false;
    if (firstDigits == 4) {
        const char16_t sep = c.peek();
        if (sep != u'-' && sep != u'/')
            return std::nullopt;
        ++c.i;
        const int month = c.number(1, 2);
        if (month < 0 || !c.eat(sep))
            return std::nullopt;
        const int day = c.number(1, 2);
        if (day < 0)
            return std::nullopt;
        date = QDate(first, month, day);
        yearFirst = true;
    } else if (firstDigits <= 2) {
        const char16_t sep = c.peek();
        if (sep != u'.' && sep != u'/' && sep != u'-')
            return std::nullopt;
        ++c.i;
        const int second = c.number(1, 2);
        if (second < 0 || !c.eat(sep))
            return std::nullopt;
        int yearDigits = 0;
        const int year = c.number(2, 4, &yearDigits);
        if (year < 0 || yearDigits == 3)
            return std::nullopt;
        int day = first;
        int month = second;
        if (sep != u'.') {
            switch (order) {
            case DateOrder::DayFirst:
                break;
            case DateOrder::MonthFirst:
                std::swap(day, month);
                break;
            case DateOrder::Ambiguous:
                if (second > 12 && first <= 12)
                    std::swap(day, month);
                else if (!(first > 12 && second <= 12) && first != second)
                    return std::nullopt;
                break;
            }
        }
        date = QDate(expandYear(year, yearDigits), month, day);
    } else {
        return std::nullopt;
    }
    if (!date.isValid())
        return std::nullopt;

    QTime time(0, 0);
    int offsetSeconds = 0;
    if (!c.atEnd()) {
        if (!(yearFirst && (c.eat(u'T') || c.eat(u't'))) && !c.skipSpaces())
            return std::nullopt;
        int hour = c.number(1, 2);
        if (hour < 0 || !c.eat(u':'))
            return std::nullopt;
        const int minute = c.number(2, 2);
        if (minute < 0)
            return std::nullopt;
        int second = 0;
        int millisecond = 0;
        if (c.eat(u':')) {
            second = c.number(2, 2);
            if (second < 0)
                return std::nullopt;
            if (c.eat(u'.') || c.eat(u',')) {
                int digits = 0;
                int scale = 100;
                while (!c.atEnd() && isDigit(c.peek()) && digits < 9) {
                    millisecond += (c.peek() - u'0') * scale;
                    scale /= 10;
                    ++c.i;
                    ++digits;
                }
                if (digits == 0 || (!c.atEnd() && isDigit(c.peek())))
                    return std::nullopt;
            }
        }
        c.skipSpaces();
        const bool am = c.eatWord(u"am") || c.eatWord(u"a.m.");
        const bool pm = !am && (c.eatWord(u"pm") || c.eatWord(u"p.m."));
        if (am || pm) {
            if (hour < 1 || hour > 12)
                return std::nullopt;
            hour = hour % 12 + (pm ? 12 : 0);
            c.skipSpaces();
        }
        if (c.eat(u'Z') || c.eat(u'z') || c.eatWord(u"UTC") || c.eatWord(u"GMT")) {
            offsetSeconds = 0;
        } else if (!c.atEnd() && isSign(QChar(c.peek()))) {
            const bool negative = c.peek() != u'+';
            ++c.i;
            const int hours = c.fixed(2);
            int minutes = 0;
            if (hours < 0 || hours > 23)
                return std::nullopt;
            if (c.eat(u':') || (!c.atEnd() && isDigit(c.peek()))) {
                minutes = c.fixed(2);
                if (minutes < 0 || minutes > 59)
                    return std::nullopt;
            }
            offsetSeconds = (negative ? -1 : 1) * (hours * 3600 + minutes * 60);
        }
        if (!c.atEnd())
            return std::nullopt;
        time = QTime(hour, minute, second, millisecond);
        if (!time.isValid())
            return std::nullopt;
    }
    return QDateTime(date, time, Qt::UTC).addSecs(-offsetSeconds);
}

} // namespace lf
