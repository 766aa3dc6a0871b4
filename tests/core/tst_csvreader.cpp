#include "io/csvreader.h"
#include "io/textdecoder.h"

#include <QBuffer>
#include <QFile>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstring>
#include <optional>

using namespace Qt::StringLiterals;
using lf::CsvReader;
using lf::CsvRecord;
using lf::ErrorCode;

using Rows = QList<QStringList>;
using Lines = QList<qint64>;

namespace {

/// Everything a reader gave for one input.
struct Outcome
{
    Rows rows;
    Lines lines;
    QList<lf::Error> errors; ///< record errors read past, then the fatal one (if any)
    std::optional<lf::Error> openError;
    QString encoding;
    QChar delimiter;
    bool bom = false;
    qint64 bytesRead = 0;
    qint64 totalBytes = 0;
};

/// Reads every record; goes on after record errors (a repeated error is fatal and ends it).
Outcome readAll(CsvReader &reader)
{
    Outcome out;
    out.encoding = reader.encoding();
    out.delimiter = reader.delimiter();
    out.bom = reader.hasBom();
    out.totalBytes = reader.totalBytes();
    CsvRecord record;
    for (;;) {
        auto read = reader.readRecord(record);
        if (!read) {
            const lf::Error &e = read.error();
            if (!out.errors.isEmpty() && out.errors.last().message == e.message
                && out.errors.last().line == e.line)
                break;
            out.errors.append(e);
            continue;
        }
        if (!*read)
            break;
        out.rows.append(record.toStringList());
        out.lines.append(record.line);
    }
    out.bytesRead = reader.bytesRead();
    return out;
}

Outcome readBytes(const QByteArray &bytes, const CsvReader::Options &options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader;
    if (auto opened = reader.open(&buffer, u"test.csv"_s, options); !opened) {
        Outcome out;
        out.openError = opened.error();
        return out;
    }
    return readAll(reader);
}

QByteArray encode(const QString &text, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(text);
}

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

/// windows-1252 bytes for text (every character must exist in windows-1252).
QByteArray windows1252(const QString &text)
{
    auto decoder = lf::TextDecoder::forName(u"windows-1252");
    QByteArray bytes;
    for (QChar c : text) {
        if (c.unicode() < 0x80 || (c.unicode() >= 0xA0 && c.unicode() <= 0xFF)) {
            bytes.append(char(c.unicode()));
            continue;
        }
        // Find the byte in 0x80–0x9F that decodes to c.
        bool found = false;
        for (int b = 0x80; b < 0xA0 && !found; ++b) {
            QString one;
            decoder->decode(QByteArray(1, char(b)), one);
            if (one == QString(c)) {
                bytes.append(char(b));
                found = true;
            }
        }
        Q_ASSERT(found);
    }
    return bytes;
}

/// An independent, simple RFC 4180 parser for checking the fast one: whole text, char by char.
Rows referenceParse(QStringView text, QChar delimiter)
{
    Rows rows;
    QStringList row;
    QString field;
    bool inQuotes = false;
    bool fieldStart = true;
    bool any = false; // the current record has content
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"' && fieldStart) {
            inQuotes = true;
            fieldStart = false;
            any = true;
            continue;
        }
        if (c == delimiter) {
            row.append(field);
            field.clear();
            fieldStart = true;
            any = true;
            continue;
        }
        if (c == u'\r' || c == u'\n') {
            if (any) {
                row.append(field);
                rows.append(row);
            }
            row.clear();
            field.clear();
            fieldStart = true;
            any = false;
            continue;
        }
        field += c;
        fieldStart = false;
        any = true;
    }
    if (any) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

/// CSV text built from nasty pieces: quotes, delimiters and every kind of line break, inside and
/// outside quoted fields, and multi-byte characters.
QString randomCsv(quint32 seed, qsizetype size)
{
    QRandomGenerator random(seed);
    const QStringList pieces = {u"a"_s, u"bc"_s, u" "_s, u","_s, u"\""_s, u"\"\""_s, u"\r"_s,
        u"\n"_s, u"\r\n"_s, u"é"_s, u"€"_s, u"🚀"_s, u"名"_s, u"xyz "_s, u";"_s, u"\t"_s};
    QString text;
    while (text.size() < size) {
        const int fields = 1 + random.bounded(6);
        for (int f = 0; f < fields; ++f) {
            if (f > 0)
                text += u',';
            const bool quoted = random.bounded(3) == 0;
            QString value;
            const int n = random.bounded(8);
            for (int i = 0; i < n; ++i) {
                const QString &piece = pieces[random.bounded(pieces.size())];
                if (!quoted
                    && (piece.contains(u'"') || piece.contains(u',') || piece.contains(u'\r')
                        || piece.contains(u'\n')))
                    continue;
                value += piece;
            }
            if (quoted) {
                value.replace(u"\""_s, u"\"\""_s);
                value = u'"' + value + u'"';
            }
            text += value;
        }
        const int breaks = random.bounded(10);
        text += breaks == 0 ? u"\r"_s
            : breaks == 1   ? u"\n"_s
            : breaks == 2   ? u"\r\n\r\n"_s
                            : u"\r\n"_s;
    }
    return text;
}

