#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <chrono>
#include <optional>

namespace lf {

/// The lease one runner holds on a database while it runs an automation pass, kept in the
/// database (automation_lock) so that the GUI, leadflow-server and leadflow-cli on any number of
/// processes never run the same work at once.
///
/// A lease ends when its holder releases it, when it expires (a runner renews it between steps),
/// or at once when its holder was a process on this machine that no longer exists (a kill -9 does
/// not make the next pass wait for the expiry).
class AutomationLock
{
public:
    /// runner names the holder: "host:pid:n" (defaultRunner()) so a dead holder can be told.
    AutomationLock(QSqlDatabase db, const QString &runner);
    ~AutomationLock(); ///< releases a lease still held
    AutomationLock(const AutomationLock &) = delete;
    AutomationLock &operator=(const AutomationLock &) = delete;

    /// A name unique to this object in this process on this machine.
    static QString defaultRunner();

    struct Holder
    {
        QString runner;
        QDateTime acquiredAt; ///< UTC
        QDateTime expiresAt; ///< UTC
    };
    /// Takes the lease for `lease`: the holder that has it instead when another live runner holds
    /// it, nullopt when taken. Its own transaction (never call it inside one).
    Result<std::optional<Holder>> acquire(std::chrono::milliseconds lease);
    /// Moves the expiry on by the lease given to acquire(); an error when the lease was lost.
    Status renew();
    /// Gives the lease up (nothing happens when it is not held).
    void release();
    bool held() const { return m_held; }

    /// Who holds the lease now, if anyone (expired leases included, with their expiry).
    static Result<std::optional<Holder>> holder(QSqlDatabase db);
    /// Whether a holder is gone: its lease expired at `now`, or it was a process of this machine
    /// that has ended.
    static bool isStale(const Holder &holder, const QDateTime &now);

private:
    QSqlDatabase m_db;
    QString m_runner;
    std::chrono::milliseconds m_lease {0};
    bool m_held = false;
};

} // namespace lf
