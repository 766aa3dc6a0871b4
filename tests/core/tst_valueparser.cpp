#include "io/valueparser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using lf::DateOrder;
using lf::NumberStyle;
using lf::ValueParser;

namespace {

const NumberStyle kPoint {u'.', QChar()};
const NumberStyle kComma {u',', QChar()};

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

} // namespace

class TestValueParser : public QObject
{
    Q_OBJECT

private slots:
    void parseNumber_data();
    void parseNumber();
    void detectNumberStyle_data();
    void detectNumberStyle();
    void parseMoney_data();
    void parseMoney();
    void parseDateTime_data();
    void parseDateTime();
    void detectDateOrder_data();
    void detectDateOrder();
};

void TestValueParser::parseNumber_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<NumberStyle>("style");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("value");

    // en-US / en-GB
    QTest::newRow("integer") << u"42"_s << kPoint << true << 42.0;
    QTest::newRow("US decimal") << u"1234.5"_s << kPoint << true << 1234.5;
    QTest::newRow("US grouped") << u"1,234,567.89"_s << kPoint << true << 1234567.89;
    QTest::newRow("US negative") << u"-0.75"_s << kPoint << true << -0.75;
    QTest::newRow("plus sign") << u"+3"_s << kPoint << true << 3.0;
    QTest::newRow("unicode minus") << u"\u22125.5"_s << kPoint << true << -5.5;
    QTest::newRow("accounting negative") << u"(1,234.50)"_s << kPoint << true << -1234.5;
    QTest::newRow("leading point") << u".5"_s << kPoint << true << 0.5;
    QTest::newRow("exponent") << u"1.5E+03"_s << kPoint << true << 1500.0;
    QTest::newRow("Excel phone as exponent")
        << u"4.91701E+11"_s << kPoint << true << 491701000000.0;
    QTest::newRow("surrounding spaces") << u"  7 "_s << kPoint << true << 7.0;
    // de-DE / es-ES / it-IT / pt-BR
    QTest::newRow("DE decimal") << u"1234,5"_s << kComma << true << 1234.5;
    QTest::newRow("DE grouped") << u"1.234.567,89"_s << kComma << true << 1234567.89;
    QTest::newRow("DE negative") << u"-0,75"_s << kComma << true << -0.75;
    QTest::newRow("DE 1.234 is a thousand") << u"1.234"_s << kComma << true << 1234.0;
    // fr-FR: space, NBSP or narrow NBSP groups
    QTest::newRow("FR space") << u"1 234 567,89"_s << kComma << true << 1234567.89;
    QTest::newRow("FR NBSP") << u"1\u00A0234,5"_s << kComma << true << 1234.5;
    QTest::newRow("FR narrow NBSP") << u"12\u202F345,5"_s << kComma << true << 12345.5;
    // de-CH: apostrophe groups, decimal point
    QTest::newRow("CH apostrophe") << u"1'234'567.89"_s << kPoint << true << 1234567.89;
    QTest::newRow("CH right quote") << u"1\u2019234.5"_s << kPoint << true << 1234.5;
    // A given group separator is the only one accepted.
    QTest::newRow("style group space")
        << u"1 234.5"_s << NumberStyle {u'.', u' '} << true << 1234.5;
    QTest::newRow("style group space, NBSP")
        << u"1\u00A0234"_s << NumberStyle {u'.', u' '} << true << 1234.0;
    QTest::newRow("style group space, comma")
        << u"1,234.5"_s << NumberStyle {u'.', u' '} << false << 0.0;

    // Garbage and misreadings
    QTest::newRow("empty") << u""_s << kPoint << false << 0.0;
    QTest::newRow("sign only") << u"-"_s << kPoint << false << 0.0;
    QTest::newRow("words") << u"twelve"_s << kPoint << false << 0.0;
    QTest::newRow("unit") << u"12 apples"_s << kPoint << false << 0.0;
    QTest::newRow("percent") << u"12%"_s << kPoint << false << 0.0;
    QTest::newRow("currency") << u"$12"_s << kPoint << false << 0.0;
    QTest::newRow("decimal comma in point column") << u"1,5"_s << kPoint << false << 0.0;
    QTest::newRow("decimal point in comma column") << u"1.5"_s << kComma << false << 0.0;
    QTest::newRow("Indian grouping") << u"12,34,567.5"_s << kPoint << true << 1234567.5;
    QTest::newRow("bad grouping") << u"1,23,4567"_s << kPoint << false << 0.0;
    QTest::newRow("bad grouping, two then three") << u"1,23,456,789"_s << kPoint << false << 0.0;
    QTest::newRow("group at the end") << u"1,"_s << kPoint << false << 0.0;
    QTest::newRow("group of four") << u"1234,567"_s << kPoint << false << 0.0;
    QTest::newRow("mixed groups") << u"1,234 567"_s << kPoint << false << 0.0;
    QTest::newRow("two decimal points") << u"1.2.3"_s << kPoint << false << 0.0;
    QTest::newRow("double sign") << u"--1"_s << kPoint << false << 0.0;
    QTest::newRow("inf") << u"inf"_s << kPoint << false << 0.0;
    QTest::newRow("huge exponent") << u"1e9999"_s << kPoint << false << 0.0;
    QTest::newRow("exponent without digits") << u"1e"_s << kPoint << false << 0.0;
    QTest::newRow("Arabic-Indic digits") << u"\u0661\u0662"_s << kPoint << false << 0.0;
}