/// A pipe-like device that hands out at most a few bytes per read, so the reader meets a chunk
/// boundary at every position.
class TrickleDevice : public QIODevice
{
public:
    TrickleDevice(QByteArray data, qint64 step)
        : m_data(std::move(data))
        , m_step(step)
    {
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min({max, m_step, qint64(m_data.size()) - m_pos});
        std::memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_step;
    qint64 m_pos = 0;
};

const QStringList kLeadHeaders = {u"First Name"_s, u"Last Name"_s, u"Email"_s, u"Phone Number"_s,
    u"Company Name"_s, u"Job Title"_s, u"Industry"_s, u"Number of Employees"_s, u"Annual Revenue"_s,
    u"Street Address"_s, u"City"_s, u"State/Region"_s, u"Postal Code"_s, u"Country/Region"_s,
    u"Website URL"_s, u"Lead Source"_s, u"Lead Status"_s, u"Notes"_s, u"Create Date"_s};

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void rfc4180_data();
    void rfc4180();
    void encodings_data();
    void encodings();
    void encodingSettledAfterSample_data();
    void encodingSettledAfterSample();
    void explicitEncoding();
    void unknownEncoding();
    void delimiters_data();
    void delimiters();
    void errors_data();
    void errors();
    void recordErrorsLetReadingGoOn();
    void hugeField();
    void binaryFile();
    void leads10k();
    void chunkBoundaries_data();
    void chunkBoundaries();
    void randomAgainstReference_data();
    void randomAgainstReference();
    void trickleDevice_data();
    void trickleDevice();
    void openByPathAndProgress();
    void badOptions();
    void recordReuse();
};

void TestCsvReader::rfc4180_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<Lines>("lines");

    const Rows ab12 = {{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}};
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << ab12 << Lines {1, 2};
    QTest::newRow("LF") << QByteArray("a,b\n1,2\n") << ab12 << Lines {1, 2};
    QTest::newRow("CR") << QByteArray("a,b\r1,2\r") << ab12 << Lines {1, 2};
    QTest::newRow("mixed breaks") << QByteArray("a,b\r\n1,2\n3,4\r5,6\r\n")
                                  << Rows {{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}, {u"3"_s, u"4"_s},
                                         {u"5"_s, u"6"_s}}
                                  << Lines {1, 2, 3, 4};
    QTest::newRow("no final newline") << QByteArray("a,b\r\n1,2") << ab12 << Lines {1, 2};
    QTest::newRow("quoted final field, no newline")
        << QByteArray("a,b\r\n1,\"2\"") << ab12 << Lines {1, 2};
    QTest::newRow("quoted delimiter")
        << QByteArray("a,b\r\n\"x,y\",z\r\n") << Rows {{u"a"_s, u"b"_s}, {u"x,y"_s, u"z"_s}}
        << Lines {1, 2};
    QTest::newRow("doubled quotes")
        << QByteArray("a,b\r\n\"say \"\"hi\"\"\",\"\"\"\"\r\n")
        << Rows {{u"a"_s, u"b"_s}, {u"say \"hi\""_s, u"\""_s}} << Lines {1, 2};
    QTest::newRow("CRLF in quotes")
        << QByteArray("a,b\r\n\"line 1\r\nline 2\",x\r\n3,4\r\n")
        << Rows {{u"a"_s, u"b"_s}, {u"line 1\r\nline 2"_s, u"x"_s}, {u"3"_s, u"4"_s}}
        << Lines {1, 2, 4};
    QTest::newRow("LF and CR in quotes")
        << QByteArray("a,b\n\"1\n2\r3\",x\n3,4\n")
        << Rows {{u"a"_s, u"b"_s}, {u"1\n2\r3"_s, u"x"_s}, {u"3"_s, u"4"_s}} << Lines {1, 2, 5};
    QTest::newRow("empty fields") << QByteArray("a,b,c\r\n,,\r\n\"\",x,\r\n")
                                  << Rows {{u"a"_s, u"b"_s, u"c"_s}, {u""_s, u""_s, u""_s},
                                         {u""_s, u"x"_s, u""_s}}
                                  << Lines {1, 2, 3};
    QTest::newRow("trailing delimiter at end of file")
        << QByteArray("a,b,c\r\n1,2,") << Rows {{u"a"_s, u"b"_s, u"c"_s}, {u"1"_s, u"2"_s, u""_s}}
        << Lines {1, 2};
    QTest::newRow("blank lines skipped")
        << QByteArray("\r\n\na,b\r\n\r\n\n\r1,2\r\n\r\n") << ab12 << Lines {3, 7};
    QTest::newRow("whitespace preserved")
        << QByteArray(" a ,\tb\t\r\n  , \" q \" \r\n")
        << Rows {{u" a "_s, u"\tb\t"_s}, {u"  "_s, u" \" q \" "_s}} << Lines {1, 2};
    QTest::newRow("quote inside unquoted field")
        << QByteArray("size,x\r\n5\" screen,a\"b\"\r\n")
        << Rows {{u"size"_s, u"x"_s}, {u"5\" screen"_s, u"a\"b\""_s}} << Lines {1, 2};
    QTest::newRow("single column")
        << QByteArray("name\r\nAda\r\nGrace") << Rows {{u"name"_s}, {u"Ada"_s}, {u"Grace"_s}}
        << Lines {1, 2, 3};
    QTest::newRow("one empty quoted field")
        << QByteArray("\"\"\r\n\"\"") << Rows {{u""_s}, {u""_s}} << Lines {1, 2};
    QTest::newRow("UTF-8 text") << utf8(u"名前,都市\r\n小泉 正夫,Zürich 🚀\r\n"_s)
                                << Rows {{u"名前"_s, u"都市"_s}, {u"小泉 正夫"_s, u"Zürich 🚀"_s}}
                                << Lines {1, 2};
    QTest::newRow("quoted field spanning many lines")
        << QByteArray("n,notes\r\n1,\"a\r\n\r\n\r\nb\"\r\n2,c\r\n")
        << Rows {{u"n"_s, u"notes"_s}, {u"1"_s, u"a\r\n\r\n\r\nb"_s}, {u"2"_s, u"c"_s}}
        << Lines {1, 2, 6};
}

