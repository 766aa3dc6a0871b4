#include "io/csvreader.h"
#include "io/touchpointimporter.h"
#include "leads/leadservice.h"
#include "storage/database.h"

#include <QDateTime>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace lf;

namespace {

/// A touchpoint as stored.
struct Stored
{
    qint64 leadId = 0;
    QString type;
    QVariant channel;
    QVariant campaignId;
    qint64 occurredAt = 0;
    QVariant detail;
    qint64 points = -1;
    QString actor;
    qint64 batchId = 0;
};

const QByteArray header = "Email,Type,Channel,Campaign,Occurred At,Detail\n";

qint64 utcMs(int year, int month, int day, int hour, int minute, int second)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), QTimeZone::utc())
        .toMSecsSinceEpoch();
}

} // namespace

class TestTouchpointImporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void columnFor_data();
    void columnFor();
    void attachesByEmail_data();
    void attachesByEmail();
    void storesValues();
    void unknownEmailsAreReportedAndWritten();
    void resolvesAndCreatesCampaigns();
    void unreadableDateIsRejectedWithLine();
    void dryRunWritesNothing();
    void malformedFileWritesNothing();
    void cancelWritesNothing();
    void missingColumnsAreRefused();
    void indexesAreRebuilt();
    void undoRemovesTheBatch();
    void undoKeepsCampaignsInUse();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    TouchpointImportReport mustImport(
        const QString &path, const TouchpointImportOptions &options = {});
    Result<qint64> undo(qint64 batchId);
    qint64 createLead(const QString &email);
    QList<Stored> touchpoints();
    qint64 count(const QString &sql);
    qint64 campaignId(const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_ada = 0;
    qint64 m_bob = 0;
    qint64 m_carol = 0; ///< deleted
};

void TestTouchpointImporter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestTouchpointImporter::init()
{
    static int counter = 0;
    auto db = Database::open(m_dir.filePath(u"touchpoints-%1.sqlite"_s.arg(++counter)));
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    m_db = std::move(*db);
    m_ada = createLead(u"ada@example.com"_s);
    m_bob = createLead(u"Bob.Builder@Example.org"_s);
    m_carol = createLead(u"carol@example.com"_s);
    LeadService leads(m_db->connection());
    QVERIFY(leads.remove(m_carol));
}

void TestTouchpointImporter::cleanup()
{
    m_db.reset();
}

QString TestTouchpointImporter::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

TouchpointImportReport TestTouchpointImporter::mustImport(
    const QString &path, const TouchpointImportOptions &options)
{
    TouchpointImporter importer(*m_db);
    auto report = importer.run(path, options);
    if (!report)
        qFatal("import failed: %s", qPrintable(report.error().toString()));
    return *report;
}

Result<qint64> TestTouchpointImporter::undo(qint64 batchId)
{
    QSqlDatabase db = m_db->connection();
    Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    return undoTouchpointImport(db, transaction, batchId);
}

qint64 TestTouchpointImporter::createLead(const QString &email)
{
    LeadService leads(m_db->connection());
    auto lead = leads.create({{LeadField::Email, email}});
    if (!lead)
        qFatal("cannot create a lead: %s", qPrintable(lead.error().toString()));
    return lead->id();
}

QList<Stored> TestTouchpointImporter::touchpoints()
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(u"SELECT lead_id, type, channel, campaign_id, occurred_at, detail, points, "
                    "actor, import_batch_id FROM touchpoints ORDER BY id"_s))
        qFatal("cannot read the touchpoints");
    QList<Stored> out;
    while (query.next())
        out << Stored {query.value(0).toLongLong(), query.value(1).toString(), query.value(2),
            query.value(3), query.value(4).toLongLong(), query.value(5),
            query.value(6).toLongLong(), query.value(7).toString(), query.value(8).toLongLong()};
    return out;
}

qint64 TestTouchpointImporter::count(const QString &sql)
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(sql) || !query.next())
        qFatal("cannot count: %s", qPrintable(sql));
    return query.value(0).toLongLong();
}

qint64 TestTouchpointImporter::campaignId(const QString &name)
{
    QSqlQuery query(m_db->connection());
    query.prepare(u"SELECT id FROM campaigns WHERE name = ?"_s);
    query.addBindValue(name);
    if (!query.exec())
        qFatal("cannot read the campaigns");
    return query.next() ? query.value(0).toLongLong() : 0;
}

