#pragma once

#include "domain/lead.h"
#include "leads/leadquery.h"
#include "util/result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <atomic>
#include <memory>
#include <optional>

class QThread;
class QTimer;

namespace lf {

class Database;
class LeadService;
class LeadPageLoader;

/// The leads a LeadQuery selects, as a table over any number of leads (a million and more).
///
/// rowCount() is the SQL count, so the scroll bar is true. Rows are read a page at a time around
/// what the view asks for, on worker threads with their own connections (one for pages, one for
/// the count that follows each query's first page, so a long count never holds up the rows on
/// screen); a row not read yet shows "…" until
/// its page arrives (dataChanged). At most cacheLimit() pages are kept, the least recently shown
/// dropped first, so scrolling to the end never holds every lead.
///
/// Sorting, filters and search rewrite the query; they run in SQL. A new query keeps the old rows
/// on screen until its first page arrives, then resets; while its count runs, rowCount() is the
/// rows of that first page and grows when the count arrives (so a search shows its first matches
/// without waiting for a scan of every lead). Results of a replaced query are dropped.
///
/// A failed read is kept (lastError()) and reported by errorOccurred().
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
        OwnerColumn,
        SourceColumn,
        CountryColumn,
        ScoreColumn,
        GradeColumn,
        SlaColumn,
        CreatedColumn,
        ColumnCount
    };

    enum Role {
        LeadIdRole = Qt::UserRole + 1, ///< qint64 id of the row's lead (0 while not loaded)
        SortValueRole, ///< what the column sorts by: the stored value; for stages, funnel order
        LoadedRole, ///< bool: whether the row's lead has been read
        /// For the SLA column: msecs until first contact is due (negative = overdue), or null.
        SlaMsecsRole,
        SlaStateRole, ///< int LeadQuery::Sla of the row's lead (Any never)
    };

    static constexpr int DefaultPageSize = 200;
    static constexpr int DefaultCacheLimit = 16; ///< pages

    /// Reads on worker threads, each with its own connection to the database. The first page of
    /// all (not deleted) leads, newest first, is asked for at once.
    explicit LeadTableModel(Database &database, QObject *parent = nullptr);
    /// Reads through the service on this thread, from the event loop (the same windowed cache,
    /// for small databases and the callers that only have a service). Not owned; must outlive
    /// the model.
    explicit LeadTableModel(LeadService *service, QObject *parent = nullptr);
    ~LeadTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// Sorts in SQL by the column's field (see sortField()) and reloads.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// The field a column sorts by.
    static LeadField sortField(int column);
    /// The column sorting by field, or -1.
    static int columnForSortField(LeadField field);

    /// The query as it is now; its limit and offset are the model's business and are ignored.
    LeadQuery query() const { return m_query; }
    /// Replaces filters and sort and reloads.
    void setQuery(const LeadQuery &query);
    QString search() const { return m_query.search; }
    /// Keeps the leads whose name, company or email contain every word of text; reloads.
    void setSearch(const QString &text);

    int pageSize() const { return m_pageSize; }
    /// Rows read per page (at least 1). Takes effect from the next reload.
    void setPageSize(int rows);
    int cacheLimit() const { return m_cacheLimit; }
    /// Pages kept at most (at least 2).
    void setCacheLimit(int pages);

    /// How many leads the query selects (loaded or not); rowCount() once counted.
    qint64 totalCount() const { return m_total; }
    /// Whether the count of the current query has arrived.
    bool isCounted() const { return m_counted; }
    /// Whether a query's first page is awaited (a reload is running).
    bool isLoading() const { return m_loadingGeneration != 0; }
    /// Leads held in the cache now.
    qint64 cachedRowCount() const;
    int cachedPageCount() const { return int(m_pages.size()); }
    /// Leads read since the query was last set (rows of every page that arrived).
    qint64 rowsRead() const { return m_rowsRead; }

    /// The lead shown in row, or a default Lead (id 0) when the row is out of range or its page
    /// is not loaded.
    Lead leadAt(int row) const;
    /// The row showing the lead with this id, or -1 when it is not in a loaded page.
    int rowOfLead(qint64 id) const;
    /// The owner's name for a user id, as the owner column shows it.
    QString ownerName(qint64 userId) const { return m_owners.value(userId); }

    /// "2 h 10 min", "3 d 4 h", "45 min": a span as the SLA column shows it.
    static QString durationText(qint64 msecs);

    /// The last failure, cleared by the next successful reload.
    std::optional<Error> lastError() const { return m_lastError; }

public slots:
    /// Runs the query again (keeping the rows shown until the new first page arrives).
    void refresh();
    /// Shows a lead as it is now after an edit (dataChanged). A lead that left the query (deleted)
    /// reloads the list. A lead not loaded is ignored.
    void updateLead(const lf::Lead &lead);
    /// Reads one lead again and shows it as updateLead() does; a lead that no longer exists
    /// reloads the list. Returns false (and reports the error) when the read failed.
    bool reloadLead(qint64 id);

signals:
    void totalCountChanged(qint64 count);
    void errorOccurred(const lf::Error &error);
    /// A query's first page arrived and the model was reset to it.
    void loaded();
    /// The count of the current query arrived (rowCount() is now totalCount()).
    void counted(qint64 count);
    /// A page arrived: rows first..last now hold leads.
    void pageLoaded(int first, int last);

private:
    struct Page
    {
        QList<Lead> leads;
        quint64 lastUse = 0;
    };

    void startThreads(Database *database); ///< null: read on this thread
    void reload();
    void startCount(quint64 generation);
    void requestPage(int page) const;
    void dispatch();
    void firstPageArrived(
        quint64 generation, const Result<QList<Lead>> &leads, const QHash<qint64, QString> &owners);
    void countArrived(quint64 generation, const Result<qint64> &count);
    void pageArrived(quint64 generation, int page, const Result<QList<Lead>> &leads);
    void storePage(int page, QList<Lead> &&leads);
    void evict();
    void setError(const Error &error);
    LeadQuery pageQuery(int page) const;
    QVariant displayData(const Lead &lead, int column) const;
    static LeadQuery::Sla slaState(const Lead &lead, qint64 now);

    LeadService *m_service = nullptr; ///< the same-thread service, or the GUI thread's one
    std::unique_ptr<LeadService> m_ownService;
    QThread *m_pageThread = nullptr;
    QThread *m_countThread = nullptr;
    LeadPageLoader *m_pageLoader = nullptr; ///< lives on m_pageThread (or this thread)
    LeadPageLoader *m_countLoader = nullptr;
    /// The generation being loaded, read by the workers to skip work a newer query replaced.
    std::shared_ptr<std::atomic<quint64>> m_latest;

    LeadQuery m_query;
    quint64 m_generation = 0;
    quint64 m_loadingGeneration = 0; ///< generation whose first page is awaited, 0 = none
    qint64 m_total = 0;
    bool m_counted = false;
    std::optional<qint64> m_pendingCount; ///< a count that came before its first page
    qint64 m_rowsRead = 0;
    int m_pageSize = DefaultPageSize;
    int m_cacheLimit = DefaultCacheLimit;
    mutable QHash<int, Page> m_pages;
    QHash<qint64, int> m_rowById;
    QHash<qint64, QString> m_owners;
    mutable quint64 m_useClock = 0;
    mutable QList<int> m_wanted; ///< pages asked for and not loaded, most recent last
    mutable QList<int> m_dropped; ///< wanted pages given up (the view may ask again)
    QList<int> m_inFlight;
    QTimer *m_dispatchTimer = nullptr;
    QString m_createdFormat;
    std::optional<Error> m_lastError;
};

} // namespace lf
