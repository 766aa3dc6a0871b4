#include "io/csvreader.h"
#include "io/leadexporter.h"
#include "io/leadimporter.h"
#include "leads/leadservice.h"
#include "storage/database.h"
#include "storage/settings.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace lf;

namespace {

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

/// The file's records as CsvReader reads them (the exporter is not asked).
QList<QStringList> readCsv(const QString &path, QChar delimiter = {})
{
    CsvReader reader;
    CsvReader::Options options;
    options.delimiter = delimiter;
    if (auto opened = reader.open(path, options); !opened)
        qFatal("cannot read %s: %s", qPrintable(path), qPrintable(opened.error().toString()));
    QList<QStringList> records;
    CsvRecord record;
    for (;;) {
        auto read = reader.readRecord(record);
        if (!read)
            qFatal("cannot read %s: %s", qPrintable(path), qPrintable(read.error().toString()));
        if (!*read)
            break;
        records << record.toStringList();
    }
    return records;
}

/// The formula guard as docs/csv.md states it, written out again here: a cell whose first
/// character after any apostrophes is = + - @ TAB or CR, and that is not a plain number, gets an
/// apostrophe in front.
QString guarded(const QString &cell)
{
    static const QRegularExpression plainNumber(
        u"^[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][+-]?\\d+)?$"_s);
    qsizetype i = 0;
    while (i < cell.size() && cell[i] == u'\'')
        ++i;
    if (i == cell.size())
        return cell;
    const QChar c = cell[i];
    const bool trigger =
        c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
    if (!trigger || plainNumber.match(cell.mid(i)).hasMatch())
        return cell;
    return u'\'' + cell;
}

QString money(qint64 cents)
{
    const qint64 magnitude = cents < 0 ? -cents : cents;
    return (cents < 0 ? u"-"_s : QString()) + QString::number(magnitude / 100) + u'.'
        + QString::number(magnitude % 100).rightJustified(2, u'0');
}

QString timestamp(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
               .toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s)
        + u'Z';
}

/// A cell as the export should write it, from the stored value (read with SQL).
QString expectedCell(LeadField field, const QVariant &stored)
{
    if (stored.isNull())
        return {};
    switch (fieldInfo(field).type) {
    case FieldType::Money:
        return money(stored.toLongLong());
    case FieldType::Timestamp:
        return timestamp(stored.toLongLong());
    case FieldType::Integer:
    case FieldType::Reference:
        return QString::number(stored.toLongLong());
    case FieldType::Text:
    case FieldType::Stage:
    case FieldType::Json:
        break;
    }
    return guarded(stored.toString());
}

/// The default export's columns, by key (docs: every field a person sets, then custom fields).
const QStringList defaultHeader {u"first_name"_s, u"last_name"_s, u"email"_s, u"phone"_s,
    u"company"_s, u"title"_s, u"website"_s, u"industry"_s, u"employees"_s, u"annual_revenue"_s,
    u"currency"_s, u"street"_s, u"city"_s, u"region"_s, u"postal_code"_s, u"country"_s, u"source"_s,
    u"stage"_s, u"bant_budget"_s, u"bant_authority"_s, u"bant_need"_s, u"bant_timeline"_s,
    u"notes"_s, u"created_at"_s, u"value"_s, u"lost_reason"_s, u"recycle_reason"_s,
    u"nurture_until"_s, u"custom_fields"_s};

} // namespace

Q_DECLARE_METATYPE(lf::LeadQuery)

/// LeadExporter on real SQLite files; leads are made with LeadService (and SQL where it cannot),
/// files are read back with CsvReader and checked against values formatted here.
class TestLeadExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void exportAllDefaultColumns();
    void filtered_data();
    void filtered();
    void chosenColumns();
    void bomAndDelimiter_data();
    void bomAndDelimiter();
    void formulaGuard_data();
    void formulaGuard();
    void exportThenImportGivesBackTheSameLeads();
    void singleColumnExportKeepsEveryLead();
    void largestValuesReadBack();
    void nothingToExport();
    void errorsWriteNoFile_data();
    void errorsWriteNoFile();

