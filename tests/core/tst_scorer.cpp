#include "leads/leadservice.h"
#include "leads/touchpointservice.h"
#include "scoring/qualification.h"
#include "scoring/scorer.h"
#include "scoring/scoringrule.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace lf;

namespace {

constexpr qint64 Day = 86'400'000;
/// The fixed clock of every test: 2026-03-01T12:00:00Z.
const qint64 Now = QDateTime(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();

QJsonObject parse(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (!document.isObject())
        qFatal("bad JSON in test data: %s (%s)", json, qPrintable(error.errorString()));
    return document.object();
}

QString errorText(const Error &error)
{
    return error.toString();
}

/// One lead's stored scoring state: fit, engagement, score, grade, stage, version.
struct Stored
{
    int fit = 0;
    int engagement = 0;
    int score = 0;
    QString grade;
    QString stage;
    qint64 version = 0;
    bool operator==(const Stored &) const = default;
};

} // namespace

namespace QTest {
template<>
char *toString(const Stored &s)
{
    return qstrdup(QStringLiteral("fit %1, engagement %2, score %3, grade %4, stage %5, v%6")
                       .arg(s.fit)
                       .arg(s.engagement)
                       .arg(s.score)
                       .arg(s.grade, s.stage)
                       .arg(s.version)
                       .toUtf8()
                       .constData());
}
} // namespace QTest

class TestScorer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    // Rule kinds
    void fitRules_data();
    void fitRules();
    void engagementRules_data();
    void engagementRules();
    void disabledRulesDoNotCount();
    // Caps, decay, bounds
    void caps_data();
    void caps();
    void decay_data();
    void decay();
    void decayLostCountsNegativeRules();
    void engagementBounded_data();
    void engagementBounded();
    void roundingAtHalfPoints_data();
    void roundingAtHalfPoints();
    void negativeFitLowersScore();
    void gradeBoundaries_data();
    void gradeBoundaries();
    // Automatic MQL
    void autoMqlOnCreate();
    void autoMqlAfterTouchpoint();
    void autoMqlThroughTouchpointService();
    void promotionByStage_data();
    void promotionByStage();
    void nurturingEdgeTrigger_data();
    void nurturingEdgeTrigger();
    void autoMqlOff();
    // Explanation
    void explanation();
    void modelPieces();
    // Incremental and bulk
    void touchpointChangesOnlyItsLead();
    void leadEditChangesOnlyThatLead();
    void deletedLeadIsNotScored();
    void rescoreAllEqualsRescore();
    void engagementStatesFollowTouchpointsAndTime();
    void rescoreAllIsAllOrNothingOnCancel();
    void rescoreAllCancelledAfterWriting();
    void rescoreAllWritesOnlyChangedRows();
    void tooManyEngagementRules();

private:
    QSqlDatabase db() const { return m_db->connection(); }
    std::unique_ptr<Database> openDatabase();
    ScoringService service(QSqlDatabase database = {}) const;
    void setRules(const QList<QJsonObject> &rules, QSqlDatabase database = {});
    qint64 addLead(const QVariantMap &fields, QSqlDatabase database = {});
    qint64 addCampaign(const QString &name, QSqlDatabase database = {});
    void addTouch(qint64 leadId, const QString &type, qint64 at, const QString &channel = {},
        qint64 campaignId = 0, QSqlDatabase database = {});
    void exec(const QString &sql, const QVariantList &values = {}, QSqlDatabase database = {});
    QVariant scalar(
        const QString &sql, const QVariantList &values = {}, QSqlDatabase database = {}) const;
    Stored stored(qint64 leadId, QSqlDatabase database = {}) const;
    /// Every column of every lead row, as text, by id.
    QMap<qint64, QStringList> leadRows(QSqlDatabase database = {}) const;
    QStringList mqlHistory(QSqlDatabase database = {}) const;
    void saveDefinition(const QualificationDefinition &definition);
    /// A fixture of leads, rules and touchpoints with decay, caps, negative points, campaigns,
    /// channels, future touchpoints, a deleted lead and stages. Returns the lead ids.
    QList<qint64> buildMixedFixture(QSqlDatabase database);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestScorer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<Database> TestScorer::openDatabase()
{
    static int counter = 0;
    auto db = Database::open(m_dir.filePath(u"scorer-%1.sqlite"_s.arg(++counter)));
    if (!db)
        qFatal("cannot open a database: %s", qPrintable(db.error().toString()));
    return std::move(*db);
}

void TestScorer::init()
{
    m_db = openDatabase();
}

void TestScorer::cleanup()
{
    m_db.reset();
}

ScoringService TestScorer::service(QSqlDatabase database) const
{
    ScoringService scoring(database.isValid() ? database : db());
    scoring.setNow(Now);
    return scoring;
}

void TestScorer::setRules(const QList<QJsonObject> &rules, QSqlDatabase database)
{
    QJsonArray array;
    for (const QJsonObject &rule : rules)
        array.append(rule);
    const QJsonObject document {
        {u"format"_s, u"leadflow-scoring-rules"_s}, {u"version"_s, 1}, {u"rules"_s, array}};
    auto imported = ScoringRuleStore(database.isValid() ? database : db()).importJson(document);
    if (!imported)
        qFatal("cannot set the rules: %s", qPrintable(imported.error().toString()));
}

qint64 TestScorer::addLead(const QVariantMap &fields, QSqlDatabase database)
{
    LeadChanges changes;
    if (!fields.contains(u"last_name"_s) && !fields.contains(u"company"_s))
        changes.append({LeadField::LastName, u"Hopper"_s});
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const auto field = fieldFromName(it.key());
        if (!field)
            qFatal("no field %s", qPrintable(it.key()));
        changes.append({*field, it.value()});
    }
    LeadService leads(database.isValid() ? database : db());
    leads.setActor(u"tester"_s);
    auto lead = leads.create(changes);
    if (!lead)
        qFatal("create failed: %s", qPrintable(lead.error().toString()));
    return lead->id();
}

qint64 TestScorer::addCampaign(const QString &name, QSqlDatabase database)
{
    exec(u"INSERT INTO campaigns (name, created_at) VALUES (?, 0)"_s, {name}, database);
    return scalar(u"SELECT id FROM campaigns WHERE name = ?"_s, {name}, database).toLongLong();
}

void TestScorer::addTouch(qint64 leadId, const QString &type, qint64 at, const QString &channel,
    qint64 campaignId, QSqlDatabase database)
{
    exec(u"INSERT INTO touchpoints (lead_id, type, channel, campaign_id, occurred_at, created_at) "
         "VALUES (?, ?, ?, ?, ?, 0)"_s,
        {leadId, type,
            channel.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(channel),
            campaignId > 0 ? QVariant(campaignId) : QVariant(QMetaType::fromType<qint64>()), at},
        database);
}

void TestScorer::exec(const QString &sql, const QVariantList &values, QSqlDatabase database)
{
    QSqlQuery query(database.isValid() ? database : db());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        qFatal("%s failed: %s", qPrintable(sql), qPrintable(databaseError(query, {}).toString()));
}

QVariant TestScorer::scalar(
    const QString &sql, const QVariantList &values, QSqlDatabase database) const
{
    QSqlQuery query(database.isValid() ? database : db());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        qFatal("%s failed", qPrintable(sql));
    return query.value(0);
}

Stored TestScorer::stored(qint64 leadId, QSqlDatabase database) const
{
    QSqlQuery query(database.isValid() ? database : db());
    query.prepare(u"SELECT fit_score, engagement_score, score, grade, stage, version FROM leads "
                  "WHERE id = ?"_s);
    query.addBindValue(leadId);
    if (!query.exec() || !query.next())
        qFatal("no lead %lld", leadId);
    return Stored {query.value(0).toInt(), query.value(1).toInt(), query.value(2).toInt(),
        query.value(3).toString(), query.value(4).toString(), query.value(5).toLongLong()};
}

QMap<qint64, QStringList> TestScorer::leadRows(QSqlDatabase database) const
{
    QSqlQuery query(database.isValid() ? database : db());
    if (!query.exec(u"SELECT * FROM leads ORDER BY id"_s))
        qFatal("cannot read leads");
    QMap<qint64, QStringList> rows;
    while (query.next()) {
        QStringList row;
        const QSqlRecord record = query.record();
        for (int i = 0; i < record.count(); ++i) {
            row << record.fieldName(i) + u'='
                    + (query.value(i).isNull() ? u"NULL"_s : query.value(i).toString());
        }
        rows.insert(query.value(0).toLongLong(), row);
    }
    return rows;
}

QStringList TestScorer::mqlHistory(QSqlDatabase database) const
{
    QSqlQuery query(database.isValid() ? database : db());
    if (!query.exec(u"SELECT h.lead_id, h.lead_version, h.from_stage, h.to_stage, h.at, h.actor, "
                    "h.rule, h.reason, a.entity_version, a.old_value, a.new_value, a.actor, a.at "
                    "FROM stage_history h LEFT JOIN audit_log a ON a.entity = 'lead' AND "
                    "a.entity_id = h.lead_id AND a.entity_version = h.lead_version AND "
                    "a.field = 'stage' WHERE h.to_stage = 'mql' ORDER BY h.lead_id, h.id"_s))
        qFatal("cannot read the stage history");
    QStringList out;
    while (query.next()) {
        QStringList row;
        for (int i = 0; i < 13; ++i)
            row << (query.value(i).isNull() ? u"NULL"_s : query.value(i).toString());
        out << row.join(u'|');
    }
    return out;
}

void TestScorer::saveDefinition(const QualificationDefinition &definition)
{
    auto saved = QualificationStore(db()).save(definition, u"tester"_s);
    if (!saved)
        qFatal("cannot save the definition: %s", qPrintable(saved.error().toString()));
}

// --- rule kinds ----------------------------------------------------------------------------------

