#include "leads/leadservice.h"
#include "scoring/predictor.h"
#include "storage/database.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using namespace lf;

Q_DECLARE_METATYPE(lf::LeadField)

namespace {

/// Relative comparison for probabilities and likelihoods computed by hand.
bool closeTo(double actual, double expected)
{
    return std::abs(actual - expected) <= 1e-12 * std::max(1.0, std::abs(expected));
}

#define COMPARE_NEAR(actual, expected)                                                             \
    QVERIFY2(closeTo((actual), (expected)),                                                        \
        qPrintable(u"%1 is %2, expected %3"_s.arg(QString::fromLatin1(#actual))                    \
                       .arg((actual), 0, 'g', 17)                                                  \
                       .arg((expected), 0, 'g', 17)))

Predictor::Options twoFields(qint64 minClosed = 10, qint64 minPerClass = 3)
{
    Predictor::Options options;
    options.fields = {LeadField::Industry, LeadField::Source};
    options.alpha = 1.0;
    options.minClosed = minClosed;
    options.minPerClass = minPerClass;
    return options;
}

Lead leadWith(const LeadChanges &values)
{
    Lead lead;
    for (const auto &[field, value] : values)
        lead.setValue(field, value);
    return lead;
}

} // namespace

class TestPredictor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void handComputedSixWonSixLost();
    void predictValues_data();
    void predictValues();
    void priorAndAlphaMatter();
    void onlyClosedLiveLeadsCount_data();
    void onlyClosedLiveLeadsCount();
    void availability_data();
    void availability();
    void employeeBands_data();
    void employeeBands();
    void historyValuesMergeAcrossCase();
    void moneyFieldsUseThePlainValue();
    void logSpaceKeepsTinyLikelihoods();
    void bucket_data();
    void bucket();
    void invalidOptions_data();
    void invalidOptions();
    void unreadableDatabaseIsAnError();

private:
    Lead add(const QString &stage, const LeadChanges &values);
    /// The 6 won / 6 lost history over industry and source that the hand computations use.
    void seedSixAndSix();
    Predictor mustTrain(const Predictor::Options &options);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<LeadService> m_leads;
    int m_added = 0;
};

void TestPredictor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestPredictor::init()
{
    static int counter = 0;
    auto db = Database::open(m_dir.filePath(u"predictor-%1.sqlite"_s.arg(++counter)));
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    m_db = std::move(*db);
    m_leads = std::make_unique<LeadService>(m_db->connection());
    m_leads->setActor(u"tester"_s);
    m_added = 0;
}

void TestPredictor::cleanup()
{
    m_leads.reset();
    m_db.reset();
}

Lead TestPredictor::add(const QString &stage, const LeadChanges &values)
{
    LeadChanges fields = values;
    fields.append({LeadField::Company, u"Company %1"_s.arg(++m_added)});
    fields.append({LeadField::Stage, stage});
    auto lead = m_leads->create(fields);
    if (!lead)
        qFatal("create failed: %s", qPrintable(lead.error().toString()));
    return *lead;
}

void TestPredictor::seedSixAndSix()
{
    // Won (6):  industry Software ×4, Retail ×2;            source web ×3, referral ×3.
    // Lost (6): industry Software ×1, Retail ×3, Finance ×2; source web ×5, referral ×1.
    // Industry has 3 distinct values (K = 4 with the unseen slot), source 2 (K = 3).
    // The spellings differ in case: counting must not.
    const QList<std::pair<QString, QString>> won {{u"Software"_s, u"web"_s},
        {u"software"_s, u"Web"_s}, {u"SOFTWARE"_s, u"WEB"_s}, {u"Software"_s, u"Referral"_s},
        {u"Retail"_s, u"referral"_s}, {u"retail"_s, u"REFERRAL"_s}};
    const QList<std::pair<QString, QString>> lost {{u"Software"_s, u"web"_s},
        {u"Retail"_s, u"web"_s}, {u"RETAIL"_s, u"web"_s}, {u"retail"_s, u"Web"_s},
        {u"Finance"_s, u"web"_s}, {u"finance"_s, u"Referral"_s}};
    for (const auto &[industry, source] : won)
        add(u"won"_s, {{LeadField::Industry, industry}, {LeadField::Source, source}});
    for (const auto &[industry, source] : lost)
        add(u"lost"_s, {{LeadField::Industry, industry}, {LeadField::Source, source}});
}

Predictor TestPredictor::mustTrain(const Predictor::Options &options)
{
    auto predictor = Predictor::train(m_db->connection(), options);
    if (!predictor)
        qFatal("train failed: %s", qPrintable(predictor.error().toString()));
    return *predictor;
}

void TestPredictor::handComputedSixWonSixLost()
{
    seedSixAndSix();
    const Predictor predictor = mustTrain(twoFields());
    QCOMPARE(predictor.wonCount(), 6);
    QCOMPARE(predictor.lostCount(), 6);
    QVERIFY(predictor.isAvailable());
    QCOMPARE(predictor.unavailableReason(), QString());

    // Lead: Software, referral.
    // P(software|won) = (4+1)/(6+4) = 1/2     P(software|lost) = (1+1)/(6+4) = 1/5   ratio 5/2
    // P(referral|won) = (3+1)/(6+3) = 4/9     P(referral|lost) = (1+1)/(6+3) = 2/9   ratio 2
    // P(won) = P(lost) = 1/2
    // won: 1/2 · 1/2 · 4/9 = 1/9;  lost: 1/2 · 1/5 · 2/9 = 1/45;  P(won|x) = (1/9)/(1/9+1/45) = 5/6
    const Prediction prediction = predictor.predict(
        leadWith({{LeadField::Industry, u"Software"_s}, {LeadField::Source, u"referral"_s}}));
    QVERIFY(prediction.available);
    QCOMPARE(prediction.reason, QString());
    COMPARE_NEAR(prediction.priorWon, 0.5);
    COMPARE_NEAR(prediction.probabilityWon, 5.0 / 6.0);

    QCOMPARE(prediction.evidence.size(), 2);
    const FieldEvidence &industry = prediction.evidence.at(0);
    QCOMPARE(industry.field, LeadField::Industry);
    QCOMPARE(industry.value, u"software"_s);
    QCOMPARE(industry.wonWithValue, 4);
    QCOMPARE(industry.lostWithValue, 1);
    COMPARE_NEAR(industry.likelihoodWon, 0.5);
    COMPARE_NEAR(industry.likelihoodLost, 0.2);
    COMPARE_NEAR(industry.ratio, 2.5);

    const FieldEvidence &source = prediction.evidence.at(1);
    QCOMPARE(source.field, LeadField::Source);
    QCOMPARE(source.value, u"referral"_s);
    QCOMPARE(source.wonWithValue, 3);
    QCOMPARE(source.lostWithValue, 1);
    COMPARE_NEAR(source.likelihoodWon, 4.0 / 9.0);
    COMPARE_NEAR(source.likelihoodLost, 2.0 / 9.0);
    COMPARE_NEAR(source.ratio, 2.0);

    // Evidence follows the order of the options.
    Predictor::Options reversed = twoFields();
    reversed.fields = {LeadField::Source, LeadField::Industry};
    const Prediction swapped = mustTrain(reversed).predict(
        leadWith({{LeadField::Industry, u"Software"_s}, {LeadField::Source, u"referral"_s}}));
    QCOMPARE(swapped.evidence.size(), 2);
    QCOMPARE(swapped.evidence.at(0).field, LeadField::Source);
    COMPARE_NEAR(swapped.evidence.at(0).ratio, 2.0);
    COMPARE_NEAR(swapped.probabilityWon, 5.0 / 6.0);
}

void TestPredictor::predictValues_data()
{
    QTest::addColumn<QString>("industry");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("industryBucket");
    QTest::addColumn<qint64>("wonWithIndustry");
    QTest::addColumn<qint64>("lostWithIndustry");
    QTest::addColumn<double>("industryWon");
    QTest::addColumn<double>("industryLost");
    QTest::addColumn<double>("sourceRatio");
    QTest::addColumn<double>("probability");

    // History: seedSixAndSix(). Industry likelihoods have the denominator 6 + 4 = 10 in both
    // classes; source ones 6 + 3 = 9. Priors are 1/2, so P(won|x) = Πwon / (Πwon + Πlost).
    // web: won (3+1)/9, lost (5+1)/9, ratio 2/3. referral: won 4/9, lost 2/9, ratio 2.
    QTest::newRow("case-insensitive value")
        << u"  SOFTWARE "_s << u"REFERRAL"_s << u"software"_s << qint64(4) << qint64(1) << 0.5
        << 0.2 << 2.0 << 5.0 / 6.0;
    // Mining was never seen: (0+1)/10 in both classes, ratio 1; only the source speaks:
    // (1/10 · 4/9) / (1/10 · 4/9 + 1/10 · 2/9) = 2/3.
    QTest::newRow("value never seen") << u"Mining"_s << u"referral"_s << u"mining"_s << qint64(0)
                                      << qint64(0) << 0.1 << 0.1 << 2.0 << 2.0 / 3.0;
    // No industry on the lead: "" was never seen in history either: the same as Mining.
    QTest::newRow("no value") << QString() << u"referral"_s << QString() << qint64(0) << qint64(0)
                              << 0.1 << 0.1 << 2.0 << 2.0 / 3.0;
    // Finance: won (0+1)/10, lost (2+1)/10. (1/10 · 4/9) / (1/10 · 4/9 + 3/10 · 6/9) = 4/22.
    QTest::newRow("value seen only in lost")
        << u"finance"_s << u"web"_s << u"finance"_s << qint64(0) << qint64(2) << 0.1 << 0.3
        << 2.0 / 3.0 << 4.0 / 22.0;
    // Retail: won (2+1)/10, lost (3+1)/10. (3/10 · 4/9) / (3/10 · 4/9 + 4/10 · 6/9) = 12/36.
    QTest::newRow("both fields push to lost") << u"Retail"_s << u"Web"_s << u"retail"_s << qint64(2)
                                              << qint64(3) << 0.3 << 0.4 << 2.0 / 3.0 << 1.0 / 3.0;
}

void TestPredictor::predictValues()
{
    QFETCH(QString, industry);
    QFETCH(QString, source);
    QFETCH(QString, industryBucket);
    QFETCH(qint64, wonWithIndustry);
    QFETCH(qint64, lostWithIndustry);
    QFETCH(double, industryWon);
    QFETCH(double, industryLost);
    QFETCH(double, sourceRatio);
    QFETCH(double, probability);

    seedSixAndSix();
    const Predictor predictor = mustTrain(twoFields());
    Lead lead;
    if (!industry.isNull())
        lead.setValue(LeadField::Industry, industry);
    lead.setValue(LeadField::Source, source);
    const Prediction prediction = predictor.predict(lead);
    QVERIFY(prediction.available);
    QCOMPARE(prediction.evidence.size(), 2);
    const FieldEvidence &evidence = prediction.evidence.at(0);
    QCOMPARE(evidence.value, industryBucket);
    QCOMPARE(evidence.wonWithValue, wonWithIndustry);
    QCOMPARE(evidence.lostWithValue, lostWithIndustry);
    QVERIFY(evidence.likelihoodWon > 0);
    QVERIFY(evidence.likelihoodLost > 0);
    COMPARE_NEAR(evidence.likelihoodWon, industryWon);
    COMPARE_NEAR(evidence.likelihoodLost, industryLost);
    COMPARE_NEAR(evidence.ratio, industryWon / industryLost);
    COMPARE_NEAR(prediction.evidence.at(1).ratio, sourceRatio);
    COMPARE_NEAR(prediction.probabilityWon, probability);
}

void TestPredictor::priorAndAlphaMatter()
{
    // 3 won / 9 lost over source, alpha 1/2.
    // Won: web ×2, event ×1. Lost: web ×3, event ×2, cold ×4. 3 values: K = 4.
    for (const char *source : {"web", "web", "event"})
        add(u"won"_s, {{LeadField::Source, QString::fromLatin1(source)}});
    for (const char *source :
        {"web", "web", "web", "event", "event", "cold", "cold", "cold", "cold"})
        add(u"lost"_s, {{LeadField::Source, QString::fromLatin1(source)}});

    Predictor::Options options;
    options.fields = {LeadField::Source};
    options.alpha = 0.5;
    options.minClosed = 12;
    options.minPerClass = 3;
    const Predictor predictor = mustTrain(options);
    QVERIFY(predictor.isAvailable());

    // P(event|won) = (1 + 1/2) / (3 + 1/2·4) = 3/10; P(event|lost) = (2 + 1/2) / (9 + 2) = 5/22.
    // P(won) = 1/4. won: 1/4 · 3/10 = 3/40; lost: 3/4 · 5/22 = 15/88.
    // P(won|event) = (3/40) / (3/40 + 15/88) = (33/440) / (108/440) = 11/36.
    const Prediction prediction = predictor.predict(leadWith({{LeadField::Source, u"event"_s}}));
    QVERIFY(prediction.available);
    COMPARE_NEAR(prediction.priorWon, 0.25);
    QCOMPARE(prediction.evidence.size(), 1);
    COMPARE_NEAR(prediction.evidence.at(0).likelihoodWon, 0.3);
    COMPARE_NEAR(prediction.evidence.at(0).likelihoodLost, 5.0 / 22.0);
    COMPARE_NEAR(prediction.evidence.at(0).ratio, 0.3 * 22.0 / 5.0);
    COMPARE_NEAR(prediction.probabilityWon, 11.0 / 36.0);
}

void TestPredictor::onlyClosedLiveLeadsCount_data()
{
    QTest::addColumn<QString>("stage");
    QTest::addColumn<QString>("industry");
    QTest::addColumn<bool>("deleted");
    QTest::addColumn<bool>("restored");
    QTest::addColumn<qint64>("won");
    QTest::addColumn<qint64>("lost");
    QTest::addColumn<double>("probability");

    // Three more leads on top of seedSixAndSix(), each with source referral. Leads that are
    // deleted or not closed change nothing: counts stay 6/6 and the prediction for
    // (Software, referral) stays 5/6 — also when their industry is new (K stays 4).
    QTest::newRow("deleted won") << u"won"_s << u"Software"_s << true << false << qint64(6)
                                 << qint64(6) << 5.0 / 6.0;
    QTest::newRow("deleted lost, new value")
        << u"lost"_s << u"Mining"_s << true << false << qint64(6) << qint64(6) << 5.0 / 6.0;
    QTest::newRow("open: new") << u"new"_s << u"Software"_s << false << false << qint64(6)
                               << qint64(6) << 5.0 / 6.0;
    QTest::newRow("open: opportunity")
        << u"opportunity"_s << u"Mining"_s << false << false << qint64(6) << qint64(6) << 5.0 / 6.0;
    QTest::newRow("disqualified") << u"disqualified"_s << u"Software"_s << false << false
                                  << qint64(6) << qint64(6) << 5.0 / 6.0;
    QTest::newRow("nurturing") << u"nurturing"_s << u"Software"_s << false << false << qint64(6)
                               << qint64(6) << 5.0 / 6.0;
    // Control: restored leads count again. 9 won / 6 lost; software won 7, referral won 6.
    // P(software|won) = 8/13, P(software|lost) = 2/10; P(referral|won) = 7/12,
    // P(referral|lost) = 2/9; P(won) = 9/15.
    QTest::newRow("deleted, then restored")
        << u"won"_s << u"Software"_s << true << true << qint64(9) << qint64(6)
        << (9.0 / 15 * 8.0 / 13 * 7.0 / 12)
            / (9.0 / 15 * 8.0 / 13 * 7.0 / 12 + 6.0 / 15 * 2.0 / 10 * 2.0 / 9);
}

void TestPredictor::onlyClosedLiveLeadsCount()
{
    QFETCH(QString, stage);
    QFETCH(QString, industry);
    QFETCH(bool, deleted);
    QFETCH(bool, restored);
    QFETCH(qint64, won);
    QFETCH(qint64, lost);
    QFETCH(double, probability);

    seedSixAndSix();
    for (int i = 0; i < 3; ++i) {
        const Lead lead =
            add(stage, {{LeadField::Industry, industry}, {LeadField::Source, u"referral"_s}});
        if (deleted)
            QVERIFY(m_leads->remove(lead.id()));
        if (restored)
            QVERIFY(m_leads->restore(lead.id()));
    }
    const Predictor predictor = mustTrain(twoFields());
    QCOMPARE(predictor.wonCount(), won);
    QCOMPARE(predictor.lostCount(), lost);
    const Prediction prediction = predictor.predict(
        leadWith({{LeadField::Industry, u"software"_s}, {LeadField::Source, u"referral"_s}}));
    QVERIFY(prediction.available);
    COMPARE_NEAR(prediction.probabilityWon, probability);
}

void TestPredictor::availability_data()
{
    QTest::addColumn<int>("won");
    QTest::addColumn<int>("lost");
    QTest::addColumn<int>("open");
    QTest::addColumn<int>("deletedClosed");
    QTest::addColumn<qint64>("minClosed");
    QTest::addColumn<qint64>("minPerClass");
    QTest::addColumn<bool>("available");
    QTest::addColumn<QList<qint64>>("reasonNumbers");

    using Numbers = QList<qint64>;
    QTest::newRow("just enough") << 5 << 5 << 0 << 0 << qint64(10) << qint64(5) << true
                                 << Numbers {};
    QTest::newRow("empty base") << 0 << 0 << 0 << 0 << qint64(20) << qint64(5) << false
                                << Numbers {0, 20};
    // Reason: the 9 closed leads (4 won, 5 lost) against the 10 needed.
    QTest::newRow("thin history") << 4 << 5 << 0 << 0 << qint64(10) << qint64(1) << false
                                  << Numbers {9, 4, 5, 10};
    QTest::newRow("open leads do not make history")
        << 5 << 4 << 8 << 0 << qint64(10) << qint64(1) << false << Numbers {9, 5, 4, 10};
    QTest::newRow("deleted leads do not make history")
        << 5 << 4 << 0 << 6 << qint64(10) << qint64(1) << false << Numbers {9, 5, 4, 10};
    QTest::newRow("only won") << 12 << 0 << 0 << 0 << qint64(10) << qint64(5) << false
                              << Numbers {12, 0, 5};
    QTest::newRow("only lost") << 0 << 11 << 0 << 0 << qint64(10) << qint64(5) << false
                               << Numbers {0, 11, 5};
    QTest::newRow("one class thin")
        << 9 << 4 << 0 << 0 << qint64(10) << qint64(5) << false << Numbers {9, 4, 5};
    // Even with no minimum per class, a class never seen leaves nothing to compare with.
    QTest::newRow("no minimum per class, one class")
        << 3 << 0 << 0 << 0 << qint64(0) << qint64(0) << false << Numbers {3, 0, 1};
    QTest::newRow("no minimums, both classes")
        << 1 << 1 << 0 << 0 << qint64(0) << qint64(0) << true << Numbers {};
}

void TestPredictor::availability()
{
    QFETCH(int, won);
    QFETCH(int, lost);
    QFETCH(int, open);
    QFETCH(int, deletedClosed);
    QFETCH(qint64, minClosed);
    QFETCH(qint64, minPerClass);
    QFETCH(bool, available);
    QFETCH(QList<qint64>, reasonNumbers);

    Transaction batch(m_db->connection());
    QVERIFY(batch.begin());
    for (int i = 0; i < won; ++i)
        add(u"won"_s, {{LeadField::Industry, u"Software"_s}});
    for (int i = 0; i < lost; ++i)
        add(u"lost"_s, {{LeadField::Industry, u"Retail"_s}});
    for (int i = 0; i < open; ++i)
        add(i % 2 ? u"sql"_s : u"contacted"_s, {{LeadField::Industry, u"Software"_s}});
    for (int i = 0; i < deletedClosed; ++i)
        QVERIFY(m_leads->remove(add(i % 2 ? u"won"_s : u"lost"_s, {}).id()));
    QVERIFY(batch.commit());

    Predictor::Options options;
    options.fields = {LeadField::Industry};
    options.minClosed = minClosed;
    options.minPerClass = minPerClass;
    const Predictor predictor = mustTrain(options);
    QCOMPARE(predictor.wonCount(), qint64(won));
    QCOMPARE(predictor.lostCount(), qint64(lost));
    QCOMPARE(predictor.isAvailable(), available);

    const Prediction prediction = predictor.predict(leadWith({{LeadField::Industry, u"x"_s}}));
    QCOMPARE(prediction.available, available);
    if (available) {
        QVERIFY(predictor.unavailableReason().isEmpty());
        QVERIFY(prediction.reason.isEmpty());
        QCOMPARE(prediction.evidence.size(), 1);
        QVERIFY(prediction.probabilityWon > 0 && prediction.probabilityWon < 1);
        return;
    }
    const QString reason = predictor.unavailableReason();
    QVERIFY(!reason.isEmpty());
    QCOMPARE(prediction.reason, reason);
    QVERIFY(prediction.evidence.isEmpty());
    QCOMPARE(prediction.probabilityWon, 0.0);
    for (qint64 number : std::as_const(reasonNumbers)) {
        const QRegularExpression word(u"(^|\\D)%1(\\D|$)"_s.arg(number));
        QVERIFY2(word.match(reason).hasMatch(),
            qPrintable(u"\"%1\" does not name %2"_s.arg(reason).arg(number)));
    }
}

void TestPredictor::employeeBands_data()
{
    QTest::addColumn<QString>("employees");
    QTest::addColumn<QString>("band");
    QTest::addColumn<qint64>("wonInBand");
    QTest::addColumn<qint64>("lostInBand");

    // History (employees as typed): won 10, 10, 11, 200, 201, 1000, 1001;
    // lost 1, 50, 51, 500, 501, 5000, (none). Each boundary value is on the edge of its band,
    // so counting it in the neighbouring band changes the counts below.
    QTest::newRow("1-10, low") << u"1"_s << u"1-10"_s << qint64(2) << qint64(1);
    QTest::newRow("1-10, top") << u"10"_s << u"1-10"_s << qint64(2) << qint64(1);
    QTest::newRow("11-50") << u"11"_s << u"11-50"_s << qint64(1) << qint64(1);
    QTest::newRow("11-50, top") << u"50"_s << u"11-50"_s << qint64(1) << qint64(1);
    QTest::newRow("51-200") << u"51"_s << u"51-200"_s << qint64(1) << qint64(1);
    QTest::newRow("201-500 as a range") << u"201-500"_s << u"201-500"_s << qint64(1) << qint64(1);
    QTest::newRow("501-1000") << u"1,000"_s << u"501-1000"_s << qint64(1) << qint64(1);
    QTest::newRow("1001+") << u"1001"_s << u"1001+"_s << qint64(1) << qint64(1);
    QTest::newRow("1001+, large") << u"250000"_s << u"1001+"_s << qint64(1) << qint64(1);
    QTest::newRow("no count") << QString() << QString() << qint64(0) << qint64(1);
}

void TestPredictor::employeeBands()
{
    QFETCH(QString, employees);
    QFETCH(QString, band);
    QFETCH(qint64, wonInBand);
    QFETCH(qint64, lostInBand);

    for (const char *count : {"10", "10", "11", "200", "201", "1000", "1001"})
        add(u"won"_s, {{LeadField::Employees, QString::fromLatin1(count)}});
    for (const char *count : {"1", "50", "51", "500", "501", "5000", ""})
        add(u"lost"_s, {{LeadField::Employees, QString::fromLatin1(count)}});

    Predictor::Options options;
    options.fields = {LeadField::EmployeeCount};
    options.minClosed = 1;
    options.minPerClass = 1;
    const Predictor predictor = mustTrain(options);

    // The lead goes through the service too, so its count is parsed as stored ones are.
    const Lead lead = add(u"new"_s, {{LeadField::Employees, employees}});
    QCOMPARE(Predictor::bucket(LeadField::EmployeeCount, lead), band);
    const Prediction prediction = predictor.predict(lead);
    QVERIFY(prediction.available);
    QCOMPARE(prediction.evidence.size(), 1);
    const FieldEvidence &evidence = prediction.evidence.at(0);
    QCOMPARE(evidence.value, band);
    QCOMPARE(evidence.wonWithValue, wonInBand);
    QCOMPARE(evidence.lostWithValue, lostInBand);
    // 7 values seen (six bands and "no count"): K = 8; 7 won, 7 lost.
    COMPARE_NEAR(evidence.likelihoodWon, (double(wonInBand) + 1) / (7 + 8));
    COMPARE_NEAR(evidence.likelihoodLost, (double(lostInBand) + 1) / (7 + 8));
}

void TestPredictor::historyValuesMergeAcrossCase()
{
    // SQLite's lower() folds ASCII only: É and é must still count as one value, and so must
    // values stored with spaces around them (written past the service here).
    for (const QString &industry : {u"Éducation"_s, u"ÉDUCATION"_s, u"éducation"_s, u"Retail"_s})
        add(u"won"_s, {{LeadField::Industry, industry}});
    const Lead spaced = add(u"won"_s, {{LeadField::Industry, u"x"_s}});
    QSqlQuery raw(m_db->connection());
    raw.prepare(u"UPDATE leads SET industry = ? WHERE id = ?"_s);
    raw.addBindValue(u"  ÉduCation\t"_s);
    raw.addBindValue(spaced.id());
    QVERIFY(raw.exec());
    for (const QString &industry : {u"ÉDUCATION"_s, u"retail"_s, u"RETAIL"_s})
        add(u"lost"_s, {{LeadField::Industry, industry}});

    Predictor::Options options;
    options.fields = {LeadField::Industry};
    options.minClosed = 1;
    options.minPerClass = 1;
    const Predictor predictor = mustTrain(options);
    QCOMPARE(predictor.wonCount(), 5);
    QCOMPARE(predictor.lostCount(), 3);

    // éducation: 4 won, 1 lost; retail: 1 won, 2 lost. 2 values: K = 3.
    // P(éducation|won) = (4+1)/(5+3) = 5/8; P(éducation|lost) = (1+1)/(3+3) = 1/3.
    // P(won) = 5/8. P(won|x) = (5/8 · 5/8) / (5/8 · 5/8 + 3/8 · 1/3) = 25/33.
    const Prediction prediction =
        predictor.predict(leadWith({{LeadField::Industry, u"ÉDUCATION"_s}}));
    QCOMPARE(prediction.evidence.size(), 1);
    const FieldEvidence &evidence = prediction.evidence.at(0);
    QCOMPARE(evidence.value, u"éducation"_s);
    QCOMPARE(evidence.wonWithValue, 4);
    QCOMPARE(evidence.lostWithValue, 1);
    COMPARE_NEAR(evidence.likelihoodWon, 5.0 / 8.0);
    COMPARE_NEAR(evidence.likelihoodLost, 1.0 / 3.0);
    COMPARE_NEAR(prediction.probabilityWon, 25.0 / 33.0);
}

void TestPredictor::moneyFieldsUseThePlainValue()
{
    // Money is not banded: each amount is a value of its own.
    for (const char *revenue : {"1,000", "1000.00", "2000"})
        add(u"won"_s, {{LeadField::AnnualRevenue, QString::fromLatin1(revenue)}});
    for (const char *revenue : {"1000", "1000.01"})
        add(u"lost"_s, {{LeadField::AnnualRevenue, QString::fromLatin1(revenue)}});

    Predictor::Options options;
    options.fields = {LeadField::AnnualRevenue};
    options.minClosed = 1;
    options.minPerClass = 1;
    const Predictor predictor = mustTrain(options);
    const Prediction prediction =
        predictor.predict(leadWith({{LeadField::AnnualRevenue, qint64(100000)}}));
    QCOMPARE(prediction.evidence.size(), 1);
    const FieldEvidence &evidence = prediction.evidence.at(0);
    QCOMPARE(evidence.value, u"1000.00"_s);
    QCOMPARE(evidence.wonWithValue, 2);
    QCOMPARE(evidence.lostWithValue, 1);
    // Values 1000.00, 2000.00, 1000.01: K = 4. Won (2+1)/(3+4), lost (1+1)/(2+4).
    COMPARE_NEAR(evidence.likelihoodWon, 3.0 / 7.0);
    COMPARE_NEAR(evidence.likelihoodLost, 2.0 / 6.0);
}

void TestPredictor::logSpaceKeepsTinyLikelihoods()
{
    // With a tiny alpha, an unseen value has a likelihood near 1e-300 / 6 in each class: the
    // product over two such fields underflows a double, but their ratio is exactly 1 (6 won and
    // 6 lost), so the prediction is the prior, 1/2.
    seedSixAndSix();
    Predictor::Options options = twoFields();
    options.alpha = 1e-300;
    const Prediction prediction = mustTrain(options).predict(
        leadWith({{LeadField::Industry, u"Mining"_s}, {LeadField::Source, u"Fax"_s}}));
    QVERIFY(prediction.available);
    QCOMPARE(prediction.evidence.size(), 2);
    for (const FieldEvidence &evidence : prediction.evidence) {
        QVERIFY(evidence.likelihoodWon > 0);
        QVERIFY(evidence.likelihoodWon < 1e-299);
        COMPARE_NEAR(evidence.ratio, 1.0);
    }
    QVERIFY(std::isfinite(prediction.probabilityWon));
    COMPARE_NEAR(prediction.probabilityWon, 0.5);
}

void TestPredictor::bucket_data()
{
    QTest::addColumn<LeadField>("field");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("expected");

    const auto count = [](qint64 n) {
        return QVariant(n);
    };
    QTest::newRow("employees: none") << LeadField::EmployeeCount << QVariant() << QString();
    QTest::newRow("employees: 0") << LeadField::EmployeeCount << count(0) << u"1-10"_s;
    QTest::newRow("employees: 1") << LeadField::EmployeeCount << count(1) << u"1-10"_s;
    QTest::newRow("employees: 10") << LeadField::EmployeeCount << count(10) << u"1-10"_s;
    QTest::newRow("employees: 11") << LeadField::EmployeeCount << count(11) << u"11-50"_s;
    QTest::newRow("employees: 50") << LeadField::EmployeeCount << count(50) << u"11-50"_s;
    QTest::newRow("employees: 51") << LeadField::EmployeeCount << count(51) << u"51-200"_s;
    QTest::newRow("employees: 200") << LeadField::EmployeeCount << count(200) << u"51-200"_s;
    QTest::newRow("employees: 201") << LeadField::EmployeeCount << count(201) << u"201-500"_s;
    QTest::newRow("employees: 500") << LeadField::EmployeeCount << count(500) << u"201-500"_s;
    QTest::newRow("employees: 501") << LeadField::EmployeeCount << count(501) << u"501-1000"_s;
    QTest::newRow("employees: 1000") << LeadField::EmployeeCount << count(1000) << u"501-1000"_s;
    QTest::newRow("employees: 1001") << LeadField::EmployeeCount << count(1001) << u"1001+"_s;
    QTest::newRow("employees: 10^9") << LeadField::EmployeeCount << count(1000000000) << u"1001+"_s;
    QTest::newRow("text: trimmed, folded")
        << LeadField::Industry << QVariant(u"  Software\t"_s) << u"software"_s;
    QTest::newRow("text: beyond ASCII")
        << LeadField::Title << QVariant(u"DIRECTEUR GÉNÉRAL"_s) << u"directeur général"_s;
    // Case folding, not lower-casing: the final sigma folds to σ, so "ΤΟΥΡΙΣΜΟΣ" and "τουρισμός"
    // meet.
    QTest::newRow("text: folded, not lowered")
        << LeadField::Industry << QVariant(u"Τουρισμός"_s) << u"τουρισμόσ"_s;
    QTest::newRow("text: folded upper case")
        << LeadField::Industry << QVariant(u"ΤΟΥΡΙΣΜΌΣ"_s) << u"τουρισμόσ"_s;
    QTest::newRow("text: spaces only") << LeadField::Source << QVariant(u"   "_s) << QString();
    QTest::newRow("text: none") << LeadField::Country << QVariant() << QString();
    QTest::newRow("country code") << LeadField::Country << QVariant(u"DE"_s) << u"de"_s;
    QTest::newRow("employees as typed is text")
        << LeadField::Employees << QVariant(u"201-500 "_s) << u"201-500"_s;
    QTest::newRow("money: plain amount")
        << LeadField::AnnualRevenue << QVariant(qint64(125000050)) << u"1250000.50"_s;
    QTest::newRow("reference: the id") << LeadField::CampaignId << QVariant(qint64(7)) << u"7"_s;
}

void TestPredictor::bucket()
{
    QFETCH(LeadField, field);
    QFETCH(QVariant, value);
    QFETCH(QString, expected);

    Lead lead;
    lead.setValue(field, value);
    QCOMPARE(Predictor::bucket(field, lead), expected);
}

void TestPredictor::invalidOptions_data()
{
    QTest::addColumn<QList<LeadField>>("fields");
    QTest::addColumn<double>("alpha");
    QTest::addColumn<QString>("errorField");

    const QList<LeadField> fine {LeadField::Industry};
    QTest::newRow("alpha 0") << fine << 0.0 << QString();
    QTest::newRow("alpha negative") << fine << -1.0 << QString();
    QTest::newRow("alpha NaN") << fine << std::numeric_limits<double>::quiet_NaN() << QString();
    QTest::newRow("alpha infinite") << fine << std::numeric_limits<double>::infinity() << QString();
    QTest::newRow("the stage itself")
        << QList<LeadField> {LeadField::Industry, LeadField::Stage} << 1.0 << u"stage"_s;
    QTest::newRow("custom fields")
        << QList<LeadField> {LeadField::CustomFields} << 1.0 << u"custom_fields"_s;
    QTest::newRow("a field twice") << QList<LeadField> {LeadField::Source, LeadField::Industry,
        LeadField::Source} << 1.0 << u"source"_s;
}

void TestPredictor::invalidOptions()
{
    QFETCH(QList<LeadField>, fields);
    QFETCH(double, alpha);
    QFETCH(QString, errorField);

    Predictor::Options options;
    options.fields = fields;
    options.alpha = alpha;
    const auto predictor = Predictor::train(m_db->connection(), options);
    QVERIFY(!predictor);
    QCOMPARE(predictor.error().code, ErrorCode::Invalid);
    QCOMPARE(predictor.error().field, errorField);
    QVERIFY(!predictor.error().message.isEmpty());

    // The same options without the fault train.
    options.alpha = 1.0;
    QList<LeadField> kept;
    for (LeadField field : std::as_const(fields)) {
        if (field != LeadField::Stage && field != LeadField::CustomFields && !kept.contains(field))
            kept << field;
    }
    options.fields = kept;
    QVERIFY(Predictor::train(m_db->connection(), options));
}

void TestPredictor::unreadableDatabaseIsAnError()
{
    // A connection whose file has no leads table (not a Leadflow database).
    const QString name = u"tst_predictor_empty"_s;
    {
        QSqlDatabase empty = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        empty.setDatabaseName(m_dir.filePath(u"empty.sqlite"_s));
        QVERIFY(empty.open());
        const auto predictor = Predictor::train(empty, Predictor::Options());
        QVERIFY(!predictor);
        QCOMPARE(predictor.error().code, ErrorCode::Database);
        empty.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QTEST_GUILESS_MAIN(TestPredictor)
#include "tst_predictor.moc"