private:
    Lead mustCreate(const LeadChanges &fields);
    Result<qint64> exportTo(const QString &path, const LeadExportOptions &options = {});
    QVariant stored(qint64 id, LeadField field) const;
    void setRaw(qint64 id, const QString &column, const QVariant &value);
    std::unique_ptr<Database> openDatabase(const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<LeadService> m_leads;
    QHash<QString, qint64> m_ids; ///< seeded leads by a short name
    int m_counter = 0;
};

void TestLeadExporter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<Database> TestLeadExporter::openDatabase(const QString &name)
{
    auto db = Database::open(m_dir.filePath(name));
    if (!db)
        qFatal("cannot open %s: %s", qPrintable(name), qPrintable(db.error().toString()));
    if (!Settings((*db)->connection()).setValue(Settings::PhoneDefaultRegion, u"US"_s))
        qFatal("cannot set the region");
    return std::move(*db);
}

void TestLeadExporter::init()
{
    m_db = openDatabase(u"export-%1.sqlite"_s.arg(++m_counter));
    m_leads = std::make_unique<LeadService>(m_db->connection());
    m_leads->setActor(u"tester"_s);
    m_ids.clear();

    m_ids[u"zoe"_s] = mustCreate(
        {{LeadField::FirstName, u"Zoë"_s}, {LeadField::LastName, u"Ægir-Ström"_s},
            {LeadField::Email, u"zoe@example.com"_s}, {LeadField::Phone, u"+49 30 901820"_s},
            {LeadField::Company, u"Müller & Söhne, GmbH"_s},
            {LeadField::Title, u"=HYPERLINK(\"http://evil\",\"Click\")"_s},
            {LeadField::Website, u"https://mueller.example.de"_s},
            {LeadField::Industry, u"Software"_s}, {LeadField::Employees, u"201-500"_s},
            {LeadField::AnnualRevenue, u"1,234,567.89"_s}, {LeadField::Currency, u"EUR"_s},
            {LeadField::Street, u"Hauptstraße 1"_s}, {LeadField::City, u"Köln"_s},
            {LeadField::Region, u"NRW"_s}, {LeadField::PostalCode, u"50667"_s},
            {LeadField::Country, u"Deutschland"_s}, {LeadField::Source, u"Webinar"_s},
            {LeadField::Stage, u"mql"_s}, {LeadField::BantBudget, u"0.05"_s},
            {LeadField::BantNeed, u"Faster imports"_s},
            {LeadField::Notes, u"Line one\nLine \"two\", with a comma\n\nLine four ✓"_s},
            {LeadField::CreatedAt, u"2024-02-29T23:59:59.999Z"_s}, {LeadField::Value, u"-12.50"_s},
            {LeadField::NurtureUntil, u"1969-07-20T20:17:40.000Z"_s}})
                          .id();
    m_ids[u"taro"_s] = mustCreate(
        {{LeadField::FirstName, u"太郎"_s}, {LeadField::LastName, u"山田"_s},
            {LeadField::Email, u"taro@example.jp"_s}, {LeadField::Phone, u"+81 3-1234-5678"_s},
            {LeadField::Company, u"株式会社テスト"_s}, {LeadField::Title, u"-12"_s},
            {LeadField::Notes, u"@mention me"_s}, {LeadField::Stage, u"contacted"_s},
            {LeadField::Source, u"Referral"_s},
            {LeadField::CreatedAt, u"2025-06-01T00:00:00.000Z"_s}})
                           .id();
    m_ids[u"eleni"_s] = mustCreate(
        {{LeadField::FirstName, u"Ελένη"_s}, {LeadField::LastName, u"Παπαδοπούλου"_s},
            {LeadField::Email, u"eleni@example.gr"_s}, {LeadField::Company, u"+30 Ltd"_s},
            {LeadField::Stage, u"mql"_s}, {LeadField::Source, u"webinar"_s},
            {LeadField::Notes, u"semi;colon|pipe\ttab"_s},
            {LeadField::CreatedAt, u"2026-01-15T08:00:00.000Z"_s}})
                            .id();
    m_ids[u"acme"_s] = mustCreate({{LeadField::Company, u"Acme"_s}, {LeadField::Stage, u"won"_s},
                                      {LeadField::CreatedAt, u"2023-12-31T23:59:59.999Z"_s}})
                           .id();
    const Lead gone =
        mustCreate({{LeadField::FirstName, u"Gone"_s}, {LeadField::Email, u"gone@example.com"_s},
            {LeadField::Stage, u"mql"_s}, {LeadField::CreatedAt, u"2024-05-05T05:05:05.005Z"_s}});
    m_ids[u"gone"_s] = gone.id();
    QVERIFY(m_leads->remove(gone.id()));
    m_ids[u"ob"_s] = mustCreate(
        {{LeadField::FirstName, u"'quoted'"_s}, {LeadField::LastName, u"O'Brien"_s},
            {LeadField::Email, u"ob@example.com"_s}, {LeadField::Title, u"'=already guarded"_s},
            {LeadField::Stage, u"lost"_s}, {LeadField::LostReason, u"-"_s},
            {LeadField::CreatedAt, u"2026-03-03T03:03:03.003Z"_s}})
                         .id();
    setRaw(m_ids[u"zoe"_s], u"custom_fields"_s,
        u"{\"Shoe Size\":\"42\",\"Motto\":\"=1+1\",\"Ünïcode\":\"日本語\",\"Multi\":\"a\\nb\"}"_s);
    setRaw(m_ids[u"acme"_s], u"custom_fields"_s, u"{\"Tier\":\"Gold, plus\"}"_s);
}

