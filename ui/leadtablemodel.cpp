#include "leadtablemodel.h"

#include "leads/leadservice.h"
#include "routing/userservice.h"
#include "storage/database.h"

#include <QColor>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QThread>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lf {

/// Reads for a LeadTableModel on the thread it lives on: through its own connection to the
/// database (opened on first use, closed when the thread ends), or through a given service.
class LeadPageLoader : public QObject
{
public:
    LeadPageLoader(Database *database, LeadService *service)
        : m_database(database)
        , m_service(service)
    {
    }

    Result<LeadService *> service()
    {
        if (m_service)
            return m_service;
        auto connection = Connection::open(*m_database, u"leadtable"_s);
        if (!connection)
            return fail(connection.error());
        m_connection = std::move(*connection);
        m_ownService = std::make_unique<LeadService>(m_connection->sql());
        m_service = m_ownService.get();
        return m_service;
    }

    /// Owner names by user id, read with the first page of each query (users are few).
    QHash<qint64, QString> owners()
    {
        QHash<qint64, QString> names;
        if (!service())
            return names;
        // The service's connection: the database's own (same thread) or this thread's.
        const QSqlDatabase db = m_connection ? m_connection->sql()
            : m_database                     ? m_database->connection()
                                             : QSqlDatabase();
        if (!db.isValid())
            return names;
        if (Result<QList<User>> users = UserService(db).list(true); users) {
            for (const User &user : std::as_const(*users))
                names.insert(user.id, user.name);
        }
        return names;
    }

private:
    Database *m_database;
    LeadService *m_service;
    std::unique_ptr<Connection> m_connection; // declared before the service using it
    std::unique_ptr<LeadService> m_ownService;
};

namespace {

QThread *startWorker(const QString &name, QObject *parent)
{
    auto *thread = new QThread(parent);
    thread->setObjectName(name);
    thread->start();
    return thread;
}

bool darkPalette()
{
    return QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
}

} // namespace

LeadTableModel::LeadTableModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_ownService(std::make_unique<LeadService>(database.connection()))
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    m_service = m_ownService.get();
    startThreads(&database);
}

LeadTableModel::LeadTableModel(LeadService *service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    Q_ASSERT(service);
    m_pageLoader = new LeadPageLoader(nullptr, service);
    m_pageLoader->setParent(this);
    m_countLoader = m_pageLoader;
    startThreads(nullptr);
}

void LeadTableModel::startThreads(Database *database)
{
    // Minutes are enough in a list; the tooltip has the full time.
    m_createdFormat = QLocale().dateTimeFormat(QLocale::ShortFormat);
    m_createdFormat.remove(u":ss"_s);
    m_query.sortField = LeadField::CreatedAt;
    m_query.sortOrder = Qt::DescendingOrder;
    m_dispatchTimer = new QTimer(this);
    m_dispatchTimer->setSingleShot(true);
    m_dispatchTimer->setInterval(0);
    connect(m_dispatchTimer, &QTimer::timeout, this, &LeadTableModel::dispatch);

    if (!m_pageLoader) {
        m_pageThread = startWorker(u"Leadflow lead pages"_s, this);
        m_countThread = startWorker(u"Leadflow lead counts"_s, this);
        m_pageLoader = new LeadPageLoader(database, nullptr);
        m_countLoader = new LeadPageLoader(database, nullptr);
        m_pageLoader->moveToThread(m_pageThread);
        m_countLoader->moveToThread(m_countThread);
        // Deleted on their threads when those end, so the connections close there.
        connect(m_pageThread, &QThread::finished, m_pageLoader, &QObject::deleteLater);
        connect(m_countThread, &QThread::finished, m_countLoader, &QObject::deleteLater);
    }
    reload();
}

LeadTableModel::~LeadTableModel()
{
    // Stale work is skipped; a read already running finishes before the threads end.
    m_latest->store(0);
    for (QThread *thread : {m_pageThread, m_countThread}) {
        if (thread) {
            thread->quit();
            thread->wait();
        }
    }
}

int LeadTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(qMin<qint64>(m_total, std::numeric_limits<int>::max()));
}

int LeadTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

