// libFuzzer target: lf::ValueParser on arbitrary cell values (docs/fuzzing.md).
//
// The input is a column of values: its bytes as UTF-8 split into lines, each parsed as a number,
// an amount of money and a date in several styles and orders, and the lines together given to
// detectNumberStyle() and detectDateOrder() as a column's samples; the whole input as raw UTF-16
// code units (lone surrogates too) is parsed as one value. Besides crashes, leaks and undefined
// behaviour, the promises of valueparser.h are checked: numbers are finite, detected styles use
// '.' or ',' as the decimal separator and a different group separator, dates are valid UTC times,
// and an ISO 8601 text of a parsed time reads back as the same time.

#include "io/valueparser.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

using lf::DateOrder;
using lf::NumberStyle;
using lf::ValueParser;

namespace {

void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "fuzz_valueparser: broken promise: %s\n", what);
        std::abort();
    }
}

const std::array<NumberStyle, 7> kStyles = {NumberStyle {}, NumberStyle {u',', QChar()},
    NumberStyle {u'.', u','}, NumberStyle {u',', u'.'}, NumberStyle {u',', u' '},
    NumberStyle {u'.', u'\''}, NumberStyle {u'.', QChar(0x00A0)}};

void parseValue(QStringView text, const NumberStyle &detected, DateOrder detectedOrder)
{
    for (const NumberStyle &style : kStyles) {
        if (const auto number = ValueParser::parseNumber(text, style))
            check(std::isfinite(*number), "a number is finite");
        ValueParser::parseMoneyMinorUnits(text, style);
    }
    if (const auto number = ValueParser::parseNumber(text, detected))
        check(std::isfinite(*number), "a number in the detected style is finite");
    ValueParser::parseMoneyMinorUnits(text, detected);

    for (const DateOrder order :
        {DateOrder::Ambiguous, DateOrder::DayFirst, DateOrder::MonthFirst, detectedOrder}) {
        const std::optional<QDateTime> time = ValueParser::parseDateTime(text, order);
        if (!time)
            continue;
        check(time->isValid(), "a parsed time is valid");
        check(time->timeSpec() == Qt::UTC, "a parsed time is in UTC");
        const int year = time->date().year();
        if (year >= 1000 && year <= 9999) {
            const QString iso = time->toString(Qt::ISODateWithMs);
            check(ValueParser::parseDateTime(iso) == time,
                "the ISO 8601 text of a parsed time reads back as that time");
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(bytes), qsizetype(size));
    QStringList samples = text.split(u'\n');
    if (samples.size() > 64)
        samples.resize(64);

    const NumberStyle style = ValueParser::detectNumberStyle(samples);
    check(style.decimalSeparator == u'.' || style.decimalSeparator == u',',
        "the decimal separator is '.' or ','");
    check(style.groupSeparator != style.decimalSeparator,
        "the group separator is not the decimal separator");
    const DateOrder order = ValueParser::detectDateOrder(samples);

    for (const QString &sample : std::as_const(samples))
        parseValue(sample, style, order);

    QString utf16(qsizetype(size / 2), Qt::Uninitialized);
    std::memcpy(utf16.data(), bytes, size_t(utf16.size()) * sizeof(QChar));
    parseValue(utf16, style, order);
    return 0;
}
