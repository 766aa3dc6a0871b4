#include "domain/normalizer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using lf::EmailState;
using lf::Normalizer;

namespace {

/// A small RFC 4180 reader for the sample file (quoted fields with commas, quotes and newlines).
QList<QStringList> readCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field.append(u'"');
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field.append(c);
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            row.append(field);
            field.clear();
            rows.append(row);
            row.clear();
        } else {
            field.append(c);
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

QString sampleCsvPath()
{
    return QStringLiteral(LEADFLOW_SAMPLE_LEADS);
}

} // namespace

class TestNormalizer : public QObject
{
    Q_OBJECT

private slots:
    void email_data();
    void email();

    void phone_data();
    void phone();
    void phoneCacheKeepsRegionsApart();
    void sampleRowsPhone_data();
    void sampleRowsPhone();
    void samplePhonesTiming();

    void countryCode_data();
    void countryCode();
    void isCountryCode_data();
    void isCountryCode();
    void defaultRegion();

    void freeMail_data();
    void freeMail();
    void companyDomain_data();
    void companyDomain();

    void employeeCount_data();
    void employeeCount();

    void cleanText_data();
    void cleanText();

    void foldKey_data();
    void foldKey();
};

void TestNormalizer::email_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<EmailState>("state");

    const auto valid = EmailState::Valid;
    const auto invalid = EmailState::Invalid;
    const auto missing = EmailState::Missing;

    QTest::newRow("plain") << u"john.doe@example.com"_s << u"john.doe@example.com"_s << valid;
    QTest::newRow("trim and lower")
        << u"  John.Doe@Example.COM \t"_s << u"john.doe@example.com"_s << valid;
    QTest::newRow("mailto") << u"mailto:jane@acme.com"_s << u"jane@acme.com"_s << valid;
    QTest::newRow("MAILTO with query")
        << u"MAILTO:Jane@Acme.com?subject=Hello"_s << u"jane@acme.com"_s << valid;
    QTest::newRow("name and brackets")
        << u"Jane Doe <jane@acme.com>"_s << u"jane@acme.com"_s << valid;
    QTest::newRow("quoted name and brackets")
        << u"\"Doe, Jane\" <Jane@ACME.com>"_s << u"jane@acme.com"_s << valid;
    QTest::newRow("brackets only") << u"<jane@acme.com>"_s << u"jane@acme.com"_s << valid;
    QTest::newRow("atext specials")
        << u"o'brien+news@acme.co.uk"_s << u"o'brien+news@acme.co.uk"_s << valid;
    QTest::newRow("hyphen and underscore") << u"blair.mante-prosacco13@hotmail.com"_s
                                           << u"blair.mante-prosacco13@hotmail.com"_s << valid;
    QTest::newRow("sample upper case")
        << u"PHOEBE_DEJA@YAHOO.COM"_s << u"phoebe_deja@yahoo.com"_s << valid;
    QTest::newRow("sample yahoo.co.jp")
        << u"PWC_TIVIAP68@YAHOO.CO.JP"_s << u"pwc_tiviap68@yahoo.co.jp"_s << valid;
    QTest::newRow("hyphenated domain")
        << u"sales@vast-yogurt.com"_s << u"sales@vast-yogurt.com"_s << valid;
    QTest::newRow("internationalized")
        << u"Jürgen.Müller@Bücher.de"_s << u"jürgen.müller@bücher.de"_s << valid;
    QTest::newRow("non-latin tld") << u"用户@例子.广告"_s << u"用户@例子.广告"_s << valid;
    QTest::newRow("ace domain to unicode")
        << u"info@xn--mller-kva.de"_s << u"info@müller.de"_s << valid;
    QTest::newRow("punycode tld") << u"info@example.xn--p1ai"_s << u"info@example.рф"_s << valid;

    // Malformed values stay as written (lower-cased) and are not repaired.
    QTest::newRow("sample 'at'") << u"luismiguel_casarezsosa at gmail.com"_s
                                 << u"luismiguel_casarezsosa at gmail.com"_s << invalid;
    QTest::newRow("sample 'at' upper")
        << u"Agrippin.Arnaud at hotmail.fr"_s << u"agrippin.arnaud at hotmail.fr"_s << invalid;
    QTest::newRow("no domain") << u"john@"_s << u"john@"_s << invalid;
    QTest::newRow("no local part") << u"@acme.com"_s << u"@acme.com"_s << invalid;
    QTest::newRow("no dot in domain") << u"john@acme"_s << u"john@acme"_s << invalid;
    QTest::newRow("double dot local")
        << u"john..doe@acme.com"_s << u"john..doe@acme.com"_s << invalid;
    QTest::newRow("leading dot") << u".john@acme.com"_s << u".john@acme.com"_s << invalid;
    QTest::newRow("trailing dot") << u"john.@acme.com"_s << u"john.@acme.com"_s << invalid;
    QTest::newRow("double dot domain") << u"john@acme..com"_s << u"john@acme..com"_s << invalid;
    QTest::newRow("trailing dot domain") << u"john@acme.com."_s << u"john@acme.com."_s << invalid;
    QTest::newRow("label starts with hyphen")
        << u"john@-acme.com"_s << u"john@-acme.com"_s << invalid;
    QTest::newRow("one-letter tld") << u"john@acme.c"_s << u"john@acme.c"_s << invalid;
    QTest::newRow("digit in tld") << u"john@acme.c0m"_s << u"john@acme.c0m"_s << invalid;
    QTest::newRow("two @") << u"john@@acme.com"_s << u"john@@acme.com"_s << invalid;
    QTest::newRow("two addresses")
        << u"john@acme.com, jane@acme.com"_s << u"john@acme.com, jane@acme.com"_s << invalid;
    QTest::newRow("space") << u"john doe@acme.com"_s << u"john doe@acme.com"_s << invalid;
    QTest::newRow("ip literal") << u"john@[192.168.0.1]"_s << u"john@[192.168.0.1]"_s << invalid;
    QTest::newRow("underscore in domain") << u"john@ac_me.com"_s << u"john@ac_me.com"_s << invalid;
    QTest::newRow("unclosed bracket")
        << u"Jane <jane@acme.com"_s << u"jane <jane@acme.com"_s << invalid;
    QTest::newRow("placeholder") << u"n/a"_s << u"n/a"_s << invalid;

    // Look-alikes (expected values written from Unicode's confusables.txt, not from the code):
    // compatibility forms are the ASCII address; a part that mixes Latin with Cyrillic or Greek
    // letters is invalid and keyed as the address it imitates, so it matches its twin.
    QTest::newRow("fullwidth letter")
        << u"\uFF41dmin@example.com"_s << u"admin@example.com"_s << valid;
    QTest::newRow("fullwidth address")
        << u"\uFF21\uFF44\uFF4D\uFF49\uFF4E\uFF20\uFF45\uFF58\uFF41\uFF4D\uFF50\uFF4C\uFF45\uFF0E"
           u"\uFF43\uFF4F\uFF4D"_s
        << u"admin@example.com"_s << valid;
    QTest::newRow("cyrillic a in latin local part")
        << u"\u0430dmin@example.com"_s << u"admin@example.com"_s << invalid;
    QTest::newRow("cyrillic o in latin domain")
        << u"admin@ex\u0430mple.c\u043Em"_s << u"admin@example.com"_s << invalid;
    QTest::newRow("greek omicron in local part")
        << u"j\u03BFhn@acme.com"_s << u"john@acme.com"_s << invalid;
    QTest::newRow("all-cyrillic local part stays")
        << u"\u0438\u0432\u0430\u043D@example.ru"_s << u"\u0438\u0432\u0430\u043D@example.ru"_s
        << valid;
    QTest::newRow("latin with accents stays")
        << u"j\u00FCrgen@m\u00FCller.de"_s << u"j\u00FCrgen@m\u00FCller.de"_s << valid;
    QTest::newRow("empty") << QString() << QString() << missing;
    QTest::newRow("blank") << u"  \t "_s << QString() << missing;
    QTest::newRow("bare mailto") << u"mailto:"_s << QString() << missing;
    QTest::newRow("empty brackets") << u"<>"_s << QString() << missing;
}