void TestLeadExporter::cleanup()
{
    m_leads.reset();
    m_db.reset();
}

Lead TestLeadExporter::mustCreate(const LeadChanges &fields)
{
    auto lead = m_leads->create(fields);
    if (!lead)
        qFatal("create failed: %s", qPrintable(lead.error().toString()));
    return *lead;
}

Result<qint64> TestLeadExporter::exportTo(const QString &path, const LeadExportOptions &options)
{
    LeadExporter exporter(*m_db);
    return exporter.run(path, options);
}

QVariant TestLeadExporter::stored(qint64 id, LeadField field) const
{
    QSqlQuery query(m_db->connection());
    query.prepare(
        u"SELECT %1 FROM leads WHERE id = ?"_s.arg(QLatin1StringView(fieldInfo(field).column)));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        qFatal("cannot read lead %lld", id);
    return query.value(0);
}

void TestLeadExporter::setRaw(qint64 id, const QString &column, const QVariant &value)
{
    QSqlQuery query(m_db->connection());
    query.prepare(u"UPDATE leads SET %1 = ? WHERE id = ?"_s.arg(column));
    query.addBindValue(value);
    query.addBindValue(id);
    if (!query.exec())
        qFatal("cannot set %s", qPrintable(column));
}

void TestLeadExporter::exportAllDefaultColumns()
{
    const QString path = m_dir.filePath(u"all.csv"_s);
    auto rows = exportTo(path);
    QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().toString()));
    QCOMPARE(*rows, 5); // the deleted lead is left out

    const QByteArray bytes = readBytes(path);
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.startsWith(defaultHeader.join(u',').toUtf8() + "\r\n"));
    QVERIFY(bytes.endsWith("\r\n"));

    const QList<QStringList> records = readCsv(path);
    QCOMPARE(records.size(), 1 + 5);
    QCOMPARE(records[0], defaultHeader);
    const QList<qint64> order {
        m_ids[u"zoe"_s], m_ids[u"taro"_s], m_ids[u"eleni"_s], m_ids[u"acme"_s], m_ids[u"ob"_s]};
    for (qsizetype r = 0; r < order.size(); ++r) {
        QStringList expected;
        for (const QString &key : defaultHeader) {
            const LeadField field = *fieldFromName(key);
            expected << expectedCell(field, stored(order[r], field));
        }
        QCOMPARE(records[r + 1], expected);
    }
    // Spot checks of the formats, written out by hand.
    const QStringList zoe = records[1];
    QCOMPARE(zoe[defaultHeader.indexOf(u"annual_revenue"_s)], u"1234567.89"_s);
    QCOMPARE(zoe[defaultHeader.indexOf(u"bant_budget"_s)], u"0.05"_s);
    QCOMPARE(zoe[defaultHeader.indexOf(u"value"_s)], u"-12.50"_s);
    QCOMPARE(zoe[defaultHeader.indexOf(u"created_at"_s)], u"2024-02-29T23:59:59.999Z"_s);
    QCOMPARE(zoe[defaultHeader.indexOf(u"nurture_until"_s)], u"1969-07-20T20:17:40.000Z"_s);
    QCOMPARE(zoe[defaultHeader.indexOf(u"country"_s)], u"DE"_s);
    QCOMPARE(zoe[defaultHeader.indexOf(u"stage"_s)], u"mql"_s);
    QCOMPARE(zoe[defaultHeader.indexOf(u"title"_s)], u"'=HYPERLINK(\"http://evil\",\"Click\")"_s);
    QCOMPARE(zoe[defaultHeader.indexOf(u"phone"_s)], u"'+49 30 901820"_s);
    QCOMPARE(records[2][defaultHeader.indexOf(u"title"_s)], u"-12"_s);
    QCOMPARE(records[2][defaultHeader.indexOf(u"notes"_s)], u"'@mention me"_s);
}

