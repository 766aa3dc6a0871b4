#include "lifecycle.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace lf::lifecycle {

QList<Stage> allowedTargets(Stage from)
{
    using S = Stage;
    switch (from) {
    case S::New:
        return {S::Contacted, S::Mql, S::Sql, S::Nurturing, S::Disqualified};
    case S::Contacted:
        return {S::Mql, S::Sql, S::Nurturing, S::Disqualified};
    case S::Mql:
        return {S::Sql, S::Nurturing, S::Disqualified};
    case S::Sql:
        return {S::Opportunity, S::Lost, S::Nurturing, S::Disqualified};
    case S::Opportunity:
        return {S::Won, S::Lost, S::Nurturing, S::Disqualified};
    case S::Won:
        return {};
    case S::Lost:
        return {S::Nurturing};
    case S::Nurturing:
        return {S::Contacted, S::Mql, S::Sql, S::Disqualified};
    case S::Disqualified:
        return {S::Nurturing};
    }
    return {};
}

bool isAllowed(Stage from, Stage to)
{
    return allowedTargets(from).contains(to);
}

bool requiresReason(Stage to)
{
    return to == Stage::Lost || to == Stage::Disqualified;
}

QString refusal(Stage from, Stage to)
{
    QStringList targets;
    for (Stage stage : allowedTargets(from))
        targets << stageLabel(stage);
    const QString list = targets.isEmpty()
        ? QCoreApplication::translate("Lifecycle", "nowhere, it is closed")
        : targets.join(u", "_s);
    return QCoreApplication::translate(
        "Lifecycle", "A lead cannot move from %1 to %2; from %1 it can go to: %3.")
        .arg(stageLabel(from), stageLabel(to), list);
}

} // namespace lf::lifecycle