void TestNormalizer::email()
{
    QFETCH(QString, raw);
    QFETCH(QString, normalized);
    QFETCH(EmailState, state);

    const Normalizer::Email result = Normalizer::email(raw);
    QCOMPARE(result.normalized, normalized);
    QCOMPARE(result.state, state);
}

void TestNormalizer::phone_data()
{
    QTest::addColumn<QString>("defaultRegion");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("e164");

    const QString us = u"US"_s;
    const QString none;

    // United States (libphonenumber's example numbers are valid by construction).
    QTest::newRow("US national") << us << u"(201) 555-0123"_s << u"US"_s << u"+12015550123"_s;
    QTest::newRow("US dots") << us << u"201.555.0123"_s << none << u"+12015550123"_s;
    QTest::newRow("US with 1") << us << u"1-201-555-0123"_s << none << u"+12015550123"_s;
    QTest::newRow("US international") << us << u"+1 201 555 0123"_s << none << u"+12015550123"_s;
    QTest::newRow("US extension x") << us << u"(201) 555-0123 x2497"_s << none << u"+12015550123"_s;
    QTest::newRow("US extension ext.")
        << us << u"201-555-0123 ext. 12"_s << none << u"+12015550123"_s;
    QTest::newRow("US from Germany (00)")
        << us << u"001 201 555 0123"_s << u"DE"_s << u"+12015550123"_s;
    QTest::newRow("US area code 429 unassigned") << us << u"(429) 848-4484"_s << u"US"_s << none;
    QTest::newRow("US too short") << us << u"555-0123"_s << u"US"_s << none;

    // Germany
    QTest::newRow("DE Berlin national") << us << u"030 123456"_s << u"DE"_s << u"+4930123456"_s;
    QTest::newRow("DE parentheses") << us << u"(030) 123456"_s << u"DE"_s << u"+4930123456"_s;
    QTest::newRow("DE international") << us << u"+49 30 123456"_s << none << u"+4930123456"_s;
    QTest::newRow("DE international dashes")
        << us << u"+49-30-123456"_s << u"FR"_s << u"+4930123456"_s;
    QTest::newRow("DE 0049") << us << u"0049 30 123456"_s << u"DE"_s << u"+4930123456"_s;
    QTest::newRow("DE trunk zero in international form")
        << us << u"+49 (0)89 123456"_s << none << u"+4989123456"_s;
    QTest::newRow("DE mobile") << us << u"0151 23456789"_s << u"DE"_s << u"+4915123456789"_s;
    QTest::newRow("DE reserved 031 prefix") << us << u"(03103) 2733690"_s << u"DE"_s << none;

    // France
    QTest::newRow("FR national") << us << u"01 23 45 67 89"_s << u"FR"_s << u"+33123456789"_s;
    QTest::newRow("FR dots mobile") << us << u"06.12.34.56.78"_s << u"FR"_s << u"+33612345678"_s;
    QTest::newRow("FR international")
        << us << u"+33 6 12 34 56 78"_s << u"US"_s << u"+33612345678"_s;

    // Brazil
    QTest::newRow("BR Sao Paulo landline")
        << us << u"(11) 2345-6789"_s << u"BR"_s << u"+551123456789"_s;
    QTest::newRow("BR mobile") << us << u"(11) 96123-4567"_s << u"BR"_s << u"+5511961234567"_s;
    QTest::newRow("BR international")
        << us << u"+55 (11) 96123-4567"_s << none << u"+5511961234567"_s;
    QTest::newRow("BR 8-digit starting 9") << us << u"(14) 9343-9195"_s << u"BR"_s << none;
    QTest::newRow("BR no DDD 30") << us << u"(30) 9545-7808"_s << u"BR"_s << none;

    // Spain
    QTest::newRow("ES fixed") << us << u"810 123 456"_s << u"ES"_s << u"+34810123456"_s;
    QTest::newRow("ES mobile dots") << us << u"612.345.678"_s << u"ES"_s << u"+34612345678"_s;
    QTest::newRow("ES international") << us << u"+34 612 34 56 78"_s << none << u"+34612345678"_s;
    QTest::newRow("ES unassigned 909") << us << u"909.541.889"_s << u"ES"_s << none;

    // Japan
    QTest::newRow("JP Tokyo") << us << u"03-1234-5678"_s << u"JP"_s << u"+81312345678"_s;
    QTest::newRow("JP mobile") << us << u"090-1234-5678"_s << u"JP"_s << u"+819012345678"_s;
    QTest::newRow("JP international") << us << u"+81 3-1234-5678"_s << u"GB"_s << u"+81312345678"_s;

    // United Kingdom
    QTest::newRow("GB Birmingham") << us << u"0121 234 5678"_s << u"GB"_s << u"+441212345678"_s;
    QTest::newRow("GB mobile") << us << u"07400 123456"_s << u"GB"_s << u"+447400123456"_s;
    QTest::newRow("GB international") << us << u"+44 7400 123456"_s << none << u"+447400123456"_s;
    QTest::newRow("GB region as UK") << us << u"07400 123456"_s << u"UK"_s << u"+447400123456"_s;

    // The lead's country against the default region.
    QTest::newRow("DE number, no country, US default") << us << u"030 123456"_s << none << none;
    QTest::newRow("DE number, no country, DE default")
        << u"DE"_s << u"030 123456"_s << none << u"+4930123456"_s;
    QTest::newRow("US number, lead in FR, US default")
        << us << u"(201) 555-0123"_s << u"FR"_s << none;
    QTest::newRow("lead country overrides default")
        << u"DE"_s << u"(201) 555-0123"_s << u"US"_s << u"+12015550123"_s;
    QTest::newRow("region lower case") << us << u"030 123456"_s << u"de"_s << u"+4930123456"_s;
    QTest::newRow("region as a name") << us << u"030 123456"_s << u"Germany"_s << u"+4930123456"_s;
    QTest::newRow("unknown region uses default")
        << u"DE"_s << u"030 123456"_s << u"Narnia"_s << u"+4930123456"_s;

    // Not numbers.
    QTest::newRow("empty") << us << QString() << u"US"_s << none;
    QTest::newRow("blank") << us << u"   "_s << u"US"_s << none;
    QTest::newRow("words") << us << u"call me maybe"_s << u"US"_s << none;
    QTest::newRow("too few digits") << us << u"12345"_s << u"US"_s << none;
    QTest::newRow("unknown country code") << us << u"+999 123456789"_s << none << none;
    QTest::newRow("zeros") << us << u"000-000-0000"_s << u"US"_s << none;
}

