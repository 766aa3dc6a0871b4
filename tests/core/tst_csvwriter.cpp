#include "io/csvreader.h"
#include "io/csvwriter.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using lf::CsvReader;
using lf::CsvRecord;
using lf::CsvWriter;
using lf::ErrorCode;

using Rows = QList<QStringList>;

namespace {

/// The bytes a writer gives for rows.
QByteArray write(const Rows &rows, const CsvWriter::Options &options = {})
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer;
    if (!writer.open(&buffer, u"out.csv"_s, options))
        return "open failed";
    for (const QStringList &row : rows) {
        if (!writer.writeRecord(row))
            return "write failed";
    }
    if (!writer.close())
        return "close failed";
    return buffer.data();
}

/// Reads bytes back with CsvReader (delimiter detected unless given).
Rows read(const QByteArray &bytes, QChar delimiter = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader;
    CsvReader::Options options;
    options.delimiter = delimiter;
    options.requireSameFieldCount = false;
    Rows rows;
    if (!reader.open(&buffer, u"in.csv"_s, options))
        return rows;
    CsvRecord record;
    while (reader.readRecord(record).value_or(false))
        rows.append(record.toStringList());
    return rows;
}

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void quoting_data();
    void quoting();
    void delimitersAndBom_data();
    void delimitersAndBom();
    void guard_data();
    void guard();
    void guardOff();
    void unguardRoundTrip();
    void roundTrip_data();
    void roundTrip();
    void fieldByField();
    void saveFileOnlyOnClose();
    void diskFull();
    void badArguments();
};

void TestCsvWriter::quoting_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("plain") << QStringList {u"a"_s, u"b c"_s} << QByteArray("a,b c\r\n");
    QTest::newRow("delimiter") << QStringList {u"a,b"_s, u"c"_s} << QByteArray("\"a,b\",c\r\n");
    QTest::newRow("quote") << QStringList {u"say \"hi\""_s} << QByteArray("\"say \"\"hi\"\"\"\r\n");
    QTest::newRow("only a quote") << QStringList {u"\""_s, u"x"_s} << QByteArray("\"\"\"\",x\r\n");
    QTest::newRow("CR") << QStringList {u"a\rb"_s, u"x"_s} << QByteArray("\"a\rb\",x\r\n");
    QTest::newRow("LF") << QStringList {u"a\nb"_s, u"x"_s} << QByteArray("\"a\nb\",x\r\n");
    QTest::newRow("CRLF") << QStringList {u"a\r\nb"_s, u"x"_s} << QByteArray("\"a\r\nb\",x\r\n");
    QTest::newRow("leading space") << QStringList {u" a"_s, u"x"_s} << QByteArray("\" a\",x\r\n");
    QTest::newRow("trailing space") << QStringList {u"a "_s, u"x"_s} << QByteArray("\"a \",x\r\n");
    QTest::newRow("inner space") << QStringList {u"a b"_s} << QByteArray("a b\r\n");
    QTest::newRow("empty fields") << QStringList {u""_s, u""_s} << QByteArray(",\r\n");
    QTest::newRow("one empty field") << QStringList {u""_s} << QByteArray("\"\"\r\n");
    QTest::newRow("no fields") << QStringList {} << QByteArray("\"\"\r\n");
    QTest::newRow("semicolon needs no quotes") << QStringList {u"a;b"_s} << QByteArray("a;b\r\n");
    QTest::newRow("UTF-8") << QStringList {u"Zürich"_s, u"小泉"_s, u"🚀"_s}
                           << u"Zürich,小泉,🚀\r\n"_s.toUtf8();
}

void TestCsvWriter::quoting()
{
    QFETCH(QStringList, fields);
    QFETCH(QByteArray, bytes);
    QCOMPARE(write({fields}), bytes);
    QCOMPARE(CsvWriter::needsQuotes(u"a,b", u','), true);
    QCOMPARE(CsvWriter::needsQuotes(u"a,b", u';'), false);
}

