#pragma once

// Pieces the bulk importers share: the raw SQLite handle behind a Qt connection and a prepared
// statement for the hot insert path, a bounded queue from a parsing thread to the writing thread,
// the secondary indexes dropped before loading an empty table, and the errors file for rejected
// rows. Core-internal: nothing here is meant for ui/ or app/.

#include "io/csvreader.h"
#include "io/csvwriter.h"
#include "util/result.h"

#include <QByteArray>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace lf {
class Database;
}

namespace lf::bulk {

/// Phase timings of the importers: QT_LOGGING_RULES="leadflow.import.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcImport)

/// How every import starts: refuses a read-only database (a dry run too: it does the import and
/// rolls it back), opens path with reader and reads the header row into header.
/// The error for a row the database refused: the row's file and line, or, when the disk is full,
/// that (with the database named and no line, since no row is at fault).
Error rowSaveError(sqlite3 *db, const QString &path, qint64 line);

Status openImportFile(const Database &database, CsvReader &reader, CsvRecord &header,
    const QString &path, const CsvReader::Options &options);

/// The raw SQLite handle behind a Qt connection (QSqlDriver::handle()), or nullptr when the
/// connection is not an open QSQLITE one. Owned by the connection.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

/// An Error (ErrorCode::Database) with what and SQLite's last message on db.
Error sqliteError(sqlite3 *db, const QString &what);

/// Runs one statement with positional values; on failure an Error with what and the driver's text.
Status exec(QSqlDatabase &db, const QString &sql, const QVariantList &values, const QString &what);

/// A prepared statement, finalized on destruction. Check it with operator bool after construction.
class Statement
{
public:
    Statement(sqlite3 *db, const QByteArray &sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    sqlite3_stmt *get() const { return m_stmt; }
    explicit operator bool() const { return m_stmt != nullptr; }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

/// The CREATE INDEX statements of table's secondary indexes (not those SQLite makes for UNIQUE
/// or PRIMARY KEY constraints).
Result<QStringList> secondaryIndexes(QSqlDatabase &db, const QString &table);

/// Drops table's secondary indexes and returns the statements that build them again. For a bulk
/// load into an empty table inside one transaction: building an index once at the end is faster
/// than maintaining it row by row, and a rollback brings the indexes back with everything else.
Result<QStringList> dropSecondaryIndexes(QSqlDatabase &db, const QString &table);

/// Runs statements (from dropSecondaryIndexes()) in order.
Status createIndexes(QSqlDatabase &db, const QStringList &statements);

/// Gives the connection the page cache of a bulk load into an empty table (indexes dropped, built
/// at the end): 4 MB instead of the usual 32 MB. The rows are appended, so a bigger cache holds
/// nothing that is read again; and SQLite sorts an index build in runs the size of the cache,
/// which at 4 MB sort within the processor's caches and merge on the second thread. Measured on
/// 1M leads: the 13 index builds take 4.7 s instead of 7.3 s, and peak memory falls from 165 MB
/// to 90 MB. Not for an import into a table that keeps its indexes: its row-by-row index updates
/// need the bigger cache.
Status useBulkLoadCache(QSqlDatabase &db);

/// Refreshes the query planner's statistics of tables (ANALYZE, bounded to a sample of each index)
/// when an import added rows at least as many as there were (rowsBefore; an estimate that errs
/// high is fine). Without statistics, or with those of a much smaller table, SQLite can pick a
/// partial index for a full scan (leads_metrics_cohort for "deleted_at IS NULL"), which then reads
/// every row out of order. Connections already open read the new statistics when they next load
/// the schema: at once when the same transaction also changed the schema (an import drops and
/// restores indexes or triggers), else when reopened. Not for a dry run: it is rolled back.
Status analyzeIfGrown(
    QSqlDatabase &db, const QStringList &tables, qint64 rowsBefore, qint64 rowsAdded);

/// Drops the named triggers and returns the statements that create them again (a name that is
/// not there is passed over). For a bulk load inside one transaction whose rows a trigger has
/// nothing to do for, or does row by row what one statement at the end does better; a rollback
/// brings them back with everything else.
Result<QStringList> suspendTriggers(QSqlDatabase &db, const QStringList &names);

/// Runs the statements from suspendTriggers().
Status restoreTriggers(QSqlDatabase &db, const QStringList &statements);

/// The triggers that keep the quick-search index (lead_search). Inside a transaction every
/// statement that writes to a full-text table flushes its pending words as a new segment, so they
/// cost about 20 µs a lead in a loop of single-row inserts; an import suspends them, adds its new
/// leads to the index in one statement at the end, and takes a lead it updates out of the index
/// before the update and back in after.
const QStringList &searchTriggers();

/// Hands batches from a parsing thread to the writing thread, at most `depth` waiting at a time,
/// so a fast parser does not read a whole file into memory ahead of a slow writer.
template<typename Batch>
class BatchQueue
{
public:
    explicit BatchQueue(size_t depth = 8)
        : m_depth(depth)
    {
    }

    /// Blocks while the queue is full; drops the batch when the consumer has stopped.
    void push(std::unique_ptr<Batch> batch)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [&] { return m_batches.size() < m_depth || m_stopped; });
        if (m_stopped)
            return;
        m_batches.push_back(std::move(batch));
        m_notEmpty.notify_one();
    }
    /// The next batch; nullptr at the end (finish() called and all taken, or stopped).
    std::unique_ptr<Batch> pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [&] { return !m_batches.empty() || m_finished || m_stopped; });
        if (m_stopped || m_batches.empty())
            return nullptr;
        auto batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_notFull.notify_one();
        return batch;
    }
    /// A batch the consumer handed back with recycle(), or nullptr. Reused batches keep their
    /// buffers, so a long import stops allocating once the first few batches exist.
    std::unique_ptr<Batch> recycled()
    {
        std::lock_guard lock(m_mutex);
        if (m_free.empty())
            return nullptr;
        auto batch = std::move(m_free.back());
        m_free.pop_back();
        return batch;
    }
    /// Hands a written batch back to the producer.
    void recycle(std::unique_ptr<Batch> batch)
    {
        std::lock_guard lock(m_mutex);
        m_free.push_back(std::move(batch));
    }
    /// The producer is done, successfully or with error.
    void finish(std::optional<Error> error = std::nullopt)
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_error = std::move(error);
        m_notEmpty.notify_all();
    }
    /// The consumer gives up: wakes and releases the producer.
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_notFull.notify_all();
        m_notEmpty.notify_all();
    }
    bool stopped()
    {
        std::lock_guard lock(m_mutex);
        return m_stopped;
    }
    /// The producer's error, once the queue has run dry.
    std::optional<Error> error()
    {
        std::lock_guard lock(m_mutex);
        return m_error;
    }