void TestLeadExporter::filtered_data()
{
    QTest::addColumn<LeadQuery>("query");
    QTest::addColumn<QStringList>("expected"); // email, or the company when there is none

    LeadQuery query;
    QTest::newRow("everything") << query
                                << QStringList {u"zoe@example.com"_s, u"taro@example.jp"_s,
                                       u"eleni@example.gr"_s, u"Acme"_s, u"ob@example.com"_s};
    query = {};
    query.stages = {Stage::Mql};
    QTest::newRow("stage mql") << query
                               << QStringList {u"zoe@example.com"_s, u"eleni@example.gr"_s};
    query = {};
    query.stages = {Stage::Won, Stage::Lost};
    QTest::newRow("stages won, lost") << query << QStringList {u"Acme"_s, u"ob@example.com"_s};
    query = {};
    query.source = u"WEBINAR"_s;
    QTest::newRow("source") << query << QStringList {u"zoe@example.com"_s, u"eleni@example.gr"_s};
    query = {};
    query.search = u"müller"_s;
    QTest::newRow("search") << query << QStringList {u"zoe@example.com"_s};
    query = {};
    query.createdFrom = QDateTime(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::utc());
    query.createdTo = QDateTime(QDate(2026, 1, 15), QTime(8, 0), QTimeZone::utc());
    QTest::newRow("created from, to (exclusive)") << query << QStringList {u"taro@example.jp"_s};
    query = {};
    query.deleted = LeadQuery::Deleted::Only;
    QTest::newRow("deleted only") << query << QStringList {u"gone@example.com"_s};
    query = {};
    query.deleted = LeadQuery::Deleted::Include;
    QTest::newRow("deleted included")
        << query
        << QStringList {u"zoe@example.com"_s, u"taro@example.jp"_s, u"eleni@example.gr"_s,
               u"Acme"_s, u"gone@example.com"_s, u"ob@example.com"_s};
    query = {};
    query.sortField = LeadField::CreatedAt;
    query.sortOrder = Qt::DescendingOrder;
    query.limit = 2;
    QTest::newRow("newest two") << query
                                << QStringList {u"ob@example.com"_s, u"eleni@example.gr"_s};
    query = {};
    query.limit = 2;
    query.offset = 1;
    QTest::newRow("page") << query << QStringList {u"taro@example.jp"_s, u"eleni@example.gr"_s};
    query = {};
    query.stages = {Stage::Opportunity};
    QTest::newRow("none") << query << QStringList {};
}