void TestScorer::fitRules_data()
{
    QTest::addColumn<QJsonObject>("rule");
    QTest::addColumn<QVariantMap>("fields");
    QTest::addColumn<int>("fit");

    const QJsonObject industry = parse(R"({"kind": "fit", "name": "Industry",
        "attribute": "industry", "values": ["Software", "Logistics"], "points": 15})");
    QTest::newRow("in: exact") << industry << QVariantMap {{u"industry"_s, u"Software"_s}} << 15;
    QTest::newRow("in: other case and spaces")
        << industry << QVariantMap {{u"industry"_s, u"  LOGISTICS "_s}} << 15;
    QTest::newRow("in: other value") << industry << QVariantMap {{u"industry"_s, u"Retail"_s}} << 0;
    QTest::newRow("in: value contains one")
        << industry << QVariantMap {{u"industry"_s, u"Software services"_s}} << 0;
    QTest::newRow("in: no value") << industry << QVariantMap() << 0;

    const QJsonObject byCode = parse(R"({"kind": "fit", "name": "Market",
        "attribute": "country", "values": ["DE", "US"], "points": 10})");
    const QJsonObject byName = parse(R"({"kind": "fit", "name": "Market",
        "attribute": "country", "values": ["Germany", "united states"], "points": 10})");
    QTest::newRow("country: rule by code, lead by name")
        << byCode << QVariantMap {{u"country"_s, u"Germany"_s}} << 10;
    QTest::newRow("country: rule by code, lead by code")
        << byCode << QVariantMap {{u"country"_s, u"us"_s}} << 10;
    QTest::newRow("country: rule by code, other country")
        << byCode << QVariantMap {{u"country"_s, u"France"_s}} << 0;
    QTest::newRow("country: rule by name, lead by code")
        << byName << QVariantMap {{u"country"_s, u"DE"_s}} << 10;
    QTest::newRow("country: rule by name, lead by name")
        << byName << QVariantMap {{u"country"_s, u"United States"_s}} << 10;
    QTest::newRow("country: rule by name, other country")
        << byName << QVariantMap {{u"country"_s, u"FR"_s}} << 0;
    QTest::newRow("country: rule by lower-case code")
        << parse(R"({"kind": "fit", "name": "Market", "attribute": "country",
            "values": ["de"], "points": 10})")
        << QVariantMap {{u"country"_s, u"Deutschland"_s}} << 10;
    QTest::newRow("country: none") << byCode << QVariantMap() << 0;

    const QJsonObject midSize = parse(R"({"kind": "fit", "name": "Mid-size",
        "attribute": "employee_count", "operator": "range", "min": 51, "max": 1000,
        "points": 15})");
    QTest::newRow("range: at min") << midSize << QVariantMap {{u"employees"_s, u"51"_s}} << 15;
    QTest::newRow("range: below min") << midSize << QVariantMap {{u"employees"_s, u"50"_s}} << 0;
    QTest::newRow("range: at max") << midSize << QVariantMap {{u"employees"_s, u"1000"_s}} << 15;
    QTest::newRow("range: above max") << midSize << QVariantMap {{u"employees"_s, u"1001"_s}} << 0;
    QTest::newRow("range: band's lower bound")
        << midSize << QVariantMap {{u"employees"_s, u"201-500"_s}} << 15;
    QTest::newRow("range: no value") << midSize << QVariantMap() << 0;
    const QJsonObject tiny = parse(R"({"kind": "fit", "name": "Tiny",
        "attribute": "employee_count", "operator": "range", "max": 10, "points": -5})");
    QTest::newRow("range: open min, at max")
        << tiny << QVariantMap {{u"employees"_s, u"10"_s}} << -5;
    QTest::newRow("range: open min, above") << tiny << QVariantMap {{u"employees"_s, u"11"_s}} << 0;
    QTest::newRow("range: open min, no value") << tiny << QVariantMap() << 0;

    const QJsonObject enterprise = parse(R"({"kind": "fit", "name": "Enterprise",
        "attribute": "employee_count", "operator": "at_least", "min": 1001, "points": 10})");
    QTest::newRow("at_least: at min")
        << enterprise << QVariantMap {{u"employees"_s, u"1001"_s}} << 10;
    QTest::newRow("at_least: below")
        << enterprise << QVariantMap {{u"employees"_s, u"1000"_s}} << 0;

    // Money rules speak whole currency units; leads store cents.
    const QJsonObject revenue = parse(R"({"kind": "fit", "name": "Revenue",
        "attribute": "annual_revenue", "operator": "at_least", "min": 10000000, "points": 10})");
    QTest::newRow("money at_least: exactly 10 million")
        << revenue << QVariantMap {{u"annual_revenue"_s, u"10,000,000"_s}} << 10;
    QTest::newRow("money at_least: one cent short")
        << revenue << QVariantMap {{u"annual_revenue"_s, u"9,999,999.99"_s}} << 0;
    QTest::newRow("money at_least: 10 million cents is not 10 million")
        << revenue << QVariantMap {{u"annual_revenue"_s, u"100000"_s}} << 0;
    QTest::newRow("money at_least: well above")
        << revenue << QVariantMap {{u"annual_revenue"_s, u"25000000.50"_s}} << 10;
    const QJsonObject budget = parse(R"({"kind": "fit", "name": "Budget",
        "attribute": "bant_budget", "operator": "range", "min": 1000, "max": 5000.5,
        "points": 8})");
    QTest::newRow("money range: at min")
        << budget << QVariantMap {{u"bant_budget"_s, u"1000"_s}} << 8;
    QTest::newRow("money range: a cent below min")
        << budget << QVariantMap {{u"bant_budget"_s, u"999.99"_s}} << 0;
    QTest::newRow("money range: at fractional max")
        << budget << QVariantMap {{u"bant_budget"_s, u"5000.50"_s}} << 8;
    QTest::newRow("money range: a cent above max")
        << budget << QVariantMap {{u"bant_budget"_s, u"5000.51"_s}} << 0;

    const QJsonObject boss = parse(R"({"kind": "fit", "name": "Boss", "attribute": "title",
        "operator": "matches", "pattern": "\\b(vp|chief)\\b", "points": 20})");
    QTest::newRow("matches: lower-case pattern, upper-case title")
        << boss << QVariantMap {{u"title"_s, u"VP of Sales"_s}} << 20;
    QTest::newRow("matches: mixed case")
        << boss << QVariantMap {{u"title"_s, u"Chief Executive"_s}} << 20;
    QTest::newRow("matches: word boundary")
        << boss << QVariantMap {{u"title"_s, u"MVP coach"_s}} << 0;
    QTest::newRow("matches: no title") << boss << QVariantMap() << 0;
    QTest::newRow("matches: negative rule")
        << parse(R"({"kind": "fit", "name": "Student", "attribute": "title",
            "operator": "matches", "pattern": "STUDENT|intern", "points": -30})")
        << QVariantMap {{u"title"_s, u"Working student"_s}} << -30;

    const QJsonObject phone = parse(R"({"kind": "fit", "name": "Phone",
        "attribute": "phone_e164", "operator": "present", "points": 5})");
    QTest::newRow("present: valid phone")
        << phone << QVariantMap {{u"phone"_s, u"+1 415 555 0132"_s}} << 5;
    QTest::newRow("present: no phone") << phone << QVariantMap() << 0;
    QTest::newRow("present: zero revenue is a value")
        << parse(R"({"kind": "fit", "name": "Revenue known", "attribute": "annual_revenue",
            "operator": "present", "points": 3})")
        << QVariantMap {{u"annual_revenue"_s, u"0"_s}} << 3;
    QTest::newRow("in: source") << parse(R"({"kind": "fit", "name": "Fair", "attribute": "source",
        "values": ["TRADE SHOW"], "points": 4})")
                                << QVariantMap {{u"source"_s, u"Trade show"_s}} << 4;
}

void TestScorer::fitRules()
{
    QFETCH(QJsonObject, rule);
    QFETCH(QVariantMap, fields);
    QFETCH(int, fit);
    setRules({rule});

    // LeadService::create scores the lead as it stores it.
    const qint64 id = addLead(fields);
    const Stored after = stored(id);
    QCOMPARE(after.fit, fit);
    QCOMPARE(after.engagement, 0);
    QCOMPARE(after.score, fit);

    ScoringService scoring = service();
    auto card = scoring.explain(id);
    QVERIFY2(card, qPrintable(card ? QString() : errorText(card.error())));
    QCOMPARE(card->fit, fit);
    QCOMPARE(card->score, fit);
    QCOMPARE(card->rules.size(), fit != 0 ? 1 : 0);
    if (fit != 0) {
        const RuleOutcome &outcome = card->rules.first();
        QCOMPARE(outcome.name, rule.value(u"name"_s).toString());
        QCOMPARE(outcome.kind, ScoringRule::Kind::Fit);
        QCOMPARE(outcome.matches, 1);
        QCOMPARE(outcome.counted, double(fit));
    }

    // The bulk pass reads the same fields from the table and agrees.
    exec(u"UPDATE leads SET fit_score = 999, score = 999 WHERE id = ?"_s, {id});
    auto totals = scoring.rescoreAll();
    QVERIFY2(totals, qPrintable(totals ? QString() : errorText(totals.error())));
    QCOMPARE(totals->changed, 1);
    QCOMPARE(stored(id).fit, fit);
    QCOMPARE(stored(id).score, fit);
}

void TestScorer::engagementRules_data()
{
    QTest::addColumn<QJsonObject>("rule");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("campaign"); // name of a campaign created for the touchpoint
    QTest::addColumn<int>("engagement");

    const QJsonObject type = parse(R"({"kind": "engagement", "name": "Demo",
        "attribute": "type", "values": ["demo_request"], "points": 30})");
    QTest::newRow("type") << type << u"demo_request"_s << QString() << QString() << 30;
    QTest::newRow("type, other case") << type << u"Demo_Request"_s << QString() << QString() << 30;
    QTest::newRow("type, spaces") << type << u" demo_request "_s << QString() << QString() << 30;
    QTest::newRow("other type") << type << u"demo"_s << QString() << QString() << 0;
    QTest::newRow("type as channel") << type << u"call"_s << u"demo_request"_s << QString() << 0;
    QTest::newRow("one of two types")
        << parse(R"({"kind": "engagement", "name": "Talk", "attribute": "type",
            "values": ["call", "meeting"], "points": 5})")
        << u"meeting"_s << QString() << QString() << 5;

    const QJsonObject channel = parse(R"({"kind": "engagement", "name": "Fair",
        "attribute": "channel", "values": ["In person"], "points": 5})");
    QTest::newRow("channel") << channel << u"meeting"_s << u"In person"_s << QString() << 5;
    QTest::newRow("channel, other case")
        << channel << u"meeting"_s << u"in PERSON"_s << QString() << 5;
    QTest::newRow("other channel") << channel << u"meeting"_s << u"Video"_s << QString() << 0;
    QTest::newRow("no channel") << channel << u"meeting"_s << QString() << QString() << 0;

    const QJsonObject campaign = parse(R"({"kind": "engagement", "name": "Spring",
        "attribute": "campaign", "values": ["Spring 2026"], "points": 4})");
    QTest::newRow("campaign") << campaign << u"web_visit"_s << QString() << u"Spring 2026"_s << 4;
    QTest::newRow("campaign, other case")
        << campaign << u"web_visit"_s << QString() << u"SPRING 2026"_s << 4;
    QTest::newRow("other campaign") << campaign << u"web_visit"_s << QString() << u"Autumn"_s << 0;
    QTest::newRow("no campaign") << campaign << u"web_visit"_s << QString() << QString() << 0;
    QTest::newRow("campaign name as type")
        << campaign << u"Spring 2026"_s << QString() << QString() << 0;
}

void TestScorer::engagementRules()
{
    QFETCH(QJsonObject, rule);
    QFETCH(QString, type);
    QFETCH(QString, channel);
    QFETCH(QString, campaign);
    QFETCH(int, engagement);
    setRules({rule});
    const qint64 id = addLead({});
    const qint64 other = addLead({{u"last_name"_s, u"Other"_s}});
    const qint64 campaignId = campaign.isEmpty() ? 0 : addCampaign(campaign);
    // No half-life: the age does not matter.
    addTouch(id, type, Now - 3 * Day, channel, campaignId);
    // A touchpoint of another lead never counts for this one.
    addTouch(other, u"demo_request"_s, Now, u"In person"_s, campaignId);

    ScoringService scoring = service();
    auto outcome = scoring.rescore(id);
    QVERIFY2(outcome, qPrintable(outcome ? QString() : errorText(outcome.error())));
    QCOMPARE(outcome->card.engagement, engagement);
    QCOMPARE(outcome->card.engagementRaw, double(engagement));
    QCOMPARE(outcome->changed, engagement != 0);
    QCOMPARE(stored(id).engagement, engagement);
    QCOMPARE(stored(id).score, engagement);
    QCOMPARE(outcome->card.rules.size(), engagement != 0 ? 1 : 0);
    if (engagement != 0)
        QCOMPARE(outcome->card.rules.first().matches, 1);

    exec(u"UPDATE leads SET engagement_score = 0, score = 0"_s);
    auto totals = scoring.rescoreAll();
    QVERIFY(totals);
    QCOMPARE(totals->touchpoints, 2);
    QCOMPARE(stored(id).engagement, engagement);
}

