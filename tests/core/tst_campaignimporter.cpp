#include "io/campaignimporter.h"
#include "io/csvreader.h"
#include "leads/leadservice.h"
#include "storage/database.h"

#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lf;

namespace {

/// A campaign as stored.
struct Stored
{
    qint64 id = 0;
    QString name;
    QString channel; ///< empty for NULL
    qint64 cost = 0;
    QString currency;
};

} // namespace

class TestCampaignImporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void columnFor_data();
    void columnFor();
    void createsWithCosts_data();
    void createsWithCosts();
    void updatesExistingByName();
    void rejectsBadRowsWithReasons();
    void dryRunWritesNothing();
    void malformedFileWritesNothing();
    void missingNameColumnIsRefused();
    void undoRemovesCreatedAndRestoresUpdated();
    void undoRefusesWhenCampaignIsInUse();
    void undoRefusesWhenChangedSince();
    void undoRefusesOtherKinds();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    CampaignImportReport mustImport(const QString &path, const CampaignImportOptions &options = {});
    Result<qint64> undo(qint64 batchId);
    void insertCampaign(
        const QString &name, const QString &channel, qint64 cost, const QString &currency);
    QList<Stored> campaigns();
    Stored campaign(const QString &name);
    qint64 count(const QString &table);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestCampaignImporter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestCampaignImporter::init()
{
    static int counter = 0;
    auto db = Database::open(m_dir.filePath(u"campaigns-%1.sqlite"_s.arg(++counter)));
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    m_db = std::move(*db);
}

void TestCampaignImporter::cleanup()
{
    m_db.reset();
}

QString TestCampaignImporter::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

CampaignImportReport TestCampaignImporter::mustImport(
    const QString &path, const CampaignImportOptions &options)
{
    CampaignImporter importer(*m_db);
    auto report = importer.run(path, options);
    if (!report)
        qFatal("import failed: %s", qPrintable(report.error().toString()));
    return *report;
}

Result<qint64> TestCampaignImporter::undo(qint64 batchId)
{
    QSqlDatabase db = m_db->connection();
    Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    return undoCampaignImport(db, transaction, batchId);
}

void TestCampaignImporter::insertCampaign(
    const QString &name, const QString &channel, qint64 cost, const QString &currency)
{
    QSqlQuery query(m_db->connection());
    query.prepare(u"INSERT INTO campaigns (name, channel, cost, currency, created_at) "
                  "VALUES (?, ?, ?, ?, 0)"_s);
    query.addBindValue(name);
    query.addBindValue(channel.isEmpty() ? QVariant() : QVariant(channel));
    query.addBindValue(cost);
    query.addBindValue(currency);
    if (!query.exec())
        qFatal("cannot insert a campaign");
}

QList<Stored> TestCampaignImporter::campaigns()
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(u"SELECT id, name, channel, cost, currency FROM campaigns ORDER BY id"_s))
        qFatal("cannot read the campaigns");
    QList<Stored> out;
    while (query.next())
        out << Stored {query.value(0).toLongLong(), query.value(1).toString(),
            query.value(2).toString(), query.value(3).toLongLong(), query.value(4).toString()};
    return out;
}

Stored TestCampaignImporter::campaign(const QString &name)
{
    for (const Stored &stored : campaigns()) {
        if (stored.name == name)
            return stored;
    }
    return {};
}

qint64 TestCampaignImporter::count(const QString &table)
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(u"SELECT COUNT(*) FROM "_s + table) || !query.next())
        qFatal("cannot count");
    return query.value(0).toLongLong();
}

void TestCampaignImporter::columnFor_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<int>("column"); // -1 = ignored

    using Column = CampaignImporter::Column;
    QTest::newRow("Campaign") << u"Campaign"_s << int(Column::Name);
    QTest::newRow("campaign name spaced") << u"  campaign  NAME "_s << int(Column::Name);
    QTest::newRow("Name") << u"Name"_s << int(Column::Name);
    QTest::newRow("Channel") << u"Channel"_s << int(Column::Channel);
    QTest::newRow("Source") << u"source"_s << int(Column::Channel);
    QTest::newRow("Cost") << u"COST"_s << int(Column::Cost);
    QTest::newRow("Actual Cost") << u"Actual Cost"_s << int(Column::Cost);
    QTest::newRow("Spend") << u"Spend"_s << int(Column::Cost);
    QTest::newRow("Currency") << u"Currency"_s << int(Column::Currency);
    QTest::newRow("Currency_Code") << u"Currency_Code"_s << int(Column::Currency);
    QTest::newRow("Occurred At") << u"Occurred At"_s << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestCampaignImporter::columnFor()
{
    QFETCH(QString, header);
    QFETCH(int, column);
    const auto found = CampaignImporter::columnFor(header);
    QCOMPARE(found ? int(*found) : -1, column);
}