LeadField LeadTableModel::sortField(int column)
{
    switch (column) {
    case NameColumn:
        return LeadField::FirstName;
    case CompanyColumn:
        return LeadField::Company;
    case EmailColumn:
        return LeadField::Email;
    case PhoneColumn:
        return LeadField::Phone;
    case StageColumn:
        return LeadField::Stage;
    case OwnerColumn:
        return LeadField::OwnerId;
    case SourceColumn:
        return LeadField::Source;
    case CountryColumn:
        return LeadField::Country;
    case ScoreColumn:
        return LeadField::Score;
    case GradeColumn:
        return LeadField::Grade;
    case SlaColumn:
        return LeadField::FirstContactDueAt;
    case CreatedColumn:
        return LeadField::CreatedAt;
    default:
        return LeadField::Id;
    }
}

int LeadTableModel::columnForSortField(LeadField field)
{
    for (int column = 0; column < ColumnCount; ++column) {
        if (sortField(column) == field)
            return column;
    }
    return -1;
}

QString LeadTableModel::durationText(qint64 msecs)
{
    const qint64 minutes = qAbs(msecs) / 60000;
    const qint64 hours = minutes / 60;
    const qint64 days = hours / 24;
    if (days > 0)
        return tr("%1 d %2 h", "days, hours").arg(days).arg(hours % 24);
    if (hours > 0)
        return tr("%1 h %2 min", "hours, minutes").arg(hours).arg(minutes % 60);
    if (minutes > 0)
        return tr("%1 min").arg(minutes);
    return tr("< 1 min");
}

LeadQuery::Sla LeadTableModel::slaState(const Lead &lead, qint64 now)
{
    if (lead.isNull(LeadField::FirstContactDueAt))
        return LeadQuery::Sla::None;
    if (!lead.isNull(LeadField::FirstContactedAt))
        return LeadQuery::Sla::Met;
    return lead.integer(LeadField::FirstContactDueAt) < now ? LeadQuery::Sla::Overdue
                                                            : LeadQuery::Sla::DueToday;
}

QVariant LeadTableModel::displayData(const Lead &lead, int column) const
{
    switch (column) {
    case NameColumn: {
        const QString first = lead.text(LeadField::FirstName);
        const QString last = lead.text(LeadField::LastName);
        if (first.isEmpty() || last.isEmpty())
            return first.isEmpty() ? last : first;
        return tr("%1 %2", "first name, last name").arg(first, last);
    }
    case StageColumn:
        return lead.isNull(LeadField::Stage) ? QString() : stageLabel(lead.stage());
    case OwnerColumn:
        if (lead.isNull(LeadField::OwnerId))
            return QString();
        return m_owners.value(
            lead.integer(LeadField::OwnerId), tr("User %1").arg(lead.integer(LeadField::OwnerId)));
    case ScoreColumn:
        return lead.isNull(LeadField::Score) ? QVariant()
                                             : QVariant(lead.integer(LeadField::Score));
    case SlaColumn: {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        switch (slaState(lead, now)) {
        case LeadQuery::Sla::None:
            return QString();
        case LeadQuery::Sla::Met:
            return tr("Met");
        case LeadQuery::Sla::Overdue:
            return tr("%1 late").arg(
                durationText(now - lead.integer(LeadField::FirstContactDueAt)));
        default:
            return durationText(lead.integer(LeadField::FirstContactDueAt) - now);
        }
    }
    case CreatedColumn: {
        const QDateTime created = lead.time(LeadField::CreatedAt);
        return created.isValid() ? QLocale().toString(created.toLocalTime(), m_createdFormat)
                                 : QString();
    }
    default:
        return lead.text(sortField(column));
    }
}