void TestCsvReader::rfc4180()
{
    QFETCH(QByteArray, input);
    QFETCH(Rows, rows);
    QFETCH(Lines, lines);

    const Outcome out = readBytes(input);
    QVERIFY2(!out.openError, qPrintable(out.openError ? out.openError->toString() : QString()));
    QVERIFY2(out.errors.isEmpty(), qPrintable(out.errors.value(0).toString()));
    QCOMPARE(out.rows, rows);
    QCOMPARE(out.lines, lines);
    QCOMPARE(out.rows, referenceParse(QString::fromUtf8(input), u','));
}

void TestCsvReader::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<QString>("text");

    const QString text = u"Name,City,Note\r\nMüller,Köln,€ 12\r\n"
                         u"René,Paris,\"déjà vu, ça\"\r\nJosé,Málaga,ñandú\r\n"
                         u"Ärzte GmbH,Düsseldorf,„Angebot“ – 5 €\r\n"_s;
    const QByteArray utf8Bom("\xEF\xBB\xBF");
    QTest::newRow("UTF-8") << utf8(text) << u"UTF-8"_s << false << text;
    QTest::newRow("UTF-8 BOM") << utf8Bom + utf8(text) << u"UTF-8"_s << true << text;
    QTest::newRow("UTF-16LE BOM") << QByteArray("\xFF\xFE")
            + encode(text, QStringConverter::Utf16LE)
                                  << u"UTF-16LE"_s << true << text;
    QTest::newRow("UTF-16BE BOM") << QByteArray("\xFE\xFF")
            + encode(text, QStringConverter::Utf16BE)
                                  << u"UTF-16BE"_s << true << text;
    QTest::newRow("UTF-16LE") << encode(text, QStringConverter::Utf16LE) << u"UTF-16LE"_s << false
                              << text;
    QTest::newRow("UTF-16BE") << encode(text, QStringConverter::Utf16BE) << u"UTF-16BE"_s << false
                              << text;
    QTest::newRow("windows-1252") << windows1252(text) << u"windows-1252"_s << false << text;
    const QString short1252 = u"a,b\r\n€ ä é,x\r\n"_s;
    QTest::newRow("windows-1252 short")
        << windows1252(short1252) << u"windows-1252"_s << false << short1252;
    const QString ascii = u"id,name\r\n1,Ada\r\n"_s;
    QTest::newRow("ASCII") << utf8(ascii) << u"UTF-8"_s << false << ascii;
    const QString cjk = u"名前,会社\r\n小泉 正夫,株式会社一\r\n"_s;
    QTest::newRow("UTF-16LE CJK, no BOM")
        << encode(cjk, QStringConverter::Utf16LE) << u"UTF-16LE"_s << false << cjk;
}

void TestCsvReader::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(bool, bom);
    QFETCH(QString, text);

    // Through a real file, as an import would.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"in.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();

    CsvReader reader;
    auto opened = reader.open(path);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
    const Outcome out = readAll(reader);
    QVERIFY2(out.errors.isEmpty(), qPrintable(out.errors.value(0).toString()));
    QCOMPARE(out.encoding, encoding);
    QCOMPARE(out.bom, bom);
    QCOMPARE(out.delimiter, QChar(u','));
    QCOMPARE(out.rows, referenceParse(text, u','));
    QCOMPARE(out.bytesRead, bytes.size());
    QCOMPARE(out.totalBytes, bytes.size());
}

void TestCsvReader::encodingSettledAfterSample_data()
{
    QTest::addColumn<QByteArray>("tail");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("name");

    const QString name = u"Jürgen Groß, Düsseldorf — €5"_s;
    QTest::newRow("UTF-8") << utf8(u"\"%1\"\r\n"_s.arg(name)) << u"UTF-8"_s << name;
    const QString westName = u"Jürgen Groß, Düsseldorf – €5"_s;
    QString tail;
    for (int i = 0; i < 20; ++i)
        tail += u"\"%1\"\r\n"_s.arg(westName);
    QTest::newRow("windows-1252") << windows1252(tail) << u"windows-1252"_s << westName;
}

void TestCsvReader::encodingSettledAfterSample()
{
    // 100 KB of ASCII, so detection sees no non-ASCII byte; then names in another encoding.
    QFETCH(QByteArray, tail);
    QFETCH(QString, encoding);
    QFETCH(QString, name);

    QByteArray bytes("name\r\n");
    while (bytes.size() < 100 * 1024)
        bytes += "Ada Lovelace\r\n";
    const qsizetype asciiRows = bytes.count('\n');
    bytes += tail;
    const Outcome out = readBytes(bytes);
    QVERIFY2(out.errors.isEmpty(), qPrintable(out.errors.value(0).toString()));
    QCOMPARE(out.encoding, u"UTF-8"_s); // at open(): ASCII so far
    QCOMPARE(out.rows.size(), bytes.count('\n'));
    QCOMPARE(out.rows.value(asciiRows), QStringList {name});
    QCOMPARE(out.lines.value(asciiRows), asciiRows + 1);

    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader;
    QVERIFY(reader.open(&buffer, u"late.csv"_s));
    readAll(reader);
    QCOMPARE(reader.encoding(), encoding);
}

