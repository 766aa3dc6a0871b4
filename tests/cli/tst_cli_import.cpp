#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

/// CSV text built by hand: quoted when a cell holds a comma, a quote or a line break; CRLF.
QByteArray csvBytes(const QList<QStringList> &rows)
{
    QString out;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &cell : row) {
            const bool quote = cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n')
                || cell.contains(u'\r');
            cells << (quote ? u'"' + QString(cell).replace(u"\""_s, u"\"\""_s) + u'"' : cell);
        }
        out += cells.join(u',') + u"\r\n"_s;
    }
    return out.toUtf8();
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Opens a database file with plain SQLite (not Leadflow's code) and answers one question per
/// statement.
class Peek
{
public:
    explicit Peek(const QString &path)
        : m_name(u"peek-%1"_s.arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
    }
    ~Peek()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QVariant value(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        if (!query.exec(sql) || !query.next())
            qFatal("query failed: %s", qPrintable(sql));
        return query.value(0);
    }
    qint64 count(const QString &table) const
    {
        return value(u"SELECT COUNT(*) FROM "_s + table).toLongLong();
    }

private:
    static inline int s_counter = 0;
    QString m_name;
};

QString tables(const QString &path)
{
    const Peek peek(path);
    return u"leads=%1 batches=%2 stages=%3 audit=%4 profiles=%5"_s.arg(peek.count(u"leads"_s))
        .arg(peek.count(u"import_batches"_s))
        .arg(peek.count(u"stage_history"_s))
        .arg(peek.count(u"audit_log"_s))
        .arg(peek.count(u"mapping_profiles"_s));
}

} // namespace

/// leadflow-cli's preview, import leads, imports, undo-import and export, end to end: the real
/// executable on temporary databases and files. Expected output is written out here.
class TestCliImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void previewJsonGivesEveryRowExactly();
    void previewRowsLimit_data();
    void previewRowsLimit();
    void previewSample();
    void previewErrors_data();
    void previewErrors();

    void importReportJson();
    void importReportTable();
    void importDryRun();
    void importOptions_data();
    void importOptions();
    void importErrorsFile();
    void importErrors_data();
    void importErrors();
    void savedMappingReused();

    void importsLists();
    void undoImport();
    void undoImportRefusals();

    void exportWithOptions();
    void exportErrors_data();
    void exportErrors();

    void killDuringImport_data();
    void killDuringImport();
    void rescoringOwedAfterImportIsFinishedByNextCommand();
    void killBetweenImportAndRescoring();
    void writerWaitsForARunningImport();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &arguments, const QString &db = {}) const;
    QString writeFile(const QString &name, const QByteArray &bytes) const;
    /// Checks the shape of an error: the exit code, one line on stderr that starts with
    /// "leadflow-cli: ", nothing on stdout.
    static void checkError(const Run &run, int exitCode, const QString &mention);
    QString optionsFile() const;

    QTemporaryDir m_dir;
    QString m_db;
};

TestCliImport::Run TestCliImport::cli(const QStringList &arguments, const QString &db) const
{
    QProcess process;
    QStringList all = arguments;
    const QString file = db.isEmpty() ? m_db : db;
    if (file != u"-"_s)
        all << u"--db"_s << file;
    process.start(QStringLiteral(LEADFLOW_CLI_PATH), all);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

QString TestCliImport::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestCliImport::checkError(const Run &run, int exitCode, const QString &mention)
{
    QVERIFY2(run.exitCode == exitCode,
        qPrintable(u"exit %1, stderr: %2"_s.arg(run.exitCode).arg(run.err)));
    QVERIFY2(run.err.startsWith(u"leadflow-cli: "_s), qPrintable(run.err));
    QVERIFY2(run.err.count(u'\n') == 1 && run.err.endsWith(u'\n'), qPrintable(run.err));
    QVERIFY2(run.err.contains(mention), qPrintable(run.err));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
}

void TestCliImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(LEADFLOW_CLI_PATH)));
}

void TestCliImport::init()
{
    static int counter = 0;
    m_db = m_dir.filePath(u"cli-%1.sqlite"_s.arg(++counter));
    const Run init = cli({u"init"_s});
    QCOMPARE(init.exitCode, 0);
}

// --- preview ------------------------------------------------------------------------------------

void TestCliImport::previewJsonGivesEveryRowExactly()
{
    const QStringList header {u"Email"_s, u"Name"_s, u"Notes"_s, u"Empty"_s, u"Padded"_s};
    QList<QStringList> rows {header};
    for (int i = 0; i < 120; ++i) {
        rows << QStringList {u"u%1@example.com"_s.arg(i), u"Zoë 日本 %1"_s.arg(i),
            i % 3 == 0 ? u"line 1\r\nline 2, \"quoted\""_s : u"=1+%1"_s.arg(i), QString(),
            u"  padded %1  "_s.arg(i)};
    }
    const QString path = writeFile(u"preview.csv"_s, "\xEF\xBB\xBF" + csvBytes(rows));
    const Run run = cli({u"preview"_s, path, u"--format"_s, u"json"_s}, u"-"_s);
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(document.isArray());
    const QJsonArray array = document.array();
    QCOMPARE(array.size(), rows.size() - 1); // every row, not a first page
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QJsonObject object = array[r - 1].toObject();
        QCOMPARE(object.size(), header.size());
        for (qsizetype c = 0; c < header.size(); ++c) {
            QVERIFY2(object.value(header[c]).isString(), qPrintable(header[c]));
            QCOMPARE(object.value(header[c]).toString(), rows[r][c]);
        }
    }
}

void TestCliImport::previewRowsLimit_data()
{
    QTest::addColumn<QString>("rows");
    QTest::addColumn<int>("expected");
    QTest::newRow("0") << u"0"_s << 0;
    QTest::newRow("2") << u"2"_s << 2;
    QTest::newRow("more than there are") << u"50"_s << 5;
}

