#include "io/csvreader.h"
#include "io/leadimporter.h"
#include "leads/leadservice.h"
#include "scoring/scorer.h"
#include "storage/database.h"
#include "storage/settings.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace lf;

namespace {

/// CSV text built by hand (not by CsvWriter): quoted when a cell holds the delimiter, a quote or
/// a line break; CRLF after every record.
QByteArray csvBytes(const QList<QStringList> &rows, QChar delimiter = u',')
{
    QString out;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &cell : row) {
            const bool quote = cell.contains(delimiter) || cell.contains(u'"')
                || cell.contains(u'\n') || cell.contains(u'\r');
            cells << (quote ? u'"' + QString(cell).replace(u"\""_s, u"\"\""_s) + u'"' : cell);
        }
        out += cells.join(delimiter) + u"\r\n"_s;
    }
    return out.toUtf8();
}

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        qFatal("query failed: %s", qPrintable(sql));
    return query.value(0).toLongLong();
}

/// Every row of the tables an import may touch, the schema (indexes, triggers) and the planner
/// statistics, as text: two dumps compare equal only when nothing was written.
QStringList dump(const QSqlDatabase &db)
{
    QStringList out;
    for (const char *table :
        {"leads", "import_batches", "import_row_changes", "stage_history", "audit_log"}) {
        QSqlQuery query(db);
        if (!query.exec(u"SELECT * FROM %1 ORDER BY id"_s.arg(QLatin1StringView(table))))
            qFatal("dump failed: %s", table);
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values << (query.isNull(i) ? u"NULL"_s : query.value(i).toString());
            out << QLatin1StringView(table) + u": "_s + values.join(u'|');
        }
    }
    QSqlQuery schema(db);
    schema.exec(u"SELECT type, name, sql FROM sqlite_master ORDER BY type, name"_s);
    bool statistics = false;
    while (schema.next()) {
        out << schema.value(0).toString() + u": "_s + schema.value(1).toString() + u' '
                + schema.value(2).toString();
        statistics = statistics || schema.value(1).toString() == u"sqlite_stat1"_s;
    }
    if (statistics) {
        QSqlQuery stat(db);
        stat.exec(u"SELECT tbl, idx, stat FROM sqlite_stat1 ORDER BY tbl, idx"_s);
        while (stat.next())
            out << u"stat1: "_s + stat.value(0).toString() + u'|' + stat.value(1).toString() + u'|'
                    + stat.value(2).toString();
    }
    return out;
}

/// The indexes on leads, with their definitions.
QStringList indexes(const QSqlDatabase &db)
{
    QStringList out;
    QSqlQuery query(db);
    query.exec(u"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'leads' "
               "AND sql IS NOT NULL ORDER BY name"_s);
    while (query.next())
        out << query.value(0).toString() + u' ' + query.value(1).toString();
    return out;
}

QString counts(const QSqlDatabase &db)
{
    return u"leads=%1 batches=%2 stages=%3 audit=%4"_s
        .arg(scalar(db, u"SELECT COUNT(*) FROM leads"_s))
        .arg(scalar(db, u"SELECT COUNT(*) FROM import_batches"_s))
        .arg(scalar(db, u"SELECT COUNT(*) FROM stage_history"_s))
        .arg(scalar(db, u"SELECT COUNT(*) FROM audit_log"_s));
}

QString reasons(const QMap<QString, qint64> &map)
{
    QStringList out;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        out << u"%1=%2"_s.arg(it.key()).arg(it.value());
    return out.join(u"; "_s);
}

} // namespace

Q_DECLARE_METATYPE(QList<lf::ColumnMapping>)

/// LeadImporter, undoImport and listImports on real SQLite files. Expected figures come from the
/// test's own files (or, for the shared sample, from Python's csv module), never from the importer.
class TestLeadImporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void sampleFileCounts();
    void customFieldsTooLongToExportAreRejected();
    void valuesAreStoredExactly();
    void encodingsAndLineEnds_data();
    void encodingsAndLineEnds();
    void textIsCleaned_data();
    void textIsCleaned();
    void rowsDoNotLeakIntoEachOther();
    void importedLeadsAreSearchable();
    void plannerStatistics_data();
    void plannerStatistics();
    void badInputsWriteNothing_data();
    void badInputsWriteNothing();
    void rowThatCannotBeSavedFailsTheWholeImport_data();
    void rowThatCannotBeSavedFailsTheWholeImport();
    void rowThatCannotBeSavedNamesItsLine();
    void cancelledImportWritesNothing_data();
    void cancelledImportWritesNothing();
    void badMappingIsRefused_data();
    void badMappingIsRefused();

    void dryRunCountsAndWritesNothing();
    void dryRunOnReadOnlyDatabase();

    void duplicatesWithinFile_data();
    void duplicatesWithinFile();
    void duplicatesAgainstDatabase_data();
    void duplicatesAgainstDatabase();
    void keyChangedByAnUpdateMatchesLaterRows();
    void stageHistoryOfALeadChangedLaterInTheFile();
    void funnelRankOfImportedLeads();
    void matchOnPhoneAndName_data();
    void matchOnPhoneAndName();

    void undoRestoresPreviousValues_data();
    void undoRestoresPreviousValues();
    void undoRefusesWhenLeadChangedSince();
    void undoTwiceIsRefused();
    void undoUnknownImport();
    void listImportsShowsFinishedBatches();

    void inquiryFilter_data();
    void inquiryFilter();
    void errorsFile_data();
    void errorsFile();
    void noErrorsFileWithoutRejects();

    void suggestedMappingForHubSpotHeaders();
    void fullNameColumnIsSplit_data();
    void fullNameColumnIsSplit();
    void unmappedColumns_data();
    void unmappedColumns();
    void unreadableValuesAreKeptAsCustomFields_data();
    void unreadableValuesAreKeptAsCustomFields();
    void formulaGuardIsStripped_data();
    void formulaGuardIsStripped();
    void customFieldsColumn_data();
    void customFieldsColumn();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    Result<ImportReport> import(const QString &path, const LeadImportOptions &options = {});
    ImportReport mustImport(const QString &path, const LeadImportOptions &options = {});
    Lead mustCreate(const LeadChanges &fields);
    /// The one lead with this normalized email (fails the test when there is not exactly one).
    Lead leadByEmail(const QString &normalizedEmail);
    void seed();
    QSqlDatabase sql() const { return m_db->connection(); }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<LeadService> m_leads;
    QString m_dbPath;
};

void TestLeadImporter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestLeadImporter::init()
{
    static int counter = 0;
    m_dbPath = m_dir.filePath(u"import-%1.sqlite"_s.arg(++counter));
    auto db = Database::open(m_dbPath);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    m_db = std::move(*db);
    QVERIFY(Settings(sql()).setValue(Settings::PhoneDefaultRegion, u"US"_s));
    m_leads = std::make_unique<LeadService>(sql());
    m_leads->setActor(u"tester"_s);
}

void TestLeadImporter::cleanup()
{
    m_leads.reset();
    m_db.reset();
}

QString TestLeadImporter::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

Result<ImportReport> TestLeadImporter::import(const QString &path, const LeadImportOptions &options)
{
    LeadImporter importer(*m_db);
    return importer.run(path, options);
}

ImportReport TestLeadImporter::mustImport(const QString &path, const LeadImportOptions &options)
{
    auto report = import(path, options);
    if (!report)
        qFatal("import failed: %s", qPrintable(report.error().toString()));
    return *report;
}

void TestLeadImporter::customFieldsTooLongToExportAreRejected()
{
    // Three unmapped columns of 400,000 characters each would be kept as 1.2 Mi characters of
    // custom fields, which an export would write as one cell the reader refuses.
    const QByteArray wide(400 * 1000, 'w');
    const QString path = writeFile(u"wide.csv"_s,
        "Email,Extra A,Extra B,Extra C\r\nwide@example.com," + wide + ',' + wide + ',' + wide
            + "\r\nnarrow@example.com,a,b,c\r\n");
    LeadImportOptions options;
    options.errorsPath = m_dir.filePath(u"wide-errors.csv"_s);
    const ImportReport report = mustImport(path, options);
    QCOMPARE(report.created, 1);
    QCOMPARE(report.rejected, 1);
    QCOMPARE(report.rejectReasons.size(), 1);
    QVERIFY2(report.rejectReasons.firstKey().contains(u"custom fields"_s),
        qPrintable(report.rejectReasons.firstKey()));
    QVERIFY(QFile::exists(options.errorsPath));
}

Lead TestLeadImporter::mustCreate(const LeadChanges &fields)
{
    auto lead = m_leads->create(fields);
    if (!lead)
        qFatal("create failed: %s", qPrintable(lead.error().toString()));
    return *lead;
}

Lead TestLeadImporter::leadByEmail(const QString &normalizedEmail)
{
    QSqlQuery query(sql());
    query.prepare(u"SELECT id FROM leads WHERE email_normalized = ?"_s);
    query.addBindValue(normalizedEmail);
    if (!query.exec() || !query.next())
        qFatal("no lead %s", qPrintable(normalizedEmail));
    const qint64 id = query.value(0).toLongLong();
    if (query.next())
        qFatal("more than one lead %s", qPrintable(normalizedEmail));
    auto lead = m_leads->get(id, true);
    if (!lead)
        qFatal("cannot read lead %lld", id);
    return *lead;
}

/// Rows in every table an import touches: a committed import, a lead made by hand and edited.
void TestLeadImporter::seed()
{
    mustImport(writeFile(u"seed.csv"_s,
        csvBytes({{u"Email"_s, u"First Name"_s}, {u"seed1@example.com"_s, u"Seed"_s},
            {u"seed2@example.com"_s, u"Seedling"_s}})));
    const Lead lead = mustCreate({{LeadField::Email, u"hand@example.com"_s}});
    QVERIFY(m_leads->update(lead.id(), lead.version(), {{LeadField::Stage, u"mql"_s}}));
}

// --- the shared sample ---------------------------------------------------------------------------