void TestCsvWriter::delimitersAndBom_data()
{
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("comma") << QChar(u',') << false << QByteArray("a,\"b,c\",d;e\r\n");
    QTest::newRow("comma BOM") << QChar(u',') << true
                               << QByteArray("\xEF\xBB\xBF"
                                             "a,\"b,c\",d;e\r\n");
    QTest::newRow("semicolon") << QChar(u';') << false << QByteArray("a;b,c;\"d;e\"\r\n");
    QTest::newRow("tab") << QChar(u'\t') << false << QByteArray("a\tb,c\td;e\r\n");
    QTest::newRow("pipe") << QChar(u'|') << true
                          << QByteArray("\xEF\xBB\xBF"
                                        "a|b,c|d;e\r\n");
}

void TestCsvWriter::delimitersAndBom()
{
    QFETCH(QChar, delimiter);
    QFETCH(bool, bom);
    QFETCH(QByteArray, bytes);

    CsvWriter::Options options;
    options.delimiter = delimiter;
    options.writeBom = bom;
    const Rows rows = {{u"a"_s, u"b,c"_s, u"d;e"_s}};
    QCOMPARE(write(rows, options), bytes);

    // And CsvReader reads it back, recognising BOM and delimiter by itself.
    QBuffer buffer;
    buffer.setData(bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader;
    QVERIFY(reader.open(&buffer, u"x.csv"_s, {}));
    QCOMPARE(reader.hasBom(), bom);
    CsvRecord record;
    QVERIFY(reader.readRecord(record).value_or(false));
    QCOMPARE(record.toStringList(), rows.first());
}

void TestCsvWriter::guard_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("written"); // the cell as guarded (before CSV quoting)

    QTest::newRow("=") << u"=SUM(A1:A9)"_s << u"'=SUM(A1:A9)"_s;
    QTest::newRow("+") << u"+1 555 0100"_s << u"'+1 555 0100"_s;
    QTest::newRow("-") << u"-2+3+cmd|' /C calc'!A0"_s << u"'-2+3+cmd|' /C calc'!A0"_s;
    QTest::newRow("@") << u"@SUM(1)"_s << u"'@SUM(1)"_s;
    QTest::newRow("TAB") << u"\t=1"_s << u"'\t=1"_s;
    QTest::newRow("CR") << u"\r=1"_s << u"'\r=1"_s;
    QTest::newRow("lone minus") << u"-"_s << u"'-"_s;
    QTest::newRow("negative integer") << u"-12"_s << u"-12"_s;
    QTest::newRow("negative decimal") << u"-3.5"_s << u"-3.5"_s;
    QTest::newRow("negative decimal comma") << u"-3,5"_s << u"-3,5"_s;
    QTest::newRow("positive sign number") << u"+7"_s << u"+7"_s;
    QTest::newRow("negative exponent") << u"-1.5e-3"_s << u"-1.5e-3"_s;
    QTest::newRow("negative fraction") << u"-.5"_s << u"-.5"_s;
    QTest::newRow("number then text") << u"-12abc"_s << u"'-12abc"_s;
    QTest::newRow("plain text") << u"hello"_s << u"hello"_s;
    QTest::newRow("inner equals") << u"a=b"_s << u"a=b"_s;
    QTest::newRow("leading space") << u" =1"_s << u" =1"_s;
    QTest::newRow("apostrophe text") << u"'quoted'"_s << u"'quoted'"_s;
    QTest::newRow("already apostrophe-guarded") << u"'=1"_s << u"''=1"_s;
    QTest::newRow("two apostrophes") << u"''@x"_s << u"'''@x"_s;
    QTest::newRow("apostrophe number") << u"'-12"_s << u"'-12"_s;
    QTest::newRow("empty") << u""_s << u""_s;
}