void TestCsvReader::explicitEncoding()
{
    // The same windows-1252 bytes read as Latin-1 give C1 controls for € and „: the option wins.
    const QString text = u"a,b\r\n€ ä é,„x“\r\n"_s;
    const QByteArray bytes = windows1252(text);
    CsvReader::Options options;
    options.encoding = u"latin1"_s;
    Outcome out = readBytes(bytes, options);
    QCOMPARE(out.encoding, u"ISO-8859-1"_s);
    QCOMPARE(out.rows.value(1).value(0), u"\u0080 ä é"_s);

    options.encoding = u"CP1252"_s;
    out = readBytes(bytes, options);
    QCOMPARE(out.encoding, u"windows-1252"_s);
    QCOMPARE(out.rows, referenceParse(text, u','));

    // ISO-8859-15 has € at 0xA4, where Latin-1 has ¤.
    options.encoding = u"ISO-8859-15"_s;
    out = readBytes(QByteArray("price\r\n\xA4 5\r\n"), options);
    QCOMPARE(out.encoding, u"ISO-8859-15"_s);
    QCOMPARE(out.rows.value(1), QStringList {u"€ 5"_s});

    // A short Western file uchardet may misjudge: the override reads it right.
    const QString latin = u"Name,City\r\nRené,Málaga\r\nFrançois,Montréal\r\n"_s;
    options.encoding = u"ISO-8859-1"_s;
    out = readBytes(latin.toLatin1(), options);
    QCOMPARE(out.rows, referenceParse(latin, u','));

    // UTF-8 named explicitly: the BOM is still recognised and skipped.
    options.encoding = u"utf8"_s;
    out = readBytes(QByteArray("\xEF\xBB\xBF") + utf8(u"x\r\ny\r\n"_s), options);
    QVERIFY(out.bom);
    QCOMPARE(out.rows, (Rows {{u"x"_s}, {u"y"_s}}));

    // UTF-16 without an order: the NUL pattern tells big-endian.
    options.encoding = u"UTF-16"_s;
    out = readBytes(encode(u"a,b\r\n1,2\r\n"_s, QStringConverter::Utf16BE), options);
    QCOMPARE(out.encoding, u"UTF-16BE"_s);
    QCOMPARE(out.rows, (Rows {{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}}));

    // Any other encoding this Qt build knows (ICU on Debian): Cyrillic windows-1251.
    options.encoding = u"windows-1251"_s;
    out = readBytes(QByteArray("\xC8\xE2\xE0\xED,\xCC\xEE\xF1\xEA\xE2\xE0\r\n"), options);
    QCOMPARE(out.encoding, u"windows-1251"_s);
    QCOMPARE(out.rows, (Rows {{u"Иван"_s, u"Москва"_s}}));
}

void TestCsvReader::unknownEncoding()
{
    CsvReader::Options options;
    options.encoding = u"klingon-8"_s;
    const Outcome out = readBytes(QByteArray("a,b\r\n"), options);
    QVERIFY(out.openError);
    QCOMPARE(out.openError->code, ErrorCode::Invalid);
    QVERIFY2(out.openError->message.contains(u"klingon-8"_s), qPrintable(out.openError->message));
    QCOMPARE(out.openError->file, u"test.csv"_s);
}

void TestCsvReader::delimiters_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QChar>("option");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<Rows>("rows");

    const Rows abc = {{u"a"_s, u"b"_s, u"c"_s}, {u"1"_s, u"2"_s, u"3"_s}};
    QTest::newRow("comma") << QByteArray("a,b,c\r\n1,2,3\r\n") << QChar() << QChar(u',') << abc;
    QTest::newRow("semicolon") << QByteArray("a;b;c\r\n1;2;3\r\n") << QChar() << QChar(u';') << abc;
    QTest::newRow("tab") << QByteArray("a\tb\tc\r\n1\t2\t3\r\n") << QChar() << QChar(u'\t') << abc;
    QTest::newRow("pipe") << QByteArray("a|b|c\r\n1|2|3\r\n") << QChar() << QChar(u'|') << abc;
    QTest::newRow("semicolon with decimal commas")
        << QByteArray("name;price;qty\r\nTea;1,50;2\r\nCake;2,75;1\r\nJam;3;4,5\r\n") << QChar()
        << QChar(u';')
        << Rows {{u"name"_s, u"price"_s, u"qty"_s}, {u"Tea"_s, u"1,50"_s, u"2"_s},
               {u"Cake"_s, u"2,75"_s, u"1"_s}, {u"Jam"_s, u"3"_s, u"4,5"_s}};
    QTest::newRow("comma with semicolons in quotes")
        << QByteArray("a,b\r\n\"x;y;z\",1\r\n\"p;q\",2\r\n") << QChar() << QChar(u',')
        << Rows {{u"a"_s, u"b"_s}, {u"x;y;z"_s, u"1"_s}, {u"p;q"_s, u"2"_s}};
    QTest::newRow("tab with commas in text")
        << QByteArray("name\tnote\r\nAda\tHi, there, you\r\nBob\tok\r\n") << QChar() << QChar(u'\t')
        << Rows {{u"name"_s, u"note"_s}, {u"Ada"_s, u"Hi, there, you"_s}, {u"Bob"_s, u"ok"_s}};
    QTest::newRow("tie prefers comma")
        << QByteArray("a,b;c\r\n") << QChar() << QChar(u',') << Rows {{u"a"_s, u"b;c"_s}};
    QTest::newRow("single column defaults to comma") << QByteArray(
        "name\r\nAda\r\n") << QChar() << QChar(u',') << Rows {{u"name"_s}, {u"Ada"_s}};
    QTest::newRow("explicit overrides detection")
        << QByteArray("a;b,c\r\n1;2,3\r\n") << QChar(u';') << QChar(u';')
        << Rows {{u"a"_s, u"b,c"_s}, {u"1"_s, u"2,3"_s}};
    QTest::newRow("explicit unusual delimiter")
        << utf8(u"a§b\r\n1§2\r\n"_s) << QChar(u'§') << QChar(u'§')
        << Rows {{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}};
}