void TestScorer::disabledRulesDoNotCount()
{
    QJsonObject fit = parse(R"({"kind": "fit", "name": "Name", "attribute": "last_name",
        "operator": "present", "points": 20})");
    QJsonObject engagement = parse(R"({"kind": "engagement", "name": "Call",
        "attribute": "type", "values": ["call"], "points": 7})");
    fit.insert(u"enabled"_s, false);
    setRules({fit, engagement});
    const qint64 id = addLead({});
    addTouch(id, u"call"_s, Now);
    ScoringService scoring = service();
    auto card = scoring.explain(id);
    QVERIFY(card);
    QCOMPARE(card->fit, 0);
    QCOMPARE(card->engagement, 7);

    engagement.insert(u"enabled"_s, false);
    fit.insert(u"enabled"_s, true);
    setRules({fit, engagement});
    card = scoring.explain(id);
    QVERIFY(card);
    QCOMPARE(card->fit, 20);
    QCOMPARE(card->engagement, 0);
    QVERIFY(scoring.rescoreAll());
    QCOMPARE(stored(id).score, 20);
}

// --- caps, decay, bounds -------------------------------------------------------------------------

void TestScorer::caps_data()
{
    QTest::addColumn<int>("points");
    QTest::addColumn<int>("cap"); // 0: none
    QTest::addColumn<int>("touches");
    QTest::addColumn<double>("counted");
    QTest::addColumn<int>("engagement");

    QTest::newRow("one under the cap") << 10 << 25 << 1 << 10.0 << 10;
    QTest::newRow("two under the cap") << 10 << 25 << 2 << 20.0 << 20;
    QTest::newRow("three over the cap") << 10 << 25 << 3 << 25.0 << 25;
    QTest::newRow("five over the cap") << 10 << 25 << 5 << 25.0 << 25;
    QTest::newRow("exactly the cap") << 5 << 25 << 5 << 25.0 << 25;
    QTest::newRow("no cap") << 10 << 0 << 5 << 50.0 << 50;
    QTest::newRow("negative, under the cap") << -10 << 25 << 2 << -20.0 << 0;
    QTest::newRow("negative, over the cap") << -10 << 25 << 3 << -25.0 << 0;
    QTest::newRow("negative, no cap") << -10 << 0 << 3 << -30.0 << 0;
}

void TestScorer::caps()
{
    QFETCH(int, points);
    QFETCH(int, cap);
    QFETCH(int, touches);
    QFETCH(double, counted);
    QFETCH(int, engagement);

    QJsonObject rule {{u"kind"_s, u"engagement"_s}, {u"name"_s, u"Rule"_s},
        {u"attribute"_s, u"type"_s}, {u"values"_s, QJsonArray {u"ping"_s}}, {u"points"_s, points}};
    if (cap > 0)
        rule.insert(u"cap"_s, cap);
    // A steady +40 so a negative rule's effect shows in the bounded engagement too.
    setRules({rule, parse(R"({"kind": "engagement", "name": "Base", "attribute": "type",
            "values": ["base"], "points": 40})")});
    const qint64 id = addLead({});
    for (int i = 0; i < touches; ++i)
        addTouch(id, u"ping"_s, Now - i * Day);

    ScoringService scoring = service();
    auto card = scoring.explain(id);
    QVERIFY(card);
    QCOMPARE(card->rules.size(), 1);
    const RuleOutcome &outcome = card->rules.first();
    QCOMPARE(outcome.matches, touches);
    QCOMPARE(outcome.points, double(points * touches));
    QCOMPARE(outcome.afterDecay, double(points * touches));
    QCOMPARE(outcome.counted, counted);
    QCOMPARE(outcome.cap, cap > 0 ? std::optional<int>(cap) : std::optional<int>());
    QCOMPARE(card->engagementRaw, counted);
    QCOMPARE(card->engagement, engagement);
    QCOMPARE(card->decayLost(), 0.0);
    // What the cap took away or held back, as a number of points.
    QCOMPARE(card->capLost(), std::abs(points * touches - counted));

    // With the steady +40 the negative points show: 40 - 25 = 15.
    addTouch(id, u"base"_s, Now);
    card = scoring.explain(id);
    QVERIFY(card);
    QCOMPARE(card->engagementRaw, 40 + counted);
    QCOMPARE(card->engagement, int(std::clamp(40 + counted, 0.0, 100.0)));

    QVERIFY(scoring.rescoreAll());
    QCOMPARE(stored(id).engagement, card->engagement);
}

void TestScorer::decay_data()
{
    QTest::addColumn<double>("halfLife"); // days; 0: no half-life
    QTest::addColumn<double>("ageDays");
    QTest::addColumn<double>("afterDecay"); // of 40 points
    QTest::addColumn<int>("engagement");

    QTest::newRow("now") << 10.0 << 0.0 << 40.0 << 40;
    QTest::newRow("one half-life") << 10.0 << 10.0 << 20.0 << 20;
    QTest::newRow("two half-lives") << 10.0 << 20.0 << 10.0 << 10;
    QTest::newRow("three half-lives") << 10.0 << 30.0 << 5.0 << 5;
    QTest::newRow("half a half-life") << 10.0 << 5.0 << 40.0 / std::sqrt(2.0) << 28;
    QTest::newRow("half-day half-life, one day") << 0.5 << 1.0 << 10.0 << 10;
    QTest::newRow("no half-life, 1000 days") << 0.0 << 1000.0 << 40.0 << 40;
    QTest::newRow("future touchpoint is not inflated") << 10.0 << -10.0 << 40.0 << 40;
    QTest::newRow("future touchpoint, no half-life") << 0.0 << -3.0 << 40.0 << 40;
}

void TestScorer::decay()
{
    QFETCH(double, halfLife);
    QFETCH(double, ageDays);
    QFETCH(double, afterDecay);
    QFETCH(int, engagement);

    QJsonObject rule {{u"kind"_s, u"engagement"_s}, {u"name"_s, u"Demo"_s},
        {u"attribute"_s, u"type"_s}, {u"values"_s, QJsonArray {u"demo_request"_s}},
        {u"points"_s, 40}};
    if (halfLife > 0)
        rule.insert(u"half_life_days"_s, halfLife);
    setRules({rule});
    const qint64 id = addLead({});
    addTouch(id, u"demo_request"_s, Now - qint64(std::llround(ageDays * Day)));

    ScoringService scoring = service();
    auto card = scoring.explain(id);
    QVERIFY(card);
    QCOMPARE(card->at, Now);
    QCOMPARE(card->rules.size(), 1);
    const RuleOutcome &outcome = card->rules.first();
    QCOMPARE(outcome.points, 40.0);
    QVERIFY2(std::abs(outcome.afterDecay - afterDecay) < 1e-9,
        qPrintable(QString::number(outcome.afterDecay, 'g', 17)));
    QVERIFY(std::abs(card->decayLost() - (40.0 - afterDecay)) < 1e-9);
    QCOMPARE(outcome.halfLifeDays,
        halfLife > 0 ? std::optional<double>(halfLife) : std::optional<double>());
    QCOMPARE(card->engagement, engagement);

    // The clock decides: a day later the points have decayed further (with a half-life).
    ScoringService later = service();
    later.setNow(Now + qint64(halfLife > 0 ? halfLife * Day : 5 * Day));
    auto cardLater = later.explain(id);
    QVERIFY(cardLater);
    const double expectedLater = halfLife > 0 ? (ageDays >= 0 ? afterDecay / 2 : 40.0) : 40.0;
    if (halfLife > 0 && ageDays < 0) {
        // The touchpoint is still in the future or just reached: never more than its points.
        QVERIFY(cardLater->rules.first().afterDecay <= 40.0);
    } else {
        QVERIFY2(std::abs(cardLater->rules.first().afterDecay - expectedLater) < 1e-9,
            qPrintable(QString::number(cardLater->rules.first().afterDecay, 'g', 17)));
    }

    QVERIFY(scoring.rescoreAll());
    QCOMPARE(stored(id).engagement, engagement);
}

void TestScorer::decayLostCountsNegativeRules()
{
    setRules({parse(R"({"kind": "engagement", "name": "Demo", "attribute": "type",
                  "values": ["demo_request"], "points": 40, "half_life_days": 10})"),
        parse(R"({"kind": "engagement", "name": "Bounce", "attribute": "type",
            "values": ["bounce"], "points": -20, "half_life_days": 10})")});
    const qint64 id = addLead({});
    addTouch(id, u"demo_request"_s, Now - 10 * Day);
    addTouch(id, u"bounce"_s, Now - 10 * Day);
    auto card = service().explain(id);
    QVERIFY(card);
    // 40 → 20 and -20 → -10: decay took 20 points from one rule and 10 from the other.
    QCOMPARE(card->engagementRaw, 10.0);
    QCOMPARE(card->engagement, 10);
    QCOMPARE(card->decayLost(), 30.0);
    QCOMPARE(card->capLost(), 0.0);
    QVERIFY2(card->toText().contains(u"Decay took away 30 points; caps held back 0."_s),
        qPrintable(card->toText()));
}

void TestScorer::engagementBounded_data()
{
    QTest::addColumn<int>("big"); // touchpoints worth +50
    QTest::addColumn<int>("bad"); // touchpoints worth -20
    QTest::addColumn<double>("raw");
    QTest::addColumn<int>("engagement");

    QTest::newRow("nothing") << 0 << 0 << 0.0 << 0;
    QTest::newRow("50") << 1 << 0 << 50.0 << 50;
    QTest::newRow("exactly 100") << 2 << 0 << 100.0 << 100;
    QTest::newRow("150 held to 100") << 3 << 0 << 150.0 << 100;
    QTest::newRow("-20 held to 0") << 0 << 1 << -20.0 << 0;
    QTest::newRow("-10 held to 0") << 1 << 3 << -10.0 << 0;
    QTest::newRow("80") << 2 << 1 << 80.0 << 80;
}

void TestScorer::engagementBounded()
{
    QFETCH(int, big);
    QFETCH(int, bad);
    QFETCH(double, raw);
    QFETCH(int, engagement);
    setRules({parse(R"({"kind": "fit", "name": "Fit", "attribute": "last_name",
                  "operator": "present", "points": 7})"),
        parse(R"({"kind": "engagement", "name": "Big", "attribute": "type", "values": ["big"],
            "points": 50})"),
        parse(R"({"kind": "engagement", "name": "Bad", "attribute": "type", "values": ["bad"],
            "points": -20})")});
    const qint64 id = addLead({});
    for (int i = 0; i < big; ++i)
        addTouch(id, u"big"_s, Now - Day);
    for (int i = 0; i < bad; ++i)
        addTouch(id, u"bad"_s, Now - Day);
    ScoringService scoring = service();
    auto outcome = scoring.rescore(id);
    QVERIFY(outcome);
    QCOMPARE(outcome->card.engagementRaw, raw);
    QCOMPARE(outcome->card.engagement, engagement);
    QCOMPARE(outcome->card.fit, 7);
    QCOMPARE(outcome->card.score, 7 + engagement); // negative engagement never eats into fit
    QCOMPARE(stored(id).score, 7 + engagement);
    QCOMPARE(outcome->card.toText().contains(u"held to the 0-100 range"_s), raw < 0 || raw > 100);
    if (raw > 100)
        QVERIFY(outcome->card.toText().contains(u"engagement 150 held to the 0-100 range"_s));
}