private:
    size_t m_depth;
    std::mutex m_mutex;
    std::condition_variable m_notEmpty;
    std::condition_variable m_notFull;
    std::deque<std::unique_ptr<Batch>> m_batches;
    std::vector<std::unique_ptr<Batch>> m_free;
    bool m_finished = false;
    bool m_stopped = false;
    std::optional<Error> m_error;
};

/// Stops a queue and joins its producer thread when leaving a scope by any path, so an early
/// return on the writing side never leaves the parser blocked or running.
template<typename Queue>
class ProducerGuard
{
public:
    ProducerGuard(Queue &queue, std::thread &thread)
        : m_queue(queue)
        , m_thread(thread)
    {
    }
    ~ProducerGuard()
    {
        m_queue.stop();
        if (m_thread.joinable())
            m_thread.join();
    }
    ProducerGuard(const ProducerGuard &) = delete;
    ProducerGuard &operator=(const ProducerGuard &) = delete;

private:
    Queue &m_queue;
    std::thread &m_thread;
};

/// The CSV file an import writes its rejected rows to: the file's header plus a reason and a line
/// column, then each rejected row as read with its reason and line. UTF-8 with a byte-order mark,
/// for Excel. The file appears only when finish() is called with rows written; otherwise nothing
/// is left behind (also when the import fails). Not thread-safe: write from one thread at a time.
class RejectedRowsFile
{
public:
    RejectedRowsFile();
    ~RejectedRowsFile();
    RejectedRowsFile(const RejectedRowsFile &) = delete;
    RejectedRowsFile &operator=(const RejectedRowsFile &) = delete;

    /// Starts writing path (replaced only by finish()) with headers and the two extra columns.
    /// input: the file being imported, which path must not name.
    Status open(
        const QString &path, const QString &input, const QStringList &headers, QChar delimiter);
    /// Writes one rejected row. Errors are kept and returned by finish().
    void write(const QStringList &fields, const QString &reason, qint64 line);
    qint64 rows() const { return m_rows; }
    /// Commits the file when rows were written (true), discards it when none were (false).
    Result<bool> finish();

private:
    CsvWriter m_writer;
    qint64 m_rows = 0;
    std::optional<Error> m_error;
};

} // namespace lf::bulk