void TestNormalizer::phone()
{
    QFETCH(QString, defaultRegion);
    QFETCH(QString, raw);
    QFETCH(QString, region);
    QFETCH(QString, e164);

    Normalizer normalizer(defaultRegion);
    QCOMPARE(normalizer.phoneE164(raw, region), e164);
    // The second answer comes from the cache and must be the same.
    QCOMPARE(normalizer.phoneE164(raw, region), e164);
}

void TestNormalizer::phoneCacheKeepsRegionsApart()
{
    Normalizer normalizer(u"US"_s);
    QCOMPARE(normalizer.phoneE164(u"030 123456", u"DE"), u"+4930123456"_s);
    QCOMPARE(normalizer.phoneE164(u"030 123456", u"US"), QString());
    QCOMPARE(normalizer.phoneE164(u"030 123456", u"DE"), u"+4930123456"_s);
    QCOMPARE(normalizer.phoneE164(u"(201) 555-0123", u"US"), u"+12015550123"_s);
    QCOMPARE(normalizer.phoneE164(u"(201) 555-0123", u"FR"), QString());
}

void TestNormalizer::sampleRowsPhone_data()
{
    QTest::addColumn<int>("row"); // 1-based row of leads-10k.csv, the header being row 1
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("e164");

    const QString none;
    QTest::newRow("Rodrigo Kirlin")
        << 2 << u"United States"_s << u"(307) 886-8503 x2497"_s << u"+13078868503"_s;
    QTest::newRow("Cletus Bruen") << 3 << u"United States"_s << u"575.278.4566 x0003"_s
                                  << u"+15752784566"_s;
    QTest::newRow("Jaqueline Leannon (no area code 429)")
        << 11 << u"United States"_s << u"429.848.4484 x6624"_s << none;
    QTest::newRow("Frida Ender (031 is no area code)")
        << 6 << u"Germany"_s << u"(03103) 2733690"_s << none;
    QTest::newRow("Ylvie Sollner")
        << 9 << u"Germany"_s << u"+49-5256-19753315"_s << u"+49525619753315"_s;
    QTest::newRow("Ahmet Pfingsten")
        << 28 << u"Germany"_s << u"(05581) 5417383"_s << u"+4955815417383"_s;
    QTest::newRow("Giovanna Saraiva (no DDD 30)")
        << 8 << u"Brazil"_s << u"(30) 9545-7808"_s << none;
    QTest::newRow("Elisa Costa") << 75 << u"Brazil"_s << u"+55 (81) 3995-6128"_s
                                 << u"+558139956128"_s;
    QTest::newRow("Magdalena Galvez Tello (909 unassigned)")
        << 7 << u"Spain"_s << u"909.541.889"_s << none;
    QTest::newRow("Jose Emilio Calvillo Rendon")
        << 16 << u"Spain"_s << u"971930428"_s << u"+34971930428"_s;
    QTest::newRow("Cassandre Muller") << 18 << u"France"_s << u"0278091075"_s << u"+33278091075"_s;
    QTest::newRow("Aude Paul") << 22 << u"France"_s << u"+33 412841864"_s << u"+33412841864"_s;
    QTest::newRow("Arcade Nicolas (mobile)")
        << 63 << u"France"_s << u"+33 604285204"_s << u"+33604285204"_s;
    QTest::newRow("Koizumi Masao") << 20 << u"Japan"_s << u"0139-18-6932"_s << u"+81139186932"_s;
    QTest::newRow("Miki Chinatsu") << 73 << u"Japan"_s << u"036-404-7661"_s << u"+81364047661"_s;
}