void TestScorer::roundingAtHalfPoints_data()
{
    QTest::addColumn<qint64>("age"); // ms
    QTest::addColumn<int>("engagement");

    // 5 points with a one-day half-life.
    QTest::newRow("exactly one half-life: 2.5 rounds up") << Day << 3;
    QTest::newRow("1 ms later: 2.49999998 rounds down") << Day + 1 << 2;
    QTest::newRow("1 ms earlier: 2.50000002 rounds up") << Day - 1 << 3;
    QTest::newRow("two half-lives: 1.25") << 2 * Day << 1;
}

void TestScorer::roundingAtHalfPoints()
{
    QFETCH(qint64, age);
    QFETCH(int, engagement);
    setRules({parse(R"({"kind": "engagement", "name": "Half", "attribute": "type",
        "values": ["ping"], "points": 5, "half_life_days": 1})")});
    const qint64 id = addLead({});
    addTouch(id, u"ping"_s, Now - age);

    ScoringService scoring = service();
    auto card = scoring.explain(id);
    QVERIFY(card);
    QCOMPARE(card->engagement, engagement);

    // The bulk pass must round the same value the same way.
    auto totals = scoring.rescoreAll();
    QVERIFY2(totals, qPrintable(totals ? QString() : errorText(totals.error())));
    QCOMPARE(stored(id).engagement, engagement);
    QCOMPARE(stored(id).score, engagement);
    auto outcome = scoring.rescore(id);
    QVERIFY(outcome);
    QVERIFY(!outcome->changed);
}

void TestScorer::negativeFitLowersScore()
{
    setRules({parse(R"({"kind": "fit", "name": "Student", "attribute": "title",
                  "operator": "matches", "pattern": "student", "points": -30})"),
        parse(R"({"kind": "fit", "name": "Market", "attribute": "country",
            "values": ["DE"], "points": 10})"),
        parse(R"({"kind": "engagement", "name": "Demo", "attribute": "type",
            "values": ["demo_request"], "points": 15})"),
        parse(R"({"kind": "engagement", "name": "Unsubscribed", "attribute": "type",
            "values": ["unsubscribe"], "points": -30, "cap": 30})")});
    const qint64 id = addLead({{u"title"_s, u"Student"_s}, {u"country"_s, u"Germany"_s}});
    QCOMPARE(stored(id), (Stored {-20, 0, -20, u"D"_s, u"new"_s, 1}));

    addTouch(id, u"demo_request"_s, Now);
    ScoringService scoring = service();
    auto outcome = scoring.rescore(id);
    QVERIFY(outcome);
    QCOMPARE(stored(id), (Stored {-20, 15, -5, u"D"_s, u"new"_s, 1}));
    // Two unsubscribes: -60 capped at -30; 15 - 30 = -15 → engagement 0.
    addTouch(id, u"unsubscribe"_s, Now);
    addTouch(id, u"unsubscribe"_s, Now);
    outcome = scoring.rescore(id);
    QVERIFY(outcome);
    QCOMPARE(outcome->card.engagementRaw, -15.0);
    QCOMPARE(stored(id), (Stored {-20, 0, -20, u"D"_s, u"new"_s, 1}));
}

void TestScorer::gradeBoundaries_data()
{
    QTest::addColumn<int>("gradeA"); // 0: the shipped definition (50 / 30 / 10)
    QTest::addColumn<int>("gradeB");
    QTest::addColumn<int>("gradeC");
    QTest::addColumn<int>("fit");
    QTest::addColumn<QString>("grade");

    const struct
    {
        int fit;
        const char *grade;
    } shipped[] = {{-5, "D"}, {9, "D"}, {10, "C"}, {11, "C"}, {29, "C"}, {30, "B"}, {31, "B"},
        {49, "B"}, {50, "A"}, {51, "A"}};
    for (const auto &row : shipped) {
        QTest::addRow("shipped, fit %d", row.fit)
            << 0 << 0 << 0 << row.fit << QString::fromLatin1(row.grade);
    }
    const struct
    {
        int fit;
        const char *grade;
    } custom[] = {{4, "D"}, {5, "C"}, {6, "C"}, {19, "C"}, {20, "B"}, {21, "B"}, {39, "B"},
        {40, "A"}, {41, "A"}};
    for (const auto &row : custom) {
        QTest::addRow("40/20/5, fit %d", row.fit)
            << 40 << 20 << 5 << row.fit << QString::fromLatin1(row.grade);
    }
}

void TestScorer::gradeBoundaries()
{
    QFETCH(int, gradeA);
    QFETCH(int, gradeB);
    QFETCH(int, gradeC);
    QFETCH(int, fit);
    QFETCH(QString, grade);
    if (gradeA > 0) {
        QualificationDefinition d = QualificationDefinition::shipped();
        d.gradeA = gradeA;
        d.gradeB = gradeB;
        d.gradeC = gradeC;
        saveDefinition(d);
    }
    setRules({QJsonObject {{u"kind"_s, u"fit"_s}, {u"name"_s, u"Fit"_s},
        {u"attribute"_s, u"last_name"_s}, {u"operator"_s, u"present"_s}, {u"points"_s, fit}}});
    const qint64 id = addLead({});
    QCOMPARE(stored(id).fit, fit);
    QCOMPARE(stored(id).grade, grade);
    auto card = service().explain(id);
    QVERIFY(card);
    QCOMPARE(QString(card->grade), grade);
    exec(u"UPDATE leads SET grade = 'X'"_s);
    QVERIFY(service().rescoreAll());
    QCOMPARE(stored(id).grade, grade);
}

// --- automatic MQL -------------------------------------------------------------------------------

void TestScorer::autoMqlOnCreate()
{
    setRules({parse(R"({"kind": "fit", "name": "Boss", "attribute": "title",
                  "operator": "matches", "pattern": "ceo", "points": 45})"),
        parse(R"({"kind": "fit", "name": "Software", "attribute": "industry",
            "values": ["Software"], "points": 25})")});
    // 70 ≥ 60: the lead is MQL as soon as it is stored.
    const qint64 id = addLead({{u"title"_s, u"CEO"_s}, {u"industry"_s, u"Software"_s}});
    QCOMPARE(stored(id), (Stored {70, 0, 70, u"A"_s, u"mql"_s, 2}));
    // 45 < 60 stays new.
    const qint64 below = addLead({{u"title"_s, u"CEO"_s}});
    QCOMPARE(stored(below), (Stored {45, 0, 45, u"B"_s, u"new"_s, 1}));

    QSqlQuery history(db());
    QVERIFY(history.exec(u"SELECT lead_version, from_stage, to_stage, actor, rule, reason "
                         "FROM stage_history WHERE lead_id = %1 ORDER BY id"_s.arg(id)));
    QVERIFY(history.next()); // created as new
    QCOMPARE(history.value(2).toString(), u"new"_s);
    QVERIFY(history.value(4).isNull());
    QVERIFY(history.next()); // moved by the score
    QCOMPARE(history.value(0).toLongLong(), 2);
    QCOMPARE(history.value(1).toString(), u"new"_s);
    QCOMPARE(history.value(2).toString(), u"mql"_s);
    QCOMPARE(history.value(3).toString(), u"Leadflow scoring"_s);
    QCOMPARE(history.value(4).toString(), u"mql_threshold"_s);
    QCOMPARE(history.value(5).toString(),
        u"Score 70 reached the MQL threshold 60 (qualification definition v1)."_s);
    QVERIFY(!history.next());

    QSqlQuery audit(db());
    QVERIFY(audit.exec(u"SELECT entity_version, action, field, old_value, new_value, actor "
                       "FROM audit_log WHERE entity = 'lead' AND entity_id = %1 AND "
                       "field = 'stage'"_s.arg(id)));
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toLongLong(), 2);
    QCOMPARE(audit.value(1).toString(), u"update"_s);
    QCOMPARE(audit.value(3).toString(), u"new"_s);
    QCOMPARE(audit.value(4).toString(), u"mql"_s);
    QCOMPARE(audit.value(5).toString(), u"Leadflow scoring"_s);
    QVERIFY(!audit.next());
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM stage_history WHERE lead_id = ? AND to_stage = 'mql'"_s,
                 {below})
                 .toInt(),
        0);

    // LeadService::history tells the move with its reason.
    auto entries = LeadService(db()).history(id);
    QVERIFY(entries);
    QVERIFY(std::any_of(entries->cbegin(), entries->cend(), [](const HistoryEntry &e) {
        return e.kind == HistoryEntry::Kind::StageChanged && e.newValue == u"mql"_s
            && e.reason.contains(u"threshold 60"_s);
    }));

    // A new definition version: the reason names it and its threshold.
    QualificationDefinition d = QualificationDefinition::shipped();
    d.mqlThreshold = 65;
    saveDefinition(d);
    const qint64 later = addLead({{u"title"_s, u"CEO"_s}, {u"industry"_s, u"Software"_s}});
    QCOMPARE(stored(later).stage, u"mql"_s);
    QCOMPARE(scalar(u"SELECT reason FROM stage_history WHERE lead_id = ? AND to_stage = 'mql'"_s,
                 {later})
                 .toString(),
        u"Score 70 reached the MQL threshold 65 (qualification definition v2)."_s);
}

void TestScorer::autoMqlAfterTouchpoint()
{
    setRules({parse(R"({"kind": "fit", "name": "Boss", "attribute": "title",
                  "operator": "matches", "pattern": "ceo", "points": 40})"),
        parse(R"({"kind": "engagement", "name": "Demo", "attribute": "type",
            "values": ["demo_request"], "points": 30, "cap": 30, "half_life_days": 60})")});
    const qint64 id = addLead({{u"title"_s, u"CEO"_s}});
    QCOMPARE(stored(id).stage, u"new"_s);

    ScoringService scoring = service();
    scoring.setActor(u"Robot"_s);
    // A demo 120 days ago is worth 7.5 → 8: 48, below 60.
    addTouch(id, u"demo_request"_s, Now - 120 * Day);
    auto outcome = scoring.rescore(id);
    QVERIFY(outcome);
    QVERIFY(outcome->changed);
    QVERIFY(!outcome->promoted);
    QCOMPARE(stored(id), (Stored {40, 8, 48, u"B"_s, u"new"_s, 1}));

    // A fresh one: 30 + 7.5 = 37.5 capped at 30: 70.
    addTouch(id, u"demo_request"_s, Now);
    outcome = scoring.rescore(id);
    QVERIFY(outcome);
    QVERIFY(outcome->promoted);
    QCOMPARE(outcome->card.score, 70);
    QCOMPARE(stored(id), (Stored {40, 30, 70, u"B"_s, u"mql"_s, 2}));
    QCOMPARE(mqlHistory(),
        QStringList {u"%1|2|new|mql|%2|Robot|mql_threshold|Score 70 reached the MQL threshold 60 "
                     "(qualification definition v1).|2|new|mql|Robot|%2"_s.arg(id)
                         .arg(Now)});
    QCOMPARE(scalar(u"SELECT updated_at FROM leads WHERE id = ?"_s, {id}).toLongLong(), Now);

    // Once MQL, nothing more happens.
    outcome = scoring.rescore(id);
    QVERIFY(outcome);
    QVERIFY(!outcome->promoted);
    QVERIFY(!outcome->changed);
    QCOMPARE(mqlHistory().size(), 1);
}

