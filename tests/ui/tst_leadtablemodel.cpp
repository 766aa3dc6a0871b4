#include "leads/leadservice.h"
#include "leadtablemodel.h"
#include "storage/database.h"
#include "testleads.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace lf;

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
    case LeadTableModel::CreatedColumn:
        return in.createdAt;
    }
    return {};
}

void fetchAll(LeadTableModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
}

} // namespace

class TestLeadTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void loadsFirstPage();
    void fetchesInPages();
    void showsColumns();
    void sortsInSql_data();
    void sortsInSql();
    void searchFilters_data();
    void searchFilters();
    void setQueryFilters();
    void updatesOneLead();
    void removesDeletedLead();
    void reloadsLeadDeletedElsewhere();
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
    QSqlQuery scores(m_db->connection());
    QVERIFY(scores.exec(u"UPDATE leads SET score = (id * 37) % 101 - 20"_s));
    QVERIFY(scores.exec(u"SELECT score FROM leads WHERE id = 5"_s) && scores.next());
    QCOMPARE(scores.value(0).toLongLong(), fixtureScore(4));
}

void TestLeadTableModel::init()
{
    m_model = std::make_unique<LeadTableModel>(m_service.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestLeadTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestLeadTableModel::loadsFirstPage()
{
    // The tester fetched a page of its own when it was attached; start over.
    m_model->refresh();
    QVERIFY(!m_model->lastError());
    QCOMPARE(m_model->totalCount(), LeadCount);
    QCOMPARE(m_model->rowCount(), LeadTableModel::DefaultPageSize);
    QCOMPARE(m_model->columnCount(), int(LeadTableModel::ColumnCount));
    QVERIFY(m_model->canFetchMore({}));
    // Newest first until a header says otherwise.
    QCOMPARE(m_model->query().sortField, LeadField::CreatedAt);
    QCOMPARE(m_model->query().sortOrder, Qt::DescendingOrder);
}

void TestLeadTableModel::fetchesInPages()
{
    m_model->setPageSize(120);
    m_model->refresh();
    QCOMPARE(m_model->rowCount(), 120);

    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QVERIFY(m_model->canFetchMore({}));
    m_model->fetchMore({});
    QCOMPARE(m_model->rowCount(), 240);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 120);
    QCOMPARE(inserted.at(0).at(2).toInt(), 239);

    m_model->fetchMore({});
    m_model->fetchMore({});
    QCOMPARE(m_model->rowCount(), 450);
    QVERIFY(!m_model->canFetchMore({}));
    m_model->fetchMore({});
    QCOMPARE(m_model->rowCount(), 450);
    QCOMPARE(inserted.size(), 3);

    // Every lead exactly once across the pages.
    QSet<qint64> ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids.insert(m_model->leadAt(row).id());
    QCOMPARE(ids.size(), LeadCount);
    QCOMPARE(m_model->leadAt(LeadCount).id(), 0);
    QCOMPARE(m_model->leadAt(-1).id(), 0);
}

void TestLeadTableModel::showsColumns()
{
    LeadQuery query;
    query.search = u"lovelace"_s;
    query.sortField = LeadField::Id;
    m_model->setQuery(query);
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
    QVERIFY(!display(LeadTableModel::CreatedColumn).isEmpty());
    QCOMPARE(m_model->index(0, 0).data(LeadTableModel::LeadIdRole).toLongLong(), lead.id());
    QCOMPARE(
        m_model->headerData(LeadTableModel::StageColumn, Qt::Horizontal).toString(), u"Stage"_s);
}

void TestLeadTableModel::sortsInSql_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    const char *names[] = {
        "name", "company", "email", "phone", "stage", "source", "country", "score", "created"};
    for (int column = 0; column < LeadTableModel::ColumnCount; ++column) {
        QTest::addRow("%s ascending", names[column]) << column << Qt::AscendingOrder;
        QTest::addRow("%s descending", names[column]) << column << Qt::DescendingOrder;
    }
}

void TestLeadTableModel::sortsInSql()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);

    m_model->refresh(); // drop the page the tester fetched when it was attached
    m_model->sort(column, order);
    QVERIFY(!m_model->lastError());
    QCOMPARE(m_model->query().sortField, LeadTableModel::sortField(column));
    QCOMPARE(m_model->query().sortOrder, order);
    // Only the first page comes with a sort; the rest follows in order as the view scrolls.
    QCOMPARE(m_model->rowCount(), LeadTableModel::DefaultPageSize);
    fetchAll(*m_model);
    QCOMPARE(m_model->rowCount(), LeadCount);

    // The expectation comes from what the test created, sorted here as SQLite would.
    QList<SortKey> expected;
    for (qsizetype i = 0; i < m_inputs.size(); ++i)
        expected.append(sortKey(inputValue(m_inputs[i], i, column)));
    std::stable_sort(expected.begin(), expected.end(),
        [order](const SortKey &a, const SortKey &b) { return before(a, b, order); });

    for (int row = 0; row < LeadCount; ++row) {
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
    QTest::newRow("no match") << u"nobody-by-this-name"_s;
}