void TestLeadImporter::sampleFileCounts()
{
    const QString path = QStringLiteral(LEADFLOW_SAMPLE_LEADS);
    QVERIFY2(QFile::exists(path), "tests/data/leads-10k.csv is missing");
    const QStringList indexesBefore = indexes(sql());
    QVERIFY(!indexesBefore.isEmpty());
    const ImportReport report = mustImport(path);

    // Figures from Python's csv module, email = strip().lower(), first occurrence wins:
    //   python3 -c "import csv,re; d=list(csv.reader(open('leads-10k.csv',newline='',
    //   encoding='utf-8')))[1:]; s=set(); k=[r for r in d if not (e:=r[2].strip().lower())
    //   or not (e in s or s.add(e))]; print(len(d), len(k), len(d)-len(k), sum(1 for r in k
    //   if (e:=r[2].strip().lower()) and not re.match(r'^[^@\s]+@([A-Za-z0-9-]+\.)+[A-Za-z]{2,}$',
    //   e)), sum(1 for r in k if not r[2].strip()))"
    //   → 10000 9722 278 114 104
    QCOMPARE(report.rows, 10000);
    QCOMPARE(report.created, 9722);
    QCOMPARE(report.skipped, 278);
    QCOMPARE(report.rejected, 0);
    QCOMPARE(report.updated, 0);
    QCOMPARE(report.flagReasons.value(u"malformed email"_s), 114);
    QVERIFY(report.batchId > 0);
    QCOMPARE(report.encoding, u"UTF-8"_s);
    QCOMPARE(report.delimiter, u',');

    // What is in the database says the same.
    QCOMPARE(scalar(sql(), u"SELECT COUNT(*) FROM leads"_s), 9722);
    QCOMPARE(scalar(sql(),
                 u"SELECT COUNT(*) FROM leads WHERE import_batch_id = %1"_s.arg(report.batchId)),
        9722);
    QCOMPARE(scalar(sql(), u"SELECT COUNT(*) FROM leads WHERE email_state = 2"_s), 114);
    QCOMPARE(scalar(sql(), u"SELECT COUNT(*) FROM leads WHERE email_normalized IS NULL"_s), 104);
    QCOMPARE(scalar(sql(), u"SELECT COUNT(DISTINCT email_normalized) FROM leads"_s), 9722 - 104);
    // One first-stage entry per created lead, for the funnel.
    QCOMPARE(scalar(sql(), u"SELECT COUNT(*) FROM stage_history WHERE from_stage IS NULL"_s), 9722);
    QCOMPARE(scalar(sql(),
                 u"SELECT COUNT(*) FROM stage_history h JOIN leads l ON l.id = h.lead_id "
                 "WHERE h.to_stage = l.stage"_s),
        9722);
    // The batch is recorded with the same counts.
    QSqlQuery batch(sql());
    QVERIFY(batch.exec(u"SELECT status, rows_read, created, updated, skipped, rejected "
                       "FROM import_batches WHERE id = %1"_s.arg(report.batchId)));
    QVERIFY(batch.next());
    QCOMPARE(batch.value(0).toString(), u"committed"_s);
    QCOMPARE(batch.value(1).toLongLong(), 10000);
    QCOMPARE(batch.value(2).toLongLong(), 9722);
    QCOMPARE(batch.value(3).toLongLong(), 0);
    QCOMPARE(batch.value(4).toLongLong(), 278);
    QCOMPARE(batch.value(5).toLongLong(), 0);
    // The indexes dropped for the bulk load into an empty table are all back; the file is sound.
    QCOMPARE(indexes(sql()), indexesBefore);
    // The import left the planner statistics, with which a pass over every lead reads the table in
    // storage order, not through the partial index whose condition it shares
    // (leads_metrics_cohort: deleted_at IS NULL). On a new connection, which reads them.
    {
        auto fresh = lf::Connection::open(*m_db, u"plan"_s);
        QVERIFY(fresh);
        QSqlQuery plan((*fresh)->sql());
        QVERIFY(plan.exec(
            u"EXPLAIN QUERY PLAN SELECT id, score, country FROM leads WHERE deleted_at IS NULL"_s));
        QVERIFY(plan.next());
        QCOMPARE(plan.value(3).toString(), u"SCAN leads"_s);
    }
    QSqlQuery check(sql());
    QVERIFY(check.exec(u"PRAGMA integrity_check"_s) && check.next());
    QCOMPARE(check.value(0).toString(), u"ok"_s);

    // The first occurrence wins: line 153 "(61) 85454-4557", line 159 repeats the email with
    // "61854544557".
    QCOMPARE(
        leadByEmail(u"fabiano_macedo@bol.com.br"_s).text(LeadField::Phone), u"(61) 85454-4557"_s);
    // Line 2: the HubSpot columns land in their fields.
    const Lead rodrigo = leadByEmail(u"rodrigo_kirlin@gmail.com"_s);
    QCOMPARE(rodrigo.text(LeadField::FirstName), u"Rodrigo"_s);
    QCOMPARE(rodrigo.text(LeadField::Employees), u"1000+"_s);
    QCOMPARE(rodrigo.text(LeadField::Country), u"US"_s);
    QCOMPARE(rodrigo.integer(LeadField::CreatedAt),
        QDateTime(QDate(2026, 5, 11), QTime(13, 52, 30, 710), QTimeZone::utc())
            .toMSecsSinceEpoch());
    // Line 3: "Open Deal" is a deal; revenue 146108000 is in cents 14610800000.
    const Lead cletus = leadByEmail(u"cletus.bruen79@gmail.com"_s);
    QCOMPARE(cletus.stage(), Stage::Opportunity);
    QCOMPARE(cletus.integer(LeadField::AnnualRevenue), Q_INT64_C(14610800000));
    QCOMPARE(cletus.text(LeadField::Company), u"Kuvalis - Wuckert"_s);
}

void TestLeadImporter::valuesAreStoredExactly()
{
    const QString path = writeFile(u"values.csv"_s,
        csvBytes({{u"First Name"_s, u"Last Name"_s, u"Email"_s, u"Phone"_s, u"Company"_s,
                      u"Notes"_s, u"Annual Revenue"_s, u"Create Date"_s, u"Number of Employees"_s,
                      u"Website"_s, u"Country"_s, u"Lead Status"_s},
            {u"  Zoë  "_s, u"Ægir-Ström"_s, u" Zoe@Example.COM "_s, u"030 901820"_s,
                u"Müller & Söhne, GmbH"_s, u"Line 1\r\nLine 2, \"quoted\"\r\n\r\nLine 4 ✓"_s,
                u"$1,234.50"_s, u"2024-02-29T23:59:59.999Z"_s, u"201-500"_s,
                u"https://www.mueller.example.de/about"_s, u"Deutschland"_s,
                u"Marketing Qualified Lead"_s},
            {u"太郎"_s, u"山田"_s, u"taro@example.jp"_s, u"+81 3-1234-5678"_s, u"株式会社テスト"_s,
                u""_s, u"99"_s, u"2025-06-01T00:00:00Z"_s, u"1000+"_s, u""_s, u"Japan"_s,
                u"customer"_s}}));
    const ImportReport report = mustImport(path);
    QCOMPARE(report.created, 2);
    QCOMPARE(report.flagged, 0);

    const Lead zoe = leadByEmail(u"zoe@example.com"_s);
    QCOMPARE(zoe.text(LeadField::FirstName), u"Zoë"_s);
    QCOMPARE(zoe.text(LeadField::LastName), u"Ægir-Ström"_s);
    QCOMPARE(zoe.text(LeadField::Email), u"Zoe@Example.COM"_s);
    QCOMPARE(zoe.integer(LeadField::EmailState), qint64(EmailState::Valid));
    QCOMPARE(zoe.text(LeadField::Phone), u"030 901820"_s);
    QCOMPARE(zoe.text(LeadField::PhoneE164), u"+4930901820"_s); // the lead's country, DE
    QCOMPARE(zoe.text(LeadField::Company), u"Müller & Söhne, GmbH"_s);
    QCOMPARE(zoe.text(LeadField::Notes), u"Line 1\nLine 2, \"quoted\"\n\nLine 4 ✓"_s);
    QCOMPARE(zoe.integer(LeadField::AnnualRevenue), 123450);
    QCOMPARE(zoe.integer(LeadField::CreatedAt),
        QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), QTimeZone::utc())
            .toMSecsSinceEpoch());
    QCOMPARE(zoe.text(LeadField::Employees), u"201-500"_s);
    QCOMPARE(zoe.integer(LeadField::EmployeeCount), 201);
    QCOMPARE(zoe.text(LeadField::Website), u"https://www.mueller.example.de/about"_s);
    QCOMPARE(zoe.text(LeadField::CompanyDomain), u"example.com"_s);
    QCOMPARE(zoe.text(LeadField::Country), u"DE"_s);
    QCOMPARE(zoe.stage(), Stage::Mql);
    QCOMPARE(zoe.version(), 1);
    QCOMPARE(zoe.integer(LeadField::ImportBatchId), report.batchId);
    QVERIFY(zoe.isNull(LeadField::CustomFields));
    QVERIFY(zoe.isNull(LeadField::DeletedAt));

    Lead taro = leadByEmail(u"taro@example.jp"_s);
    QCOMPARE(taro.text(LeadField::FirstName), u"太郎"_s);
    QCOMPARE(taro.text(LeadField::LastName), u"山田"_s);
    QCOMPARE(taro.text(LeadField::Company), u"株式会社テスト"_s);
    QCOMPARE(taro.text(LeadField::PhoneE164), u"+81312345678"_s);
    QVERIFY(taro.isNull(LeadField::Notes));
    QVERIFY(taro.isNull(LeadField::Website));
    QCOMPARE(taro.integer(LeadField::AnnualRevenue), 9900);
    QCOMPARE(taro.integer(LeadField::CreatedAt),
        QDateTime(QDate(2025, 6, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    QCOMPARE(taro.integer(LeadField::EmployeeCount), 1000);
    QCOMPARE(taro.text(LeadField::Country), u"JP"_s);
    QCOMPARE(taro.stage(), Stage::Won);

    // The same lead typed in by hand is stored the same way (derived fields included).
    const Lead byHand =
        mustCreate({{LeadField::FirstName, u"太郎"_s}, {LeadField::LastName, u"山田"_s},
            {LeadField::Email, u"taro@example.jp"_s}, {LeadField::Phone, u"+81 3-1234-5678"_s},
            {LeadField::Company, u"株式会社テスト"_s}, {LeadField::AnnualRevenue, u"99"_s},
            {LeadField::CreatedAt, u"2025-06-01T00:00:00Z"_s}, {LeadField::Employees, u"1000+"_s},
            {LeadField::Country, u"Japan"_s}, {LeadField::Stage, u"won"_s}});
    // Scores come from the bulk rescoring pass that follows an import; it must score the imported
    // lead as the service scores the one typed in.
    QVERIFY(taro.isNull(LeadField::Grade));
    auto rescored = ScoringService(sql()).rescoreAll();
    QVERIFY2(rescored, qPrintable(rescored ? QString() : rescored.error().toString()));
    auto rescoredTaro = LeadService(sql()).get(taro.id());
    QVERIFY(rescoredTaro);
    taro = *rescoredTaro;
    QVERIFY(!taro.isNull(LeadField::Grade));
    for (const FieldInfo &info : allFields()) {
        if (info.field == LeadField::Id || info.field == LeadField::UpdatedAt
            || info.field == LeadField::ImportBatchId)
            continue;
        QVERIFY2(byHand.value(info.field) == taro.value(info.field)
                || (byHand.isNull(info.field) && taro.isNull(info.field)),
            info.key);
    }
}

void TestLeadImporter::encodingsAndLineEnds_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encodingOption");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QChar>("delimiter");

    const QString text = u"Email\tFirst Name\r\na@example.com\tZoë Müller\r\n"_s;
    QStringEncoder le(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    QStringEncoder be(QStringEncoder::Utf16BE, QStringEncoder::Flag::WriteBom);
    QTest::newRow("UTF-8 with BOM")
        << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << QString() << u"UTF-8"_s << QChar(u'\t');
    QTest::newRow("UTF-16LE with BOM (Excel Unicode text)")
        << QByteArray(le(text)) << QString() << u"UTF-16LE"_s << QChar(u'\t');
    QTest::newRow("UTF-16BE with BOM")
        << QByteArray(be(text)) << QString() << u"UTF-16BE"_s << QChar(u'\t');
    QTest::newRow("windows-1252, semicolons")
        << QByteArray("Email;First Name\r\na@example.com;Zo\xeb M\xfcller\r\n") << u"windows-1252"_s
        << u"windows-1252"_s << QChar(u';');
    QTest::newRow("CR line ends") << QByteArray(
        "Email,First Name\ra@example.com,Zo\xc3\xab M\xc3\xbcller")
                                  << QString() << u"UTF-8"_s << QChar(u',');
    QTest::newRow("LF line ends, pipes")
        << QByteArray("Email|First Name\na@example.com|Zo\xc3\xab M\xc3\xbcller\n") << QString()
        << u"UTF-8"_s << QChar(u'|');
}

void TestLeadImporter::encodingsAndLineEnds()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encodingOption);
    QFETCH(QString, encoding);
    QFETCH(QChar, delimiter);
    LeadImportOptions options;
    options.csv.encoding = encodingOption;
    const ImportReport report = mustImport(writeFile(u"encoding.csv"_s, bytes), options);
    QCOMPARE(report.encoding, encoding);
    QCOMPARE(report.delimiter, delimiter);
    QCOMPARE(report.headers, (QStringList {u"Email"_s, u"First Name"_s}));
    QCOMPARE(report.created, 1);
    QCOMPARE(leadByEmail(u"a@example.com"_s).text(LeadField::FirstName), u"Zoë Müller"_s);
}