void TestCampaignImporter::createsWithCosts_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("channels");
    QTest::addColumn<QList<qint64>>("costs"); // hundredths
    QTest::addColumn<QStringList>("currencies");

    QTest::newRow("make-dataset shape")
        << QByteArray("Campaign,Channel,Cost,Currency\r\n"
                      "Spring Webinar Series,Webinar,12000,USD\r\n"
                      "Cloud Cost E-book,Content,4500,USD\r\n")
        << QStringList {u"Spring Webinar Series"_s, u"Cloud Cost E-book"_s}
        << QStringList {u"Webinar"_s, u"Content"_s} << QList<qint64> {1200000, 450000}
        << QStringList {u"USD"_s, u"USD"_s};
    QTest::newRow("German column: comma decimals, dot thousands")
        << QByteArray("Campaign;Channel;Cost;Currency\n"
                      "Messe Hannover;Event;1.234,50;eur\n"
                      "Newsletter;Email;12.000;EUR\n"
                      "Flyer;Print;7,5;EUR\n")
        << QStringList {u"Messe Hannover"_s, u"Newsletter"_s, u"Flyer"_s}
        << QStringList {u"Event"_s, u"Email"_s, u"Print"_s} << QList<qint64> {123450, 1200000, 750}
        << QStringList {u"EUR"_s, u"EUR"_s, u"EUR"_s};
    QTest::newRow("symbols and thousands, no currency column")
        << QByteArray("Name,Cost\n\"Paid Search Q1\",\"$21,000.00\"\nPartner,\n")
        << QStringList {u"Paid Search Q1"_s, u"Partner"_s} << QStringList {QString(), QString()}
        << QList<qint64> {2100000, 0} << QStringList {u"USD"_s, u"USD"_s};
}

void TestCampaignImporter::createsWithCosts()
{
    QFETCH(QByteArray, file);
    QFETCH(QStringList, names);
    QFETCH(QStringList, channels);
    QFETCH(QList<qint64>, costs);
    QFETCH(QStringList, currencies);

    const auto report = mustImport(writeFile(u"costs.csv"_s, file));
    QCOMPARE(report.rows, names.size());
    QCOMPARE(report.created, names.size());
    QCOMPARE(report.rejected, 0);
    QVERIFY(report.batchId > 0);
    const QList<Stored> stored = campaigns();
    QCOMPARE(stored.size(), names.size());
    for (qsizetype i = 0; i < names.size(); ++i) {
        QCOMPARE(stored[i].name, names[i]);
        QCOMPARE(stored[i].channel, channels[i]);
        QCOMPARE(stored[i].cost, costs[i]);
        QCOMPARE(stored[i].currency, currencies[i]);
    }
}

void TestCampaignImporter::updatesExistingByName()
{
    insertCampaign(u"Spring Webinar Series"_s, u"Webinar"_s, 500000, u"USD"_s);
    insertCampaign(u"Newsletter"_s, u"Email"_s, 180000, u"USD"_s);
    const auto report = mustImport(writeFile(u"update.csv"_s,
        "Campaign,Channel,Cost,Currency\n"
        "  spring   WEBINAR series ,Online,12000,\n" // updated: channel and cost, USD kept
        "newsletter,Email,1800,USD\n" // same values: unchanged
        "LinkedIn ABM,Social,16500,USD\n")); // created
    QCOMPARE(report.rows, 3);
    QCOMPARE(report.created, 1);
    QCOMPARE(report.updated, 1);
    QCOMPARE(report.unchanged, 1);
    QCOMPARE(report.rejected, 0);

    const Stored spring = campaign(u"Spring Webinar Series"_s);
    QCOMPARE(spring.channel, u"Online"_s);
    QCOMPARE(spring.cost, 1200000);
    QCOMPARE(spring.currency, u"USD"_s);
    QCOMPARE(campaign(u"Newsletter"_s).cost, 180000);
    QCOMPARE(campaign(u"LinkedIn ABM"_s).cost, 1650000);
    QCOMPARE(count(u"campaigns"_s), 3);

    // The update's previous values are kept for undo, one row for the one campaign changed.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(u"SELECT line, lead_id, action FROM import_row_changes"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toLongLong(), 2);
    QVERIFY(query.value(1).isNull());
    QCOMPARE(query.value(2).toString(), u"updated"_s);
    QVERIFY(!query.next());
}