QVariant LeadTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int column = index.column();
    const int pageNumber = index.row() / m_pageSize;
    const auto page = m_pages.find(pageNumber);
    const int inPage = index.row() % m_pageSize;
    if (page == m_pages.end() || inPage >= page->leads.size()) {
        if (page == m_pages.end() && (role == Qt::DisplayRole || role == LoadedRole))
            requestPage(pageNumber);
        switch (role) {
        case Qt::DisplayRole:
            return column == NameColumn ? QVariant(u"…"_s) : QVariant();
        case LoadedRole:
            return false;
        case LeadIdRole:
            return qint64(0);
        default:
            return {};
        }
    }
    page->lastUse = ++m_useClock;
    const Lead &lead = page->leads.at(inPage);

    switch (role) {
    case Qt::DisplayRole:
        return displayData(lead, column);
    case Qt::ToolTipRole:
        if (column == CountryColumn && !lead.isNull(LeadField::Country)) {
            const auto territory = QLocale::codeToTerritory(lead.text(LeadField::Country));
            if (territory != QLocale::AnyTerritory)
                return QLocale::territoryToString(territory);
        } else if (column == CreatedColumn) {
            const QDateTime created = lead.time(LeadField::CreatedAt);
            if (created.isValid())
                return QLocale().toString(created.toLocalTime(), QLocale::LongFormat);
        } else if (column == SlaColumn && !lead.isNull(LeadField::FirstContactDueAt)) {
            const QString due = QLocale().toString(
                lead.time(LeadField::FirstContactDueAt).toLocalTime(), QLocale::LongFormat);
            if (!lead.isNull(LeadField::FirstContactedAt))
                return tr("First contact due %1, made %2")
                    .arg(due,
                        QLocale().toString(lead.time(LeadField::FirstContactedAt).toLocalTime(),
                            QLocale::LongFormat));
            return tr("First contact due %1").arg(due);
        } else if (column == NameColumn || column == CompanyColumn || column == EmailColumn) {
            const QString text = displayData(lead, column).toString();
            if (!text.isEmpty())
                return text;
        }
        return {};
    case Qt::ForegroundRole:
        // Closed stages stand out: won in green, lost and disqualified greyed.
        if (column == StageColumn && !lead.isNull(LeadField::Stage)) {
            switch (lead.stage()) {
            case Stage::Won:
                return darkPalette() ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
            case Stage::Lost:
            case Stage::Disqualified:
                return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
            default:
                break;
            }
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == ScoreColumn || column == GradeColumn)
            return QVariant::fromValue(Qt::AlignHCenter | Qt::AlignVCenter);
        if (column == SlaColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case LeadIdRole:
        return lead.id();
    case LoadedRole:
        return true;
    case SortValueRole:
        // What the database sorts by: stages in funnel order, other fields by their value.
        if (column == StageColumn)
            return int(lead.stage());
        return lead.value(sortField(column));
    case SlaMsecsRole: {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const LeadQuery::Sla state = slaState(lead, now);
        if (state == LeadQuery::Sla::Overdue || state == LeadQuery::Sla::DueToday)
            return lead.integer(LeadField::FirstContactDueAt) - now;
        return {};
    }
    case SlaStateRole:
        return int(slaState(lead, QDateTime::currentMSecsSinceEpoch()));
    default:
        return {};
    }
}

QVariant LeadTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        if (section == ScoreColumn || section == GradeColumn)
            return QVariant::fromValue(Qt::AlignHCenter | Qt::AlignVCenter);
        if (section == SlaColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && section == SlaColumn)
        return tr("Time left until the first contact is due");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case CompanyColumn:
        return tr("Company");
    case EmailColumn:
        return tr("Email");
    case PhoneColumn:
        return tr("Phone");
    case StageColumn:
        return tr("Stage");
    case OwnerColumn:
        return tr("Owner");
    case SourceColumn:
        return tr("Source");
    case CountryColumn:
        return tr("Country");
    case ScoreColumn:
        return tr("Score");
    case GradeColumn:
        return tr("Grade");
    case SlaColumn:
        return tr("SLA");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}

LeadQuery LeadTableModel::pageQuery(int page) const
{
    LeadQuery query = m_query;
    query.limit = m_pageSize;
    query.offset = qint64(page) * m_pageSize;
    if (m_counted && query.offset > m_total / 2) {
        // Past the middle, counted from the end: a sort without an index then keeps only the
        // rows up to this page instead of every row before it.
        const qint64 end = qMin(m_total, query.offset + m_pageSize);
        query.reverse = true;
        query.limit = qMax<qint64>(0, end - query.offset);
        query.offset = m_total - end;
    }
    return query;
}

