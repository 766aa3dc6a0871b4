#include "io/leadimporter.h"
#include "io/mappingprofiles.h"
#include "leads/leadservice.h"
#include "storage/database.h"
#include "storage/settings.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lf;

Q_DECLARE_METATYPE(lf::ColumnMapping)
Q_DECLARE_METATYPE(QList<lf::ColumnMapping>)

namespace {

using Kind = ColumnMapping::Kind;

ColumnMapping field(LeadField f)
{
    return ColumnMapping::toField(f);
}
const ColumnMapping fullName {Kind::FullName, LeadField::Id};
const ColumnMapping custom {Kind::Custom, LeadField::Id};
const ColumnMapping drop {Kind::Drop, LeadField::Id};

QString describe(const QList<ColumnMapping> &columns)
{
    QStringList out;
    for (const ColumnMapping &column : columns) {
        switch (column.kind) {
        case Kind::Field:
            out << fieldKey(column.field);
            break;
        case Kind::FullName:
            out << u"(full name)"_s;
            break;
        case Kind::Custom:
            out << u"(custom)"_s;
            break;
        case Kind::Drop:
            out << u"(drop)"_s;
            break;
        }
    }
    return out.join(u", "_s);
}

QByteArray csvBytes(const QList<QStringList> &rows)
{
    QString out;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &cell : row)
            cells << (cell.contains(u',') || cell.contains(u'"')
                    ? u'"' + QString(cell).replace(u"\""_s, u"\"\""_s) + u'"'
                    : cell);
        out += cells.join(u',') + u"\r\n"_s;
    }
    return out.toUtf8();
}

} // namespace

/// MappingProfiles on a real database: names of targets, saving, applying to files whose headers
/// come in another order or spelling, and reusing a profile for an import.
class TestMappingProfiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void targetNamesRoundTrip_data();
    void targetNamesRoundTrip();
    void targetNamesRefused_data();
    void targetNamesRefused();
    void targetNamesLenient_data();
    void targetNamesLenient();

    void applyInAnotherOrderAndSpelling();
    void profileTakesAFieldFromASuggestedColumn();
    void applyOnTheSameHeadersGivesBackTheSavedMapping_data();
    void applyOnTheSameHeadersGivesBackTheSavedMapping();
    void saveReplacesAndNamesAreListedOnce();
    void saveRefusesAnEmptyName_data();
    void saveRefusesAnEmptyName();
    void unknownProfileListsTheSavedOnes();
    void removeProfile();
    void profileSurvivesReopening();
    void profileSavedByAnEarlierVersionStillApplies();
    void savedProfileReusedForAnImport();

private:
    MappingProfiles profiles() const { return MappingProfiles(m_db->connection()); }
    void reopen();

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

void TestMappingProfiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestMappingProfiles::init()
{
    static int counter = 0;
    m_path = m_dir.filePath(u"profiles-%1.sqlite"_s.arg(++counter));
    reopen();
}

void TestMappingProfiles::reopen()
{
    m_db.reset();
    auto db = Database::open(m_path);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    m_db = std::move(*db);
    QVERIFY(Settings(m_db->connection()).setValue(Settings::PhoneDefaultRegion, u"US"_s));
}

void TestMappingProfiles::cleanup()
{
    m_db.reset();
}

void TestMappingProfiles::targetNamesRoundTrip_data()
{
    QTest::addColumn<ColumnMapping>("mapping");
    QTest::addColumn<QString>("name");
    QTest::newRow("full name") << fullName << u"full_name"_s;
    QTest::newRow("custom") << custom << u"custom"_s;
    QTest::newRow("drop") << drop << u"drop"_s;
    // Every field a person sets, by its key.
    for (const FieldInfo &info : allFields()) {
        if (info.editable)
            QTest::newRow(info.key) << field(info.field) << QString::fromLatin1(info.key);
    }
}

