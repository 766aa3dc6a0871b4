#include "automationlock.h"

#include "io/bulk.h"
#include "storage/database.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTimeZone>

#include <cerrno>
#include <signal.h>

using namespace Qt::StringLiterals;

namespace lf {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AutomationLock", text);
}

QString hostName()
{
    const QString name = QSysInfo::machineHostName();
    return name.isEmpty() ? u"localhost"_s : name;
}

/// Whether process `pid` of this machine still runs (a process of another user counts).
bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

QDateTime utc(const QVariant &ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC);
}

} // namespace

AutomationLock::AutomationLock(QSqlDatabase db, const QString &runner)
    : m_db(db)
    , m_runner(runner)
{
}

AutomationLock::~AutomationLock()
{
    release();
}

QString AutomationLock::defaultRunner()
{
    static QAtomicInteger<int> counter;
    return u"%1:%2:%3"_s.arg(hostName())
        .arg(QCoreApplication::applicationPid())
        .arg(counter.fetchAndAddRelaxed(1) + 1);
}

bool AutomationLock::isStale(const Holder &holder, const QDateTime &now)
{
    if (holder.expiresAt <= now)
        return true;
    const QStringList parts = holder.runner.split(u':');
    if (parts.size() < 3 || parts[0] != hostName())
        return false; // another machine's runner: only its expiry tells
    bool ok = false;
    const qint64 pid = parts[1].toLongLong(&ok);
    return ok && !processAlive(pid);
}

Result<std::optional<AutomationLock::Holder>> AutomationLock::holder(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT runner, acquired_at, expires_at FROM automation_lock WHERE id = 1"_s))
        return fail(databaseError(query, tr("Cannot read who runs the automation")));
    if (!query.next()) {
        if (query.lastError().isValid())
            return fail(databaseError(query, tr("Cannot read who runs the automation")));
        return std::optional<Holder>();
    }
    return std::optional<Holder>(
        Holder {query.value(0).toString(), utc(query.value(1)), utc(query.value(2))});
}

Result<std::optional<AutomationLock::Holder>> AutomationLock::acquire(
    std::chrono::milliseconds lease)
{
    Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    auto current = holder(m_db);
    if (!current)
        return fail(current.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (*current && (*current)->runner != m_runner && !isStale(**current, now))
        return *current;
    if (auto done = bulk::exec(m_db,
            u"INSERT INTO automation_lock (id, runner, acquired_at, expires_at) "
            "VALUES (1, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET runner = excluded.runner, "
            "acquired_at = excluded.acquired_at, expires_at = excluded.expires_at"_s,
            {m_runner, now.toMSecsSinceEpoch(), now.toMSecsSinceEpoch() + lease.count()},
            tr("Cannot take the automation lease"));
        !done)
        return fail(done.error());
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    m_lease = lease;
    m_held = true;
    return std::optional<Holder>();
}

Status AutomationLock::renew()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE automation_lock SET expires_at = ? WHERE id = 1 AND runner = ?"_s);
    query.addBindValue(now + m_lease.count());
    query.addBindValue(m_runner);
    if (!query.exec())
        return fail(databaseError(query, tr("Cannot renew the automation lease")));
    if (query.numRowsAffected() != 1) {
        m_held = false;
        return fail(ErrorCode::Conflict,
            tr("Another runner took over the automation (this one was too slow or was "
               "thought gone); the rest of this pass is left to it."));
    }
    return {};
}

void AutomationLock::release()
{
    if (!m_held)
        return;
    m_held = false;
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM automation_lock WHERE id = 1 AND runner = ?"_s);
    query.addBindValue(m_runner);
    query.exec(); // an expired lease nobody took, at worst: the next runner takes it over
}

} // namespace lf