void TestValueParser::parseNumber()
{
    QFETCH(QString, text);
    QFETCH(NumberStyle, style);
    QFETCH(bool, valid);
    QFETCH(double, value);

    const auto parsed = ValueParser::parseNumber(text, style);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, value);
}

void TestValueParser::detectNumberStyle_data()
{
    QTest::addColumn<QStringList>("samples");
    QTest::addColumn<QChar>("decimal");
    QTest::addColumn<QChar>("group");

    QTest::newRow("US") << QStringList {u"1,234.50"_s, u"12.5"_s, u"7"_s} << QChar(u'.')
                        << QChar(u',');
    QTest::newRow("US money") << QStringList {u"$1,234.50"_s, u"-$12.00"_s} << QChar(u'.')
                              << QChar(u',');
    QTest::newRow("DE") << QStringList {u"1.234,50"_s, u"12,5"_s, u"7"_s} << QChar(u',')
                        << QChar(u'.');
    QTest::newRow("DE money") << QStringList {u"1.234,50 €"_s, u"EUR 12,00"_s} << QChar(u',')
                              << QChar(u'.');
    QTest::newRow("FR") << QStringList {u"1\u202F234,50"_s, u"3,5"_s} << QChar(u',') << QChar(u' ');
    QTest::newRow("CH") << QStringList {u"1'234.50"_s, u"0.5"_s} << QChar(u'.') << QChar(u'\'');
    QTest::newRow("DE decimals only")
        << QStringList {u"0,5"_s, u"12,75"_s, u"3,1"_s} << QChar(u',') << QChar();
    QTest::newRow("leading zero is a fraction")
        << QStringList {u"0,125"_s} << QChar(u',') << QChar();
    QTest::newRow("repeated dots are groups")
        << QStringList {u"1.234.567"_s} << QChar(u',') << QChar(u'.');
    QTest::newRow("repeated commas are groups")
        << QStringList {u"1,234,567"_s} << QChar(u'.') << QChar(u',');
    QTest::newRow("ambiguous thousands")
        << QStringList {u"1,234"_s, u"5,678"_s} << QChar(u'.') << QChar(u',');
    QTest::newRow("ambiguous then decisive")
        << QStringList {u"1.234"_s, u"5,5"_s} << QChar(u',') << QChar(u'.');
    QTest::newRow("integers only")
        << QStringList {u"1"_s, u"22"_s, u"333"_s} << QChar(u'.') << QChar();
    QTest::newRow("text ignored") << QStringList {u"n/a"_s, u""_s, u"12,5"_s} << QChar(u',')
                                  << QChar();
    QTest::newRow("no samples") << QStringList {} << QChar(u'.') << QChar();
}