void TestCsvReader::delimiters()
{
    QFETCH(QByteArray, input);
    QFETCH(QChar, option);
    QFETCH(QChar, delimiter);
    QFETCH(Rows, rows);

    CsvReader::Options options;
    options.delimiter = option;
    const Outcome out = readBytes(input, options);
    QVERIFY(!out.openError);
    QVERIFY2(out.errors.isEmpty(), qPrintable(out.errors.value(0).toString()));
    QCOMPARE(out.delimiter, delimiter);
    QCOMPARE(out.rows, rows);
}

void TestCsvReader::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qint64>("maxFieldLength");
    QTest::addColumn<bool>("fromOpen");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<qint64>("column");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("rowsBefore"); // records read before the error

    const qint64 noLimit = 1024 * 1024;
    QTest::newRow("empty") << QByteArray() << noLimit << true << ErrorCode::Parse << qint64(0)
                           << qint64(0) << u"The file is empty."_s << 0;
    QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF") << noLimit << true << ErrorCode::Parse
                                << qint64(0) << qint64(0) << u"The file is empty."_s << 0;
    QTest::newRow("only line breaks")
        << QByteArray("\r\n\r\n\n") << noLimit << true << ErrorCode::Parse << qint64(0) << qint64(0)
        << u"The file is empty."_s << 0;
    QTest::newRow("NUL bytes") << QByteArray("a,b\r\n1,\0\0\0x\r\n", 13) << noLimit << true
                               << ErrorCode::Parse << qint64(0) << qint64(0)
                               << u"is not a text file"_s << 0;
    QTest::newRow("control bytes")
        << QByteArray("\x01\x02\x03\x04\x05\x06\x07\x08,\x0E\x0F\r\n").repeated(3) << noLimit
        << true << ErrorCode::Parse << qint64(0) << qint64(0) << u"is not a text file"_s << 0;
    // A few control characters in a text file: an error for their record, at its line and field,
    // the same rule as beyond the detection sample.
    QTest::newRow("terminal escape in a field")
        << QByteArray("a,b\r\n1,x\x1b[2Jy\r\n2,ok\r\n") << noLimit << false << ErrorCode::Parse
        << qint64(2) << qint64(2) << u"Field 2 holds the control character U+001B"_s << 1;
    QTest::newRow("bell in a quoted field")
        << QByteArray("a,b\r\n1,2\r\n\"3\x07\",4\r\n") << noLimit << false << ErrorCode::Parse
        << qint64(3) << qint64(1) << u"control character U+0007"_s << 2;
    QTest::newRow("DEL in a field")
        << QByteArray("a,b\r\n1,2\x7f\r\n") << noLimit << false << ErrorCode::Parse << qint64(2)
        << qint64(2) << u"control character U+007F"_s << 1;
    QTest::newRow("unterminated quote")
        << QByteArray("a,b,c\r\n1,2,3\r\n4,\"five\r\n6,7,8\r\n") << noLimit << false
        << ErrorCode::Parse << qint64(3) << qint64(2) << u"never closed"_s << 2;
    QTest::newRow("unterminated quote, first field")
        << QByteArray("a,b\r\n\"x") << noLimit << false << ErrorCode::Parse << qint64(2)
        << qint64(1) << u"never closed"_s << 1;
    QTest::newRow("field too long")
        << QByteArray("a,b\r\n1,2\r\n3,45678901234\r\n") << qint64(10) << false << ErrorCode::Parse
        << qint64(3) << qint64(2) << u"limit of 10 characters"_s << 2;
    QTest::newRow("quoted field too long")
        << QByteArray("a,b\r\n1,\"2\r\n34567\r\n8901234\"\r\n") << qint64(10) << false
        << ErrorCode::Parse << qint64(2) << qint64(2) << u"limit of 10 characters"_s << 1;
    QTest::newRow("too few fields")
        << QByteArray("a,b,c\r\n1,2,3\r\n4,5\r\n") << noLimit << false << ErrorCode::Parse
        << qint64(3) << qint64(0) << u"Expected 3 fields, as in the first record, found 2."_s << 2;
    QTest::newRow("too many fields")
        << QByteArray("a,b\r\n\"1\r\n\",2\r\n3,4,5\r\n") << noLimit << false << ErrorCode::Parse
        << qint64(4) << qint64(0) << u"Expected 2 fields, as in the first record, found 3."_s << 2;
    QTest::newRow("text after closing quote")
        << QByteArray("a,b\r\n1,\"abc\"x\r\n") << noLimit << false << ErrorCode::Parse << qint64(2)
        << qint64(2) << u"text after its closing quote"_s << 1;
    QTest::newRow("space after closing quote")
        << QByteArray("a,b\r\n\"x\" ,1\r\n") << noLimit << false << ErrorCode::Parse << qint64(2)
        << qint64(1) << u"text after its closing quote"_s << 1;

    // Past the 64 KiB detection sample, NULs and broken UTF-8 are found while reading.
    QByteArray big("n,text\r\n");
    for (int i = 2; big.size() < 100 * 1024; ++i)
        big += QByteArray::number(i) + ",Zürich\r\n";
    const auto bigLine = qint64(big.count('\n') + 1);
    QTest::newRow("NUL after the sample")
        << big + QByteArray("9,a\0b\r\n", 7) << noLimit << false << ErrorCode::Parse << bigLine
        << qint64(0) << u"is not a text file"_s << int(bigLine - 1);
    QTest::newRow("control character after the sample")
        << big + "9,a\x1b[31mb\r\n10,c\r\n"
        << noLimit << false << ErrorCode::Parse << bigLine << qint64(2)
        << u"Field 2 holds the control character U+001B"_s << int(bigLine - 1);
    QTest::newRow("invalid UTF-8 after the sample")
        << big + "9,M\xFCller\r\n"
        << noLimit << false << ErrorCode::Parse << bigLine << qint64(0) << u"not valid UTF-8"_s
        << int(bigLine - 1);
    QTest::newRow("truncated UTF-8 at the end")
        << big + "9,\xC3" << noLimit << false << ErrorCode::Parse << bigLine << qint64(0)
        << u"not valid UTF-8"_s << int(bigLine - 1);
}