void TestNormalizer::sampleRowsPhone()
{
    QFETCH(int, row);
    QFETCH(QString, country);
    QFETCH(QString, raw);
    QFETCH(QString, e164);

    // The rows are copied from the sample file; check they still say so when it is there.
    QFile file(sampleCsvPath());
    if (file.open(QIODevice::ReadOnly)) {
        const QList<QStringList> rows = readCsv(QString::fromUtf8(file.readAll()));
        QVERIFY(rows.size() >= row);
        const QStringList &header = rows.front();
        const QStringList &record = rows[row - 1];
        QCOMPARE(record.value(header.indexOf(u"Phone Number"_s)), raw);
        QCOMPARE(record.value(header.indexOf(u"Country/Region"_s)), country);
    }

    Normalizer normalizer(u"US"_s);
    const QString region = Normalizer::countryCode(country);
    QCOMPARE(normalizer.phoneE164(raw, region), e164);
}

void TestNormalizer::samplePhonesTiming()
{
    QFile file(sampleCsvPath());
    QVERIFY2(file.open(QIODevice::ReadOnly), "tests/data/leads-10k.csv is missing");
    const QList<QStringList> rows = readCsv(QString::fromUtf8(file.readAll()));
    const QStringList &header = rows.front();
    const qsizetype phoneColumn = header.indexOf(u"Phone Number"_s);
    const qsizetype countryColumn = header.indexOf(u"Country/Region"_s);
    QVERIFY(phoneColumn >= 0 && countryColumn >= 0);

    QList<std::pair<QString, QString>> phones; // raw, region
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QStringList &row = rows[i];
        phones.append({row.value(phoneColumn), Normalizer::countryCode(row.value(countryColumn))});
    }
    QCOMPARE(phones.size(), 10000);

    // libphonenumber loads its metadata on first use; keep that out of the per-number figures.
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(Normalizer(u"US"_s).phoneE164(u"+1 201 555 0123"), u"+12015550123"_s);
    const qint64 initNs = timer.nsecsElapsed();

    Normalizer normalizer(u"US"_s);
    int valid = 0;
    timer.restart();
    for (const auto &[raw, region] : phones)
        valid += normalizer.phoneE164(raw, region).isEmpty() ? 0 : 1;
    const qint64 coldNs = timer.nsecsElapsed();
    timer.restart();
    int again = 0;
    for (const auto &[raw, region] : phones)
        again += normalizer.phoneE164(raw, region).isEmpty() ? 0 : 1;
    const qint64 cachedNs = timer.nsecsElapsed();

    QCOMPARE(again, valid);
    QVERIFY(valid > 0);
    qInfo("%lld rows: %d valid phones; libphonenumber start-up %.1f ms; all rows cold %.1f ms, "
          "cached %.2f ms",
        qint64(phones.size()), valid, double(initNs) / 1e6, double(coldNs) / 1e6,
        double(cachedNs) / 1e6);
}