void TestValueParser::detectNumberStyle()
{
    QFETCH(QStringList, samples);
    QFETCH(QChar, decimal);
    QFETCH(QChar, group);

    const NumberStyle style = ValueParser::detectNumberStyle(samples);
    QCOMPARE(style.decimalSeparator, decimal);
    QCOMPARE(style.groupSeparator, group);
    // Every numeric sample parses with the detected style.
    for (const QString &s : samples) {
        if (s == u"n/a"_s || s.isEmpty() || s.contains(u'$') || s.contains(u'€')
            || s.contains(u"EUR"_s))
            continue;
        QVERIFY2(ValueParser::parseNumber(s, style), qPrintable(s));
    }
}

void TestValueParser::parseMoney_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<NumberStyle>("style");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("cents");

    QTest::newRow("plain") << u"1234.56"_s << kPoint << true << qint64(123456);
    QTest::newRow("dollar") << u"$1,234.56"_s << kPoint << true << qint64(123456);
    QTest::newRow("US$") << u"US$ 99"_s << kPoint << true << qint64(9900);
    QTest::newRow("negative dollar") << u"-$12.50"_s << kPoint << true << qint64(-1250);
    QTest::newRow("dollar negative") << u"$-12.50"_s << kPoint << true << qint64(-1250);
    QTest::newRow("accounting") << u"($1,000.00)"_s << kPoint << true << qint64(-100000);
    QTest::newRow("pound") << u"£0.99"_s << kPoint << true << qint64(99);
    QTest::newRow("yen") << u"¥1,500"_s << kPoint << true << qint64(150000);
    QTest::newRow("rupee, Indian groups") << u"₹ 2,50,000"_s << kPoint << true << qint64(25000000);
    QTest::newRow("code before") << u"USD 1,000"_s << kPoint << true << qint64(100000);
    QTest::newRow("code after") << u"1000 USD"_s << kPoint << true << qint64(100000);
    QTest::newRow("code glued") << u"EUR12"_s << kComma << true << qint64(1200);
    QTest::newRow("euro DE") << u"1.234,56 €"_s << kComma << true << qint64(123456);
    QTest::newRow("euro before DE") << u"€1.234,56"_s << kComma << true << qint64(123456);
    QTest::newRow("euro negative DE") << u"-1.234,56\u00A0€"_s << kComma << true << qint64(-123456);
    QTest::newRow("FR") << u"1\u202F234,50 €"_s << kComma << true << qint64(123450);
    QTest::newRow("CHF") << u"CHF 1'234.50"_s << kPoint << true << qint64(123450);
    QTest::newRow("SEK kr") << u"1 234,50 kr"_s << kComma << true << qint64(123450);
    QTest::newRow("PLN") << u"99,99 zł"_s << kComma << true << qint64(9999);
    QTest::newRow("one decimal") << u"5.5"_s << kPoint << true << qint64(550);
    QTest::newRow("round half up") << u"0.125"_s << kPoint << true << qint64(13);
    QTest::newRow("round down") << u"0.1249"_s << kPoint << true << qint64(12);
    QTest::newRow("round negative") << u"-0.125"_s << kPoint << true << qint64(-13);
    QTest::newRow("exponent") << u"1.5E+03"_s << kPoint << true << qint64(150000);
    QTest::newRow("big") << u"92,233,720,368,547.75"_s << kPoint << true
                         << qint64(9223372036854775);
    QTest::newRow("overflow") << u"999999999999999999999"_s << kPoint << false << qint64(0);
    QTest::newRow("symbol only") << u"$"_s << kPoint << false << qint64(0);
    QTest::newRow("code only") << u"EUR"_s << kPoint << false << qint64(0);
    QTest::newRow("unknown code") << u"ABC 12"_s << kPoint << false << qint64(0);
    QTest::newRow("words") << u"about 5 grand"_s << kPoint << false << qint64(0);
    QTest::newRow("two amounts") << u"$5 - $10"_s << kPoint << false << qint64(0);
    QTest::newRow("wrong decimal") << u"$1,5"_s << kPoint << false << qint64(0);
    QTest::newRow("empty") << u""_s << kPoint << false << qint64(0);
}