void TestMappingProfiles::targetNamesRoundTrip()
{
    QFETCH(ColumnMapping, mapping);
    QFETCH(QString, name);
    QCOMPARE(MappingProfiles::targetName(mapping), name);
    const auto back = MappingProfiles::fromTargetName(name);
    QVERIFY(back);
    QVERIFY(*back == mapping);
}

void TestMappingProfiles::targetNamesRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("unknown") << u"shoe_size"_s;
    // Fields Leadflow keeps itself cannot be a column's target.
    for (const char *kept : {"id", "score", "email_normalized", "phone_e164", "version",
             "import_batch_id", "custom_fields", "updated_at", "deleted_at"})
        QTest::newRow(kept) << QString::fromLatin1(kept);
}

void TestMappingProfiles::targetNamesRefused()
{
    QFETCH(QString, name);
    QVERIFY(!MappingProfiles::fromTargetName(name));
}

void TestMappingProfiles::targetNamesLenient_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<ColumnMapping>("mapping");
    QTest::newRow("spaces and case") << u"  First_Name "_s << field(LeadField::FirstName);
    QTest::newRow("label") << u"Job title"_s << field(LeadField::Title);
    QTest::newRow("column name") << u"owner_id"_s << field(LeadField::OwnerId);
    QTest::newRow("FULL_NAME") << u" FULL_NAME"_s << fullName;
    QTest::newRow("Custom") << u"Custom"_s << custom;
    QTest::newRow("DROP") << u"DROP "_s << drop;
}

void TestMappingProfiles::targetNamesLenient()
{
    QFETCH(QString, name);
    QFETCH(ColumnMapping, mapping);
    const auto parsed = MappingProfiles::fromTargetName(name);
    QVERIFY(parsed);
    QVERIFY(*parsed == mapping);
}

void TestMappingProfiles::applyInAnotherOrderAndSpelling()
{
    // Headers no suggestion knows, so what comes back is the profile's doing.
    const QStringList saved {u"Kontakt-Adresse"_s, u"Wer"_s, u"Schuhgröße"_s, u"Interne ID"_s,
        u"Rückruf unter"_s, u"Laden"_s};
    const QList<ColumnMapping> columns {field(LeadField::Email), fullName, custom, drop,
        field(LeadField::Phone), field(LeadField::Company)};
    QCOMPARE(describe(LeadImporter::suggestMapping(saved)),
        u"(custom), (custom), (custom), (custom), (custom), (custom)"_s);
    QVERIFY(profiles().save(u"crm"_s, saved, columns));

    // Another order, other case and punctuation, and a column the profile does not know (which
    // gets the usual suggestion).
    const QStringList other {u"RÜCKRUF UNTER"_s, u"Job Title"_s, u"interne-id"_s, u"laden"_s,
        u"wer"_s, u"SCHUHGRÖSSE"_s, u"Kontakt Adresse"_s};
    auto applied = profiles().apply(u"crm"_s, other);
    QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().toString()));
    QCOMPARE(describe(*applied),
        describe({field(LeadField::Phone), field(LeadField::Title), drop, field(LeadField::Company),
            fullName, custom, field(LeadField::Email)}));
}

void TestMappingProfiles::profileTakesAFieldFromASuggestedColumn()
{
    // The profile says "Contact" holds the email; a file that also has "Email" (suggested as the
    // email) must not fill the field twice: the profile's column wins, the other is kept aside.
    QVERIFY(profiles().save(
        u"p"_s, {u"Contact"_s, u"Name"_s}, {field(LeadField::Email), field(LeadField::Company)}));
    auto applied = profiles().apply(u"p"_s, {u"Email"_s, u"Contact"_s, u"Name"_s});
    QVERIFY(applied);
    QCOMPARE(
        describe(*applied), describe({custom, field(LeadField::Email), field(LeadField::Company)}));
}