void TestCampaignImporter::rejectsBadRowsWithReasons()
{
    const QString errorsPath = m_dir.filePath(u"campaign-errors.csv"_s);
    CampaignImportOptions options;
    options.errorsPath = errorsPath;
    const auto report = mustImport(writeFile(u"bad.csv"_s,
                                       "Campaign,Cost,Currency\n"
                                       "Good,100,USD\n" // line 2
                                       ",100,USD\n" // line 3: no name
                                       "Costly,lots,USD\n" // line 4: unreadable cost
                                       "Refund,-5,USD\n" // line 5: negative
                                       "Odd,5,Dollars\n"), // line 6: currency
        options);
    QCOMPARE(report.rows, 5);
    QCOMPARE(report.created, 1);
    QCOMPARE(report.rejected, 4);
    QCOMPARE(report.rejectReasons.value(u"no campaign name"_s), 1);
    QCOMPARE(report.rejectReasons.value(u"unreadable cost"_s), 1);
    QCOMPARE(report.rejectReasons.value(u"negative cost"_s), 1);
    QCOMPARE(report.rejectReasons.value(u"currency is not a three-letter code"_s), 1);
    QCOMPARE(report.errorsPath, errorsPath);
    QCOMPARE(count(u"campaigns"_s), 1);

    CsvReader reader;
    QVERIFY(reader.open(errorsPath));
    CsvRecord record;
    QList<QStringList> rows;
    while (auto read = reader.readRecord(record)) {
        if (!*read)
            break;
        rows << record.toStringList();
    }
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows[0],
        (QStringList {
            u"Campaign"_s, u"Cost"_s, u"Currency"_s, u"Leadflow rejection reason"_s, u"Line"_s}));
    QCOMPARE(rows[1], (QStringList {QString(), u"100"_s, u"USD"_s, u"no campaign name"_s, u"3"_s}));
    QCOMPARE(
        rows[2], (QStringList {u"Costly"_s, u"lots"_s, u"USD"_s, u"unreadable cost"_s, u"4"_s}));
    QCOMPARE(rows[3].value(4), u"5"_s);
    QCOMPARE(rows[4].value(4), u"6"_s);
}

void TestCampaignImporter::dryRunWritesNothing()
{
    insertCampaign(u"Newsletter"_s, u"Email"_s, 100, u"USD"_s);
    const QList<Stored> before = campaigns();
    const qint64 batchesBefore = count(u"import_batches"_s);
    CampaignImportOptions options;
    options.dryRun = true;
    const auto report = mustImport(
        writeFile(u"dry.csv"_s, "Campaign,Cost\nNewsletter,1800\nNew One,10\nNew Two,20\n"),
        options);
    QVERIFY(report.dryRun);
    QCOMPARE(report.batchId, 0);
    QCOMPARE(report.created, 2);
    QCOMPARE(report.updated, 1);
    QCOMPARE(count(u"campaigns"_s), before.size());
    QCOMPARE(campaign(u"Newsletter"_s).cost, 100);
    QCOMPARE(count(u"import_batches"_s), batchesBefore);
    QCOMPARE(count(u"import_row_changes"_s), 0);
}

void TestCampaignImporter::malformedFileWritesNothing()
{
    insertCampaign(u"Newsletter"_s, u"Email"_s, 100, u"USD"_s);
    CampaignImporter importer(*m_db);
    auto report = importer.run(writeFile(u"malformed.csv"_s,
                                   "Campaign,Cost\nNewsletter,1800\nFresh,5\n\"Unterminated,10\n"),
        {});
    QVERIFY(!report);
    QCOMPARE(report.error().code, ErrorCode::Parse);
    QCOMPARE(report.error().line, 4);
    QCOMPARE(count(u"campaigns"_s), 1);
    QCOMPARE(campaign(u"Newsletter"_s).cost, 100);
    QCOMPARE(count(u"import_batches"_s), 0);
}