void TestLeadImporter::textIsCleaned_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("stored");
    QTest::newRow("clean") << u"plain text"_s << u"plain text"_s;
    QTest::newRow("padded") << u"  padded  "_s << u"padded"_s;
    QTest::newRow("tabs around, tab inside") << u"\ta\tb\t"_s << u"a\tb"_s;
    QTest::newRow("inner spaces kept") << u"inner   spaces"_s << u"inner   spaces"_s;
    QTest::newRow("CRLF") << u"a\r\nb"_s << u"a\nb"_s;
    QTest::newRow("CR") << u"a\rb"_s << u"a\nb"_s;
    QTest::newRow("line separator") << u"a\u2028b"_s << u"a\nb"_s;
    QTest::newRow("NEL") << u"a\u0085b"_s << u"a\nb"_s;
    QTest::newRow("byte-order mark inside") << u"x\uFEFFy"_s << u"xy"_s;
    QTest::newRow("non-ASCII") << u"ünï cödé 日本 ✓"_s << u"ünï cödé 日本 ✓"_s;
    QTest::newRow("blank lines inside") << u"a\n\n\nb"_s << u"a\n\n\nb"_s;
    QTest::newRow("emoji") << u"😀 👍🏽 family 👨‍👩‍👧"_s
                           << u"😀 👍🏽 family 👨‍👩‍👧"_s;
    QTest::newRow("200,000 characters") << QString(200000, u'é') << QString(200000, u'é');
}

void TestLeadImporter::textIsCleaned()
{
    QFETCH(QString, raw);
    QFETCH(QString, stored);
    mustImport(writeFile(u"clean.csv"_s,
        csvBytes({{u"Email"_s, u"Notes"_s, u"Extra"_s}, {u"a@example.com"_s, raw, raw}})));
    const Lead lead = leadByEmail(u"a@example.com"_s);
    QCOMPARE(lead.text(LeadField::Notes), stored);
    QCOMPARE(lead.customFields().value(u"Extra"_s).toString(), stored);
}

void TestLeadImporter::rowsDoNotLeakIntoEachOther()
{
    // Full rows and near-empty rows alternate over several batches of 1,000: nothing of a full
    // row may show up in the next one.
    QList<QStringList> rows {
        {u"Email"_s, u"First Name"_s, u"Job Title"_s, u"Phone"_s, u"Country"_s, u"Notes"_s,
            u"Extra"_s, u"Annual Revenue"_s, u"Create Date"_s, u"Lead Status"_s, u"Company"_s}};
    const int count = 12000;
    for (int i = 0; i < count; ++i) {
        if (i % 2 == 0)
            rows << QStringList {u"e%1@example.com"_s.arg(i), u"F%1"_s.arg(i), u"'=T%1"_s.arg(i),
                u"+1 415 555 0132"_s, u"Deutschland"_s, u"note\r\n%1"_s.arg(i), u"c%1"_s.arg(i),
                u"10.50"_s, u"2024-01-01T00:00:00Z"_s, u"Open Deal"_s, u"Acme %1"_s.arg(i)};
        else
            rows << QStringList {u"e%1@example.com"_s.arg(i), QString(), QString(), QString(),
                QString(), QString(), QString(), QString(), QString(), QString(), QString()};
    }
    const ImportReport report = mustImport(writeFile(u"leak.csv"_s, csvBytes(rows)));
    QCOMPARE(report.created, count);
    const int half = count / 2;
    const qint64 date =
        QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    auto countWhere = [&](const QString &condition) {
        return scalar(sql(), u"SELECT COUNT(*) FROM leads WHERE "_s + condition);
    };
    // Each full row kept its own values.
    QCOMPARE(countWhere(
                 u"first_name = 'F' || substr(email, 2, instr(email, '@') - 2) AND "
                 "title = '=T' || substr(email, 2, instr(email, '@') - 2) AND "
                 "notes = 'note' || char(10) || substr(email, 2, instr(email, '@') - 2) AND "
                 "company = 'Acme ' || substr(email, 2, instr(email, '@') - 2) AND "
                 "custom_fields LIKE '%\"c' || substr(email, 2, instr(email, '@') - 2) || "
                 "'\"%' AND phone_e164 = '+14155550132' AND country = 'DE' AND "
                 "annual_revenue = 1050 AND created_at = %1 AND stage = 'opportunity'"_s.arg(date)),
        half);
    // Each near-empty row has nothing but its email (and the defaults).
    QCOMPARE(countWhere(u"first_name IS NULL AND title IS NULL AND phone IS NULL AND "
                        "phone_e164 IS NULL AND country IS NULL AND notes IS NULL AND "
                        "custom_fields IS NULL AND annual_revenue IS NULL AND company IS NULL AND "
                        "stage = 'new' AND created_at <> %1 AND email_state = 1"_s.arg(date)),
        half);
}

void TestLeadImporter::importedLeadsAreSearchable()
{
    const QString path = writeFile(u"search.csv"_s,
        csvBytes({{u"First Name"_s, u"Last Name"_s, u"Company"_s, u"Email"_s},
            {u"Ada"_s, u"Lovelace"_s, u"Analytical Engines"_s, u"ada@example.com"_s},
            {u"Grace"_s, u"Hopper"_s, u"Navy"_s, u"grace@example.com"_s}}));
    mustImport(path);
    // A lead made by hand is found by search; an imported one must be too.
    mustCreate({{LeadField::FirstName, u"Charles"_s}, {LeadField::LastName, u"Babbage"_s}});
    for (const auto &[words, email] : {std::pair {u"lovelace"_s, u"ada@example.com"_s},
             std::pair {u"analytical"_s, u"ada@example.com"_s},
             std::pair {u"grace@example"_s, u"grace@example.com"_s}}) {
        LeadQuery query;
        query.search = words;
        auto found = m_leads->list(query);
        QVERIFY(found);
        QVERIFY2(found->size() == 1,
            qPrintable(u"search \"%1\" found %2 leads"_s.arg(words).arg(found->size())));
        QCOMPARE(found->constFirst().text(LeadField::EmailNormalized), email);
    }
}

void TestLeadImporter::plannerStatistics_data()
{
    QTest::addColumn<int>("byHand"); // leads there before the import
    QTest::addColumn<int>("imported");
    QTest::addColumn<bool>("analyzed");
    QTest::newRow("into an empty table") << 0 << 30 << true;
    QTest::newRow("doubles the table") << 15 << 15 << true;
    QTest::newRow("a few more") << 30 << 3 << false;
}

void TestLeadImporter::plannerStatistics()
{
    QFETCH(int, byHand);
    QFETCH(int, imported);
    QFETCH(bool, analyzed);
    for (int i = 0; i < byHand; ++i)
        mustCreate({{LeadField::Email, u"hand%1@example.com"_s.arg(i)}});
    QList<QStringList> rows {{u"Email"_s, u"First Name"_s}};
    for (int i = 0; i < imported; ++i)
        rows << QStringList {u"file%1@example.com"_s.arg(i), u"Name %1"_s.arg(i)};
    QCOMPARE(mustImport(writeFile(u"stats.csv"_s, csvBytes(rows))).created, imported);

    auto statistics = [&](const QString &table) {
        QSqlQuery query(sql());
        if (!query.exec(u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'sqlite_stat1'"_s)
            || !query.next() || query.value(0).toInt() == 0)
            return 0;
        return int(
            scalar(sql(), u"SELECT COUNT(*) FROM sqlite_stat1 WHERE tbl = '%1'"_s.arg(table)));
    };
    QCOMPARE(statistics(u"leads"_s) > 0, analyzed);
    QCOMPARE(statistics(u"stage_history"_s) > 0, analyzed);
}

// --- bad input ----------------------------------------------------------------------------------

void TestLeadImporter::badInputsWriteNothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("seeded");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("line"); // -1: the error is about the whole file
    QTest::addColumn<int>("column");

    const QByteArray header = "Email,Notes\r\n";
    QByteArray goodRows; // 600 rows: past the importer's read-ahead sample of 500
    for (int i = 0; i < 600; ++i)
        goodRows += "user" + QByteArray::number(i) + "@example.com,note\r\n";
    const QByteArray manyRows = goodRows.repeated(5); // 3,000 rows, past the first 64 KiB
    const QByteArray big = "@BIG@"; // replaced by 10 MB of 'x' in the test
    const int parse = int(ErrorCode::Parse);

    for (bool seeded : {false, true}) {
        const char *db = seeded ? "seeded" : "empty db";
        auto row = [&](const char *name) -> QTestData & {
            return QTest::addRow("%s, %s", name, db);
        };
        row("empty file") << QByteArray() << seeded << parse << -1 << 0;
        row("only a BOM and line breaks")
            << QByteArray("\xEF\xBB\xBF\r\n\r\n") << seeded << parse << -1 << 0;
        row("header only") << header << seeded << parse << -1 << 0;
        row("binary") << QByteArray::fromHex("89504e470d0a1a0a0000000d49484452")
                + QByteArray(4000, '\0')
                      << seeded << parse << -1 << 0;
        row("10 MB quoted field") << header + "a@example.com,\"" + big + "\"\r\n"
                                  << seeded << parse << 2 << 2;
        row("10 MB unquoted field") << header + "a@example.com," + big + "\r\n"
                                    << seeded << parse << 2 << 2;
        row("10 MB field after the sample")
            << header + goodRows + "a@example.com,\"" + big + "\"\r\n"
            << seeded << parse << 602 << 2;
        row("unterminated quote at end of file")
            << header + "a@example.com,fine\r\nb@example.com,\"never closed\r\nmore" << seeded
            << parse << 3 << 2;
        row("unterminated quote after the sample")
            << header + goodRows + "b@example.com,\"never closed\r\nmore" << seeded << parse << 602
            << 2;
        row("ragged row, too few") << header + "a@example.com,x\r\nb@example.com\r\n"
                                   << seeded << parse << 3 << 0;
        row("ragged row, too many") << header + "a@example.com,x,y\r\n"
                                    << seeded << parse << 2 << 0;
        row("ragged row after the sample") << header + goodRows + "b@example.com\r\n"
                                           << seeded << parse << 602 << 0;
        row("duplicate header names") << QByteArray("Email,Notes, email \r\na@example.com,x,y\r\n")
                                      << seeded << parse << 1 << 3;
        row("text after a closing quote") << header + "\"a@example.com\"x,note\r\n"
                                          << seeded << parse << 2 << 1;
        row("NUL byte after the first 64 KiB")
            << header + manyRows + QByteArray("c@example.com,a\0b\r\n", 18) << seeded << parse
            << 3002 << -1;
        row("invalid UTF-8 after the first 64 KiB")
            << header + "z@example.com,Zo\xc3\xab\r\n" + manyRows + "c@example.com,\xff\xfe\r\n"
            << seeded << parse << 3003 << -1;
    }
}