void TestMappingProfiles::applyOnTheSameHeadersGivesBackTheSavedMapping_data()
{
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QList<ColumnMapping>>("columns");
    QTest::newRow("HubSpot, edited")
        << QStringList {u"First Name"_s, u"Last Name"_s, u"Email"_s, u"Lead Status"_s, u"Notes"_s}
        << QList<ColumnMapping> {field(LeadField::FirstName), field(LeadField::LastName),
               field(LeadField::Email), drop, custom};
    QTest::newRow("full name") << QStringList {u"Name"_s, u"E-Mail"_s}
                               << QList<ColumnMapping> {fullName, field(LeadField::Email)};
    QTest::newRow("headers that differ only in punctuation")
        << QStringList {u"Phone"_s, u"Phone #"_s, u"Email"_s}
        << QList<ColumnMapping> {field(LeadField::Phone), custom, field(LeadField::Email)};
}

void TestMappingProfiles::applyOnTheSameHeadersGivesBackTheSavedMapping()
{
    QFETCH(QStringList, headers);
    QFETCH(QList<ColumnMapping>, columns);
    QVERIFY(profiles().save(u"same"_s, headers, columns));
    auto applied = profiles().apply(u"same"_s, headers);
    QVERIFY(applied);
    QCOMPARE(describe(*applied), describe(columns));
}

void TestMappingProfiles::saveReplacesAndNamesAreListedOnce()
{
    const QStringList headers {u"A"_s, u"B"_s};
    QVERIFY(profiles().save(u"p"_s, headers, {field(LeadField::Email), custom}));
    QVERIFY(profiles().save(u"p"_s, headers, {drop, field(LeadField::Email)}));
    QVERIFY(profiles().save(u" beta "_s, headers, {custom, custom}));
    QVERIFY(profiles().save(u"alpha"_s, headers, {custom, custom}));
    auto names = profiles().names();
    QVERIFY(names);
    QCOMPARE(*names, (QStringList {u"alpha"_s, u"beta"_s, u"p"_s}));
    auto applied = profiles().apply(u"p"_s, headers);
    QVERIFY(applied);
    QCOMPARE(describe(*applied), describe({drop, field(LeadField::Email)}));
    QVERIFY(profiles().apply(u"beta"_s, headers));
}

void TestMappingProfiles::saveRefusesAnEmptyName_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << u"   "_s;
}

void TestMappingProfiles::saveRefusesAnEmptyName()
{
    QFETCH(QString, name);
    auto saved = profiles().save(name, {u"Email"_s}, {field(LeadField::Email)});
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, ErrorCode::Invalid);
    QCOMPARE(*profiles().names(), QStringList());
}

void TestMappingProfiles::unknownProfileListsTheSavedOnes()
{
    auto none = profiles().apply(u"nope"_s, {u"Email"_s});
    QVERIFY(!none);
    QCOMPARE(none.error().code, ErrorCode::NotFound);
    QVERIFY(none.error().message.contains(u"nope"_s));

    QVERIFY(profiles().save(u"alpha"_s, {u"Email"_s}, {field(LeadField::Email)}));
    QVERIFY(profiles().save(u"beta"_s, {u"Email"_s}, {field(LeadField::Email)}));
    auto missing = profiles().apply(u"gamma"_s, {u"Email"_s});
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QVERIFY(missing.error().message.contains(u"gamma"_s));
    QVERIFY(missing.error().message.contains(u"alpha"_s));
    QVERIFY(missing.error().message.contains(u"beta"_s));
}

void TestMappingProfiles::removeProfile()
{
    QVERIFY(profiles().save(u"alpha"_s, {u"Email"_s}, {field(LeadField::Email)}));
    QVERIFY(profiles().save(u"beta"_s, {u"Email"_s}, {field(LeadField::Email)}));
    QVERIFY(profiles().remove(u"alpha"_s));
    QCOMPARE(*profiles().names(), QStringList {u"beta"_s});
    auto again = profiles().remove(u"alpha"_s);
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::NotFound);
    QVERIFY(!profiles().apply(u"alpha"_s, {u"Email"_s}));
    QCOMPARE(*profiles().names(), QStringList {u"beta"_s});
}

