#include "leadtablemodel.h"

#include "leads/leadservice.h"

#include <QColor>
#include <QLocale>
#include <QScopedValueRollback>

using namespace Qt::StringLiterals;

namespace lf {

LeadTableModel::LeadTableModel(LeadService *service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    Q_ASSERT(service);
    // Minutes are enough in a list; the tooltip has the full time.
    m_createdFormat = QLocale().dateTimeFormat(QLocale::ShortFormat);
    m_createdFormat.remove(u":ss"_s);
    m_query.sortField = LeadField::CreatedAt;
    m_query.sortOrder = Qt::DescendingOrder;
    load();
}

int LeadTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_leads.size());
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
    case SourceColumn:
        return LeadField::Source;
    case CountryColumn:
        return LeadField::Country;
    case ScoreColumn:
        return LeadField::Score;
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
    case ScoreColumn:
        return lead.isNull(LeadField::Score) ? QVariant()
                                             : QVariant(lead.integer(LeadField::Score));
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
    const Lead &lead = m_leads.at(index.row());
    const int column = index.column();

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
                return QColor(0x2e, 0x7d, 0x32);
            case Stage::Lost:
            case Stage::Disqualified:
                return QColor(0x80, 0x80, 0x80);
            default:
                break;
            }
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == ScoreColumn)
            return QVariant::fromValue(Qt::AlignHCenter | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case LeadIdRole:
        return lead.id();
    case SortValueRole:
        // What the database sorts by: stages in funnel order, other fields by their value.
        if (column == StageColumn)
            return int(lead.stage());
        return lead.value(sortField(column));
    default:
        return {};
    }
}

QVariant LeadTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        if (section == ScoreColumn)
            return QVariant::fromValue(Qt::AlignHCenter | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
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
    case SourceColumn:
        return tr("Source");
    case CountryColumn:
        return tr("Country");
    case ScoreColumn:
        return tr("Score");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}

bool LeadTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_notifying;
}

void LeadTableModel::fetchMore(const QModelIndex &parent)
{
    // Views and testers may ask for more while they handle this model's signals; a page fetched
    // then would change the rows inside another change, so such calls wait for the next one.
    if (parent.isValid() || m_atEnd || m_notifying)
        return;
    std::optional<Error> error;
    bool totalChanged = false;
    {
        const QScopedValueRollback notifying(m_notifying, true);
        Result<QList<Lead>> page = readPage();
        if (page && !page->isEmpty()) {
            const int first = int(m_leads.size());
            beginInsertRows({}, first, first + int(page->size()) - 1);
            append(std::move(*page));
            endInsertRows();
        }
        if (page)
            totalChanged = settleTotal();
        else
            error = page.error();
    }
    if (error)
        setError(*error);
    if (totalChanged)
        emit totalCountChanged(m_total);
}

Result<QList<Lead>> LeadTableModel::readPage()
{
    LeadQuery page = m_query;
    page.limit = m_pageSize;
    page.offset = m_fetchedFromQuery;
    Result<QList<Lead>> leads = m_service->list(page);
    if (!leads) {
        m_atEnd = true;
        return leads;
    }
    m_fetchedFromQuery += leads->size();
    if (leads->size() < m_pageSize || m_fetchedFromQuery >= m_total)
        m_atEnd = true;

    // Leads added since the previous page shift later pages by a row or more: skip repeats.
    QList<Lead> fresh;
    fresh.reserve(leads->size());
    for (Lead &lead : *leads) {
        if (!m_rowById.contains(lead.id()))
            fresh.append(std::move(lead));
    }
    return fresh;
}

void LeadTableModel::append(QList<Lead> &&leads)
{
    for (Lead &lead : leads) {
        m_rowById.insert(lead.id(), int(m_leads.size()));
        m_leads.append(std::move(lead));
    }
}

bool LeadTableModel::settleTotal()
{
    // At the end of the list, what the list gave is the truth even if leads were added or removed
    // elsewhere since the count.
    if (!m_atEnd || m_total == m_leads.size())
        return false;
    m_total = m_leads.size();
    return true;
}

void LeadTableModel::load()
{
    const qint64 previousTotal = m_total;
    std::optional<Error> error;
    {
        const QScopedValueRollback notifying(m_notifying, true);
        beginResetModel();
        m_leads.clear();
        m_rowById.clear();
        m_fetchedFromQuery = 0;
        m_total = 0;
        m_atEnd = true;
        if (Result<qint64> total = m_service->count(m_query); total) {
            m_total = *total;
            m_atEnd = m_total == 0;
        } else {
            error = total.error();
        }
        if (!m_atEnd) {
            if (Result<QList<Lead>> page = readPage(); page) {
                append(std::move(*page));
                settleTotal();
            } else {
                error = page.error();
            }
        }
        if (!error)
            m_lastError.reset();
        endResetModel();
    }
    if (error)
        setError(*error);
    if (m_total != previousTotal || error)
        emit totalCountChanged(m_total);
}

void LeadTableModel::refresh()
{
    load();
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
    load();
}

void LeadTableModel::setQuery(const LeadQuery &query)
{
    m_query = query;
    m_query.limit = -1;
    m_query.offset = 0;
    load();
}

void LeadTableModel::setSearch(const QString &text)
{
    const QString search = text.simplified();
    if (search == m_query.search && !m_lastError)
        return;
    m_query.search = search;
    load();
}

void LeadTableModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

Lead LeadTableModel::leadAt(int row) const
{
    return row >= 0 && row < m_leads.size() ? m_leads.at(row) : Lead();
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
        removeRow(row);
        return;
    }
    m_leads[row] = lead;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

bool LeadTableModel::reloadLead(qint64 id)
{
    const int row = rowOfLead(id);
    if (row < 0)
        return true;
    Result<Lead> lead = m_service->get(id, m_query.deleted != LeadQuery::Deleted::Exclude);
    if (lead) {
        updateLead(*lead);
        return true;
    }
    if (lead.error().code == ErrorCode::NotFound) {
        removeRow(row);
        return true;
    }
    setError(lead.error());
    return false;
}

void LeadTableModel::removeRow(int row)
{
    {
        const QScopedValueRollback notifying(m_notifying, true);
        beginRemoveRows({}, row, row);
        m_rowById.remove(m_leads.at(row).id());
        m_leads.removeAt(row);
        reindex(row);
        endRemoveRows();
    }
    // The lead no longer counts in the query, so the next page starts one row earlier.
    m_fetchedFromQuery = qMax<qint64>(0, m_fetchedFromQuery - 1);
    m_total = qMax<qint64>(0, m_total - 1);
    emit totalCountChanged(m_total);
}

void LeadTableModel::reindex(int fromRow)
{
    for (int row = fromRow; row < m_leads.size(); ++row)
        m_rowById[m_leads.at(row).id()] = row;
}

void LeadTableModel::setError(const Error &error)
{
    m_lastError = error;
    emit errorOccurred(error);
}

} // namespace lf