void TestLeadImporter::badInputsWriteNothing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, seeded);
    QFETCH(int, code);
    QFETCH(int, line);
    QFETCH(int, column);
    bytes.replace("@BIG@", QByteArray(10 * 1024 * 1024, 'x'));
    if (seeded)
        seed();
    const QStringList before = dump(sql());
    const QString countsBefore = counts(sql());
    const QString path = writeFile(u"bad.csv"_s, bytes);
    const QString errorsPath = m_dir.filePath(u"bad-errors.csv"_s);
    QFile::remove(errorsPath);

    LeadImportOptions options;
    options.errorsPath = errorsPath;
    auto report = import(path, options);
    QVERIFY2(!report, "the import should have failed");
    const Error &error = report.error();
    QVERIFY2(int(error.code) == code, qPrintable(error.toString()));
    QVERIFY2(!error.message.isEmpty(), "an error needs a message");
    QCOMPARE(error.file, path);
    if (line >= 0)
        QVERIFY2(error.line == line, qPrintable(error.toString()));
    if (column >= 0)
        QVERIFY2(error.column == column, qPrintable(error.toString()));

    // Nothing was written: no lead, batch, stage or audit row; the indexes are all there.
    QCOMPARE(counts(sql()), countsBefore);
    QCOMPARE(dump(sql()), before);
    QVERIFY2(!QFile::exists(errorsPath), "a failed import leaves no errors file");
    // And the database still takes a good import.
    const ImportReport good =
        mustImport(writeFile(u"good.csv"_s, csvBytes({{u"Email"_s}, {u"after@example.com"_s}})));
    QCOMPARE(good.created, 1);
}

void TestLeadImporter::rowThatCannotBeSavedFailsTheWholeImport_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<bool>("seeded");
    QTest::newRow("small file") << 3 << true;
    QTest::newRow("small file, empty database") << 3 << false;
    // The parsing thread is far ahead (its queue full) when the writer gives up.
    QTest::newRow("big file") << 30000 << true;
    QTest::newRow("big file, empty database") << 30000 << false;
}

void TestLeadImporter::rowThatCannotBeSavedFailsTheWholeImport()
{
    QFETCH(int, rows);
    QFETCH(bool, seeded);
    if (seeded)
        seed();
    const QStringList before = dump(sql());
    // campaign_id refers to campaigns; there is no campaign 42, so line 3 cannot be saved.
    QList<QStringList> records {{u"Email"_s, u"Campaign"_s}};
    for (int i = 0; i < rows; ++i)
        records << QStringList {u"r%1@example.com"_s.arg(i), i == 1 ? u"42"_s : QString()};
    const QString path = writeFile(u"campaign.csv"_s, csvBytes(records));
    LeadImportOptions options;
    options.columns = {
        ColumnMapping::toField(LeadField::Email), ColumnMapping::toField(LeadField::CampaignId)};
    auto report = import(path, options);
    QVERIFY(!report);
    QCOMPARE(dump(sql()), before);
    QVERIFY2(report.error().message.contains(u"3"_s), qPrintable(report.error().toString()));
}

void TestLeadImporter::rowThatCannotBeSavedNamesItsLine()
{
    const QString path = writeFile(u"campaign.csv"_s,
        csvBytes({{u"Email"_s, u"Campaign"_s}, {u"a@example.com"_s, QString()},
            {u"b@example.com"_s, u"42"_s}}));
    LeadImportOptions options;
    options.columns = {
        ColumnMapping::toField(LeadField::Email), ColumnMapping::toField(LeadField::CampaignId)};
    auto report = import(path, options);
    QVERIFY(!report);
    // CONTRIBUTING: errors carry the file, line and field where they are known.
    QCOMPARE(report.error().file, path);
    QCOMPARE(report.error().line, 3);
}

void TestLeadImporter::cancelledImportWritesNothing_data()
{
    QTest::addColumn<bool>("whileRunning");
    QTest::newRow("cancelled before the start") << false;
    QTest::newRow("cancelled at the first progress report") << true;
}

void TestLeadImporter::cancelledImportWritesNothing()
{
    QFETCH(bool, whileRunning);
    seed();
    const QStringList before = dump(sql());
    QList<QStringList> rows {{u"Email"_s, u"First Name"_s, u"Notes"_s}};
    rows << QStringList {QString(), QString(), u"rejected"_s};
    for (int i = 0; i < 60000; ++i)
        rows << QStringList {u"c%1@example.com"_s.arg(i), u"Name %1"_s.arg(i), QString()};
    const QString path = writeFile(u"cancel.csv"_s, csvBytes(rows));
    const QString errorsPath = m_dir.filePath(u"cancel-errors.csv"_s);
    QFile::remove(errorsPath);
    Progress progress;
    int reports = 0;
    if (whileRunning)
        progress.report = [&](qint64, qint64) {
            ++reports;
            progress.cancelled = true;
        };
    else
        progress.cancelled = true;
    LeadImportOptions options;
    options.errorsPath = errorsPath;
    LeadImporter importer(*m_db);
    auto report = importer.run(path, options, &progress);
    QVERIFY(!report);
    QCOMPARE(report.error().code, ErrorCode::Cancelled);
    QCOMPARE(dump(sql()), before);
    QVERIFY(!QFile::exists(errorsPath));
    if (whileRunning)
        QVERIFY(reports > 0);
}

void TestLeadImporter::badMappingIsRefused_data()
{
    QTest::addColumn<QList<ColumnMapping>>("columns");
    QTest::newRow("too few columns")
        << QList<ColumnMapping> {ColumnMapping::toField(LeadField::Email)};
    QTest::newRow("too many columns") << QList<ColumnMapping> {
        ColumnMapping::toField(LeadField::Email), ColumnMapping::toField(LeadField::FirstName),
        ColumnMapping::toField(LeadField::LastName)};
    QTest::newRow("a field Leadflow keeps (score)") << QList<ColumnMapping> {
        ColumnMapping::toField(LeadField::Email), ColumnMapping::toField(LeadField::Score)};
    QTest::newRow("a field Leadflow keeps (id)") << QList<ColumnMapping> {
        ColumnMapping::toField(LeadField::Id), ColumnMapping::toField(LeadField::FirstName)};
    QTest::newRow("custom_fields as a field") << QList<ColumnMapping> {
        ColumnMapping::toField(LeadField::Email), ColumnMapping::toField(LeadField::CustomFields)};
}

void TestLeadImporter::badMappingIsRefused()
{
    QFETCH(QList<ColumnMapping>, columns);
    seed();
    const QStringList before = dump(sql());
    const QString path = writeFile(
        u"map.csv"_s, csvBytes({{u"Email"_s, u"Score"_s}, {u"a@example.com"_s, u"99"_s}}));
    LeadImportOptions options;
    options.columns = columns;
    auto report = import(path, options);
    QVERIFY(!report);
    QCOMPARE(report.error().code, ErrorCode::Invalid);
    QCOMPARE(dump(sql()), before);
}

// --- dry run ------------------------------------------------------------------------------------

namespace {

/// Two leads in the database and a file that updates one, leaves one alone, creates four, skips a
/// repeat and rejects one (policy update).
QByteArray dryRunFile()
{
    return csvBytes({
        {u"Email"_s, u"First Name"_s, u"Job Title"_s, u"Phone Number"_s, u"Company Name"_s,
            u"Notes"_s},
        {u"ann@example.com"_s, u"Anna"_s, u"CEO"_s, u""_s, u""_s, u""_s}, // update
        {u"bob@example.com"_s, u"Bob"_s, u"CTO"_s, u""_s, u""_s, u""_s}, // same values: skip
        {u"cy@example.com"_s, u"Cy"_s, u""_s, u""_s, u""_s, u""_s}, // create
        {u"cy@example.com "_s, u"Cy"_s, u""_s, u""_s, u""_s, u""_s}, // repeat, same: skip
        {u""_s, u""_s, u""_s, u""_s, u""_s, u"a note, nothing else"_s}, // reject
        {u"dan at example"_s, u"Dan"_s, u""_s, u"+14155550132"_s, u""_s, u""_s}, // create, flag
        {u"eve@example.com"_s, u"Eve"_s, u""_s, u""_s, u""_s, u""_s}, // create
        {u""_s, u""_s, u""_s, u""_s, u"Acme Ltd"_s, u""_s}, // create (company only)
    });
}

void checkDryRunFigures(const ImportReport &report)
{
    QCOMPARE(report.rows, 8);
    QCOMPARE(report.created, 4);
    QCOMPARE(report.updated, 1);
    QCOMPARE(report.skipped, 2);
    QCOMPARE(report.rejected, 1);
    QCOMPARE(reasons(report.rejectReasons), u"no way to contact and no name or company=1"_s);
    QCOMPARE(report.flagged, 1);
    QCOMPARE(reasons(report.flagReasons), u"malformed email=1"_s);
}

} // namespace

void TestLeadImporter::dryRunCountsAndWritesNothing()
{
    mustCreate({{LeadField::Email, u"ann@example.com"_s}, {LeadField::FirstName, u"Ann"_s}});
    mustCreate({{LeadField::Email, u"bob@example.com"_s}, {LeadField::FirstName, u"Bob"_s},
        {LeadField::Title, u"CTO"_s}});
    const QStringList before = dump(sql());
    const QString path = writeFile(u"dry.csv"_s, dryRunFile());

    LeadImportOptions options;
    options.onDuplicate = DuplicatePolicy::Update;
    options.dryRun = true;
    const ImportReport dry = mustImport(path, options);
    QVERIFY(dry.dryRun);
    QCOMPARE(dry.batchId, 0);
    checkDryRunFigures(dry);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(dump(sql()), before);
    QVERIFY(listImports(*m_db)->isEmpty());

    // The real import does what the dry run said.
    options.dryRun = false;
    const ImportReport real = mustImport(path, options);
    QVERIFY(!real.dryRun);
    QVERIFY(real.batchId > 0);
    checkDryRunFigures(real);
    QCOMPARE(scalar(sql(), u"SELECT COUNT(*) FROM leads"_s), 6);
    QCOMPARE(leadByEmail(u"ann@example.com"_s).text(LeadField::FirstName), u"Anna"_s);
}

void TestLeadImporter::dryRunOnReadOnlyDatabase()
{
    mustCreate({{LeadField::Email, u"ann@example.com"_s}, {LeadField::FirstName, u"Ann"_s}});
    mustCreate({{LeadField::Email, u"bob@example.com"_s}, {LeadField::FirstName, u"Bob"_s},
        {LeadField::Title, u"CTO"_s}});
    m_leads.reset();
    m_db.reset(); // closing runs PRAGMA optimize, which may write planner statistics
    Database::Options readOnly;
    readOnly.readOnly = true;
    readOnly.create = false;
    auto db = Database::open(m_dbPath, readOnly);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    m_db = std::move(*db);
    m_leads = std::make_unique<LeadService>(sql());
    const QStringList before = dump(sql());

    LeadImportOptions options;
    options.onDuplicate = DuplicatePolicy::Update;
    options.dryRun = true;
    auto report = import(writeFile(u"dry.csv"_s, dryRunFile()), options);
    // A dry run writes nothing, so it either works on a read-only database or says plainly that
    // it needs a writable one; not a raw SQLite failure.
    if (report)
        checkDryRunFigures(*report);
    else
        QVERIFY2(report.error().code == ErrorCode::ReadOnly, qPrintable(report.error().toString()));
    QCOMPARE(dump(sql()), before);

    // A real import is refused with ReadOnly.
    options.dryRun = false;
    auto real = import(writeFile(u"dry.csv"_s, dryRunFile()), options);
    QVERIFY(!real);
    QCOMPARE(real.error().code, ErrorCode::ReadOnly);
}