void TestCliImport::previewRowsLimit()
{
    QFETCH(QString, rows);
    QFETCH(int, expected);
    QList<QStringList> records {{u"Email"_s}};
    for (int i = 0; i < 5; ++i)
        records << QStringList {u"u%1@example.com"_s.arg(i)};
    const QString path = writeFile(u"five.csv"_s, csvBytes(records));
    const Run run = cli({u"preview"_s, path, u"--rows"_s, rows, u"--format"_s, u"json"_s}, u"-"_s);
    QCOMPARE(run.exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(array.size(), expected);
    for (qsizetype i = 0; i < array.size(); ++i)
        QCOMPARE(array[i].toObject().value(u"Email"_s).toString(), u"u%1@example.com"_s.arg(i));
}

void TestCliImport::previewSample()
{
    const QString path = QStringLiteral(LEADFLOW_SAMPLE_LEADS);
    QVERIFY2(QFile::exists(path), "tests/data/leads-10k.csv is missing");
    const Run run = cli({u"preview"_s, path, u"--format"_s, u"json"_s}, u"-"_s);
    QCOMPARE(run.exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(run.out.toUtf8()).array();
    // python3: len(list(csv.reader(open('leads-10k.csv', newline='')))) - 1 → 10000
    QCOMPARE(array.size(), 10000);
    const QJsonObject first = array[0].toObject();
    QCOMPARE(first.size(), 19);
    QCOMPARE(first.value(u"First Name"_s).toString(), u"Rodrigo"_s);
    QCOMPARE(first.value(u"Phone Number"_s).toString(), u"(307) 886-8503 x2497"_s);
    QCOMPARE(first.value(u"Company Name"_s).toString(), QString());
    QCOMPARE(first.value(u"Create Date"_s).toString(), u"2026-05-11T13:52:30.710Z"_s);
    // Line 138 of the file (row 137) keeps its spaces: " Luis Miguel ".
    QCOMPARE(array[136].toObject().value(u"First Name"_s).toString(), u" Luis Miguel "_s);
}

void TestCliImport::previewErrors_data()
{
    QTest::addColumn<QStringList>("arguments"); // FILE stands for the file below
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mention");
    const QByteArray good = "Email\r\na@example.com\r\n";
    QTest::newRow("no such file") << QStringList {u"preview"_s, u"/no/such/file.csv"_s}
                                  << QByteArray() << 1 << u"file.csv"_s;
    QTest::newRow("empty file") << QStringList {u"preview"_s, u"FILE"_s} << QByteArray() << 1
                                << u"bad.csv"_s;
    QTest::newRow("ragged row") << QStringList {u"preview"_s, u"FILE"_s}
                                << QByteArray("A,B\r\n1,2\r\n3\r\n") << 1 << u"bad.csv:3:"_s;
    QTest::newRow("unterminated quote") << QStringList {u"preview"_s, u"FILE"_s}
                                        << QByteArray("A,B\r\n1,\"2\r\n") << 1 << u"bad.csv:2:2:"_s;
    QTest::newRow("no file") << QStringList {u"preview"_s} << good << 2 << u"preview"_s;
    QTest::newRow("negative rows")
        << QStringList {u"preview"_s, u"FILE"_s, u"--rows"_s, u"-1"_s} << good << 2 << u"--rows"_s;
    QTest::newRow("rows not a number")
        << QStringList {u"preview"_s, u"FILE"_s, u"--rows"_s, u"ten"_s} << good << 2 << u"--rows"_s;
}

void TestCliImport::previewErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, bytes);
    QFETCH(int, exitCode);
    QFETCH(QString, mention);
    arguments.replaceInStrings(u"FILE"_s, writeFile(u"bad.csv"_s, bytes));
    checkError(cli(arguments, u"-"_s), exitCode, mention);
}

// --- import -------------------------------------------------------------------------------------

namespace {

/// Two existing leads (added in the test) and six rows that exercise each option.
QByteArray optionsCsv()
{
    return csvBytes({
        {u"Email"_s, u"First Name"_s, u"Phone"_s, u"Company"_s, u"Notes"_s, u"Shoe Size"_s},
        {u"ann@example.com"_s, u"Anna"_s, u""_s, u""_s, u""_s, u""_s}, // Ann is in the database
        {u""_s, u"Grace"_s, u"+1 415 555 0132"_s, u""_s, u""_s, u""_s}, // Grace's phone
        {u"bad at email"_s, u""_s, u"+1 415 555 0134"_s, u""_s, u""_s, u""_s}, // malformed
        {u""_s, u"Solo"_s, u""_s, u""_s, u""_s, u""_s}, // a name, no contact
        {u""_s, u""_s, u""_s, u""_s, u"just a note"_s, u""_s}, // nothing to work with
        {u"new@example.com"_s, u"New"_s, u""_s, u""_s, u""_s, u"44"_s}, // new
    });
}

} // namespace

QString TestCliImport::optionsFile() const
{
    return writeFile(u"options.csv"_s, optionsCsv());
}