void TestScorer::autoMqlThroughTouchpointService()
{
    // The shipped rules: CEO (20) + Software (15) + Germany (10) = 45; a demo adds 30 → 75.
    const qint64 id = addLead(
        {{u"title"_s, u"CEO"_s}, {u"industry"_s, u"Software"_s}, {u"country"_s, u"Germany"_s}});
    QCOMPARE(stored(id), (Stored {45, 0, 45, u"B"_s, u"new"_s, 1}));
    TouchpointService touchpoints(db());
    Touchpoint visit;
    visit.leadId = id;
    visit.type = u"demo_request"_s;
    auto logged = touchpoints.log(visit);
    QVERIFY2(logged, qPrintable(logged ? QString() : errorText(logged.error())));
    QCOMPARE(stored(id), (Stored {45, 30, 75, u"B"_s, u"mql"_s, 2}));
    QCOMPARE(
        scalar(u"SELECT rule FROM stage_history WHERE lead_id = ? AND to_stage = 'mql'"_s, {id})
            .toString(),
        u"mql_threshold"_s);
}

void TestScorer::promotionByStage_data()
{
    QTest::addColumn<QString>("stage");
    QTest::addColumn<QString>("reached"); // a stage the lead was in before; empty: none
    QTest::addColumn<bool>("bulk"); // rescoreAll instead of rescore
    QTest::addColumn<bool>("promoted");
    QTest::addColumn<int>("funnelRank"); // after: the furthest stage it reached (schema 6)

    const struct
    {
        const char *stage;
        const char *reached;
        bool promoted;
        int funnelRank;
    } rows[] = {{"new", "", true, 2}, {"contacted", "", true, 2}, {"nurturing", "", true, 2},
        {"nurturing", "contacted", true, 2}, {"nurturing", "sql", true, 3},
        {"nurturing", "opportunity", true, 4}, {"mql", "", false, 0}, {"sql", "", false, 0},
        {"opportunity", "", false, 0}, {"won", "", false, 0}, {"lost", "", false, 0},
        {"disqualified", "", false, 0}};
    for (const auto &row : rows) {
        for (bool bulk : {false, true}) {
            QTest::addRow("%s%s%s, %s", row.stage, *row.reached ? " after " : "", row.reached,
                bulk ? "rescoreAll" : "rescore")
                << QString::fromLatin1(row.stage) << QString::fromLatin1(row.reached) << bulk
                << row.promoted << row.funnelRank;
        }
    }
}

void TestScorer::promotionByStage()
{
    QFETCH(QString, stage);
    QFETCH(QString, reached);
    QFETCH(bool, bulk);
    QFETCH(bool, promoted);
    QFETCH(int, funnelRank);
    // Created without rules (score 0), then put in the stage, then the rules give it 70.
    setRules({});
    const qint64 id = addLead({});
    if (!reached.isEmpty()) {
        exec(u"INSERT INTO stage_history (lead_id, lead_version, from_stage, to_stage, at, actor) "
             "VALUES (?, 1, 'new', ?, ?, 'test')"_s,
            {id, reached, Now - 10 * Day});
    }
    exec(u"UPDATE leads SET stage = ? WHERE id = ?"_s, {stage, id});
    setRules({parse(R"({"kind": "fit", "name": "Name", "attribute": "last_name",
        "operator": "present", "points": 70})")});

    ScoringService scoring = service();
    if (bulk) {
        auto totals = scoring.rescoreAll();
        QVERIFY(totals);
        QCOMPARE(totals->leads, 1);
        QCOMPARE(totals->changed, 1);
        QCOMPARE(totals->promoted, promoted ? 1 : 0);
    } else {
        auto outcome = scoring.rescore(id);
        QVERIFY(outcome);
        QVERIFY(outcome->changed);
        QCOMPARE(outcome->promoted, promoted);
    }
    const Stored after = stored(id);
    QCOMPARE(after.score, 70);
    QCOMPARE(after.stage, promoted ? u"mql"_s : stage);
    QCOMPARE(after.version, promoted ? 2 : 1);
    // The furthest stage reached: raised by the move to MQL, never lowered by it.
    QCOMPARE(scalar(u"SELECT funnel_rank FROM leads WHERE id = ?"_s, {id}).toInt(), funnelRank);
    const QStringList history = mqlHistory();
    QCOMPARE(history.size(), promoted ? 1 : 0);
    if (promoted) {
        QCOMPARE(history.first(),
            u"%1|2|%2|mql|%3|Leadflow scoring|mql_threshold|Score 70 reached the MQL threshold 60 "
            "(qualification definition v1).|2|%2|mql|Leadflow scoring|%3"_s.arg(id)
                .arg(stage)
                .arg(Now));
    }
}

void TestScorer::nurturingEdgeTrigger_data()
{
    QTest::addColumn<int>("previous"); // stored score before
    QTest::addColumn<int>("score"); // score now
    QTest::addColumn<qint64>("nurtureUntil"); // relative to Now; 0: none
    QTest::addColumn<bool>("promoted");

    QTest::newRow("crosses from below") << 40 << 70 << qint64(0) << true;
    QTest::newRow("crosses from one below") << 59 << 60 << qint64(0) << true;
    QTest::newRow("crosses, nurture date ahead") << 40 << 70 << 30 * Day << true;
    QTest::newRow("stays above") << 70 << 75 << qint64(0) << false;
    QTest::newRow("stays at the threshold") << 60 << 60 << qint64(0) << false;
    QTest::newRow("stays above, nurture date ahead") << 70 << 70 << 30 * Day << false;
    QTest::newRow("stays above, nurture date passed") << 70 << 70 << -Day << true;
    QTest::newRow("stays below") << 40 << 50 << qint64(0) << false;
    QTest::newRow("below, nurture date passed") << 40 << 59 << -Day << false;
    QTest::newRow("drops below") << 70 << 40 << qint64(0) << false;
}

void TestScorer::nurturingEdgeTrigger()
{
    QFETCH(int, previous);
    QFETCH(int, score);
    QFETCH(qint64, nurtureUntil);
    QFETCH(bool, promoted);

    // The model alone.
    ScoringModel model({}, QualificationDefinition::shipped());
    const qint64 until = nurtureUntil == 0 ? 0 : Now + nurtureUntil;
    QCOMPARE(model.promotesToMql(Stage::Nurturing, previous, score, until, Now), promoted);
    // "nurture date now": at the very moment the date passes it counts.
    QCOMPARE(model.promotesToMql(Stage::Nurturing, 70, 70, Now, Now), true);

    // Through the service, both ways.
    for (bool bulk : {false, true}) {
        cleanup();
        init();
        setRules({});
        const qint64 id = addLead({});
        exec(u"UPDATE leads SET stage = 'nurturing', score = ?, fit_score = ?, nurture_until = ? "
             "WHERE id = ?"_s,
            {previous, previous,
                until == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(until), id});
        setRules({QJsonObject {{u"kind"_s, u"fit"_s}, {u"name"_s, u"Name"_s},
            {u"attribute"_s, u"last_name"_s}, {u"operator"_s, u"present"_s},
            {u"points"_s, score}}});
        ScoringService scoring = service();
        if (bulk) {
            auto totals = scoring.rescoreAll();
            QVERIFY(totals);
            QCOMPARE(totals->promoted, promoted ? 1 : 0);
        } else {
            auto outcome = scoring.rescore(id);
            QVERIFY(outcome);
            QCOMPARE(outcome->promoted, promoted);
        }
        QCOMPARE(stored(id).score, score);
        QCOMPARE(stored(id).stage, promoted ? u"mql"_s : u"nurturing"_s);
        QCOMPARE(mqlHistory().size(), promoted ? 1 : 0);
    }
}

void TestScorer::autoMqlOff()
{
    QualificationDefinition d = QualificationDefinition::shipped();
    d.autoMql = false;
    saveDefinition(d);
    setRules({parse(R"({"kind": "fit", "name": "Name", "attribute": "last_name",
        "operator": "present", "points": 90})")});
    const qint64 id = addLead({});
    QCOMPARE(stored(id), (Stored {90, 0, 90, u"A"_s, u"new"_s, 1}));
    ScoringModel model({}, d);
    for (Stage stage : {Stage::New, Stage::Contacted, Stage::Nurturing})
        QVERIFY(!model.promotesToMql(stage, 0, 90, Now - Day, Now));

    exec(u"UPDATE leads SET score = 0"_s);
    auto outcome = service().rescore(id);
    QVERIFY(outcome);
    QVERIFY(outcome->changed);
    QVERIFY(!outcome->promoted);
    exec(u"UPDATE leads SET score = 0"_s);
    auto totals = service().rescoreAll();
    QVERIFY(totals);
    QCOMPARE(totals->promoted, 0);
    QCOMPARE(stored(id), (Stored {90, 0, 90, u"A"_s, u"new"_s, 1}));
    QVERIFY(mqlHistory().isEmpty());

    // Switched back on: the next rescore moves it.
    d.autoMql = true;
    saveDefinition(d);
    outcome = service().rescore(id);
    QVERIFY(outcome);
    QVERIFY(outcome->promoted);
    QVERIFY(!outcome->changed); // the scores were already right
    QCOMPARE(stored(id).stage, u"mql"_s);
    QVERIFY(mqlHistory().first().contains(u"(qualification definition v3)"_s));
}

// --- explanation ---------------------------------------------------------------------------------

void TestScorer::explanation()
{
    setRules({parse(R"({"kind": "fit", "name": "Software", "attribute": "industry",
                  "values": ["Software"], "points": 15})"),
        parse(R"({"kind": "fit", "name": "Boss", "attribute": "title", "operator": "matches",
            "pattern": "\\bvp\\b", "points": 20})"),
        parse(R"({"kind": "fit", "name": "Student", "attribute": "title", "operator": "matches",
            "pattern": "student", "points": -30})"),
        parse(R"({"kind": "engagement", "name": "Asked for a demo", "attribute": "type",
            "values": ["demo_request"], "points": 30, "cap": 30, "half_life_days": 60})"),
        parse(R"({"kind": "engagement", "name": "Visited the website", "attribute": "type",
            "values": ["web_visit"], "points": 3, "half_life_days": 7})"),
        parse(R"({"kind": "engagement", "name": "Unsubscribed", "attribute": "type",
            "values": ["unsubscribe"], "points": -30, "cap": 30})"),
        parse(R"({"kind": "engagement", "name": "Never matched", "attribute": "type",
            "values": ["fax"], "points": 10})")});
    const qint64 id = addLead({{u"industry"_s, u"Software"_s}, {u"title"_s, u"VP Sales"_s}});
    // Demos now and one and two half-lives ago: 30 + 15 + 7.5 = 52.5, capped at 30.
    for (int days : {0, 60, 120})
        addTouch(id, u"demo_request"_s, Now - days * Day);
    // Visits one and two half-lives ago: 1.5 + 0.75 = 2.25.
    for (int days : {7, 14})
        addTouch(id, u"web_visit"_s, Now - days * Day);
    // Two unsubscribes: -60, held at -30; no half-life.
    addTouch(id, u"unsubscribe"_s, Now - 100 * Day);
    addTouch(id, u"unsubscribe"_s, Now - 50 * Day);

    auto rules = ScoringRuleStore(db()).list();
    QVERIFY(rules);
    ScoringService scoring = service();
    auto card = scoring.explain(id);
    QVERIFY(card);
    // fit 35; engagement 30 + 2.25 - 30 = 2.25 → 2; score 37; grade B.
    QCOMPARE(card->fit, 35);
    QCOMPARE(card->engagementRaw, 2.25);
    QCOMPARE(card->engagement, 2);
    QCOMPARE(card->score, 37);
    QCOMPARE(card->grade, QChar(u'B'));
    QCOMPARE(card->at, Now);

    QStringList names;
    for (const RuleOutcome &rule : card->rules)
        names << rule.name;
    QCOMPARE(names,
        (QStringList {u"Software"_s, u"Boss"_s, u"Asked for a demo"_s, u"Visited the website"_s,
            u"Unsubscribed"_s}));
    const auto ruleId = [&](const QString &name) {
        for (const ScoringRule &rule : std::as_const(*rules)) {
            if (rule.name == name)
                return rule.id;
        }
        return qint64(-1);
    };
    for (const RuleOutcome &rule : card->rules)
        QCOMPARE(rule.ruleId, ruleId(rule.name));

    const RuleOutcome &software = card->rules[0];
    QCOMPARE(software.kind, ScoringRule::Kind::Fit);
    QCOMPARE(software.condition, u"industry is one of Software"_s);
    QCOMPARE(software.counted, 15.0);
    const RuleOutcome &demo = card->rules[2];
    QCOMPARE(demo.kind, ScoringRule::Kind::Engagement);
    QCOMPARE(demo.matches, 3);
    QCOMPARE(demo.points, 90.0);
    QCOMPARE(demo.afterDecay, 52.5);
    QCOMPARE(demo.counted, 30.0);
    QCOMPARE(demo.cap, std::optional<int>(30));
    QCOMPARE(demo.halfLifeDays, std::optional<double>(60));
    QCOMPARE(demo.condition, u"type is one of demo_request"_s);
    const RuleOutcome &visit = card->rules[3];
    QCOMPARE(visit.matches, 2);
    QCOMPARE(visit.points, 6.0);
    QCOMPARE(visit.afterDecay, 2.25);
    QCOMPARE(visit.counted, 2.25);
    QVERIFY(!visit.cap);
    const RuleOutcome &unsubscribed = card->rules[4];
    QCOMPARE(unsubscribed.matches, 2);
    QCOMPARE(unsubscribed.points, -60.0);
    QCOMPARE(unsubscribed.afterDecay, -60.0);
    QCOMPARE(unsubscribed.counted, -30.0);

    // Decay took 37.5 (demo) + 3.75 (visits); the caps held back 22.5 (demo) and 30 (unsubscribe).
    QCOMPARE(card->decayLost(), 41.25);
    QCOMPARE(card->capLost(), 52.5);

    const QString text = card->toText();
    QVERIFY2(text.contains(u"Score 37 = fit 35 + engagement 2; grade B."_s), qPrintable(text));
    for (const QString &name : std::as_const(names))
        QVERIFY2(text.contains(name), qPrintable(name));
    QVERIFY(!text.contains(u"Never matched"_s));
    QVERIFY(!text.contains(u"Student"_s));
    QVERIFY2(text.contains(u"+15  Software  (industry is one of Software)"_s), qPrintable(text));
    QVERIFY2(text.contains(u"+30  Asked for a demo  (3 touchpoint(s), 90 points, 52.5 after decay "
                           "with a 60-day half-life, capped at 30)"_s),
        qPrintable(text));
    QVERIFY2(text.contains(u"-30  Unsubscribed  (2 touchpoint(s), -60 points, capped at 30)"_s),
        qPrintable(text));
    QVERIFY2(text.contains(u"caps held back 52.5."_s), qPrintable(text));
    QVERIFY(!text.contains(u"held to the 0-100 range"_s));

    // The clock: fixed for tests, the system's otherwise.
    QCOMPARE(scoring.now(), Now);
    ScoringService system(db());
    QVERIFY(std::abs(system.now() - QDateTime::currentMSecsSinceEpoch()) < 60'000);

    // explain() writes nothing.
    const Stored before = stored(id);
    QVERIFY(scoring.explain(id));
    QCOMPARE(stored(id), before);

    // A lead no rule applies to says so.
    const qint64 plain = addLead({{u"last_name"_s, u"Plain"_s}});
    auto empty = scoring.explain(plain);
    QVERIFY(empty);
    QVERIFY(empty->rules.isEmpty());
    QCOMPARE(empty->decayLost(), 0.0);
    QCOMPARE(empty->capLost(), 0.0);
    QVERIFY(empty->toText().contains(u"no fit rule applies"_s));
    QVERIFY(empty->toText().contains(u"no engagement rule applies"_s));

    auto missing = scoring.explain(9999);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
}