// --- duplicates ---------------------------------------------------------------------------------

void TestLeadImporter::duplicatesWithinFile_data()
{
    QTest::addColumn<int>("policy");
    QTest::addColumn<int>("created");
    QTest::addColumn<int>("updated");
    QTest::addColumn<int>("skipped");
    QTest::addColumn<int>("annLeads");
    QTest::addColumn<QString>("firstName"); // of the first lead with Ann's email
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("phone");

    QTest::newRow("skip") << int(DuplicatePolicy::Skip) << 2 << 0 << 1 << 1 << u"Ann"_s << QString()
                          << u"+14155550132"_s;
    QTest::newRow("update") << int(DuplicatePolicy::Update) << 2 << 1 << 0 << 1 << u"Anna"_s
                            << u"CEO"_s << u"+14155550132"_s;
    QTest::newRow("fill") << int(DuplicatePolicy::Fill) << 2 << 1 << 0 << 1 << u"Ann"_s << u"CEO"_s
                          << u"+14155550132"_s;
    QTest::newRow("create") << int(DuplicatePolicy::Create) << 3 << 0 << 0 << 2 << u"Ann"_s
                            << QString() << u"+14155550132"_s;
}

void TestLeadImporter::duplicatesWithinFile()
{
    QFETCH(int, policy);
    QFETCH(int, created);
    QFETCH(int, updated);
    QFETCH(int, skipped);
    QFETCH(int, annLeads);
    QFETCH(QString, firstName);
    QFETCH(QString, title);
    QFETCH(QString, phone);

    // Line 4 repeats line 2's email in another case and with spaces; its phone is empty.
    const QString path = writeFile(u"dups.csv"_s,
        csvBytes({{u"Email"_s, u"First Name"_s, u"Job Title"_s, u"Phone"_s},
            {u"ann@example.com"_s, u"Ann"_s, u""_s, u"+1 415 555 0132"_s},
            {u"bob@example.com"_s, u"Bob"_s, u"CTO"_s, u""_s},
            {u"  ANN@Example.COM "_s, u"Anna"_s, u"CEO"_s, u""_s}}));
    LeadImportOptions options;
    options.onDuplicate = DuplicatePolicy(policy);
    const ImportReport report = mustImport(path, options);
    QCOMPARE(report.rows, 3);
    QCOMPARE(report.created, created);
    QCOMPARE(report.updated, updated);
    QCOMPARE(report.skipped, skipped);
    QCOMPARE(scalar(sql(), u"SELECT COUNT(*) FROM leads"_s), created);
    QCOMPARE(
        scalar(sql(), u"SELECT COUNT(*) FROM leads WHERE email_normalized = 'ann@example.com'"_s),
        annLeads);
    QSqlQuery query(sql());
    QVERIFY(query.exec(u"SELECT first_name, title, phone_e164 FROM leads "
                       "WHERE email_normalized = 'ann@example.com' ORDER BY id LIMIT 1"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), firstName);
    QCOMPARE(query.value(1).toString(), title);
    QCOMPARE(query.value(2).toString(), phone);
}

void TestLeadImporter::duplicatesAgainstDatabase_data()
{
    QTest::addColumn<int>("policy");
    QTest::addColumn<int>("created");
    QTest::addColumn<int>("updated");
    QTest::addColumn<int>("skipped");
    QTest::addColumn<QStringList>("ann"); // first, last, title, phone_e164, email, notes, version

    QTest::newRow("skip") << int(DuplicatePolicy::Skip) << 0 << 0 << 2
                          << QStringList {u"Ann"_s, u""_s, u"Dr"_s, u""_s, u"Ann@Example.com"_s,
                                 u"keep me"_s, u"1"_s};
    QTest::newRow("update") << int(DuplicatePolicy::Update) << 0 << 1 << 1
                            << QStringList {u"Anna"_s, u"Smith"_s, u"Dr"_s, u"+14155550132"_s,
                                   u"ann@example.com"_s, u"keep me"_s, u"2"_s};
    QTest::newRow("fill") << int(DuplicatePolicy::Fill) << 0 << 1 << 1
                          << QStringList {u"Ann"_s, u"Smith"_s, u"Dr"_s, u"+14155550132"_s,
                                 u"Ann@Example.com"_s, u"keep me"_s, u"2"_s};
    QTest::newRow("create") << int(DuplicatePolicy::Create) << 2 << 0 << 0
                            << QStringList {u"Ann"_s, u""_s, u"Dr"_s, u""_s, u"Ann@Example.com"_s,
                                   u"keep me"_s, u"1"_s};
}

void TestLeadImporter::duplicatesAgainstDatabase()
{
    QFETCH(int, policy);
    QFETCH(int, created);
    QFETCH(int, updated);
    QFETCH(int, skipped);
    QFETCH(QStringList, ann);

    const Lead existing =
        mustCreate({{LeadField::Email, u"Ann@Example.com"_s}, {LeadField::FirstName, u"Ann"_s},
            {LeadField::Title, u"Dr"_s}, {LeadField::Notes, u"keep me"_s}});
    const Lead zed = mustCreate({{LeadField::Email, u"zed@example.com"_s},
        {LeadField::FirstName, u"Zed"_s}, {LeadField::Title, u"Boss"_s}});
    // Ann: an empty title must not clear "Dr". Zed: the same values as stored.
    const QString path = writeFile(u"dups.csv"_s,
        csvBytes({{u"Email"_s, u"First Name"_s, u"Job Title"_s, u"Last Name"_s, u"Phone"_s},
            {u"ann@example.com "_s, u"Anna"_s, u""_s, u"Smith"_s, u"(415) 555-0132"_s},
            {u"zed@example.com"_s, u"Zed"_s, u"Boss"_s, u""_s, u""_s}}));
    LeadImportOptions options;
    options.onDuplicate = DuplicatePolicy(policy);
    const ImportReport report = mustImport(path, options);
    QCOMPARE(report.created, created);
    QCOMPARE(report.updated, updated);
    QCOMPARE(report.skipped, skipped);
    QCOMPARE(scalar(sql(), u"SELECT COUNT(*) FROM leads"_s), 2 + created);

    auto stored = m_leads->get(existing.id());
    QVERIFY(stored);
    const QStringList actual {stored->text(LeadField::FirstName), stored->text(LeadField::LastName),
        stored->text(LeadField::Title), stored->text(LeadField::PhoneE164),
        stored->text(LeadField::Email), stored->text(LeadField::Notes),
        QString::number(stored->version())};
    QCOMPARE(actual, ann);
    auto storedZed = m_leads->get(zed.id());
    QVERIFY(storedZed);
    QCOMPARE(*storedZed, zed); // untouched under every policy
}

void TestLeadImporter::keyChangedByAnUpdateMatchesLaterRows()
{
    // The contact changed her email: line 2 finds her by phone and updates the email; line 3 has
    // only the new email. It is the same lead as line 2 (a duplicate within the file), so it must
    // update her too, not create a second lead.
    const Lead ann = mustCreate({{LeadField::Email, u"ann@old.example.com"_s},
        {LeadField::FirstName, u"Ann"_s}, {LeadField::Phone, u"(415) 555-0132"_s}});
    const QString path = writeFile(u"moved.csv"_s,
        csvBytes({{u"Email"_s, u"Phone"_s, u"Job Title"_s},
            {u"ann@new.example.com"_s, u"+1 415 555 0132"_s, QString()},
            {u"ANN@new.example.com"_s, QString(), u"CEO"_s}}));
    LeadImportOptions options;
    options.onDuplicate = DuplicatePolicy::Update;
    options.matchPhone = true;
    const ImportReport report = mustImport(path, options);
    QCOMPARE(scalar(sql(), u"SELECT COUNT(*) FROM leads"_s), 1);
    QCOMPARE(report.created, 0);
    QCOMPARE(report.updated, 2);
    auto stored = m_leads->get(ann.id());
    QVERIFY(stored);
    QCOMPARE(stored->text(LeadField::EmailNormalized), u"ann@new.example.com"_s);
    QCOMPARE(stored->text(LeadField::Title), u"CEO"_s);
}

void TestLeadImporter::stageHistoryOfALeadChangedLaterInTheFile()
{
    // Line 2 creates the lead as "new"; line 3 (same email, policy update) moves it to "sql".
    const ImportReport report =
        mustImport(writeFile(u"stages.csv"_s,
                       csvBytes({{u"Email"_s, u"Lead Status"_s}, {u"a@example.com"_s, u"New"_s},
                           {u"a@example.com"_s, u"Qualified"_s}})),
            [] {
                LeadImportOptions options;
                options.onDuplicate = DuplicatePolicy::Update;
                return options;
            }());
    QCOMPARE(report.created, 1);
    QCOMPARE(report.updated, 1);
    const Lead lead = leadByEmail(u"a@example.com"_s);
    QCOMPARE(lead.stage(), Stage::Sql);
    QSqlQuery query(sql());
    QVERIFY(
        query.exec(u"SELECT lead_version, COALESCE(from_stage, '-'), to_stage FROM "
                   "stage_history WHERE lead_id = %1 ORDER BY lead_version, id"_s.arg(lead.id())));
    QStringList history;
    while (query.next())
        history << u"v%1 %2>%3"_s.arg(
            query.value(0).toString(), query.value(1).toString(), query.value(2).toString());
    // The funnel sees the lead enter "new", then move to "sql".
    QCOMPARE(history, (QStringList {u"v1 ->new"_s, u"v2 new>sql"_s}));
    QCOMPARE(scalar(sql(), u"SELECT funnel_rank FROM leads WHERE id = %1"_s.arg(lead.id())), 3);
}

void TestLeadImporter::funnelRankOfImportedLeads()
{
    // The importer writes funnel_rank itself; it must equal what the schema's triggers keep: the
    // furthest rank of the lead's stage history. Once into an empty table, once into a full one.
    const QStringList stages {u"new"_s, u"contacted"_s, u"mql"_s, u"sql"_s, u"opportunity"_s,
        u"won"_s, u"lost"_s, u"nurturing"_s, u"disqualified"_s};
    for (const QString &file : {u"first.csv"_s, u"second.csv"_s}) {
        QList<QStringList> rows {{u"Email"_s, u"Lead Status"_s}};
        for (const QString &stage : stages)
            rows.append({u"%1-%2@example.com"_s.arg(stage, file), stage});
        const ImportReport report = mustImport(writeFile(file, csvBytes(rows)), {});
        QCOMPARE(report.created, stages.size());
    }
    QCOMPARE(scalar(sql(), u"SELECT COUNT(*) FROM leads"_s), 2 * stages.size());
    QCOMPARE(scalar(sql(),
                 u"SELECT COUNT(*) FROM leads l WHERE funnel_rank IS NOT (SELECT MAX(CASE "
                 "h.to_stage WHEN 'contacted' THEN 1 WHEN 'mql' THEN 2 WHEN 'sql' THEN 3 WHEN "
                 "'opportunity' THEN 4 WHEN 'won' THEN 5 WHEN 'lost' THEN 3 ELSE 0 END) FROM "
                 "stage_history h WHERE h.lead_id = l.id)"_s),
        0);
    QCOMPARE(scalar(sql(), u"SELECT SUM(funnel_rank) FROM leads"_s), 2 * (1 + 2 + 3 + 4 + 5 + 3));
}