void TestValueParser::parseMoney()
{
    QFETCH(QString, text);
    QFETCH(NumberStyle, style);
    QFETCH(bool, valid);
    QFETCH(qint64, cents);

    const auto parsed = ValueParser::parseMoneyMinorUnits(text, style);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, cents);
}

void TestValueParser::parseDateTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<DateOrder>("order");
    QTest::addColumn<QDateTime>("expected"); // invalid = not parsed

    const auto A = DateOrder::Ambiguous;
    const auto D = DateOrder::DayFirst;
    const auto M = DateOrder::MonthFirst;
    // ISO 8601
    QTest::newRow("ISO date") << u"2026-05-11"_s << A << utc(2026, 5, 11);
    QTest::newRow("ISO Z ms") << u"2026-05-11T13:52:30.710Z"_s << A
                              << utc(2026, 5, 11, 13, 52, 30, 710);
    QTest::newRow("ISO Z") << u"2026-05-11T13:52:30Z"_s << A << utc(2026, 5, 11, 13, 52, 30);
    QTest::newRow("ISO offset") << u"2026-05-11T13:52:30+02:00"_s << A
                                << utc(2026, 5, 11, 11, 52, 30);
    QTest::newRow("ISO negative offset, crosses midnight")
        << u"2026-05-11T22:30:00-05:00"_s << A << utc(2026, 5, 12, 3, 30);
    QTest::newRow("ISO offset hhmm") << u"2026-05-11T13:52+0530"_s << A << utc(2026, 5, 11, 8, 22);
    QTest::newRow("ISO offset hh") << u"2026-05-11T13:52:00+01"_s << A << utc(2026, 5, 11, 12, 52);
    QTest::newRow("ISO space, naive")
        << u"2026-05-11 13:52:30"_s << A << utc(2026, 5, 11, 13, 52, 30);
    QTest::newRow("ISO microseconds")
        << u"2026-05-11T13:52:30.123456Z"_s << A << utc(2026, 5, 11, 13, 52, 30, 123);
    QTest::newRow("ISO one fraction digit")
        << u"2026-05-11T13:52:30.7"_s << A << utc(2026, 5, 11, 13, 52, 30, 700);
    QTest::newRow("year-first slashes") << u"2026/05/11"_s << A << utc(2026, 5, 11);
    QTest::newRow("ISO leap day") << u"2024-02-29"_s << A << utc(2024, 2, 29);
    // Dotted: always day first
    QTest::newRow("DE") << u"11.05.2026"_s << A << utc(2026, 5, 11);
    QTest::newRow("DE with time") << u"11.05.2026 13:52"_s << M << utc(2026, 5, 11, 13, 52);
    QTest::newRow("DE single digits") << u"1.5.2026"_s << A << utc(2026, 5, 1);
    QTest::newRow("DE two-digit year") << u"11.05.26"_s << A << utc(2026, 5, 11);
    QTest::newRow("two-digit year 29") << u"01.01.29"_s << A << utc(2029, 1, 1);
    QTest::newRow("two-digit year 30") << u"01.01.30"_s << A << utc(1930, 1, 1);
    // Slash and dash
    QTest::newRow("UK") << u"11/05/2026"_s << D << utc(2026, 5, 11);
    QTest::newRow("US") << u"05/11/2026"_s << M << utc(2026, 5, 11);
    QTest::newRow("US 12-hour PM") << u"5/11/2026 1:52 PM"_s << M << utc(2026, 5, 11, 13, 52);
    QTest::newRow("US 12-hour AM midnight")
        << u"5/11/2026 12:05:09 am"_s << M << utc(2026, 5, 11, 0, 5, 9);
    QTest::newRow("US 12 PM noon") << u"5/11/2026 12:00 PM"_s << M << utc(2026, 5, 11, 12);
    QTest::newRow("NL dashes") << u"11-05-2026"_s << D << utc(2026, 5, 11);
    QTest::newRow("ambiguous but tells: day > 12") << u"13/05/2026"_s << A << utc(2026, 5, 13);
    QTest::newRow("ambiguous but tells: month > 12") << u"05/13/2026"_s << A << utc(2026, 5, 13);
    QTest::newRow("ambiguous equal parts") << u"05/05/2026"_s << A << utc(2026, 5, 5);
    QTest::newRow("ambiguous") << u"05/11/2026"_s << A << QDateTime();
    QTest::newRow("day-first rejects month 13") << u"05/13/2026"_s << D << QDateTime();
    QTest::newRow("month-first rejects month 13") << u"13/05/2026"_s << M << QDateTime();
    QTest::newRow("UTC suffix") << u"11/05/2026 13:52 UTC"_s << D << utc(2026, 5, 11, 13, 52);
    QTest::newRow("two-digit slash year") << u"5/11/99"_s << M << utc(1999, 5, 11);
    // Invalid
    QTest::newRow("Feb 30") << u"2026-02-30"_s << A << QDateTime();
    QTest::newRow("not a leap year") << u"2026-02-29"_s << A << QDateTime();
    QTest::newRow("hour 24") << u"2026-05-11T24:00:00Z"_s << A << QDateTime();
    QTest::newRow("minute 60") << u"2026-05-11T10:60Z"_s << A << QDateTime();
    QTest::newRow("13 PM") << u"5/11/2026 13:00 PM"_s << M << QDateTime();
    QTest::newRow("T in non-ISO") << u"11.05.2026T10:00"_s << A << QDateTime();
    QTest::newRow("mixed separators") << u"11/05.2026"_s << D << QDateTime();
    QTest::newRow("three-digit year") << u"11.05.202"_s << A << QDateTime();
    QTest::newRow("trailing text") << u"2026-05-11 soon"_s << A << QDateTime();
    QTest::newRow("words") << u"yesterday"_s << A << QDateTime();
    QTest::newRow("empty") << u""_s << A << QDateTime();
    QTest::newRow("number") << u"45423"_s << A << QDateTime();
    QTest::newRow("bad offset") << u"2026-05-11T10:00+25:00"_s << A << QDateTime();
}