void TestTouchpointImporter::columnFor_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<int>("column"); // -1 = ignored

    using Column = TouchpointImporter::Column;
    QTest::newRow("Email") << u"Email"_s << int(Column::Email);
    QTest::newRow("E-Mail Address") << u"E-Mail Address"_s << int(Column::Email);
    QTest::newRow("Type") << u"TYPE"_s << int(Column::Type);
    QTest::newRow("Activity Type") << u"activity_type"_s << int(Column::Type);
    QTest::newRow("Occurred At") << u" occurred  at "_s << int(Column::OccurredAt);
    QTest::newRow("Date") << u"Date"_s << int(Column::OccurredAt);
    QTest::newRow("Timestamp") << u"Timestamp"_s << int(Column::OccurredAt);
    QTest::newRow("Channel") << u"Channel"_s << int(Column::Channel);
    QTest::newRow("Source") << u"Source"_s << int(Column::Channel);
    QTest::newRow("Campaign Name") << u"Campaign Name"_s << int(Column::Campaign);
    QTest::newRow("Detail") << u"Detail"_s << int(Column::Detail);
    QTest::newRow("URL") << u"URL"_s << int(Column::Detail);
    QTest::newRow("Cost") << u"Cost"_s << -1;
    QTest::newRow("First Name") << u"First Name"_s << -1;
}

void TestTouchpointImporter::columnFor()
{
    QFETCH(QString, header);
    QFETCH(int, column);
    const auto found = TouchpointImporter::columnFor(header);
    QCOMPARE(found ? int(*found) : -1, column);
}

void TestTouchpointImporter::attachesByEmail_data()
{
    QTest::addColumn<QByteArray>("email"); // as written in the CSV
    QTest::addColumn<int>("lead"); // 0 ada, 1 bob

    QTest::newRow("exact") << QByteArray("ada@example.com") << 0;
    QTest::newRow("upper case") << QByteArray("ADA@Example.COM") << 0;
    QTest::newRow("spaces around") << QByteArray("\"  ada@example.com \"") << 0;
    QTest::newRow("name and brackets") << QByteArray("\"Ada Lovelace <Ada@example.com>\"") << 0;
    QTest::newRow("mailto") << QByteArray("mailto:ada@example.com") << 0;
    QTest::newRow("stored mixed case") << QByteArray("bob.builder@example.org") << 1;
    QTest::newRow("both mixed case") << QByteArray("BOB.Builder@EXAMPLE.org") << 1;
}

void TestTouchpointImporter::attachesByEmail()
{
    QFETCH(QByteArray, email);
    QFETCH(int, lead);
    const auto report = mustImport(
        writeFile(u"attach.csv"_s, header + email + ",web_visit,Website,,2026-05-11T13:52:30Z,\n"));
    QCOMPARE(report.rows, 1);
    QCOMPARE(report.created, 1);
    QCOMPARE(report.rejected, 0);
    const QList<Stored> stored = touchpoints();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored[0].leadId, lead == 0 ? m_ada : m_bob);
}

void TestTouchpointImporter::storesValues()
{
    TouchpointImportOptions options;
    options.actor = u"tester"_s;
    const auto report = mustImport(writeFile(u"values.csv"_s,
                                       header
                                           + "ada@example.com,pricing_page_visit,Website,,"
                                             "2026-05-11T13:52:30Z,/pricing\n"
                                             "ada@example.com,call,,,2026-05-12 09:00:00+02:00,\n"
                                             "bob.builder@example.org,  email_open ,Email,,"
                                             "2024-01-01,\n"),
        options);
    QCOMPARE(report.created, 3);
    QVERIFY(report.batchId > 0);
    const QList<Stored> stored = touchpoints();
    QCOMPARE(stored.size(), 3);

    QCOMPARE(stored[0].leadId, m_ada);
    QCOMPARE(stored[0].type, u"pricing_page_visit"_s);
    QCOMPARE(stored[0].channel.toString(), u"Website"_s);
    QVERIFY(stored[0].campaignId.isNull());
    QCOMPARE(stored[0].occurredAt, utcMs(2026, 5, 11, 13, 52, 30));
    QCOMPARE(stored[0].detail.toString(), u"/pricing"_s);
    QCOMPARE(stored[0].points, 0);
    QCOMPARE(stored[0].batchId, report.batchId);
    QVERIFY2(stored[0].actor.contains(u"tester"_s), qPrintable(stored[0].actor));

    QCOMPARE(stored[1].type, u"call"_s);
    QVERIFY(stored[1].channel.isNull());
    QVERIFY(stored[1].detail.isNull());
    QCOMPARE(stored[1].occurredAt, utcMs(2026, 5, 12, 7, 0, 0));

    QCOMPARE(stored[2].leadId, m_bob);
    QCOMPARE(stored[2].type, u"email_open"_s);
    QCOMPARE(stored[2].occurredAt, utcMs(2024, 1, 1, 0, 0, 0));
}

