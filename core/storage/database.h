#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace lf {

/// A Leadflow database file. Owns the file's connection for the thread that opened it and hands
/// out one named connection per other thread (see Connection).
///
/// open() refuses, before SQLite touches the file, anything that is not a Leadflow database of this
/// schema version or an older one, so a refused file stays byte-for-byte as it was.
class Database
{
public:
    struct Options
    {
        bool readOnly = false; ///< open read-only even when the file is writable
        bool create = true; ///< create the file when it does not exist
    };

    /// Opens (creating and migrating where needed) the database at path.
    static Result<std::unique_ptr<Database>> open(const QString &path, Options options);
    static Result<std::unique_ptr<Database>> open(const QString &path) { return open(path, {}); }

    /// Where the database lives when no --db is given: AppDataLocation/leadflow.sqlite.
    static QString defaultPath();
    static int latestSchemaVersion();
    /// application_id stamped in every Leadflow file ('LFLW').
    static constexpr qint32 applicationId = 0x4C464C57;

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    /// Why the file is read-only, for a message to the user (empty when writable).
    QString readOnlyReason() const { return m_readOnlyReason; }
    int schemaVersion() const { return m_schemaVersion; }

    /// The connection of the thread that opened the database. Use it only on that thread.
    QSqlDatabase connection() const;

    /// Opens a new named connection to the same file, with the same pragmas, for the calling
    /// thread. Remove it with closeConnection() from that thread when done; prefer Connection.
    Result<QSqlDatabase> openConnection(const QString &purpose) const;
    static void closeConnection(const QString &connectionName);

    Status ensureWritable() const;

private:
    Database() = default;
    Status configure(QSqlDatabase &db) const;
    Error withReadOnlyReason(Error error) const;

    QString m_path;
    QString m_connectionName;
    QString m_readOnlyReason;
    bool m_readOnly = false;
    bool m_registered = false; ///< in DatabaseFiles
    int m_schemaVersion = 0;
};

/// A connection for the current thread, closed when this goes out of scope.
class Connection
{
public:
    static Result<std::unique_ptr<Connection>> open(
        const Database &database, const QString &purpose);
    ~Connection();
    QSqlDatabase &sql() { return m_db; }

private:
    Connection() = default;
    QSqlDatabase m_db;
    QString m_name;
};

/// One transaction; rolls back on destruction unless commit() succeeded. Inside another
/// Transaction on the same connection it is a savepoint of that one.
class Transaction
{
public:
    /// How a transaction begun inside another one behaves.
    enum class Nesting {
        Savepoint, ///< its own savepoint: its rollback undoes only its own part
        /// Part of the enclosing transaction, with no savepoint: for bulk work (thousands of
        /// rows) whose failure fails the enclosing work anyway. Inside a savepoint SQLite keeps a
        /// journal of every page the savepoint changes, and each statement grows slower with it.
        Join,
    };
    explicit Transaction(QSqlDatabase db, Nesting nesting = Nesting::Savepoint);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Status begin();
    Status commit();
    void rollback();

private:
    QSqlDatabase m_db;
    int m_depth = 0; ///< transactions already open on the connection when this one began
    bool m_active = false;
    Nesting m_nesting = Nesting::Savepoint;
    bool m_joined = false; ///< began inside another transaction in Join mode: nothing to do
};

/// Error value for a failed query, with the statement's text for the log.
Error databaseError(const class QSqlQuery &query, const QString &what);
Error databaseError(const QSqlDatabase &db, const QString &what);

} // namespace lf