void TestNormalizer::countryCode_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("code");

    // Codes
    QTest::newRow("alpha-2") << u"DE"_s << u"DE"_s;
    QTest::newRow("alpha-2 lower") << u"de"_s << u"DE"_s;
    QTest::newRow("alpha-2 spaced") << u" fr "_s << u"FR"_s;
    QTest::newRow("alpha-3") << u"DEU"_s << u"DE"_s;
    QTest::newRow("alpha-3 lower") << u"esp"_s << u"ES"_s;
    QTest::newRow("alpha-3 GBR") << u"GBR"_s << u"GB"_s;
    QTest::newRow("alpha-3 BRA") << u"BRA"_s << u"BR"_s;
    QTest::newRow("alpha-3 JPN") << u"JPN"_s << u"JP"_s;
    QTest::newRow("alpha-3 CHE") << u"CHE"_s << u"CH"_s;
    QTest::newRow("alpha-3 rare") << u"ABW"_s << u"AW"_s;
    QTest::newRow("USA") << u"USA"_s << u"US"_s;
    QTest::newRow("US") << u"US"_s << u"US"_s;
    QTest::newRow("U.S.") << u"U.S."_s << u"US"_s;
    QTest::newRow("u.s.a.") << u"u.s.a."_s << u"US"_s;
    QTest::newRow("UK") << u"UK"_s << u"GB"_s;
    QTest::newRow("U.K.") << u"U.K."_s << u"GB"_s;
    QTest::newRow("XK") << u"XK"_s << u"XK"_s;

    // English
    QTest::newRow("United States") << u"United States"_s << u"US"_s;
    QTest::newRow("United States of America") << u"United States of America"_s << u"US"_s;
    QTest::newRow("the United States") << u"the United States"_s << u"US"_s;
    QTest::newRow("Germany") << u"Germany"_s << u"DE"_s;
    QTest::newRow("GERMANY") << u"GERMANY"_s << u"DE"_s;
    QTest::newRow("France") << u"France"_s << u"FR"_s;
    QTest::newRow("Brazil") << u"Brazil"_s << u"BR"_s;
    QTest::newRow("Spain") << u"Spain"_s << u"ES"_s;
    QTest::newRow("Japan") << u"Japan"_s << u"JP"_s;
    QTest::newRow("United Kingdom") << u"United Kingdom"_s << u"GB"_s;
    QTest::newRow("Great Britain") << u"Great Britain"_s << u"GB"_s;
    QTest::newRow("England") << u"England"_s << u"GB"_s;
    QTest::newRow("Scotland") << u"Scotland"_s << u"GB"_s;
    QTest::newRow("The Netherlands") << u"The Netherlands"_s << u"NL"_s;
    QTest::newRow("Holland") << u"Holland"_s << u"NL"_s;
    QTest::newRow("South Korea") << u"South Korea"_s << u"KR"_s;
    QTest::newRow("Korea, Republic of") << u"Korea, Republic of"_s << u"KR"_s;
    QTest::newRow("North Korea") << u"North Korea"_s << u"KP"_s;
    QTest::newRow("Czech Republic") << u"Czech Republic"_s << u"CZ"_s;
    QTest::newRow("Czechia") << u"Czechia"_s << u"CZ"_s;
    QTest::newRow("Ivory Coast") << u"Ivory Coast"_s << u"CI"_s;
    QTest::newRow("Côte d’Ivoire") << u"Côte d’Ivoire"_s << u"CI"_s;
    QTest::newRow("Myanmar (Burma)") << u"Myanmar (Burma)"_s << u"MM"_s;
    QTest::newRow("Iran, Islamic Republic of") << u"Iran, Islamic Republic of"_s << u"IR"_s;
    QTest::newRow("Russian Federation") << u"Russian Federation"_s << u"RU"_s;
    QTest::newRow("Türkiye") << u"Türkiye"_s << u"TR"_s;
    QTest::newRow("UAE") << u"UAE"_s << u"AE"_s;
    QTest::newRow("DR Congo") << u"DR Congo"_s << u"CD"_s;
    QTest::newRow("Qt name only (Aland Islands)") << u"Aland Islands"_s << u"AX"_s;
    QTest::newRow("Qt name only (Saint Kitts And Nevis)") << u"Saint Kitts and Nevis"_s << u"KN"_s;
    QTest::newRow("Canary Islands") << u"Canary Islands"_s << u"ES"_s;
    QTest::newRow("Hong Kong SAR") << u"Hong Kong SAR"_s << u"HK"_s;
    QTest::newRow("Macau") << u"Macau"_s << u"MO"_s;

    // German
    QTest::newRow("Deutschland") << u"Deutschland"_s << u"DE"_s;
    QTest::newRow("Vereinigte Staaten") << u"Vereinigte Staaten"_s << u"US"_s;
    QTest::newRow("Spanien") << u"Spanien"_s << u"ES"_s;
    QTest::newRow("Brasilien") << u"Brasilien"_s << u"BR"_s;
    QTest::newRow("Großbritannien") << u"Großbritannien"_s << u"GB"_s;
    QTest::newRow("Grossbritannien") << u"Grossbritannien"_s << u"GB"_s;
    QTest::newRow("Österreich") << u"Österreich"_s << u"AT"_s;
    QTest::newRow("Oesterreich") << u"Oesterreich"_s << u"AT"_s;
    QTest::newRow("Schweiz") << u"Schweiz"_s << u"CH"_s;
    QTest::newRow("Niederlande") << u"Niederlande"_s << u"NL"_s;
    QTest::newRow("Tuerkei") << u"Tuerkei"_s << u"TR"_s;

    // French
    QTest::newRow("Allemagne") << u"Allemagne"_s << u"DE"_s;
    QTest::newRow("L'Allemagne") << u"L'Allemagne"_s << u"DE"_s;
    QTest::newRow("États-Unis") << u"États-Unis"_s << u"US"_s;
    QTest::newRow("Etats Unis") << u"Etats Unis"_s << u"US"_s;
    QTest::newRow("Royaume-Uni") << u"Royaume-Uni"_s << u"GB"_s;
    QTest::newRow("Espagne") << u"Espagne"_s << u"ES"_s;
    QTest::newRow("Japon") << u"Japon"_s << u"JP"_s;
    QTest::newRow("Brésil") << u"Brésil"_s << u"BR"_s;
    QTest::newRow("Pays-Bas") << u"Pays-Bas"_s << u"NL"_s;
    QTest::newRow("Suisse") << u"Suisse"_s << u"CH"_s;

    // Spanish
    QTest::newRow("Alemania") << u"Alemania"_s << u"DE"_s;
    QTest::newRow("España") << u"España"_s << u"ES"_s;
    QTest::newRow("ESPAÑA") << u"ESPAÑA"_s << u"ES"_s;
    QTest::newRow("Espana") << u"Espana"_s << u"ES"_s;
    QTest::newRow("Estados Unidos") << u"Estados Unidos"_s << u"US"_s;
    QTest::newRow("EE. UU.") << u"EE. UU."_s << u"US"_s;
    QTest::newRow("Brasil") << u"Brasil"_s << u"BR"_s;
    QTest::newRow("Japón") << u"Japón"_s << u"JP"_s;
    QTest::newRow("Reino Unido") << u"Reino Unido"_s << u"GB"_s;
    QTest::newRow("Países Bajos") << u"Países Bajos"_s << u"NL"_s;
    QTest::newRow("México") << u"México"_s << u"MX"_s;

    // Unknown
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("Narnia") << u"Narnia"_s << QString();
    QTest::newRow("XX") << u"XX"_s << QString();
    QTest::newRow("EU is not a country") << u"EU"_s << QString();
    QTest::newRow("Europe") << u"Europe"_s << QString();
    QTest::newRow("city, country is not repaired") << u"Berlin, Germany"_s << QString();
    QTest::newRow("ambiguous") << u"Georgia, USA"_s << QString();
}