void TestTouchpointImporter::unknownEmailsAreReportedAndWritten()
{
    const QString errorsPath = m_dir.filePath(u"touchpoint-errors.csv"_s);
    TouchpointImportOptions options;
    options.errorsPath = errorsPath;
    const auto report =
        mustImport(writeFile(u"unknown.csv"_s,
                       header
                           + "ada@example.com,web_visit,Website,,2026-01-01,\n" // 2
                             "nobody@example.com,web_visit,Website,,2026-01-02,\n" // 3
                             "nobody@example.com,call,Phone,,2026-01-03,x\n" // 4
                             "carol@example.com,web_visit,Website,,2026-01-04,\n" // 5
                             ",web_visit,Website,,2026-01-05,\n" // 6
                             "ada@example.com,,Website,,2026-01-06,\n"), // 7
            options);
    QCOMPARE(report.rows, 6);
    QCOMPARE(report.created, 1);
    QCOMPARE(report.rejected, 5);
    QCOMPARE(report.unknownEmails, 3); // nobody twice, and carol's lead is deleted
    QCOMPARE(report.rejectReasons.value(u"no lead with this email"_s), 3);
    QCOMPARE(report.rejectReasons.value(u"no email"_s), 1);
    QCOMPARE(report.rejectReasons.value(u"no type"_s), 1);
    QCOMPARE(report.errorsPath, errorsPath);
    QCOMPARE(touchpoints().size(), 1);

    CsvReader reader;
    QVERIFY(reader.open(errorsPath));
    CsvRecord record;
    QList<QStringList> rows;
    while (auto read = reader.readRecord(record)) {
        if (!*read)
            break;
        rows << record.toStringList();
    }
    QCOMPARE(rows.size(), 6);
    QCOMPARE(rows[0],
        (QStringList {u"Email"_s, u"Type"_s, u"Channel"_s, u"Campaign"_s, u"Occurred At"_s,
            u"Detail"_s, u"Leadflow rejection reason"_s, u"Line"_s}));
    QCOMPARE(rows[1],
        (QStringList {u"nobody@example.com"_s, u"web_visit"_s, u"Website"_s, QString(),
            u"2026-01-02"_s, QString(), u"no lead with this email"_s, u"3"_s}));
    QCOMPARE(rows[2],
        (QStringList {u"nobody@example.com"_s, u"call"_s, u"Phone"_s, QString(), u"2026-01-03"_s,
            u"x"_s, u"no lead with this email"_s, u"4"_s}));
    QCOMPARE(rows[3].value(0), u"carol@example.com"_s);
    QCOMPARE(rows[3].value(7), u"5"_s);
    QCOMPARE(rows[4].value(6), u"no email"_s);
    QCOMPARE(rows[4].value(7), u"6"_s);
    QCOMPARE(rows[5].value(6), u"no type"_s);
    QCOMPARE(rows[5].value(7), u"7"_s);
}

void TestTouchpointImporter::resolvesAndCreatesCampaigns()
{
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(u"INSERT INTO campaigns (name, channel, cost, currency, created_at) "
                       "VALUES ('Spring Webinar Series', 'Webinar', 1200000, 'USD', 0)"_s));
    const qint64 spring = query.lastInsertId().toLongLong();
    query.finish();
    const auto report = mustImport(writeFile(u"campaigns.csv"_s,
        header
            + "ada@example.com,webinar_attended,Webinar,spring  WEBINAR series,2026-01-01,\n"
              "ada@example.com,web_visit,Website,Brand New Campaign,2026-01-02,\n"
              "bob.builder@example.org,web_visit,Website,brand new campaign,2026-01-03,\n"
              "bob.builder@example.org,web_visit,Website,,2026-01-04,\n"));
    QCOMPARE(report.created, 4);
    QCOMPARE(report.campaignsCreated, QStringList {u"Brand New Campaign"_s});
    QCOMPARE(count(u"SELECT COUNT(*) FROM campaigns"_s), 2);
    const qint64 created = campaignId(u"Brand New Campaign"_s);
    QVERIFY(created > 0);
    QCOMPARE(count(u"SELECT cost FROM campaigns WHERE id = %1"_s.arg(created)), 0);

    const QList<Stored> stored = touchpoints();
    QCOMPARE(stored[0].campaignId.toLongLong(), spring);
    QCOMPARE(stored[1].campaignId.toLongLong(), created);
    QCOMPARE(stored[2].campaignId.toLongLong(), created);
    QVERIFY(stored[3].campaignId.isNull());
}

