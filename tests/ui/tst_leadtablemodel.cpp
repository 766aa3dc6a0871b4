#include "leads/leadservice.h"
#include "leadtablemodel.h"
#include "storage/database.h"
#include "testleads.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace lf;

Q_DECLARE_METATYPE(lf::LeadQuery)

namespace {

constexpr qint64 LeadCount = 450;

/// A column's stored value as SQLite orders it: null, integer or text under COLLATE NOCASE
/// (byte order of the UTF-8 text with only ASCII letters folded to lower case).
struct SortKey
{
    bool null = true;
    qint64 number = 0;
    QByteArray text;
};

SortKey sortKey(const QVariant &value)
{
    SortKey key;
    if (value.isNull())
        return key;
    key.null = false;
    if (value.typeId() == QMetaType::QString) {
        key.text = value.toString().toUtf8();
        for (char &c : key.text) {
            if (c >= 'A' && c <= 'Z')
                c = char(c - 'A' + 'a');
        }
    } else {
        key.number = value.toLongLong();
    }
    return key;
}

/// How LeadService orders: empty values last in either direction.
bool before(const SortKey &a, const SortKey &b, Qt::SortOrder order)
{
    if (a.null != b.null)
        return b.null;
    if (a.null)
        return false;
    if (order == Qt::AscendingOrder)
        return a.text.isEmpty() && b.text.isEmpty() ? a.number < b.number : a.text < b.text;
    return a.text.isEmpty() && b.text.isEmpty() ? b.number < a.number : b.text < a.text;
}

/// Scores the fixture gives lead i (id i + 1) directly in SQL, so sorting by score has a spread
/// (negative ones included) whatever the shipped scoring rules make of the inputs.
qint64 fixtureScore(qsizetype index)
{
    return (qint64(index + 1) * 37) % 101 - 20;
}

/// The fixed "now" of the SLA fixture; TZ=UTC, so its day ends at midnight UTC.
const QDateTime fixtureNow(QDate(2030, 1, 1), QTime(10, 0), QTimeZone::utc());

/// Grade of lead id: A, B, C, D, or none (null) for every fifth.
QVariant fixtureGrade(qint64 id)
{
    static const QStringList grades {u"A"_s, u"B"_s, u"C"_s, u"D"_s};
    return id % 5 == 4 ? QVariant() : QVariant(grades.at(id % 5));
}

/// First contact due of lead id: none for every third, else fixtureNow - 3 h .. + 3 h.
QVariant fixtureDue(qint64 id)
{
    if (id % 3 == 0)
        return {};
    return fixtureNow.toMSecsSinceEpoch() + (id % 7 - 3) * 3600000;
}

/// Whether lead id was contacted (SLA met, when it has one).
bool fixtureContacted(qint64 id)
{
    return id % 6 == 1;
}

QVariant inputValue(const test::LeadInput &in, qsizetype index, int column)
{
    auto text = [](const std::optional<QString> &value) {
        return value ? QVariant(*value) : QVariant();
    };
    switch (column) {
    case LeadTableModel::NameColumn:
        return text(in.firstName);
    case LeadTableModel::CompanyColumn:
        return text(in.company);
    case LeadTableModel::EmailColumn:
        return text(in.email);
    case LeadTableModel::PhoneColumn:
        return text(in.phone);
    case LeadTableModel::StageColumn:
        return int(in.stage); // stages sort in funnel order, the order of the enum
    case LeadTableModel::SourceColumn:
        return text(in.source);
    case LeadTableModel::CountryColumn:
        return text(in.country);
    case LeadTableModel::ScoreColumn:
        return fixtureScore(index);
    case LeadTableModel::GradeColumn:
        return fixtureGrade(index + 1);
    case LeadTableModel::SlaColumn:
        return fixtureDue(index + 1);
    case LeadTableModel::CreatedColumn:
        return in.createdAt;
    }
    return {};
}

/// Waits until the model's query has its first page and its count.
bool waitLoaded(LeadTableModel &model)
{
    return QTest::qWaitFor([&model] { return !model.isLoading() && model.isCounted(); }, 10000);
}

/// Asks for row (as a view painting it would) and waits for its page.
bool loadRow(LeadTableModel &model, int row)
{
    const QModelIndex index = model.index(row, LeadTableModel::NameColumn);
    return QTest::qWaitFor(
        [&index] { return index.data(LeadTableModel::LoadedRole).toBool(); }, 10000);
}

/// Every lead of the query, in row order, loading the pages one after the other.
QList<Lead> loadAll(LeadTableModel &model)
{
    QList<Lead> leads;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (!loadRow(model, row))
            return {};
        leads.append(model.leadAt(row));
    }
    return leads;
}

} // namespace

class TestLeadTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void loadsFirstPageAndCount();
    void placeholderUntilLoaded();
    void windowedFetch();
    void evictionKeepsMemoryBounded();
    void showsColumns();
    void sortsInSql_data();
    void sortsInSql();
    void searchFilters_data();
    void searchFilters();
    void filters_data();
    void filters();
    void setQueryIgnoresPaging();
    void updatesOneLead();
    void deletedLeadReloads();
    void staleResultsAreDropped();
    void serviceModeLoadsAtOnce();
    void keepsErrors();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<LeadService> m_service;
    QList<test::LeadInput> m_inputs;
    std::unique_ptr<LeadTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestLeadTableModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    auto db = Database::open(m_dir.filePath(u"leads.sqlite"_s));
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    m_db = std::move(*db);
    m_service = std::make_unique<LeadService>(m_db->connection());
    m_inputs = test::makeLeadInputs(LeadCount);
    const QString error = test::createLeads(*m_service, m_inputs);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSqlQuery fixture(m_db->connection());
    QVERIFY(fixture.exec(u"UPDATE leads SET score = (id * 37) % 101 - 20"_s));
    QVERIFY(fixture.exec(u"UPDATE leads SET grade = CASE id % 5 WHEN 0 THEN 'A' WHEN 1 THEN 'B' "
                         "WHEN 2 THEN 'C' WHEN 3 THEN 'D' END"_s));
    fixture.prepare(u"UPDATE leads SET first_contact_due_at = CASE WHEN id % 3 = 0 THEN NULL "
                    "ELSE ? + (id % 7 - 3) * 3600000 END, first_contacted_at = CASE WHEN "
                    "id % 6 = 1 THEN ? END"_s);
    fixture.addBindValue(fixtureNow.toMSecsSinceEpoch());
    fixture.addBindValue(fixtureNow.toMSecsSinceEpoch() - 60000);
    QVERIFY(fixture.exec());
    QVERIFY(fixture.exec(u"SELECT score FROM leads WHERE id = 5"_s) && fixture.next());
    QCOMPARE(fixture.value(0).toLongLong(), fixtureScore(4));
}

void TestLeadTableModel::init()
{
    m_model = std::make_unique<LeadTableModel>(*m_db);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(waitLoaded(*m_model));
}

void TestLeadTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestLeadTableModel::loadsFirstPageAndCount()
{
    QVERIFY(!m_model->lastError());
    // The scroll bar is true from the start: every lead counts, loaded or not.
    QCOMPARE(m_model->totalCount(), LeadCount);
    QCOMPARE(m_model->rowCount(), int(LeadCount));
    QCOMPARE(m_model->columnCount(), int(LeadTableModel::ColumnCount));
    QVERIFY(m_model->cachedRowCount() >= LeadTableModel::DefaultPageSize);
    QVERIFY(m_model->cachedRowCount() < LeadCount);
    // Newest first until a header says otherwise.
    QCOMPARE(m_model->query().sortField, LeadField::CreatedAt);
    QCOMPARE(m_model->query().sortOrder, Qt::DescendingOrder);
    const QDateTime first = m_model->leadAt(0).time(LeadField::CreatedAt);
    const QDateTime second = m_model->leadAt(1).time(LeadField::CreatedAt);
    QVERIFY(first >= second);
}