void TestValueParser::parseDateTime()
{
    QFETCH(QString, text);
    QFETCH(DateOrder, order);
    QFETCH(QDateTime, expected);

    const auto parsed = ValueParser::parseDateTime(text, order);
    QCOMPARE(parsed.has_value(), expected.isValid());
    if (parsed) {
        QCOMPARE(*parsed, expected);
        QCOMPARE(parsed->timeSpec(), Qt::UTC);
    }
}

void TestValueParser::detectDateOrder_data()
{
    QTest::addColumn<QStringList>("samples");
    QTest::addColumn<DateOrder>("order");

    QTest::newRow("UK") << QStringList {u"01/02/2026"_s, u"25/12/2025"_s, u"03/04/2026"_s}
                        << DateOrder::DayFirst;
    QTest::newRow("US") << QStringList {u"01/02/2026"_s, u"12/25/2025 10:00 AM"_s}
                        << DateOrder::MonthFirst;
    QTest::newRow("dashes") << QStringList {u"31-01-2026"_s} << DateOrder::DayFirst;
    QTest::newRow("no part above 12")
        << QStringList {u"01/02/2026"_s, u"03/04/2026"_s} << DateOrder::Ambiguous;
    QTest::newRow("contradicting")
        << QStringList {u"13/01/2026"_s, u"01/13/2026"_s} << DateOrder::Ambiguous;
    QTest::newRow("ISO only") << QStringList {u"2026-05-11"_s, u"2026-12-31"_s}
                              << DateOrder::Ambiguous;
    QTest::newRow("dotted only") << QStringList {u"31.12.2026"_s} << DateOrder::Ambiguous;
    QTest::newRow("junk ignored") << QStringList {u"n/a"_s, u""_s, u"12/31/2026"_s}
                                  << DateOrder::MonthFirst;
}

void TestValueParser::detectDateOrder()
{
    QFETCH(QStringList, samples);
    QFETCH(DateOrder, order);
    QCOMPARE(ValueParser::detectDateOrder(samples), order);
}

QTEST_APPLESS_MAIN(TestValueParser)
#include "tst_valueparser.moc"