void TestTouchpointImporter::unreadableDateIsRejectedWithLine()
{
    const QString errorsPath = m_dir.filePath(u"date-errors.csv"_s);
    TouchpointImportOptions options;
    options.errorsPath = errorsPath;
    const auto report = mustImport(writeFile(u"dates.csv"_s,
                                       header
                                           + "ada@example.com,web_visit,Website,,2026-01-01,\n"
                                             "ada@example.com,web_visit,Website,,2026-02-30,\n"
                                             "ada@example.com,web_visit,Website,,yesterday,\n"
                                             "ada@example.com,web_visit,Website,,,\n"),
        options);
    QCOMPARE(report.created, 1);
    QCOMPARE(report.rejected, 3);
    QCOMPARE(report.rejectReasons.value(u"unreadable date"_s), 2);
    QCOMPARE(report.rejectReasons.value(u"no date"_s), 1);

    CsvReader reader;
    QVERIFY(reader.open(errorsPath));
    CsvRecord record;
    QStringList lines;
    while (auto read = reader.readRecord(record)) {
        if (!*read)
            break;
        lines << record.toStringList().value(7);
    }
    QCOMPARE(lines, (QStringList {u"Line"_s, u"3"_s, u"4"_s, u"5"_s}));
}

void TestTouchpointImporter::dryRunWritesNothing()
{
    const QString file = writeFile(u"dry.csv"_s,
        header
            + "ada@example.com,web_visit,Website,New Campaign,2026-01-01,\n"
              "nobody@example.com,web_visit,Website,,2026-01-02,\n"
              "bob.builder@example.org,call,Phone,,2026-01-03,\n");
    TouchpointImportOptions options;
    options.dryRun = true;
    const auto report = mustImport(file, options);
    QVERIFY(report.dryRun);
    QCOMPARE(report.batchId, 0);
    QCOMPARE(report.rows, 3);
    QCOMPARE(report.created, 2);
    QCOMPARE(report.unknownEmails, 1);
    QCOMPARE(report.campaignsCreated, QStringList {u"New Campaign"_s});
    QCOMPARE(count(u"SELECT COUNT(*) FROM touchpoints"_s), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM campaigns"_s), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM import_batches"_s), 0);
    // Nor planner statistics.
    if (count(u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'sqlite_stat1'"_s) > 0)
        QCOMPARE(count(u"SELECT COUNT(*) FROM sqlite_stat1 WHERE tbl = 'touchpoints'"_s), 0);
}

void TestTouchpointImporter::malformedFileWritesNothing()
{
    QByteArray bytes = header;
    // Enough rows that the writer has inserted some before the parser meets the bad quote.
    for (int i = 0; i < 10000; ++i)
        bytes += "ada@example.com,web_visit,Website,Some Campaign,2026-01-01T10:00:00Z,\n";
    bytes += "ada@example.com,web_visit,Website,,2026-01-01,\"unterminated\n";
    TouchpointImporter importer(*m_db);
    auto report = importer.run(writeFile(u"malformed.csv"_s, bytes), {});
    QVERIFY(!report);
    QCOMPARE(report.error().code, ErrorCode::Parse);
    QCOMPARE(report.error().line, 10002);
    QCOMPARE(count(u"SELECT COUNT(*) FROM touchpoints"_s), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM campaigns"_s), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM import_batches"_s), 0);
    // The indexes dropped for the bulk load came back with the rollback: every one the schema
    // defines (touchpoints_lead, _campaign, _batch, and the metrics index on type and time).
    QCOMPARE(count(u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND "
                   "tbl_name = 'touchpoints' AND sql IS NOT NULL"_s),
        4);
}