void TestLeadTableModel::placeholderUntilLoaded()
{
    const int row = int(LeadCount) - 1;
    const QModelIndex last = m_model->index(row, LeadTableModel::NameColumn);
    QCOMPARE(m_model->leadAt(row).id(), 0);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy pages(m_model.get(), &LeadTableModel::pageLoaded);
    // Asking shows the placeholder at once; the page comes later, off this thread.
    QCOMPARE(last.data().toString(), u"…"_s);
    QCOMPARE(last.data(LeadTableModel::LeadIdRole).toLongLong(), 0);
    QVERIFY(!last.data(LeadTableModel::LoadedRole).toBool());
    QVERIFY(pages.wait(5000));
    QVERIFY(last.data(LeadTableModel::LoadedRole).toBool());
    QVERIFY(last.data().toString() != u"…"_s);
    QVERIFY(last.data(LeadTableModel::LeadIdRole).toLongLong() > 0);
    QVERIFY(!changed.isEmpty());
    const auto range = changed.constLast();
    QVERIFY(range.at(0).value<QModelIndex>().row() <= row);
    QVERIFY(range.at(1).value<QModelIndex>().row() >= row);
}

void TestLeadTableModel::windowedFetch()
{
    m_model->setPageSize(50);
    m_model->refresh();
    QVERIFY(waitLoaded(*m_model));
    QCOMPARE(m_model->cachedRowCount(), 50);
    QVERIFY(loadRow(*m_model, 120));
    // Only the page holding row 120 came: rows 100..149.
    QCOMPARE(m_model->cachedRowCount(), 100);
    QVERIFY(m_model->leadAt(99).id() == 0);
    QVERIFY(m_model->leadAt(100).id() > 0);
    QVERIFY(m_model->leadAt(149).id() > 0);
    QVERIFY(m_model->leadAt(150).id() == 0);

    // Every lead exactly once across the pages, far pages included (read from the end).
    const QList<Lead> all = loadAll(*m_model);
    QCOMPARE(all.size(), LeadCount);
    QSet<qint64> ids;
    for (const Lead &lead : all)
        ids.insert(lead.id());
    QCOMPARE(ids.size(), LeadCount);
    QCOMPARE(m_model->leadAt(int(LeadCount)).id(), 0);
    QCOMPARE(m_model->leadAt(-1).id(), 0);
}

void TestLeadTableModel::evictionKeepsMemoryBounded()
{
    m_model->setPageSize(20);
    m_model->setCacheLimit(3);
    m_model->refresh();
    QVERIFY(waitLoaded(*m_model));
    QCOMPARE(m_model->rowsRead(), 20);
    // Jumping to the end reads the last page, not the rows between.
    QVERIFY(loadRow(*m_model, int(LeadCount) - 1));
    QCOMPARE(m_model->rowsRead(), 20 + LeadCount % 20); // the last page is short
    QVERIFY(m_model->leadAt(200).id() == 0);
    // Scrolling through everything keeps at most three pages.
    for (int row = 0; row < LeadCount; row += 20) {
        QVERIFY(loadRow(*m_model, row));
        QVERIFY(m_model->cachedPageCount() <= 3);
        QVERIFY(m_model->cachedRowCount() <= 60);
    }
    QVERIFY(m_model->rowOfLead(m_model->leadAt(int(LeadCount) - 1).id()) >= 0);
    // Evicted rows are not found by id any more.
    int found = 0;
    for (qint64 id = 1; id <= LeadCount; ++id)
        found += m_model->rowOfLead(id) >= 0 ? 1 : 0;
    QVERIFY(found <= 60);
}