void TestScorer::modelPieces()
{
    QList<ScoringRule> rules;
    for (const char *json : {R"({"kind": "fit", "name": "Market", "attribute": "country",
             "values": ["Germany", "us"], "points": 10})",
             R"({"kind": "fit", "name": "Revenue", "attribute": "annual_revenue",
             "operator": "range", "min": 100, "max": 200, "points": 5})",
             R"({"kind": "engagement", "name": "Demo", "attribute": "type",
             "values": ["demo_request"], "points": 30, "cap": 45, "half_life_days": 2})",
             R"({"kind": "engagement", "name": "Fair", "attribute": "channel",
             "values": ["In person"], "points": -5, "cap": 8})",
             R"({"kind": "engagement", "name": "Spring", "attribute": "campaign",
             "values": ["Spring 2026"], "points": 4})"}) {
        auto rule = ScoringRule::fromJson(parse(json));
        QVERIFY2(rule, json);
        rules << *rule;
    }
    ScoringModel model(rules, QualificationDefinition::shipped());
    QCOMPARE(model.fitRules().size(), 2);
    QCOMPARE(model.engagementRules().size(), 3);
    QCOMPARE(model.definition(), QualificationDefinition::shipped());

    // Countries: leads store ISO codes; the rule was written with a name and a lower-case code.
    QVERIFY(model.fitMatches(0, QVariant(u"DE"_s)));
    QVERIFY(model.fitMatches(0, QVariant(u"US"_s)));
    QVERIFY(!model.fitMatches(0, QVariant(u"FR"_s)));
    QVERIFY(!model.fitMatches(0, QVariant()));
    // Money: 100-200 units = 10000-20000 cents.
    QVERIFY(model.fitMatches(1, QVariant(qint64(10'000))));
    QVERIFY(model.fitMatches(1, QVariant(qint64(20'000))));
    QVERIFY(!model.fitMatches(1, QVariant(qint64(20'001))));
    QVERIFY(!model.fitMatches(1, QVariant(qint64(150))));

    QCOMPARE(model.engagementMask(u"demo_request"_s, {}, {}), quint64(0b001));
    QCOMPARE(model.engagementMask(u"DEMO_REQUEST"_s, u"in person"_s, {}), quint64(0b011));
    QCOMPARE(model.engagementMask(u"call"_s, u"In person"_s, u"Spring 2026"_s), quint64(0b110));
    QCOMPARE(model.engagementMask(u"call"_s, {}, {}), quint64(0));

    QCOMPARE(model.decayWeight(0, 0), 1.0);
    QCOMPARE(model.decayWeight(0, 2 * Day), 0.5);
    QCOMPARE(model.decayWeight(0, 4 * Day), 0.25);
    QCOMPARE(model.decayWeight(0, -Day), 1.0);
    QCOMPARE(model.decayWeight(1, 1000 * Day), 1.0); // no half-life

    QCOMPARE(model.capped(0, 50.0), 45.0);
    QCOMPARE(model.capped(0, 44.5), 44.5);
    QCOMPARE(model.capped(1, -20.0), -8.0);
    QCOMPARE(model.capped(2, 400.0), 400.0); // no cap

    ScoreCard card;
    card.fit = 12;
    card.engagementRaw = 99.5;
    model.finish(card);
    QCOMPARE(card.engagement, 100);
    QCOMPARE(card.score, 112);
    QCOMPARE(card.grade, QChar(u'C'));
    card.engagementRaw = -0.4;
    model.finish(card);
    QCOMPARE(card.engagement, 0);
    QCOMPARE(card.score, 12);

    // score() from facts: fit 10 (DE), demo now 30 + demo 2 days ago 15 = 45 (cap 45),
    // fair -5 × 2 = -10 held at -8, campaign 4: 41.
    Lead lead;
    lead.setValue(LeadField::Country, u"DE"_s);
    const QList<TouchFacts> touches {{Now, u"demo_request"_s, u"In person"_s, {}},
        {Now - 2 * Day, u"demo_request"_s, {}, u"Spring 2026"_s},
        {Now - 9 * Day, u"call"_s, u"In person"_s, {}}};
    const ScoreCard scored = model.score(lead, touches, Now);
    QCOMPARE(scored.fit, 10);
    QCOMPARE(scored.engagementRaw, 41.0);
    QCOMPARE(scored.engagement, 41);
    QCOMPARE(scored.score, 51);
    QCOMPARE(scored.grade, QChar(u'C')); // from fit alone
    QCOMPARE(scored.rules.size(), 4);

    // mqlReason names the score, the threshold and the version.
    QualificationDefinition v7 = QualificationDefinition::shipped();
    v7.version = 7;
    v7.mqlThreshold = 55;
    ScoringModel seven({}, v7);
    QCOMPARE(seven.mqlReason(58),
        u"Score 58 reached the MQL threshold 55 (qualification definition v7)."_s);
}

// --- incremental and bulk ------------------------------------------------------------------------

void TestScorer::touchpointChangesOnlyItsLead()
{
    // The shipped rules, the system clock (as the application runs).
    QList<qint64> ids;
    ids << addLead({{u"title"_s, u"CTO"_s}, {u"industry"_s, u"Software"_s}});
    ids << addLead({{u"industry"_s, u"Logistics"_s}, {u"employees"_s, u"200"_s}});
    ids << addLead({{u"country"_s, u"France"_s}}); // the one to change: no touchpoints yet
    ids << addLead({{u"title"_s, u"Student"_s}});
    ids << addLead({{u"employees"_s, u"5000"_s}, {u"phone"_s, u"+1 415 555 0132"_s}});
    TouchpointService touchpoints(db());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (qint64 id : {ids[0], ids[1], ids[3], ids[4]}) {
        for (const QString &type : {u"web_visit"_s, u"email_click"_s, u"webinar_attended"_s}) {
            Touchpoint t;
            t.leadId = id;
            t.type = type;
            t.at = now.addDays(-int(id) * 3);
            QVERIFY(touchpoints.log(t));
        }
    }
    const QMap<qint64, QStringList> before = leadRows();
    const Stored target = stored(ids[2]);
    QCOMPARE(target.fit, 10); // Core market
    QCOMPARE(target.engagement, 0);

    Touchpoint demo;
    demo.leadId = ids[2];
    demo.type = u"demo_request"_s;
    demo.at = now;
    QVERIFY(touchpoints.log(demo));

    const QMap<qint64, QStringList> after = leadRows();
    QCOMPARE(after.keys(), before.keys());
    for (qint64 id : before.keys()) {
        if (id != ids[2]) {
            QCOMPARE(after[id], before[id]);
            continue;
        }
        // Only the scores of the lead itself changed: +30 engagement, kept in its state too.
        QStringList changed;
        for (qsizetype i = 0; i < before[id].size(); ++i) {
            if (before[id][i] != after[id][i])
                changed << before[id][i].section(u'=', 0, 0);
        }
        QCOMPARE(changed, (QStringList {u"score"_s, u"engagement_score"_s, u"engagement_state"_s}));
    }
    QCOMPARE(stored(ids[2]), (Stored {10, 30, 40, u"C"_s, u"new"_s, 1}));
}

void TestScorer::leadEditChangesOnlyThatLead()
{
    setRules({parse(R"({"kind": "fit", "name": "Boss", "attribute": "title",
                  "operator": "matches", "pattern": "ceo", "points": 25})"),
        parse(R"({"kind": "engagement", "name": "Call", "attribute": "type", "values": ["call"],
            "points": 5})")});
    QList<qint64> ids;
    for (int i = 0; i < 4; ++i)
        ids << addLead({{u"last_name"_s, u"Lead %1"_s.arg(i)}});
    for (qint64 id : ids)
        addTouch(id, u"call"_s, Now);
    // Stored scores are stale now (the touchpoints came in by SQL): the edit of one lead must not
    // bring the others up to date.
    const QMap<qint64, QStringList> before = leadRows();
    LeadService leads(db());
    auto updated = leads.update(ids[1], 1, {{LeadField::Title, u"CEO"_s}});
    QVERIFY2(updated, qPrintable(updated ? QString() : errorText(updated.error())));
    QCOMPARE(updated->integer(LeadField::FitScore), 25);
    QCOMPARE(updated->integer(LeadField::EngagementScore), 5);
    QCOMPARE(updated->integer(LeadField::Score), 30);
    const QMap<qint64, QStringList> after = leadRows();
    for (qint64 id : ids) {
        if (id != ids[1])
            QCOMPARE(after[id], before[id]);
    }
    QVERIFY(after[ids[1]] != before[ids[1]]);
}

void TestScorer::deletedLeadIsNotScored()
{
    setRules({parse(R"({"kind": "fit", "name": "Name", "attribute": "last_name",
        "operator": "present", "points": 20})")});
    const qint64 id = addLead({});
    const qint64 kept = addLead({{u"last_name"_s, u"Kept"_s}});
    QVERIFY(LeadService(db()).remove(id));
    exec(u"UPDATE leads SET score = 3, fit_score = 3"_s);
    const QMap<qint64, QStringList> before = leadRows();

    ScoringService scoring = service();
    auto outcome = scoring.rescore(id);
    QVERIFY(outcome);
    QVERIFY(!outcome->changed);
    QVERIFY(!outcome->promoted);
    QCOMPARE(leadRows(), before);

    auto totals = scoring.rescoreAll();
    QVERIFY(totals);
    QCOMPARE(totals->leads, 1);
    QCOMPARE(totals->changed, 1);
    QCOMPARE(leadRows()[id], before[id]);
    QCOMPARE(stored(kept).score, 20);

    auto missing = scoring.rescore(12345);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
}

QList<qint64> TestScorer::buildMixedFixture(QSqlDatabase database)
{
    setRules(
        {
            parse(R"({"kind": "fit", "name": "Software", "attribute": "industry",
                "values": ["Software", "Logistics"], "points": 15})"),
            parse(R"({"kind": "fit", "name": "Mid-size", "attribute": "employee_count",
                "operator": "range", "min": 51, "max": 1000, "points": 15})"),
            parse(R"({"kind": "fit", "name": "Enterprise", "attribute": "employee_count",
                "operator": "at_least", "min": 1001, "points": 10})"),
            parse(R"({"kind": "fit", "name": "Boss", "attribute": "title",
                "operator": "matches", "pattern": "\\b(vp|director|chief)\\b", "points": 20})"),
            parse(R"({"kind": "fit", "name": "Market", "attribute": "country",
                "values": ["Germany", "fr", "US"], "points": 10})"),
            parse(R"({"kind": "fit", "name": "Revenue", "attribute": "annual_revenue",
                "operator": "at_least", "min": 1000000, "points": 10})"),
            parse(R"({"kind": "fit", "name": "Phone", "attribute": "phone_e164",
                "operator": "present", "points": 5})"),
            parse(R"({"kind": "fit", "name": "Student", "attribute": "title",
                "operator": "matches", "pattern": "student|intern", "points": -30})"),
            parse(R"({"kind": "engagement", "name": "Demo", "attribute": "type",
                "values": ["demo_request"], "points": 30, "cap": 30, "half_life_days": 60})"),
            parse(R"({"kind": "engagement", "name": "Visit", "attribute": "type",
                "values": ["web_visit"], "points": 3, "cap": 10, "half_life_days": 7})"),
            parse(R"({"kind": "engagement", "name": "Fair", "attribute": "channel",
                "values": ["In person"], "points": 5, "cap": 10, "half_life_days": 90})"),
            parse(R"({"kind": "engagement", "name": "Spring", "attribute": "campaign",
                "values": ["Spring 2026"], "points": 4, "cap": 12, "half_life_days": 30})"),
            parse(R"({"kind": "engagement", "name": "Unsubscribed", "attribute": "type",
                "values": ["unsubscribe"], "points": -30, "cap": 30})"),
            parse(R"({"kind": "engagement", "name": "Opened", "attribute": "type",
                "values": ["email_open"], "points": 1})"),
            parse(R"({"kind": "engagement", "name": "Half", "attribute": "type",
                "values": ["half_point"], "points": 5, "half_life_days": 1})"),
            parse(R"({"kind": "engagement", "name": "Call", "attribute": "type",
                "values": ["call"], "points": 7, "cap": 15, "half_life_days": 3})"),
        },
        database);
    const qint64 spring = addCampaign(u"Spring 2026"_s, database);
    const qint64 autumn = addCampaign(u"Autumn 2025"_s, database);

    // A small deterministic generator: the same fixture in every database.
    quint32 state = 20260301;
    const auto next = [&state](quint32 n) {
        state = state * 1664525u + 1013904223u;
        return (state >> 8) % n;
    };
    const QStringList industries {u"Software"_s, u"logistics"_s, u"Retail"_s, QString()};
    const QStringList titles {u"VP Sales"_s, u"Director of IT"_s, u"Working Student"_s,
        u"Engineer"_s, QString(), u"Chief of Staff"_s};
    const QStringList countries {u"Germany"_s, u"FR"_s, u"United States"_s, u"Spain"_s, QString()};
    const QStringList employees {
        u"10"_s, u"51"_s, u"201-500"_s, u"1000"_s, u"1001"_s, u"5000"_s, QString()};
    const QStringList revenues {u"999,999.99"_s, u"1000000"_s, u"50000"_s, QString()};
    const QStringList types {u"demo_request"_s, u"web_visit"_s, u"email_open"_s, u"call"_s,
        u"unsubscribe"_s, u"half_point"_s, u"Web_Visit"_s, u"note"_s};
    const QStringList channels {u"In person"_s, u"Email"_s, QString(), u"in person"_s};
    // Ages that sit on half-lives and .5 boundaries, and a few in the future.
    const QList<qint64> ages {0, Day, Day + 1, Day - 1, 2 * Day, 3 * Day, 7 * Day, 14 * Day,
        30 * Day, 60 * Day, 90 * Day, 120 * Day, 365 * Day, -Day, -3 * Day, 12'345'678,
        45 * Day + 7};

    QList<qint64> ids;
    for (int i = 0; i < 60; ++i) {
        QVariantMap fields {{u"last_name"_s, u"Lead %1"_s.arg(i)}};
        const auto pick = [&](const QString &key, const QStringList &list) {
            const QString value = list[qsizetype(next(quint32(list.size())))];
            if (!value.isEmpty())
                fields.insert(key, value);
        };
        pick(u"industry"_s, industries);
        pick(u"title"_s, titles);
        pick(u"country"_s, countries);
        pick(u"employees"_s, employees);
        pick(u"annual_revenue"_s, revenues);
        if (next(3) == 0)
            fields.insert(u"phone"_s, u"+1 415 555 01%1"_s.arg(10 + i));
        ids << addLead(fields, database);
    }
    // Stages: most new; some contacted, nurturing (with and without a date), SQL, lost.
    for (int i = 0; i < ids.size(); ++i) {
        const quint32 roll = next(10);
        QString stage;
        QVariant until = QVariant(QMetaType::fromType<qint64>());
        if (roll == 0)
            stage = u"contacted"_s;
        else if (roll == 1)
            stage = u"sql"_s;
        else if (roll == 2)
            stage = u"lost"_s;
        else if (roll == 3) {
            stage = u"nurturing"_s;
            until = next(2) == 0 ? QVariant(Now - Day) : QVariant(Now + 10 * Day);
        }
        if (!stage.isEmpty())
            exec(u"UPDATE leads SET stage = ?, nurture_until = ? WHERE id = ?"_s,
                {stage, until, ids[i]}, database);
    }
    // Touchpoints in random storage order (not by lead, not by time).
    for (int n = 0; n < 900; ++n) {
        const qint64 lead = ids[qsizetype(next(quint32(ids.size())))];
        const quint32 roll = next(10);
        const qint64 campaign = roll == 0 ? spring : roll == 1 ? autumn : 0;
        addTouch(lead, types[qsizetype(next(quint32(types.size())))],
            Now - ages[qsizetype(next(quint32(ages.size())))],
            channels[qsizetype(next(quint32(channels.size())))], campaign, database);
    }
    // The .5 boundary, by hand: 5 points one half-life and 1 ms ago is 2.49999998 → 2.
    const qint64 boundary = addLead({{u"last_name"_s, u"Boundary"_s}}, database);
    addTouch(boundary, u"half_point"_s, Now - Day - 1, {}, 0, database);
    ids << boundary;
    // A deleted lead with touchpoints, and touchpoints of a lead id that does not exist.
    const qint64 deleted = addLead({{u"last_name"_s, u"Deleted"_s}}, database);
    addTouch(deleted, u"demo_request"_s, Now, {}, 0, database);
    if (!LeadService(database).remove(deleted))
        qFatal("cannot delete");
    ids << deleted;
    return ids;
}