void TestLeadTableModel::searchFilters()
{
    QFETCH(QString, search);
    const QStringList words = search.toCaseFolded().split(u' ', Qt::SkipEmptyParts);
    qint64 expected = 0;
    for (const test::LeadInput &in : std::as_const(m_inputs)) {
        const QString text = in.searchText();
        if (std::all_of(words.begin(), words.end(),
                [&text](const QString &word) { return text.contains(word); }))
            ++expected;
    }

    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setSearch(search);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->search(), search.simplified());
    QCOMPARE(m_model->totalCount(), expected);
    fetchAll(*m_model);
    QCOMPARE(m_model->rowCount(), expected);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Lead lead = m_model->leadAt(row);
        const QString text =
            QStringList {lead.text(LeadField::FirstName), lead.text(LeadField::LastName),
                lead.text(LeadField::Company), lead.text(LeadField::EmailNormalized)}
                .join(u' ')
                .toCaseFolded();
        for (const QString &word : words)
            QVERIFY2(text.contains(word), qPrintable(text));
    }

    m_model->setSearch({});
    QCOMPARE(m_model->totalCount(), LeadCount);
}

void TestLeadTableModel::setQueryFilters()
{
    LeadQuery query;
    query.stages = {Stage::Won, Stage::Lost};
    query.sortField = LeadField::LastName;
    query.limit = 3; // the model pages by itself
    query.offset = 10;
    m_model->setQuery(query);
    const qint64 expected = std::count_if(m_inputs.begin(), m_inputs.end(),
        [](const auto &in) { return in.stage == Stage::Won || in.stage == Stage::Lost; });
    QCOMPARE(m_model->totalCount(), expected);
    fetchAll(*m_model);
    QCOMPARE(m_model->rowCount(), expected);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Stage stage = m_model->leadAt(row).stage();
        QVERIFY(stage == Stage::Won || stage == Stage::Lost);
    }
    QCOMPARE(m_model->query().limit, -1);
    QCOMPARE(m_model->query().offset, 0);
}

void TestLeadTableModel::updatesOneLead()
{
    const int row = 5;
    const Lead before = m_model->leadAt(row);
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

void TestLeadTableModel::removesDeletedLead()
{
    const qint64 total = m_model->totalCount();
    const Lead lead = m_model->leadAt(3);
    const qint64 nextId = m_model->leadAt(4).id();
    Result<Lead> deleted = m_service->remove(lead.id());
    QVERIFY(deleted);

    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy counted(m_model.get(), &LeadTableModel::totalCountChanged);
    m_model->updateLead(*deleted);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(m_model->totalCount(), total - 1);
    QCOMPARE(counted.size(), 1);
    QCOMPARE(m_model->rowOfLead(lead.id()), -1);
    QCOMPARE(m_model->rowOfLead(nextId), 3);

    // The following pages still line up: no lead is skipped or repeated.
    fetchAll(*m_model);
    QCOMPARE(m_model->rowCount(), total - 1);
    QSet<qint64> ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids.insert(m_model->leadAt(row).id());
    QCOMPARE(ids.size(), total - 1);

    QVERIFY(m_service->restore(lead.id()));
}

void TestLeadTableModel::reloadsLeadDeletedElsewhere()
{
    const Lead lead = m_model->leadAt(0);
    QVERIFY(m_service->remove(lead.id()));
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QVERIFY(m_model->reloadLead(lead.id()));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(m_model->rowOfLead(lead.id()), -1);
    QVERIFY(!m_model->lastError());
    QVERIFY(m_service->restore(lead.id()));
}

void TestLeadTableModel::keepsErrors()
{
    LeadService broken {QSqlDatabase()};
    LeadTableModel model(&broken);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.lastError());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    QVERIFY(!model.lastError()->toString().isEmpty());

    QSignalSpy errors(&model, &LeadTableModel::errorOccurred);
    model.setSearch(u"anything"_s);
    QCOMPARE(errors.size(), 1);
    QVERIFY(model.lastError());
}

QTEST_MAIN(TestLeadTableModel)
#include "tst_leadtablemodel.moc"