void TestLeadTableModel::showsColumns()
{
    LeadQuery query;
    query.search = u"lovelace"_s;
    query.sortField = LeadField::Id;
    m_model->setQuery(query);
    QVERIFY(waitLoaded(*m_model));
    QVERIFY(m_model->rowCount() > 0);
    const Lead lead = m_model->leadAt(0);
    auto display = [this](int column) {
        return m_model->index(0, column).data(Qt::DisplayRole).toString();
    };
    const QString expectedName =
        QStringList {lead.text(LeadField::FirstName), lead.text(LeadField::LastName)}
            .join(u' ')
            .trimmed();
    QCOMPARE(display(LeadTableModel::NameColumn), expectedName);
    QCOMPARE(display(LeadTableModel::CompanyColumn), lead.text(LeadField::Company));
    QCOMPARE(display(LeadTableModel::EmailColumn), lead.text(LeadField::Email));
    QCOMPARE(display(LeadTableModel::PhoneColumn), lead.text(LeadField::Phone));
    QCOMPARE(display(LeadTableModel::StageColumn), stageLabel(lead.stage()));
    QCOMPARE(display(LeadTableModel::CountryColumn), lead.text(LeadField::Country));
    QCOMPARE(display(LeadTableModel::GradeColumn), lead.text(LeadField::Grade));
    QVERIFY(!display(LeadTableModel::CreatedColumn).isEmpty());
    QCOMPARE(m_model->index(0, 0).data(LeadTableModel::LeadIdRole).toLongLong(), lead.id());
    QCOMPARE(
        m_model->headerData(LeadTableModel::StageColumn, Qt::Horizontal).toString(), u"Stage"_s);
    // The fixture's SLA times are in 2030: a met one says so, an open one shows the time left.
    const int state =
        m_model->index(0, LeadTableModel::SlaColumn).data(LeadTableModel::SlaStateRole).toInt();
    const QString sla = display(LeadTableModel::SlaColumn);
    if (state == int(LeadQuery::Sla::None))
        QVERIFY(sla.isEmpty());
    else if (state == int(LeadQuery::Sla::Met))
        QCOMPARE(sla, u"Met"_s);
    else
        QVERIFY2(sla.contains(u" d "_s), qPrintable(sla));
}

void TestLeadTableModel::sortsInSql_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    const char *names[] = {"name", "company", "email", "phone", "stage", "owner", "source",
        "country", "score", "grade", "sla", "created"};
    for (int column = 0; column < LeadTableModel::ColumnCount; ++column) {
        QTest::addRow("%s ascending", names[column]) << column << Qt::AscendingOrder;
        QTest::addRow("%s descending", names[column]) << column << Qt::DescendingOrder;
    }
}

void TestLeadTableModel::sortsInSql()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);

    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->sort(column, order);
    QVERIFY(waitLoaded(*m_model));
    QVERIFY(!m_model->lastError());
    // The model starts newest first: asking for that again reads nothing.
    const bool current = column == LeadTableModel::CreatedColumn && order == Qt::DescendingOrder;
    QCOMPARE(reset.size(), current ? 0 : 1);
    QCOMPARE(m_model->query().sortField, LeadTableModel::sortField(column));
    QCOMPARE(m_model->query().sortOrder, order);
    QCOMPARE(m_model->rowCount(), int(LeadCount));

    // The expectation comes from what the test created, sorted here as SQLite would.
    QList<SortKey> expected;
    for (qsizetype i = 0; i < m_inputs.size(); ++i)
        expected.append(sortKey(inputValue(m_inputs[i], i, column)));
    std::stable_sort(expected.begin(), expected.end(),
        [order](const SortKey &a, const SortKey &b) { return before(a, b, order); });

    // Rows past the middle are read from the end in reverse: they must line up all the same.
    for (int row = 0; row < LeadCount; ++row) {
        QVERIFY(loadRow(*m_model, row));
        const SortKey got =
            sortKey(m_model->index(row, column).data(LeadTableModel::SortValueRole));
        const SortKey &want = expected.at(row);
        if (got.null != want.null || got.text != want.text || got.number != want.number) {
            QFAIL(qPrintable(u"row %1: got %2, expected %3"_s.arg(row).arg(
                QString::fromUtf8(got.null   ? "null"
                        : got.text.isEmpty() ? QByteArray::number(got.number)
                                             : got.text),
                QString::fromUtf8(want.null   ? "null"
                        : want.text.isEmpty() ? QByteArray::number(want.number)
                                              : want.text))));
        }
    }
}

void TestLeadTableModel::searchFilters_data()
{
    QTest::addColumn<QString>("search");
    QTest::newRow("last name") << u"lovelace"_s;
    QTest::newRow("upper case") << u"LOVELACE"_s;
    QTest::newRow("two words") << u"ada  acme"_s;
    QTest::newRow("accented") << u"zoë"_s;
    QTest::newRow("email domain") << u"example3.com"_s;
    QTest::newRow("company part") << u"Energie"_s;
    QTest::newRow("punctuation separates") << u"100%"_s;
    QTest::newRow("inside a word finds nothing") << u"ovelace"_s;
    QTest::newRow("no match") << u"nobody-by-this-name"_s;
    // More matches than a page: the first page comes from the newest leads alone.
    QTest::newRow("common word") << u"example"_s;
}