void TestLeadExporter::filtered()
{
    QFETCH(LeadQuery, query);
    QFETCH(QStringList, expected);
    const QString path = m_dir.filePath(u"filtered.csv"_s);
    LeadExportOptions options;
    options.query = query;
    options.columns = {LeadField::Email, LeadField::Company};
    auto rows = exportTo(path, options);
    QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().toString()));
    QCOMPARE(*rows, expected.size());
    const QList<QStringList> records = readCsv(path);
    QCOMPARE(records.value(0), (QStringList {u"email"_s, u"company"_s}));
    QStringList actual;
    for (qsizetype i = 1; i < records.size(); ++i)
        actual << (records[i][0].isEmpty() ? records[i][1] : records[i][0]);
    QCOMPARE(actual, expected);
}

void TestLeadExporter::chosenColumns()
{
    const QString path = m_dir.filePath(u"columns.csv"_s);
    LeadExportOptions options;
    options.columns = {LeadField::Id, LeadField::Email, LeadField::Stage, LeadField::AnnualRevenue,
        LeadField::CreatedAt, LeadField::OwnerId, LeadField::EmailNormalized, LeadField::Score,
        LeadField::CustomFields};
    options.query.ids = {m_ids[u"zoe"_s]};
    auto rows = exportTo(path, options);
    QVERIFY(rows);
    QCOMPARE(*rows, 1);
    const QList<QStringList> records = readCsv(path);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[0],
        (QStringList {u"id"_s, u"email"_s, u"stage"_s, u"annual_revenue"_s, u"created_at"_s,
            u"owner"_s, u"email_normalized"_s, u"score"_s, u"custom_fields"_s}));
    const QStringList zoe = records[1];
    QCOMPARE(zoe.size(), 9);
    QCOMPARE(zoe[0], QString::number(m_ids[u"zoe"_s]));
    QCOMPARE(zoe[1], u"zoe@example.com"_s);
    QCOMPARE(zoe[2], u"mql"_s);
    QCOMPARE(zoe[3], u"1234567.89"_s);
    QCOMPARE(zoe[4], u"2024-02-29T23:59:59.999Z"_s);
    QCOMPARE(zoe[5], QString());
    QCOMPARE(zoe[6], u"zoe@example.com"_s);
    // Scored under the shipped rules: software (+15), 201-500 people (+15), Germany, a core
    // market (+10), a phone (+5).
    QCOMPARE(zoe[7], u"45"_s);
    QCOMPARE(QJsonDocument::fromJson(zoe[8].toUtf8()).object(),
        QJsonObject({{u"Shoe Size"_s, u"42"_s}, {u"Motto"_s, u"=1+1"_s},
            {u"Ünïcode"_s, u"日本語"_s}, {u"Multi"_s, u"a\nb"_s}}));
}

void TestLeadExporter::bomAndDelimiter_data()
{
    QTest::addColumn<bool>("bom");
    QTest::addColumn<QChar>("delimiter");
    for (bool bom : {false, true}) {
        for (QChar delimiter : {u',', u';', u'\t', u'|'}) {
            QTest::addRow("%s, %s", bom ? "BOM" : "no BOM",
                delimiter == u'\t' ? "tab" : qPrintable(QString(delimiter)))
                << bom << delimiter;
        }
    }
}