void TestNormalizer::countryCode()
{
    QFETCH(QString, raw);
    QFETCH(QString, code);
    QCOMPARE(Normalizer::countryCode(raw), code);
}

void TestNormalizer::isCountryCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("known");

    QTest::newRow("DE") << u"DE"_s << true;
    QTest::newRow("US") << u"US"_s << true;
    QTest::newRow("GB") << u"GB"_s << true;
    QTest::newRow("AQ") << u"AQ"_s << true;
    QTest::newRow("XK") << u"XK"_s << true;
    QTest::newRow("lower case") << u"de"_s << false;
    QTest::newRow("UK") << u"UK"_s << false;
    QTest::newRow("EU") << u"EU"_s << false;
    QTest::newRow("IC") << u"IC"_s << false;
    QTest::newRow("ZZ") << u"ZZ"_s << false;
    QTest::newRow("alpha-3") << u"DEU"_s << false;
    QTest::newRow("one letter") << u"D"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("numeric") << u"15"_s << false;
}

void TestNormalizer::isCountryCode()
{
    QFETCH(QString, code);
    QFETCH(bool, known);
    QCOMPARE(Normalizer::isCountryCode(code), known);
}

void TestNormalizer::defaultRegion()
{
    QCOMPARE(Normalizer().defaultRegion(), u"US"_s);
    QCOMPARE(Normalizer(u"de"_s).defaultRegion(), u"DE"_s);
    QCOMPARE(Normalizer(u"Deutschland"_s).defaultRegion(), u"DE"_s);
}