void TestLeadTableModel::searchFilters()
{
    QFETCH(QString, search);
    // Each part of each word begins a word of the lead (written with a regular expression here,
    // not with LeadSearch).
    static const QRegularExpression separator(u"[^\\p{L}\\p{N}\\p{M}]+"_s);
    QList<QRegularExpression> starts;
    for (const QString &part : search.toCaseFolded().split(separator, Qt::SkipEmptyParts))
        starts << QRegularExpression(
            u"(?:^|[^\\p{L}\\p{N}\\p{M}])"_s + QRegularExpression::escape(part));
    qint64 expected = 0;
    for (const test::LeadInput &in : std::as_const(m_inputs)) {
        const QString text = in.searchText();
        if (std::all_of(starts.begin(), starts.end(),
                [&text](const QRegularExpression &start) { return text.contains(start); }))
            ++expected;
    }

    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setSearch(search);
    QVERIFY(waitLoaded(*m_model));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->search(), search.simplified());
    QCOMPARE(m_model->totalCount(), expected);
    const QList<Lead> leads = loadAll(*m_model);
    QCOMPARE(leads.size(), expected);
    // Still newest first (ties by id), however the page was found.
    for (qsizetype i = 1; i < leads.size(); ++i) {
        const qint64 newer = leads.at(i - 1).integer(LeadField::CreatedAt);
        const qint64 older = leads.at(i).integer(LeadField::CreatedAt);
        QVERIFY(newer > older || (newer == older && leads.at(i - 1).id() > leads.at(i).id()));
    }
    for (const Lead &lead : leads) {
        const QString text =
            QStringList {lead.text(LeadField::FirstName), lead.text(LeadField::LastName),
                lead.text(LeadField::Company), lead.text(LeadField::EmailNormalized)}
                .join(u' ')
                .toCaseFolded();
        for (const QRegularExpression &start : std::as_const(starts))
            QVERIFY2(text.contains(start), qPrintable(text));
    }

    m_model->setSearch({});
    QVERIFY(waitLoaded(*m_model));
    QCOMPARE(m_model->totalCount(), LeadCount);
}