void TestLeadImporter::matchOnPhoneAndName_data()
{
    QTest::addColumn<bool>("matchPhone");
    QTest::addColumn<bool>("matchName");
    QTest::addColumn<int>("created");
    QTest::addColumn<int>("skipped");

    QTest::newRow("email only") << false << false << 3 << 0;
    QTest::newRow("phone") << true << false << 2 << 1;
    QTest::newRow("name and company") << false << true << 2 << 1;
    QTest::newRow("both") << true << true << 1 << 2;
}

void TestLeadImporter::matchOnPhoneAndName()
{
    QFETCH(bool, matchPhone);
    QFETCH(bool, matchName);
    QFETCH(int, created);
    QFETCH(int, skipped);

    mustCreate({{LeadField::Email, u"ada@old.example.com"_s}, {LeadField::FirstName, u"Ada"_s},
        {LeadField::LastName, u"Lovelace"_s}, {LeadField::Company, u"Analytical Engines"_s},
        {LeadField::Phone, u"(415) 555-0132"_s}});
    // Line 2: another email, the same phone written otherwise. Line 3: another email, the same
    // name and company in other cases. Line 4: the same name without a company matches nothing.
    const QString path = writeFile(u"match.csv"_s,
        csvBytes({{u"Email"_s, u"First Name"_s, u"Last Name"_s, u"Company"_s, u"Phone"_s},
            {u"grace@new.example.com"_s, u"Grace"_s, u"Hopper"_s, u"Navy"_s, u"+1 415-555-0132"_s},
            {u"someone@else.example.com"_s, u"ADA"_s, u"lovelace"_s, u"analytical engines"_s,
                u""_s},
            {u""_s, u"Ada"_s, u"Lovelace"_s, u""_s, u""_s}}));
    LeadImportOptions options;
    options.matchPhone = matchPhone;
    options.matchNameAndCompany = matchName;
    const ImportReport report = mustImport(path, options);
    QCOMPARE(report.created, created);
    QCOMPARE(report.skipped, skipped);
    QCOMPARE(scalar(sql(), u"SELECT COUNT(*) FROM leads"_s), 1 + created);
    QCOMPARE(scalar(sql(),
                 u"SELECT COUNT(*) FROM leads WHERE email_normalized = "
                 "'grace@new.example.com'"_s),
        matchPhone ? 0 : 1);
    QCOMPARE(scalar(sql(),
                 u"SELECT COUNT(*) FROM leads WHERE email_normalized = "
                 "'someone@else.example.com'"_s),
        matchName ? 0 : 1);
}

// --- undo ---------------------------------------------------------------------------------------

namespace {

/// Every field of a lead but the ones any write bumps.
QStringList comparable(const Lead &lead)
{
    QStringList out;
    for (const FieldInfo &info : allFields()) {
        if (info.field == LeadField::Version || info.field == LeadField::UpdatedAt)
            continue;
        out << QLatin1StringView(info.key) + u'='
                + (lead.isNull(info.field) ? u"NULL"_s : lead.value(info.field).toString());
    }
    return out;
}

QByteArray undoFile()
{
    return csvBytes({
        {u"Email"_s, u"First Name"_s, u"Last Name"_s, u"Job Title"_s, u"Annual Revenue"_s,
            u"Country"_s, u"Lead Status"_s, u"Notes"_s, u"Create Date"_s, u"Phone"_s, u"Website"_s},
        {u"ann@example.com"_s, u"Annie"_s, u"Leigh"_s, u"CEO"_s, u"99.99"_s, u"France"_s,
            u"qualified"_s, u"new note"_s, u"2025-01-01T00:00:00.000Z"_s, u"+33 1 23 45 67 89"_s,
            u"https://ann.example.org"_s},
        {u"new1@example.com"_s, u"New"_s, u"One"_s, u""_s, u""_s, u""_s, u""_s, u""_s, u""_s, u""_s,
            u""_s},
        {u"ann@example.com"_s, u"Anne"_s, u""_s, u""_s, u""_s, u""_s, u""_s, u""_s, u""_s, u""_s,
            u""_s}, // a second change to the same lead
        {u"new2@example.com"_s, u"New"_s, u"Two"_s, u""_s, u""_s, u""_s, u""_s, u""_s, u""_s, u""_s,
            u""_s},
        {u"new1@example.com"_s, u"Newer"_s, u""_s, u"VP"_s, u""_s, u""_s, u""_s, u""_s, u""_s,
            u""_s, u""_s}, // changes a lead this import created
    });
}

} // namespace

void TestLeadImporter::undoRestoresPreviousValues_data()
{
    QTest::addColumn<int>("policy");
    QTest::addColumn<QString>("annFirstAfterImport");
    QTest::addColumn<QString>("annTitleAfterImport");
    QTest::newRow("update") << int(DuplicatePolicy::Update) << u"Anne"_s << u"CEO"_s;
    QTest::newRow("fill") << int(DuplicatePolicy::Fill) << u"Ann"_s << u"CEO"_s;
}

void TestLeadImporter::undoRestoresPreviousValues()
{
    QFETCH(int, policy);
    QFETCH(QString, annFirstAfterImport);
    QFETCH(QString, annTitleAfterImport);

    const Lead ann = mustCreate({{LeadField::Email, u"ann@example.com"_s},
        {LeadField::FirstName, u"Ann"_s}, {LeadField::LastName, u"Lee"_s},
        {LeadField::AnnualRevenue, u"1,250,000.50"_s}, {LeadField::Country, u"Deutschland"_s},
        {LeadField::Stage, u"contacted"_s}, {LeadField::Notes, u"line 1\nline 2"_s},
        {LeadField::CreatedAt, u"2024-02-03T04:05:06.789Z"_s},
        {LeadField::Phone, u"+49 30 901820"_s}});
    const Lead bob = mustCreate({{LeadField::Email, u"bob@example.com"_s},
        {LeadField::FirstName, u"Bob"_s}, {LeadField::Title, u"CTO"_s}});
    const QStringList annBefore = comparable(ann);

    LeadImportOptions options;
    options.onDuplicate = DuplicatePolicy(policy);
    const ImportReport report = mustImport(writeFile(u"undo.csv"_s, undoFile()), options);
    QCOMPARE(report.created, 2);
    auto changed = m_leads->get(ann.id());
    QVERIFY(changed);
    QCOMPARE(changed->text(LeadField::FirstName), annFirstAfterImport);
    QCOMPARE(changed->text(LeadField::Title), annTitleAfterImport);
    QVERIFY(comparable(*changed) != annBefore);

    auto undone = undoImport(*m_db, report.batchId, u"tester"_s);
    QVERIFY2(undone, qPrintable(undone ? QString() : undone.error().toString()));

    // Ann has every value she had before the import, exactly.
    auto restored = m_leads->get(ann.id());
    QVERIFY(restored);
    QCOMPARE(comparable(*restored), annBefore);
    QCOMPARE(restored->integer(LeadField::AnnualRevenue), 125000050);
    QCOMPARE(restored->integer(LeadField::CreatedAt),
        QDateTime(QDate(2024, 2, 3), QTime(4, 5, 6, 789), QTimeZone::utc()).toMSecsSinceEpoch());
    auto bobNow = m_leads->get(bob.id());
    QVERIFY(bobNow);
    QCOMPARE(*bobNow, bob);

    // The created leads are gone, with their history.
    QCOMPARE(scalar(sql(), u"SELECT COUNT(*) FROM leads"_s), 2);
    QCOMPARE(scalar(sql(), u"SELECT COUNT(*) FROM leads WHERE email_normalized LIKE 'new%'"_s), 0);
    QCOMPARE(
        scalar(sql(),
            u"SELECT COUNT(*) FROM stage_history WHERE lead_id NOT IN (SELECT id FROM leads)"_s),
        0);
    QCOMPARE(scalar(sql(),
                 u"SELECT COUNT(*) FROM audit_log WHERE entity = 'lead' AND entity_id NOT IN "
                 "(SELECT id FROM leads)"_s),
        0);
    auto batches = listImports(*m_db);
    QVERIFY(batches);
    QCOMPARE(batches->size(), 1);
    QCOMPARE(batches->constFirst().status, u"undone"_s);
    // What undo reports: two leads removed and one restored (restored once, however many rows
    // of the file changed it).
    QCOMPARE(*undone, 3);
}

void TestLeadImporter::undoRefusesWhenLeadChangedSince()
{
    const Lead ann = mustCreate({{LeadField::Email, u"ann@example.com"_s},
        {LeadField::FirstName, u"Ann"_s}, {LeadField::LastName, u"Lee"_s}});
    LeadImportOptions options;
    options.onDuplicate = DuplicatePolicy::Update;
    const ImportReport report = mustImport(writeFile(u"undo.csv"_s, undoFile()), options);
    QCOMPARE(report.created, 2);

    // Someone edits Ann after the import.
    auto current = m_leads->get(ann.id());
    QVERIFY(current);
    QVERIFY(m_leads->update(ann.id(), current->version(), {{LeadField::Title, u"Boss"_s}}));
    const QStringList before = dump(sql());

    auto undone = undoImport(*m_db, report.batchId, u"tester"_s);
    QVERIFY(!undone);
    QCOMPARE(undone.error().code, ErrorCode::Conflict);
    QVERIFY2(undone.error().message.contains(QString::number(ann.id())),
        qPrintable(undone.error().message));
    // Nothing was undone: Ann keeps the import's and the edit's values, the created leads stay.
    QCOMPARE(dump(sql()), before);
    auto stillThere = m_leads->get(ann.id());
    QVERIFY(stillThere);
    QCOMPARE(stillThere->text(LeadField::FirstName), u"Anne"_s);
    QCOMPARE(stillThere->text(LeadField::Title), u"Boss"_s);
    QCOMPARE(scalar(sql(), u"SELECT COUNT(*) FROM leads"_s), 3);
    QCOMPARE(listImports(*m_db)->constFirst().status, u"committed"_s);
}

void TestLeadImporter::undoTwiceIsRefused()
{
    seed();
    const QStringList beforeImport = dump(sql());
    const ImportReport report = mustImport(writeFile(u"twice.csv"_s,
        csvBytes({{u"Email"_s, u"First Name"_s}, {u"x@example.com"_s, u"X"_s},
            {u"y@example.com"_s, u"Y"_s}})));
    QCOMPARE(report.created, 2);
    auto first = undoImport(*m_db, report.batchId, u"tester"_s);
    QVERIFY(first);
    QCOMPARE(*first, 2);
    const QStringList afterUndo = dump(sql());
    QCOMPARE(scalar(sql(),
                 u"SELECT COUNT(*) FROM leads WHERE import_batch_id = %1"_s.arg(report.batchId)),
        0);

    auto second = undoImport(*m_db, report.batchId, u"tester"_s);
    QVERIFY(!second);
    QVERIFY2(second.error().message.contains(QString::number(report.batchId)),
        qPrintable(second.error().message));
    QVERIFY(second.error().code != ErrorCode::NotFound);
    QCOMPARE(dump(sql()), afterUndo);
    // Apart from the batch row, now marked undone, the database is as before the import.
    QStringList withoutBatch = afterUndo;
    withoutBatch.removeIf([&](const QString &row) {
        return row.startsWith(u"import_batches: %1|"_s.arg(report.batchId));
    });
    QCOMPARE(withoutBatch, beforeImport);
}