void TestCsvWriter::guard()
{
    QFETCH(QString, cell);
    QFETCH(QString, written);

    QCOMPARE(CsvWriter::guard(cell), written);
    QCOMPARE(CsvWriter::needsGuard(cell), written != cell);
    QCOMPARE(CsvWriter::unguard(written), cell);
    // Through the writer and the reader: the file holds the guarded text.
    const QByteArray bytes = write({{cell, u"x"_s}});
    const Rows back = read(bytes, u',');
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.first().value(0), written);
    QCOMPARE(CsvWriter::unguard(back.first().value(0)), cell);
}

void TestCsvWriter::guardOff()
{
    CsvWriter::Options options;
    options.formulaGuard = false;
    QCOMPARE(write({{u"=1+1"_s, u"@x"_s}}, options), QByteArray("=1+1,@x\r\n"));
}

void TestCsvWriter::unguardRoundTrip()
{
    // unguard(guard(x)) == x for every combination of apostrophes, triggers and text.
    const QStringList parts = {
        u"'"_s, u"="_s, u"+"_s, u"-"_s, u"@"_s, u"\t"_s, u"\r"_s, u"1"_s, u"."_s, u"a"_s, u" "_s};
    QStringList cells = {QString()};
    for (int length = 0; length < 4; ++length) {
        QStringList longer;
        for (const QString &c : std::as_const(cells)) {
            for (const QString &p : parts)
                longer.append(c + p);
        }
        cells += longer;
    }
    for (const QString &cell : std::as_const(cells)) {
        const QString guarded = CsvWriter::guard(cell);
        QVERIFY2(CsvWriter::unguard(guarded) == cell, qPrintable(cell));
        // What is written never starts with a trigger, unless it is a plain number.
        if (!guarded.isEmpty() && QStringView(u"=+-@\t\r").contains(guarded.front()))
            QVERIFY2(guarded == cell && !CsvWriter::needsGuard(cell), qPrintable(cell));
    }
}

void TestCsvWriter::roundTrip_data()
{
    QTest::addColumn<QChar>("delimiter");
    QTest::newRow("comma") << QChar(u',');
    QTest::newRow("semicolon") << QChar(u';');
    QTest::newRow("tab") << QChar(u'\t');
    QTest::newRow("pipe") << QChar(u'|');
}

void TestCsvWriter::roundTrip()
{
    QFETCH(QChar, delimiter);
    const Rows rows = {
        {u"Name"_s, u"Notes"_s, u"Amount"_s, u"Formula"_s},
        {u" padded "_s, u"line 1\r\nline 2\nline 3\rline 4"_s, u"-12.5"_s, u"=HYPERLINK(\"x\")"_s},
        {u"\"quoted\""_s, u"a,b;c\td|e"_s, u"+1 (555) 010-0"_s, u"@cmd"_s},
        {u""_s, u"\"\""_s, u"-"_s, u"'=already"_s},
        {u"名前 🚀"_s, u"Zürich – “quotes”"_s, u"\t"_s, u"\r"_s},
        {u"'"_s, u"''"_s, u" "_s, u"x"_s},
    };
    CsvWriter::Options options;
    options.delimiter = delimiter;
    options.writeBom = true;
    const QByteArray bytes = write(rows, options);
    Rows back = read(bytes); // delimiter detected
    for (QStringList &row : back) {
        for (QString &cell : row)
            cell = CsvWriter::unguard(cell);
    }
    QCOMPARE(back, rows);
}

void TestCsvWriter::fieldByField()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer;
    QVERIFY(writer.open(&buffer, u"f.csv"_s));
    QVERIFY(writer.writeField(u"a"));
    QVERIFY(writer.writeField(u"b c,"));
    QVERIFY(writer.endRecord());
    QVERIFY(writer.writeRecord(QList<QStringView> {u"1", u"2"}));
    QVERIFY(writer.writeField(u"unterminated"));
    QVERIFY(writer.close()); // ends the open record
    QCOMPARE(buffer.data(), QByteArray("a,\"b c,\"\r\n1,2\r\nunterminated\r\n"));
    QCOMPARE(writer.bytesWritten(), qint64(buffer.data().size()));
    QCOMPARE(writer.writeField(u"late").error().code, ErrorCode::Invalid); // closed
}