void TestCampaignImporter::missingNameColumnIsRefused()
{
    CampaignImporter importer(*m_db);
    auto report = importer.run(writeFile(u"noname.csv"_s, "Channel,Cost\nEmail,5\n"), {});
    QVERIFY(!report);
    QCOMPARE(report.error().code, ErrorCode::Parse);
    QCOMPARE(count(u"import_batches"_s), 0);
}

void TestCampaignImporter::undoRemovesCreatedAndRestoresUpdated()
{
    insertCampaign(u"Spring Webinar Series"_s, QString(), 500000, u"EUR"_s);
    const auto report = mustImport(writeFile(u"undo.csv"_s,
        "Campaign,Channel,Cost,Currency\n"
        "Spring Webinar Series,Webinar,12000,USD\n"
        "Brand New,Social,100,USD\n"
        "brand new,Social,200,USD\n")); // updates the one just created: no record needed
    QCOMPARE(report.created, 1);
    QCOMPARE(report.updated, 2);
    QCOMPARE(campaign(u"Brand New"_s).cost, 20000);

    auto undone = undo(report.batchId);
    QVERIFY2(undone, qPrintable(undone ? QString() : undone.error().toString()));
    QCOMPARE(*undone, 2); // one restored, one removed
    const QList<Stored> after = campaigns();
    QCOMPARE(after.size(), 1);
    QCOMPARE(after[0].name, u"Spring Webinar Series"_s);
    QCOMPARE(after[0].channel, QString());
    QCOMPARE(after[0].cost, 500000);
    QCOMPARE(after[0].currency, u"EUR"_s);

    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(u"SELECT status FROM import_batches WHERE id = %1"_s.arg(report.batchId)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"undone"_s);
    query.finish();

    auto again = undo(report.batchId);
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::Conflict);
}

void TestCampaignImporter::undoRefusesWhenCampaignIsInUse()
{
    const auto report = mustImport(writeFile(u"inuse.csv"_s, "Campaign,Cost\nWebinar,10\n"));
    LeadService leads(m_db->connection());
    auto lead = leads.create({{LeadField::Email, u"ada@example.com"_s}});
    QVERIFY(lead);
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(
        u"INSERT INTO touchpoints (lead_id, type, campaign_id, occurred_at, "
        "created_at) SELECT %1, 'web_visit', id, 0, 0 FROM campaigns"_s.arg(lead->id())));

    auto undone = undo(report.batchId);
    QVERIFY(!undone);
    QCOMPARE(undone.error().code, ErrorCode::Conflict);
    QCOMPARE(undone.error().details, QStringList {u"Webinar"_s});
    QCOMPARE(count(u"campaigns"_s), 1);
    QCOMPARE(count(u"touchpoints"_s), 1);
}

void TestCampaignImporter::undoRefusesWhenChangedSince()
{
    insertCampaign(u"Newsletter"_s, u"Email"_s, 100, u"USD"_s);
    const auto report = mustImport(writeFile(u"changed.csv"_s, "Campaign,Cost\nNewsletter,5\n"));
    QCOMPARE(report.updated, 1);
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(u"UPDATE campaigns SET cost = 999"_s));

    auto undone = undo(report.batchId);
    QVERIFY(!undone);
    QCOMPARE(undone.error().code, ErrorCode::Conflict);
    QCOMPARE(campaign(u"Newsletter"_s).cost, 999);
}

void TestCampaignImporter::undoRefusesOtherKinds()
{
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(u"INSERT INTO import_batches (kind, file_name, status, started_at) "
                       "VALUES ('touchpoints', 'x.csv', 'committed', 0)"_s));
    const qint64 id = query.lastInsertId().toLongLong();
    auto undone = undo(id);
    QVERIFY(!undone);
    QCOMPARE(undone.error().code, ErrorCode::Invalid);
    auto missing = undo(id + 1);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestCampaignImporter)
#include "tst_campaignimporter.moc"