void TestLeadImporter::undoUnknownImport()
{
    seed();
    const QStringList before = dump(sql());
    auto undone = undoImport(*m_db, 999, u"tester"_s);
    QVERIFY(!undone);
    QCOMPARE(undone.error().code, ErrorCode::NotFound);
    QVERIFY(undone.error().message.contains(u"999"_s));
    QCOMPARE(dump(sql()), before);
}

void TestLeadImporter::listImportsShowsFinishedBatches()
{
    const qint64 start = QDateTime::currentMSecsSinceEpoch();
    LeadImportOptions options;
    options.actor = u"ada"_s;
    const QString first = writeFile(
        u"first.csv"_s, csvBytes({{u"Email"_s}, {u"a@example.com"_s}, {u"b@example.com"_s}}));
    const QString second = writeFile(u"second.csv"_s,
        csvBytes({{u"Email"_s, u"Notes"_s}, {u"c@example.com"_s, u""_s}, {u""_s, u"no one"_s}}));
    const ImportReport a = mustImport(first, options);
    const ImportReport b = mustImport(second, options);
    QVERIFY(undoImport(*m_db, a.batchId, u"ada"_s));
    // Neither a dry run nor a failed import is listed.
    options.dryRun = true;
    mustImport(first, options);
    QVERIFY(!import(writeFile(u"bad.csv"_s, "Email\r\n"), options));
    const qint64 end = QDateTime::currentMSecsSinceEpoch();

    auto batches = listImports(*m_db);
    QVERIFY(batches);
    QCOMPARE(batches->size(), 2);
    const ImportBatch &x = batches->at(0);
    const ImportBatch &y = batches->at(1);
    QCOMPARE(x.id, a.batchId);
    QCOMPARE(y.id, b.batchId);
    QCOMPARE(x.kind, u"leads"_s);
    QCOMPARE(x.status, u"undone"_s);
    QCOMPARE(y.status, u"committed"_s);
    QCOMPARE(x.actor, u"ada"_s);
    QVERIFY(x.fileName.endsWith(u"first.csv"_s));
    QVERIFY(y.fileName.endsWith(u"second.csv"_s));
    QCOMPARE(x.rows, 2);
    QCOMPARE(x.created, 2);
    QCOMPARE(y.rows, 2);
    QCOMPARE(y.created, 1);
    QCOMPARE(y.rejected, 1);
    QCOMPARE(y.updated, 0);
    QCOMPARE(y.skipped, 0);
    QCOMPARE(x.startedAt.offsetFromUtc(), 0);
    QVERIFY(x.startedAt.toMSecsSinceEpoch() >= start && x.startedAt.toMSecsSinceEpoch() <= end);
    QVERIFY(y.startedAt >= x.startedAt);
}

// --- inquiry filter -----------------------------------------------------------------------------

void TestLeadImporter::inquiryFilter_data()
{
    QTest::addColumn<QStringList>("row"); // Email, Phone, First Name, Last Name, Company, Notes
    QTest::addColumn<bool>("requireContact");
    QTest::addColumn<bool>("rejectMalformedEmail");
    QTest::addColumn<QString>("rejected"); // the reason, or empty when imported
    QTest::addColumn<QString>("flag");
    QTest::addColumn<int>("emailState"); // of the imported lead

    const QString noWay = u"no way to contact and no name or company"_s;
    const QString noContact = u"no valid email or phone"_s;
    const QString malformed = u"malformed email"_s;
    const QString badPhone = u"phone number not recognised"_s;
    const QString phone = u"+1 415 555 0132"_s;
    const QString e;
    const int valid = int(EmailState::Valid);
    const int invalid = int(EmailState::Invalid);
    const int missing = int(EmailState::Missing);

    QTest::newRow("nothing but a note")
        << QStringList {e, e, e, e, e, u"hello"_s} << false << false << noWay << e << 0;
    QTest::newRow("only white space") << QStringList {u"  "_s, u" "_s, u"\t"_s, u" "_s, u"  "_s, e}
                                      << false << false << noWay << e << 0;
    QTest::newRow("unrecognised phone alone")
        << QStringList {e, u"12345"_s, e, e, e, e} << false << false << noWay << e << 0;
    QTest::newRow("malformed email alone")
        << QStringList {u"ann at example"_s, e, e, e, e, e} << false << false << noWay << e << 0;
    QTest::newRow("malformed email, valid phone") << QStringList {u"ann at example"_s, phone, e, e,
        e, e} << false << false << e << malformed << invalid;
    QTest::newRow("malformed email, valid phone, rejectMalformedEmail")
        << QStringList {u"ann at example"_s, phone, e, e, e, e} << false << true << malformed << e
        << 0;
    QTest::newRow("malformed email, name") << QStringList {u"ann@"_s, e, u"Ann"_s, e, e, e} << false
                                           << false << e << malformed << invalid;
    QTest::newRow("malformed email, name, requireContact")
        << QStringList {u"ann@"_s, e, u"Ann"_s, e, e, e} << true << false << noContact << e << 0;
    QTest::newRow("name only") << QStringList {e, e, u"Ann"_s, u"Lee"_s, e, e} << false << false
                               << e << e << missing;
    QTest::newRow("name only, requireContact")
        << QStringList {e, e, u"Ann"_s, u"Lee"_s, e, e} << true << false << noContact << e << 0;
    QTest::newRow("company only") << QStringList {e, e, e, e, u"Acme"_s, e} << false << false << e
                                  << e << missing;
    QTest::newRow("company, unrecognised phone, requireContact")
        << QStringList {e, u"12345"_s, e, e, u"Acme"_s, e} << true << false << noContact << e << 0;
    QTest::newRow("valid email only, requireContact")
        << QStringList {u"ann@example.com"_s, e, e, e, e, e} << true << true << e << e << valid;
    QTest::newRow("valid phone only, requireContact")
        << QStringList {e, phone, e, e, e, e} << true << true << e << e << missing;
    QTest::newRow("unrecognised phone beside a name") << QStringList {e, u"12345"_s, u"Ann"_s, e, e,
        e} << false << false << e << badPhone << missing;
}

void TestLeadImporter::inquiryFilter()
{
    QFETCH(QStringList, row);
    QFETCH(bool, requireContact);
    QFETCH(bool, rejectMalformedEmail);
    QFETCH(QString, rejected);
    QFETCH(QString, flag);
    QFETCH(int, emailState);

    // A good row around the one under test, so the file is never all rejected.
    const QString path = writeFile(u"filter.csv"_s,
        csvBytes(
            {{u"Email"_s, u"Phone"_s, u"First Name"_s, u"Last Name"_s, u"Company"_s, u"Notes"_s},
                {u"good@example.com"_s, u""_s, u""_s, u""_s, u""_s, u""_s}, row}));
    LeadImportOptions options;
    options.filter.requireContact = requireContact;
    options.filter.rejectMalformedEmail = rejectMalformedEmail;
    const ImportReport report = mustImport(path, options);
    QCOMPARE(report.rows, 2);
    if (!rejected.isEmpty()) {
        QCOMPARE(report.rejected, 1);
        QCOMPARE(report.created, 1);
        QCOMPARE(reasons(report.rejectReasons), rejected + u"=1"_s);
        QCOMPARE(scalar(sql(), u"SELECT COUNT(*) FROM leads"_s), 1);
        return;
    }
    QCOMPARE(report.rejected, 0);
    QCOMPARE(report.created, 2);
    QCOMPARE(report.flagged, flag.isEmpty() ? 0 : 1);
    QCOMPARE(reasons(report.flagReasons), flag.isEmpty() ? QString() : flag + u"=1"_s);
    QCOMPARE(scalar(sql(), u"SELECT COUNT(*) FROM leads"_s), 2);
    QCOMPARE(
        scalar(sql(), u"SELECT email_state FROM leads ORDER BY id DESC LIMIT 1"_s), emailState);
}

void TestLeadImporter::errorsFile_data()
{
    QTest::addColumn<QChar>("delimiter");
    QTest::newRow("comma") << QChar(u',');
    QTest::newRow("semicolon") << QChar(u';');
}

void TestLeadImporter::errorsFile()
{
    QFETCH(QChar, delimiter);
    const QStringList header {u"Email"_s, u"First Name"_s, u"Notes"_s, u"Shoe Size"_s};
    const QStringList rejectA {
        u""_s, u""_s, u"multi\r\nline, with \"quotes\"; and ünïcödé 日本"_s, u"42"_s}; // lines 3-4
    const QStringList rejectB {u"   "_s, u""_s, u"plain"_s, u""_s}; // line 6
    const QString path = writeFile(u"rejects.csv"_s,
        csvBytes({header, {u"a@example.com"_s, u"Ann"_s, u""_s, u""_s}, rejectA,
                     {u"b@example.com"_s, u""_s, u""_s, u""_s}, rejectB},
            delimiter));
    const QString errorsPath = m_dir.filePath(u"rejects-errors.csv"_s);
    QFile::remove(errorsPath);
    LeadImportOptions options;
    options.errorsPath = errorsPath;
    const ImportReport report = mustImport(path, options);
    QCOMPARE(report.created, 2);
    QCOMPARE(report.rejected, 2);
    QCOMPARE(report.errorsPath, errorsPath);

    QFile raw(errorsPath);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QVERIFY2(raw.read(3) == "\xEF\xBB\xBF", "the errors file starts with a UTF-8 byte-order mark");
    raw.close();

    CsvReader reader;
    QVERIFY(reader.open(errorsPath));
    QVERIFY(reader.hasBom());
    QCOMPARE(reader.encoding(), u"UTF-8"_s);
    QList<QStringList> records;
    CsvRecord record;
    for (;;) {
        auto read = reader.readRecord(record);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
        if (!*read)
            break;
        records << record.toStringList();
    }
    QCOMPARE(records.size(), 3);
    const qsizetype n = header.size();
    // The original header and rows, exactly, then the reason.
    QCOMPARE(records[0].mid(0, n), header);
    QVERIFY(records[0].size() > n);
    QCOMPARE(records[1].mid(0, n), rejectA);
    QCOMPARE(records[2].mid(0, n), rejectB);
    const QString reason = u"no way to contact and no name or company"_s;
    QCOMPARE(records[1].value(n), reason);
    QCOMPARE(records[2].value(n), reason);
}

void TestLeadImporter::noErrorsFileWithoutRejects()
{
    const QString errorsPath = m_dir.filePath(u"none-errors.csv"_s);
    QFile::remove(errorsPath);
    LeadImportOptions options;
    options.errorsPath = errorsPath;
    const ImportReport report = mustImport(
        writeFile(u"clean.csv"_s, csvBytes({{u"Email"_s}, {u"a@example.com"_s}})), options);
    QCOMPARE(report.rejected, 0);
    QVERIFY(report.errorsPath.isEmpty());
    QVERIFY(!QFile::exists(errorsPath));
}

// --- mapping ------------------------------------------------------------------------------------