void TestNormalizer::freeMail_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<bool>("free");

    for (const QString &d : {u"gmail.com"_s, u"GMAIL.COM"_s, u"googlemail.com"_s, u"yahoo.com"_s,
             u"yahoo.fr"_s, u"yahoo.co.jp"_s, u"yahoo.com.br"_s, u"ymail.com"_s, u"hotmail.com"_s,
             u"hotmail.fr"_s, u"hotmail.co.uk"_s, u"hotmail.co.jp"_s, u"outlook.com"_s,
             u"outlook.jp"_s, u"live.com"_s, u"live.com.mx"_s, u"msn.com"_s, u"aol.com"_s,
             u"icloud.com"_s, u"me.com"_s, u"mac.com"_s, u"gmx.de"_s, u"gmx.net"_s, u"web.de"_s,
             u"t-online.de"_s, u"freenet.de"_s, u"orange.fr"_s, u"free.fr"_s, u"laposte.net"_s,
             u"wanadoo.fr"_s, u"sfr.fr"_s, u"libero.it"_s, u"yandex.ru"_s, u"mail.ru"_s,
             u"qq.com"_s, u"163.com"_s, u"126.com"_s, u"naver.com"_s, u"protonmail.com"_s,
             u"proton.me"_s, u"zohomail.com"_s, u"uol.com.br"_s, u"bol.com.br"_s, u"terra.com.br"_s,
             u"docomo.ne.jp"_s, u"ezweb.ne.jp"_s, u"softbank.ne.jp"_s, u"i.softbank.jp"_s,
             u"comcast.net"_s, u"btinternet.com"_s, u"gmail.com."_s})
        QTest::addRow("free %s", qPrintable(d)) << d << true;

    for (const QString &d : {u"acme.com"_s, u"zoho.com"_s, u"google.com"_s, u"microsoft.com"_s,
             u"yahoo.acme.com"_s, u"live.nation.com"_s, u"mail.acme.com"_s, u"gmail.acme.de"_s,
             u"hotmail.co.zz.uk"_s, u"vast-yogurt.com"_s, QString()})
        QTest::addRow("company %s", qPrintable(d)) << d << false;
}

void TestNormalizer::freeMail()
{
    QFETCH(QString, domain);
    QFETCH(bool, free);
    QCOMPARE(Normalizer::isFreeMailDomain(domain), free);
}

void TestNormalizer::companyDomain_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("website");
    QTest::addColumn<QString>("domain");

    QTest::newRow("from email") << u"jane@acme.com"_s << QString() << u"acme.com"_s;
    QTest::newRow("email wins over website")
        << u"jane@acme.com"_s << u"https://www.acme-group.com"_s << u"acme.com"_s;
    QTest::newRow("subdomain kept") << u"jane@eu.acme.com"_s << QString() << u"eu.acme.com"_s;
    QTest::newRow("free mail, website")
        << u"jane@gmail.com"_s << u"https://www.acme.com/about"_s << u"acme.com"_s;
    QTest::newRow("free mail, no website") << u"jane@gmail.com"_s << QString() << QString();
    QTest::newRow("free mail yahoo.co.jp") << u"x@yahoo.co.jp"_s << QString() << QString();
    QTest::newRow("invalid email, website")
        << u"jane at acme.com"_s << u"acme.org"_s << u"acme.org"_s;
    QTest::newRow("website scheme port path query")
        << QString() << u"HTTP://WWW.Acme.COM:8080/path/page?q=1#top"_s << u"acme.com"_s;
    QTest::newRow("website bare") << QString() << u"acme.com"_s << u"acme.com"_s;
    QTest::newRow("website www2 and slash")
        << QString() << u"www2.acme.co.uk/"_s << u"acme.co.uk"_s;
    QTest::newRow("website sample")
        << QString() << u"https://vast-yogurt.com"_s << u"vast-yogurt.com"_s;
    QTest::newRow("website subdomain")
        << QString() << u"https://shop.acme.com"_s << u"shop.acme.com"_s;
    QTest::newRow("website user info")
        << QString() << u"https://user:pw@acme.com/"_s << u"acme.com"_s;
    QTest::newRow("website trailing dot") << QString() << u"acme.com."_s << u"acme.com"_s;
    QTest::newRow("website protocol-relative") << QString() << u"//acme.com/x"_s << u"acme.com"_s;
    QTest::newRow("website ace") << QString() << u"https://www.xn--mller-kva.de"_s
                                 << u"müller.de"_s;
    QTest::newRow("website social profile")
        << QString() << u"https://www.linkedin.com/company/acme"_s << QString();
    QTest::newRow("website free mail host") << QString() << u"gmail.com"_s << QString();
    QTest::newRow("website placeholder") << QString() << u"n/a"_s << QString();
    QTest::newRow("website not a host") << QString() << u"localhost"_s << QString();
    QTest::newRow("website with spaces") << QString() << u"see acme.com"_s << QString();
    QTest::newRow("website ip") << QString() << u"http://192.168.0.1/"_s << QString();
    QTest::newRow("nothing") << QString() << QString() << QString();
}

void TestNormalizer::companyDomain()
{
    QFETCH(QString, email);
    QFETCH(QString, website);
    QFETCH(QString, domain);
    QCOMPARE(Normalizer::companyDomain(email, website), domain);
}