void TestCliImport::importReportJson()
{
    QCOMPARE(cli({u"add"_s, u"email=ann@example.com"_s, u"first_name=Ann"_s}).exitCode, 0);
    const QString path = optionsFile();
    const Run run = cli({u"import"_s, u"leads"_s, path, u"--format"_s, u"json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err)); // no progress line without a terminal
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(report.value(u"batch"_s).toInteger(), 1);
    QCOMPARE(report.value(u"dry_run"_s).toBool(true), false);
    QCOMPARE(report.value(u"file"_s).toString(), path);
    QCOMPARE(report.value(u"encoding"_s).toString(), u"UTF-8"_s);
    QCOMPARE(report.value(u"delimiter"_s).toString(), u","_s);
    QCOMPARE(report.value(u"rows"_s).toInteger(), 6);
    QCOMPARE(report.value(u"created"_s).toInteger(), 4);
    QCOMPARE(report.value(u"updated"_s).toInteger(), 0);
    QCOMPARE(report.value(u"skipped"_s).toInteger(), 1);
    QCOMPARE(report.value(u"rejected"_s).toInteger(), 1);
    QCOMPARE(report.value(u"flagged"_s).toInteger(), 1);
    QCOMPARE(report.value(u"reject_reasons"_s).toObject(),
        QJsonObject({{u"no way to contact and no name or company"_s, 1}}));
    QCOMPARE(report.value(u"flag_reasons"_s).toObject(), QJsonObject({{u"malformed email"_s, 1}}));
    QCOMPARE(report.value(u"mapping"_s).toObject(),
        QJsonObject({{u"Email"_s, u"email"_s}, {u"First Name"_s, u"first_name"_s},
            {u"Phone"_s, u"phone"_s}, {u"Company"_s, u"company"_s}, {u"Notes"_s, u"notes"_s},
            {u"Shoe Size"_s, u"custom"_s}}));
    QCOMPARE(report.value(u"errors_file"_s).toString(), QString());
    QCOMPARE(tables(m_db).section(u' ', 0, 1), u"leads=5 batches=1"_s);
}

void TestCliImport::importReportTable()
{
    QCOMPARE(cli({u"add"_s, u"email=ann@example.com"_s, u"first_name=Ann"_s}).exitCode, 0);
    const Run run = cli({u"import"_s, u"leads"_s, optionsFile()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    const QStringList lines = run.out.split(u'\n');
    auto has = [&](const QString &pattern) {
        const QRegularExpression re(u'^' + pattern + u'$');
        return std::any_of(lines.cbegin(), lines.cend(),
            [&](const QString &line) { return re.match(line).hasMatch(); });
    };
    QVERIFY2(lines.value(0).startsWith(u"Import #1 of "_s), qPrintable(run.out));
    QVERIFY2(has(u"\\s+rows\\s+6"_s), qPrintable(run.out));
    QVERIFY2(has(u"\\s+created\\s+4"_s), qPrintable(run.out));
    QVERIFY2(has(u"\\s+updated\\s+0"_s), qPrintable(run.out));
    QVERIFY2(has(u"\\s+skipped\\s+1"_s), qPrintable(run.out));
    QVERIFY2(has(u"\\s+rejected\\s+1"_s), qPrintable(run.out));
    QVERIFY2(has(u"\\s+1\\s+no way to contact and no name or company"_s), qPrintable(run.out));
    QVERIFY2(has(u"\\s+flagged\\s+1"_s), qPrintable(run.out));
    QVERIFY2(has(u"\\s+1\\s+malformed email"_s), qPrintable(run.out));
    QVERIFY2(has(u"Undo with: leadflow-cli undo-import 1"_s), qPrintable(run.out));
}

void TestCliImport::importDryRun()
{
    QCOMPARE(cli({u"add"_s, u"email=ann@example.com"_s, u"first_name=Ann"_s}).exitCode, 0);
    const QString before = tables(m_db);
    const Run json = cli({u"import"_s, u"leads"_s, optionsFile(), u"--dry-run"_s,
        u"--on-duplicate"_s, u"update"_s, u"--format"_s, u"json"_s});
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(report.value(u"dry_run"_s).toBool(), true);
    QCOMPARE(report.value(u"batch"_s).toInteger(), 0);
    QCOMPARE(report.value(u"rows"_s).toInteger(), 6);
    QCOMPARE(report.value(u"created"_s).toInteger(), 4);
    QCOMPARE(report.value(u"updated"_s).toInteger(), 1);
    QCOMPARE(report.value(u"skipped"_s).toInteger(), 0);
    QCOMPARE(report.value(u"rejected"_s).toInteger(), 1);
    QCOMPARE(report.value(u"reject_reasons"_s).toObject(),
        QJsonObject({{u"no way to contact and no name or company"_s, 1}}));

    // A dry run saves no mapping profile either.
    const Run table = cli(
        {u"import"_s, u"leads"_s, optionsFile(), u"--dry-run"_s, u"--save-mapping"_s, u"never"_s});
    QVERIFY2(table.exitCode == 0, qPrintable(table.err));
    QVERIFY2(table.out.startsWith(u"Dry run of "_s), qPrintable(table.out));
    QVERIFY2(table.out.contains(QRegularExpression(u"would add\\s+4\\n"_s)), qPrintable(table.out));
    QVERIFY2(!table.out.contains(u"undo-import"_s), qPrintable(table.out));

    QCOMPARE(tables(m_db), before);
    const Run imports = cli({u"imports"_s, u"--format"_s, u"json"_s});
    QCOMPARE(imports.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(imports.out.toUtf8()).array().size(), 0);
}

void TestCliImport::importOptions_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QList<int>>("counts"); // created, updated, skipped, rejected, flagged
    QTest::addColumn<QString>("shoeSize"); // what the unmapped column became

    const QString custom = u"custom"_s;
    QTest::newRow("defaults") << QStringList {} << QList<int> {4, 0, 1, 1, 1} << custom;
    QTest::newRow("update") << QStringList {u"--on-duplicate"_s, u"update"_s}
                            << QList<int> {4, 1, 0, 1, 1} << custom;
    QTest::newRow("UPDATE") << QStringList {u"--on-duplicate"_s, u"UPDATE"_s}
                            << QList<int> {4, 1, 0, 1, 1} << custom;
    QTest::newRow("fill (nothing empty to fill)")
        << QStringList {u"--on-duplicate"_s, u"fill"_s} << QList<int> {4, 0, 1, 1, 1} << custom;
    QTest::newRow("create") << QStringList {u"--on-duplicate"_s, u"create"_s}
                            << QList<int> {5, 0, 0, 1, 1} << custom;
    QTest::newRow("match phone") << QStringList {u"--match"_s, u"phone"_s}
                                 << QList<int> {3, 0, 2, 1, 1} << custom;
    QTest::newRow("match phone,name")
        << QStringList {u"--match"_s, u"phone,name"_s} << QList<int> {3, 0, 2, 1, 1} << custom;
    QTest::newRow("require contact")
        << QStringList {u"--require-contact"_s} << QList<int> {3, 0, 1, 2, 1} << custom;
    QTest::newRow("reject malformed email")
        << QStringList {u"--reject-malformed-email"_s} << QList<int> {3, 0, 1, 2, 0} << custom;
    QTest::newRow("drop unmapped")
        << QStringList {u"--drop-unmapped"_s} << QList<int> {4, 0, 1, 1, 1} << u"drop"_s;
    QTest::newRow("map a column") << QStringList {u"--map"_s, u"Shoe Size=title"_s}
                                  << QList<int> {4, 0, 1, 1, 1} << u"title"_s;
    QTest::newRow("delimiter given")
        << QStringList {u"--delimiter"_s, u","_s} << QList<int> {4, 0, 1, 1, 1} << custom;
}

void TestCliImport::importOptions()
{
    QFETCH(QStringList, options);
    QFETCH(QList<int>, counts);
    QFETCH(QString, shoeSize);
    QCOMPARE(cli({u"add"_s, u"email=ann@example.com"_s, u"first_name=Ann"_s}).exitCode, 0);
    QCOMPARE(
        cli({u"add"_s, u"email=grace@old.example.com"_s, u"phone=(415) 555-0132"_s}).exitCode, 0);
    const Run run = cli(
        QStringList {u"import"_s, u"leads"_s, optionsFile(), u"--format"_s, u"json"_s} + options);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QList<int> actual {report.value(u"created"_s).toInt(), report.value(u"updated"_s).toInt(),
        report.value(u"skipped"_s).toInt(), report.value(u"rejected"_s).toInt(),
        report.value(u"flagged"_s).toInt()};
    QCOMPARE(actual, counts);
    QCOMPARE(report.value(u"mapping"_s).toObject().value(u"Shoe Size"_s).toString(), shoeSize);
    const Peek peek(m_db);
    QCOMPARE(peek.count(u"leads"_s), 2 + counts[0]);
}

void TestCliImport::importErrorsFile()
{
    const QString errors = m_dir.filePath(u"rejected rows.csv"_s);
    const Run run = cli({u"import"_s, u"leads"_s, optionsFile(), u"--errors"_s, errors,
        u"--require-contact"_s, u"--format"_s, u"json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(report.value(u"errors_file"_s).toString(), errors);
    const QByteArray bytes = readBytes(errors);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                             "Email,First Name,Phone,Company,Notes,Shoe Size,"));
    // The header and the two rejected rows.
    QCOMPARE(bytes.count("\r\n"), 3);
    QVERIFY(bytes.contains(",Solo,,,,,no valid email or phone"));
    QVERIFY(bytes.contains(",,,,just a note,,no way to contact and no name or company"));
}

void TestCliImport::importErrors_data()
{
    QTest::addColumn<QStringList>("arguments"); // FILE stands for the file below
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mention");

    const QByteArray good = "Email,Wer\r\na@example.com,Ada\r\n";
    const QStringList importArgs {u"import"_s, u"leads"_s, u"FILE"_s};
    QTest::newRow("no such file") << QStringList {u"import"_s, u"leads"_s, u"/no/such/file.csv"_s}
                                  << QByteArray() << 1 << u"file.csv"_s;
    QTest::newRow("empty file") << importArgs << QByteArray() << 1 << u"bad.csv"_s;
    QTest::newRow("header only") << importArgs << QByteArray("Email,Name\r\n") << 1 << u"bad.csv"_s;
    QTest::newRow("binary") << importArgs << QByteArray::fromHex("89504e470d0a1a0a0000000d") << 1
                            << u"bad.csv"_s;
    QTest::newRow("duplicate headers")
        << importArgs << QByteArray("Email,Name,EMAIL\r\na@example.com,A,b\r\n") << 1
        << u"bad.csv:1:3:"_s;
    QTest::newRow("ragged row") << importArgs
                                << QByteArray("Email,Name\r\na@example.com,A\r\nb@example.com\r\n")
                                << 1 << u"bad.csv:3:"_s;
    QTest::newRow("unterminated quote")
        << importArgs << QByteArray("Email,Name\r\na@example.com,A\r\nb@example.com,\"open\r\n")
        << 1 << u"bad.csv:3:2:"_s;
    QTest::newRow("nothing to import")
        << QStringList {u"import"_s, u"leads"_s} << good << 2 << u"import"_s;
    QTest::newRow("no arguments") << QStringList {u"import"_s} << good << 2 << u"import"_s;
    QTest::newRow("unknown kind") << QStringList {u"import"_s, u"contacts"_s, u"FILE"_s} << good
                                  << 2 << u"contacts"_s;
    QTest::newRow("bad policy") << importArgs + QStringList {u"--on-duplicate"_s, u"merge"_s}
                                << good << 2 << u"--on-duplicate"_s;
    QTest::newRow("bad match") << importArgs + QStringList {u"--match"_s, u"email"_s} << good << 2
                               << u"--match"_s;
    QTest::newRow("bad delimiter")
        << importArgs + QStringList {u"--delimiter"_s, u"ab"_s} << good << 2 << u"--delimiter"_s;
    QTest::newRow("bad format") << importArgs + QStringList {u"--format"_s, u"xml"_s} << good << 2
                                << u"xml"_s;
    QTest::newRow("map to no column")
        << importArgs + QStringList {u"--map"_s, u"Nope=email"_s} << good << 2 << u"Nope"_s;
    QTest::newRow("map to a kept field")
        << importArgs + QStringList {u"--map"_s, u"Wer=score"_s} << good << 2 << u"score"_s;
    QTest::newRow("unknown profile")
        << importArgs + QStringList {u"--mapping"_s, u"nope"_s} << good << 1 << u"nope"_s;
    QTest::newRow("unknown encoding") << importArgs + QStringList {u"--encoding"_s, u"klingon-8"_s}
                                      << good << 2 << u"klingon-8"_s;
    QTest::newRow("errors file cannot be written")
        << importArgs + QStringList {u"--errors"_s, u"/no/such/folder/errors.csv"_s} << good << 1
        << u"errors.csv"_s;
    QTest::newRow("unknown option")
        << importArgs + QStringList {u"--colour"_s} << good << 2 << u"colour"_s;
}

void TestCliImport::importErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, bytes);
    QFETCH(int, exitCode);
    QFETCH(QString, mention);
    const QString path = writeFile(u"bad.csv"_s, bytes);
    arguments.replaceInStrings(u"FILE"_s, path);
    const QString before = tables(m_db);
    const Run run = cli(arguments);
    checkError(run, exitCode, mention);
    QCOMPARE(tables(m_db), before);
}

void TestCliImport::savedMappingReused()
{
    const QString a = writeFile(u"a.csv"_s,
        csvBytes({{u"Wer"_s, u"Kontakt-Adresse"_s, u"Schuhgröße"_s},
            {u"Ada Lovelace"_s, u"ada@example.com"_s, u"38"_s}}));
    const Run first = cli({u"import"_s, u"leads"_s, a, u"--map"_s, u"Wer=full_name"_s, u"--map"_s,
        u"Kontakt-Adresse=email"_s, u"--map"_s, u"Schuhgröße=drop"_s, u"--save-mapping"_s, u"crm"_s,
        u"--format"_s, u"json"_s});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QCOMPARE(QJsonDocument::fromJson(first.out.toUtf8()).object().value(u"mapping"_s).toObject(),
        QJsonObject({{u"Wer"_s, u"full_name"_s}, {u"Kontakt-Adresse"_s, u"email"_s},
            {u"Schuhgröße"_s, u"drop"_s}}));

    // The next export from the same system, columns in another order.
    const QString b = writeFile(u"b.csv"_s,
        csvBytes({{u"Schuhgröße"_s, u"Kontakt-Adresse"_s, u"Wer"_s},
            {u"41"_s, u"grace@example.com"_s, u"Grace Hopper"_s}}));
    const Run second =
        cli({u"import"_s, u"leads"_s, b, u"--mapping"_s, u"crm"_s, u"--format"_s, u"json"_s});
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    QCOMPARE(QJsonDocument::fromJson(second.out.toUtf8()).object().value(u"mapping"_s).toObject(),
        QJsonObject({{u"Wer"_s, u"full_name"_s}, {u"Kontakt-Adresse"_s, u"email"_s},
            {u"Schuhgröße"_s, u"drop"_s}}));

    const Run list = cli({u"list"_s, u"--format"_s, u"json"_s});
    const QJsonArray leads = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(leads.size(), 2);
    QStringList names;
    for (const QJsonValue &lead : leads)
        names << lead[u"first_name"_s].toString() + u'|' + lead[u"last_name"_s].toString() + u'|'
                + lead[u"email"_s].toString();
    QCOMPARE(names,
        (QStringList {u"Ada|Lovelace|ada@example.com"_s, u"Grace|Hopper|grace@example.com"_s}));
    const Peek peek(m_db);
    QCOMPARE(
        peek.value(u"SELECT COUNT(*) FROM leads WHERE custom_fields IS NOT NULL"_s).toInt(), 0);
}

// --- imports, undo-import -----------------------------------------------------------------------

void TestCliImport::importsLists()
{
    const QString a = writeFile(u"a.csv"_s, csvBytes({{u"Email"_s}, {u"a@example.com"_s}}));
    const QString b = writeFile(u"b.csv"_s,
        csvBytes({{u"Email"_s, u"Notes"_s}, {u"b@example.com"_s, u""_s},
            {u"a@example.com"_s, u""_s}, {u""_s, u"nobody"_s}}));
    QCOMPARE(cli({u"import"_s, u"leads"_s, a}).exitCode, 0);
    QCOMPARE(cli({u"import"_s, u"leads"_s, b}).exitCode, 0);
    QCOMPARE(cli({u"undo-import"_s, u"1"_s}).exitCode, 0);

    const Run json = cli({u"imports"_s, u"--format"_s, u"json"_s});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray batches = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(batches.size(), 2);
    const QJsonObject x = batches[0].toObject();
    const QJsonObject y = batches[1].toObject();
    QCOMPARE(x.value(u"id"_s).toString(), u"1"_s);
    QCOMPARE(x.value(u"kind"_s).toString(), u"leads"_s);
    QCOMPARE(x.value(u"status"_s).toString(), u"undone"_s);
    QCOMPARE(QFileInfo(x.value(u"file"_s).toString()).fileName(), u"a.csv"_s);
    QCOMPARE(x.value(u"rows"_s).toString(), u"1"_s);
    QCOMPARE(x.value(u"created"_s).toString(), u"1"_s);
    QCOMPARE(y.value(u"id"_s).toString(), u"2"_s);
    QCOMPARE(y.value(u"status"_s).toString(), u"committed"_s);
    QCOMPARE(y.value(u"rows"_s).toString(), u"3"_s);
    QCOMPARE(y.value(u"created"_s).toString(), u"1"_s);
    QCOMPARE(y.value(u"skipped"_s).toString(), u"1"_s);
    QCOMPARE(y.value(u"rejected"_s).toString(), u"1"_s);
    QCOMPARE(y.value(u"updated"_s).toString(), u"0"_s);
    const QDateTime at = QDateTime::fromString(y.value(u"at"_s).toString(), Qt::ISODate);
    QVERIFY2(at.isValid(), qPrintable(y.value(u"at"_s).toString()));
    QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 600);

    const Run table = cli({u"imports"_s});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.startsWith(u"id"_s));
    QVERIFY(table.out.contains(u"undone"_s));
    QVERIFY(table.out.contains(u"committed"_s));
    const Run csv = cli({u"imports"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(csv.exitCode, 0);
    QVERIFY(csv.out.startsWith(
        u"id,kind,file,status,rows,created,updated,skipped,rejected,by,at\r\n"_s));
    QCOMPARE(csv.out.count(u"\r\n"_s), 3);
}

void TestCliImport::undoImport()
{
    QCOMPARE(
        cli({u"add"_s, u"email=ann@example.com"_s, u"first_name=Ann"_s, u"title=Dr"_s}).exitCode,
        0);
    auto show = [&] {
        QJsonObject lead =
            QJsonDocument::fromJson(cli({u"show"_s, u"1"_s, u"--format"_s, u"json"_s}).out.toUtf8())
                .object();
        lead.remove(u"version"_s); // bumped by every write
        lead.remove(u"updated_at"_s);
        return lead;
    };
    const QJsonObject before = show();
    QCOMPARE(before.value(u"title"_s).toString(), u"Dr"_s);
    const QString path = writeFile(u"undo.csv"_s,
        csvBytes({{u"Email"_s, u"First Name"_s, u"Job Title"_s},
            {u"ann@example.com"_s, u"Anna"_s, u"CEO"_s}, {u"bo@example.com"_s, u"Bo"_s, u""_s}}));
    const Run imported = cli({u"import"_s, u"leads"_s, path, u"--on-duplicate"_s, u"update"_s});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QCOMPARE(tables(m_db).section(u' ', 0, 0), u"leads=2"_s);
    QCOMPARE(show().value(u"title"_s).toString(), u"CEO"_s);

    const Run undone = cli({u"undo-import"_s, u"1"_s});
    QVERIFY2(undone.exitCode == 0, qPrintable(undone.err));
    QVERIFY2(
        undone.out.startsWith(u"Undid import 1: 2 leads removed or restored.\nRescored 1 leads"_s),
        qPrintable(undone.out));
    QCOMPARE(tables(m_db).section(u' ', 0, 0), u"leads=1"_s);
    // Ann is exactly as before the import.
    QCOMPARE(show(), before);
}

void TestCliImport::undoImportRefusals()
{
    QCOMPARE(cli({u"add"_s, u"email=ann@example.com"_s, u"first_name=Ann"_s}).exitCode, 0);
    const QString path = writeFile(u"undo.csv"_s,
        csvBytes({{u"Email"_s, u"First Name"_s}, {u"ann@example.com"_s, u"Anna"_s},
            {u"bo@example.com"_s, u"Bo"_s}}));
    QCOMPARE(cli({u"import"_s, u"leads"_s, path, u"--on-duplicate"_s, u"update"_s}).exitCode, 0);
    QCOMPARE(cli({u"update"_s, u"1"_s, u"title=Boss"_s}).exitCode, 0);
    const QString before = tables(m_db);

    // Ann changed since: refused, nothing undone.
    const Run conflict = cli({u"undo-import"_s, u"1"_s});
    checkError(conflict, 1, u"(1)"_s);
    QCOMPARE(tables(m_db), before);

    // Not an id, no id, an unknown id.
    checkError(cli({u"undo-import"_s, u"abc"_s}), 2, u"abc"_s);
    checkError(cli({u"undo-import"_s}), 2, u"undo-import"_s);
    checkError(cli({u"undo-import"_s, u"99"_s}), 1, u"99"_s);
    QCOMPARE(tables(m_db), before);

    // Undone once, refused the second time (a refusal, not a usage error).
    const QString other =
        writeFile(u"other.csv"_s, csvBytes({{u"Email"_s}, {u"cy@example.com"_s}}));
    QCOMPARE(cli({u"import"_s, u"leads"_s, other}).exitCode, 0);
    QCOMPARE(cli({u"undo-import"_s, u"2"_s}).exitCode, 0);
    const QString afterUndo = tables(m_db);
    checkError(cli({u"undo-import"_s, u"2"_s}), 1, u"2"_s);
    QCOMPARE(tables(m_db), afterUndo);
}

// --- export -------------------------------------------------------------------------------------

void TestCliImport::exportWithOptions()
{
    const QString path = writeFile(u"seed.csv"_s,
        csvBytes({{u"Email"_s, u"First Name"_s, u"Lead Status"_s, u"Company"_s},
            {u"a@example.com"_s, u"Ann"_s, u"MQL"_s, u"Semi; Colon"_s},
            {u"b@example.com"_s, u"Bob"_s, u"new"_s, u"=cmd"_s},
            {u"c@example.com"_s, u"Cy"_s, u"marketing qualified lead"_s, u"-12"_s}}));
    QCOMPARE(cli({u"import"_s, u"leads"_s, path}).exitCode, 0);

    const QString out = m_dir.filePath(u"export.csv"_s);
    const Run run = cli({u"export"_s, u"leads"_s, out, u"--stage"_s, u"mql"_s, u"--columns"_s,
        u"email,stage,company"_s, u"--bom"_s, u"--delimiter"_s, u";"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, u"Exported 2 leads to %1.\n"_s.arg(QDir::toNativeSeparators(out)));
    QCOMPARE(readBytes(out),
        QByteArray("\xEF\xBB\xBF"
                   "email;stage;company\r\n"
                   "a@example.com;mql;\"Semi; Colon\"\r\n"
                   "c@example.com;mql;-12\r\n"));

    // Tab, no BOM, the guard, sort and limit.
    const Run tab = cli({u"export"_s, u"leads"_s, out, u"--columns"_s, u"first_name,company"_s,
        u"--delimiter"_s, u"tab"_s, u"--sort"_s, u"-first_name"_s, u"--limit"_s, u"2"_s});
    QVERIFY2(tab.exitCode == 0, qPrintable(tab.err));
    QCOMPARE(readBytes(out),
        QByteArray("first_name\tcompany\r\n"
                   "Cy\t-12\r\n"
                   "Bob\t'=cmd\r\n"));
    const Run unguarded = cli({u"export"_s, u"leads"_s, out, u"--columns"_s, u"company"_s,
        u"--no-formula-guard"_s, u"--stage"_s, u"new"_s});
    QVERIFY2(unguarded.exitCode == 0, qPrintable(unguarded.err));
    QCOMPARE(readBytes(out), QByteArray("company\r\n=cmd\r\n"));
}

void TestCliImport::exportErrors_data()
{
    QTest::addColumn<QStringList>("arguments"); // OUT stands for the output file
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mention");
    const QStringList exportTo {u"export"_s, u"leads"_s, u"OUT"_s};
    QTest::newRow("unknown column")
        << exportTo + QStringList {u"--columns"_s, u"email,hat"_s} << 2 << u"hat"_s;
    QTest::newRow("quote delimiter")
        << exportTo + QStringList {u"--delimiter"_s, u"\""_s} << 2 << u"--delimiter"_s;
    QTest::newRow("long delimiter")
        << exportTo + QStringList {u"--delimiter"_s, u";;"_s} << 2 << u"--delimiter"_s;
    QTest::newRow("unknown stage")
        << exportTo + QStringList {u"--stage"_s, u"bogus"_s} << 2 << u"bogus"_s;
    QTest::newRow("sort by custom fields")
        << exportTo + QStringList {u"--sort"_s, u"custom_fields"_s} << 2 << u"custom_fields"_s;
    QTest::newRow("no file") << QStringList {u"export"_s, u"leads"_s} << 2 << u"export"_s;
    QTest::newRow("not leads") << QStringList {u"export"_s, u"deals"_s, u"OUT"_s} << 2
                               << u"export"_s;
    QTest::newRow("folder missing")
        << QStringList {u"export"_s, u"leads"_s, u"/no/such/folder/out.csv"_s} << 1 << u"out.csv"_s;
}

void TestCliImport::exportErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, mention);
    QCOMPARE(cli({u"add"_s, u"email=ann@example.com"_s}).exitCode, 0);
    const QString out = m_dir.filePath(u"never.csv"_s);
    QFile::remove(out);
    arguments.replaceInStrings(u"OUT"_s, out);
    checkError(cli(arguments), exitCode, mention);
    QVERIFY(!QFile::exists(out));
}