void TestLeadImporter::suggestedMappingForHubSpotHeaders()
{
    using K = ColumnMapping::Kind;
    auto field = [](LeadField f) {
        return ColumnMapping::toField(f);
    };
    const ColumnMapping custom {K::Custom, LeadField::Id};
    // The 19 headers of a HubSpot contact export (the shared sample's), plus HubSpot's record id,
    // owner and a property of the user's own: those three have no field a person sets.
    const QList<std::pair<QString, ColumnMapping>> expected {
        {u"Record ID"_s, custom},
        {u"First Name"_s, field(LeadField::FirstName)},
        {u"Last Name"_s, field(LeadField::LastName)},
        {u"Email"_s, field(LeadField::Email)},
        {u"Phone Number"_s, field(LeadField::Phone)},
        {u"Company Name"_s, field(LeadField::Company)},
        {u"Job Title"_s, field(LeadField::Title)},
        {u"Industry"_s, field(LeadField::Industry)},
        {u"Number of Employees"_s, field(LeadField::Employees)},
        {u"Annual Revenue"_s, field(LeadField::AnnualRevenue)},
        {u"Street Address"_s, field(LeadField::Street)},
        {u"City"_s, field(LeadField::City)},
        {u"State/Region"_s, field(LeadField::Region)},
        {u"Postal Code"_s, field(LeadField::PostalCode)},
        {u"Country/Region"_s, field(LeadField::Country)},
        {u"Website URL"_s, field(LeadField::Website)},
        {u"Lead Source"_s, field(LeadField::Source)},
        {u"Lead Status"_s, field(LeadField::Stage)},
        {u"Notes"_s, field(LeadField::Notes)},
        {u"Create Date"_s, field(LeadField::CreatedAt)},
        {u"Contact owner"_s, custom},
        {u"Favourite Colour"_s, custom},
    };
    QStringList headers;
    for (const auto &[header, mapping] : expected)
        headers << header;
    const QList<ColumnMapping> suggested = LeadImporter::suggestMapping(headers);
    QCOMPARE(suggested.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QVERIFY2(suggested[i] == expected[i].second, qPrintable(expected[i].first));

    // A lone name column is a full name.
    const QList<ColumnMapping> named = LeadImporter::suggestMapping({u"Name"_s, u"E-Mail"_s});
    QCOMPARE(named.value(0).kind, K::FullName);
    QVERIFY(named.value(1) == field(LeadField::Email));
}

void TestLeadImporter::fullNameColumnIsSplit_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::newRow("two words") << u"Ada Lovelace"_s << u"Ada"_s << u"Lovelace"_s;
    QTest::newRow("extra spaces") << u"  Ada    Lovelace  "_s << u"Ada"_s << u"Lovelace"_s;
    QTest::newRow("one word") << u"Cher"_s << u"Cher"_s << QString();
    QTest::newRow("non-ASCII") << u"Zoë Ægir-Ström"_s << u"Zoë"_s << u"Ægir-Ström"_s;
    QTest::newRow("empty") << QString() << QString() << QString();
}

void TestLeadImporter::fullNameColumnIsSplit()
{
    QFETCH(QString, name);
    QFETCH(QString, first);
    QFETCH(QString, last);
    const ImportReport report = mustImport(writeFile(
        u"names.csv"_s, csvBytes({{u"Full Name"_s, u"Email"_s}, {name, u"x@example.com"_s}})));
    QCOMPARE(report.columns.value(0).kind, ColumnMapping::Kind::FullName);
    QCOMPARE(report.created, 1);
    const Lead lead = leadByEmail(u"x@example.com"_s);
    QCOMPARE(lead.text(LeadField::FirstName), first);
    QCOMPARE(lead.text(LeadField::LastName), last);
    QCOMPARE(lead.isNull(LeadField::FirstName), first.isEmpty());
    QCOMPARE(lead.isNull(LeadField::LastName), last.isEmpty());
    QVERIFY(lead.isNull(LeadField::CustomFields));
}

void TestLeadImporter::unmappedColumns_data()
{
    QTest::addColumn<bool>("keepUnmapped");
    QTest::newRow("kept as custom fields") << true;
    QTest::newRow("dropped") << false;
}

void TestLeadImporter::unmappedColumns()
{
    QFETCH(bool, keepUnmapped);
    const QString tricky = u"blau \\ \"x\"\nzwei ✓"_s;
    const QString path = writeFile(u"custom.csv"_s,
        csvBytes({{u"Email"_s, u"Shoe Size"_s, u"Lieblings\"farbe\""_s, u"Empty"_s, u"Blank"_s},
            {u"a@example.com"_s, u"42"_s, tricky, u""_s, u"   "_s},
            {u"b@example.com"_s, u""_s, u""_s, u""_s, u""_s}}));
    LeadImportOptions options;
    options.keepUnmapped = keepUnmapped;
    const ImportReport report = mustImport(path, options);
    QCOMPARE(report.created, 2);
    for (qsizetype i = 1; i < 5; ++i)
        QCOMPARE(report.columns.value(i).kind,
            keepUnmapped ? ColumnMapping::Kind::Custom : ColumnMapping::Kind::Drop);

    const Lead a = leadByEmail(u"a@example.com"_s);
    const Lead b = leadByEmail(u"b@example.com"_s);
    QVERIFY(b.isNull(LeadField::CustomFields)); // nothing to keep
    if (!keepUnmapped) {
        QVERIFY(a.isNull(LeadField::CustomFields));
        return;
    }
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(a.text(LeadField::CustomFields).toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(a.text(LeadField::CustomFields)));
    const QJsonObject expected {{u"Shoe Size"_s, u"42"_s}, {u"Lieblings\"farbe\""_s, tricky}};
    QCOMPARE(document.object(), expected);
}

void TestLeadImporter::unreadableValuesAreKeptAsCustomFields_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("flag");
    QTest::addColumn<int>("field");
    QTest::newRow("country") << u"Country"_s << u"Atlantis"_s << u"unknown country"_s
                             << int(LeadField::Country);
    QTest::newRow("status") << u"Lead Status"_s << u"Hot, maybe"_s << u"unknown status"_s
                            << int(LeadField::Stage);
    QTest::newRow("money") << u"Annual Revenue"_s << u"lots"_s << u"unreadable amount"_s
                           << int(LeadField::AnnualRevenue);
    QTest::newRow("date") << u"Create Date"_s << u"next tuesday"_s << u"unreadable date"_s
                          << int(LeadField::CreatedAt);
}

void TestLeadImporter::unreadableValuesAreKeptAsCustomFields()
{
    QFETCH(QString, header);
    QFETCH(QString, value);
    QFETCH(QString, flag);
    QFETCH(int, field);
    const ImportReport report = mustImport(writeFile(
        u"unreadable.csv"_s, csvBytes({{u"Email"_s, header}, {u"a@example.com"_s, value}})));
    QVERIFY(report.columns.value(1) == ColumnMapping::toField(LeadField(field)));
    QCOMPARE(report.created, 1);
    QCOMPARE(reasons(report.flagReasons), flag + u"=1"_s);
    const Lead lead = leadByEmail(u"a@example.com"_s);
    // The value is not lost: it waits in the custom fields under its header.
    QCOMPARE(QJsonDocument::fromJson(lead.text(LeadField::CustomFields).toUtf8()).object(),
        QJsonObject({{header, value}}));
    if (LeadField(field) == LeadField::Stage)
        QCOMPARE(lead.stage(), Stage::New);
    else if (LeadField(field) != LeadField::CreatedAt)
        QVERIFY(lead.isNull(LeadField(field)));
}

void TestLeadImporter::formulaGuardIsStripped_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("stored");
    QTest::newRow("=") << u"'=SUM(A1:A9)"_s << u"=SUM(A1:A9)"_s;
    QTest::newRow("+") << u"'+49 30 1234 x"_s << u"+49 30 1234 x"_s;
    QTest::newRow("-") << u"'-x-"_s << u"-x-"_s;
    QTest::newRow("@") << u"'@handle"_s << u"@handle"_s;
    QTest::newRow("guarded apostrophe") << u"''=x"_s << u"'=x"_s;
    QTest::newRow("number keeps its apostrophe") << u"'-12"_s << u"'-12"_s;
    QTest::newRow("quoted text") << u"'quoted'"_s << u"'quoted'"_s;
    QTest::newRow("apostrophe inside") << u"O'Brien & Sons"_s << u"O'Brien & Sons"_s;
    QTest::newRow("lone apostrophe") << u"'"_s << u"'"_s;
}

void TestLeadImporter::formulaGuardIsStripped()
{
    QFETCH(QString, cell);
    QFETCH(QString, stored);
    mustImport(writeFile(u"guard.csv"_s,
        csvBytes({{u"Email"_s, u"Company"_s, u"Hobby"_s}, {u"a@example.com"_s, cell, cell}})));
    const Lead lead = leadByEmail(u"a@example.com"_s);
    QCOMPARE(lead.text(LeadField::Company), stored);
    QCOMPARE(lead.customFields().value(u"Hobby"_s).toString(), stored);
}

void TestLeadImporter::customFieldsColumn_data()
{
    QTest::addColumn<QString>("cell"); // the custom_fields column, as Leadflow exports it
    QTest::addColumn<QString>("other"); // another unmapped column, "Shoe Size"
    QTest::addColumn<QJsonObject>("expected"); // empty: no custom fields

    QTest::newRow("exported object")
        << u"{\"Tier\":\"Gold, plus\",\"Multi\":\"a\\nb\"}"_s << QString()
        << QJsonObject {{u"Tier"_s, u"Gold, plus"_s}, {u"Multi"_s, u"a\nb"_s}};
    QTest::newRow("beside another column")
        << u"{\"Tier\":\"Gold\"}"_s << u"42"_s
        << QJsonObject {{u"Tier"_s, u"Gold"_s}, {u"Shoe Size"_s, u"42"_s}};
    QTest::newRow("empty object") << u"{}"_s << QString() << QJsonObject {};
    QTest::newRow("empty cell") << QString() << QString() << QJsonObject {};
    // A foreign file may have a column of that name holding plain text: it is not lost.
    QTest::newRow("not JSON") << u"VIP customer"_s << QString()
                              << QJsonObject {{u"custom_fields"_s, u"VIP customer"_s}};
    QTest::newRow("a JSON array") << u"[1,2]"_s << QString()
                                  << QJsonObject {{u"custom_fields"_s, u"[1,2]"_s}};
    QTest::newRow("numbers and booleans")
        << u"{\"Seats\":42,\"Paid\":true}"_s << QString()
        << QJsonObject {{u"Seats"_s, u"42"_s}, {u"Paid"_s, u"true"_s}};
}

void TestLeadImporter::customFieldsColumn()
{
    QFETCH(QString, cell);
    QFETCH(QString, other);
    QFETCH(QJsonObject, expected);
    mustImport(writeFile(u"custom-json.csv"_s,
        csvBytes({{u"email"_s, u"custom_fields"_s, u"Shoe Size"_s},
            {u"a@example.com"_s, cell, other}})));
    const Lead lead = leadByEmail(u"a@example.com"_s);
    if (expected.isEmpty()) {
        QVERIFY2(
            lead.isNull(LeadField::CustomFields), qPrintable(lead.text(LeadField::CustomFields)));
        return;
    }
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(lead.text(LeadField::CustomFields).toUtf8(), &error);
    QVERIFY2(
        error.error == QJsonParseError::NoError, qPrintable(lead.text(LeadField::CustomFields)));
    // Compared as text: a number may stay a number, but its value must be there.
    const QJsonObject actual = document.object();
    QCOMPARE(actual.keys(), expected.keys());
    for (const QString &key : expected.keys())
        QCOMPARE(actual.value(key).toVariant().toString(), expected.value(key).toString());
}

QTEST_GUILESS_MAIN(TestLeadImporter)
#include "tst_leadimporter.moc"