void TestTouchpointImporter::cancelWritesNothing()
{
    Progress progress;
    progress.cancelled = true;
    TouchpointImporter importer(*m_db);
    auto report = importer.run(
        writeFile(u"cancel.csv"_s, header + "ada@example.com,web_visit,Website,,2026-01-01,\n"), {},
        &progress);
    QVERIFY(!report);
    QCOMPARE(report.error().code, ErrorCode::Cancelled);
    QCOMPARE(count(u"SELECT COUNT(*) FROM touchpoints"_s), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM import_batches"_s), 0);
}

void TestTouchpointImporter::missingColumnsAreRefused()
{
    TouchpointImporter importer(*m_db);
    auto report =
        importer.run(writeFile(u"missing.csv"_s, "Email,Channel\nada@example.com,Website\n"), {});
    QVERIFY(!report);
    QCOMPARE(report.error().code, ErrorCode::Parse);
    QVERIFY2(report.error().message.contains(u"Type"_s), qPrintable(report.error().message));
    QCOMPARE(count(u"SELECT COUNT(*) FROM import_batches"_s), 0);
}

void TestTouchpointImporter::indexesAreRebuilt()
{
    mustImport(
        writeFile(u"indexed.csv"_s, header + "ada@example.com,web_visit,Website,,2026-01-01,\n"));
    QCOMPARE(count(u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND "
                   "tbl_name = 'touchpoints' AND name IN ('touchpoints_lead', "
                   "'touchpoints_campaign', 'touchpoints_batch')"_s),
        3);
    QCOMPARE(count(u"SELECT COUNT(*) FROM touchpoints INDEXED BY touchpoints_lead "
                   "WHERE lead_id = %1"_s.arg(m_ada)),
        1);
    // The bulk load into the empty table leaves the query planner statistics of the table.
    QVERIFY(count(u"SELECT COUNT(*) FROM sqlite_stat1 WHERE tbl = 'touchpoints'"_s) > 0);
}

void TestTouchpointImporter::undoRemovesTheBatch()
{
    const auto first = mustImport(writeFile(u"first.csv"_s,
        header
            + "ada@example.com,web_visit,Website,,2026-01-01,\n"
              "bob.builder@example.org,call,Phone,,2026-01-02,\n"));
    const auto second = mustImport(writeFile(u"second.csv"_s,
        header
            + "ada@example.com,web_visit,Website,Fresh,2026-02-01,\n"
              "ada@example.com,email_open,Email,Fresh,2026-02-02,\n"
              "bob.builder@example.org,call,Phone,,2026-02-03,\n"));
    QCOMPARE(count(u"SELECT COUNT(*) FROM touchpoints"_s), 5);
    QVERIFY(campaignId(u"Fresh"_s) > 0);

    auto undone = undo(second.batchId);
    QVERIFY2(undone, qPrintable(undone ? QString() : undone.error().toString()));
    QCOMPARE(*undone, 3 + 1); // three touchpoints and the campaign it created
    QCOMPARE(count(u"SELECT COUNT(*) FROM touchpoints"_s), 2);
    QCOMPARE(
        count(u"SELECT COUNT(*) FROM touchpoints WHERE import_batch_id = %1"_s.arg(first.batchId)),
        2);
    QCOMPARE(campaignId(u"Fresh"_s), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM import_batches WHERE status = 'undone' AND id = %1"_s.arg(
                 second.batchId)),
        1);

    auto again = undo(second.batchId);
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::Conflict);
}

void TestTouchpointImporter::undoKeepsCampaignsInUse()
{
    const auto first = mustImport(writeFile(
        u"shared1.csv"_s, header + "ada@example.com,web_visit,Website,Shared,2026-01-01,\n"));
    const auto second = mustImport(writeFile(
        u"shared2.csv"_s, header + "bob.builder@example.org,call,Phone,shared,2026-01-02,\n"));
    QCOMPARE(first.campaignsCreated, QStringList {u"Shared"_s});
    QVERIFY(second.campaignsCreated.isEmpty());

    auto undone = undo(first.batchId);
    QVERIFY(undone);
    QCOMPARE(*undone, 1); // the touchpoint; "Shared" stays, the second import uses it
    const qint64 shared = campaignId(u"Shared"_s);
    QVERIFY(shared > 0);
    const QList<Stored> stored = touchpoints();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored[0].campaignId.toLongLong(), shared);
}

QTEST_GUILESS_MAIN(TestTouchpointImporter)
#include "tst_touchpointimporter.moc"