// --- a crash during an import -------------------------------------------------------------------

void TestCliImport::killDuringImport_data()
{
    QTest::addColumn<int>("delay"); // ms after the start; 0: when uncommitted pages reach the WAL
    QTest::newRow("early (reading the sample)") << 250;
    QTest::newRow("while rows are written") << 1200;
    QTest::newRow("once the transaction spills to the WAL") << 0;
}

void TestCliImport::killDuringImport()
{
    QFETCH(int, delay);
    // 200,000 leads (about 18 MB): the import takes seconds, long enough to be killed midway.
    const QString big = m_dir.filePath(u"big.csv"_s);
    if (!QFile::exists(big)) {
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray chunk = "First Name,Last Name,Email,Phone Number,Company Name,Notes\r\n";
        for (int i = 0; i < 200000; ++i) {
            const QByteArray n = QByteArray::number(i);
            chunk += "Name" + n + ",Last" + n + ",user" + n + "@example"
                + QByteArray::number(i % 97) + ".com,(415) 555-"
                + QByteArray::number(i % 10000).rightJustified(4, '0') + ",Company "
                + QByteArray::number(i % 500) + ",\"Note " + n + ", line 1\r\nline 2\"\r\n";
            if (chunk.size() > (1 << 20)) {
                QCOMPARE(file.write(chunk), chunk.size());
                chunk.clear();
            }
        }
        QCOMPARE(file.write(chunk), chunk.size());
    }

    const QString indexes = u"SELECT group_concat(name || ' ' || sql, '; ') FROM (SELECT name, sql "
                            "FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                            "ORDER BY name)"_s;
    const QString indexesBefore = Peek(m_db).value(indexes).toString();
    QVERIFY(!indexesBefore.isEmpty());

    QProcess process;
    process.start(
        QStringLiteral(LEADFLOW_CLI_PATH), {u"import"_s, u"leads"_s, big, u"--db"_s, m_db});
    QVERIFY(process.waitForStarted());
    QElapsedTimer timer;
    timer.start();
    const QString wal = m_db + u"-wal"_s;
    if (delay > 0) {
        while (timer.elapsed() < delay && process.state() == QProcess::Running)
            QThread::msleep(10);
    } else {
        while (QFileInfo(wal).size() < 8 * 1024 * 1024 && process.state() == QProcess::Running
            && timer.elapsed() < 30000)
            QThread::msleep(10);
    }
    if (process.state() != QProcess::Running) {
        process.waitForFinished();
        QSKIP("The import finished before it could be killed; a bigger file is needed here.");
    }
    process.kill(); // SIGKILL
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);

    {
        const Peek peek(m_db);
        QCOMPARE(peek.value(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        QCOMPARE(peek.count(u"leads"_s), 0);
        QCOMPARE(peek.count(u"import_batches"_s), 0);
        QCOMPARE(peek.count(u"stage_history"_s), 0);
        QCOMPARE(peek.count(u"import_row_changes"_s), 0);
        // The indexes dropped for the bulk load (of leads, of the stage history) are all there.
        QCOMPARE(peek.value(indexes).toString(), indexesBefore);
    }
    // The database takes the next import.
    const QString small =
        writeFile(u"after.csv"_s, csvBytes({{u"Email"_s}, {u"after@example.com"_s}}));
    const Run after = cli({u"import"_s, u"leads"_s, small, u"--format"_s, u"json"_s});
    QVERIFY2(after.exitCode == 0, qPrintable(after.err));
    QCOMPARE(QJsonDocument::fromJson(after.out.toUtf8()).object().value(u"created"_s).toInt(), 1);
    QCOMPARE(tables(m_db).section(u' ', 0, 1), u"leads=1 batches=1"_s);
}

namespace {

/// Leads the shipped scoring rules grade differently: a fifth are senior buyers at target
/// companies (MQL material), the rest a mix.
QByteArray scoredLeads(int count)
{
    QByteArray out = "First Name,Last Name,Email,Job Title,Company Name,Industry,Number of "
                     "Employees,Country\r\n";
    const char *titles[] = {"CEO", "Intern", "VP Sales", "Student", "Head of Operations"};
    const char *industries[] = {"Software", "Education", "Financial Services", "Retail"};
    for (int i = 0; i < count; ++i) {
        const QByteArray n = QByteArray::number(i);
        out += "Name" + n + ",Last" + n + ",buyer" + n + "@company" + QByteArray::number(i % 300)
            + ".com," + titles[i % 5] + ",Company " + QByteArray::number(i % 300) + ","
            + industries[i % 4] + "," + QByteArray::number(20 + (i % 7) * 150) + ","
            + (i % 3 ? "US" : "DE") + "\r\n";
    }
    return out;
}

/// What scoring and routing decide per lead, read with plain SQLite.
const QString scoredState = u"SELECT group_concat(id || ':' || score || ':' || fit_score || ':' "
                            "|| engagement_score || ':' || coalesce(grade, '-') || ':' || stage "
                            "|| ':' || coalesce(owner_id, '-'), ' ') FROM (SELECT * FROM leads "
                            "ORDER BY id)"_s;

} // namespace

void TestCliImport::rescoringOwedAfterImportIsFinishedByNextCommand()
{
    // --no-rescore stops exactly where a kill, a full disk or a lock after the import's commit
    // would: the leads are in, unscored, and the database records the rescoring it owes.
    const QString file = writeFile(u"scored.csv"_s, scoredLeads(500));
    const Run imported = cli({u"import"_s, u"leads"_s, file, u"--no-rescore"_s});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    {
        const Peek peek(m_db);
        QCOMPARE(peek.count(u"leads"_s), 500);
        QCOMPARE(peek.value(u"SELECT COUNT(*) FROM leads WHERE score > 0"_s).toInt(), 0);
        QCOMPARE(peek.value(u"SELECT reason FROM pending_work WHERE kind = 'rescore'"_s).toString(),
            u"import 1"_s);
    }
    // Any next command pays the debt first and says so.
    const Run list = cli({u"list"_s, u"--limit"_s, u"1"_s});
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QVERIFY2(list.err.contains(u"owed after import 1"_s), qPrintable(list.err));
    const QString baseline = m_dir.filePath(u"baseline-%1.sqlite"_s.arg(m_db.section(u'/', -1)));
    QCOMPARE(cli({u"init"_s}, baseline).exitCode, 0);
    QCOMPARE(cli({u"import"_s, u"leads"_s, file}, baseline).exitCode, 0);
    const Peek peek(m_db);
    QCOMPARE(peek.count(u"pending_work"_s), 0);
    QVERIFY(peek.value(u"SELECT COUNT(*) FROM leads WHERE stage = 'mql'"_s).toInt() > 0);
    QCOMPARE(peek.value(scoredState).toString(), Peek(baseline).value(scoredState).toString());
    // A second command finds nothing owed.
    const Run again = cli({u"list"_s, u"--limit"_s, u"1"_s});
    QVERIFY(!again.err.contains(u"owed"_s));
}

void TestCliImport::killBetweenImportAndRescoring()
{
    // kill -9 at spread moments of `import leads` (import, then rescoring and routing): whatever
    // the moment, the file is sound, the import is all or nothing, and once the next command ran,
    // every lead is scored exactly as an uninterrupted import scores it.
    const QString file = writeFile(u"scored-kill.csv"_s, scoredLeads(20000));
    const QString baseline = m_dir.filePath(u"kill-baseline.sqlite"_s);
    QCOMPARE(cli({u"init"_s}, baseline).exitCode, 0);
    QElapsedTimer whole;
    whole.start();
    QCOMPARE(cli({u"import"_s, u"leads"_s, file}, baseline).exitCode, 0);
    const qint64 duration = whole.elapsed();
    const QString expected = Peek(baseline).value(scoredState).toString();
    int committedBeforeScoring = 0;
    for (int run = 0; run < 8; ++run) {
        const QString db = m_dir.filePath(u"kill-%1.sqlite"_s.arg(run));
        QCOMPARE(cli({u"init"_s}, db).exitCode, 0);
        QProcess process;
        process.start(
            QStringLiteral(LEADFLOW_CLI_PATH), {u"import"_s, u"leads"_s, file, u"--db"_s, db});
        QVERIFY(process.waitForStarted());
        QThread::msleep(duration * (run + 1) / 9);
        process.kill();
        QVERIFY(process.waitForFinished(10000));
        {
            const Peek peek(db);
            QCOMPARE(peek.value(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
            QCOMPARE(peek.value(u"SELECT COUNT(*) FROM pragma_foreign_key_check"_s).toInt(), 0);
            const qint64 leads = peek.count(u"leads"_s);
            QVERIFY2(leads == 0 || leads == 20000, qPrintable(QString::number(leads)));
            QCOMPARE(peek.count(u"import_batches"_s), leads ? 1 : 0);
            if (leads && peek.count(u"pending_work"_s) == 1)
                ++committedBeforeScoring;
        }
        const Run next = cli({u"list"_s, u"--limit"_s, u"1"_s}, db);
        QVERIFY2(next.exitCode == 0, qPrintable(next.err));
        const Peek peek(db);
        QCOMPARE(peek.count(u"pending_work"_s), 0);
        if (peek.count(u"leads"_s) == 20000)
            QCOMPARE(peek.value(scoredState).toString(), expected);
    }
    qInfo("kills that left the import committed and its rescoring owed: %d of 8",
        committedBeforeScoring);
}

void TestCliImport::writerWaitsForARunningImport()
{
    // An import holds the write lock for longer than the five seconds a writer waits; a second
    // command says what it waits for, waits, and lands once the import is done.
    const QString file = writeFile(u"long-import.csv"_s, scoredLeads(400000));
    QProcess import;
    import.start(QStringLiteral(LEADFLOW_CLI_PATH),
        {u"import"_s, u"leads"_s, file, u"--no-rescore"_s, u"--db"_s, m_db});
    QVERIFY(import.waitForStarted());
    QElapsedTimer timer;
    timer.start();
    while (import.state() == QProcess::Running && timer.elapsed() < 60000
        && QFileInfo(m_db + u"-wal"_s).size() < 4 * 1024 * 1024)
        QThread::msleep(20);
    QVERIFY(QFile::exists(m_db + u"-activity"_s));
    QElapsedTimer waited;
    waited.start();
    const Run add = cli({u"add"_s, u"email=waiter@example.com"_s});
    const qint64 waitedMs = waited.elapsed();
    QVERIFY(import.waitForFinished(120000));
    QCOMPARE(import.exitCode(), 0);
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    QVERIFY2(add.err.contains(u"an import of long-import.csv by"_s)
            && add.err.contains(u"is running on this database; waiting"_s),
        qPrintable(add.err));
    QVERIFY(waitedMs > 5000);
    qInfo("the second writer waited %lld ms", waitedMs);
    QVERIFY(!QFile::exists(m_db + u"-activity"_s));
    const Peek peek(m_db);
    QCOMPARE(peek.count(u"leads"_s), 400001);
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
