#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace lf {

/// What a proposed MQL threshold would have done to the leads of a past period, judged by how
/// those leads ended. Uses the current scoring rules on each lead's current fields and on its
/// touchpoints as they happened (with decay at each moment), so a manager sees the trade-off
/// before changing the threshold.
struct BacktestResult
{
    int threshold = 0;
    QDateTime from; ///< UTC, inclusive
    QDateTime to; ///< UTC, exclusive
    qint64 leads = 0; ///< created in the period, not deleted
    /// Leads whose score reached the threshold at some point (at creation or after a touchpoint).
    qint64 mql = 0;
    qint64 mqlWon = 0;
    qint64 mqlLost = 0; ///< lost or disqualified, never won
    qint64 belowWon = 0; ///< won although they never reached the threshold (missed by it)
    qint64 belowLost = 0;

    qint64 mqlOpen() const { return mql - mqlWon - mqlLost; }
    qint64 below() const { return leads - mql; }
    qint64 belowOpen() const { return below() - belowWon - belowLost; }
    /// Won ÷ (won + lost) among MQLs and among the rest; -1 when nothing closed.
    double mqlWinRate() const;
    double belowWinRate() const;
    /// Share of all won leads the threshold would have caught; -1 without wins.
    double wonCaught() const;
    QString toText() const;
};

class Backtest
{
public:
    explicit Backtest(QSqlDatabase db);
    Result<BacktestResult> run(int threshold, const QDateTime &from, const QDateTime &to) const;

private:
    QSqlDatabase m_db;
};

} // namespace lf