void TestLeadTableModel::filters_data()
{
    QTest::addColumn<LeadQuery>("query");
    QTest::addColumn<qint64>("expected");

    auto count = [this](const std::function<bool(qint64 id, const test::LeadInput &)> &keep) {
        qint64 n = 0;
        for (qsizetype i = 0; i < m_inputs.size(); ++i)
            n += keep(i + 1, m_inputs.at(i)) ? 1 : 0;
        return n;
    };
    auto withSla = [](LeadQuery::Sla sla) {
        LeadQuery query;
        query.sla = sla;
        query.now = fixtureNow;
        return query;
    };
    const qint64 now = fixtureNow.toMSecsSinceEpoch();
    auto due = [](qint64 id) {
        return fixtureDue(id);
    };

    LeadQuery stages;
    stages.stages = {Stage::Won, Stage::Lost};
    QTest::newRow("stages") << stages << count([](qint64, const test::LeadInput &in) {
        return in.stage == Stage::Won || in.stage == Stage::Lost;
    });
    LeadQuery gradeA;
    gradeA.grades = {u"A"_s};
    QTest::newRow("grade A") << gradeA << count([](qint64 id, const test::LeadInput &) {
        return fixtureGrade(id) == QVariant(u"A"_s);
    });
    LeadQuery gradeLower;
    gradeLower.grades = {u"b"_s, u"d"_s};
    QTest::newRow("grades b and d, lower case")
        << gradeLower << count([](qint64 id, const test::LeadInput &) {
               const QString g = fixtureGrade(id).toString();
               return g == u"B"_s || g == u"D"_s;
           });
    LeadQuery ungraded;
    ungraded.grades = {QString()};
    QTest::newRow("not graded") << ungraded << count([](qint64 id, const test::LeadInput &) {
        return fixtureGrade(id).isNull();
    });
    LeadQuery gradeOrNone;
    gradeOrNone.grades = {u"C"_s, QString()};
    QTest::newRow("grade C or none")
        << gradeOrNone << count([](qint64 id, const test::LeadInput &) {
               return fixtureGrade(id).isNull() || fixtureGrade(id) == QVariant(u"C"_s);
           });
    QTest::newRow("sla overdue") << withSla(
        LeadQuery::Sla::Overdue) << count([&](qint64 id, const test::LeadInput &) {
        return !due(id).isNull() && !fixtureContacted(id) && due(id).toLongLong() < now;
    });
    QTest::newRow("sla due today")
        << withSla(LeadQuery::Sla::DueToday) << count([&](qint64 id, const test::LeadInput &) {
               return !due(id).isNull() && !fixtureContacted(id) && due(id).toLongLong() >= now;
           });
    QTest::newRow("sla met") << withSla(LeadQuery::Sla::Met)
                             << count([&](qint64 id, const test::LeadInput &) {
                                    return !due(id).isNull() && fixtureContacted(id);
                                });
    QTest::newRow("sla none") << withSla(LeadQuery::Sla::None)
                              << count([&](qint64 id, const test::LeadInput &) {
                                     return due(id).isNull();
                                 });
    LeadQuery dueTomorrow = withSla(LeadQuery::Sla::DueToday);
    dueTomorrow.now = fixtureNow.addSecs(-24 * 3600); // nothing is due on the day before
    QTest::newRow("sla due today, a day early") << dueTomorrow << qint64(0);
    LeadQuery scores;
    scores.minScore = 10;
    scores.maxScore = 40;
    QTest::newRow("score range") << scores << count([](qint64 id, const test::LeadInput &) {
        const qint64 score = fixtureScore(id - 1);
        return score >= 10 && score <= 40;
    });
    LeadQuery source;
    source.source = u"WEBINAR"_s;
    QTest::newRow("source, any case") << source << count([](qint64, const test::LeadInput &in) {
        return in.source && in.source->compare(u"webinar"_s, Qt::CaseInsensitive) == 0;
    });
    LeadQuery unassigned;
    unassigned.ownerId = 0;
    QTest::newRow("unassigned") << unassigned << LeadCount;
    LeadQuery combined = withSla(LeadQuery::Sla::Overdue);
    combined.grades = {u"A"_s, u"B"_s};
    combined.stages = {Stage::New, Stage::Contacted, Stage::Mql};
    QTest::newRow("stage, grade and sla")
        << combined << count([&](qint64 id, const test::LeadInput &in) {
               const QString g = fixtureGrade(id).toString();
               return (g == u"A"_s || g == u"B"_s)
                   && (in.stage == Stage::New || in.stage == Stage::Contacted
                       || in.stage == Stage::Mql)
                   && !due(id).isNull() && !fixtureContacted(id) && due(id).toLongLong() < now;
           });
}

void TestLeadTableModel::filters()
{
    QFETCH(LeadQuery, query);
    QFETCH(qint64, expected);
    m_model->setQuery(query);
    QVERIFY(waitLoaded(*m_model));
    QVERIFY(!m_model->lastError());
    QCOMPARE(m_model->totalCount(), expected);
    QCOMPARE(m_model->rowCount(), int(expected));
    // The rows agree with the filter: check what the model shows for each.
    const QList<Lead> leads = loadAll(*m_model);
    QCOMPARE(leads.size(), expected);
    for (const Lead &lead : leads) {
        if (!query.stages.isEmpty())
            QVERIFY(query.stages.contains(lead.stage()));
        if (!query.grades.isEmpty())
            QVERIFY(query.grades.contains(lead.text(LeadField::Grade), Qt::CaseInsensitive));
    }
}

void TestLeadTableModel::setQueryIgnoresPaging()
{
    LeadQuery query;
    query.stages = {Stage::Won, Stage::Lost};
    query.sortField = LeadField::LastName;
    query.limit = 3; // the model pages by itself
    query.offset = 10;
    m_model->setQuery(query);
    QVERIFY(waitLoaded(*m_model));
    const qint64 expected = std::count_if(m_inputs.begin(), m_inputs.end(),
        [](const auto &in) { return in.stage == Stage::Won || in.stage == Stage::Lost; });
    QCOMPARE(m_model->totalCount(), expected);
    QCOMPARE(m_model->query().limit, -1);
    QCOMPARE(m_model->query().offset, 0);
}

