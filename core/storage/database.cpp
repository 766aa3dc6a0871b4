#include "database.h"

#include "databasefiles.h"
#include "migrations.h"
#include "writeractivity.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QtEndian>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace lf {

namespace {

QAtomicInteger<quint64> connectionCounter;

QString tr(const char *text)
{
    return QCoreApplication::translate("Database", text);
}

Error refuse(const QString &path, const QString &message)
{
    Error error {ErrorCode::Refused, message, {}, 0, 0, {}, {}};
    error.file = path;
    return error;
}

/// What the first 100 bytes of an SQLite file say, read without SQLite so the file stays untouched.
struct Header
{
    bool isSqlite = false;
    qint32 userVersion = 0;
    qint32 applicationId = 0;
};

Result<Header> readHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(refuse(path, tr("Cannot read the file: %1.").arg(file.errorString())));
    const QByteArray bytes = file.read(100);
    Header header;
    static const QByteArray magic("SQLite format 3\0", 16);
    if (bytes.size() < 100 || !bytes.startsWith(magic))
        return header;
    header.isSqlite = true;
    header.userVersion = qFromBigEndian<qint32>(bytes.constData() + 60);
    header.applicationId = qFromBigEndian<qint32>(bytes.constData() + 68);
    return header;
}

/// Creates the empty file of a new database readable and writable by its owner only, before SQLite
/// creates it with the umask's permissions (0644 under the usual umask 022): a lead base is a
/// company's pipeline. SQLite gives the -wal and -shm files the permissions of the database.
Status createPrivateFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(),
        O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0 && errno != EEXIST)
        return fail(Error {ErrorCode::Io,
            tr("Cannot create the database %1: %2.")
                .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(::strerror(errno))),
            path, 0, 0, {}, {}});
    if (fd >= 0)
        ::close(fd);
    return {};
}

/// Replaces the plain five-second busy timeout with WriterActivity's wait, which also waits for
/// an import another process announced. The path strings live as long as the process.
void installBusyHandler(const QSqlDatabase &db, const QString &path)
{
    static QMutex mutex;
    static std::map<QString, std::unique_ptr<QString>> contexts; // freed at exit
    if (!db.driver())
        return;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    const QString *context = nullptr;
    {
        const QMutexLocker lock(&mutex);
        auto &slot = contexts[path];
        if (!slot)
            slot = std::make_unique<QString>(path);
        context = slot.get();
    }
    sqlite3_busy_handler(*static_cast<sqlite3 *const *>(handle.data()),
        &WriterActivity::waitWhileBusy, const_cast<QString *>(context));
}

/// Why a file or its folder cannot be written, or an empty string when both can. SQLite in WAL mode
/// writes -wal and -shm files beside the database, so the folder must be writable too. The owner's
/// write bit is honoured even for root, for whom access(2) always allows writing.
QString whyReadOnly(const QFileInfo &info)
{
    if (!info.isWritable() || !(info.permissions() & QFileDevice::WriteOwner))
        return tr("The file %1 is read-only.").arg(QDir::toNativeSeparators(info.filePath()));
    const QFileInfo folder(info.absolutePath());
    if (!folder.isWritable())
        return tr("The folder %1 is read-only.").arg(QDir::toNativeSeparators(folder.filePath()));
    return {};
}

Status exec(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        return fail(databaseError(query, tr("The database could not be set up")));
    return {};
}

} // namespace

Error databaseError(const QSqlQuery &query, const QString &what)
{
    Error error {ErrorCode::Database, u"%1: %2"_s.arg(what, query.lastError().text().trimmed()), {},
        0, 0, {}, {}};
    if (!query.lastQuery().isEmpty())
        error.details.append(query.lastQuery());
    return error;
}

Error databaseError(const QSqlDatabase &db, const QString &what)
{
    return Error {ErrorCode::Database, u"%1: %2"_s.arg(what, db.lastError().text().trimmed()), {},
        0, 0, {}, {}};
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + u"/leadflow.sqlite"_s;
}