void TestCsvWriter::saveFileOnlyOnClose()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"export.csv"_s);
    {
        CsvWriter writer;
        QVERIFY(writer.open(path));
        QVERIFY(writer.writeRecord(QStringList {u"a"_s}));
        // Destroyed without close(): a cancelled export leaves nothing behind.
    }
    QVERIFY(!QFile::exists(path));

    CsvWriter writer;
    QVERIFY(writer.open(path));
    // Large enough to flush several times.
    for (int i = 0; i < 20000; ++i)
        QVERIFY(writer.writeRecord(QStringList {QString::number(i), u"some text, with a comma"_s}));
    QVERIFY(!QFile::exists(path));
    QVERIFY(writer.close());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Rows back = read(file.readAll());
    QCOMPARE(back.size(), 20000);
    QCOMPARE(back.last(), (QStringList {u"19999"_s, u"some text, with a comma"_s}));
    QCOMPARE(writer.bytesWritten(), file.size());

    const auto bad = writer.open(dir.filePath(u"missing/dir/x.csv"_s));
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, ErrorCode::Io);
    QVERIFY(bad.error().file.endsWith(u"missing/dir/x.csv"_s));
}

void TestCsvWriter::diskFull()
{
    if (!QFile::exists(u"/dev/full"_s))
        QSKIP("needs /dev/full");
    // Small output: the error shows at close().
    {
        QFile full(u"/dev/full"_s);
        QVERIFY(full.open(QIODevice::WriteOnly));
        CsvWriter writer;
        QVERIFY(writer.open(&full, u"leads-export.csv"_s));
        QVERIFY(writer.writeRecord(QStringList {u"a"_s, u"b"_s}));
        const auto closed = writer.close();
        QVERIFY(!closed);
        QCOMPARE(closed.error().code, ErrorCode::Io);
        QCOMPARE(closed.error().file, u"leads-export.csv"_s);
        QVERIFY2(closed.error().message.contains(u"Could not write"_s),
            qPrintable(closed.error().message));
        // The error stays.
        QCOMPARE(writer.writeRecord(QStringList {u"c"_s}).error().code, ErrorCode::Io);
    }
    // Large output: the error shows at the write that fills the buffer.
    {
        QFile full(u"/dev/full"_s);
        QVERIFY(full.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        CsvWriter writer;
        QVERIFY(writer.open(&full, u"big.csv"_s));
        lf::Status status;
        int written = 0;
        while (status && written < 100000) {
            status = writer.writeRecord(QStringList {u"0123456789"_s, u"abcdefghij"_s});
            ++written;
        }
        QVERIFY(!status);
        QVERIFY(written < 100000);
        QCOMPARE(status.error().code, ErrorCode::Io);
        QCOMPARE(status.error().file, u"big.csv"_s);
    }
}

void TestCsvWriter::badArguments()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer;
    CsvWriter::Options options;
    options.delimiter = u'"';
    QCOMPARE(writer.open(&buffer, u"x"_s, options).error().code, ErrorCode::Invalid);
    options.delimiter = u'\n';
    QCOMPARE(writer.open(&buffer, u"x"_s, options).error().code, ErrorCode::Invalid);
    QBuffer readOnly;
    QVERIFY(readOnly.open(QIODevice::ReadOnly));
    QCOMPARE(writer.open(&readOnly, u"x"_s).error().code, ErrorCode::Invalid);
    QCOMPARE(writer.writeRecord(QStringList {u"a"_s}).error().code, ErrorCode::Invalid);
}

QTEST_APPLESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