void TestCsvReader::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(qint64, maxFieldLength);
    QFETCH(bool, fromOpen);
    QFETCH(ErrorCode, code);
    QFETCH(qint64, line);
    QFETCH(qint64, column);
    QFETCH(QString, message);
    QFETCH(int, rowsBefore);

    CsvReader::Options options;
    options.maxFieldLength = maxFieldLength;
    const Outcome out = readBytes(input, options);
    const lf::Error error =
        fromOpen ? out.openError.value_or(lf::Error {}) : out.errors.value(0, lf::Error {});
    QVERIFY2(fromOpen ? bool(out.openError) : !out.errors.isEmpty(),
        qPrintable(out.openError ? out.openError->toString() : u"no error"_s));
    QCOMPARE(error.code, code);
    QCOMPARE(error.file, u"test.csv"_s);
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    if (!fromOpen)
        QCOMPARE(
            std::count_if(out.lines.begin(), out.lines.end(), [&](qint64 l) { return l < line; }),
            rowsBefore);
}

void TestCsvReader::recordErrorsLetReadingGoOn()
{
    // "record", "end" or the error, for one readRecord() call.
    auto step = [](CsvReader &reader, CsvRecord &record) {
        const auto read = reader.readRecord(record);
        return read ? (*read ? u"record"_s : u"end"_s) : read.error().toString();
    };
    QBuffer buffer;
    buffer.setData("a,b\r\n1\r\n2,\"x\"y\r\n3,4\r\n5,6,7\r\n8,9");
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader;
    QVERIFY(reader.open(&buffer, u"bad.csv"_s));
    CsvRecord record;
    QCOMPARE(step(reader, record), u"record"_s);
    QCOMPARE(
        step(reader, record), u"bad.csv:2: Expected 2 fields, as in the first record, found 1."_s);
    QCOMPARE(record.toStringList(), QStringList {u"1"_s}); // the record as read
    QCOMPARE(step(reader, record),
        u"bad.csv:3:2: Field 2 has text after its closing quote; a quote inside a quoted field "
        u"must be doubled (\"\")."_s);
    QCOMPARE(record.toStringList(), (QStringList {u"2"_s, u"xy"_s}));
    QCOMPARE(step(reader, record), u"record"_s);
    QCOMPARE(record.toStringList(), (QStringList {u"3"_s, u"4"_s}));
    QCOMPARE(
        step(reader, record), u"bad.csv:5: Expected 2 fields, as in the first record, found 3."_s);
    QCOMPARE(step(reader, record), u"record"_s);
    QCOMPARE(record.toStringList(), (QStringList {u"8"_s, u"9"_s}));
    QCOMPARE(record.line, qint64(6));
    QCOMPARE(step(reader, record), u"end"_s);
    QCOMPARE(step(reader, record), u"end"_s);

    // A fatal error stays.
    QBuffer broken;
    broken.setData("a\r\n\"open");
    QVERIFY(broken.open(QIODevice::ReadOnly));
    QVERIFY(reader.open(&broken, u"broken.csv"_s));
    QCOMPARE(step(reader, record), u"record"_s);
    const QString first = step(reader, record);
    QVERIFY(first.startsWith(u"broken.csv:2:1: The quoted field 1 is never closed"_s));
    QCOMPARE(step(reader, record), first);
}

void TestCsvReader::hugeField()
{
    // A 10 MB quoted field (with line breaks and doubled quotes), between two normal records.
    QString field(10 * 1000 * 1000, u'x');
    for (qsizetype i = 1000; i < field.size(); i += 100 * 1000) {
        field[i] = u'"';
        field[i + 1] = u'\n';
    }
    QString escaped = field;
    escaped.replace(u"\""_s, u"\"\""_s);
    const QByteArray input = utf8(u"id,blob\r\n1,\"%1\"\r\n2,end\r\n"_s.arg(escaped));
    const auto breaks = qint64(field.count(u'\n'));

    CsvReader::Options options;
    options.maxFieldLength = 16 * 1024 * 1024;
    Outcome out = readBytes(input, options);
    QVERIFY2(out.errors.isEmpty(), qPrintable(out.errors.value(0).toString()));
    QCOMPARE(out.rows.size(), 3);
    QVERIFY(out.rows[1][1] == field);
    QCOMPARE(out.rows[2], (QStringList {u"2"_s, u"end"_s}));
    QCOMPARE(out.lines[2], 3 + breaks);

    // With the default limit of 1 MiB: an error at the field's start, then reading goes on.
    out = readBytes(input);
    QCOMPARE(out.errors.size(), 1);
    QCOMPARE(out.errors[0].line, qint64(2));
    QCOMPARE(out.errors[0].column, qint64(2));
    QVERIFY(out.errors[0].message.contains(u"1048576"_s));
    QCOMPARE(out.rows, (Rows {{u"id"_s, u"blob"_s}, {u"2"_s, u"end"_s}}));
}