void TestScorer::engagementStatesFollowTouchpointsAndTime()
{
    // After a first (full) pass each lead keeps its engagement as decayed per-rule sums. Later
    // passes start from them: time passing, touchpoints written in bulk (as an import writes
    // them, backdated and future-dated ones too), touchpoints logged one by one (already in the
    // lead's state: must not count twice), and rule changes (states distrusted: a full pass).
    // After every pass each lead must store exactly what explain() computes at that moment.
    const QList<qint64> ids = buildMixedFixture(db());
    const auto checkAll = [&](const ScoringService &scoring, const char *when) {
        for (qint64 id : ids) {
            if (!scalar(u"SELECT deleted_at IS NULL FROM leads WHERE id = ?"_s, {id}).toBool())
                continue;
            auto card = scoring.explain(id);
            QVERIFY(card);
            const Stored st = stored(id);
            QVERIFY2(st.engagement == card->engagement && st.score == card->score,
                qPrintable(u"%1: lead %2 stored %3/%4, explain %5/%6"_s.arg(QLatin1StringView(when))
                               .arg(id)
                               .arg(st.engagement)
                               .arg(st.score)
                               .arg(card->engagement)
                               .arg(card->score)));
        }
    };

    ScoringService first = service();
    auto pass = first.rescoreAll();
    QVERIFY2(pass, qPrintable(pass ? QString() : errorText(pass.error())));
    QVERIFY(pass->fullPass);
    QCOMPARE(pass->touchpoints, 902);
    checkAll(first, "first pass");

    // Ten days on, nothing new: no touchpoint is read, the states decay forward.
    ScoringService later = service();
    later.setNow(Now + 10 * Day);
    pass = later.rescoreAll();
    QVERIFY(pass && !pass->fullPass);
    QCOMPARE(pass->touchpoints, 0);
    QVERIFY(pass->changed > 0); // decay moved some engagement
    checkAll(later, "ten days later");

    // Bulk touchpoints, some before a lead's state moment, some after, one in the future.
    addTouch(ids[0], u"demo_request"_s, Now + 9 * Day);
    addTouch(ids[0], u"web_visit"_s, Now - 40 * Day);
    addTouch(ids[1], u"call"_s, Now + 12 * Day);
    addTouch(ids[2], u"unsubscribe"_s, Now + 10 * Day);
    addTouch(ids[3], u"half_point"_s, Now + 10 * Day - 1);
    // One logged through the service: the lead is rescored at once and its state includes it.
    TouchpointService touchpoints(db());
    Touchpoint logged;
    logged.leadId = ids[4];
    logged.type = u"call"_s;
    logged.at = QDateTime::currentDateTimeUtc().addDays(-1);
    QVERIFY(touchpoints.log(logged));
    // The service rescored that lead by the system clock; the next pass runs a day after it.
    ScoringService bulkLater = service();
    bulkLater.setNow(QDateTime::currentMSecsSinceEpoch() + Day);
    pass = bulkLater.rescoreAll();
    QVERIFY(pass && !pass->fullPass);
    QCOMPARE(pass->touchpoints, 6); // the logged one is read too, but is already in its state
    checkAll(bulkLater, "after bulk touchpoints");

    // A rule change: every touchpoint is read again.
    ScoringRuleStore rules(db());
    auto all = rules.list();
    QVERIFY(all && !all->isEmpty());
    ScoringRule changed = all->constLast();
    changed.points += 1;
    QVERIFY(rules.update(changed));
    pass = bulkLater.rescoreAll();
    QVERIFY(pass && pass->fullPass);
    QCOMPARE(pass->touchpoints, 908);
    checkAll(bulkLater, "after a rule change");
}