void TestLeadExporter::bomAndDelimiter()
{
    QFETCH(bool, bom);
    QFETCH(QChar, delimiter);
    const QString path = m_dir.filePath(u"dialect.csv"_s);
    LeadExportOptions options;
    options.bom = bom;
    options.delimiter = delimiter;
    auto rows = exportTo(path, options);
    QVERIFY(rows);
    QCOMPARE(*rows, 5);
    const QByteArray bytes = readBytes(path);
    QCOMPARE(bytes.startsWith("\xEF\xBB\xBF"), bom);
    const QByteArray body = bom ? bytes.mid(3) : bytes;
    QVERIFY(body.startsWith(defaultHeader.join(delimiter).toUtf8() + "\r\n"));
    // A cell holding the delimiter is quoted; one without it is not.
    QCOMPARE(body.contains("\"Müller & Söhne, GmbH\""), delimiter == u',');
    QCOMPARE(body.contains("\"semi;colon|pipe\ttab\""), delimiter != u',');

    const QList<QStringList> records = readCsv(path, delimiter);
    QCOMPARE(records.size(), 6);
    for (const QStringList &record : records)
        QCOMPARE(record.size(), defaultHeader.size());
    QCOMPARE(records[0], defaultHeader);
    const qsizetype company = defaultHeader.indexOf(u"company"_s);
    const qsizetype notes = defaultHeader.indexOf(u"notes"_s);
    QCOMPARE(records[1][company], u"Müller & Söhne, GmbH"_s);
    QCOMPARE(records[3][notes], u"semi;colon|pipe\ttab"_s);
    // Detection finds the delimiter too.
    CsvReader reader;
    QVERIFY(reader.open(path));
    QCOMPARE(reader.delimiter(), delimiter);
    QCOMPARE(reader.hasBom(), bom);
}

void TestLeadExporter::formulaGuard_data()
{
    QTest::addColumn<QString>("value"); // stored as is (SQL), not cleaned
    QTest::addColumn<bool>("guard");
    QTest::addColumn<QByteArray>("cell"); // exactly as in the file
    QTest::addColumn<QString>("imported"); // what an import of the file stores

    auto row = [](const char *name, const QString &value, bool guard, const QByteArray &cell,
                   const QString &imported) {
        QTest::newRow(name) << value << guard << cell << imported;
    };
    row("=", u"=1+2"_s, true, "'=1+2", u"=1+2"_s);
    row("+ phone", u"+1 415 555 0132"_s, true, "'+1 415 555 0132", u"+1 415 555 0132"_s);
    row("- text", u"-x"_s, true, "'-x", u"-x"_s);
    row("lone -", u"-"_s, true, "'-", u"-"_s);
    row("@", u"@SUM(A1)"_s, true, "'@SUM(A1)", u"@SUM(A1)"_s);
    row("TAB", u"\tTAB"_s, true, "'\tTAB", u"TAB"_s); // an import trims white space
    row("CR", u"\r=CR"_s, true, "\"'\r=CR\"", u"=CR"_s);
    row("-12", u"-12"_s, true, "-12", u"-12"_s);
    row("+3.5", u"+3.5"_s, true, "+3.5", u"+3.5"_s);
    row("-1e5", u"-1e5"_s, true, "-1e5", u"-1e5"_s);
    row("-0,75 (quoted for the comma)", u"-0,75"_s, true, "\"-0,75\"", u"-0,75"_s);
    row("already an apostrophe", u"'=x"_s, true, "''=x", u"'=x"_s);
    row("apostrophe, no formula", u"'hello"_s, true, "'hello", u"'hello"_s);
    row("= with a comma", u"=a,b"_s, true, "\"'=a,b\"", u"=a,b"_s);
    row("= with a quote", u"=\"x\""_s, true, "\"'=\"\"x\"\"\"", u"=\"x\""_s);
    row("plain", u"plain"_s, true, "plain", u"plain"_s);
    row("non-ASCII after =", u"=Ünïcode"_s, true, "'=Ünïcode", u"=Ünïcode"_s);
    row("guard off", u"=1+2"_s, false, "=1+2", u"=1+2"_s);
    row("guard off, +", u"+1 415"_s, false, "+1 415", u"+1 415"_s);
}

