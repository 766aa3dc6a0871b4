#pragma once

#include "domain/lead.h"
#include "leads/leadquery.h"
#include "util/result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace lf {

class LeadService;

/// The leads a LeadQuery selects, as a table, fetched lazily from LeadService one page at a time.
///
/// Sorting and searching rewrite the query and reset the model; they run in SQL, never over the
/// rows held here. A failed query is kept (lastError()) and reported by errorOccurred(); the model
/// then shows what it had fetched before and fetches no further.
///
/// The service is not owned and must outlive the model. Use the model on the service's thread.
class LeadTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        CompanyColumn,
        EmailColumn,
        PhoneColumn,
        StageColumn,
        SourceColumn,
        CountryColumn,
        ScoreColumn,
        CreatedColumn,
        ColumnCount
    };

    enum Role {
        LeadIdRole = Qt::UserRole + 1, ///< qint64 id of the row's lead
        SortValueRole, ///< what the column sorts by: the stored value; for stages, funnel order
    };

    static constexpr int DefaultPageSize = 200;

    /// Loads the first page of all (not deleted) leads, newest first.
    explicit LeadTableModel(LeadService *service, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    /// Sorts in SQL by the column's field (see sortField()) and reloads from the first page.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// The field a column sorts by.
    static LeadField sortField(int column);
    /// The column sorting by field, or -1.
    static int columnForSortField(LeadField field);

    /// The query as it is now; its limit and offset are the model's business and are ignored.
    LeadQuery query() const { return m_query; }
    /// Replaces filters and sort and reloads from the first page.
    void setQuery(const LeadQuery &query);
    QString search() const { return m_query.search; }
    /// Keeps the leads whose name, company or email contain every word of text; reloads.
    void setSearch(const QString &text);

    int pageSize() const { return m_pageSize; }
    /// Rows fetched per page (at least 1). Takes effect from the next fetch.
    void setPageSize(int rows);

    /// How many leads the query selects (fetched or not).
    qint64 totalCount() const { return m_total; }

    /// The lead shown in row, or a default Lead (id 0) when row is out of range.
    Lead leadAt(int row) const;
    /// The row showing the lead with this id, or -1 when it is not (yet) fetched.
    int rowOfLead(qint64 id) const;

    /// The last failure of the service, cleared by the next successful reload.
    std::optional<Error> lastError() const { return m_lastError; }

public slots:
    /// Runs the query again from the first page.
    void refresh();
    /// Shows a lead as it is now after an edit (dataChanged), or removes its row when the lead no
    /// longer belongs here because it was deleted. A lead not fetched is ignored.
    void updateLead(const lf::Lead &lead);
    /// Reads one lead again from the service and shows it as updateLead() does. A lead that no
    /// longer exists loses its row. Returns false (and reports the error) when the read failed.
    bool reloadLead(qint64 id);

signals:
    void totalCountChanged(qint64 count);
    void errorOccurred(const lf::Error &error);

private:
    void load(); ///< reset: count and first page
    /// Reads the next page; returns the leads not already shown.
    Result<QList<Lead>> readPage();
    void append(QList<Lead> &&leads);
    /// Makes the total agree with the rows once all are fetched; true when it changed.
    bool settleTotal();
    void setError(const Error &error);
    void removeRow(int row);
    void reindex(int fromRow);
    QVariant displayData(const Lead &lead, int column) const;

    LeadService *m_service;
    LeadQuery m_query;
    QList<Lead> m_leads;
    QHash<qint64, int> m_rowById;
    qint64 m_total = 0;
    qint64 m_fetchedFromQuery = 0; ///< offset of the next page
    int m_pageSize = DefaultPageSize;
    QString m_createdFormat;
    bool m_atEnd = true;
    bool m_notifying = false; ///< emitting a change: no fetching until it is delivered
    std::optional<Error> m_lastError;
};

} // namespace lf