void TestScorer::rescoreAllEqualsRescore()
{
    // The same fixture in two databases: one rescored in bulk, one lead by lead.
    const std::unique_ptr<Database> other = openDatabase();
    const QList<qint64> ids = buildMixedFixture(db());
    QCOMPARE(buildMixedFixture(other->connection()), ids);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM touchpoints"_s).toInt(), 902);

    ScoringService bulk = service();
    auto totals = bulk.rescoreAll();
    QVERIFY2(totals, qPrintable(totals ? QString() : errorText(totals.error())));
    QCOMPARE(totals->leads, ids.size() - 1); // not the deleted one
    QCOMPARE(totals->touchpoints, 902);

    ScoringService single = service(other->connection());
    qint64 changed = 0;
    qint64 promoted = 0;
    for (qint64 id : ids) {
        auto outcome = single.rescore(id);
        QVERIFY2(outcome, qPrintable(outcome ? QString() : errorText(outcome.error())));
        changed += outcome->changed ? 1 : 0;
        promoted += outcome->promoted ? 1 : 0;
    }
    QCOMPARE(totals->changed, changed);
    QCOMPARE(totals->promoted, promoted);
    QVERIFY(changed > 40);
    QVERIFY(promoted > 3);

    int mismatches = 0;
    for (qint64 id : ids) {
        const Stored a = stored(id);
        const Stored b = stored(id, other->connection());
        if (a != b) {
            ++mismatches;
            auto card = single.explain(id);
            qWarning("lead %lld: rescoreAll %s, rescore %s (engagement raw %.10f)", id,
                QTest::toString(a), QTest::toString(b), card ? card->engagementRaw : -1.0);
        }
        // And both store what explain() computes.
        auto card = bulk.explain(id);
        QVERIFY(card);
        if (!scalar(u"SELECT deleted_at IS NULL FROM leads WHERE id = ?"_s, {id}).toBool())
            continue;
        QCOMPARE(a.fit, card->fit);
        QCOMPARE(a.engagement, card->engagement);
        QCOMPARE(a.score, card->score);
        QCOMPARE(a.grade, QString(card->grade));
    }
    QCOMPARE(mismatches, 0);
    // The moves to MQL of this pass (leads created at 60 or more moved at creation, by the
    // system clock) are the same, with the same reasons.
    const auto thisPass = [](const QStringList &rows) {
        QStringList out;
        for (const QString &row : rows) {
            if (row.section(u'|', 4, 4) == QString::number(Now))
                out << row;
        }
        return out;
    };
    QCOMPARE(thisPass(mqlHistory()).size(), promoted);
    QCOMPARE(thisPass(mqlHistory()), thisPass(mqlHistory(other->connection())));
    QCOMPARE(mqlHistory().size(), mqlHistory(other->connection()).size());
    QCOMPARE(stored(ids[ids.size() - 2]).engagement, 2); // the .5 boundary lead
    QCOMPARE(scalar(u"SELECT value FROM settings WHERE key = 'scoring.rescored_at'"_s).toLongLong(),
        Now);

    // Nothing left to do: a second pass changes nothing, on either.
    auto again = bulk.rescoreAll();
    QVERIFY(again);
    QCOMPARE(again->changed, 0);
    QCOMPARE(again->promoted, 0);
    auto againOther = service(other->connection()).rescoreAll();
    QVERIFY(againOther);
    QCOMPARE(againOther->changed, 0);
    QCOMPARE(againOther->promoted, 0);
}

void TestScorer::rescoreAllIsAllOrNothingOnCancel()
{
    buildMixedFixture(db());
    const QMap<qint64, QStringList> before = leadRows();
    const int history = scalar(u"SELECT COUNT(*) FROM stage_history"_s).toInt();
    const int audit = scalar(u"SELECT COUNT(*) FROM audit_log"_s).toInt();

    Progress progress;
    progress.cancelled = true;
    auto totals = service().rescoreAll(&progress);
    QVERIFY(!totals);
    QCOMPARE(totals.error().code, ErrorCode::Cancelled);
    QVERIFY(totals.error().message.contains(u"no score changed"_s));
    QCOMPARE(leadRows(), before);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM stage_history"_s).toInt(), history);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log"_s).toInt(), audit);
    QCOMPARE(
        scalar(u"SELECT COUNT(*) FROM settings WHERE key = 'scoring.rescored_at'"_s).toInt(), 0);

    // The connection is usable and the same pass, not cancelled, does change things.
    qint64 reported = -1;
    Progress running;
    running.report = [&](qint64 done, qint64 total) {
        QCOMPARE(total, qint64(before.size()));
        reported = done;
    };
    auto done = service().rescoreAll(&running);
    QVERIFY2(done, qPrintable(done ? QString() : errorText(done.error())));
    QVERIFY(done->changed > 0);
    QCOMPARE(reported, qint64(before.size()));
    QVERIFY(leadRows() != before);
}

void TestScorer::rescoreAllCancelledAfterWriting()
{
    // Enough leads that the pass reports progress (every 16384 leads) and checks for a cancel
    // while writing: the cancel comes at the first report, after work has begun.
    setRules({parse(R"({"kind": "fit", "name": "Name", "attribute": "last_name",
        "operator": "present", "points": 5})")});
    exec(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
         "INSERT INTO leads (last_name, created_at, updated_at) SELECT 'Lead ' || i, 0, 0 "
         "FROM n"_s);
    Progress progress;
    int reports = 0;
    progress.report = [&](qint64, qint64) {
        ++reports;
        progress.cancelled = true;
    };
    auto totals = service().rescoreAll(&progress);
    QVERIFY(!totals);
    QCOMPARE(totals.error().code, ErrorCode::Cancelled);
    QVERIFY(reports > 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM leads WHERE score <> 0 OR fit_score <> 0 OR "
                    "grade IS NOT NULL"_s)
                 .toInt(),
        0);
    QCOMPARE(
        scalar(u"SELECT COUNT(*) FROM settings WHERE key = 'scoring.rescored_at'"_s).toInt(), 0);

    auto done = service().rescoreAll();
    QVERIFY(done);
    QCOMPARE(done->leads, 20000);
    QCOMPARE(done->changed, 20000);
    QCOMPARE(
        scalar(u"SELECT COUNT(*) FROM leads WHERE fit_score = 5 AND grade = 'D'"_s).toInt(), 20000);
}

void TestScorer::rescoreAllWritesOnlyChangedRows()
{
    const QList<qint64> ids = buildMixedFixture(db());
    ScoringService scoring = service();
    QVERIFY(scoring.rescoreAll());

    // Every UPDATE of a lead row from now on is logged.
    exec(u"CREATE TEMP TABLE updated (id INTEGER)"_s);
    exec(u"CREATE TEMP TRIGGER log_update AFTER UPDATE ON main.leads "
         "BEGIN INSERT INTO updated (id) VALUES (new.id); END"_s);

    auto unchanged = scoring.rescoreAll();
    QVERIFY(unchanged);
    QCOMPARE(unchanged->changed, 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM updated"_s).toInt(), 0);

    // Two leads' stored numbers go stale; only they are written.
    const qint64 first = ids[3];
    const qint64 second = ids[17];
    const Stored firstBefore = stored(first);
    const Stored secondBefore = stored(second);
    exec(u"UPDATE leads SET score = score + 1 WHERE id = ?"_s, {first});
    exec(u"UPDATE leads SET grade = 'X' WHERE id = ?"_s, {second});
    exec(u"DELETE FROM updated"_s);
    auto two = scoring.rescoreAll();
    QVERIFY(two);
    QCOMPARE(two->changed, 2);
    QSqlQuery query(db());
    QVERIFY(query.exec(u"SELECT id FROM updated ORDER BY id"_s));
    QList<qint64> written;
    while (query.next())
        written << query.value(0).toLongLong();
    QCOMPARE(written, (QList<qint64> {first, second}));
    QCOMPARE(stored(first), firstBefore);
    QCOMPARE(stored(second), secondBefore);

    // A lead whose scores are right but that qualifies only now (automatic MQL was off) moves to
    // MQL; its scores are not counted as changed.
    setRules({parse(R"({"kind": "fit", "name": "Name", "attribute": "last_name",
        "operator": "present", "points": 80})")});
    QVERIFY(scoring.rescoreAll());
    exec(u"UPDATE leads SET stage = 'new' WHERE id = ?"_s, {first});
    exec(u"DELETE FROM updated"_s);
    const qint64 historyBefore = scalar(u"SELECT COUNT(*) FROM stage_history"_s).toLongLong();
    auto promoteOnly = scoring.rescoreAll();
    QVERIFY(promoteOnly);
    QCOMPARE(promoteOnly->promoted, 1);
    QCOMPARE(promoteOnly->changed, 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM updated"_s).toInt(), 1); // the stage, once
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM stage_history"_s).toLongLong(), historyBefore + 1);
    QCOMPARE(stored(first).stage, u"mql"_s);
    // rescore() says the same of such a lead.
    exec(u"UPDATE leads SET stage = 'new' WHERE id = ?"_s, {second});
    auto single = scoring.rescore(second);
    QVERIFY(single);
    QVERIFY(single->promoted);
    QVERIFY(!single->changed);
}

void TestScorer::tooManyEngagementRules()
{
    QList<QJsonObject> rules;
    for (int i = 0; i < 65; ++i) {
        rules << QJsonObject {{u"kind"_s, u"engagement"_s}, {u"name"_s, u"Rule %1"_s.arg(i)},
            {u"attribute"_s, u"type"_s}, {u"values"_s, QJsonArray {u"type_%1"_s.arg(i)}},
            {u"points"_s, 1}};
    }
    rules.last().insert(u"enabled"_s, false);
    setRules(rules);
    // 64 enabled: fine, and the 64th rule counts.
    const qint64 id = addLead({});
    addTouch(id, u"type_63"_s, Now);
    auto card = service().explain(id);
    QVERIFY2(card, qPrintable(card ? QString() : errorText(card.error())));
    QCOMPARE(card->engagement, 1);
    QVERIFY(service().rescoreAll());
    QCOMPARE(stored(id).engagement, 1);

    rules.last().insert(u"enabled"_s, true);
    setRules(rules);
    auto model = service().model();
    QVERIFY(!model);
    QCOMPARE(model.error().code, ErrorCode::Invalid);
    QVERIFY(model.error().message.contains(u"65 engagement rules"_s));
    QVERIFY(!service().rescore(id));
    QVERIFY(!service().rescoreAll());
}

QTEST_GUILESS_MAIN(TestScorer)
#include "tst_scorer.moc"