void TestLeadExporter::formulaGuard()
{
    QFETCH(QString, value);
    QFETCH(bool, guard);
    QFETCH(QByteArray, cell);
    QFETCH(QString, imported);
    setRaw(m_ids[u"acme"_s], u"company"_s, value);
    const QString path = m_dir.filePath(u"guard.csv"_s);
    LeadExportOptions options;
    options.columns = {LeadField::Stage, LeadField::Company};
    options.query.ids = {m_ids[u"acme"_s]};
    options.formulaGuard = guard;
    QVERIFY(exportTo(path, options));
    QCOMPARE(readBytes(path), QByteArray("stage,company\r\nwon," + cell + "\r\n"));
    if (!guard)
        return;

    // An import strips the guard again.
    auto fresh = openDatabase(u"guard-%1.sqlite"_s.arg(++m_counter));
    LeadImporter importer(*fresh);
    auto report = importer.run(path, {});
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QCOMPARE(report->created, 1);
    QSqlQuery query(fresh->connection());
    QVERIFY(query.exec(u"SELECT company FROM leads"_s) && query.next());
    QCOMPARE(query.value(0).toString(), imported);
}

void TestLeadExporter::exportThenImportGivesBackTheSameLeads()
{
    const QString path = m_dir.filePath(u"roundtrip.csv"_s);
    auto rows = exportTo(path);
    QVERIFY(rows);
    QCOMPARE(*rows, 5);

    auto fresh = openDatabase(u"roundtrip-%1.sqlite"_s.arg(++m_counter));
    LeadImporter importer(*fresh);
    auto report = importer.run(path, {});
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QCOMPARE(report->rows, 5);
    QCOMPARE(report->created, 5);
    QCOMPARE(report->rejected, 0);

    LeadService imported(fresh->connection());
    LeadQuery all;
    auto copies = imported.list(all);
    QVERIFY(copies);
    QCOMPARE(copies->size(), 5);
    const QList<qint64> order {
        m_ids[u"zoe"_s], m_ids[u"taro"_s], m_ids[u"eleni"_s], m_ids[u"acme"_s], m_ids[u"ob"_s]};
    QStringList mismatches;
    for (qsizetype i = 0; i < order.size(); ++i) {
        auto original = m_leads->get(order[i]);
        QVERIFY(original);
        const Lead &copy = copies->at(i);
        for (const QString &key : defaultHeader) {
            const LeadField field = *fieldFromName(key);
            const QVariant a = original->value(field);
            const QVariant b = copy.value(field);
            bool same = a.isNull() == b.isNull() && a.toString() == b.toString();
            if (field == LeadField::CustomFields && !a.isNull() && !b.isNull())
                same = QJsonDocument::fromJson(a.toString().toUtf8()).object()
                    == QJsonDocument::fromJson(b.toString().toUtf8()).object();
            if (!same)
                mismatches << u"lead %1 %2: %3 became %4"_s.arg(order[i]).arg(key,
                    a.isNull() ? u"NULL"_s : a.toString(), b.isNull() ? u"NULL"_s : b.toString());
        }
    }
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(u"; "_s)));
}

void TestLeadExporter::largestValuesReadBack()
{
    // Custom fields as big as a lead may hold, full of quotes and commas that CSV doubles and
    // JSON escapes: the export reads back in whole. One character more is refused at entry.
    QJsonObject custom;
    const QString chunk = u"say \"hi\", then\nleave; "_s.repeated(4000);
    for (int i = 0; QJsonDocument(custom).toJson(QJsonDocument::Compact).size() < 900 * 1024; ++i)
        custom.insert(u"note %1"_s.arg(i), chunk);
    const QString json = QString::fromUtf8(QJsonDocument(custom).toJson(QJsonDocument::Compact));
    QVERIFY(json.size() <= lf::kMaxFieldLength);
    const qint64 big = mustCreate({{LeadField::Email, u"big@example.com"_s}}).id();
    setRaw(big, u"custom_fields"_s, json); // what an import of many wide columns stores
    auto tooBig = m_leads->create({{LeadField::Email, u"bigger@example.com"_s},
        {LeadField::Notes, QString(lf::kMaxFieldLength + 1, u'x')}});
    QVERIFY(!tooBig);
    QCOMPARE(tooBig.error().code, ErrorCode::Invalid);
    QCOMPARE(tooBig.error().field, u"notes"_s);

    const QString path = m_dir.filePath(u"largest.csv"_s);
    QVERIFY(exportTo(path));
    auto fresh = openDatabase(u"largest-%1.sqlite"_s.arg(++m_counter));
    auto report = LeadImporter(*fresh).run(path, {});
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QCOMPARE(report->rejected, 0);
    QCOMPARE(report->created, 6);
    auto copies = LeadService(fresh->connection()).list(LeadQuery {});
    QVERIFY(copies);
    auto original = m_leads->get(big);
    QVERIFY(original);
    bool found = false;
    for (const Lead &copy : *copies) {
        if (copy.text(LeadField::Email) != u"big@example.com"_s)
            continue;
        found = true;
        QCOMPARE(QJsonDocument::fromJson(copy.text(LeadField::CustomFields).toUtf8()).object(),
            QJsonDocument::fromJson(original->text(LeadField::CustomFields).toUtf8()).object());
    }
    QVERIFY(found);
}