void TestMappingProfiles::profileSurvivesReopening()
{
    QVERIFY(profiles().save(u"kept"_s, {u"Wer"_s, u"Mail"_s}, {fullName, field(LeadField::Email)}));
    reopen();
    auto applied = profiles().apply(u"kept"_s, {u"Mail"_s, u"Wer"_s});
    QVERIFY(applied);
    QCOMPARE(describe(*applied), describe({field(LeadField::Email), fullName}));
}

void TestMappingProfiles::profileSavedByAnEarlierVersionStillApplies()
{
    // Commit 9dd17aa stored a profile as one JSON object: normalized header → target. Profiles
    // saved then must still apply (or be refused plainly), never be ignored without a word.
    QSqlQuery query(m_db->connection());
    QVERIFY(
        query.exec(u"INSERT INTO mapping_profiles (name, kind, columns, created_at, updated_at) "
                   "VALUES ('old', 'leads', "
                   "'{\"kontaktadresse\":\"email\",\"wer\":\"full_name\"}', 0, 0)"_s));
    auto applied = profiles().apply(u"old"_s, {u"Wer"_s, u"Kontakt-Adresse"_s});
    if (!applied) {
        QVERIFY2(applied.error().message.contains(u"old"_s), qPrintable(applied.error().message));
        return;
    }
    QCOMPARE(describe(*applied), describe({fullName, field(LeadField::Email)}));
}

void TestMappingProfiles::savedProfileReusedForAnImport()
{
    const QStringList headersA {
        u"Wer"_s, u"Kontakt-Adresse"_s, u"Laden"_s, u"Schuhgröße"_s, u"Interne ID"_s};
    const QList<ColumnMapping> columns {
        fullName, field(LeadField::Email), field(LeadField::Company), custom, drop};
    QVERIFY(profiles().save(u"crm"_s, headersA, columns));

    // The same export, its columns in another order.
    const QStringList headersB {
        u"Interne ID"_s, u"Schuhgröße"_s, u"Kontakt-Adresse"_s, u"Wer"_s, u"Laden"_s};
    const QString pathB = m_dir.filePath(u"b.csv"_s);
    {
        QFile file(pathB);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(csvBytes({headersB,
            {u"17"_s, u"42"_s, u"ada@example.com"_s, u"Ada Lovelace"_s, u"Analytical Engines"_s},
            {u"18"_s, u""_s, u"grace@example.com"_s, u"Grace Hopper"_s, u"Navy, US"_s}}));
    }
    auto applied = profiles().apply(u"crm"_s, headersB);
    QVERIFY(applied);
    LeadImportOptions options;
    options.columns = *applied;
    LeadImporter importer(*m_db);
    auto report = importer.run(pathB, options);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QCOMPARE(report->created, 2);

    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(u"SELECT first_name, last_name, email, company, custom_fields FROM leads "
                       "ORDER BY id"_s));
    // Custom fields compared as JSON objects, written out the same way on both sides.
    auto canonical = [](const QJsonObject &object) {
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    };
    QList<QStringList> leads;
    while (query.next())
        leads << QStringList {query.value(0).toString(), query.value(1).toString(),
            query.value(2).toString(), query.value(3).toString(),
            query.isNull(4)
                ? u"NULL"_s
                : canonical(QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object())};
    QCOMPARE(leads,
        (QList<QStringList> {
            {u"Ada"_s, u"Lovelace"_s, u"ada@example.com"_s, u"Analytical Engines"_s,
                canonical(QJsonObject {{u"Schuhgröße"_s, u"42"_s}})},
            {u"Grace"_s, u"Hopper"_s, u"grace@example.com"_s, u"Navy, US"_s, u"NULL"_s}}));
}

QTEST_GUILESS_MAIN(TestMappingProfiles)
#include "tst_mappingprofiles.moc"
