#include "pendingwork.h"

#include "scoring/scorer.h"
#include "storage/database.h"
#include "storage/settings.h"
#include "storage/writeractivity.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace lf {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PendingWork", text);
}

const QString rescoreKind = u"rescore"_s;

} // namespace

Status PendingWork::markRescore(QSqlDatabase db, const QString &reason)
{
    // One record per kind: a second import before the first is paid adds its reason; the work
    // (every lead) is the same.
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO pending_work (kind, reason, since) VALUES (?, ?, ?) "
                  "ON CONFLICT (kind) DO UPDATE SET reason = reason || ', ' || excluded.reason"_s);
    query.addBindValue(rescoreKind);
    query.addBindValue(reason);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec())
        return fail(databaseError(query, tr("Cannot record the rescoring this change needs")));
    return {};
}

Result<QStringList> PendingWork::owed(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT reason FROM pending_work ORDER BY since"_s))
        return fail(databaseError(query, tr("Cannot read the follow-up work owed")));
    QStringList reasons;
    while (query.next())
        reasons << query.value(0).toString().split(u", "_s);
    return reasons;
}

Result<ScoringService::Totals> PendingWork::rescoreAll(
    QSqlDatabase db, const QString &actor, Progress *progress, qint64 now)
{
    const WriterActivity activity(db.databaseName(), tr("rescoring every lead for %1").arg(actor));
    // One transaction, the pass's own (never nested: see ScoringService::rescoreAll): the scores,
    // the record cleared and the moment of the refresh together.
    ScoringService scoring(db);
    scoring.setActor(actor);
    scoring.setNow(now);
    const qint64 refreshedAt = scoring.now(); // what the scores are decayed to: the start
    auto totals = scoring.rescoreAll(progress, [&]() -> Status {
        QSqlQuery clear(db);
        clear.prepare(u"DELETE FROM pending_work WHERE kind = ?"_s);
        clear.addBindValue(rescoreKind);
        if (!clear.exec())
            return fail(databaseError(clear, tr("Cannot record that the rescoring was done")));
        return Settings(db).setValue(DecayRefreshedKey, QString::number(refreshedAt));
    });
    if (!totals)
        return fail(totals.error());
    return *totals;
}

Result<std::optional<PendingWork::Done>> PendingWork::finish(
    QSqlDatabase db, const QString &actor, qint64 now)
{
    auto reasons = owed(db);
    if (!reasons)
        return fail(reasons.error());
    if (reasons->isEmpty())
        return std::optional<Done>();
    auto totals = rescoreAll(db, actor, nullptr, now);
    if (!totals)
        return fail(totals.error());
    return std::optional<Done>(Done {*reasons, *totals});
}

} // namespace lf