void TestLeadExporter::singleColumnExportKeepsEveryLead()
{
    // ob has no company: its record is one empty field, which must not be a blank line (a reader
    // skips blank lines, so the lead would vanish).
    const QString path = m_dir.filePath(u"single.csv"_s);
    LeadExportOptions options;
    options.columns = {LeadField::Company};
    auto rows = exportTo(path, options);
    QVERIFY(rows);
    QCOMPARE(*rows, 5);
    const QList<QStringList> records = readCsv(path);
    QCOMPARE(records.size(), 6);
    QCOMPARE(records.last(), QStringList {QString()});
}

void TestLeadExporter::nothingToExport()
{
    const QString path = m_dir.filePath(u"empty.csv"_s);
    LeadExportOptions options;
    options.query.stages = {Stage::Disqualified};
    options.columns = {LeadField::Email, LeadField::Stage};
    auto rows = exportTo(path, options);
    QVERIFY(rows);
    QCOMPARE(*rows, 0);
    QCOMPARE(readBytes(path), QByteArray("email,stage\r\n"));
}

void TestLeadExporter::errorsWriteNoFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<int>("sortField");
    QTest::addColumn<int>("code");
    const int email = int(LeadField::Email);
    QTest::newRow("quote as delimiter")
        << u"out.csv"_s << QChar(u'"') << email << int(ErrorCode::Invalid);
    QTest::newRow("line feed as delimiter")
        << u"out.csv"_s << QChar(u'\n') << email << int(ErrorCode::Invalid);
    QTest::newRow("CR as delimiter")
        << u"out.csv"_s << QChar(u'\r') << email << int(ErrorCode::Invalid);
    QTest::newRow("non-ASCII delimiter")
        << u"out.csv"_s << QChar(u'é') << email << int(ErrorCode::Invalid);
    QTest::newRow("null delimiter") << u"out.csv"_s << QChar() << email << int(ErrorCode::Invalid);
    QTest::newRow("sort by custom fields")
        << u"out.csv"_s << QChar(u',') << int(LeadField::CustomFields) << int(ErrorCode::Invalid);
    QTest::newRow("missing folder")
        << u"no/such/folder/out.csv"_s << QChar(u',') << email << int(ErrorCode::Io);
}

void TestLeadExporter::errorsWriteNoFile()
{
    QFETCH(QString, file);
    QFETCH(QChar, delimiter);
    QFETCH(int, sortField);
    QFETCH(int, code);
    const QString path = m_dir.filePath(file);
    const bool existing = !file.contains(u'/');
    if (existing) {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly | QIODevice::Truncate));
        old.write("old content\r\n");
    }
    LeadExportOptions options;
    options.delimiter = delimiter;
    options.query.sortField = LeadField(sortField);
    auto rows = exportTo(path, options);
    QVERIFY(!rows);
    QCOMPARE(int(rows.error().code), code);
    QVERIFY(!rows.error().message.isEmpty());
    if (existing)
        QCOMPARE(readBytes(path), QByteArray("old content\r\n"));
    else
        QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestLeadExporter)
#include "tst_leadexporter.moc"