void TestCsvReader::binaryFile()
{
    // A PNG header and random bytes, as someone picking the wrong file would give.
    QByteArray png("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);
    QRandomGenerator random(42);
    while (png.size() < 200 * 1024)
        png.append(char(random.bounded(256)));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"picture.png"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(png);
    file.close();

    CsvReader reader;
    const auto opened = reader.open(path);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, ErrorCode::Parse);
    QCOMPARE(opened.error().file, path);
    QVERIFY(opened.error().message.contains(u"is not a text file"_s));
    CsvRecord record;
    QCOMPARE(reader.readRecord(record).error().code, ErrorCode::Invalid); // not open

    // Random bytes without any NUL are refused too (control bytes, or undecodable).
    QByteArray noNul;
    while (noNul.size() < 10 * 1024)
        noNul.append(char(1 + random.bounded(255)));
    const Outcome out = readBytes(noNul);
    QVERIFY(out.openError);
    QVERIFY(out.openError->message.contains(u"is not a text file"_s));
}

void TestCsvReader::leads10k()
{
    // Expected figures computed with Python's csv module on the same file.
    const QString path = QStringLiteral(LEADFLOW_SAMPLE_LEADS);
    CsvReader reader;
    const auto opened = reader.open(path);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
    QCOMPARE(reader.encoding(), u"UTF-8"_s);
    QCOMPARE(reader.delimiter(), QChar(u','));
    QVERIFY(!reader.hasBom());

    CsvRecord record;
    qint64 records = 0;
    qint64 characters = 0;
    qint64 multiLine = 0;
    qint64 lastLine = 0;
    for (;;) {
        auto read = reader.readRecord(record);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
        if (!*read)
            break;
        ++records;
        QCOMPARE(record.size(), 19);
        bool hasBreak = false;
        for (qsizetype i = 0; i < record.size(); ++i) {
            characters += record.field(i).size();
            hasBreak = hasBreak || record.field(i).contains(u'\n');
        }
        multiLine += hasBreak;
        lastLine = record.line;
        switch (records) {
        case 1:
            QCOMPARE(record.toStringList(), kLeadHeaders);
            break;
        case 2:
            QCOMPARE(record.field(0).toString(), u"Rodrigo"_s);
            QCOMPARE(record.field(3).toString(), u"(307) 886-8503 x2497"_s);
            QVERIFY(record.field(4).isEmpty());
            QCOMPARE(record.field(18).toString(), u"2026-05-11T13:52:30.710Z"_s);
            break;
        case 20:
            QCOMPARE(record.field(0).toString(), u"正夫"_s);
            QCOMPARE(record.field(1).toString(), u"小泉"_s);
            QCOMPARE(record.line, qint64(20));
            break;
        case 29:
            QCOMPARE(record.line, qint64(29));
            QCOMPARE(record.field(0).toString(), u"Fynn"_s);
            QCOMPARE(record.field(17).toString(),
                u"Sed ullam magni delectus excepturi id.\n"
                u"\"ea inventore ducimus\", dolores similique"_s);
            break;
        case 138:
            QCOMPARE(record.field(0).toString(), u" Luis Miguel "_s); // whitespace kept
            QCOMPARE(record.line, qint64(144));
            break;
        default:
            break;
        }
    }
    QCOMPARE(records, qint64(10001));
    QCOMPARE(multiLine, qint64(469));
    QCOMPARE(characters, qint64(2319878));
    QCOMPARE(lastLine, qint64(10470));
    QCOMPARE(record.size(), 0); // cleared by the final read
    QCOMPARE(reader.bytesRead(), qint64(2566096));
    QCOMPARE(reader.totalBytes(), qint64(2566096));
}

void TestCsvReader::chunkBoundaries_data()
{
    // The parser sees the 64 KiB sample, then 1 MiB chunks: put each tricky sequence across the
    // first boundaries at every offset.
    QTest::addColumn<QByteArray>("special");
    QTest::addColumn<qsizetype>("boundary");

    const qsizetype boundaries[] = {64 * 1024, 64 * 1024 + 1024 * 1024};
    const std::pair<const char *, QByteArray> specials[] = {
        {"CRLF", QByteArray("x\r\ny")},
        {"doubled quote", QByteArray("\"a\"\"b\"")},
        {"CRLF in quotes", QByteArray("\"a\r\nb\"")},
        {"closing quote then delimiter", QByteArray("\"ab\",c")},
        {"multi-byte", utf8(u"é€🚀"_s)},
        {"blank lines", QByteArray("\r\n\r\n\r\n")},
    };
    for (const qsizetype boundary : boundaries) {
        for (const auto &[name, bytes] : specials) {
            for (qsizetype shift = 0; shift <= bytes.size(); ++shift) {
                QTest::addRow("%s at %lld, shift %lld", name, qlonglong(boundary), qlonglong(shift))
                    << bytes << boundary - shift;
            }
        }
    }
}

void TestCsvReader::chunkBoundaries()
{
    QFETCH(QByteArray, special);
    QFETCH(qsizetype, boundary);

    // Fill with records so that "s," ends, and the special bytes start, exactly at boundary.
    QByteArray input("k,v\r\n");
    while (boundary - 2 - input.size() > 50)
        input += "r," + QByteArray(40, char('a' + input.size() % 26)) + "\r\n";
    input += "f," + QByteArray(boundary - 2 - input.size() - 4, 'z') + "\r\n";
    QCOMPARE(input.size(), boundary - 2);
    input += "s,"; // the special sequence is the value of this record
    input += special;
    input += ",z\r\nlast,1\r\n";

    CsvReader::Options options;
    options.requireSameFieldCount = false;
    const Outcome out = readBytes(input, options);
    QVERIFY2(out.errors.isEmpty(), qPrintable(out.errors.value(0).toString()));
    const QString text = QString::fromUtf8(input);
    QCOMPARE(out.rows, referenceParse(text, u','));
    // Line numbers: count them independently.
    const qsizetype lastStart = text.lastIndexOf(u"last,1"_s);
    const QString before = text.left(lastStart);
    const qint64 expectedLine = 1 + before.count(u"\r\n"_s)
        + (before.count(u'\r') - before.count(u"\r\n"_s))
        + (before.count(u'\n') - before.count(u"\r\n"_s));
    QCOMPARE(out.lines.last(), expectedLine);
}