void TestLeadTableModel::updatesOneLead()
{
    const int row = 5;
    const Lead before = m_model->leadAt(row);
    QVERIFY(before.id() > 0);
    Result<Lead> after =
        m_service->update(before.id(), before.version(), {{LeadField::Company, u"Renamed Ltd"_s}});
    QVERIFY(after);

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QVERIFY(m_model->reloadLead(before.id()));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), m_model->index(row, 0));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(),
        m_model->index(row, LeadTableModel::ColumnCount - 1));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(
        m_model->index(row, LeadTableModel::CompanyColumn).data().toString(), u"Renamed Ltd"_s);
    QCOMPARE(m_model->leadAt(row).version(), before.version() + 1);

    // Put it back for the other tests, through updateLead this time.
    Result<Lead> restored = m_service->update(
        before.id(), after->version(), {{LeadField::Company, before.value(LeadField::Company)}});
    QVERIFY(restored);
    m_model->updateLead(*restored);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(m_model->leadAt(row).text(LeadField::Company), before.text(LeadField::Company));
}

void TestLeadTableModel::deletedLeadReloads()
{
    const Lead lead = m_model->leadAt(3);
    const qint64 nextId = m_model->leadAt(4).id();
    Result<Lead> deleted = m_service->remove(lead.id());
    QVERIFY(deleted);

    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->updateLead(*deleted);
    QVERIFY(waitLoaded(*m_model));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->totalCount(), LeadCount - 1);
    QCOMPARE(m_model->rowOfLead(lead.id()), -1);
    QCOMPARE(m_model->rowOfLead(nextId), 3);

    // Deleted elsewhere: reloadLead finds it gone.
    QVERIFY(m_service->restore(lead.id()));
    m_model->refresh();
    QVERIFY(waitLoaded(*m_model));
    QCOMPARE(m_model->totalCount(), LeadCount);
    const Lead first = m_model->leadAt(0);
    QVERIFY(m_service->remove(first.id()));
    QVERIFY(m_model->reloadLead(first.id()));
    QVERIFY(waitLoaded(*m_model));
    QCOMPARE(m_model->rowOfLead(first.id()), -1);
    QCOMPARE(m_model->totalCount(), LeadCount - 1);
    QVERIFY(!m_model->lastError());
    QVERIFY(m_service->restore(first.id()));
}

void TestLeadTableModel::staleResultsAreDropped()
{
    // Three queries in a row: only the last one's rows and count are shown.
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setSearch(u"lovelace"_s);
    m_model->setSearch(u"acme"_s);
    m_model->setSearch(u"hopper"_s);
    QVERIFY(waitLoaded(*m_model));
    QTest::qWait(100); // anything stale would have arrived by now
    const qint64 expected = std::count_if(m_inputs.begin(), m_inputs.end(),
        [](const test::LeadInput &in) { return in.searchText().contains(u"hopper"_s); });
    QCOMPARE(m_model->totalCount(), expected);
    QCOMPARE(reset.size(), 1);
    for (const Lead &lead : loadAll(*m_model))
        QVERIFY(lead.text(LeadField::LastName).contains(u"Hopper"_s, Qt::CaseInsensitive));
}

void TestLeadTableModel::serviceModeLoadsAtOnce()
{
    LeadTableModel model(m_service.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // No thread: the first page and the count are there when the constructor returns.
    QVERIFY(!model.isLoading());
    QVERIFY(model.isCounted());
    QCOMPARE(model.totalCount(), LeadCount);
    QVERIFY(model.leadAt(0).id() > 0);
    QVERIFY(loadRow(model, int(LeadCount) - 1));
    model.sort(LeadTableModel::CompanyColumn, Qt::AscendingOrder);
    QCOMPARE(model.query().sortField, LeadField::Company);
    QVERIFY(model.leadAt(0).id() > 0);
}

void TestLeadTableModel::keepsErrors()
{
    LeadService broken {QSqlDatabase()};
    LeadTableModel model(&broken);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.lastError());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), 0);
    QVERIFY(!model.lastError()->toString().isEmpty());

    QSignalSpy errors(&model, &LeadTableModel::errorOccurred);
    model.setSearch(u"anything"_s);
    QVERIFY(!errors.isEmpty());
    QVERIFY(model.lastError());
}

QTEST_MAIN(TestLeadTableModel)
#include "tst_leadtablemodel.moc"