void TestNormalizer::employeeCount_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<qint64>("count"); // -1: none

    // The sample's bands
    QTest::newRow("1-10") << u"1-10"_s << qint64(1);
    QTest::newRow("11-50") << u"11-50"_s << qint64(11);
    QTest::newRow("51-200") << u"51-200"_s << qint64(51);
    QTest::newRow("201-500") << u"201-500"_s << qint64(201);
    QTest::newRow("501-1000") << u"501-1000"_s << qint64(501);
    QTest::newRow("1000+") << u"1000+"_s << qint64(1000);
    // Other ways of writing them
    QTest::newRow("plain") << u"35"_s << qint64(35);
    QTest::newRow("spaced band") << u" 11 - 50 "_s << qint64(11);
    QTest::newRow("en dash") << u"501–1000"_s << qint64(501);
    QTest::newRow("comma thousands") << u"1,200"_s << qint64(1200);
    QTest::newRow("dot thousands") << u"1.200"_s << qint64(1200);
    QTest::newRow("space thousands") << u"10 000+"_s << qint64(10000);
    QTest::newRow("band with thousands") << u"1,001-5,000"_s << qint64(1001);
    QTest::newRow("millions") << u"1,500,000"_s << qint64(1500000);
    QTest::newRow("k") << u"5K+"_s << qint64(5000);
    QTest::newRow("fraction k") << u"1.5k"_s << qint64(1500);
    QTest::newRow("with words") << u"50 employees"_s << qint64(50);
    QTest::newRow("German words") << u"ca. 250 Mitarbeiter"_s << qint64(250);
    QTest::newRow("less than") << u"<10"_s << qint64(1);
    QTest::newRow("up to") << u"up to 10"_s << qint64(1);
    QTest::newRow("bis") << u"bis 9"_s << qint64(1);
    QTest::newRow("more than") << u"more than 1000"_s << qint64(1000);
    QTest::newRow("zero") << u"0"_s << qint64(0);
    QTest::newRow("decimal without suffix") << u"1,2"_s << qint64(1);
    QTest::newRow("empty") << QString() << qint64(-1);
    QTest::newRow("n/a") << u"n/a"_s << qint64(-1);
    QTest::newRow("words") << u"self-employed"_s << qint64(-1);
    QTest::newRow("too long") << u"12345678901234567890"_s << qint64(-1);
}

void TestNormalizer::employeeCount()
{
    QFETCH(QString, raw);
    QFETCH(qint64, count);
    const std::optional<qint64> result = Normalizer::employeeCount(raw);
    if (count < 0) {
        QVERIFY2(!result, qPrintable(QString::number(result.value_or(0))));
    } else {
        QVERIFY(result.has_value());
        QCOMPARE(*result, count);
    }
}

void TestNormalizer::cleanText_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("cleaned");

    QTest::newRow("trim") << u"  hello  "_s << u"hello"_s;
    QTest::newRow("inner runs kept") << u"a   b"_s << u"a   b"_s;
    QTest::newRow("tab kept") << u"a\tb"_s << u"a\tb"_s;
    QTest::newRow("lines kept") << u"line 1\n\nline 2"_s << u"line 1\n\nline 2"_s;
    QTest::newRow("CRLF") << u"line 1\r\nline 2\r\n"_s << u"line 1\nline 2"_s;
    QTest::newRow("lone CR") << u"a\rb"_s << u"a\nb"_s;
    QTest::newRow("NUL") << QString(u"a\0b"_s) << u"ab"_s;
    QTest::newRow("bell and escape") << u"\u0007ding\u001b[0m"_s << u"ding[0m"_s;
    QTest::newRow("DEL and C1") << u"a\u007fb\u0090c"_s << u"abc"_s;
    QTest::newRow("NEL and line separator") << u"a\u0085b\u2028c"_s << u"a\nb\nc"_s;
    QTest::newRow("BOM") << u"\ufeffabc"_s << u"abc"_s;
    QTest::newRow("control then space trimmed") << QString(u"\0  x  \u0001"_s) << u"x"_s;
    QTest::newRow("only white space") << u" \n\t \n"_s << QString();
    QTest::newRow("sample notes") << u"Sed ullam magni.\n\"ea inventore\", dolores"_s
                                  << u"Sed ullam magni.\n\"ea inventore\", dolores"_s;
    QTest::newRow("unicode kept") << u" Müller & Söhne – 東京 "_s << u"Müller & Söhne – 東京"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("clean ascii") << u"Acme Corp."_s << u"Acme Corp."_s;
    QTest::newRow("trailing no-break space") << u"Acme\u00a0"_s << u"Acme"_s;
    QTest::newRow("leading tab") << u"\tAcme"_s << u"Acme"_s;
    QTest::newRow("inner newline only") << u"a\nb"_s << u"a\nb"_s;
}

void TestNormalizer::cleanText()
{
    QFETCH(QString, raw);
    QFETCH(QString, cleaned);
    QCOMPARE(Normalizer::cleanText(raw), cleaned);
    // The bulk import skips cleanText() when isClean() says it would change nothing.
    QCOMPARE(Normalizer::isClean(raw), raw == cleaned);
}

void TestNormalizer::foldKey_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");

    QTest::newRow("ascii") << u"Country/Region"_s << u"countryregion"_s;
    QTest::newRow("accents") << u"Côte d’Ivoire"_s << u"cotedivoire"_s;
    QTest::newRow("sharp s") << u"Straße"_s << u"strasse"_s;
    QTest::newRow("ligatures") << u"Ærø Œuvre"_s << u"aerooeuvre"_s;
    QTest::newRow("polish") << u"Łódź"_s << u"lodz"_s;
    QTest::newRow("ordinal") << u"Nº de empleados"_s << u"nodeempleados"_s;
    QTest::newRow("digits kept") << u"E-mail 1 - Value"_s << u"email1value"_s;
    QTest::newRow("other scripts") << u"東京 Ελλάδα"_s << u"東京ελλαδα"_s;
    QTest::newRow("punctuation only") << u" - / . "_s << QString();
}

void TestNormalizer::foldKey()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QCOMPARE(Normalizer::foldKey(text), key);
}

QTEST_APPLESS_MAIN(TestNormalizer)

#include "tst_normalizer.moc"