int Database::latestSchemaVersion()
{
    return migrations().constLast().version;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Options options)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    std::unique_ptr<Database> database(new Database);
    database->m_path = info.absoluteFilePath();

    if (info.exists()) {
        if (info.isDir())
            return fail(refuse(path, tr("%1 is a folder, not a database file.").arg(shown)));
        // An empty file is what a missing one is: a new database only where one may be created
        // (a typo in --db must not silently start an empty lead base).
        if (info.size() == 0 && !options.create)
            return fail(Error {ErrorCode::NotFound,
                tr("%1 is an empty file, not a Leadflow database.").arg(shown), path, 0, 0, {},
                {}});
        // A file this process already has open through SQLite was checked when it was opened, and
        // reading its header again here would drop SQLite's locks on it (DatabaseFiles).
        if (info.size() > 0 && !DatabaseFiles::contains(path)) {
            auto header = readHeader(path);
            if (!header)
                return fail(header.error());
            if (!header->isSqlite)
                return fail(refuse(path,
                    tr("%1 is not a Leadflow database (it is not an SQLite file). The file "
                       "was left unchanged.")
                        .arg(shown)));
            if (header->applicationId != applicationId || header->userVersion < 0)
                return fail(refuse(path,
                    tr("%1 is an SQLite database of another program, not a "
                       "Leadflow database. The file was left unchanged.")
                        .arg(shown)));
            if (header->userVersion > latestSchemaVersion())
                return fail(refuse(path,
                    tr("%1 was written by a newer Leadflow (schema version %2; this version "
                       "reads up to %3). Update Leadflow to open it. The file was left "
                       "unchanged.")
                        .arg(shown)
                        .arg(header->userVersion)
                        .arg(latestSchemaVersion())));
        }
        database->m_readOnlyReason = whyReadOnly(info);
        if (database->m_readOnlyReason.isEmpty() && options.readOnly)
            database->m_readOnlyReason = tr("The database was opened read-only.");
        database->m_readOnly = !database->m_readOnlyReason.isEmpty();
    } else {
        if (!options.create)
            return fail(Error {ErrorCode::NotFound, tr("There is no database at %1.").arg(shown),
                path, 0, 0, {}, {}});
        if (!QDir().mkpath(info.absolutePath()))
            return fail(Error {ErrorCode::Io,
                tr("Cannot create the folder %1.")
                    .arg(QDir::toNativeSeparators(info.absolutePath())),
                path, 0, 0, {}, {}});
        if (auto created = createPrivateFile(database->m_path); !created)
            return fail(created.error());
    }

    database->m_connectionName = u"leadflow-%1-main"_s.arg(connectionCounter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, database->m_connectionName);
    if (auto configured = database->configure(db); !configured)
        return fail(configured.error());
    DatabaseFiles::add(database->m_path);
    database->m_registered = true;

    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return fail(databaseError(query, tr("Cannot read the schema version")));
    const int version = query.value(0).toInt();
    query.finish();

    if (version < latestSchemaVersion()) {
        if (database->m_readOnly)
            return fail(refuse(path,
                tr("%1 needs an upgrade to schema version %2 but is "
                   "read-only (%3)")
                    .arg(shown)
                    .arg(latestSchemaVersion())
                    .arg(database->m_readOnlyReason)));
        if (version == 0) {
            if (auto stamped = exec(db, u"PRAGMA application_id = %1"_s.arg(applicationId));
                !stamped)
                return fail(stamped.error());
        }
        for (const Migration &migration : migrations()) {
            if (migration.version <= version)
                continue;
            Transaction transaction(db);
            if (auto begun = transaction.begin(); !begun)
                return fail(begun.error());
            for (const QString &statement : migration.statements) {
                if (auto done = exec(db, statement); !done) {
                    Error error = done.error();
                    error.message = tr("Upgrading the database to schema version %1 failed; "
                                       "nothing was changed: %2")
                                        .arg(migration.version)
                                        .arg(error.message);
                    return fail(error);
                }
            }
            if (auto stamped = exec(db, u"PRAGMA user_version = %1"_s.arg(migration.version));
                !stamped)
                return fail(stamped.error());
            if (auto committed = transaction.commit(); !committed)
                return fail(committed.error());
        }
        // The header check of the next open (another process, the GUI and the CLI at once) reads
        // application_id and user_version from the main file; with WAL, page 1 may still sit in the
        // -wal file until a checkpoint. Best effort: a busy reader only delays it.
        static_cast<void>(exec(db, u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    }
    database->m_schemaVersion = latestSchemaVersion();
    return database;
}

Database::~Database()
{
    if (m_registered)
        DatabaseFiles::remove(m_path);
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen() && !m_readOnly) {
            // A bounded ANALYZE: without the limit, optimize re-analyzes a million-row table on
            // every close whenever an empty partial index has no statistics (seconds each time).
            QSqlQuery optimize(db);
            optimize.exec(u"PRAGMA analysis_limit = 400"_s);
            optimize.exec(u"PRAGMA optimize"_s);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Error Database::withReadOnlyReason(Error error) const
{
    // SQLite says only "attempt to write a readonly database"; say which file or folder, and why
    // a read needs a write (WAL keeps -wal and -shm files beside the database).
    if (!m_readOnlyReason.isEmpty())
        error.message += u' '
            + tr("%1 Leadflow writes its -wal and -shm files beside the database: make the folder "
                 "writable, or copy the database to a writable folder.")
                  .arg(m_readOnlyReason);
    error.file = m_path;
    return error;
}

Status Database::configure(QSqlDatabase &db) const
{
    db.setDatabaseName(m_path);
    QString options = u"QSQLITE_BUSY_TIMEOUT=5000"_s;
    if (m_readOnly)
        options += u";QSQLITE_OPEN_READONLY"_s;
    db.setConnectOptions(options);
    if (!db.open())
        return fail(withReadOnlyReason(databaseError(
            db, tr("Cannot open the database %1").arg(QDir::toNativeSeparators(m_path)))));
    // page_size applies only to a database not yet written (a new file); an existing one keeps
    // its pages. 16 KB pages instead of 4 KB read and write a million-lead table and its indexes
    // in a quarter of the system calls, and a 1M-lead import builds its indexes about a sixth
    // faster (benchmarks/import-export.sh).
    QStringList pragmas {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA busy_timeout = 5000"_s,
        u"PRAGMA temp_store = MEMORY"_s, u"PRAGMA cache_size = -32768"_s,
        u"PRAGMA page_size = 16384"_s};
    if (!m_readOnly)
        pragmas << u"PRAGMA journal_mode = WAL"_s << u"PRAGMA synchronous = NORMAL"_s;
    for (const QString &pragma : std::as_const(pragmas)) {
        QSqlQuery query(db);
        if (!query.exec(pragma))
            return fail(
                withReadOnlyReason(databaseError(query, tr("Cannot configure the database"))));
    }
    installBusyHandler(db, m_path);
    return {};
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<QSqlDatabase> Database::openConnection(const QString &purpose) const
{
    const QString name =
        u"leadflow-%1-%2"_s.arg(connectionCounter.fetchAndAddRelaxed(1)).arg(purpose);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    if (auto configured = configure(db); !configured) {
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return fail(configured.error());
    }
    return db;
}

void Database::closeConnection(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

Status Database::ensureWritable() const
{
    if (!m_readOnly)
        return {};
    return fail(Error {ErrorCode::ReadOnly,
        tr("The database is read-only; nothing was changed. %1").arg(m_readOnlyReason), m_path, 0,
        0, {}, {}});
}

Result<std::unique_ptr<Connection>> Connection::open(
    const Database &database, const QString &purpose)
{
    auto db = database.openConnection(purpose);
    if (!db)
        return fail(db.error());
    std::unique_ptr<Connection> connection(new Connection);
    connection->m_db = *db;
    connection->m_name = db->connectionName();
    return connection;
}

Connection::~Connection()
{
    m_db = QSqlDatabase();
    Database::closeConnection(m_name);
}

Transaction::Transaction(QSqlDatabase db, Nesting nesting)
    : m_db(std::move(db))
    , m_nesting(nesting)
{
}

Transaction::~Transaction()
{
    rollback();
}

namespace {

/// Transactions open on a connection, kept on its driver so that every QSqlDatabase copy sees it.
int transactionDepth(const QSqlDatabase &db)
{
    return db.driver() ? db.driver()->property("lfTransactionDepth").toInt() : 0;
}

void setTransactionDepth(const QSqlDatabase &db, int depth)
{
    if (db.driver())
        db.driver()->setProperty("lfTransactionDepth", depth);
}

} // namespace

Status Transaction::begin()
{
    // The outermost BEGIN IMMEDIATE takes the write lock now, so a busy database fails here (after
    // busy_timeout) rather than halfway through the work. Inside another transaction this is a
    // savepoint: its rollback undoes only its own part.
    m_depth = transactionDepth(m_db);
    if (m_depth > 0 && m_nesting == Nesting::Join) {
        m_joined = true; // the enclosing transaction commits or rolls back this work
        return {};
    }
    QSqlQuery query(m_db);
    const QString statement =
        m_depth == 0 ? u"BEGIN IMMEDIATE"_s : u"SAVEPOINT lf%1"_s.arg(m_depth);
    if (!query.exec(statement))
        return fail(databaseError(query, tr("Cannot start a transaction")));
    setTransactionDepth(m_db, m_depth + 1);
    m_active = true;
    return {};
}

Status Transaction::commit()
{
    if (m_joined)
        return {};
    if (!m_active)
        return fail(Error {ErrorCode::Database, tr("No transaction to commit."), {}, 0, 0, {}, {}});
    QSqlQuery query(m_db);
    const QString statement = m_depth == 0 ? u"COMMIT"_s : u"RELEASE lf%1"_s.arg(m_depth);
    if (!query.exec(statement)) {
        Error error = databaseError(query, tr("Saving failed; nothing was changed"));
        rollback();
        return fail(error);
    }
    setTransactionDepth(m_db, m_depth);
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery query(m_db);
    if (m_depth == 0) {
        query.exec(u"ROLLBACK"_s);
    } else {
        query.exec(u"ROLLBACK TO lf%1"_s.arg(m_depth));
        query.exec(u"RELEASE lf%1"_s.arg(m_depth));
    }
    setTransactionDepth(m_db, m_depth);
    m_active = false;
}

} // namespace lf