void TestCsvReader::randomAgainstReference_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {1u, 2u, 3u}) {
        QTest::addRow("UTF-8 %u", seed) << u"UTF-8"_s << seed;
        QTest::addRow("UTF-16LE %u", seed) << u"UTF-16LE"_s << seed;
    }
}

void TestCsvReader::randomAgainstReference()
{
    // ~3 MB of records built from nasty pieces, parsed by the reader and by the simple reference.
    QFETCH(QString, encoding);
    QFETCH(quint32, seed);
    const QString text = randomCsv(seed, 1500 * 1000);
    const QByteArray bytes =
        encoding == u"UTF-8"_s ? utf8(text) : encode(text, QStringConverter::Utf16LE);
    CsvReader::Options options;
    options.requireSameFieldCount = false;
    options.delimiter = u',';
    options.encoding = encoding;
    const Outcome out = readBytes(bytes, options);
    QVERIFY2(out.errors.isEmpty(), qPrintable(out.errors.value(0).toString()));
    const Rows expected = referenceParse(text, u',');
    QCOMPARE(out.rows.size(), expected.size());
    QCOMPARE(out.rows, expected);
}

void TestCsvReader::trickleDevice_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<qint64>("step");
    for (qint64 step : {1, 2, 3, 5}) {
        QTest::addRow("UTF-8, %lld bytes a read", step) << u"UTF-8"_s << step;
        QTest::addRow("UTF-16BE, %lld bytes a read", step) << u"UTF-16BE"_s << step;
    }
}

void TestCsvReader::trickleDevice()
{
    QFETCH(QString, encoding);
    QFETCH(qint64, step);
    const QString text = u"id,text\r\n"_s + randomCsv(7, 100 * 1000);
    const QByteArray bytes = encoding == u"UTF-8"_s ? QByteArray("\xEF\xBB\xBF") + utf8(text)
                                                    : encode(text, QStringConverter::Utf16BE);
    TrickleDevice device(bytes, step);
    QVERIFY(device.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    CsvReader reader;
    CsvReader::Options options;
    options.requireSameFieldCount = false;
    options.delimiter = u','; // random records do not have a consistent field count to detect
    QVERIFY(reader.open(&device, u"pipe"_s, options));
    QCOMPARE(reader.totalBytes(), qint64(-1));
    QCOMPARE(reader.encoding(), encoding);
    const Outcome out = readAll(reader);
    QVERIFY2(out.errors.isEmpty(), qPrintable(out.errors.value(0).toString()));
    QCOMPARE(out.rows, referenceParse(text, u','));
    QCOMPARE(out.bytesRead, qint64(bytes.size()));
}

void TestCsvReader::openByPathAndProgress()
{
    CsvReader reader;
    auto opened = reader.open(u"/nonexistent/dir/leads.csv"_s);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, ErrorCode::Io);
    QCOMPARE(opened.error().file, u"/nonexistent/dir/leads.csv"_s);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray bytes("a,b\r\n");
    while (bytes.size() < 3 * 1024 * 1024)
        bytes += "12345,67890\r\n";
    file.write(bytes);
    file.close();

    QVERIFY(reader.open(path));
    QCOMPARE(reader.fileName(), path);
    QCOMPARE(reader.totalBytes(), bytes.size());
    CsvRecord record;
    qint64 lastProgress = 0;
    while (reader.readRecord(record).value_or(false)) {
        QVERIFY(reader.bytesRead() >= lastProgress);
        QVERIFY(reader.bytesRead() <= reader.totalBytes());
        lastProgress = reader.bytesRead();
    }
    QCOMPARE(reader.bytesRead(), bytes.size());
}

void TestCsvReader::badOptions()
{
    CsvReader::Options options;
    options.delimiter = u'"';
    Outcome out = readBytes(QByteArray("a\r\n"), options);
    QVERIFY(out.openError);
    QCOMPARE(out.openError->code, ErrorCode::Invalid);

    options.delimiter = QChar();
    options.maxFieldLength = 0;
    out = readBytes(QByteArray("a\r\n"), options);
    QVERIFY(out.openError);
    QCOMPARE(out.openError->code, ErrorCode::Invalid);

    QBuffer closed;
    CsvReader reader;
    const auto opened = reader.open(&closed, u"closed"_s);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, ErrorCode::Invalid);
}

void TestCsvReader::recordReuse()
{
    // One record object for every read: views stay right, nothing leaks from the previous record.
    QBuffer buffer;
    buffer.setData("long field here,b\r\nx,\r\n");
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader;
    QVERIFY(reader.open(&buffer, u"r.csv"_s));
    CsvRecord record;
    QVERIFY(*reader.readRecord(record));
    QCOMPARE(record.field(0).toString(), u"long field here"_s);
    QVERIFY(*reader.readRecord(record));
    QCOMPARE(record.size(), 2);
    QCOMPARE(record.field(0).toString(), u"x"_s);
    QVERIFY(record.field(1).isEmpty());
    QCOMPARE(record.line, qint64(2));
}

QTEST_APPLESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