void LeadTableModel::reload()
{
    const quint64 generation = ++m_generation;
    m_latest->store(generation);
    m_loadingGeneration = generation;
    m_pendingCount.reset();
    const LeadQuery first = pageQuery(0);
    LeadQuery countQuery = m_query;
    countQuery.limit = -1;
    countQuery.offset = 0;

    if (!m_pageThread) {
        // Same thread: at once, as a plain list would.
        LeadPageLoader *loader = m_pageLoader;
        firstPageArrived(generation, m_service->listPage(first), loader->owners());
        if (m_loadingGeneration == 0 && !m_counted)
            countArrived(generation, m_service->count(countQuery));
        return;
    }

    const auto latest = m_latest;
    LeadPageLoader *pages = m_pageLoader;
    QMetaObject::invokeMethod(
        pages,
        [this, pages, latest, generation, first] {
            if (latest->load() != generation)
                return;
            Result<LeadService *> service = pages->service();
            Result<QList<Lead>> leads =
                service ? (*service)->listPage(first) : Result<QList<Lead>>(fail(service.error()));
            const QHash<qint64, QString> owners = pages->owners();
            QMetaObject::invokeMethod(
                this,
                [this, generation, leads = std::move(leads), owners] {
                    firstPageArrived(generation, leads, owners);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void LeadTableModel::startCount(quint64 generation)
{
    // After the first page, not beside it: on a busy machine the two would slow each other and
    // the rows on screen matter first. On its own thread, so pages never wait for a count.
    LeadQuery countQuery = m_query;
    countQuery.limit = -1;
    countQuery.offset = 0;
    const auto latest = m_latest;
    LeadPageLoader *counts = m_countLoader;
    QMetaObject::invokeMethod(
        counts,
        [this, counts, latest, generation, countQuery] {
            if (latest->load() != generation)
                return;
            Result<LeadService *> service = counts->service();
            Result<qint64> count =
                service ? (*service)->count(countQuery) : Result<qint64>(fail(service.error()));
            QMetaObject::invokeMethod(
                this, [this, generation, count] { countArrived(generation, count); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void LeadTableModel::firstPageArrived(
    quint64 generation, const Result<QList<Lead>> &leads, const QHash<qint64, QString> &owners)
{
    if (generation != m_generation)
        return;
    m_loadingGeneration = 0;
    const qint64 previousTotal = m_total;
    beginResetModel();
    m_pages.clear();
    m_rowById.clear();
    m_wanted.clear();
    m_dropped.clear();
    m_inFlight.clear();
    m_rowsRead = 0;
    m_owners = owners;
    if (leads) {
        m_lastError.reset();
        if (m_pendingCount) {
            m_total = *m_pendingCount;
            m_counted = true;
        } else if (leads->size() < m_pageSize) {
            // A short first page is the whole list: nothing to wait for.
            m_total = leads->size();
            m_counted = true;
        } else {
            m_total = leads->size();
            m_counted = false;
        }
        if (!leads->isEmpty())
            storePage(0, QList<Lead>(*leads));
    } else {
        m_total = 0;
        m_counted = true;
    }
    m_pendingCount.reset();
    endResetModel();
    if (!leads)
        setError(leads.error());
    else if (!m_counted && m_pageThread)
        startCount(generation);
    emit loaded();
    if (m_total != previousTotal)
        emit totalCountChanged(m_total);
    if (m_counted)
        emit counted(m_total);
}

void LeadTableModel::countArrived(quint64 generation, const Result<qint64> &count)
{
    if (generation != m_generation)
        return;
    if (!count) {
        setError(count.error());
        return;
    }
    if (m_loadingGeneration == generation) {
        m_pendingCount = *count;
        return;
    }
    if (m_counted)
        return; // the first page was short: it is the whole list
    const qint64 total = qMin<qint64>(*count, std::numeric_limits<int>::max());
    if (total > m_total) {
        beginInsertRows({}, int(m_total), int(total - 1));
        m_total = total;
        endInsertRows();
    } else if (total < m_total) {
        // Leads went away between the page and the count; the page's extra rows go with them.
        beginRemoveRows({}, int(total), int(m_total - 1));
        m_total = total;
        endRemoveRows();
    }
    m_counted = true;
    emit totalCountChanged(m_total);
    emit counted(m_total);
}

void LeadTableModel::requestPage(int page) const
{
    if (m_inFlight.contains(page))
        return;
    m_wanted.removeOne(page);
    m_wanted.append(page);
    // The view asks for what it paints; pages it asked for long ago were likely scrolled past.
    // They are given up (and announced as changed in dispatch(), so a view still showing them
    // asks again).
    constexpr int MaxWanted = 4;
    while (m_wanted.size() > MaxWanted)
        m_dropped.append(m_wanted.takeFirst());
    if (!m_dispatchTimer->isActive())
        m_dispatchTimer->start();
}

void LeadTableModel::dispatch()
{
    const QList<int> dropped = std::exchange(m_dropped, {});
    for (int page : dropped) {
        const int first = page * m_pageSize;
        if (first >= m_total)
            continue;
        const int last = int(qMin<qint64>(m_total, qint64(first) + m_pageSize) - 1);
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    }
    if (!m_inFlight.isEmpty() || m_wanted.isEmpty() || m_loadingGeneration != 0)
        return;
    const int page = m_wanted.takeLast();
    if (m_pages.contains(page) || qint64(page) * m_pageSize >= m_total) {
        dispatch();
        return;
    }
    m_inFlight.append(page);
    const quint64 generation = m_generation;
    const LeadQuery query = pageQuery(page);
    const auto latest = m_latest;
    LeadPageLoader *loader = m_pageLoader;
    QMetaObject::invokeMethod(
        loader,
        [this, loader, latest, generation, page, query] {
            if (latest->load() != generation)
                return;
            Result<LeadService *> service = loader->service();
            Result<QList<Lead>> leads =
                service ? (*service)->listPage(query) : Result<QList<Lead>>(fail(service.error()));
            if (leads && query.reverse)
                std::reverse(leads->begin(), leads->end());
            QMetaObject::invokeMethod(
                this,
                [this, generation, page, leads = std::move(leads)] {
                    pageArrived(generation, page, leads);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void LeadTableModel::pageArrived(quint64 generation, int page, const Result<QList<Lead>> &leads)
{
    m_inFlight.removeOne(page);
    if (generation != m_generation) {
        dispatch();
        return;
    }
    if (!leads) {
        setError(leads.error());
        return;
    }
    const int first = page * m_pageSize;
    QList<Lead> rows = *leads;
    if (first + rows.size() > m_total)
        rows.resize(qMax<qint64>(0, m_total - first));
    if (!rows.isEmpty()) {
        const int count = int(rows.size());
        storePage(page, std::move(rows));
        evict();
        emit dataChanged(index(first, 0), index(first + count - 1, ColumnCount - 1));
        emit pageLoaded(first, first + count - 1);
    }
    dispatch();
}

void LeadTableModel::storePage(int page, QList<Lead> &&leads)
{
    m_rowsRead += leads.size();
    const int first = page * m_pageSize;
    for (qsizetype i = 0; i < leads.size(); ++i)
        m_rowById.insert(leads.at(i).id(), first + int(i));
    m_pages.insert(page, Page {std::move(leads), ++m_useClock});
}

void LeadTableModel::evict()
{
    while (m_pages.size() > m_cacheLimit) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        }
        for (const Lead &lead : std::as_const(oldest->leads))
            m_rowById.remove(lead.id());
        m_pages.erase(oldest);
    }
}

qint64 LeadTableModel::cachedRowCount() const
{
    qint64 rows = 0;
    for (const Page &page : std::as_const(m_pages))
        rows += page.leads.size();
    return rows;
}

void LeadTableModel::refresh()
{
    reload();
}

void LeadTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    const LeadField field = sortField(column);
    if (field == m_query.sortField && order == m_query.sortOrder && !m_lastError)
        return;
    m_query.sortField = field;
    m_query.sortOrder = order;
    reload();
}

void LeadTableModel::setQuery(const LeadQuery &query)
{
    m_query = query;
    m_query.limit = -1;
    m_query.offset = 0;
    reload();
}

void LeadTableModel::setSearch(const QString &text)
{
    const QString search = text.simplified();
    if (search == m_query.search && !m_lastError)
        return;
    m_query.search = search;
    reload();
}

void LeadTableModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

void LeadTableModel::setCacheLimit(int pages)
{
    m_cacheLimit = qMax(2, pages);
    evict();
}

Lead LeadTableModel::leadAt(int row) const
{
    if (row < 0 || row >= m_total)
        return Lead();
    const auto page = m_pages.constFind(row / m_pageSize);
    if (page == m_pages.cend() || row % m_pageSize >= page->leads.size())
        return Lead();
    return page->leads.at(row % m_pageSize);
}

int LeadTableModel::rowOfLead(qint64 id) const
{
    return m_rowById.value(id, -1);
}

void LeadTableModel::updateLead(const Lead &lead)
{
    const int row = rowOfLead(lead.id());
    if (row < 0)
        return;
    const bool belongs = m_query.deleted == LeadQuery::Deleted::Include
        || (m_query.deleted == LeadQuery::Deleted::Only) == lead.isDeleted();
    if (!belongs) {
        // Every later row moves up one: read the list again.
        reload();
        return;
    }
    m_pages[row / m_pageSize].leads[row % m_pageSize] = lead;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

bool LeadTableModel::reloadLead(qint64 id)
{
    if (rowOfLead(id) < 0)
        return true;
    Result<Lead> lead = m_service->get(id, m_query.deleted != LeadQuery::Deleted::Exclude);
    if (lead) {
        updateLead(*lead);
        return true;
    }
    if (lead.error().code == ErrorCode::NotFound) {
        reload();
        return true;
    }
    setError(lead.error());
    return false;
}

void LeadTableModel::setError(const Error &error)
{
    m_lastError = error;
    emit errorOccurred(error);
}

} // namespace lf
